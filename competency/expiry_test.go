package competency_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

func TestRatingExpiry(t *testing.T) {
	ix := competency.MustCompile(small())
	d := civil.MustParseDate
	// A coaching certificate at level 4 that lapses at the end of June
	// 2026, and an older self-assessment at level 2 that never expires.
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{
		{Competency: "coaching", Level: 4, Source: competency.Assessment, AssessedAt: d("2024-07-01"), ExpiresAt: d("2026-06-30")},
		{Competency: "coaching", Level: 2, Source: competency.Self, AssessedAt: d("2023-01-10")},
	}}
	reqs := []competency.Requirement{req("coaching", 4)}
	cases := []struct {
		asOf  civil.Date
		have  int
		score float64
		why   string
	}{
		{civil.Date{}, 4, 1, "no date: expiry is not checked, the latest rating counts"},
		{d("2026-06-30"), 4, 1, "the last day the certificate counts"},
		{d("2026-07-01"), 2, 0.5, "the day after: only the self-assessment, 2/4"},
	}
	for _, c := range cases {
		rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{AsOf: c.asOf})
		require.NoError(t, err, "Analyze as of %s", c.asOf)
		assert.Equal(t, c.have, rep.Gaps[0].Have, "level held as of %s: %s", c.asOf, c.why)
		assert.InDelta(t, c.score, rep.Score, 1e-15, "score as of %s: %s", c.asOf, c.why)

		pop, err := ix.PopulationWithOptions(context.Background(), []competency.Profile{p}, competency.Options{AsOf: c.asOf})
		require.NoError(t, err, "PopulationWithOptions as of %s", c.asOf)
		m, err := ix.Matcher(reqs, competency.Options{AsOf: c.asOf})
		require.NoError(t, err, "Matcher")
		score, _, err := m.Score(pop, 0)
		require.NoError(t, err, "Score")
		assert.Equal(t, rep.Score, score, "the compiled score equals Analyze's as of %s", c.asOf)
	}
	assert.True(t, p.Ratings[0].Expired(d("2026-07-01")), "Expired the day after")
	assert.False(t, p.Ratings[0].Expired(civil.Date{}), "never expired without a date")

	pop, err := ix.Population(context.Background(), []competency.Profile{p})
	require.NoError(t, err, "Population")
	m, err := ix.Matcher(reqs, competency.Options{AsOf: d("2026-07-01")})
	require.NoError(t, err, "Matcher")
	_, _, err = m.Score(pop, 0)
	assert.ErrorIs(t, err, problem.ErrInvalid, "a matcher and a population of different dates do not mix")

	bad := competency.Profile{Subject: "p", Ratings: []competency.Rating{{Competency: "coaching", Level: 3, AssessedAt: d("2026-03-01"), ExpiresAt: d("2026-02-28")}}}
	assertProblems(t, bad.Validate(), wantErr{"ratings[0].expiresAt", "order", nil})
	assertProblems(t, ix.ValidateProfile(bad), wantErr{"ratings[0].expiresAt", "order", nil})
	_, err = ix.Analyze(context.Background(), bad, reqs, competency.Options{})
	assertProblems(t, err, wantErr{"ratings[0].expiresAt", "order", nil})
}
