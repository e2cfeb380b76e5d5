package imscase_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	imscase "github.com/careerkit/careerkit/interop/case"
	"github.com/careerkit/careerkit/examples"
)

func TestSmoke(t *testing.T) {
	for _, f := range []string{"SmartLevelFramework", "ItemTypeTestFramework", "MarkdownFramework"} {
		fw, rep, err := imscase.Import("testdata/"+f+".json", imscase.Options{})
		if err != nil { t.Fatal(err) }
		t.Log(rep.Summary())
		for _, p := range rep.Problems { t.Log(p.Kind, p.From, p.Path, p.Message) }
		t.Logf("%+v", fw.Competencies[0])
		var b bytes.Buffer
		if err := imscase.Write(&b, fw.Catalog, imscase.WriteOptions{Title: "x", Creator: "y", LastChange: time.Date(2026,1,2,3,4,5,0,time.UTC)}); err != nil { t.Fatal(err) }
		cat2, rep2, err := imscase.Read(&b, imscase.Options{})
		if err != nil { t.Fatal(err) }
		t.Log(rep2.Summary())
		if d := cmp.Diff(fw.Catalog, cat2, cmpopts.EquateEmpty()); d != "" { t.Error(d) }
	}
	cat, _ := examples.Catalog()
	var b bytes.Buffer
	if err := imscase.Write(&b, cat, imscase.WriteOptions{Title: "x", Creator: "y", LastChange: time.Date(2026,1,2,3,4,5,0,time.UTC)}); err != nil { t.Fatal(err) }
	os.WriteFile("/tmp/ex.json", b.Bytes(), 0o644)
	cat2, rep2, err := imscase.Read(&b, imscase.Options{})
	if err != nil { t.Fatal(err) }
	t.Log(rep2.Summary())
	for _, p := range rep2.Problems { t.Log(p.Kind, p.From, p.Path, p.Message) }
	if d := cmp.Diff(cat, cat2, cmpopts.EquateEmpty()); d != "" { t.Error(d) }
}
