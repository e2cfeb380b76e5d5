package role_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
)

func TestFitHugeAndTinyWeights(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	c := candidate(7, 1, bsCS) // competency 0.6, experience short, education met
	c.Profile.Ratings = []competency.Rating{{Competency: "coaching", Level: 2}}
	plain := func(w role.Weights) float64 {
		t.Helper()
		f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: w})
		require.NoError(t, err, "Fit %+v", w)
		return f.Score
	}
	parts, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: role.Weights{Competency: 1, Experience: 1, Education: 1}})
	require.NoError(t, err, "Fit")
	comp, exp, edu := parts.Competencies.Score, parts.ExperienceScore, parts.Education.Credit
	const huge, maxF, tiny = 1e308, math.MaxFloat64, 5e-324
	for _, tc := range []struct {
		w    role.Weights
		want float64
	}{
		{role.Weights{Competency: huge, Experience: huge, Education: huge}, parts.Score},
		{role.Weights{Competency: maxF, Experience: maxF, Education: maxF}, parts.Score},
		{role.Weights{Competency: tiny, Experience: tiny, Education: tiny}, parts.Score},
		{role.Weights{Competency: maxF}, comp},
		{role.Weights{Competency: tiny}, comp},
		{role.Weights{Experience: maxF, Education: maxF}, (exp + edu) / 2},
		{role.Weights{Competency: huge, Experience: 1e-308}, comp},
		{role.Weights{Competency: 1e-308, Experience: huge, Education: 1e-308}, exp},
		{role.Weights{Competency: tiny, Education: maxF}, edu},
	} {
		got := plain(tc.w)
		assert.False(t, math.IsNaN(got) || math.IsInf(got, 0), "Fit score with weights %+v is finite: %v", tc.w, got)
		assert.InDelta(t, tc.want, got, 1e-15, "Fit score with weights %+v", tc.w)
		f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: tc.w})
		require.NoError(t, err, "Fit")
		_, err = json.Marshal(f)
		assert.NoError(t, err, "a FitReport with weights %+v marshals", tc.w)
	}
	// Weights of 5e-324 are a power of two: scaling them is exact, so the
	// score has the bits of equal weights of 1.
	assert.Equal(t, math.Float64bits(parts.Score), math.Float64bits(plain(role.Weights{Competency: tiny, Experience: tiny, Education: tiny})), "tiny equal weights")
}

func TestFitWeightsValidated(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	c := candidate(7, 3, bsCS)
	for _, w := range []role.Weights{
		{Competency: math.NaN(), Experience: 1},
		{Competency: 1, Experience: math.Inf(1)},
		{Education: math.Inf(-1)},
		{Competency: -1e-300, Experience: 1},
		{Competency: -math.MaxFloat64, Education: 1},
	} {
		_, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: w})
		assert.ErrorIs(t, err, careerkit.ErrInvalid, "Fit with weights %+v", w)
		assert.ErrorContains(t, err, "weights", "the error names the weights (%+v)", w)
		_, err = role.RankCandidates(context.Background(), ix, r, []role.Candidate{c}, 1, role.FitOptions{Weights: w})
		assert.ErrorIs(t, err, careerkit.ErrInvalid, "RankCandidates with weights %+v", w)
		_, err = role.RankRoles(context.Background(), ix, []role.Role{r}, c, 1, role.FitOptions{Weights: w})
		assert.ErrorIs(t, err, careerkit.ErrInvalid, "RankRoles with weights %+v", w)
	}
	for _, w := range []role.Weights{{}, {Competency: 0, Experience: 0, Education: 5e-324}, {Competency: math.MaxFloat64, Experience: math.MaxFloat64, Education: math.MaxFloat64}} {
		_, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: w})
		assert.NoError(t, err, "Fit with weights %+v", w)
	}
}

func TestRankWithHugeWeightsEqualsFit(t *testing.T) {
	ix, r := seed(t)
	cands := randomCandidates(ix, 30, 4)
	opts := role.FitOptions{Weights: role.Weights{Competency: math.MaxFloat64, Experience: 1e308, Education: 5e-324}}
	ranked, err := role.RankCandidates(context.Background(), ix, r, cands, len(cands), opts)
	require.NoError(t, err, "RankCandidates")
	for _, rk := range ranked {
		for _, c := range cands {
			if c.Profile.Subject == rk.Subject {
				f, err := role.Fit(context.Background(), ix, r, c, opts)
				require.NoError(t, err, "Fit")
				assert.Equal(t, f.Score, rk.Score, "score of %s equals Fit's", rk.Subject)
				assert.False(t, math.IsNaN(rk.Score), "score of %s is a number", rk.Subject)
			}
		}
	}
	_, err = json.Marshal(ranked)
	assert.NoError(t, err, "the ranking marshals")
}

// multiScale is a catalog whose descendants are on other scales than their
// ancestors.
func multiScale() *competency.Index {
	return competency.MustCompile(competency.Catalog{
		Scales: []competency.Scale{{ID: "gappy", Name: "Gappy", Levels: []competency.ScaleLevel{{Value: 0, Name: "None"}, {Value: 4, Name: "Some"}, {Value: 9, Name: "Lots"}}}},
		Competencies: []competency.Competency{
			{ID: "leadership", Name: "Leadership", Kind: competency.Soft},
			{ID: "coaching", Name: "Coaching", Kind: competency.Soft, Scale: competency.ScaleONetLevel, Parents: []competency.ID{"leadership"}},
			{ID: "mentoring", Name: "Mentoring", Kind: competency.Soft, Scale: "gappy", Parents: []competency.ID{"coaching", "leadership"}},
		},
	})
}

func TestRankCandidatesDescendantOnAnotherScale(t *testing.T) {
	ix := multiScale()
	r := valid()
	r.Requirements = []competency.Requirement{{Competency: "leadership", Level: 4}, {Competency: "coaching", Level: 3, Importance: competency.Preferred}}
	var cands []role.Candidate
	for i, rs := range [][]competency.Rating{
		{{Competency: "coaching", Level: 7}},
		{{Competency: "mentoring", Level: 9}},
		{{Competency: "mentoring", Level: 4}, {Competency: "leadership", Level: 2}},
		{{Competency: "leadership", Level: 5}, {Competency: "coaching", Level: 0}, {Competency: "mentoring", Level: 0}},
		nil,
	} {
		c := candidate(7, 3, bsCS)
		c.Profile = competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("c%d", i)), Ratings: rs}
		cands = append(cands, c)
	}
	for _, o := range []competency.Options{{DescendantCredit: 0.5}, {DescendantCredit: 1}, {DescendantCredit: 0.5, Credit: competency.Step}} {
		opts := role.FitOptions{Competency: o}
		ranked, err := role.RankCandidates(context.Background(), ix, r, cands, len(cands), opts)
		require.NoError(t, err, "RankCandidates %+v", o)
		require.Len(t, ranked, len(cands), "everyone ranked")
		for _, rk := range ranked {
			for _, c := range cands {
				if c.Profile.Subject != rk.Subject {
					continue
				}
				f, err := role.Fit(context.Background(), ix, r, c, opts)
				require.NoError(t, err, "Fit")
				assert.Equal(t, f.Score, rk.Score, "score of %s equals Fit's (%+v)", rk.Subject, o)
				assert.Equal(t, f.Competencies.Score, rk.Competency, "competency part of %s (%+v)", rk.Subject, o)
				assert.Equal(t, f.Ready, rk.Ready, "ready of %s (%+v)", rk.Subject, o)
			}
		}
		rr, err := role.RankRoles(context.Background(), ix, []role.Role{r}, cands[1], 1, opts)
		require.NoError(t, err, "RankRoles %+v", o)
		require.Len(t, rr, 1, "one role")
	}
}

func TestNewFieldMatcherIsDeterministic(t *testing.T) {
	// "CS" is listed under two fields: the old matcher kept whichever the
	// map gave last, and the verdicts flipped between runs.
	aliases := func() map[string][]string {
		return map[string][]string{
			"Computer Science":  {"CS", "Informatics"},
			"Cognitive Science": {"cs"},
			"Informatics":       {"Info"},
			"Data Science":      {"DS", "Stats"},
			"Statistics":        {"stats "},
			"Software Eng":      {"SE"},
			"Systems Eng":       {"se", "SysEng"},
		}
	}
	pairs := [][2]string{
		{"CS", "Computer Science"}, {"CS", "Cognitive Science"}, {"cs", "computer science"},
		{"Computer Science", "Cognitive Science"}, {"Stats", "Data Science"}, {"Stats", "Statistics"},
		{"Data Science", "Statistics"}, {"SE", "Software Eng"}, {"SE", "Systems Eng"}, {"Info", "Informatics"},
		{"Informatics", "Computer Science"}, {"History", "history"}, {"History", "CS"},
	}
	verdicts := func(m role.FieldMatcher) []bool {
		var out []bool
		for _, p := range pairs {
			out = append(out, m.Same(p[0], p[1]), m.Same(p[1], p[0]))
		}
		return out
	}
	first := verdicts(role.NewFieldMatcher(aliases()))
	for i := range 300 {
		assert.Equal(t, first, verdicts(role.NewFieldMatcher(aliases())), "NewFieldMatcher gives the same verdicts on run %d", i)
	}
	m := role.NewFieldMatcher(aliases())
	assert.True(t, m.Same("CS", "Computer Science"), "an alias stands for each field that lists it (Computer Science)")
	assert.True(t, m.Same("CS", "Cognitive Science"), "an alias stands for each field that lists it (Cognitive Science)")
	// Aliases chain: CS is Computer Science and CS is Cognitive Science, so
	// the two fields are the same for this matcher.
	assert.True(t, m.Same("Computer Science", "Cognitive Science"), "two fields sharing an alias are joined by it")
	assert.True(t, m.Same("Stats", "Statistics"), "an alias that is also another field's alias")
	assert.True(t, m.Same("Informatics", "Computer Science"), "a field that is an alias of another")
	assert.False(t, m.Same("History", "CS"), "unrelated")
	for _, p := range pairs {
		assert.Equal(t, m.Same(p[0], p[1]), m.Same(p[1], p[0]), "Same is symmetric for %q, %q", p[0], p[1])
	}
	held := role.Credential{Level: role.Bachelor, Fields: []string{"cs"}}
	for i := range 100 {
		m := role.NewFieldMatcher(aliases())
		assert.True(t, m.Satisfies(held, role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science"}}, nil), "Satisfies run %d (Computer Science)", i)
		assert.True(t, m.Satisfies(held, role.Credential{Level: role.Bachelor, Fields: []string{"Cognitive Science"}}, nil), "Satisfies run %d (Cognitive Science)", i)
	}
}
