package role

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/careerkit/careerkit/civil"
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
	// AsOf is the date of the fit: held credentials that expired before it
	// do not count, and when Competency.AsOf is the zero date it is used
	// there too, so that expired competency ratings do not count either.
	// The zero date, the default, ignores expiry; the library never reads
	// the clock.
	AsOf civil.Date
}

// withAsOf returns the options with AsOf passed on to Competency.AsOf when
// that is the zero date.
func (o FitOptions) withAsOf() FitOptions {
	if o.Competency.AsOf.IsZero() {
		o.Competency.AsOf = o.AsOf
	}
	return o
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
	// Area is the accepted area the years were counted in: the one the
	// candidate has most years in, or the first accepted area when the
	// candidate lists none.
	Area string `json:"area"`
	// Years is the candidate's years in Area.
	Years float64 `json:"years"`
	// Declared is true when the candidate lists one of the accepted areas,
	// even with 0 years.
	Declared bool `json:"declared"`
	// Shortfall is how many years short of the minimum, or 0.
	Shortfall float64 `json:"shortfall"`
	// Met is true when Years reaches the minimum (for a requirement
	// without years: when Declared) and every nested part is met.
	Met bool `json:"met"`
	// OverRange is true when the range is hard and Years exceeds its
	// maximum.
	OverRange bool `json:"overRange"`
	// Soft is true when the requirement is not met only because years fall
	// below a typical range (its own or a part's): that lowers the score
	// but blocks nothing.
	Soft bool `json:"soft"`
	// Credit is the credit of the requirement's own range (see Fit).
	Credit float64 `json:"credit"`
	// Parts has one entry per nested part, in order.
	Parts []PartGap `json:"parts,omitempty"`
}

// PartGap is the outcome of one nested part of an experience requirement;
// its fields mean what ExperienceGap's do.
type PartGap struct {
	// Requirement is the part, as given.
	Requirement ExperiencePart `json:"requirement"`
	// Area is the accepted area the years were counted in.
	Area string `json:"area"`
	// Years is the candidate's years in Area.
	Years float64 `json:"years"`
	// Declared is true when the candidate lists one of the accepted areas.
	Declared bool `json:"declared"`
	// Shortfall is how many years short of the minimum, or 0.
	Shortfall float64 `json:"shortfall"`
	// Met is true when Years reaches the minimum (without years: Declared).
	Met bool `json:"met"`
	// OverRange is true when the range is hard and Years exceeds its
	// maximum.
	OverRange bool `json:"overRange"`
	// Soft is true when the part is not met only because years fall below
	// a typical range.
	Soft bool `json:"soft"`
	// Credit is the part's credit (see Fit).
	Credit float64 `json:"credit"`
}

// EducationFit is the education verdict.
type EducationFit struct {
	// MeetsMinimum is true when a held credential satisfies the minimum or
	// one of its alternatives, or the role asks for none.
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
	// Expired lists the indexes of the held credentials that expired before
	// FitOptions.AsOf and were not counted.
	Expired []int `json:"expired,omitempty"`
	// Credit is 1 when Met; otherwise the best, over the credentials held
	// and accepted, of the held level's rank over the accepted one's,
	// halved outside the fields, subjects or name asked for (see Fit).
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
// Experience: a candidate's years against a requirement are those of the
// accepted area (Area or Areas) they have most years in; years in several
// areas are not added, since periods may overlap. With y those years and a
// the requirement's MinYears, b its MaxYears:
//
//   - without years (a = b = 0): met, with credit 1, when the candidate
//     lists an accepted area (even with 0 years); otherwise not met, credit 0;
//   - minimum: met when y ≥ a; credit min(y/a, 1); b is never a limit;
//   - hard: as minimum, and y > b is flagged as over range (credit stays 1);
//   - typical: met when y ≥ a, and y > b is not flagged; below a the
//     requirement is not met but Soft — it does not block — and its credit
//     is the softer √(y/a) instead of y/a (6 years for a typical 7–10 is
//     √(6/7) ≈ 0.926 rather than 0.857).
//
// A requirement with nested parts (Including) is met only when its own
// range and every part is met; each part is counted against the candidate's
// own years in its areas, not added to the requirement's. ExperienceScore is
// the weighted mean of the credits of the requirements and their parts:
// a required requirement weighs 1, a preferred one 0.5, and each part
// weighs as its requirement. A required requirement not met blocks
// readiness unless it is Soft; each shortfall (own or a part's) is a
// blocking reason.
//
// Education: the minimum is met by a held credential that satisfies
// (FieldMatcher.Satisfies) Minimum or one of Alternatives, fields compared
// through opts.Fields with the role's FieldAliases added; a credential
// expired on opts.AsOf is not counted. When the role accepts equivalent
// experience, meeting every required experience requirement (each Met; a
// Soft shortfall is not met) substitutes for the credential; Validate refuses
// equivalentExperience on a role without a required experience
// requirement, so a candidate with nothing never meets a minimum through
// it. The partial credit when the minimum is not met is the best, over held
// and accepted credentials, of the held level's rank over the accepted
// one's (at most 1; 1 when the accepted rank is 0), halved when the held
// credential raised to the accepted level would still not satisfy it
// (wrong fields, subjects or name); a certification earns no partial
// credit. Pay is reported but blocks readiness only with opts.PayBlocks.
// opts.AsOf is passed on to opts.Competency.AsOf when that is the zero date.
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
	opts = opts.withAsOf()

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
	requiredExperienceMet, _ := experienceVerdict(rep.Experience)
	for _, g := range rep.Experience {
		rep.Blocking = append(rep.Blocking, experienceReasons(g)...)
	}

	rep.Education = educationFit(r.Education, c.Education, requiredExperienceMet, opts.Fields.With(r.Education.FieldAliases...), opts.AsOf)
	if !rep.Education.Met {
		var want []string
		for _, a := range r.Education.Accepted() {
			want = append(want, a.String())
		}
		msg := want[0] + " is needed"
		if len(want) > 1 {
			msg = "one of these is needed: " + strings.Join(want, "; ")
		}
		rep.Blocking = append(rep.Blocking, Reason{Kind: ReasonEducation, Message: msg})
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

// outcome is a candidate's standing against one span.
type outcome struct {
	area                      string
	years, shortfall, credit  float64
	declared, met, over, soft bool
}

// measure counts a candidate's years against a span, as Fit documents.
func measure(s span, c Candidate) outcome {
	var o outcome
	o.area, o.years, o.declared = c.best(s.areas)
	y := o.years
	switch {
	case s.min == 0 && s.max == 0:
		o.met = o.declared
		if o.met {
			o.credit = 1
		}
		return o
	case y >= s.min:
		o.met, o.credit = true, 1
	case s.kind == Typical:
		o.soft, o.credit = true, math.Sqrt(y/s.min)
	default:
		o.credit = y / s.min
	}
	o.shortfall = max(s.min-y, 0)
	o.over = s.kind == Hard && s.max > 0 && y > s.max
	return o
}

func experienceFit(reqs []Experience, c Candidate) ([]ExperienceGap, float64) {
	gaps := make([]ExperienceGap, len(reqs))
	var sumW, sumWC float64
	for i, e := range reqs {
		o := measure(e.span(), c)
		g := ExperienceGap{Requirement: e, Area: o.area, Years: o.years, Declared: o.declared,
			Shortfall: o.shortfall, Met: o.met, OverRange: o.over, Soft: o.soft, Credit: o.credit}
		wt := 1.0
		if e.Preferred {
			wt = 0.5
		}
		sumW += wt
		sumWC += wt * g.Credit
		hard := !o.met && !o.soft
		for _, p := range e.Including {
			po := measure(p.span(), c)
			g.Parts = append(g.Parts, PartGap{Requirement: p, Area: po.area, Years: po.years, Declared: po.declared,
				Shortfall: po.shortfall, Met: po.met, OverRange: po.over, Soft: po.soft, Credit: po.credit})
			g.Met = g.Met && po.met
			hard = hard || (!po.met && !po.soft)
			sumW += wt
			sumWC += wt * po.credit
		}
		g.Soft = !g.Met && !hard
		gaps[i] = g
	}
	if sumW == 0 {
		return gaps, 1
	}
	return gaps, sumWC / sumW
}

// experienceVerdict reports whether every required requirement is met, and
// whether one blocks readiness (not met and not Soft).
func experienceVerdict(gaps []ExperienceGap) (met, blocks bool) {
	met = true
	for _, g := range gaps {
		if g.Requirement.Preferred {
			continue
		}
		met = met && g.Met
		blocks = blocks || (!g.Met && !g.Soft)
	}
	return met, blocks
}

// experienceReasons returns the blocking reasons of a required
// requirement: one per shortfall that is not soft, its own and its parts'.
func experienceReasons(g ExperienceGap) []Reason {
	if g.Requirement.Preferred || g.Met || g.Soft {
		return nil
	}
	var out []Reason
	if g.Shortfall > 0 || (g.Requirement.NoYears() && !g.Declared) {
		out = append(out, Reason{ReasonExperience, g.Area, shortfallText(g.Requirement.NoYears(), g.Requirement.MinYears, g.Requirement.AcceptedAreas(), g.Years, "")})
	}
	for _, p := range g.Parts {
		if p.Met || p.Soft {
			continue
		}
		out = append(out, Reason{ReasonExperience, p.Area, shortfallText(p.Requirement.NoYears(), p.Requirement.MinYears, p.Requirement.AcceptedAreas(), p.Years,
			" within the "+orList(g.Requirement.AcceptedAreas(), "or")+" experience")})
	}
	return out
}

func shortfallText(noYears bool, minYears float64, areas []string, years float64, within string) string {
	if noYears {
		return fmt.Sprintf("experience in %s%s needed, none declared", orList(areas, "or"), within)
	}
	unit := "years"
	if minYears == 1 {
		unit = "year"
	}
	return fmt.Sprintf("%g %s of %s%s needed, %g held", minYears, unit, orList(areas, "or"), within, years)
}

// educationFit is the education verdict, fields compared by m (the role's
// field aliases already added) and credentials expired on asOf left out.
func educationFit(ed Education, held []Credential, experienceMet bool, m FieldMatcher, asOf civil.Date) EducationFit {
	var f EducationFit
	// Everyone holds "none": a minimum of no degree is met without credentials.
	counted := []Credential{{Level: NoDegree}}
	for i, h := range held {
		if h.Expired(asOf) {
			f.Expired = append(f.Expired, i)
			continue
		}
		counted = append(counted, h)
	}
	accepted := ed.Accepted()
	f.MeetsMinimum = len(accepted) == 0
	for _, a := range accepted {
		for _, h := range counted {
			f.MeetsMinimum = f.MeetsMinimum || m.Satisfies(h, a, ed.Fields)
		}
	}
	for i, p := range ed.Preferred {
		for _, h := range counted {
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
	for _, a := range accepted {
		for _, h := range counted {
			f.Credit = max(f.Credit, partialCredit(m, h, a, ed.Fields))
		}
	}
	return f
}

// partialCredit is the credit of a held credential toward an accepted one
// it does not satisfy: the held level's rank over the accepted one's (at
// most 1), halved when the held credential, raised to the accepted level,
// is outside the fields, subjects or name asked for. It never falls as a
// degree rises. A certification, held or accepted, earns none.
func partialCredit(m FieldMatcher, h, want Credential, extra []string) float64 {
	if h.EffectiveKind() == Certification || want.EffectiveKind() == Certification {
		return 0
	}
	c := 1.0
	if r := want.EffectiveLevel().Rank(); r > 0 {
		c = min(float64(max(h.EffectiveLevel().Rank(), 0))/float64(r), 1)
	}
	lifted := h
	lifted.Level = want.EffectiveLevel()
	if want.EffectiveKind() == School {
		lifted.Kind = School
	}
	if !m.Satisfies(lifted, want, extra) {
		c /= 2
	}
	return c
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
