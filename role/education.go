package role

import (
	"cmp"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/internal/enum"
)

// DegreeLevel is an ordered level of formal education. The zero value means
// unspecified.
type DegreeLevel string

// Degree levels, in order.
const (
	// NoDegree is no formal credential.
	NoDegree DegreeLevel = "none"
	// HighSchool is a secondary-school diploma or equivalent.
	HighSchool DegreeLevel = "high-school"
	// Associate is an associate degree.
	Associate DegreeLevel = "associate"
	// Bachelor is a bachelor's degree.
	Bachelor DegreeLevel = "bachelor"
	// Master is a master's degree, including an MBA.
	Master DegreeLevel = "master"
	// Doctorate is a doctoral degree.
	Doctorate DegreeLevel = "doctorate"
)

var degreeLevels = enum.New("role", "degree level", false, NoDegree, HighSchool, Associate, Bachelor, Master, Doctorate)

// DegreeLevels returns the levels in increasing order, in a new slice.
func DegreeLevels() []DegreeLevel { return degreeLevels.Values() }

// Rank returns the position of l in DegreeLevels (none is 0, doctorate 5),
// or -1 when l is not a known level.
func (l DegreeLevel) Rank() int {
	switch l {
	case NoDegree:
		return 0
	case HighSchool:
		return 1
	case Associate:
		return 2
	case Bachelor:
		return 3
	case Master:
		return 4
	case Doctorate:
		return 5
	}
	return -1
}

// Compare orders degree levels by Rank: it returns -1, 0 or +1 as l is
// below, the same as or above m (none < high-school < … < doctorate); an
// unknown level is below every known one.
func (l DegreeLevel) Compare(m DegreeLevel) int { return cmp.Compare(l.Rank(), m.Rank()) }

// IsValid reports whether l is a known level.
func (l DegreeLevel) IsValid() bool { return degreeLevels.Has(l) }

// String returns the level's JSON value.
func (l DegreeLevel) String() string { return string(l) }

// MarshalText returns the level's JSON value, as it is; decoding and
// Validate are where unknown levels are refused.
func (l DegreeLevel) MarshalText() ([]byte, error) { return []byte(l), nil }

// UnmarshalText accepts exactly one of DegreeLevels; anything else is an
// error that lists them.
func (l *DegreeLevel) UnmarshalText(text []byte) error { return degreeLevels.Unmarshal(l, text) }

// Credential is a degree, diploma or certification.
type Credential struct {
	// Level is the degree level.
	Level DegreeLevel `json:"level" validate:"required"`
	// Fields are the fields of study. On a credential asked for, empty
	// means any field; on a credential held, empty means the field is not
	// known, which meets only credentials asked for in any field.
	Fields []string `json:"fields,omitempty" validate:"max=50,dive,required,max=200"`
	// Name names a specific credential, such as "MBA" or a certification.
	Name string `json:"name,omitempty" validate:"max=200"`
}

// Education is what schooling a role asks for.
type Education struct {
	// Minimum is the least credential; nil when none is asked for.
	Minimum *Credential `json:"minimum,omitempty"`
	// Preferred are credentials that are a plus.
	Preferred []Credential `json:"preferred,omitempty" validate:"max=50,dive"`
	// Fields are the relevant fields of study: a credential in one of them
	// counts for the minimum and the preferred credentials as well as in
	// the fields those name ("or a related technical field").
	Fields []string `json:"fields,omitempty" validate:"max=50,dive,required,max=200"`
	// EquivalentExperience says that meeting every required experience
	// requirement substitutes for the minimum credential.
	EquivalentExperience bool `json:"equivalentExperience,omitempty"`
}

// FieldMatcher compares fields of study case-insensitively, ignoring runs of
// white space, and through aliases. The zero value compares names only.
type FieldMatcher struct {
	// canon maps a folded alias to the folded fields that list it, sorted
	// and without repeats.
	canon map[string][]string
}

// NewFieldMatcher returns a matcher where each alias stands for its field:
// NewFieldMatcher(map[string][]string{"Computer Science": {"CS", "Informatics"}}).
// An alias listed under several fields stands for each of them ("CS" for
// both Computer Science and Cognitive Science makes "CS" the same as either,
// while the two fields stay different), so the result never depends on the
// order of the map. Names are compared folded: lowercase, runs of white
// space as one space; empty names are ignored.
func NewFieldMatcher(aliases map[string][]string) FieldMatcher {
	m := FieldMatcher{canon: map[string][]string{}}
	for field, as := range aliases {
		f := fold(field)
		if f == "" {
			continue
		}
		for _, a := range as {
			if k := fold(a); k != "" && k != f {
				m.canon[k] = append(m.canon[k], f)
			}
		}
	}
	for k, fs := range m.canon {
		slices.Sort(fs)
		m.canon[k] = slices.Compact(fs)
	}
	return m
}

func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// Same reports whether two field names mean the same field: they fold to
// the same name, one is an alias of the other, or both are aliases of one
// field. It is symmetric.
func (m FieldMatcher) Same(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == fb {
		return true
	}
	ca, cb := m.canon[fa], m.canon[fb]
	if slices.Contains(ca, fb) || slices.Contains(cb, fa) {
		return true
	}
	for _, f := range ca {
		if _, ok := slices.BinarySearch(cb, f); ok {
			return true
		}
	}
	return false
}

// Satisfies reports whether a held credential satisfies a wanted one: its
// level ranks at least as high; when the wanted credential names fields, the
// held one is in one of them or in one of the extra fields; and when it has
// a Name, the held one has the same name.
func (m FieldMatcher) Satisfies(held, want Credential, extra []string) bool {
	if held.Level.Rank() < want.Level.Rank() {
		return false
	}
	if want.Name != "" && !m.Same(held.Name, want.Name) {
		return false
	}
	if len(want.Fields) == 0 {
		return true
	}
	for _, h := range held.Fields {
		for _, w := range want.Fields {
			if m.Same(h, w) {
				return true
			}
		}
		for _, w := range extra {
			if m.Same(h, w) {
				return true
			}
		}
	}
	return false
}

func (c Credential) clone() Credential {
	c.Fields = slices.Clone(c.Fields)
	return c
}

func (e Education) clone() Education {
	if e.Minimum != nil {
		m := e.Minimum.clone()
		e.Minimum = &m
	}
	e.Preferred = slices.Clone(e.Preferred)
	for i, p := range e.Preferred {
		e.Preferred[i] = p.clone()
	}
	e.Fields = slices.Clone(e.Fields)
	return e
}
