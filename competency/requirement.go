package competency

import (
	"slices"
	"strconv"

	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
)

// Importance says whether a requirement must be met. The zero value means
// Required.
type Importance string

// Importances, after ESCO's essential and optional skills.
const (
	// Required requirements must all be met for Report.RequiredMet.
	Required Importance = "required"
	// Preferred requirements count in the score but never block RequiredMet.
	Preferred Importance = "preferred"
)

var importances = enum.New("competency", "importance", true, Required, Preferred)

// Importances returns every importance, in a new slice: required,
// preferred.
func Importances() []Importance { return importances.Values() }

// IsValid reports whether i is "", "required" or "preferred".
func (i Importance) IsValid() bool { return importances.Has(i) }

// String returns the importance, with "" reported as "required".
func (i Importance) String() string {
	if i == "" {
		return string(Required)
	}
	return string(i)
}

// MarshalText returns the importance as it is ("" stays "").
func (i Importance) MarshalText() ([]byte, error) { return []byte(i), nil }

// UnmarshalText accepts required, preferred or "" (not set, which means
// required); anything else is an error that lists them.
func (i *Importance) UnmarshalText(text []byte) error { return importances.Unmarshal(i, text) }

// IsRequired reports whether i is Required or unset.
func (i Importance) IsRequired() bool { return i == "" || i == Required }

// Requirement asks for a competency at a level of its scale.
type Requirement struct {
	// Competency is the ID of the required competency.
	Competency ID `json:"competency" validate:"required,slug"`
	// Level is the least level that meets the requirement.
	Level int `json:"level" validate:"gte=0,lte=1000"`
	// Importance is required (the default when empty) or preferred.
	Importance Importance `json:"importance,omitempty"`
	// Weight is the requirement's share of the score relative to the others;
	// nil means 1. When set it must be finite and greater than 0.
	Weight *float64 `json:"weight,omitempty" validate:"omitempty,finite,gt=0"`
}

// EffectiveWeight returns the weight, 1 when unset.
func (r Requirement) EffectiveWeight() float64 {
	if r.Weight == nil {
		return 1
	}
	return *r.Weight
}

// WithWeight returns a copy of r with the weight set to w.
func (r Requirement) WithWeight(w float64) Requirement {
	r.Weight = &w
	return r
}

// CloneRequirements returns a deep copy of reqs: a new slice whose Weight
// pointers are the copy's own, so changing the copy, or a weight through it,
// leaves reqs as they were. A nil slice stays nil.
func CloneRequirements(reqs []Requirement) []Requirement {
	if reqs == nil {
		return nil
	}
	out := make([]Requirement, len(reqs))
	for i, r := range reqs {
		if r.Weight != nil {
			r = r.WithWeight(*r.Weight)
		}
		out[i] = r
	}
	return out
}

// Validate checks the requirement on its own: an ID, a level of at least 0, a
// known importance and a finite weight greater than 0.
func (r Requirement) Validate() error {
	var errs problem.Errors
	errs.Append(enum.Struct(r)...)
	return errs.Err("competency: invalid Requirement")
}

// ValidateRequirements checks a list of requirements against the index: each
// is valid on its own, names a competency of the catalog by ID, asks for a
// level its scale has, and no competency is required twice. Paths are
// relative to the list ("[2].level").
func (ix *Index) ValidateRequirements(reqs []Requirement) error {
	var errs problem.Errors
	ix.checkRequirements(reqs, &errs)
	return errs.Err("competency: invalid requirements")
}

func (ix *Index) checkRequirements(reqs []Requirement, errs *problem.Errors) {
	seen := make(map[ID]int, len(reqs))
	for i, r := range reqs {
		path := problem.Path("", i)
		for _, fe := range enum.Struct(r) {
			fe.Path = problem.JoinPath(path, fe.Path)
			errs.Append(fe)
		}
		if r.Competency == "" {
			continue
		}
		ci, ok := ix.byID[r.Competency]
		if !ok {
			hint := ""
			if id, via, found := ix.Lookup(string(r.Competency)); found {
				hint = " (it is the " + via.noun() + " of " + string(id) + "; requirements use IDs)"
			}
			errs.AddErr(problem.ErrUnknownCompetency, problem.Path(path, "competency"), "exists", "%q is not a competency of the catalog%s", r.Competency, hint)
			continue
		}
		if prev, dup := seen[r.Competency]; dup {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "competency"), "unique", "competency %q is already required by [%d]", r.Competency, prev)
		} else {
			seen[r.Competency] = i
		}
		if !ix.levelOK(ci, r.Level) {
			ix.levelProblem(ci, r.Level, problem.Path(path, "level"), errs)
		}
	}
}

// levelOK reports whether competency ci can be held at level: its scale has
// the level and, when the competency lists DefinedLevels, they include it.
func (ix *Index) levelOK(ci int32, level int) bool {
	def := ix.comps[ci].DefinedLevels
	return ix.scaleOf[ci].Has(level) && (len(def) == 0 || slices.Contains(def, level))
}

// levelProblem reports why levelOK refuses level for competency ci.
func (ix *Index) levelProblem(ci int32, level int, path string, errs *problem.Errors) {
	sc, id := ix.scaleOf[ci], ix.comps[ci].ID
	if !sc.Has(level) {
		errs.AddErr(problem.ErrUnknownLevel, path, "level", "level %d is not on scale %q of %q (levels %d–%d)", level, sc.ID, id, sc.Min(), sc.Max())
		return
	}
	errs.AddErr(problem.ErrUnknownLevel, path, "level", "%q is defined only at levels %s, not at %d", id, levelList(ix.comps[ci].DefinedLevels), level)
}

// levelList writes levels in increasing order: "2, 3 and 5".
func levelList(levels []int) string {
	ls := slices.Sorted(slices.Values(levels))
	s := ""
	for i, l := range ls {
		switch {
		case i > 0 && i == len(ls)-1:
			s += " and "
		case i > 0:
			s += ", "
		}
		s += strconv.Itoa(l)
	}
	return s
}
