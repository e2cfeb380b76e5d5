package role

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// Ranked is one candidate–role pair in a ranking, scored as Fit scores it.
type Ranked struct {
	// Role is the role's ID.
	Role ID `json:"role"`
	// Subject is the candidate's subject ID.
	Subject competency.SubjectID `json:"subject"`
	// Score is Fit's overall score, in [0, 1].
	Score float64 `json:"score"`
	// Ready is Fit's verdict.
	Ready bool `json:"ready"`
	// Competency, Experience and Education are the part scores.
	Competency float64 `json:"competency"`
	// Experience is the experience score.
	Experience float64 `json:"experience"`
	// Education is the education credit.
	Education float64 `json:"education"`
}

// RankCandidates ranks candidates for a role by the score Fit gives them,
// best first, ties by subject ID, and returns the best k (all when k is
// larger; none when k ≤ 0): NewPool and Pool.Rank in one call. Scores and
// verdicts equal Fit's exactly, with the same as-of date. The role and every
// candidate are validated first (each rating once, as the population is
// built); problems come back together. To rank the same candidates for
// several roles, build a Pool once. RankCandidates stops with ctx's error,
// and no ranking, when ctx is done.
func RankCandidates(ctx context.Context, ix *competency.Index, r Role, cs []Candidate, k int, opts FitOptions) ([]Ranked, error) {
	if ix == nil {
		return nil, fmt.Errorf("role: rank candidates for %q: nil competency index: %w", r.ID, problem.ErrInvalid)
	}
	if r.ValidateWith(ix) != nil {
		if err := candidateErrors(ix, r, cs); err != nil {
			return nil, err
		}
	}
	p, err := newPool(ctx, ix, cs, opts, fmt.Sprintf("role: rank candidates for %q", r.ID), func() error { return candidateErrors(ix, r, cs) })
	if err != nil {
		return nil, err
	}
	return p.rank(ctx, r, k, opts)
}

// candidateErrors validates every candidate in full, the ratings with the
// rest, for the report of a ranking that cannot start; nil when the role
// and every candidate are valid.
func candidateErrors(ix *competency.Index, r Role, cs []Candidate) error {
	var errs problem.Errors
	errs.Merge("role", r.ValidateWith(ix))
	for i, c := range cs {
		errs.Merge(problem.Path("candidates", i), c.Validate())
	}
	return errs.Err(fmt.Sprintf("role: rank candidates for %q", r.ID))
}

// surelyValid reports whether c, its ratings aside, certainly passes
// Validate: its tag and enum rules checked by hand and no more leniently
// (byte lengths bound rune counts), then the rules beyond them. When it is
// false, Validate decides and explains; the tags stay the one source of
// truth.
func (c Candidate) surelyValid() bool {
	if !validate.IsSlug(string(c.Profile.Subject)) || len(c.Experience) > 100 || len(c.Education) > 50 {
		return false
	}
	for i, y := range c.Experience {
		if !validate.IsSlug(y.Area) || !(y.Years >= 0 && y.Years <= 80) || len(y.Evidence) > 2000 {
			return false
		}
		for _, z := range c.Experience[:i] {
			if z.Area == y.Area {
				return false
			}
		}
	}
	for _, cr := range c.Education {
		if !cr.Kind.IsValid() || (cr.Level != "" && !cr.Level.IsValid()) || len(cr.Name) > 200 ||
			!shortNames(cr.Fields) || !shortNames(cr.Subjects) || !shortNames(cr.Aliases) {
			return false
		}
		var errs problem.Errors
		cr.check("", &errs)
		if errs.Len() > 0 {
			return false
		}
	}
	return c.ExpectedPay == nil || c.ExpectedPay.Validate() == nil
}

// shortNames reports whether names keeps to the tag max=50,dive,required,max=200.
func shortNames(names []string) bool {
	if len(names) > 50 {
		return false
	}
	for _, n := range names {
		if n == "" || len(n) > 200 {
			return false
		}
	}
	return true
}

// rankedWorse reports whether a ranks below b: a lower score, or the same
// score and a larger subject, then role.
func rankedWorse(a, b Ranked) bool {
	return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(b.Subject, a.Subject), cmp.Compare(b.Role, a.Role)) < 0
}

// pushRanked keeps x in the min-heap h of the best k when it belongs there.
func pushRanked(h *[]Ranked, k int, x Ranked) {
	s := *h
	if len(s) < k {
		s = append(s, x)
		for i := len(s) - 1; i > 0; {
			p := (i - 1) / 2
			if !rankedWorse(s[i], s[p]) {
				break
			}
			s[i], s[p] = s[p], s[i]
			i = p
		}
		*h = s
		return
	}
	if !rankedWorse(s[0], x) {
		return
	}
	s[0] = x
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(s) && rankedWorse(s[l], s[m]) {
			m = l
		}
		if r < len(s) && rankedWorse(s[r], s[m]) {
			m = r
		}
		if m == i {
			return
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
}

// RankRoles ranks roles for one candidate by the score Fit gives, best
// first, ties by role ID, and returns the best k. The competency part runs
// through compiled Matchers; scores and verdicts equal Fit's exactly. It
// stops with ctx's error, and no ranking, when ctx is done.
func RankRoles(ctx context.Context, ix *competency.Index, roles []Role, c Candidate, k int, opts FitOptions) ([]Ranked, error) {
	if ix == nil {
		return nil, fmt.Errorf("role: rank roles for %q: nil competency index: %w", c.Profile.Subject, problem.ErrInvalid)
	}
	var errs problem.Errors
	for i, r := range roles {
		errs.Merge(problem.Path("roles", i), r.ValidateWith(ix))
	}
	errs.Merge("candidate", c.Validate())
	errs.Merge("candidate.profile", ix.ValidateProfile(c.Profile))
	w, werr := opts.weights(fmt.Sprintf("rank roles for %q", c.Profile.Subject))
	if err := errs.Err(fmt.Sprintf("role: rank roles for %q", c.Profile.Subject)); err != nil {
		return nil, err
	}
	if werr != nil {
		return nil, werr
	}
	if err := opts.Competency.Check(); err != nil {
		return nil, err
	}
	opts = opts.withAsOf()
	pop, err := ix.PopulationWithOptions(ctx, []competency.Profile{c.Profile}, opts.Competency)
	if err != nil {
		return nil, err
	}
	out := make([]Ranked, 0, len(roles))
	for i, r := range roles {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		m, err := ix.Matcher(r.Requirements, opts.Competency)
		if err != nil {
			return nil, err
		}
		score, met, err := m.Score(pop, 0)
		if err != nil {
			return nil, err
		}
		out = append(out, rankOne(r, c, score, met, w, opts.Fields.With(r.Education.FieldAliases...), opts))
	}
	return top(out, k), nil
}

// checkEvery is how many candidates or roles are scored between checks of
// the context.
const checkEvery = 1024

// rankOne scores the parts of a fit other than competencies, as Fit does,
// fields compared by fields (opts.Fields with the role's aliases).
func rankOne(r Role, c Candidate, comp float64, compMet bool, w Weights, fields FieldMatcher, opts FitOptions) Ranked {
	gaps, exp := experienceFit(r.Experience, c)
	expMet, expBlocks := experienceVerdict(gaps)
	edu := educationFit(r.Education, c.Education, expMet, fields, opts.AsOf)
	payBlocks := false
	if opts.PayBlocks { // pay counts only as a blocking reason
		pay := payFit(r.Pay, c.ExpectedPay)
		payBlocks = pay.Compared && pay.Position == salary.Above
	}
	return Ranked{
		Role: r.ID, Subject: c.Profile.Subject,
		Score:      w.combine(comp, exp, edu.Credit),
		Ready:      compMet && !expBlocks && edu.Met && !payBlocks,
		Competency: comp, Experience: exp, Education: edu.Credit,
	}
}

// top sorts best first (ties by subject, then role) and keeps k.
func top(out []Ranked, k int) []Ranked {
	slices.SortFunc(out, func(a, b Ranked) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Role, b.Role))
	})
	if k <= 0 {
		return nil
	}
	return out[:min(k, len(out))]
}
