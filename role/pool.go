package role

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

// Pool is a set of candidates validated and compiled once, to be ranked
// for any number of roles with Rank: the competency ratings are a compiled
// Population, so a ranking costs one compiled Matcher, one TopK over the
// population and the other parts of Fit for the candidates that can still
// enter the best k. A Pool holds its own copies of the candidates; it is
// immutable and safe for concurrent use.
type Pool struct {
	ix    *competency.Index
	pop   *competency.Population
	cands []Candidate // in the population's order, by subject
}

// NewPool validates the candidates and compiles their ratings for ranking
// with the competency options of opts (the resolution policy and the as-of
// date, with FitOptions.AsOf passed on as Fit does): Rank must be given
// the same. Problems of every candidate come back together, each under its
// path. NewPool stops with ctx's error when ctx is done.
func NewPool(ctx context.Context, ix *competency.Index, cs []Candidate, opts FitOptions) (*Pool, error) {
	if ix == nil {
		return nil, fmt.Errorf("role: new pool: nil competency index: %w", problem.ErrInvalid)
	}
	return newPool(ctx, ix, cs, opts, "role: new pool", func() error {
		var errs problem.Errors
		for i, c := range cs {
			errs.Merge(problem.Path("candidates", i), c.Validate())
		}
		return errs.Err("role: new pool")
	})
}

// newPool is NewPool; full gives the whole report of problems, when the
// quick checks found one, under op.
func newPool(ctx context.Context, ix *competency.Index, cs []Candidate, opts FitOptions, op string, full func() error) (*Pool, error) {
	profiles := make([]competency.Profile, len(cs))
	for i, c := range cs {
		// The ratings are checked as the population is built; the rest here.
		if !c.surelyValid() {
			c.Profile.Ratings = nil
			if c.Validate() != nil {
				return nil, full()
			}
		}
		profiles[i] = cs[i].Profile
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
		if err := full(); err != nil {
			return nil, err
		}
		var pe problem.Errors
		pe.Merge("candidates", err)
		return nil, pe.Err(op)
	}
	p := &Pool{ix: ix, pop: pop, cands: make([]Candidate, len(cs))}
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(cs[a].Profile.Subject, cs[b].Profile.Subject) })
	for n, i := range order {
		p.cands[n] = cs[i].clone()
	}
	return p, nil
}

// clone returns a deep copy of c, its ratings aside: a Pool keeps only
// what ranking reads beyond the compiled population. Names of credentials,
// fields and subjects are folded (fold), which changes no comparison
// (FieldMatcher.Same folds them, and folding twice is folding once) and
// spares folding them again in every ranking.
func (c Candidate) clone() Candidate {
	c.Profile = competency.Profile{Subject: c.Profile.Subject}
	c.Experience = slices.Clone(c.Experience)
	c.Education = cloneCredentials(c.Education)
	for i := range c.Education {
		c.Education[i].foldNames()
	}
	if c.ExpectedPay != nil {
		pay := *c.ExpectedPay
		c.ExpectedPay = &pay
	}
	return c
}

// foldNames folds c's name, aliases, fields and subjects in place.
func (c *Credential) foldNames() {
	c.Name = fold(c.Name)
	for _, names := range [][]string{c.Aliases, c.Fields, c.Subjects} {
		foldInPlace(names)
	}
}

// folded returns a deep copy of e with the names of its credentials and
// fields folded, for comparisons only (see Candidate.clone).
func (e Education) folded() Education {
	e = e.clone()
	if e.Minimum != nil {
		e.Minimum.foldNames()
	}
	for _, cs := range [][]Credential{e.Alternatives, e.Preferred} {
		for i := range cs {
			cs[i].foldNames()
		}
	}
	foldInPlace(e.Fields)
	return e
}

func foldInPlace(names []string) {
	for i, n := range names {
		names[i] = fold(n)
	}
}

// Len returns the number of candidates.
func (p *Pool) Len() int { return len(p.cands) }

// Rank ranks the pool's candidates for role r by the score Fit gives them,
// best first, ties by subject ID, and returns the best k (all when k is
// larger; none when k ≤ 0), as RankCandidates does. opts must resolve
// ratings as the pool was built to (the same Competency.Policy and as-of
// date); its weights, field matcher and PayBlocks are free. The role is
// validated first. Rank stops with ctx's error, and no ranking, when ctx is
// done.
func (p *Pool) Rank(ctx context.Context, r Role, k int, opts FitOptions) ([]Ranked, error) {
	if p == nil {
		return nil, fmt.Errorf("role: rank candidates for %q: nil pool: %w", r.ID, problem.ErrInvalid)
	}
	var errs problem.Errors
	errs.Merge("role", r.ValidateWith(p.ix))
	if err := errs.Err(fmt.Sprintf("role: rank candidates for %q", r.ID)); err != nil {
		return nil, err
	}
	return p.rank(ctx, r, k, opts)
}

// rank is Rank on a valid role. The competency part runs through TopK,
// which gives candidates best competency score first; a candidate's Fit
// score is at most what full experience and education credit would give,
// and that bound falls with the competency score, so the other parts are
// scored only until the bound drops below the worst of the best k. TopK is
// asked for 32 times k first (256 at least), and for four times more while the bound
// has not dropped.
func (p *Pool) rank(ctx context.Context, r Role, k int, opts FitOptions) ([]Ranked, error) {
	cands := p.cands
	w, err := opts.weights(fmt.Sprintf("rank candidates for %q", r.ID))
	if err != nil {
		return nil, err
	}
	if err := opts.Competency.Check(); err != nil {
		return nil, err
	}
	opts = opts.withAsOf()
	m, err := p.ix.Matcher(r.Requirements, opts.Competency)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if k <= 0 || len(cands) == 0 {
		return nil, nil
	}
	fields := opts.Fields.With(r.Education.FieldAliases...)
	r.Education = r.Education.folded() // r is Rank's copy; only Satisfies reads these names
	fields.folded = true               // as are the candidates' (Candidate.clone)
	keep := min(k, len(cands))
	best := make([]Ranked, 0, keep) // a min-heap of the best keep by rankedWorse
	fetch, done := min(max(32*keep, 256), len(cands)), 0
	for {
		ms, err := m.TopK(ctx, p.pop, fetch, competency.TopKOptions{})
		if err != nil {
			return nil, err
		}
		for n, x := range ms[min(done, len(ms)):] {
			if n%checkEvery == checkEvery-1 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			// combine rises with each part, so no later candidate can beat
			// the worst kept once its bound is below that score.
			if len(best) == keep && w.combine(x.Score, 1, 1) < best[0].Score {
				return top(best, k), nil
			}
			i, _ := slices.BinarySearchFunc(cands, x.Subject, func(c Candidate, s competency.SubjectID) int { return cmp.Compare(c.Profile.Subject, s) })
			pushRanked(&best, keep, rankOne(r, cands[i], x.Score, x.RequiredMet, w, fields, opts))
		}
		if fetch == len(cands) {
			return top(best, k), nil
		}
		done, fetch = fetch, min(4*fetch, len(cands))
	}
}
