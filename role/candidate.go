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

// Years is experience in one area.
type Years struct {
	// Area is the kind of experience, as in Experience.Area.
	Area string `json:"area" validate:"required,slug"`
	// Years is how long, in years (1.5 is eighteen months).
	Years float64 `json:"years" validate:"finite,gte=0,lte=80"`
}

// Validate reports every problem of the candidate on its own: the profile's
// tag rules, experience areas listed twice, and an expected pay that does
// not validate.
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
	if c.ExpectedPay != nil {
		errs.Merge("expectedPay", c.ExpectedPay.Validate())
	}
	return errs.Err("role: invalid Candidate")
}

// years returns the candidate's years in area, 0 when not listed.
func (c Candidate) years(area string) float64 {
	for _, y := range c.Experience {
		if y.Area == area {
			return y.Years
		}
	}
	return 0
}
