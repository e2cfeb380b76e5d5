package ladder_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// meddler is a Scorer that writes through the weight of every requirement
// it is shown.
type meddler struct{ competency.WeightedMean }

func (m meddler) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	if r.Weight != nil {
		*r.Weight += 100
	}
	return m.WeightedMean.Credit(r, have, s)
}

// weighted is small() with a weight on every expectation and roles and a
// grade for m1, every pointer set: the weights, the role's pay band and its
// midpoint, its education minimum, the grade's midpoint.
func weighted(t *testing.T) (ladder.Ladder, []role.Role, salary.Structure) {
	t.Helper()
	l := small()
	for i := range l.Levels {
		for j, e := range l.Levels[i].Expectations {
			l.Levels[i].Expectations[j] = e.WithWeight(float64(j + 2))
		}
	}
	l.Levels[3].Role, l.Levels[3].Grade = "engineering-manager", "g6"
	band, err := salary.NewBand("USD", salary.Year, salary.MustParseAmount("140000"), salary.MustParseAmount("220000"))
	require.NoError(t, err, "NewBand")
	band = band.WithMid(salary.MustParseAmount("180000"))
	pay := band
	roles := []role.Role{{
		ID: "engineering-manager", Title: "Engineering Manager", Tags: []string{"Leadership"},
		Requirements: []competency.Requirement{exp("coaching", 3).WithWeight(2)},
		Education:    role.Education{Minimum: &role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science"}}},
		Pay:          &pay,
	}}
	st := salary.Structure{ID: "us", Name: "US", Currency: "USD", Period: salary.Year, Grades: []salary.Grade{{ID: "g6", Name: "Grade 6", Band: band}}}
	return l, roles, st
}

func profile() competency.Profile {
	return competency.Profile{Subject: "p1", Ratings: []competency.Rating{{Competency: "coding", Level: 3}, {Competency: "design", Level: 1}}}
}

// TestGraphReturnsCopies changes what each method returns, through every
// slice and pointer, and checks that the Graph answers as before.
func TestGraphReturnsCopies(t *testing.T) {
	l, roles, st := weighted(t)
	g, err := ladder.Compile(l, catalog(), ladder.WithRoles(roles...), ladder.WithStructure(st))
	require.NoError(t, err, "Compile")
	tl, troles, tst := weighted(t)
	twin := ladder.MustCompile(tl, catalog(), ladder.WithRoles(troles...), ladder.WithStructure(tst))
	ready, err := twin.Readiness(context.Background(), profile(), "e2")
	require.NoError(t, err, "Readiness(e2) of a twin graph")
	want, wantRoles, wantSt := weighted(t)

	lv, ok := g.Level("e2")
	require.True(t, ok, "Level(e2)")
	lv.Expectations[0].Level, *lv.Expectations[0].Weight, *lv.Expectations[1].Weight = 1, 50, 60
	next, err := g.Next("e1")
	require.NoError(t, err, "Next(e1)")
	require.Len(t, next, 1, "Next(e1)")
	*next[0].Expectations[1].Weight = 70
	whole := g.Ladder()
	*whole.Levels[1].Expectations[0].Weight = 80
	rep, err := g.Readiness(context.Background(), profile(), "e2")
	require.NoError(t, err, "Readiness(e2)")
	*rep.Gaps[0].Requirement.Weight, *rep.Gaps[1].Requirement.Weight = 90, 95

	got, _ := g.Level("e2")
	assert.Equal(t, want.Levels[1], got, "Level(e2) after changing what Level, Next, Ladder and Readiness returned")
	assert.Equal(t, want, g.Ladder(), "Ladder() after changing what Level, Next, Ladder and Readiness returned")
	again, err := g.Readiness(context.Background(), profile(), "e2")
	require.NoError(t, err, "Readiness(e2) again")
	assert.Equal(t, ready, again, "Readiness(e2) after changing what Level, Next, Ladder and Readiness returned")
	assert.InDelta(t, (2*1+3*0.5)/5, again.Score, 1e-12, "Readiness(e2) score with weights 2 and 3")

	r, ok := g.Role("m1")
	require.True(t, ok, "Role(m1)")
	*r.Requirements[0].Weight, r.Requirements[0].Level, r.Tags[0] = 9, 1, "changed"
	r.Education.Minimum.Fields[0], r.Pay.Min, *r.Pay.Mid = "History", r.Pay.Max, r.Pay.Max
	got2, _ := g.Role("m1")
	assert.Equal(t, wantRoles[0], got2, "Role(m1) after changing what it returned")

	gr, ok := g.Grade("m1")
	require.True(t, ok, "Grade(m1)")
	*gr.Band.Mid, gr.Band.Min = gr.Band.Max, gr.Band.Max
	got3, _ := g.Grade("m1")
	assert.Equal(t, wantSt.Grades[0], got3, "Grade(m1) after changing what it returned")

	// The inputs are copied on the way in.
	*l.Levels[1].Expectations[0].Weight = 7
	*roles[0].Requirements[0].Weight = 7
	*roles[0].Pay.Mid = roles[0].Pay.Min
	*st.Grades[0].Band.Mid = st.Grades[0].Band.Min
	got2, _ = g.Role("m1")
	assert.Equal(t, wantRoles[0], got2, "Role(m1) after changing the roles given to Compile")
	got3, _ = g.Grade("m1")
	assert.Equal(t, wantSt.Grades[0], got3, "Grade(m1) after changing the structure given to Compile")
	again, _ = g.Readiness(context.Background(), profile(), "e2")
	assert.Equal(t, ready, again, "Readiness(e2) after changing the ladder given to Compile")
}

func TestReadinessScorerSeesCopies(t *testing.T) {
	l, _, _ := weighted(t)
	g, err := ladder.Compile(l, catalog(), ladder.WithAnalyzeOptions(competency.Options{Scorer: meddler{}}))
	require.NoError(t, err, "Compile with a meddling scorer")
	first, err := g.Readiness(context.Background(), profile(), "e2")
	require.NoError(t, err, "Readiness(e2)")
	second, err := g.Readiness(context.Background(), profile(), "e2")
	require.NoError(t, err, "Readiness(e2) again")
	assert.Equal(t, first.Score, second.Score, "a Scorer that changes the weights it sees changes no later score")
	lv, _ := g.Level("e2")
	assert.Equal(t, 2.0, *lv.Expectations[0].Weight, "Level(e2) weight after Readiness with a meddling scorer")
}
