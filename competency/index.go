package competency

import (
	"slices"

	"github.com/careerkit/careerkit/internal/enum"
)

// Via says how a competency reference or a requirement was resolved.
type Via string

// Ways a reference or requirement is resolved.
const (
	// ViaNone means nothing was found.
	ViaNone Via = "none"
	// ViaDirect means the ID itself, or a rating of the required competency.
	ViaDirect Via = "direct"
	// ViaName means the competency's name.
	ViaName Via = "name"
	// ViaAlias means one of the competency's aliases.
	ViaAlias Via = "alias"
	// ViaDescendant means a rating of a narrower competency (one whose
	// ancestors include the required one).
	ViaDescendant Via = "descendant"
)

var vias = enum.New("competency", "via", false, ViaNone, ViaDirect, ViaName, ViaAlias, ViaDescendant)

// Vias returns every way of resolving, in a new slice: none, direct, name,
// alias, descendant.
func Vias() []Via { return vias.Values() }

// IsValid reports whether v is none, direct, name, alias or descendant.
func (v Via) IsValid() bool { return vias.Has(v) }

// String returns the JSON value of v.
func (v Via) String() string { return string(v) }

// MarshalText returns the JSON value of v, as it is.
func (v Via) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText accepts exactly none, direct, name, alias or descendant;
// anything else is an error that lists them.
func (v *Via) UnmarshalText(text []byte) error { return vias.Unmarshal(v, text) }

func (v Via) noun() string {
	switch v {
	case ViaName:
		return "name"
	case ViaAlias:
		return "alias"
	}
	return "ID"
}

type keyEntry struct {
	idx int32
	via Via
}

// Index is a compiled, immutable Catalog. It is safe for concurrent use.
// Competencies are interned to dense ints in catalog order.
type Index struct {
	comps        []Competency
	byID         map[ID]int32
	byKey        map[string]keyEntry
	scales       map[ScaleID]*Scale
	scaleOf      []*Scale
	defaultScale ScaleID
	parents      [][]int32
	children     [][]int32
}

// MustCompile is like Compile but panics on error. It is for tests and
// package-level variables built from trusted data.
func MustCompile(c Catalog) *Index {
	ix, err := Compile(c)
	if err != nil {
		panic("competency.MustCompile: " + err.Error())
	}
	return ix
}

// Len returns the number of competencies.
func (ix *Index) Len() int { return len(ix.comps) }

// Competencies returns a copy of the competencies, in catalog order.
func (ix *Index) Competencies() []Competency {
	out := make([]Competency, len(ix.comps))
	for i, c := range ix.comps {
		out[i] = cloneCompetency(c)
	}
	return out
}

// Competency returns a copy of the competency with the given ID.
func (ix *Index) Competency(id ID) (Competency, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return Competency{}, false
	}
	return cloneCompetency(ix.comps[i]), true
}

// Lookup resolves an ID, name or alias, ignoring case and runs of white
// space, and says which of the three matched.
func (ix *Index) Lookup(ref string) (ID, Via, bool) {
	i, via, ok := ix.lookup(ref)
	if !ok {
		return "", ViaNone, false
	}
	return ix.comps[i].ID, via, true
}

// lookup is Lookup returning the interned competency.
func (ix *Index) lookup(ref string) (int32, Via, bool) {
	if i, ok := ix.byID[ID(ref)]; ok {
		return i, ViaDirect, true
	}
	e, ok := ix.byKey[normalize(ref)]
	if !ok {
		return 0, ViaNone, false
	}
	return e.idx, e.via, true
}

// Scale returns a copy of the scale competency id is measured on.
func (ix *Index) Scale(id ID) (Scale, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return Scale{}, false
	}
	return cloneScale(*ix.scaleOf[i]), true
}

// ScaleByID returns a copy of a built-in or catalog scale.
func (ix *Index) ScaleByID(scaleID ScaleID) (Scale, bool) {
	s, ok := ix.scales[scaleID]
	if !ok {
		return Scale{}, false
	}
	return cloneScale(*s), true
}

// Parents returns the direct parents of id, in the catalog's order.
func (ix *Index) Parents(id ID) []ID {
	i, ok := ix.byID[id]
	if !ok {
		return nil
	}
	return ix.ids(ix.parents[i])
}

// Children returns the competencies whose parents include id, in catalog order.
func (ix *Index) Children(id ID) []ID {
	i, ok := ix.byID[id]
	if !ok {
		return nil
	}
	return ix.ids(ix.children[i])
}

// Ancestors returns every competency reachable through parents from id,
// sorted by ID, not including id.
func (ix *Index) Ancestors(id ID) []ID {
	i, ok := ix.byID[id]
	if !ok {
		return nil
	}
	return ix.ids(ix.walk(i, ix.parents))
}

// Descendants returns every competency that has id among its ancestors,
// sorted by ID.
func (ix *Index) Descendants(id ID) []ID {
	i, ok := ix.byID[id]
	if !ok {
		return nil
	}
	return ix.ids(ix.walk(i, ix.children))
}

func (ix *Index) ids(idx []int32) []ID {
	if len(idx) == 0 {
		return nil
	}
	out := make([]ID, len(idx))
	for k, i := range idx {
		out[k] = ix.comps[i].ID
	}
	return out
}

// walk returns the nodes reachable from start along edges, sorted by ID.
func (ix *Index) walk(start int32, edges [][]int32) []int32 {
	seen := map[int32]bool{start: true}
	stack := []int32{start}
	var out []int32
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range edges[n] {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
				stack = append(stack, m)
			}
		}
	}
	slices.SortFunc(out, func(a, b int32) int {
		if ix.comps[a].ID < ix.comps[b].ID {
			return -1
		}
		if ix.comps[a].ID > ix.comps[b].ID {
			return 1
		}
		return 0
	})
	return out
}
