package careerkit_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
)

// TestLongCallsStopWithTheirContext calls every call that can take long
// with a context that is already cancelled: each returns the context's
// error and no result.
func TestLongCallsStopWithTheirContext(t *testing.T) {
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	people, err := examples.People()
	require.NoError(t, err, "examples.People()")
	m, err := f.Compile()
	require.NoError(t, err, "Framework.Compile()")
	r, ok := m.Role("manager-software-engineering")
	require.True(t, ok, "Model.Role(manager-software-engineering)")
	c := people.Candidates[0]
	ix := m.Index()
	g, ok := m.Ladder(f.Ladders[0].ID)
	require.True(t, ok, "Model.Ladder")
	level := f.Ladders[0].Levels[0].ID
	profiles := []competency.Profile{people.Candidates[0].Profile, people.Candidates[1].Profile}
	pop, err := ix.Population(context.Background(), profiles)
	require.NoError(t, err, "Population")
	matcher, err := ix.Matcher(r.Requirements, competency.Options{})
	require.NoError(t, err, "Matcher")

	done, cancel := context.WithCancel(context.Background())
	cancel()
	calls := []struct {
		name string
		call func(ctx context.Context) (any, error)
	}{
		{"Index.Analyze", func(ctx context.Context) (any, error) {
			return ix.Analyze(ctx, c.Profile, r.Requirements, competency.Options{})
		}},
		{"Index.Population", func(ctx context.Context) (any, error) { return ix.Population(ctx, profiles) }},
		{"Index.PopulationWithPolicy", func(ctx context.Context) (any, error) {
			return ix.PopulationWithPolicy(ctx, profiles, competency.Highest)
		}},
		{"Matcher.TopK", func(ctx context.Context) (any, error) { return matcher.TopK(ctx, pop, 2, competency.TopKOptions{}) }},
		{"role.Fit", func(ctx context.Context) (any, error) { return role.Fit(ctx, ix, r, c, role.FitOptions{}) }},
		{"role.RankCandidates", func(ctx context.Context) (any, error) {
			return role.RankCandidates(ctx, ix, r, people.Candidates, 10, role.FitOptions{})
		}},
		{"role.RankRoles", func(ctx context.Context) (any, error) {
			return role.RankRoles(ctx, ix, f.Roles, c, 10, role.FitOptions{})
		}},
		{"Model.Fit", func(ctx context.Context) (any, error) { return m.Fit(ctx, r.ID, c, role.FitOptions{}) }},
		{"Model.RankCandidates", func(ctx context.Context) (any, error) {
			return m.RankCandidates(ctx, r.ID, people, 10, role.FitOptions{})
		}},
		{"Model.RankRoles", func(ctx context.Context) (any, error) { return m.RankRoles(ctx, c, 10, role.FitOptions{}) }},
		{"Graph.Readiness", func(ctx context.Context) (any, error) { return g.Readiness(ctx, c.Profile, level) }},
	}
	for _, call := range calls {
		t.Run(call.name, func(t *testing.T) {
			_, err := call.call(context.Background())
			require.NoError(t, err, "%s with a live context", call.name)
			_, err = call.call(done)
			assert.ErrorIs(t, err, context.Canceled, "%s with a cancelled context", call.name)
		})
	}
}
