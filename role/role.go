package role

import (
	"errors"
	"math"
	"strconv"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// ID identifies a role: a slug such as "engineering-manager".
type ID string

// LevelID identifies a level of a career ladder: a slug such as "m1". A
// role names the level it sits at; package ladder, which defines levels,
// calls this type ladder.LevelID.
type LevelID string

// Track is a career track: of a role, and the kind of a ladder's track
// (package ladder uses this type). The zero value means unspecified; a
// ladder's track must give one.
type Track string

// Tracks.
const (
	// IC is the individual-contributor track.
	IC Track = "ic"
	// Management is the people-management track.
	Management Track = "management"
)

var tracks = enum.New("role", "track", true, IC, Management)

// Tracks returns every track, in a new slice: ic, management.
func Tracks() []Track { return tracks.Values() }

// IsValid reports whether t is empty, "ic" or "management".
func (t Track) IsValid() bool { return tracks.Has(t) }

// String returns the track's JSON value.
func (t Track) String() string { return string(t) }

// MarshalText returns the track as it is ("" stays "").
func (t Track) MarshalText() ([]byte, error) { return []byte(t), nil }

// UnmarshalText accepts ic, management or "" (unspecified); anything else
// is an error that lists them.
func (t *Track) UnmarshalText(text []byte) error { return tracks.Unmarshal(t, text) }

// Role is a job description as data.
type Role struct {
	// ID identifies the role.
	ID ID `json:"id" validate:"required,slug"`
	// Title is the job title.
	Title string `json:"title" validate:"required,max=200"`
	// Family is the job family, such as "Engineering".
	Family string `json:"family,omitempty" validate:"max=200"`
	// Track is ic or management.
	Track Track `json:"track,omitempty"`
	// Level is the ID of the ladder level the role sits at.
	Level LevelID `json:"level,omitempty" validate:"omitempty,slug"`
	// Tags are free labels, such as the posting's categories.
	Tags []string `json:"tags,omitempty" validate:"max=50,unique,dive,required,max=100"`
	// Summary defines the role in a paragraph.
	Summary string `json:"summary,omitempty" validate:"max=10000"`
	// Codes classify the role in occupational taxonomies.
	Codes []Code `json:"codes,omitempty" validate:"max=20,dive"`
	// Responsibilities are what the role does.
	Responsibilities Responsibilities `json:"responsibilities"`
	// Requirements are the competencies the role needs; one per competency.
	Requirements []competency.Requirement `json:"requirements,omitempty" validate:"max=1000,dive"`
	// Education is what schooling the role asks for.
	Education Education `json:"education"`
	// Experience lists the experience the role asks for, per area.
	Experience []Experience `json:"experience,omitempty" validate:"max=50,dive"`
	// Qualifications are other things the role asks for, in words.
	Qualifications []string `json:"qualifications,omitempty" validate:"max=100,dive,required,max=2000"`
	// PreferredQualifications are other things that are a plus, in words.
	PreferredQualifications []string `json:"preferredQualifications,omitempty" validate:"max=100,dive,required,max=2000"`
	// Pay is the role's pay band; nil when not published.
	Pay *salary.Band `json:"pay,omitempty" validate:"-"`
	// Career says where people come from and go to.
	Career Career `json:"career"`
}

// Code is the role's code in an occupational taxonomy.
type Code struct {
	// Scheme names the taxonomy, such as "onet-soc", "isco-08" or "esco".
	Scheme string `json:"scheme" validate:"required,max=50"`
	// Code is the code in that taxonomy, such as "11-3021.00".
	Code string `json:"code" validate:"required,max=200"`
	// Label is the code's title in the taxonomy.
	Label string `json:"label,omitempty" validate:"max=500"`
}

// Responsibilities are the duties of a role.
type Responsibilities struct {
	// Primary are the core duties.
	Primary []string `json:"primary,omitempty" validate:"max=200,dive,required,max=2000"`
	// Secondary are supporting duties.
	Secondary []string `json:"secondary,omitempty" validate:"max=200,dive,required,max=2000"`
}

// Experience is an experience requirement: years in an area, as a range.
//
// "6–12+ years" is MinYears 6, MaxYears 12, OpenEnded true: the range is
// typical, and more is fine. "2–6 years" is MinYears 2, MaxYears 6: a closed
// range, above which a candidate is flagged as over range. "8+ years" is
// MinYears 8, OpenEnded true. MaxYears 0 means no stated maximum.
type Experience struct {
	// Area is the kind of experience, such as "software-engineering".
	Area string `json:"area" validate:"required,slug"`
	// MinYears is the least number of years.
	MinYears float64 `json:"minYears,omitempty" validate:"finite,gte=0,lte=80"`
	// MaxYears is the top of the range; 0 means none.
	MaxYears float64 `json:"maxYears,omitempty" validate:"finite,gte=0,lte=80"`
	// OpenEnded marks a range written with a plus ("12+"): no upper bound.
	OpenEnded bool `json:"openEnded,omitempty"`
	// Preferred marks a nice-to-have; otherwise the experience is required.
	Preferred bool `json:"preferred,omitempty"`
	// Note qualifies the requirement in words.
	Note string `json:"note,omitempty" validate:"max=2000"`
}

// Closed reports whether the range has a maximum above which a candidate is
// over range: a maximum is given and the range is not open-ended.
func (e Experience) Closed() bool { return e.MaxYears > 0 && !e.OpenEnded }

// Career lists the moves into, up from and across from a role.
type Career struct {
	// EntryFrom are the roles people typically come from.
	EntryFrom []Move `json:"entryFrom,omitempty" validate:"max=50,dive"`
	// AdvanceTo are the roles people are promoted to.
	AdvanceTo []Move `json:"advanceTo,omitempty" validate:"max=50,dive"`
	// Lateral are the roles people move sideways to.
	Lateral []Move `json:"lateral,omitempty" validate:"max=50,dive"`
}

// Move names another role: by Role ID when it is modelled, or by Title when
// it is not. At least one of the two is set.
type Move struct {
	// Role is the ID of a modelled role.
	Role ID `json:"role,omitempty" validate:"omitempty,slug"`
	// Title is the target's title.
	Title string `json:"title,omitempty" validate:"max=200"`
	// Note qualifies the move, such as "with ownership of delivery".
	Note string `json:"note,omitempty" validate:"max=2000"`
}

// Validate reports every problem of the role on its own: tag rules, an
// experience range whose minimum exceeds its maximum or that is open-ended
// with no minimum, two requirements of one competency, a pay band that does
// not validate, and a career move with neither role nor title. References to
// competencies are checked by ValidateWith.
func (r Role) Validate() error {
	var errs problem.Errors
	r.check(&errs)
	return errs.Err("role: invalid Role")
}

// ValidateWith is Validate plus the requirements checked against a catalog:
// each names a competency of ix by ID at a level of its scale.
func (r Role) ValidateWith(ix *competency.Index) error {
	var errs problem.Errors
	r.check(&errs)
	if ix != nil {
		// Tag rules and duplicates are already reported by check.
		var ve *problem.ValidationError
		if errors.As(ix.ValidateRequirements(r.Requirements), &ve) {
			for _, fe := range ve.Errors {
				if fe.Rule == "exists" || fe.Rule == "level" {
					fe.Path = problem.JoinPath("requirements", fe.Path)
					errs.Append(fe)
				}
			}
		}
	}
	return errs.Err("role: invalid Role")
}

func (r Role) check(errs *problem.Errors) {
	errs.Append(enum.Struct(r)...)
	seen := map[competency.ID]int{}
	for i, q := range r.Requirements {
		if prev, dup := seen[q.Competency]; dup && q.Competency != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path("requirements", i, "competency"), "unique", "competency %q is already required by requirements[%d]", q.Competency, prev)
		} else {
			seen[q.Competency] = i
		}
	}
	for i, e := range r.Experience {
		path := problem.Path("experience", i)
		if math.IsNaN(e.MinYears) || math.IsNaN(e.MaxYears) {
			continue // reported by the finite tag
		}
		if e.MaxYears > 0 && e.MinYears > e.MaxYears {
			errs.Add(problem.Path(path, "maxYears"), "range", "maximum %g years is below the minimum %g", e.MaxYears, e.MinYears)
		}
		if e.OpenEnded && e.MinYears <= 0 {
			errs.Add(problem.Path(path, "minYears"), "required", "an open-ended range (\"N+ years\") needs a minimum above 0")
		}
	}
	if r.Pay != nil {
		errs.Merge("pay", r.Pay.Validate())
	}
	for _, list := range []struct {
		name  string
		moves []Move
	}{{"entryFrom", r.Career.EntryFrom}, {"advanceTo", r.Career.AdvanceTo}, {"lateral", r.Career.Lateral}} {
		for i, m := range list.moves {
			if m.Role == "" && m.Title == "" {
				errs.Add(problem.Path("career", list.name, i), "required", "a move names a role ID or a title")
			}
		}
	}
}

// ValidateRoles validates each role and reports IDs used more than once.
// Paths start at the list: "[2].id".
func ValidateRoles(roles []Role) error {
	var errs problem.Errors
	seen := map[ID]int{}
	for i, r := range roles {
		errs.Merge(problem.Path("", i), r.Validate())
		if prev, dup := seen[r.ID]; dup && r.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path("", i, "id"), "unique", "role ID %q is already used by [%d]", r.ID, prev)
		} else {
			seen[r.ID] = i
		}
	}
	return errs.Err("role: invalid roles")
}

// Range writes the range as postings do: "6–12+", "2–6", "8+" or "3".
func (e Experience) Range() string {
	s := strconv.FormatFloat(e.MinYears, 'f', -1, 64)
	if e.MaxYears > 0 {
		s += "–" + strconv.FormatFloat(e.MaxYears, 'f', -1, 64)
	}
	if e.OpenEnded {
		s += "+"
	}
	return s
}

// Kind returns "preferred" or "required".
func (e Experience) Kind() string {
	if e.Preferred {
		return "preferred"
	}
	return "required"
}
