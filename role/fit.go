package role

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// Weights are the shares of the parts of a fit score. They need not sum to 1:
// the score is the weighted mean of the parts.
type Weights struct {
	// Competency weighs the competency score (Report.Score).
	Competency float64 `json:"competency"`
	// Experience weighs the experience score.
	Experience float64 `json:"experience"`
	// Education weighs the education score.
	Education float64 `json:"education"`
}

// DefaultWeights returns the default shares: competencies 0.6, experience
// 0.25, education 0.15. Pay never counts in the score.
func DefaultWeights() Weights { return Weights{Competency: 0.6, Experience: 0.25, Education: 0.15} }

// FitOptions tune Fit. The zero value uses the defaults.
type FitOptions struct {
	// Competency tunes the competency analysis.
	Competency competency.Options
	// Weights are the shares of the score's parts; the zero value means
	// DefaultWeights.
	Weights Weights
	// Fields matches fields of study; the zero value compares names only,
	// ignoring case and spacing.
	Fields FieldMatcher
	// PayBlocks makes expected pay above the band a blocking reason.
	PayBlocks bool
}

// ReasonKind says which part of a fit a blocking reason comes from.
type ReasonKind string

// Kinds of blocking reason.
const (
	// ReasonCompetency is a required competency not met.
	ReasonCompetency ReasonKind = "competency"
	// ReasonExperience is required experience not met.
	ReasonExperience ReasonKind = "experience"
	// ReasonEducation is the minimum credential not met.
	ReasonEducation ReasonKind = "education"
	// ReasonPay is expected pay above the band (only with FitOptions.PayBlocks).
	ReasonPay ReasonKind = "pay"
)

var reasonKinds = enum.New("role", "reason kind", false, ReasonCompetency, ReasonExperience, ReasonEducation, ReasonPay)

// ReasonKinds returns every kind of reason, in a new slice: competency,
// experience, education, pay.
func ReasonKinds() []ReasonKind { return reasonKinds.Values() }

// IsValid reports whether k is competency, experience, education or pay.
func (k ReasonKind) IsValid() bool { return reasonKinds.Has(k) }

// String returns the kind's JSON value.
func (k ReasonKind) String() string { return string(k) }

// MarshalText returns the kind's JSON value, as it is.
func (k ReasonKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts exactly competency, experience, education or pay;
// anything else is an error that lists them.
func (k *ReasonKind) UnmarshalText(text []byte) error { return reasonKinds.Unmarshal(k, text) }

// Reason is one thing that keeps a candidate from being ready.
type Reason struct {
	// Kind is the part of the fit it comes from.
	Kind ReasonKind `json:"kind"`
	// Subject is the competency ID or experience area concerned; empty for
	// education and pay.
	Subject string `json:"subject,omitempty"`
	// Message says what is missing, in words.
	Message string `json:"message"`
}

// ExperienceGap is the outcome of one experience requirement.
type ExperienceGap struct {
	// Requirement is the requirement, as given.
	Requirement Experience `json:"requirement"`
	// Years is the candidate's years in the area.
	Years float64 `json:"years"`
	// Shortfall is how many years short of the minimum, or 0.
	Shortfall float64 `json:"shortfall"`
	// Met is true when Years reaches the minimum.
	Met bool `json:"met"`
	// OverRange is true when the range is closed and Years exceeds its maximum.
	OverRange bool `json:"overRange"`
	// Credit is min(Years/MinYears, 1), and 1 when there is no minimum.
	Credit float64 `json:"credit"`
}

// EducationFit is the education verdict.
type EducationFit struct {
	// MeetsMinimum is true when a held credential satisfies the minimum, or
	// the role asks for none.
	MeetsMinimum bool `json:"meetsMinimum"`
	// MeetsPreferred lists the indexes of the role's preferred credentials
	// that a held credential satisfies.
	MeetsPreferred []int `json:"meetsPreferred,omitempty"`
	// SubstitutedByExperience is true when the minimum is not met but the
	// role accepts equivalent experience and every required experience
	// requirement is met.
	SubstitutedByExperience bool `json:"substitutedByExperience"`
	// Met is MeetsMinimum or SubstitutedByExperience.
	Met bool `json:"met"`
	// Credit is 1 when Met; otherwise the best, over the credentials held,
	// of the degree's rank over the minimum's, halved outside the fields
	// asked for.
	Credit float64 `json:"credit"`
}

// PayFit places the expected pay in the role's band.
type PayFit struct {
	// Compared is false when either side is missing or they differ in
	// currency or period; Note then says why.
	Compared bool `json:"compared"`
	// Position is below, within or above the band.
	Position salary.Position `json:"position,omitempty"`
	// CompaRatio is expected pay over the band's midpoint.
	CompaRatio float64 `json:"compaRatio,omitempty"`
	// Note explains a comparison that was not made.
	Note string `json:"note,omitempty"`
}

// FitReport is how well a candidate fits a role.
type FitReport struct {
	// Role is the role's ID.
	Role ID `json:"role"`
	// Subject is the candidate's subject ID.
	Subject competency.SubjectID `json:"subject"`
	// Competencies is the gap analysis of the candidate's profile against the
	// role's requirements.
	Competencies competency.Report `json:"competencies"`
	// Experience has one entry per experience requirement, in order.
	Experience []ExperienceGap `json:"experience"`
	// ExperienceScore is the weighted mean credit of the experience
	// requirements (required weigh 1, preferred 0.5); 1 when there are none.
	ExperienceScore float64 `json:"experienceScore"`
	// Education is the education verdict.
	Education EducationFit `json:"education"`
	// Pay places the expected pay in the band.
	Pay PayFit `json:"pay"`
	// Score is the weighted mean of the competency, experience and education
	// scores, in [0, 1].
	Score float64 `json:"score"`
	// Ready is true when nothing blocks: every required competency, every
	// required experience and the education minimum are met.
	Ready bool `json:"ready"`
	// Blocking lists what keeps the candidate from being ready.
	Blocking []Reason `json:"blocking,omitempty"`
}

// Fit compares a candidate with a role. The role is checked with
// ValidateWith(ix), the candidate with Validate and its profile with
// ix.ValidateProfile; any problem is returned
// as a *ValidationError and no report is made.
//
// Experience: a requirement is met when the candidate's years in its area
// reach MinYears; years above MaxYears are flagged as over range only when
// the range is closed (not open-ended). Education: the minimum is met by a
// held credential of at least its level in one of its fields or the role's
// relevant fields; when the role accepts equivalent experience, meeting every
// required experience requirement substitutes for it. Pay is reported but
// blocks readiness only with opts.PayBlocks.
//
// The score is the weighted mean of the parts by opts.Weights: each weight
// must be finite and not negative, and not all may be zero (the zero value
// means DefaultWeights); their size does not matter (1e308 or 5e-324 work as
// well as 1), and the score is always a number in [0, 1]. Fit returns
// ctx's error, and no report, when ctx is done before it ends.
func Fit(ctx context.Context, ix *competency.Index, r Role, c Candidate, opts FitOptions) (FitReport, error) {
	if ix == nil {
		return FitReport{}, fmt.Errorf("role: fit %q: nil competency index: %w", r.ID, problem.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return FitReport{}, err
	}
	var errs problem.Errors
	errs.Merge("role", r.ValidateWith(ix))
	errs.Merge("candidate", c.Validate())
	errs.Merge("candidate.profile", ix.ValidateProfile(c.Profile))
	if err := errs.Err(fmt.Sprintf("role: fit %q", r.ID)); err != nil {
		return FitReport{}, err
	}
	w, err := opts.weights(fmt.Sprintf("fit %q", r.ID))
	if err != nil {
		return FitReport{}, err
	}
	if err := opts.Competency.Check(); err != nil {
		return FitReport{}, fmt.Errorf("role: fit %q: %w", r.ID, err)
	}

	comp, err := ix.Analyze(ctx, c.Profile, r.Requirements, opts.Competency)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return FitReport{}, ctxErr
	}
	if err != nil {
		var merged problem.Errors
		merged.Merge("candidate.profile", err)
		return FitReport{}, merged.Err(fmt.Sprintf("role: fit %q", r.ID))
	}
	rep := FitReport{Role: r.ID, Subject: c.Profile.Subject, Competencies: comp}
	for _, id := range comp.Unmet {
		g := gapOf(comp, id)
		rep.Blocking = append(rep.Blocking, Reason{ReasonCompetency, string(id),
			fmt.Sprintf("competency %s at level %d needed, %d held", id, g.Requirement.Level, g.Have)})
	}

	rep.Experience, rep.ExperienceScore = experienceFit(r.Experience, c)
	requiredExperienceMet := true
	for _, g := range rep.Experience {
		if !g.Met && !g.Requirement.Preferred {
			requiredExperienceMet = false
			rep.Blocking = append(rep.Blocking, Reason{ReasonExperience, g.Requirement.Area,
				fmt.Sprintf("%g years of %s needed, %g held", g.Requirement.MinYears, g.Requirement.Area, g.Years)})
		}
	}

	rep.Education = educationFit(r.Education, c.Education, requiredExperienceMet, opts.Fields)
	if !rep.Education.Met {
		rep.Blocking = append(rep.Blocking, Reason{Kind: ReasonEducation,
			Message: fmt.Sprintf("a %s degree%s is needed", r.Education.Minimum.Level, inFields(r.Education.Minimum.Fields))})
	}

	rep.Pay = payFit(r.Pay, c.ExpectedPay)
	if opts.PayBlocks && rep.Pay.Compared && rep.Pay.Position == salary.Above {
		rep.Blocking = append(rep.Blocking, Reason{Kind: ReasonPay, Message: "expected pay is above the band"})
	}

	rep.Score = w.combine(comp.Score, rep.ExperienceScore, rep.Education.Credit)
	rep.Ready = len(rep.Blocking) == 0
	return rep, nil
}

// combine is the weighted mean of the three part scores, in [0, 1]. The
// weights (checked: finite, not negative, not all zero) are first scaled by
// the power of two that brings the largest into [0.5, 1), as
// competency.WeightedMean does: no sum overflows and no product of a tiny
// weight underflows, whatever their size, and since scaling by a power of
// two is exact, ordinary weights give the bits of an unscaled mean.
func (w Weights) combine(comp, exp, edu float64) float64 {
	shift := 0
	if top := max(w.Competency, w.Experience, w.Education); top > 0 && !math.IsInf(top, 0) {
		_, e := math.Frexp(top)
		shift = -e
	}
	c, x, d := math.Ldexp(w.Competency, shift), math.Ldexp(w.Experience, shift), math.Ldexp(w.Education, shift)
	total := c + x + d
	if !(total > 0) { // unchecked weights: never NaN
		return 0
	}
	s := (float64(c*comp) + float64(x*exp) + float64(d*edu)) / total
	if math.IsNaN(s) {
		return 0
	}
	return min(max(s, 0), 1)
}

// weights returns the weights to use, checked, for the operation op.
func (o FitOptions) weights(op string) (Weights, error) {
	w := o.Weights
	if w == (Weights{}) {
		w = DefaultWeights()
	}
	return w, w.check(op)
}

// check accepts weights that are finite and not negative, and not all zero.
// Any finite size is fine: combine scales them before summing.
func (w Weights) check(op string) error {
	for _, x := range []float64{w.Competency, w.Experience, w.Education} {
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			return fmt.Errorf("role: %s: the weights of competencies, experience and education (%v, %v, %v) must be numbers of 0 or more: %w", op, w.Competency, w.Experience, w.Education, problem.ErrInvalid)
		}
	}
	if w.Competency == 0 && w.Experience == 0 && w.Education == 0 {
		return fmt.Errorf("role: %s: the weights of competencies, experience and education are all 0: give at least one a weight above 0: %w", op, problem.ErrInvalid)
	}
	return nil
}

func gapOf(rep competency.Report, id competency.ID) competency.Gap {
	for _, g := range rep.Gaps {
		if g.Requirement.Competency == id {
			return g
		}
	}
	return competency.Gap{}
}

func inFields(fields []string) string {
	switch len(fields) {
	case 0:
		return ""
	case 1:
		return " in " + fields[0]
	}
	s := " in "
	for i, f := range fields {
		switch {
		case i == len(fields)-1:
			s += " or "
		case i > 0:
			s += ", "
		}
		s += f
	}
	return s
}

func experienceFit(reqs []Experience, c Candidate) ([]ExperienceGap, float64) {
	gaps := make([]ExperienceGap, len(reqs))
	var sumW, sumWC float64
	for i, e := range reqs {
		y := c.years(e.Area)
		g := ExperienceGap{Requirement: e, Years: y, Met: y >= e.MinYears, Credit: 1}
		g.Shortfall = max(e.MinYears-y, 0)
		g.OverRange = e.Closed() && y > e.MaxYears
		if e.MinYears > 0 {
			g.Credit = min(y/e.MinYears, 1)
		}
		gaps[i] = g
		wt := 1.0
		if e.Preferred {
			wt = 0.5
		}
		sumW += wt
		sumWC += wt * g.Credit
	}
	if sumW == 0 {
		return gaps, 1
	}
	return gaps, sumWC / sumW
}

func educationFit(ed Education, held []Credential, experienceMet bool, m FieldMatcher) EducationFit {
	var f EducationFit
	// Everyone holds "none": a minimum of no degree is met without credentials.
	held = append(slices.Clone(held), Credential{Level: NoDegree})
	if ed.Minimum == nil {
		f.MeetsMinimum = true
	} else {
		for _, h := range held {
			if m.Satisfies(h, *ed.Minimum, ed.Fields) {
				f.MeetsMinimum = true
			}
		}
	}
	for i, p := range ed.Preferred {
		for _, h := range held {
			if m.Satisfies(h, p, ed.Fields) {
				f.MeetsPreferred = append(f.MeetsPreferred, i)
				break
			}
		}
	}
	f.SubstitutedByExperience = !f.MeetsMinimum && ed.EquivalentExperience && experienceMet
	f.Met = f.MeetsMinimum || f.SubstitutedByExperience
	if f.Met {
		f.Credit = 1
		return f
	}
	// Partial credit, the best over the credentials held: the held level's
	// rank over the minimum's (at most 1), halved when the credential is
	// outside the fields asked for (or lacks the name asked for). It never
	// falls as a degree rises.
	want := *ed.Minimum
	for _, h := range held {
		c := 1.0
		if r := want.Level.Rank(); r > 0 {
			c = min(float64(h.Level.Rank())/float64(r), 1)
		}
		lifted := h
		lifted.Level = want.Level
		if !m.Satisfies(lifted, want, ed.Fields) {
			c /= 2
		}
		f.Credit = max(f.Credit, c)
	}
	return f
}

func payFit(band *salary.Band, pay *salary.Pay) PayFit {
	switch {
	case band == nil:
		return PayFit{Note: "the role publishes no pay band"}
	case pay == nil:
		return PayFit{Note: "the candidate states no expected pay"}
	}
	pos, err := band.Position(*pay)
	if err != nil {
		return PayFit{Note: err.Error()}
	}
	f := PayFit{Compared: true, Position: pos}
	if cr, err := band.CompaRatio(*pay); err == nil {
		f.CompaRatio = cr
	}
	return f
}
