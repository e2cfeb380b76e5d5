package role_test

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	careerkitproblem "github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// byFit ranks candidates as a user would with Fit alone: every candidate
// fitted, sorted by score descending, then subject.
func byFit(t *testing.T, ix *competency.Index, r role.Role, cs []role.Candidate, opts role.FitOptions) []role.Ranked {
	t.Helper()
	out := make([]role.Ranked, 0, len(cs))
	for _, c := range cs {
		f, err := role.Fit(context.Background(), ix, r, c, opts)
		require.NoError(t, err, "Fit %s for %s", c.Profile.Subject, r.ID)
		out = append(out, role.Ranked{Role: r.ID, Subject: c.Profile.Subject, Score: f.Score, Ready: f.Ready,
			Competency: f.Competencies.Score, Experience: f.ExperienceScore, Education: f.Education.Credit})
	}
	slices.SortFunc(out, func(a, b role.Ranked) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject))
	})
	return out
}

// ladderRoles is the seed role and every level of the sample ladder as a
// role, in ladder order.
func ladderRoles(t *testing.T, r role.Role) []role.Role {
	t.Helper()
	l, err := examples.Ladder()
	require.NoError(t, err, "examples.Ladder()")
	roles := []role.Role{r}
	for _, lv := range l.Levels {
		roles = append(roles, role.Role{ID: role.ID("level-" + lv.ID), Title: lv.Title, Requirements: lv.Expectations})
	}
	return roles
}

func TestPoolRanksEveryRoleAsFit(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 311, 9)
	for _, opts := range []role.FitOptions{
		{},
		// Experience and education weigh most: the competency bound is loose
		// and Rank asks TopK for more candidates, four times more each round.
		{Weights: role.Weights{Competency: 1, Experience: 3, Education: 2}},
		{Competency: competency.Options{Credit: competency.Step}, PayBlocks: true},
	} {
		pool, err := role.NewPool(context.Background(), ix, cands, opts)
		require.NoError(t, err, "NewPool")
		require.Equal(t, len(cands), pool.Len(), "Len")
		roles := ladderRoles(t, r)
		for _, rr := range []role.Role{roles[0], roles[1], roles[len(roles)/2], roles[len(roles)-1]} {
			want := byFit(t, ix, rr, cands, opts)
			for _, k := range []int{1, 5, 20, 100, len(cands)} {
				got, err := pool.Rank(context.Background(), rr, k, opts)
				require.NoError(t, err, "Rank %s k=%d", rr.ID, k)
				require.Equal(t, want[:k], got, "Rank(%s, %d, weights %+v) is the ranking by Fit", rr.ID, k, opts.Weights)
			}
			one, err := role.RankCandidates(context.Background(), ix, rr, cands, 10, opts)
			require.NoError(t, err, "RankCandidates %s", rr.ID)
			assert.Equal(t, want[:10], one, "RankCandidates(%s) is the ranking by Fit", rr.ID)
		}
	}
}

func TestPoolKeepsItsOwnCopies(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 200, 4)
	pool, err := role.NewPool(context.Background(), ix, cands, role.FitOptions{})
	require.NoError(t, err, "NewPool")
	before, err := pool.Rank(context.Background(), r, 20, role.FitOptions{})
	require.NoError(t, err, "Rank")
	for i := range cands { // the caller reuses its candidates after building the pool
		for j := range cands[i].Experience {
			cands[i].Experience[j].Years = 0
		}
		for j := range cands[i].Education {
			cands[i].Education[j].Fields = append(cands[i].Education[j].Fields[:0], "Pottery")
		}
		if cands[i].ExpectedPay != nil {
			cands[i].ExpectedPay.Period = "hour"
		}
		cands[i].Profile.Ratings = nil
	}
	after, err := pool.Rank(context.Background(), r, 20, role.FitOptions{PayBlocks: false})
	require.NoError(t, err, "Rank")
	assert.Equal(t, before, after, "editing the candidates after NewPool changes no ranking")
}

func TestPoolErrors(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 20, 2)
	cands[3].Experience = append(cands[3].Experience, role.Years{Area: "Not A Slug", Years: 2})
	_, err := role.NewPool(context.Background(), ix, cands, role.FitOptions{})
	require.ErrorIs(t, err, careerkitproblem.ErrInvalid, "an invalid candidate")
	assert.Contains(t, err.Error(), "candidates[3].experience[", "the error names the candidate and field")

	cands = randomCandidates(ix, 20, 2)
	pool, err := role.NewPool(context.Background(), ix, cands, role.FitOptions{})
	require.NoError(t, err, "NewPool")
	_, err = pool.Rank(context.Background(), r, 5, role.FitOptions{AsOf: civil.MustParseDate("2026-01-01")})
	assert.ErrorIs(t, err, careerkitproblem.ErrInvalid, "Rank as of another date than the pool's")
	_, err = pool.Rank(context.Background(), r, 5, role.FitOptions{Competency: competency.Options{Policy: competency.Highest}})
	assert.ErrorIs(t, err, careerkitproblem.ErrInvalid, "Rank with another resolution policy than the pool's")
	bad := r
	bad.Requirements = append(slices.Clone(r.Requirements), competency.Requirement{Competency: "no-such-skill", Level: 3})
	_, err = pool.Rank(context.Background(), bad, 5, role.FitOptions{})
	assert.ErrorIs(t, err, careerkitproblem.ErrInvalid, "a role that does not validate")
	var nilPool *role.Pool
	_, err = nilPool.Rank(context.Background(), r, 5, role.FitOptions{})
	assert.ErrorIs(t, err, careerkitproblem.ErrInvalid, "a nil pool")
	_, err = role.NewPool(context.Background(), nil, cands, role.FitOptions{})
	assert.ErrorIs(t, err, careerkitproblem.ErrInvalid, "a nil index")
	none, err := pool.Rank(context.Background(), r, 0, role.FitOptions{})
	require.NoError(t, err, "k = 0")
	assert.Empty(t, none, "k ≤ 0 returns none")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = pool.Rank(ctx, r, 5, role.FitOptions{})
	assert.ErrorIs(t, err, context.Canceled, "a done context")
}
