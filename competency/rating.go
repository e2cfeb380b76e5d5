package competency

import (
	"errors"
	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Source says where a rating came from. The zero value means unknown.
type Source string

// Sources of ratings.
const (
	// Self is a self-assessment.
	Self Source = "self"
	// Manager is the person's manager's assessment.
	Manager Source = "manager"
	// Peer is a peer's assessment.
	Peer Source = "peer"
	// Assessment is a formal test or structured interview.
	Assessment Source = "assessment"
	// Import is data brought in from another system.
	Import Source = "import"
)

var sources = enum.New("competency", "source", true, Self, Manager, Peer, Assessment, Import)

// Sources returns every source, in a new slice: self, manager, peer,
// assessment, import.
func Sources() []Source { return sources.Values() }

// IsValid reports whether s is empty or one of the known sources.
func (s Source) IsValid() bool { return sources.Has(s) }

// String returns the source's JSON value ("" when unknown).
func (s Source) String() string { return string(s) }

// MarshalText returns the source as it is ("" stays "").
func (s Source) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText accepts self, manager, peer, assessment, import or ""
// (unknown); anything else is an error that lists them.
func (s *Source) UnmarshalText(text []byte) error { return sources.Unmarshal(s, text) }

// trust ranks sources for breaking ties between ratings of the same date:
// a formal assessment over a manager's, a manager's over a peer's, a peer's
// over an import, an import over a self-assessment, and any of them over an
// unknown source.
func (s Source) trust() int {
	switch s {
	case Assessment:
		return 5
	case Manager:
		return 4
	case Peer:
		return 3
	case Import:
		return 2
	case Self:
		return 1
	}
	return 0
}

// Rating says that a person holds a competency at a level.
type Rating struct {
	// Competency names the competency by ID, alias or name.
	Competency string `json:"competency" validate:"required,max=200"`
	// Level is the level held, on the competency's scale.
	Level int `json:"level" validate:"gte=0,lte=1000"`
	// Source says who gave the rating.
	Source Source `json:"source,omitempty"`
	// AssessedAt is the date of the rating, written YYYY-MM-DD; a rating
	// without one is undated, older than every dated one.
	AssessedAt civil.Date `json:"assessedAt,omitzero"`
	// ExpiresAt is the last date on which the rating counts, written
	// YYYY-MM-DD, as for a certification that lapses; the zero date means it
	// never expires. An analysis with Options.AsOf after it ignores the
	// rating; one without AsOf counts it.
	ExpiresAt civil.Date `json:"expiresAt,omitzero"`
	// Evidence points at what supports the rating: a link, a document ID, a note.
	Evidence string `json:"evidence,omitempty" validate:"max=2000"`
}

// Profile is the ratings of one subject.
type Profile struct {
	// Subject is an opaque ID of the person (never a name or an email).
	Subject SubjectID `json:"subject" validate:"required,slug"`
	// Ratings are the subject's ratings; a competency may be rated more than
	// once, and Resolve picks one.
	Ratings []Rating `json:"ratings" validate:"max=100000,dive"`
}

// Validate checks the profile on its own: its tag rules, and that no rating
// expires before it was assessed (ValidateProfile on an Index also checks
// its references).
func (p Profile) Validate() error {
	var errs problem.Errors
	errs.Append(p.problems()...)
	return errs.Err("competency: invalid Profile")
}

// Policy chooses one rating when a competency is rated more than once.
type Policy string

// Resolution policies.
const (
	// Latest keeps the most recent rating (undated ratings are the oldest);
	// ratings of the same date are ranked by source (assessment, manager,
	// peer, import, self, unknown), then by the higher level. It is the
	// default.
	Latest Policy = "latest"
	// Highest keeps the highest level.
	Highest Policy = "highest"
	// Lowest keeps the lowest level.
	Lowest Policy = "lowest"
)

var policies = enum.New("competency", "policy", true, Latest, Highest, Lowest)

// Policies returns every policy, in a new slice: latest, highest, lowest.
func Policies() []Policy { return policies.Values() }

// IsValid reports whether p is "" (Latest), latest, highest or lowest.
func (p Policy) IsValid() bool { return policies.Has(p) }

// String returns the policy's name, with "" reported as "latest".
func (p Policy) String() string {
	if p == "" {
		return string(Latest)
	}
	return string(p)
}

// MarshalText returns the policy as it is ("" stays "").
func (p Policy) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText accepts latest, highest, lowest or "" (latest); anything
// else is an error that lists them.
func (p *Policy) UnmarshalText(text []byte) error { return policies.Unmarshal(p, text) }

// better reports whether rating a wins over b under policy p. The order is
// total on (date, source, level), so the result never depends on the order
// of the ratings.
func (p Policy) better(a, b held) bool {
	switch p {
	case Highest:
		return a.level > b.level
	case Lowest:
		return a.level < b.level
	}
	if c := a.assessedAt.Compare(b.assessedAt); c != 0 {
		return c > 0
	}
	if a.trust != b.trust {
		return a.trust > b.trust
	}
	return a.level > b.level
}

// ValidateProfile checks p on its own and against the index: every rating
// names a competency of the catalog (by ID, alias or name) at a level its
// scale has.
func (ix *Index) ValidateProfile(p Profile) error {
	var errs problem.Errors
	errs.Append(p.problems()...)
	ix.resolve(p, Latest, civil.Date{}, &errs)
	return errs.Err("competency: invalid Profile")
}

// held is the resolved rating of one competency.
type held struct {
	assessedAt civil.Date
	via        Via // ViaDirect, ViaName or ViaAlias
	level      int
	trust      int8
	ok         bool
}

// resolve applies the policy to the ratings and returns the resolved level
// per interned competency, recording references that do not resolve.
func (ix *Index) resolve(p Profile, pol Policy, asOf civil.Date, errs *problem.Errors) []held {
	return ix.resolveInto(p, pol, asOf, errs, nil, nil)
}

// resolveInto is resolve writing into out, which must have every entry's ok
// false (a nil out is allocated). When touched is not nil, it gets each
// competency that receives a rating, once. A rating that expired before
// asOf (when asOf is not the zero date) is checked but not counted.
func (ix *Index) resolveInto(p Profile, pol Policy, asOf civil.Date, errs *problem.Errors, out []held, touched *[]int32) []held {
	if out == nil {
		out = make([]held, len(ix.comps))
	}
	for i, r := range p.Ratings {
		ci, via, ok := ix.lookup(r.Competency)
		if !ok {
			errs.AddErr(problem.ErrUnknownCompetency, problem.Path("ratings", i, "competency"), "exists", "%q is not an ID, name or alias of a competency of the catalog", r.Competency)
			continue
		}
		if !ix.levelOK(ci, r.Level) {
			ix.levelProblem(ci, r.Level, problem.Path("ratings", i, "level"), errs)
			continue
		}
		if r.expired(asOf) {
			continue
		}
		h := &out[ci]
		if !h.ok && touched != nil {
			*touched = append(*touched, ci)
		}
		cand := held{assessedAt: r.AssessedAt, via: via, level: r.Level, trust: int8(r.Source.trust()), ok: true}
		tie := h.ok && !pol.better(cand, *h) && !pol.better(*h, cand)
		if !h.ok || pol.better(cand, *h) || (tie && viaRank(via) > viaRank(h.via)) {
			*h = cand
		}
	}
	return out
}

// viaRank breaks ties between equally good ratings: an ID beats an alias, an
// alias beats a name.
func viaRank(v Via) int {
	switch v {
	case ViaDirect:
		return 3
	case ViaAlias:
		return 2
	case ViaName:
		return 1
	}
	return 0
}

// surelyValid reports whether p certainly passes its tag rules, checked by
// hand and no more leniently than the tags (byte lengths bound rune counts).
// When it is false, the validator decides and explains; the tags stay the
// one source of truth.
func (p Profile) surelyValid() bool {
	if !validate.IsSlug(string(p.Subject)) || len(p.Ratings) > 100000 {
		return false
	}
	for _, r := range p.Ratings {
		if r.Competency == "" || len(r.Competency) > 200 || r.Level < 0 || r.Level > 1000 ||
			!r.Source.IsValid() || len(r.Evidence) > 2000 ||
			(!r.ExpiresAt.IsZero() && r.ExpiresAt.Compare(r.AssessedAt) < 0) {
			return false
		}
	}
	return true
}

// tagErrors returns the tag problems of p, skipping the validator when p is
// surely valid.
func (p Profile) tagErrors() []problem.FieldError {
	if p.surelyValid() {
		return nil
	}
	return p.problems()
}

// problems returns the problems of p on its own: its tag rules, and an
// expiry date before the date of assessment.
func (p Profile) problems() []problem.FieldError {
	var errs problem.Errors
	errs.Append(enum.Struct(p)...)
	for i, r := range p.Ratings {
		if !r.AssessedAt.IsZero() && !r.ExpiresAt.IsZero() && r.ExpiresAt.Compare(r.AssessedAt) < 0 {
			errs.Add(problem.Path("ratings", i, "expiresAt"), "order", "the rating expires on %s, before it was assessed on %s", r.ExpiresAt, r.AssessedAt)
		}
	}
	var ve *problem.ValidationError
	if errors.As(errs.Err(""), &ve) {
		return ve.Errors
	}
	return nil
}

// Expired reports whether the rating has expired on date asOf: it has an
// expiry date and asOf, not the zero date, is after it. The library never
// reads the clock: the zero asOf means expiry is not checked.
func (r Rating) Expired(asOf civil.Date) bool { return r.expired(asOf) }

func (r Rating) expired(asOf civil.Date) bool {
	return !asOf.IsZero() && !r.ExpiresAt.IsZero() && asOf.Compare(r.ExpiresAt) > 0
}
