package imscase_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	imscase "github.com/careerkit/careerkit/interop/case"
)

// TestReadCounts checks the counts against the raw JSON: every item has a
// statement, so every item is a competency; every isChildOf whose
// destination is not the document is a parent.
func TestReadCounts(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			m := raw(t, name)
			docID := m["CFDocument"].(map[string]any)["identifier"].(string)
			items, assocs := list(m, "CFItems"), list(m, "CFAssociations")
			parentsOf := map[string][]string{}
			parents := 0
			for _, a := range assocs {
				dest := a["destinationNodeURI"].(map[string]any)["identifier"].(string)
				if a["associationType"] == "isChildOf" && dest != docID {
					origin := a["originNodeURI"].(map[string]any)["identifier"].(string)
					parentsOf[origin] = append(parentsOf[origin], dest)
					parents++
				}
			}

			cat, rep, err := imscase.Read(bytes.NewReader(encode(t, m)), imscase.Options{Name: name})
			require.NoError(t, err, "Read(%s)", name)
			require.NoError(t, cat.Validate(), "Read(%s) gives a valid catalog", name)
			assert.Len(t, cat.Competencies, len(items), "Read(%s): one competency per item", name)
			assert.Equal(t, len(items), rep.Counts["items"], "Read(%s): items counted", name)
			assert.Equal(t, len(items), rep.Counts["competencies"], "Read(%s): competencies counted", name)
			assert.Equal(t, len(assocs), rep.Counts["associations"], "Read(%s): associations counted", name)
			assert.Equal(t, parents, rep.Counts["parents"], "Read(%s): parents counted", name)
			assert.Empty(t, rep.ProblemsOf(interop.Malformed), "Read(%s): nothing malformed", name)

			// Each competency's parents are its item's isChildOf destinations,
			// found through the "case:<identifier>" sameAs of both ends.
			byCase := map[string]competency.ID{}
			for _, c := range cat.Competencies {
				for _, s := range c.SameAs {
					if id, ok := strings.CutPrefix(s, "case:"); ok {
						byCase[id] = c.ID
					}
				}
			}
			for k, it := range items {
				id := it["identifier"].(string)
				c := cat.Competencies[k]
				assert.Equal(t, []string{it["uri"].(string), "case:" + id}, c.SameAs, "Read(%s): sameAs of item %d", name, k)
				var want []competency.ID
				for _, p := range parentsOf[id] {
					want = append(want, byCase[p])
				}
				assert.Equal(t, want, c.Parents, "Read(%s): parents of item %d", name, k)
				_, ok := rep.Lookup("competencies[" + strconv.Itoa(k) + "]")
				assert.True(t, ok, "Read(%s): provenance of competencies[%d]", name, k)
			}
		})
	}
}

// TestReadValues checks a few values written out by hand.
func TestReadValues(t *testing.T) {
	smart, _, err := imscase.Import(filepath.Join("testdata", "SmartLevelFramework.json"), imscase.Options{})
	require.NoError(t, err, "Import(SmartLevelFramework.json)")
	assert.Equal(t, "SmartLevel Test", smart.Name, "the framework is named after the CFDocument's title")
	assert.Empty(t, smart.Version, "the CFDocument has no version")
	// Item 3 is "Item 1.1", a child of item 1; it has no abbreviatedStatement,
	// so its fullStatement is its name and it has no description.
	assert.Equal(t, competency.Competency{
		ID:      "00000000-0000-0000-0000-000000000003",
		Name:    "Item 1.1",
		Kind:    competency.Knowledge,
		Parents: []competency.ID{"00000000-0000-0000-0000-000000000001"},
		SameAs: []string{
			"https://server/ims/case/v1p0/CFItems/00000000-0000-0000-0000-000000000003",
			"case:00000000-0000-0000-0000-000000000003",
		},
	}, smart.Competencies[2], "Import(SmartLevelFramework.json).Competencies[2]")

	md, rep, err := imscase.Import(filepath.Join("testdata", "MarkdownFramework.json"), imscase.Options{})
	require.NoError(t, err, "Import(MarkdownFramework.json)")
	table := md.Competencies[0]
	assert.Equal(t, competency.ID("md.table"), table.ID, "humanCodingScheme MD.Table lower-cased")
	// With its white space collapsed the fullStatement is 156 characters.
	// A name has room for 99 of them and "…"; the first 99 end "data 2| Here "
	// and the 100th starts "is", so the cut goes back to the last space and
	// the name ends "Here…".
	assert.Equal(t, "This contains a _table_ in markdown: | Column 1 | Column 2 | | --- | --- | | data 1 | data 2| Here…", table.Name, "name shortened from the fullStatement")
	assert.True(t, strings.HasPrefix(table.Description, "This contains a _table_ in markdown:\r\n\r\n| Column 1 |"), "the description is the fullStatement as it is: %q", table.Description)
	assert.Equal(t, "This contains math markdown: $x^2$", md.Competencies[1].Name, "a short fullStatement is the name as it is")
	assert.Empty(t, md.Competencies[1].Description, "a fullStatement that is the name is no description")
	mapped := messages(rep.ProblemsOf(interop.Mapped))
	assert.Contains(t, mapped, `humanCodingScheme "MD.Table" becomes the ID "md.table"`, "the slug is reported")

	typed, rep, err := imscase.Import(filepath.Join("testdata", "ItemTypeTestFramework.json"), imscase.Options{Kinds: map[string]competency.Kind{"Standard": competency.Hard}})
	require.NoError(t, err, "Import(ItemTypeTestFramework.json)")
	assert.Equal(t, "Standard", typed.Competencies[0].Category, "the CFItemType is the category")
	assert.Equal(t, competency.Hard, typed.Competencies[0].Kind, "Options.Kinds maps Standard to hard")
	assert.Contains(t, messages(rep.ProblemsOf(interop.Mapped)), `1 items of CFItemType "Standard" are of kind hard, from Options.Kinds: CASE has no kind`, "the kind mapping is reported")
	assert.Contains(t, messages(rep.ProblemsOf(interop.Skipped)), "CFDefinitions.CFItemTypes is not read: items take their type from CFItemType", "the unread definitions are reported")

	_, _, err = imscase.Import(filepath.Join("testdata", "ItemTypeTestFramework.json"), imscase.Options{DefaultKind: "skill"})
	assert.ErrorContains(t, err, "defaultKind", "an unknown default kind is refused")
	_, _, err = imscase.Import(filepath.Join("testdata", "missing.json"), imscase.Options{})
	assert.Error(t, err, "Import of a missing file")
}

func messages(ps []interop.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Message)
	}
	return out
}

// TestImportRoundTrip writes each imported framework as canonical YAML and
// loads it back.
func TestImportRoundTrip(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			fw, _, err := imscase.Import(filepath.Join("testdata", name), imscase.Options{})
			require.NoError(t, err, "Import(%s)", name)
			_, err = fw.Compile()
			require.NoError(t, err, "Import(%s).Compile()", name)
			data, err := careerkit.Marshal(fw, document.YAML)
			require.NoError(t, err, "Marshal(Import(%s))", name)
			back, err := careerkit.Load(bytes.NewReader(data))
			require.NoError(t, err, "Load(Marshal(Import(%s)))", name)
			assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "Load(Marshal(Import(%s))) is the framework", name)
		})
	}
}

// TestReadWrapped reads a package held under "CFPackage", as some
// exports have it.
func TestReadWrapped(t *testing.T) {
	m := raw(t, "SmartLevelFramework.json")
	plain, _, err := imscase.Read(bytes.NewReader(encode(t, m)), imscase.Options{})
	require.NoError(t, err, "Read(package)")
	wrapped, rep, err := imscase.Read(bytes.NewReader(encode(t, map[string]any{"CFPackage": m})), imscase.Options{})
	require.NoError(t, err, "Read({CFPackage: package})")
	assert.Equal(t, plain, wrapped, "the wrapped package reads the same")
	src, ok := rep.Lookup("competencies[0]")
	require.True(t, ok, "provenance of competencies[0]")
	assert.Equal(t, "/CFPackage/CFItems/0", src.Pointer, "pointers start at the wrapper")
}

func TestReadRefused(t *testing.T) {
	smart, err := os.ReadFile(filepath.Join("testdata", "SmartLevelFramework.json"))
	require.NoError(t, err, "read the fixture")
	for _, tc := range []struct {
		name, input, want string
		opts              imscase.Options
	}{
		{"not JSON", "CFDocument", "not a JSON object", imscase.Options{}},
		{"an array", "[]", "not a JSON object", imscase.Options{}},
		{"no document", `{"CFItems": []}`, "no CFDocument", imscase.Options{}},
		{"no items", `{"CFDocument": {"title": "x"}}`, "no CFItems", imscase.Options{}},
		{"items not a list", `{"CFDocument": {}, "CFItems": {}}`, "CFItems is not an array", imscase.Options{}},
		{"no readable item", `{"CFDocument": {}, "CFItems": [{"identifier": "a"}]}`, "no CFItem could be read", imscase.Options{}},
		// A limit one byte under the fixture's size refuses it.
		{"over the limit", string(smart), "larger than " + strconv.Itoa(len(smart)-1) + " bytes", imscase.Options{MaxBytes: int64(len(smart) - 1)}},
		{"negative limit", string(smart), "maxBytes", imscase.Options{MaxBytes: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := imscase.Read(strings.NewReader(tc.input), tc.opts)
			assert.ErrorContains(t, err, tc.want, "Read(%s)", tc.name)
		})
	}
	_, _, err = imscase.Read(bytes.NewReader(smart), imscase.Options{MaxBytes: int64(len(smart))})
	assert.NoError(t, err, "Read at exactly the limit")
}
