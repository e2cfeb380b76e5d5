package imscase_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/careerkit/careerkit/competency"
	imscase "github.com/careerkit/careerkit/interop/case"
)

// Import reads a CASE package file into a framework.
func ExampleImport() {
	fw, rep, err := imscase.Import("testdata/SmartLevelFramework.json", imscase.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.Name)
	fmt.Println(rep.Summary())
	c := fw.Competencies[12]
	fmt.Println(c.Name, "is a child of", c.Parents)
	// Output:
	// SmartLevel Test
	// case testdata/SmartLevelFramework.json: 14 associations, 14 competencies, 14 items, 12 parents; problems: 1 mapped, 2 skipped
	// Item 2.1 is a child of [00000000-0000-0000-0000-000000000002]
}

// Write writes a catalog as CASE; Read gives it back.
func ExampleWrite() {
	cat := competency.Catalog{Competencies: []competency.Competency{
		{ID: "leadership", Name: "Leadership", Kind: competency.Soft},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft, Parents: []competency.ID{"leadership"}},
	}}
	var b bytes.Buffer
	err := imscase.Write(&b, cat, imscase.WriteOptions{
		Title: "Leadership", Creator: "Example Org",
		LastChange: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	back, _, err := imscase.Read(&b, imscase.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range back.Competencies {
		fmt.Println(c.ID, c.Kind, c.Parents)
	}
	// Output:
	// leadership soft []
	// coaching soft [leadership]
}
