package role

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/competency"
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
// larger; none when k ≤ 0). The competency part runs through a compiled
// Population and Matcher; scores and verdicts equal Fit's exactly, with
// the same as-of date. The role
// and every candidate are validated first; problems come back together.
// RankCandidates stops with ctx's error, and no ranking, when ctx is done.
func RankCandidates(ctx context.Context, ix *competency.Index, r Role, cs []Candidate, k int, opts FitOptions) ([]Ranked, error) {
	if ix == nil {
		return nil, fmt.Errorf("role: rank candidates for %q: nil competency index: %w", r.ID, problem.ErrInvalid)
	}
	var errs problem.Errors
	errs.Merge("role", r.ValidateWith(ix))
	profiles := make([]competency.Profile, len(cs))
	for i, c := range cs {
		errs.Merge(problem.Path("candidates", i), c.Validate())
		profiles[i] = c.Profile
	}
	w, werr := opts.weights(fmt.Sprintf("rank candidates for %q", r.ID))
	if err := errs.Err(fmt.Sprintf("role: rank candidates for %q", r.ID)); err != nil {
		return nil, err
	}
	if werr != nil {
		return nil, werr
	}
	if err := opts.Competency.Check(); err != nil {
		return nil, err
	}
	opts = opts.withAsOf()
	pop, err := ix.PopulationWithOptions(ctx, profiles, opts.Competency)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	if err != nil {
		var pe problem.Errors
		pe.Merge("candidates", err)
		return nil, pe.Err(fmt.Sprintf("role: rank candidates for %q", r.ID))
	}
	m, err := ix.Matcher(r.Requirements, opts.Competency)
	if err != nil {
		return nil, err
	}
	fields := opts.Fields.With(r.Education.FieldAliases...)
	bySubject := make(map[competency.SubjectID]int, len(cs))
	for i, c := range cs {
		bySubject[c.Profile.Subject] = i
	}
	out := make([]Ranked, 0, len(cs))
	for i := range pop.Len() {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		score, met, err := m.Score(pop, i)
		if err != nil {
			return nil, err
		}
		out = append(out, rankOne(r, cs[bySubject[pop.Subject(i)]], score, met, w, fields, opts))
	}
	return top(out, k), nil
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
	pay := payFit(r.Pay, c.ExpectedPay)
	payBlocks := opts.PayBlocks && pay.Compared && pay.Position == salary.Above
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
