package competency_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

// mustHave is a custom scorer: required items gate (any unmet required item
// scores 0), preferred items add a bonus on top of the required mean.
type mustHave struct{}

func (mustHave) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}

func (mustHave) Score(items []competency.Item) float64 {
	var req, n, bonus float64
	for _, it := range items {
		if it.Required {
			if !it.Met {
				return 0
			}
			req += it.Credit
			n++
		} else {
			bonus += 0.1 * it.Credit
		}
	}
	if n == 0 {
		return math.Min(1, bonus)
	}
	return req/n*0.8 + math.Min(0.2, bonus)
}

func subjects(ps []competency.Profile) []competency.Profile {
	for i := range ps {
		ps[i].Subject = competency.SubjectID(fmt.Sprintf("s%03d", (i*37)%len(ps))) // not in index order
	}
	return ps
}

func TestMatcherEqualsAnalyze(t *testing.T) {
	options := []competency.Options{
		{},
		{Credit: competency.Step},
		{DescendantCredit: 0.5},
		{DescendantCredit: 1, Policy: competency.Highest},
		{Scorer: mustHave{}, DescendantCredit: 0.25, Policy: competency.Lowest},
	}
	for seed := uint64(1); seed <= 12; seed++ {
		w := newWorld(seed, 14)
		profiles := make([]competency.Profile, 40)
		for i := range profiles {
			profiles[i] = w.profile()
		}
		profiles = subjects(profiles)
		for oi, o := range options {
			pop, err := w.ix.PopulationWithPolicy(context.Background(), profiles, o.Policy)
			require.NoError(t, err, "Population seed %d", seed)
			for q := 0; q < 5; q++ {
				reqs := w.requirements()
				m, err := w.ix.Matcher(reqs, o)
				require.NoError(t, err, "Matcher seed %d options %d", seed, oi)
				byScore := map[competency.SubjectID]competency.Match{}
				for i := 0; i < pop.Len(); i++ {
					got, met, err := m.Score(pop, i)
					require.NoError(t, err, "Score")
					p := profileOf(profiles, pop.Subject(i))
					rep, err := w.ix.Analyze(context.Background(), p, reqs, o)
					require.NoError(t, err, "Analyze")
					assert.Equal(t, rep.Score, got, "score of %s, seed %d options %d", p.Subject, seed, oi)
					assert.Equal(t, rep.RequiredMet, met, "required met of %s, seed %d options %d", p.Subject, seed, oi)
					byScore[p.Subject] = competency.Match{Subject: p.Subject, Score: rep.Score, RequiredMet: rep.RequiredMet}
				}
				all, err := m.TopK(context.Background(), pop, pop.Len(), competency.TopKOptions{})
				require.NoError(t, err, "TopK all")
				require.Len(t, all, pop.Len(), "TopK with k = population returns everyone")
				for _, mt := range all {
					assert.Equal(t, byScore[mt.Subject], mt, "TopK agrees with Analyze for %s", mt.Subject)
				}
			}
		}
	}
}

func profileOf(ps []competency.Profile, subject competency.SubjectID) competency.Profile {
	for _, p := range ps {
		if p.Subject == subject {
			return p
		}
	}
	panic("no profile " + subject)
}

func TestTopKProperties(t *testing.T) {
	for _, dense := range []bool{false, true} {
		w := newWorld(3, 10)
		profiles := make([]competency.Profile, 300)
		for i := range profiles {
			if dense {
				profiles[i] = competency.Profile{}
				for _, id := range w.ids {
					profiles[i].Ratings = append(profiles[i].Ratings, competency.Rating{Competency: string(id), Level: 1 + w.rng.IntN(5)})
				}
			} else {
				profiles[i] = w.profile()
			}
		}
		profiles = subjects(profiles)
		pop, err := w.ix.Population(context.Background(), profiles)
		require.NoError(t, err, "Population")
		assert.Equal(t, dense, pop.Dense(), "dense matrix kept exactly when most cells are filled")
		m, err := w.ix.Matcher(w.requirements(), competency.Options{})
		require.NoError(t, err, "Matcher")

		all, err := m.TopK(context.Background(), pop, 1000, competency.TopKOptions{})
		require.NoError(t, err, "TopK k > population")
		require.Len(t, all, 300, "k larger than the population returns everyone")
		assert.True(t, slices.IsSortedFunc(all, func(a, b competency.Match) int {
			if a.Score != b.Score {
				if a.Score > b.Score {
					return -1
				}
				return 1
			}
			if a.Subject < b.Subject {
				return -1
			}
			return 1
		}), "best first, ties by subject ID (dense=%v)", dense)

		for _, k := range []int{1, 7, 50, 299} {
			top, err := m.TopK(context.Background(), pop, k, competency.TopKOptions{})
			require.NoError(t, err, "TopK %d", k)
			assert.Equal(t, all[:k], top, "TopK(%d) is the prefix of the full ranking (dense=%v)", k, dense)
			for _, workers := range []int{2, 3, 16, -1} {
				par, err := m.TopK(context.Background(), pop, k, competency.TopKOptions{Workers: workers})
				require.NoError(t, err, "TopK %d workers %d", k, workers)
				assert.Equal(t, top, par, "parallel equals sequential (k %d, workers %d, dense=%v)", k, workers, dense)
			}
		}
		for _, k := range []int{0, -3} {
			none, err := m.TopK(context.Background(), pop, k, competency.TopKOptions{})
			require.NoError(t, err, "TopK %d", k)
			assert.Empty(t, none, "k ≤ 0 returns none")
		}
		req, err := m.TopK(context.Background(), pop, 1000, competency.TopKOptions{RequiredOnly: true, Workers: 2})
		require.NoError(t, err, "TopK RequiredOnly")
		var want []competency.Match
		for _, mt := range all {
			if mt.RequiredMet {
				want = append(want, mt)
			}
		}
		assert.Equal(t, want, req, "RequiredOnly keeps exactly the profiles meeting every required item")
	}
}

func TestTopKTiesBySubject(t *testing.T) {
	w := newWorld(5, 6)
	profiles := subjects(make([]competency.Profile, 50)) // all empty: every score ties
	pop, err := w.ix.Population(context.Background(), profiles)
	require.NoError(t, err, "Population")
	m, err := w.ix.Matcher([]competency.Requirement{{Competency: w.ids[0], Level: 3}}, competency.Options{})
	require.NoError(t, err, "Matcher")
	top, err := m.TopK(context.Background(), pop, 3, competency.TopKOptions{Workers: 2})
	require.NoError(t, err, "TopK")
	assert.Equal(t, []competency.SubjectID{"s000", "s001", "s002"}, []competency.SubjectID{top[0].Subject, top[1].Subject, top[2].Subject}, "equal scores rank by subject ID")
}

func TestTopKCancelled(t *testing.T) {
	w := newWorld(9, 6)
	profiles := make([]competency.Profile, 100)
	for i := range profiles {
		profiles[i] = w.profile()
	}
	pop, err := w.ix.Population(context.Background(), subjects(profiles))
	require.NoError(t, err, "Population")
	m, err := w.ix.Matcher(w.requirements(), competency.Options{})
	require.NoError(t, err, "Matcher")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = m.TopK(ctx, pop, 5, competency.TopKOptions{Workers: 2})
	assert.ErrorIs(t, err, context.Canceled, "a cancelled context stops the ranking")
}

func TestMatcherAndPopulationErrors(t *testing.T) {
	ix := competency.MustCompile(small())
	_, err := ix.Matcher([]competency.Requirement{{Competency: "kotlin", Level: 3}}, competency.Options{})
	assert.ErrorIs(t, err, problem.ErrUnknownCompetency, "Matcher with an unknown competency")
	bad := func(have, need int, s competency.Scale) float64 { return 1.5 }
	_, err = ix.Matcher([]competency.Requirement{{Competency: "coaching", Level: 3}}, competency.Options{Credit: bad})
	assert.ErrorIs(t, err, problem.ErrInvalid, "Matcher with a credit outside [0, 1]")

	_, err = ix.Population(context.Background(), []competency.Profile{{Subject: "a"}, {Subject: "a"}})
	assert.ErrorIs(t, err, problem.ErrDuplicate, "Population with a repeated subject")
	_, err = ix.Population(context.Background(), []competency.Profile{{Subject: "a", Ratings: []competency.Rating{{Competency: "cobol", Level: 1}}}})
	assert.ErrorIs(t, err, problem.ErrUnknownCompetency, "Population with an unknown competency")

	pop, err := ix.Population(context.Background(), []competency.Profile{{Subject: "a"}})
	require.NoError(t, err, "Population")
	m, err := ix.Matcher([]competency.Requirement{{Competency: "coaching", Level: 3}}, competency.Options{Policy: competency.Highest})
	require.NoError(t, err, "Matcher")
	_, err = m.TopK(context.Background(), pop, 1, competency.TopKOptions{})
	assert.ErrorIs(t, err, problem.ErrInvalid, "policies of population and matcher differ")
	other := competency.MustCompile(small())
	m2, _ := other.Matcher([]competency.Requirement{{Competency: "coaching", Level: 3}}, competency.Options{})
	_, err = m2.TopK(context.Background(), pop, 1, competency.TopKOptions{})
	assert.ErrorIs(t, err, problem.ErrInvalid, "population from another index")
	m3, _ := ix.Matcher([]competency.Requirement{{Competency: "coaching", Level: 3}}, competency.Options{})
	_, _, err = m3.Score(pop, 5)
	assert.ErrorIs(t, err, problem.ErrInvalid, "Score out of range")
}

func TestScoreAllocatesNothing(t *testing.T) {
	w := newWorld(11, 12)
	profiles := make([]competency.Profile, 20)
	for i := range profiles {
		profiles[i] = w.profile()
	}
	pop, err := w.ix.Population(context.Background(), subjects(profiles))
	require.NoError(t, err, "Population")
	reqs := w.requirements()
	for i := range reqs { // weights in quarters: the exact mean's integer sums (float weights use big.Rat)
		reqs[i] = reqs[i].WithWeight(float64(1+i%7) / 4)
	}
	for _, o := range []competency.Options{{}, {Scorer: mustHave{}, DescendantCredit: 0.5}} {
		m, err := w.ix.Matcher(reqs, o)
		require.NoError(t, err, "Matcher")
		_, _, _ = m.Score(pop, 0)
		allocs := testing.AllocsPerRun(200, func() { _, _, _ = m.Score(pop, 3) })
		assert.Zero(t, allocs, "Score allocates nothing per pair")
	}
}
