package ladder

import (
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
)

// ChangeKind says how an expectation changes between two levels.
type ChangeKind string

// Kinds of change.
const (
	// Added is an expectation the second level has and the first lacks.
	Added ChangeKind = "added"
	// Dropped is an expectation the first level has and the second lacks.
	Dropped ChangeKind = "dropped"
	// Raised is an expectation at a higher level.
	Raised ChangeKind = "raised"
	// Lowered is an expectation at a lower level.
	Lowered ChangeKind = "lowered"
)

var changeKinds = enum.New("ladder", "change kind", false, Added, Dropped, Raised, Lowered)

// ChangeKinds returns every kind of change, in a new slice: added, dropped,
// raised, lowered.
func ChangeKinds() []ChangeKind { return changeKinds.Values() }

// IsValid reports whether k is added, dropped, raised or lowered.
func (k ChangeKind) IsValid() bool { return changeKinds.Has(k) }

// String returns the kind's JSON value.
func (k ChangeKind) String() string { return string(k) }

// MarshalText returns the kind's JSON value, as it is.
func (k ChangeKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts exactly added, dropped, raised or lowered; anything
// else is an error that lists them.
func (k *ChangeKind) UnmarshalText(text []byte) error { return changeKinds.Unmarshal(k, text) }

// Change is one competency whose expectation differs between two levels.
type Change struct {
	// Competency is the competency's ID.
	Competency competency.ID `json:"competency"`
	// Kind says how it changes.
	Kind ChangeKind `json:"kind"`
	// From is the level expected at the first level, 0 when Added.
	From int `json:"from"`
	// To is the level expected at the second level, 0 when Dropped.
	To int `json:"to"`
}

// Diff lists what changes from one level's expectations to another's: raised,
// lowered and dropped expectations in the first level's order, then added
// ones in the second level's order. Expectations at the same level are left
// out.
func (g *Graph) Diff(from, to LevelID) ([]Change, error) {
	s, t, err := g.ends("diff", from, to)
	if err != nil {
		return nil, err
	}
	a, b := g.l.Levels[s].Expectations, g.l.Levels[t].Expectations
	inB := make(map[competency.ID]int, len(b))
	for _, e := range b {
		inB[e.Competency] = e.Level
	}
	inA := make(map[competency.ID]bool, len(a))
	var out []Change
	for _, e := range a {
		inA[e.Competency] = true
		lvl, ok := inB[e.Competency]
		switch {
		case !ok:
			out = append(out, Change{e.Competency, Dropped, e.Level, 0})
		case lvl > e.Level:
			out = append(out, Change{e.Competency, Raised, e.Level, lvl})
		case lvl < e.Level:
			out = append(out, Change{e.Competency, Lowered, e.Level, lvl})
		}
	}
	for _, e := range b {
		if !inA[e.Competency] {
			out = append(out, Change{e.Competency, Added, 0, e.Level})
		}
	}
	return out, nil
}
