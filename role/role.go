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
	// Aliases are other titles of the role, such as O*NET's alternate
	// titles ("Web Designer" for Web Developers).
	Aliases []string `json:"aliases,omitempty" validate:"max=500,unique,dive,required,max=200"`
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

// RangeKind says how an experience range binds: as a minimum, as a typical
// range or as a hard range. Left out, the kind follows the notation (see
// Experience.EffectiveRangeKind).
type RangeKind string

// Range kinds.
const (
	// Minimum is a least number of years: fewer is a shortfall, more is
	// fine, and a maximum, when written, is only the top of what is usual.
	Minimum RangeKind = "minimum"
	// Typical is the range most hires have ("typically 7–10 years"): more
	// is fine and not flagged, and fewer lowers the score softly without
	// blocking (see Fit).
	Typical RangeKind = "typical"
	// Hard is a closed range: fewer is a shortfall, and more is flagged as
	// over range.
	Hard RangeKind = "hard"
)

var rangeKinds = enum.New("role", "range kind", true, Minimum, Typical, Hard)

// RangeKinds returns every range kind, in a new slice: minimum, typical,
// hard.
func RangeKinds() []RangeKind { return rangeKinds.Values() }

// IsValid reports whether k is "" (derived from the notation), minimum,
// typical or hard.
func (k RangeKind) IsValid() bool { return rangeKinds.Has(k) }

// String returns the kind's JSON value.
func (k RangeKind) String() string { return string(k) }

// MarshalText returns the kind as it is ("" stays "").
func (k RangeKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts minimum, typical, hard or "" (derived); anything
// else is an error that lists them.
func (k *RangeKind) UnmarshalText(text []byte) error { return rangeKinds.Unmarshal(k, text) }

// Experience is an experience requirement: years in an area, or in any of
// several areas, as a range, possibly with nested parts.
//
// Areas: Area and Areas together are the accepted areas ("3–6 years in
// operations or software engineering" is Areas [operations,
// software-engineering]); at least one is given and none twice. A
// candidate's years are those of the best single accepted area, never a sum:
// periods in different areas may overlap (five years of operations work on a
// software team are also five years of software engineering), so adding them
// would count the same years twice.
//
// Range: MinYears and MaxYears bound the years; RangeKind says how (minimum,
// typical or hard). When RangeKind is left out it follows the notation: a
// maximum without OpenEnded ("2–6 years") is hard, anything else ("8+",
// "6–12+", "3") is a minimum. OpenEnded is notation only: it writes the plus
// of "12+", makes a left-out kind a minimum, and is refused with hard.
//
// Without years (MinYears and MaxYears both 0: "experience running
// petabyte-scale warehouses"), the requirement is met only by a candidate
// who declares experience in an accepted area (an entry in
// Candidate.Experience, even with 0 years), never by default.
//
// Including lists nested parts counted inside the requirement ("7–10 years
// of data engineering including 2+ years leading people"): the requirement
// is met only when its own years and every part are met, and a part's years
// are not added to the requirement's.
type Experience struct {
	// Area is the kind of experience, such as "software-engineering".
	Area string `json:"area,omitempty" validate:"omitempty,slug"`
	// Areas are further accepted kinds of experience, any of which counts.
	Areas []string `json:"areas,omitempty" validate:"max=20,dive,required,slug"`
	// MinYears is the least number of years.
	MinYears float64 `json:"minYears,omitempty" validate:"finite,gte=0,lte=80"`
	// MaxYears is the top of the range; 0 means none.
	MaxYears float64 `json:"maxYears,omitempty" validate:"finite,gte=0,lte=80"`
	// RangeKind is minimum, typical or hard; left out, it follows the
	// notation (a maximum without OpenEnded is hard, anything else a
	// minimum).
	RangeKind RangeKind `json:"rangeKind,omitempty"`
	// OpenEnded marks a range written with a plus ("12+"): no upper bound.
	OpenEnded bool `json:"openEnded,omitempty"`
	// Including are parts counted inside this requirement ("including 2+
	// years leading people"); each is met on its own, and all must be.
	Including []ExperiencePart `json:"including,omitempty" validate:"max=20,dive"`
	// Preferred marks a nice-to-have; otherwise the experience is required.
	Preferred bool `json:"preferred,omitempty"`
	// Note qualifies the requirement in words.
	Note string `json:"note,omitempty" validate:"max=2000"`
}

// ExperiencePart is a nested part of an experience requirement, counted
// inside it: its areas and range follow the rules of Experience, and its
// range lies inside the requirement's (its minimum at most the
// requirement's minimum, its maximum at most the requirement's maximum when
// that is hard).
type ExperiencePart struct {
	// Area is the kind of experience, such as "people-management".
	Area string `json:"area,omitempty" validate:"omitempty,slug"`
	// Areas are further accepted kinds of experience, any of which counts.
	Areas []string `json:"areas,omitempty" validate:"max=20,dive,required,slug"`
	// MinYears is the least number of years.
	MinYears float64 `json:"minYears,omitempty" validate:"finite,gte=0,lte=80"`
	// MaxYears is the top of the range; 0 means none.
	MaxYears float64 `json:"maxYears,omitempty" validate:"finite,gte=0,lte=80"`
	// RangeKind is minimum, typical or hard, as in Experience.
	RangeKind RangeKind `json:"rangeKind,omitempty"`
	// OpenEnded marks a range written with a plus ("2+"): no upper bound.
	OpenEnded bool `json:"openEnded,omitempty"`
	// Note qualifies the part in words.
	Note string `json:"note,omitempty" validate:"max=2000"`
}

// span is the part of a requirement that Fit counts: accepted areas and a
// range of one kind.
type span struct {
	areas     []string
	min, max  float64
	kind      RangeKind
	openEnded bool
}

func (e Experience) span() span {
	return span{acceptedAreas(e.Area, e.Areas), e.MinYears, e.MaxYears, effectiveKind(e.RangeKind, e.MaxYears, e.OpenEnded), e.OpenEnded}
}

func (p ExperiencePart) span() span {
	return span{acceptedAreas(p.Area, p.Areas), p.MinYears, p.MaxYears, effectiveKind(p.RangeKind, p.MaxYears, p.OpenEnded), p.OpenEnded}
}

func acceptedAreas(area string, areas []string) []string {
	out := make([]string, 0, len(areas)+1)
	if area != "" {
		out = append(out, area)
	}
	return append(out, areas...)
}

func effectiveKind(k RangeKind, maxYears float64, openEnded bool) RangeKind {
	switch {
	case k != "":
		return k
	case maxYears > 0 && !openEnded:
		return Hard
	}
	return Minimum
}

// AcceptedAreas returns Area (when given) followed by Areas, in a new slice.
func (e Experience) AcceptedAreas() []string { return acceptedAreas(e.Area, e.Areas) }

// AcceptedAreas returns Area (when given) followed by Areas, in a new slice.
func (p ExperiencePart) AcceptedAreas() []string { return acceptedAreas(p.Area, p.Areas) }

// EffectiveRangeKind returns RangeKind, or when it is left out the kind the
// notation gives: hard for a maximum without OpenEnded, minimum otherwise.
func (e Experience) EffectiveRangeKind() RangeKind {
	return effectiveKind(e.RangeKind, e.MaxYears, e.OpenEnded)
}

// EffectiveRangeKind is Experience.EffectiveRangeKind for a part.
func (p ExperiencePart) EffectiveRangeKind() RangeKind {
	return effectiveKind(p.RangeKind, p.MaxYears, p.OpenEnded)
}

// NoYears reports whether the requirement states no years (MinYears and
// MaxYears are 0): it is then met only by declared experience.
func (e Experience) NoYears() bool { return e.MinYears == 0 && e.MaxYears == 0 }

// NoYears reports whether the part states no years.
func (p ExperiencePart) NoYears() bool { return p.MinYears == 0 && p.MaxYears == 0 }

// Closed reports whether the range has a maximum above which a candidate is
// over range: its effective kind is hard and a maximum is given.
func (e Experience) Closed() bool { return e.MaxYears > 0 && e.EffectiveRangeKind() == Hard }

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
// experience requirement without an area or accepting one twice, a range
// whose minimum exceeds its maximum, that is open-ended with no minimum,
// hard and open-ended or without a maximum, or typical without a minimum, a
// nested part whose range is not inside its requirement's, equivalent
// experience without a required experience requirement, credentials that
// break the rules of Credential.Validate or carry dates, two requirements
// of one competency, a pay band that does
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
		checkSpan(e.span(), path, e.Area, e.Areas, errs)
		for j, p := range e.Including {
			pp := problem.Path(path, "including", j)
			checkSpan(p.span(), pp, p.Area, p.Areas, errs)
			checkInside(p, e, pp, errs)
		}
	}
	if r.Education.EquivalentExperience && (r.Education.Minimum != nil || len(r.Education.Alternatives) > 0) && !r.hasRequiredExperience() {
		errs.Add("education.equivalentExperience", "required_with", "equivalent experience needs a required experience requirement to stand for the credential: add one to experience, or set equivalentExperience to false")
	}
	r.Education.check(errs)
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

// hasRequiredExperience reports whether the role has an experience
// requirement that is not preferred.
func (r Role) hasRequiredExperience() bool {
	for _, e := range r.Experience {
		if !e.Preferred {
			return true
		}
	}
	return false
}

// checkSpan reports the problems of a requirement's or part's areas and
// range at path.
func checkSpan(s span, path, area string, areas []string, errs *problem.Errors) {
	if area == "" && len(areas) == 0 {
		errs.Add(problem.Path(path, "area"), "required", "an experience requirement names an area, or several in areas")
	}
	seen := map[string]bool{area: area != ""}
	for i, a := range areas {
		if seen[a] && a != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "areas", i), "unique", "area %q is already accepted by this requirement", a)
		}
		seen[a] = true
	}
	if math.IsNaN(s.min) || math.IsNaN(s.max) {
		return // reported by the finite tag
	}
	if s.max > 0 && s.min > s.max {
		errs.Add(problem.Path(path, "maxYears"), "range", "maximum %g years is below the minimum %g", s.max, s.min)
	}
	if s.openEnded && s.min <= 0 {
		errs.Add(problem.Path(path, "minYears"), "required", "an open-ended range (\"N+ years\") needs a minimum above 0")
	}
	if s.kind == Hard && s.openEnded {
		errs.Add(problem.Path(path, "openEnded"), "excluded_with", "a hard range has a top: leave openEnded out or use rangeKind minimum")
	}
	if s.kind == Hard && s.max <= 0 {
		errs.Add(problem.Path(path, "maxYears"), "required", "a hard range needs a maximum above 0")
	}
	if s.kind == Typical && s.min <= 0 {
		errs.Add(problem.Path(path, "minYears"), "required", "a typical range needs a minimum above 0")
	}
}

// checkInside reports a part whose range is not inside its requirement's.
func checkInside(p ExperiencePart, e Experience, path string, errs *problem.Errors) {
	if e.NoYears() {
		return // a requirement without years bounds no part
	}
	if p.MinYears > e.MinYears {
		errs.Add(problem.Path(path, "minYears"), "inside", "a nested part's minimum of %g years is above its requirement's minimum of %g", p.MinYears, e.MinYears)
	}
	if e.Closed() && p.MaxYears > e.MaxYears {
		errs.Add(problem.Path(path, "maxYears"), "inside", "a nested part's maximum of %g years is above its requirement's hard maximum of %g", p.MaxYears, e.MaxYears)
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

// Range writes the range as postings do: "6–12+", "2–6", "8+" or "3"; ""
// when the requirement states no years.
func (e Experience) Range() string { return rangeText(e.MinYears, e.MaxYears, e.OpenEnded) }

// Range writes the part's range as Experience.Range does.
func (p ExperiencePart) Range() string { return rangeText(p.MinYears, p.MaxYears, p.OpenEnded) }

func rangeText(minYears, maxYears float64, openEnded bool) string {
	if minYears == 0 && maxYears == 0 {
		return ""
	}
	s := strconv.FormatFloat(minYears, 'f', -1, 64)
	if maxYears > 0 {
		s += "–" + strconv.FormatFloat(maxYears, 'f', -1, 64)
	}
	if openEnded {
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
