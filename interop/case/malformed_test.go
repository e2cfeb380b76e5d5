package imscase_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	imscase "github.com/careerkit/careerkit/interop/case"
)

// smartLevel returns a fresh copy of the SmartLevel fixture as plain JSON
// values: items 0 and 1 ("Item 1", "Item 2") are children of the document,
// items 2–11 children of item 0, items 12–13 children of item 1.
func smartLevel(t *testing.T) (m map[string]any, items, assocs []any) {
	m = raw(t, "SmartLevelFramework.json")
	return m, m["CFItems"].([]any), m["CFAssociations"].([]any)
}

func node(id string) map[string]any {
	return map[string]any{"identifier": id, "uri": "https://example.org/" + id, "title": id}
}

func association(id, typ, origin, dest string) map[string]any {
	return map[string]any{"identifier": id, "associationType": typ, "uri": "https://example.org/" + id,
		"originNodeURI": node(origin), "destinationNodeURI": node(dest), "lastChangeDateTime": "2026-01-01T00:00:00Z"}
}

const (
	item1  = "00000000-0000-0000-0000-000000000001"
	item2  = "00000000-0000-0000-0000-000000000002"
	item13 = "00000000-0000-0000-0000-000000000013"
)

// TestReadBroken reads broken copies of the fixture: each problem is
// reported at its pointer, the rest is read, and the catalog validates.
func TestReadBroken(t *testing.T) {
	for _, tc := range []struct {
		name    string
		edit    func(m map[string]any, items, assocs []any) map[string]any
		kind    interop.ProblemKind
		pointer string
		message string
		items   int // competencies read
		check   func(t *testing.T, cat competency.Catalog)
	}{
		{
			name: "item without a statement",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[3].(map[string]any)["fullStatement"] = "  "
				return m
			},
			kind: interop.Malformed, pointer: "/CFItems/3", message: `the CFItem "00000000-0000-0000-0000-000000000004" has no fullStatement`, items: 13,
		},
		{
			name: "item not an object",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[1] = "Item 2"
				return m
			},
			// Item 2's children lose their parent: isChildOf to a node that is
			// not in the package.
			kind: interop.Malformed, pointer: "/CFItems/1", message: "the CFItem is not a JSON object", items: 13,
			check: func(t *testing.T, cat competency.Catalog) {
				assert.Empty(t, cat.Competencies[11].Parents, "Item 2.1 has no parent left")
			},
		},
		{
			name: "statement of the wrong type",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[4].(map[string]any)["fullStatement"] = 5
				return m
			},
			kind: interop.Malformed, pointer: "/CFItems/4/fullStatement", message: "fullStatement is not a string", items: 13,
		},
		{
			name: "repeated identifier",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[5].(map[string]any)["identifier"] = item1
				return m
			},
			kind: interop.Malformed, pointer: "/CFItems/5/identifier", message: `identifier "` + item1 + `" is already used by /CFItems/0`, items: 13,
		},
		{
			name: "association without an origin",
			edit: func(m map[string]any, _, assocs []any) map[string]any {
				delete(assocs[2].(map[string]any), "originNodeURI")
				return m
			},
			kind: interop.Malformed, pointer: "/CFAssociations/2", items: 14,
			message: `association "a0000000-0000-0000-0000-000000000003" lacks an associationType, an origin or a destination`,
		},
		{
			name: "cycle",
			edit: func(m map[string]any, _, _ []any) map[string]any {
				// Item 1 becomes a child of its own child Item 1.1.
				m["CFAssociations"] = append(m["CFAssociations"].([]any), association("cycle", "isChildOf", item1, "00000000-0000-0000-0000-000000000003"))
				return m
			},
			// The edge dropped is the fixture's own association 2, Item 1.1 → Item 1.
			kind: interop.Skipped, pointer: "/CFAssociations/2", items: 14,
			message: `isChildOf from "00000000-0000-0000-0000-000000000003" to "` + item1 + `" closes a cycle and is dropped`,
			check: func(t *testing.T, cat competency.Catalog) {
				// The search starts at Item 1, goes up to its new parent Item 1.1,
				// whose parent Item 1 is on the path: that edge is the one dropped.
				assert.Equal(t, []competency.ID{"00000000-0000-0000-0000-000000000003"}, cat.Competencies[0].Parents, "Item 1 keeps its new parent")
				assert.Empty(t, cat.Competencies[2].Parents, "Item 1.1 loses the edge that closes the cycle")
			},
		},
		{
			name: "parent outside the package",
			edit: func(m map[string]any, _, _ []any) map[string]any {
				m["CFAssociations"] = append(m["CFAssociations"].([]any), association("outside", "isChildOf", item2, "elsewhere"))
				return m
			},
			kind: interop.Skipped, pointer: "/CFAssociations/14/destinationNodeURI", items: 14,
			message: `association "outside": the parent elsewhere is not an item of this package`,
		},
		{
			name: "self parent",
			edit: func(m map[string]any, _, _ []any) map[string]any {
				m["CFAssociations"] = append(m["CFAssociations"].([]any), association("self", "isChildOf", item2, item2))
				return m
			},
			kind: interop.Skipped, pointer: "/CFAssociations/14", items: 14,
			message: `isChildOf from "` + item2 + `" to "` + item2 + `" closes a cycle and is dropped`,
		},
		{
			name: "peer",
			edit: func(m map[string]any, _, _ []any) map[string]any {
				m["CFAssociations"] = append(m["CFAssociations"].([]any), association("peer-1", "isPeerOf", item1, item2))
				return m
			},
			kind: interop.Skipped, pointer: "/CFAssociations/14", items: 14,
			message: `association "peer-1" (isPeerOf from ` + item1 + ` to ` + item2 + `) is not read: the model has no isPeerOf relation`,
		},
		{
			name: "same humanCodingScheme",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[0].(map[string]any)["humanCodingScheme"] = "A.1"
				items[1].(map[string]any)["humanCodingScheme"] = "a.1"
				return m
			},
			kind: interop.Mapped, pointer: "/CFItems/1", items: 14,
			message: `ID "a.1" is already taken by competencies[0]; this item's ID is "a.1-2"`,
			check: func(t *testing.T, cat competency.Catalog) {
				assert.Equal(t, competency.ID("a.1-2"), cat.Competencies[1].ID, "the second a.1")
				assert.Equal(t, []competency.ID{"a.1-2"}, cat.Competencies[12].Parents, "Item 2.1's parent follows the new ID")
			},
		},
		{
			name: "same statement",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[1].(map[string]any)["fullStatement"] = "Item 1"
				return m
			},
			kind: interop.Mapped, pointer: "/CFItems/1/fullStatement", items: 14,
			message: `name "Item 1" is already used by competencies[0]; this one is "Item 1 (` + item2 + `)"`,
		},
		{
			name: "exact match outside",
			edit: func(m map[string]any, _, _ []any) map[string]any {
				m["CFAssociations"] = append(m["CFAssociations"].([]any), association("match", "exactMatchOf", item1, "onet-2.B.3.e"))
				return m
			},
			kind: interop.Skipped, pointer: "/CFDocument", items: 14,
			message: "CFDocument fields not read, having no place in the model: creator, lastChangeDateTime",
			check: func(t *testing.T, cat competency.Catalog) {
				assert.Equal(t, "https://example.org/onet-2.B.3.e", cat.Competencies[0].SameAs[2], "the match is a sameAs")
			},
		},
		{
			name: "unknown extension",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[0].(map[string]any)["extensions"] = map[string]any{"acme": map[string]any{"x": 1}}
				return m
			},
			kind: interop.Skipped, pointer: "/CFItems/0/extensions/acme", items: 14,
			message: `extension "acme" is not read`,
		},
		{
			name: "careerkit extension with an unknown kind",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[0].(map[string]any)["extensions"] = map[string]any{"careerkit": map[string]any{"kind": "skill"}}
				return m
			},
			kind: interop.Malformed, pointer: "/CFItems/0/extensions/careerkit", items: 14,
			check: func(t *testing.T, cat competency.Catalog) {
				assert.Equal(t, competency.Knowledge, cat.Competencies[0].Kind, "the default kind")
			},
		},
		{
			name: "careerkit extension naming an unknown scale",
			edit: func(m map[string]any, items, _ []any) map[string]any {
				items[0].(map[string]any)["extensions"] = map[string]any{"careerkit": map[string]any{"scale": "nowhere"}}
				return m
			},
			kind: interop.Malformed, pointer: "/extensions", items: 14,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, items, assocs := smartLevel(t)
			m = tc.edit(m, items, assocs)
			cat, rep, err := imscase.Read(bytes.NewReader(encode(t, m)), imscase.Options{})
			require.NoError(t, err, "Read(%s)", tc.name)
			require.NoError(t, cat.Validate(), "Read(%s) gives a valid catalog", tc.name)
			assert.Len(t, cat.Competencies, tc.items, "Read(%s): competencies", tc.name)
			found := false
			for _, p := range rep.ProblemsOf(tc.kind) {
				if p.From.Pointer == tc.pointer && (tc.message == "" || p.Message == tc.message) {
					found = true
				}
			}
			assert.True(t, found, "Read(%s): a %s problem at %s saying %q; got %+v", tc.name, tc.kind, tc.pointer, tc.message, rep.Problems)
			if tc.check != nil {
				tc.check(t, cat)
			}
		})
	}
}

// TestReadLimits reads items that break the model's limits: each is cut or
// left out, and reported, and the catalog validates.
func TestReadLimits(t *testing.T) {
	long := strings.Repeat("x", 70)
	var items, assocs []any
	for i := range 60 {
		id := fmt.Sprintf("%08d-0000-4000-8000-000000000000", i)
		it := map[string]any{"identifier": id, "fullStatement": "Same statement", "humanCodingScheme": "CODE." + long,
			"abbreviatedStatement": strings.Repeat("n", 200), "alternativeLabel": "Same statement",
			"CFItemType": strings.Repeat("t ", 150), "conceptKeywords": []any{"a", "a", strings.Repeat("k", 101)}}
		items = append(items, it)
		if i > 0 {
			// Item 0 is a child of every other item.
			assocs = append(assocs, association(fmt.Sprintf("p%d", i), "isChildOf", fmt.Sprintf("%08d-0000-4000-8000-000000000000", 0), id))
		}
		assocs = append(assocs, association(fmt.Sprintf("m%d", i), "exactMatchOf", id, strings.Repeat("u", 600)))
	}
	m := map[string]any{"CFDocument": map[string]any{"identifier": "doc", "title": "Limits"}, "CFItems": items, "CFAssociations": assocs}
	cat, rep, err := imscase.Read(bytes.NewReader(encode(t, m)), imscase.Options{})
	require.NoError(t, err, "Read(limits)")
	require.NoError(t, cat.Validate(), "Read(limits) gives a valid catalog")
	require.Len(t, cat.Competencies, 60, "every item is read")
	c0 := cat.Competencies[0]
	// "code." and 70 x's is 75 bytes: cut to 64, "code." and 59 x's.
	assert.Equal(t, competency.ID("code."+strings.Repeat("x", 59)), c0.ID, "the ID is cut to 64 bytes")
	// The next one is cut to 62 bytes to make room for "-2".
	assert.Equal(t, competency.ID("code."+strings.Repeat("x", 57)+"-2"), cat.Competencies[1].ID, "a colliding ID gets a suffix")
	assert.Len(t, c0.Parents, 50, "at most 50 parents")
	assert.Equal(t, []string{"a"}, c0.Tags, "repeated and long keywords are left out")
	assert.Equal(t, []string{"Same statement"}, c0.Aliases, "the first alternativeLabel is an alias")
	assert.Empty(t, cat.Competencies[1].Aliases, "the same alias on another item is left out")
	// The CFItemType collapses to "t t … t", 299 characters; the first 99
	// end with a "t" followed by a space, so the cut keeps them all.
	assert.Equal(t, strings.Repeat("t ", 49)+"t…", c0.Category, "the category is shortened")
	assert.Equal(t, []string{"case:00000000-0000-4000-8000-000000000000"}, c0.SameAs, "a sameAs over 500 bytes is left out")
	// The second 200-byte name is taken; with " (CODE.xxx…)" it would be too
	// long, so it is cut to 120 bytes and gets the ID and a counter.
	assert.Equal(t, strings.Repeat("n", 120)+" ("+string(cat.Competencies[1].ID)+" 2)", cat.Competencies[1].Name, "a colliding name")
	skipped := messages(rep.ProblemsOf(interop.Skipped))
	assert.Contains(t, skipped, fmt.Sprintf("parent %q is beyond the 50 a competency may have", cat.Competencies[51].ID), "the 51st parent is reported")
}
