package role

import (
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// Candidate is a person considered for a role: their competency profile, their
// experience, their credentials and the pay they expect.
type Candidate struct {
	// Profile holds the candidate's subject ID and competency ratings.
	Profile competency.Profile `json:"profile"`
	// Experience lists years of experience per area; each area at most once.
	Experience []Years `json:"experience,omitempty" validate:"max=100,dive"`
	// Education lists the credentials held.
	Education []Credential `json:"education,omitempty" validate:"max=50,dive"`
	// ExpectedPay is the pay the candidate asks for; nil when unknown.
	ExpectedPay *salary.Pay `json:"expectedPay,omitempty" validate:"-"`
}

// Years is experience in one area. Listing an area declares experience in
// it, even with 0 years: that is what meets a requirement without years.
type Years struct {
	// Area is the kind of experience, as in Experience.Area.
	Area string `json:"area" validate:"required,slug"`
	// Years is how long, in years (1.5 is eighteen months).
	Years float64 `json:"years" validate:"finite,gte=0,lte=80"`
	// Evidence points at what shows the experience: a link, a project, a
	// note.
	Evidence string `json:"evidence,omitempty" validate:"max=2000"`
}

// Validate reports every problem of the candidate on its own: the profile's
// tag rules, experience areas listed twice, credentials that break the
// rules of Credential.Validate, and an expected pay that does not validate.
func (c Candidate) Validate() error {
	var errs problem.Errors
	errs.Append(enum.Struct(c)...)
	seen := map[string]int{}
	for i, y := range c.Experience {
		if prev, dup := seen[y.Area]; dup {
			errs.AddErr(problem.ErrDuplicate, problem.Path("experience", i, "area"), "unique", "area %q is already listed at experience[%d]", y.Area, prev)
		} else {
			seen[y.Area] = i
		}
	}
	for i, cr := range c.Education {
		cr.check(problem.Path("education", i), &errs)
	}
	if c.ExpectedPay != nil {
		errs.Merge("expectedPay", c.ExpectedPay.Validate())
	}
	return errs.Err("role: invalid Candidate")
}

// best returns the candidate's most years in one of areas, the first such
// area, and whether any of areas is listed at all. Years in different areas
// are never added: they may be the same years.
func (c Candidate) best(areas []string) (area string, years float64, declared bool) {
	for _, a := range areas {
		for _, y := range c.Experience {
			if y.Area == a && (!declared || y.Years > years) {
				area, years, declared = a, y.Years, true
			}
		}
	}
	if !declared && len(areas) > 0 {
		area = areas[0]
	}
	return area, years, declared
}
