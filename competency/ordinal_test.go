package competency_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

// rangeScale returns a scale with the levels lo, lo+step, …, hi.
func rangeScale(id competency.ScaleID, lo, hi, step int) competency.Scale {
	s := competency.Scale{ID: id, Name: string(id)}
	for v := lo; v <= hi; v += step {
		s.Levels = append(s.Levels, competency.ScaleLevel{Value: v, Name: fmt.Sprint("L", v)})
	}
	return s
}

func TestScalePositions(t *testing.T) {
	gappy := competency.Scale{ID: "gappy", Name: "Gappy", Levels: []competency.ScaleLevel{{Value: 2, Name: "a"}, {Value: 5, Name: "b"}, {Value: 9, Name: "c"}}}
	cases := []struct {
		s        competency.Scale
		level    int
		position int
		fraction float64
	}{
		{gappy, 2, 1, 1.0 / 3},
		{gappy, 5, 2, 2.0 / 3},
		{gappy, 9, 3, 1},
		{gappy, 3, 0, 0}, // not a level of the scale
		{gappy, competency.NotHeld, 0, 0},
		{competency.ONetLevelScale(), 0, 1, 1.0 / 8},
		{competency.ONetLevelTenthsScale(), 44, 45, 45.0 / 71}, // 0..70 is 71 levels; 44 is the 45th
	}
	for _, c := range cases {
		assert.Equal(t, c.position, c.s.Position(c.level), "%s.Position(%d)", c.s.ID, c.level)
		assert.InDelta(t, c.fraction, c.s.Fraction(c.level), 1e-15, "%s.Fraction(%d)", c.s.ID, c.level)
	}
}

func TestScaleTranslate(t *testing.T) {
	fw, onet := competency.FrameworkScale(), competency.ONetLevelScale()
	cases := []struct {
		to, from competency.Scale
		level    int
		want     int
		working  string
	}{
		{fw, fw, 3, 3, "the same scale gives the level back"},
		{fw, onet, 7, 5, "8/8 = 1: the top of one scale is the top of the other"},
		{fw, onet, 4, 3, "position 5 of 8 = 0.625; 3/5 = 0.6 ≤ 0.625 < 4/5"},
		{fw, onet, 0, 1, "1/8 is below 1/5: still the lowest level"},
		{onet, fw, 1, 0, "1/5 = 0.2; 1/8 ≤ 0.2 < 2/8: position 1, level 0"},
		{onet, fw, 4, 5, "4/5 = 0.8; 6/8 = 0.75 ≤ 0.8 < 7/8: position 6, level 5"},
		{fw, onet, 9, competency.NotHeld, "a level the source scale lacks"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.to.Translate(c.level, c.from), "%s.Translate(%d, %s): %s", c.to.ID, c.level, c.from.ID, c.working)
	}
}

// TestLinearIsOrdinal checks that credit depends on positions, not values:
// the lowest of five levels against the highest earns 1/5 on a 1–5 scale and
// on a 6–10 scale (on values, the second would be 6/10).
func TestLinearIsOrdinal(t *testing.T) {
	low, high := rangeScale("one-five", 1, 5, 1), rangeScale("six-ten", 6, 10, 1)
	assert.InDelta(t, 0.2, competency.Linear(1, 5, low), 1e-15, "Linear(1, 5) on 1–5: 1/5")
	assert.InDelta(t, 0.2, competency.Linear(6, 10, high), 1e-15, "Linear(6, 10) on 6–10: position 1 of 5")
	assert.InDelta(t, 0.6, competency.Linear(8, 10, high), 1e-15, "Linear(8, 10) on 6–10: 3/5")
	assert.Equal(t, 0.0, competency.Linear(competency.NotHeld, 6, high), "not held earns nothing")
	assert.Equal(t, 1.0, competency.Linear(10, 8, high), "above the need is full credit")
	assert.Equal(t, 1.0, competency.Linear(competency.NotHeld, 0, competency.ONetLevelScale()), "level 0 asks for nothing")
	assert.Equal(t, 0.0, competency.Step(7, 8, high), "Step below")
	assert.Equal(t, 1.0, competency.Step(8, 8, high), "Step at")

	// Through Analyze, on a catalog of each scale: the same report.
	for _, s := range []competency.Scale{low, high} {
		ix := competency.MustCompile(competency.Catalog{Scales: []competency.Scale{s}, DefaultScale: s.ID,
			Competencies: []competency.Competency{{ID: "x", Name: "X", Kind: competency.Hard}}})
		lo, hi := s.Min(), s.Max()
		rep, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p", Ratings: []competency.Rating{{Competency: "x", Level: lo}}},
			[]competency.Requirement{{Competency: "x", Level: hi}}, competency.Options{})
		require.NoError(t, err, "Analyze on %s", s.ID)
		assert.InDelta(t, 0.2, rep.Score, 1e-15, "lowest against highest on %s", s.ID)
		assert.Equal(t, 4, rep.Gaps[0].Shortfall, "four positions short on %s", s.ID)
	}
}

// scaleSeer records the scale its credit is asked on, and changes it.
type scaleSeer struct {
	competency.WeightedMean
	seen *[]competency.ScaleID
}

func (s scaleSeer) Credit(r competency.Requirement, have int, sc competency.Scale) float64 {
	*s.seen = append(*s.seen, sc.ID)
	sc.Levels[0].Name = "changed by a scorer"
	return competency.Linear(have, r.Level, sc)
}

func TestScorerIsToldTheScale(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{DefaultScale: competency.ScaleFramework, Competencies: []competency.Competency{
		{ID: "a", Name: "A", Kind: competency.Hard},
		{ID: "b", Name: "B", Kind: competency.Hard, Scale: competency.ScaleONetLevel},
	}})
	var seen []competency.ScaleID
	o := competency.Options{Scorer: scaleSeer{seen: &seen}}
	reqs := []competency.Requirement{{Competency: "a", Level: 3}, {Competency: "b", Level: 4}}
	_, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p"}, reqs, o)
	require.NoError(t, err, "Analyze")
	assert.Equal(t, []competency.ScaleID{"framework", "onet-level"}, seen, "Credit is told each requirement's scale (not held, once each)")
	seen = nil
	_, err = ix.Matcher(reqs, o)
	require.NoError(t, err, "Matcher")
	assert.Contains(t, seen, competency.ScaleID("onet-level"), "the matcher's credit tables are told the scale")
	s, _ := ix.Scale("a")
	assert.Equal(t, "Awareness", s.Levels[0].Name, "a scorer that changes its scale changes nothing in the index")
}

func TestDefinedLevelsAreEnforced(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{DefaultScale: competency.ScaleFramework, Competencies: []competency.Competency{
		{ID: "architecture", Name: "Architecture", Kind: competency.Hard, DefinedLevels: []int{3, 4, 5}},
	}})
	err := ix.ValidateRequirements([]competency.Requirement{{Competency: "architecture", Level: 2}})
	assertProblems(t, err, wantErr{"[0].level", "level", problem.ErrUnknownLevel})
	assert.ErrorContains(t, err, `"architecture" is defined only at levels 3, 4 and 5, not at 2`, "the message lists the defined levels")
	assert.NoError(t, ix.ValidateRequirements([]competency.Requirement{{Competency: "architecture", Level: 3}}), "a defined level")

	err = ix.ValidateProfile(competency.Profile{Subject: "p", Ratings: []competency.Rating{{Competency: "architecture", Level: 1}}})
	assertProblems(t, err, wantErr{"ratings[0].level", "level", problem.ErrUnknownLevel})
	_, err = ix.Population(context.Background(), []competency.Profile{{Subject: "p", Ratings: []competency.Rating{{Competency: "architecture", Level: 1}}}})
	assertProblems(t, err, wantErr{"[0].ratings[0].level", "level", problem.ErrUnknownLevel})
}

func TestThousandLevelScale(t *testing.T) {
	big := rangeScale("permille", 1, 1000, 1)
	require.NoError(t, big.Validate(), "a scale of 1000 levels validates")
	tooBig := rangeScale("too-big", 0, 1000, 1)
	assert.Error(t, tooBig.Validate(), "a scale of 1001 levels does not")

	ix := competency.MustCompile(competency.Catalog{Scales: []competency.Scale{big}, DefaultScale: "permille",
		Competencies: []competency.Competency{{ID: "x", Name: "X", Kind: competency.Hard}}})
	reqs := []competency.Requirement{{Competency: "x", Level: 800}}
	profiles := []competency.Profile{
		{Subject: "a", Ratings: []competency.Rating{{Competency: "x", Level: 600}}},
		{Subject: "b", Ratings: []competency.Rating{{Competency: "x", Level: 999}}},
	}
	rep, err := ix.Analyze(context.Background(), profiles[0], reqs, competency.Options{})
	require.NoError(t, err, "Analyze")
	assert.InDelta(t, 0.75, rep.Score, 1e-15, "600/800: positions equal values on 1–1000")
	checkMatcherEqualsAnalyze(t, ix, profiles, reqs, competency.Options{}, "1000 levels")
}

func TestTenthsScale(t *testing.T) {
	s := competency.ONetLevelTenthsScale()
	require.NoError(t, s.Validate(), "the tenths scale validates")
	assert.Len(t, s.Levels, 71, "0.0 to 7.0 in tenths")
	assert.Equal(t, "4.4", s.LevelName(44), "level 44 is the mean 4.4")
	assert.Equal(t, "Intermediate.", s.Levels[40].Description, "integer points carry O*NET's anchor words")
	ix := competency.MustCompile(competency.Catalog{DefaultScale: competency.ScaleONetLevelTenths,
		Competencies: []competency.Competency{{ID: "x", Name: "X", Kind: competency.Hard}}})
	rep, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p", Ratings: []competency.Rating{{Competency: "x", Level: 44}}},
		[]competency.Requirement{{Competency: "x", Level: 60}}, competency.Options{})
	require.NoError(t, err, "Analyze on tenths")
	// 4.4 is position 45, 6.0 position 61: 45/61.
	assert.InDelta(t, 45.0/61, rep.Score, 1e-15, "credit on positions of the tenths scale")
	assert.Equal(t, 16, rep.Gaps[0].Shortfall, "16 tenths short")
}

func TestShortfallsOrder(t *testing.T) {
	ix := competency.MustCompile(small())
	w := func(r competency.Requirement, x float64) competency.Requirement { return r.WithWeight(x) }
	reqs := []competency.Requirement{
		w(req("coaching", 4), 1),              // held 2: credit 2/4, loss 1/6 × 1/2 = 1/12
		w(req("software-architecture", 5), 3), // not held: loss 3/6 × 1 = 1/2
		w(pref("distributed-systems", 3), 2),  // held 3: met, no loss
	}
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 2), rating("distributed-systems", 3)}}
	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
	require.NoError(t, err, "Analyze")
	require.Len(t, rep.Shortfalls, 2, "two requirements lose score")
	assert.Equal(t, competency.ID("software-architecture"), rep.Shortfalls[0].Competency, "the largest loss first")
	assert.InDelta(t, 0.5, rep.Shortfalls[0].Loss, 1e-15, "3/6 of the weight, all lost")
	assert.Equal(t, 5, rep.Shortfalls[0].Levels, "five positions short")
	assert.InDelta(t, 1.0/12, rep.Shortfalls[1].Loss, 1e-15, "1/6 of the weight, half lost")
	sum := 0.0
	for _, g := range rep.Gaps {
		sum += g.Loss
	}
	assert.InDelta(t, 1-rep.Score, sum, 1e-15, "losses add up to 1 − Score")

	// Equal losses: required before preferred, then by ID.
	reqs = []competency.Requirement{pref("coaching", 5), req("software-architecture", 5), req("distributed-systems", 5)}
	rep, err = ix.Analyze(context.Background(), competency.Profile{Subject: "p"}, reqs, competency.Options{})
	require.NoError(t, err, "Analyze, empty profile")
	var order []competency.ID
	for _, s := range rep.Shortfalls {
		order = append(order, s.Competency)
	}
	assert.Equal(t, []competency.ID{"distributed-systems", "software-architecture", "coaching"}, order, "ties: required first, then by ID")
	assert.False(t, math.IsNaN(rep.Shortfalls[0].Loss), "loss is a number")
}

func pref(id competency.ID, level int) competency.Requirement {
	r := req(id, level)
	r.Importance = competency.Preferred
	return r
}
