package imscase_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/interop"
	imscase "github.com/careerkit/careerkit/interop/case"
	"github.com/careerkit/careerkit/problem"
)

// roundTrip writes cat and reads it back.
func roundTrip(t *testing.T, cat competency.Catalog) (competency.Catalog, *interop.Report, []byte) {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, imscase.Write(&b, cat, writeOptions()), "Write")
	out := bytes.Clone(b.Bytes())
	back, rep, err := imscase.Read(&b, imscase.Options{})
	require.NoError(t, err, "Read(Write(cat))")
	return back, rep, out
}

// TestWriteRoundTrip checks that Read(Write(cat)) is cat, for the example
// catalog (scales, indicators, aliases, tags, O*NET sameAs, soft and hard
// kinds) and for each imported fixture.
func TestWriteRoundTrip(t *testing.T) {
	ex, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	// Every field of the model, with the catalog's own scale.
	full := competency.Catalog{
		DefaultScale: "team",
		Scales: []competency.Scale{{ID: "team", Name: "Team scale", Description: "Three steps.", Levels: []competency.ScaleLevel{
			{Value: 1, Name: "Learning"}, {Value: 2, Name: "Doing", Description: "Works alone."}, {Value: 3, Name: "Teaching"},
		}}},
		Competencies: []competency.Competency{
			{ID: "delivery", Name: "Delivery", Kind: competency.Hard, Category: "Execution", Description: "Ships.",
				Aliases: []string{"shipping", "execution"}, Tags: []string{"core"}, SameAs: []string{"https://example.org/delivery"}},
			{ID: "planning", Name: "Planning", Kind: competency.Soft, Scale: "framework", Parents: []competency.ID{"delivery"},
				Indicators: []competency.Indicator{{Level: 3, Text: "Plans a quarter."}}, DefinedLevels: []int{2, 3, 4}},
			{ID: "estimation", Name: "Estimation", Kind: competency.Knowledge, Parents: []competency.ID{"planning", "delivery"},
				Indicators: []competency.Indicator{{Level: 2, Text: "Sizes a task."}}},
		},
	}
	cats := map[string]competency.Catalog{"examples": ex, "every field": full}
	for _, name := range fixtures {
		fw, _, err := imscase.Import(filepath.Join("testdata", name), imscase.Options{})
		require.NoError(t, err, "Import(%s)", name)
		cats[name] = fw.Catalog
	}
	for name, cat := range cats {
		t.Run(name, func(t *testing.T) {
			back, rep, _ := roundTrip(t, cat)
			assert.Empty(t, cmp.Diff(cat, back, cmpopts.EquateEmpty()), "Read(Write(%s)) is the catalog", name)
			assert.Empty(t, rep.ProblemsOf(interop.Malformed), "Read(Write(%s)): nothing malformed", name)
			assert.Empty(t, rep.ProblemsOf(interop.Mapped), "Read(Write(%s)): nothing had to be mapped", name)
		})
	}
}

// TestWriteLoss checks the one thing the round trip loses: a description
// that is the same text as the name.
func TestWriteLoss(t *testing.T) {
	cat := competency.Catalog{Competencies: []competency.Competency{
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft, Description: "Coaching"},
		{ID: "go", Name: "Go", Kind: competency.Hard, Description: "The Go language."},
	}}
	back, _, _ := roundTrip(t, cat)
	want := cat.Clone()
	want.Competencies[0].Description = ""
	assert.Empty(t, cmp.Diff(want, back, cmpopts.EquateEmpty()), "Read(Write(cat)) loses only the description equal to the name")
}

// TestWriteShape checks the package against the CASE 1.1 rules, read as
// plain JSON: required fields, identifiers, one isChildOf per parent (or to
// the document), one exactMatchOf per sameAs.
func TestWriteShape(t *testing.T) {
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	_, _, out := roundTrip(t, cat)
	var again bytes.Buffer
	require.NoError(t, imscase.Write(&again, cat, writeOptions()), "Write again")
	assert.Equal(t, out, again.Bytes(), "Write is deterministic")

	var pkg map[string]any
	require.NoError(t, json.Unmarshal(out, &pkg), "the output is JSON")
	// The CASE 1.1 JSON binding's identifier pattern.
	uuidRE := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[8-9a-b][0-9a-f]{3}-[0-9a-f]{12}$`)
	requireFields := func(obj map[string]any, what string, fields ...string) {
		for _, f := range fields {
			assert.NotEmpty(t, obj[f], "%s has %s", what, f)
		}
		if id, ok := obj["identifier"].(string); ok {
			assert.Regexp(t, uuidRE, id, "%s's identifier", what)
		}
	}
	doc := pkg["CFDocument"].(map[string]any)
	requireFields(doc, "CFDocument", "identifier", "uri", "creator", "title", "lastChangeDateTime")
	assert.Equal(t, "2026-03-01T12:00:00Z", doc["lastChangeDateTime"], "the stamp from WriteOptions")
	assert.Equal(t, "1.1", doc["caseVersion"], "caseVersion")

	items := list(pkg, "CFItems")
	require.Len(t, items, len(cat.Competencies), "one CFItem per competency")
	// The package namespace, computed here from its definition.
	ns := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/careerkit/careerkit/interop/case"))
	assert.Equal(t, "617f197f-b2ac-5641-a6dc-1d11d77d2ada", ns.String(), "the documented namespace")
	for i, it := range items {
		c := cat.Competencies[i]
		requireFields(it, "CFItems["+c.Name+"]", "identifier", "uri", "fullStatement", "lastChangeDateTime")
		assert.Equal(t, uuid.NewSHA1(ns, []byte(c.ID)).String(), it["identifier"], "%s: the identifier is the UUID of its ID", c.ID)
		assert.Equal(t, "urn:uuid:"+it["identifier"].(string), it["uri"], "%s: the uri", c.ID)
		assert.Equal(t, string(c.ID), it["humanCodingScheme"], "%s: humanCodingScheme", c.ID)
		assert.Equal(t, c.Name, it["abbreviatedStatement"], "%s: abbreviatedStatement", c.ID)
	}
	want := map[string]int{}
	for _, c := range cat.Competencies {
		want["isChildOf"] += max(len(c.Parents), 1)
		want["exactMatchOf"] += len(c.SameAs)
	}
	got := map[string]int{}
	for _, a := range list(pkg, "CFAssociations") {
		requireFields(a, "an association", "identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI", "lastChangeDateTime")
		got[a["associationType"].(string)]++
	}
	assert.Equal(t, want, got, "associations by type")

	// people-leadership has O*NET sameAs "onet:2.B.5.d" and "onet:2.C.1.f".
	first := items[0]
	ext := first["extensions"].(map[string]any)["careerkit"].(map[string]any)
	assert.Equal(t, "hard", ext["kind"], "the kind rides in the extension")
	assert.Equal(t, []any{"line management", "team leadership"}, ext["aliases"], "the aliases after the first")
	assert.Equal(t, "people management", first["alternativeLabel"], "the first alias is the alternativeLabel")
	assert.Equal(t, []any{"identifier", "uri"}, ext["minted"], "both identifier and uri were made up")
}

// TestWriteKeepsIdentity checks that items read from CASE keep their
// identifier and uri when written again.
func TestWriteKeepsIdentity(t *testing.T) {
	m := raw(t, "MarkdownFramework.json")
	fw, _, err := imscase.Import(filepath.Join("testdata", "MarkdownFramework.json"), imscase.Options{})
	require.NoError(t, err, "Import(MarkdownFramework.json)")
	_, _, out := roundTrip(t, fw.Catalog)
	var pkg map[string]any
	require.NoError(t, json.Unmarshal(out, &pkg), "the output is JSON")
	for i, it := range list(pkg, "CFItems") {
		orig := list(m, "CFItems")[i]
		assert.Equal(t, orig["identifier"], it["identifier"], "item %d keeps its identifier", i)
		assert.Equal(t, orig["uri"], it["uri"], "item %d keeps its uri", i)
	}
	// SmartLevel's identifiers are not CASE 1.1 UUIDs (their variant digit is
	// 0): they are carried as exactMatchOf instead, and still read back.
	smart, _, err := imscase.Import(filepath.Join("testdata", "SmartLevelFramework.json"), imscase.Options{})
	require.NoError(t, err, "Import(SmartLevelFramework.json)")
	_, _, out = roundTrip(t, smart.Catalog)
	require.NoError(t, json.Unmarshal(out, &pkg), "the output is JSON")
	assert.NotEqual(t, "00000000-0000-0000-0000-000000000001", list(pkg, "CFItems")[0]["identifier"], "an identifier that is not a CASE 1.1 UUID is replaced")
}

func TestWriteRefused(t *testing.T) {
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	var b bytes.Buffer
	err = imscase.Write(&b, cat, imscase.WriteOptions{Identifier: "D0000000-0000-0000-0000-000000000000"})
	var ve *problem.ValidationError
	require.True(t, errors.As(err, &ve), "Write with empty options: %v", err)
	var paths []string
	for _, fe := range ve.Errors {
		paths = append(paths, fe.Path+" "+fe.Rule)
	}
	assert.Equal(t, []string{"creator required", "identifier uuid", "lastChange required", "title required"}, paths, "every missing option is named")

	bad := competency.Catalog{Competencies: []competency.Competency{{ID: "a", Name: "A", Kind: competency.Hard, Parents: []competency.ID{"b"}}}}
	err = imscase.Write(&b, bad, writeOptions())
	assert.ErrorIs(t, err, problem.ErrUnknownCompetency, "Write of an invalid catalog")
	assert.Zero(t, b.Len(), "nothing is written when Write fails")
}
