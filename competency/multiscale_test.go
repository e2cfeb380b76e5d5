package competency_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
)

// Scales of the multi-scale worlds: the built-ins and custom scales with
// gaps, a single level and a wide range, so that a descendant often holds a
// level its ancestor's scale lacks (or lies outside of).
func testScales() []competency.Scale {
	mk := func(id competency.ScaleID, values ...int) competency.Scale {
		s := competency.Scale{ID: id, Name: string(id)}
		for _, v := range values {
			s.Levels = append(s.Levels, competency.ScaleLevel{Value: v, Name: fmt.Sprintf("L%d", v)})
		}
		return s
	}
	return []competency.Scale{
		mk("gappy", 0, 2, 5, 9),
		mk("single", 3),
		mk("wide", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
		mk("far", 1, 40, 1000),
	}
}

var scaleIDs = []competency.ScaleID{"", competency.ScaleDreyfus, competency.ScaleONetLevel, "gappy", "single", "wide", "far"}

// msWorld is a random catalog with several scales and a parents DAG (nodes
// may have several parents), with random profiles and requirement sets.
type msWorld struct {
	ix     *competency.Index
	ids    []competency.ID
	levels [][]int // the levels of each competency's scale
	rng    *rand.Rand
}

func newMultiScaleWorld(rng *rand.Rand, n int) msWorld {
	scales := map[competency.ScaleID][]int{}
	for _, s := range append(competency.BuiltinScales(), testScales()...) {
		for _, l := range s.Levels {
			scales[s.ID] = append(scales[s.ID], l.Value)
		}
	}
	scales[""] = scales[competency.ScaleFramework]
	w := msWorld{rng: rng, ids: make([]competency.ID, n), levels: make([][]int, n)}
	comps := make([]competency.Competency, n)
	perm := rng.Perm(n)
	for i := range comps {
		w.ids[i] = competency.ID(fmt.Sprintf("k%02d", perm[i])) // IDs not in catalog order
		sid := scaleIDs[rng.IntN(len(scaleIDs))]
		w.levels[i] = scales[sid]
		comps[i] = competency.Competency{ID: w.ids[i], Name: fmt.Sprintf("Comp %d", i), Kind: competency.Hard,
			Scale: sid, Aliases: []string{fmt.Sprintf("alias %d", i)}}
		if i > 0 {
			// Edges point to earlier nodes, so the parents form a DAG.
			for _, p := range rng.Perm(i)[:rng.IntN(min(i, 3)+1)] {
				comps[i].Parents = append(comps[i].Parents, w.ids[p])
			}
		}
	}
	w.ix = competency.MustCompile(competency.Catalog{Scales: testScales(), Competencies: comps})
	return w
}

func (w msWorld) level(i int) int { return w.levels[i][w.rng.IntN(len(w.levels[i]))] }

// profile draws a profile; with full it rates (nearly) everything, so that
// populations of such profiles keep a dense matrix.
func (w msWorld) profile(subject competency.SubjectID, full bool) competency.Profile {
	p := competency.Profile{Subject: subject}
	k := w.rng.IntN(len(w.ids) + 1)
	if full {
		k = len(w.ids) - w.rng.IntN(2)
	}
	for _, i := range w.rng.Perm(len(w.ids))[:k] {
		for range 1 + w.rng.IntN(2) { // sometimes rated twice: the policy decides
			ref := string(w.ids[i])
			if w.rng.IntN(4) == 0 {
				ref = fmt.Sprintf("Alias %d", i)
			}
			p.Ratings = append(p.Ratings, competency.Rating{Competency: ref, Level: w.level(i),
				Source:     []competency.Source{"", competency.Self, competency.Manager, competency.Assessment}[w.rng.IntN(4)],
				AssessedAt: []civil.Date{{}, civil.MustParseDate("2026-01-01"), civil.MustParseDate("2026-02-01")}[w.rng.IntN(3)]})
		}
	}
	return p
}

// extremeWeights are finite, accepted weights, ordinary and extreme.
var extremeWeights = []float64{1, 2, 0.25, 3.5, 1e308, math.MaxFloat64, 5e-324, 1e-308, math.SmallestNonzeroFloat64 * 3, 1e-300, 1e300}

func (w msWorld) requirements() []competency.Requirement {
	var reqs []competency.Requirement
	for _, i := range w.rng.Perm(len(w.ids))[:w.rng.IntN(len(w.ids)+1)] {
		r := competency.Requirement{Competency: w.ids[i], Level: w.level(i)}
		switch w.rng.IntN(4) {
		case 0: // default weight
		case 1:
			r = r.WithWeight(extremeWeights[w.rng.IntN(len(extremeWeights))])
		default:
			r = r.WithWeight(0.25 + 3*w.rng.Float64())
		}
		if w.rng.IntN(3) == 0 {
			r.Importance = competency.Preferred
		}
		reqs = append(reqs, r)
	}
	return reqs
}

// levelScorer gives credit by the level held on an absolute 0–1000 range,
// so a descendant rated higher, on another scale, can beat a direct rating
// that meets the requirement.
type levelScorer struct{ competency.WeightedMean }

func (levelScorer) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return math.Min(1, float64(max(have, 0))/1000+competency.Linear(have, r.Level, s)/2)
}

// sqrtCredit is a monotone, non-linear credit function.
func sqrtCredit(have, need int, s competency.Scale) float64 {
	return math.Sqrt(competency.Linear(have, need, s))
}

// meanOfMet is a custom aggregate: the share of met items, weight-blind.
type meanOfMet struct{}

func (meanOfMet) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}

func (meanOfMet) Score(items []competency.Item) float64 {
	if len(items) == 0 {
		return 1
	}
	n := 0.0
	for _, it := range items {
		if it.Met {
			n++
		}
	}
	return n / float64(len(items))
}

func (w msWorld) options() competency.Options {
	o := competency.Options{
		DescendantCredit: []float64{0, 0.25, 0.5, 0.3, 0.9, 1}[w.rng.IntN(6)],
		Policy:           []competency.Policy{"", competency.Latest, competency.Highest, competency.Lowest}[w.rng.IntN(4)],
	}
	switch w.rng.IntN(7) {
	case 1:
		o.Credit = competency.Step
	case 2:
		o.Credit = sqrtCredit
	case 3:
		o.Scorer = levelScorer{}
	case 4:
		o.Scorer = mustHave{}
	case 5:
		o.Scorer = meanOfMet{}
	case 6:
		o.Scorer = competency.StepScorer()
	}
	return o
}

// checkMatcherEqualsAnalyze compares Score and TopK with Analyze for every
// profile: the same bits, the same verdicts.
func checkMatcherEqualsAnalyze(t *testing.T, ix *competency.Index, profiles []competency.Profile, reqs []competency.Requirement, o competency.Options, what string) {
	t.Helper()
	pop, err := ix.PopulationWithPolicy(context.Background(), profiles, o.Policy)
	require.NoError(t, err, "Population (%s)", what)
	m, err := ix.Matcher(reqs, o)
	require.NoError(t, err, "Matcher (%s)", what)
	want := make([]competency.Match, pop.Len())
	for i := range pop.Len() {
		got, met, err := m.Score(pop, i)
		require.NoError(t, err, "Score (%s)", what)
		p := profileOf(profiles, pop.Subject(i))
		rep, err := ix.Analyze(context.Background(), p, reqs, o)
		require.NoError(t, err, "Analyze (%s)", what)
		require.False(t, math.IsNaN(rep.Score) || math.IsInf(rep.Score, 0), "Analyze score is finite (%s): %v", what, rep.Score)
		require.Equal(t, math.Float64bits(rep.Score), math.Float64bits(got), "Score of %s: Analyze %v, Matcher %v (%s, dense=%v)", p.Subject, rep.Score, got, what, pop.Dense())
		require.Equal(t, rep.RequiredMet, met, "RequiredMet of %s (%s, dense=%v)", p.Subject, what, pop.Dense())
		want[i] = competency.Match{Subject: p.Subject, Score: rep.Score, RequiredMet: rep.RequiredMet}
	}
	slices.SortStableFunc(want, func(a, b competency.Match) int { // subjects are in order already
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	for _, workers := range []int{0, 3} {
		for _, k := range []int{1, 3, pop.Len() + 1} {
			got, err := m.TopK(context.Background(), pop, k, competency.TopKOptions{Workers: workers})
			require.NoError(t, err, "TopK (%s)", what)
			require.Equal(t, orNil(want[:min(k, len(want))]), orNil(got), "TopK(%d) equals Analyze's ranking (%s, workers %d, dense=%v)", k, what, workers, pop.Dense())
			var req []competency.Match
			for _, x := range want {
				if x.RequiredMet {
					req = append(req, x)
				}
			}
			got, err = m.TopK(context.Background(), pop, k, competency.TopKOptions{Workers: workers, RequiredOnly: true})
			require.NoError(t, err, "TopK RequiredOnly (%s)", what)
			require.Equal(t, orNil(req[:min(k, len(req))]), orNil(got), "TopK(%d, RequiredOnly) (%s, workers %d)", k, what, workers)
		}
	}
}

func orNil(ms []competency.Match) []competency.Match {
	if len(ms) == 0 {
		return nil
	}
	return ms
}

func TestMatcherDescendantOnAnotherScale(t *testing.T) {
	// The requirement's competency is on the framework scale (1–5); its
	// child is on O*NET's level scale (0–7) and rated 7; a grandchild on a
	// gappy scale is rated 9, a level no scale above it has.
	ix := competency.MustCompile(competency.Catalog{Scales: testScales(), Competencies: []competency.Competency{
		{ID: "leadership", Name: "Leadership", Kind: competency.Soft},
		{ID: "people-management", Name: "People management", Kind: competency.Soft, Scale: competency.ScaleONetLevel, Parents: []competency.ID{"leadership"}},
		{ID: "hiring", Name: "Hiring", Kind: competency.Soft, Scale: "gappy", Parents: []competency.ID{"people-management"}},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft, Scale: "gappy", Parents: []competency.ID{"leadership"}},
	}})
	reqs := []competency.Requirement{{Competency: "leadership", Level: 4}, {Competency: "people-management", Level: 3}}
	profiles := []competency.Profile{
		{Subject: "a", Ratings: []competency.Rating{{Competency: "people-management", Level: 7}}},
		{Subject: "b", Ratings: []competency.Rating{{Competency: "hiring", Level: 9}, {Competency: "leadership", Level: 1}}},
		{Subject: "c", Ratings: []competency.Rating{{Competency: "coaching", Level: 2}}},
		{Subject: "d"},
	}
	full := []competency.Profile{ // everyone rated on everything: a dense population
		{Subject: "e", Ratings: []competency.Rating{{Competency: "leadership", Level: 1}, {Competency: "people-management", Level: 7}, {Competency: "hiring", Level: 9}, {Competency: "coaching", Level: 0}}},
		{Subject: "f", Ratings: []competency.Rating{{Competency: "leadership", Level: 2}, {Competency: "people-management", Level: 0}, {Competency: "hiring", Level: 2}, {Competency: "coaching", Level: 5}}},
	}
	for _, o := range []competency.Options{
		{DescendantCredit: 0.5},
		{DescendantCredit: 1},
		{DescendantCredit: 0.5, Credit: competency.Step},
		{DescendantCredit: 0.75, Scorer: levelScorer{}},
		{DescendantCredit: 0.75, Scorer: mustHave{}},
	} {
		what := fmt.Sprintf("%+v", o)
		checkMatcherEqualsAnalyze(t, ix, profiles, reqs, o, what)
		checkMatcherEqualsAnalyze(t, ix, full, reqs, o, what+" dense")
		pop, err := ix.Population(context.Background(), full)
		require.NoError(t, err, "Population")
		assert.True(t, pop.Dense(), "the full profiles make a dense population")
	}
	rep, err := ix.Analyze(context.Background(), profiles[0], reqs[:1], competency.Options{DescendantCredit: 1})
	require.NoError(t, err, "Analyze")
	// Level 7 is the 8th of O*NET's 8 levels, fraction 1, which translates
	// to the top of the framework scale, 5 (5/5 ≤ 8/8): met, credit 1.
	assert.Equal(t, competency.Gap{Requirement: reqs[0], Have: 5, Met: true, Credit: 1, Via: competency.ViaDescendant, From: "people-management"},
		rep.Gaps[0], "a descendant's level is translated to the required scale by its position")
}

func TestMatcherEqualsAnalyzeMultiScale(t *testing.T) {
	seeds := 150
	if testing.Short() {
		seeds = 30
	}
	for seed := range uint64(seeds) {
		w := newMultiScaleWorld(rand.New(rand.NewPCG(seed, 11)), 3+int(seed%10))
		full := seed%3 == 0
		profiles := make([]competency.Profile, 2+w.rng.IntN(25))
		perm := w.rng.Perm(len(profiles)) // subjects not in input order
		for i := range profiles {
			profiles[i] = w.profile(competency.SubjectID(fmt.Sprintf("s%03d", perm[i])), full)
		}
		for q := range 6 {
			o := w.options()
			reqs := w.requirements()
			checkMatcherEqualsAnalyze(t, w.ix, profiles, reqs, o, fmt.Sprintf("seed %d set %d options %+v", seed, q, o))
		}
	}
}
