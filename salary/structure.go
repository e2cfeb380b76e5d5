package salary

import (
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// StructureID identifies a pay structure: a slug such as "us-2026".
type StructureID string

// GradeID identifies a grade in its pay structure: a slug such as "g6".
type GradeID string

// ZoneID identifies a geographic zone in its pay structure: a slug such as
// "tier-2".
type ZoneID string

// Structure is a pay structure: an ordered list of grades, each with a band,
// in one currency for one period, and the geographic zones whose factors
// adjust those bands. Grades are listed from lowest to highest; their
// midpoints strictly increase. The zero value is invalid.
type Structure struct {
	// ID identifies the structure, such as "us-2026".
	ID StructureID `json:"id" yaml:"id" validate:"required,slug"`
	// Name is the structure's display name.
	Name string `json:"name" yaml:"name" validate:"required,max=200"`
	// Currency is the currency of every grade's band.
	Currency Currency `json:"currency" yaml:"currency" validate:"required"`
	// Period is the period of every grade's band.
	Period Period `json:"period" yaml:"period" validate:"required"`
	// Grades lists the grades from lowest to highest.
	Grades []Grade `json:"grades" yaml:"grades" validate:"required,min=1,max=1000,dive"`
	// Zones lists the geographic zones; none means one national band per grade.
	Zones []Zone `json:"zones,omitempty" yaml:"zones,omitempty" validate:"max=1000,dive"`
}

// Grade is one level of a pay structure and its band.
type Grade struct {
	// ID identifies the grade in its structure, such as "g6"; ladder levels
	// refer to it.
	ID GradeID `json:"id" yaml:"id" validate:"required,slug"`
	// Name is the grade's display name, such as "Grade 6".
	Name string `json:"name,omitempty" yaml:"name,omitempty" validate:"max=200"`
	// Band is the grade's pay band, in the structure's currency and period.
	Band Band `json:"band" yaml:"band"`
}

// Zone is a geographic zone of a pay structure: its bands are the grades'
// bands multiplied by Factor.
type Zone struct {
	// ID identifies the zone in its structure, such as "tier-2".
	ID ZoneID `json:"id" yaml:"id" validate:"required,slug"`
	// Name is the zone's display name, such as "Tier 2 metros".
	Name string `json:"name,omitempty" yaml:"name,omitempty" validate:"max=200"`
	// Factor multiplies every amount of a band in the zone, such as 0.9; it
	// must be greater than 0 (an exact decimal, so always finite).
	Factor Factor `json:"factor" yaml:"factor"`
}

// Validate checks every rule at once: the tags (slug IDs, names, at least
// one grade), valid currency and period, unique grade IDs and unique zone
// IDs, every grade's band valid and in the structure's currency and period
// (else a problem matching ErrCurrencyMismatch), strictly increasing
// midpoints from one grade to the next, and zone factors greater than 0.
func (s Structure) Validate() error {
	var errs problem.Errors
	errs.Append(validate.Struct(s)...)
	checkCurrency(s.Currency, "currency", &errs)
	checkPeriod(s.Period, "period", &errs)
	seen := map[GradeID]int{}
	for i, g := range s.Grades {
		path := problem.Path("grades", i)
		if prev, dup := seen[g.ID]; dup && g.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "grade %q is already grades[%d]", g.ID, prev)
		} else {
			seen[g.ID] = i
		}
		bp := problem.Path(path, "band")
		g.Band.check(bp, &errs)
		if g.Band.Currency != s.Currency && s.Currency.IsValid() && g.Band.Currency.IsValid() {
			errs.AddErr(problem.ErrCurrencyMismatch, problem.Path(bp, "currency"), "currency", "%s differs from the structure's currency %s", g.Band.Currency, s.Currency)
		}
		if g.Band.Period != s.Period && s.Period.IsValid() && g.Band.Period.IsValid() {
			errs.AddErr(problem.ErrCurrencyMismatch, problem.Path(bp, "period"), "period", "%s differs from the structure's period %s", g.Band.Period, s.Period)
		}
		if i > 0 {
			prev := s.Grades[i-1]
			if prev.Band.Currency == g.Band.Currency && prev.Band.Period == g.Band.Period && prev.Band.Midpoint().Compare(g.Band.Midpoint()) >= 0 {
				errs.Add(problem.Path(bp, "mid"), "increasing", "midpoint %s is not greater than the midpoint %s of grades[%d] (%s): list grades from lowest to highest", g.Band.Midpoint(), prev.Band.Midpoint(), i-1, prev.ID)
			}
		}
	}
	zones := map[ZoneID]int{}
	for i, z := range s.Zones {
		path := problem.Path("zones", i)
		if prev, dup := zones[z.ID]; dup && z.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "zone %q is already zones[%d]", z.ID, prev)
		} else {
			zones[z.ID] = i
		}
		if z.Factor.Sign() <= 0 {
			errs.Add(problem.Path(path, "factor"), "gt", "must be greater than 0, not %s", z.Factor)
		}
	}
	return errs.Err("salary: invalid Structure")
}

// Grade returns a copy of the grade with the given ID.
func (s Structure) Grade(id GradeID) (Grade, bool) {
	for _, g := range s.Grades {
		if g.ID == id {
			return g.Clone(), true
		}
	}
	return Grade{}, false
}

// Clone returns a copy of g whose band has its own Mid.
func (g Grade) Clone() Grade {
	g.Band = g.Band.Clone()
	return g
}

// Zone returns the zone with the given ID.
func (s Structure) Zone(id ZoneID) (Zone, bool) {
	for _, z := range s.Zones {
		if z.ID == id {
			return z, true
		}
	}
	return Zone{}, false
}

// grade returns the grade or an error matching ErrUnknownReference.
func (s Structure) grade(op string, id GradeID) (Grade, error) {
	g, ok := s.Grade(id)
	if !ok {
		return Grade{}, fmt.Errorf("salary: %s %s: structure %q has no grade %s: %w", op, quoteShort(string(id)), s.ID, quoteShort(string(id)), problem.ErrUnknownReference)
	}
	return g, nil
}

// MidpointProgression returns the midpoint progression from grade lower to
// grade higher, (mid_higher − mid_lower) / mid_lower; see the package
// function MidpointProgression. Unknown grade IDs are errors matching
// ErrUnknownReference.
func (s Structure) MidpointProgression(lower, higher GradeID) (float64, error) {
	lo, err := s.grade("midpoint progression of grade", lower)
	if err != nil {
		return 0, err
	}
	hi, err := s.grade("midpoint progression of grade", higher)
	if err != nil {
		return 0, err
	}
	return MidpointProgression(lo.Band, hi.Band)
}

// Overlap returns the overlap of grade lower's band with grade higher's,
// relative to the lower band's width; see the package function Overlap for
// the formula. Unknown grade IDs are errors matching ErrUnknownReference.
func (s Structure) Overlap(lower, higher GradeID) (float64, error) {
	lo, err := s.grade("overlap of grade", lower)
	if err != nil {
		return 0, err
	}
	hi, err := s.grade("overlap of grade", higher)
	if err != nil {
		return 0, err
	}
	return Overlap(lo.Band, hi.Band)
}

// Band returns the band of a grade in a zone: the grade's band with every
// amount multiplied by the zone's factor, exactly, then rounded half-even
// to the currency's minor unit (Band.Scale); an unset Mid stays unset. An
// empty zone ID returns the grade's band unadjusted. Unknown grade or zone
// IDs are errors matching ErrUnknownReference. Band checks the grade's band
// and the zone's factor, not the whole structure; call Validate for that.
func (s Structure) Band(grade GradeID, zone ZoneID) (Band, error) {
	g, err := s.grade("band of grade", grade)
	if err != nil {
		return Band{}, err
	}
	if zone == "" {
		if err := g.Band.Validate(); err != nil {
			return Band{}, err
		}
		return g.Band.Clone(), nil
	}
	z, ok := s.Zone(zone)
	if !ok {
		return Band{}, fmt.Errorf("salary: band of grade %s in zone %s: structure %q has no zone %s: %w", quoteShort(string(grade)), quoteShort(string(zone)), s.ID, quoteShort(string(zone)), problem.ErrUnknownReference)
	}
	return g.Band.Scale(z.Factor)
}

// Clone returns a deep copy of s.
func (s Structure) Clone() Structure {
	s.Grades = slices.Clone(s.Grades)
	for i, g := range s.Grades {
		s.Grades[i] = g.Clone()
	}
	s.Zones = slices.Clone(s.Zones)
	return s
}
