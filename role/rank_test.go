package role_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// randomCandidates draws candidates on the sample catalog.
func randomCandidates(ix *competency.Index, n int, seed uint64) []role.Candidate {
	rng := rand.New(rand.NewPCG(seed, 3))
	comps := ix.Competencies()
	degrees := role.DegreeLevels()
	out := make([]role.Candidate, n)
	for i := range out {
		c := role.Candidate{Profile: competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("cand-%03d", (i*7)%n))}}
		for _, k := range rng.Perm(len(comps))[:rng.IntN(len(comps))] {
			c.Profile.Ratings = append(c.Profile.Ratings, competency.Rating{Competency: string(comps[k].ID), Level: 1 + rng.IntN(5)})
		}
		for _, area := range []string{"software-engineering", "people-management", "managing-multiple-teams"} {
			if rng.IntN(4) > 0 {
				c.Experience = append(c.Experience, role.Years{Area: area, Years: float64(rng.IntN(30)) / 2})
			}
		}
		if rng.IntN(5) > 0 {
			c.Education = []role.Credential{{Level: degrees[rng.IntN(len(degrees))], Fields: []string{[]string{"Computer Science", "History", "Data Science"}[rng.IntN(3)]}}}
		}
		if rng.IntN(3) > 0 {
			c.ExpectedPay = &salary.Pay{Currency: "USD", Period: salary.Year, Amount: salary.MustParseAmount(fmt.Sprint(100000 + 5000*rng.IntN(30)))}
		}
		out[i] = c
	}
	return out
}

func TestRankCandidatesEqualsFit(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 60, 1)
	for _, opts := range []role.FitOptions{{}, {PayBlocks: true, Weights: role.Weights{Competency: 1, Experience: 1}}, {Competency: competency.Options{Credit: competency.Step, DescendantCredit: 0.5}}} {
		ranked, err := role.RankCandidates(context.Background(), ix, r, cands, len(cands)+5, opts)
		require.NoError(t, err, "RankCandidates")
		require.Len(t, ranked, len(cands), "k larger than the list returns everyone")
		for i, rk := range ranked {
			var c role.Candidate
			for _, x := range cands {
				if x.Profile.Subject == rk.Subject {
					c = x
				}
			}
			f, err := role.Fit(context.Background(), ix, r, c, opts)
			require.NoError(t, err, "Fit %s", rk.Subject)
			assert.Equal(t, f.Score, rk.Score, "score of %s equals Fit's", rk.Subject)
			assert.Equal(t, f.Ready, rk.Ready, "ready of %s equals Fit's", rk.Subject)
			assert.Equal(t, f.Competencies.Score, rk.Competency, "competency part of %s", rk.Subject)
			if i > 0 {
				prev := ranked[i-1]
				assert.True(t, prev.Score > rk.Score || (prev.Score == rk.Score && prev.Subject < rk.Subject), "order at %d", i)
			}
		}
		top3, err := role.RankCandidates(context.Background(), ix, r, cands, 3, opts)
		require.NoError(t, err, "RankCandidates k=3")
		assert.Equal(t, ranked[:3], top3, "top 3 is the prefix")
	}
	none, err := role.RankCandidates(context.Background(), ix, r, cands, 0, role.FitOptions{})
	require.NoError(t, err, "RankCandidates k=0")
	assert.Empty(t, none, "k ≤ 0 returns none")
}

func TestRankRolesEqualsFit(t *testing.T) {
	ix, r := seed(t)
	l, err := examples.Ladder()
	require.NoError(t, err, "examples.Ladder()")
	// Every ladder level as a role, plus the seed role.
	roles := []role.Role{r}
	for _, lv := range l.Levels {
		roles = append(roles, role.Role{ID: role.ID("level-" + lv.ID), Title: lv.Title, Requirements: lv.Expectations})
	}
	people, err := examples.People()
	require.NoError(t, err, "examples.People()")
	for _, c := range people.Candidates {
		ranked, err := role.RankRoles(context.Background(), ix, roles, c, 5, role.FitOptions{})
		require.NoError(t, err, "RankRoles %s", c.Profile.Subject)
		require.Len(t, ranked, 5, "top 5 roles")
		for _, rk := range ranked {
			var rr role.Role
			for _, x := range roles {
				if x.ID == rk.Role {
					rr = x
				}
			}
			f, err := role.Fit(context.Background(), ix, rr, c, role.FitOptions{})
			require.NoError(t, err, "Fit %s", rk.Role)
			assert.Equal(t, f.Score, rk.Score, "score of %s for %s equals Fit's", rk.Role, c.Profile.Subject)
			assert.Equal(t, f.Ready, rk.Ready, "ready equals Fit's")
		}
	}
}

func TestRankCandidatesBestKIsPrefix(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 300, 5)
	for _, opts := range []role.FitOptions{{}, {Weights: role.Weights{Competency: 1, Experience: 3, Education: 2}}, {PayBlocks: true}} {
		all, err := role.RankCandidates(context.Background(), ix, r, cands, len(cands), opts)
		require.NoError(t, err, "RankCandidates(all, %+v)", opts.Weights)
		for _, k := range []int{1, 2, 7, 50, 299} {
			got, err := role.RankCandidates(context.Background(), ix, r, cands, k, opts)
			require.NoError(t, err, "RankCandidates(%d, %+v)", k, opts.Weights)
			assert.Equal(t, all[:k], got, "RankCandidates(%d, %+v) is the first %d of the full ranking", k, opts.Weights, k)
		}
	}
}
