package examples_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
)

func TestCatalogHoldsTheSeedSkills(t *testing.T) {
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	ix, err := competency.Compile(cat)
	require.NoError(t, err, "Compile(examples.Catalog())")

	kinds := map[competency.Kind]int{}
	fullIndicators := 0
	for _, c := range cat.Competencies {
		kinds[c.Kind]++
		assert.NotEmpty(t, c.Description, "competency %s has a description", c.ID)
		sc, _ := ix.Scale(c.ID)
		levels := map[int]bool{}
		for _, in := range c.Indicators {
			levels[in.Level] = true
		}
		if len(levels) == len(sc.Levels) {
			fullIndicators++
		}
	}
	assert.Equal(t, 14, kinds[competency.Hard], "hard skills of the seed")
	assert.Equal(t, 10, kinds[competency.Soft], "soft skills of the seed")
	assert.Len(t, cat.Competencies, 24, "nothing but the seed's skills")
	assert.GreaterOrEqual(t, fullIndicators, 5, "competencies with an indicator at every level")
}

func TestProfilesAndRequirementsResolve(t *testing.T) {
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	ix := competency.MustCompile(cat)
	reqs, err := examples.ManagerRequirements()
	require.NoError(t, err, "examples.ManagerRequirements()")
	require.NoError(t, ix.ValidateRequirements(reqs), "requirements resolve against the catalog")
	assert.Len(t, reqs, 24, "a requirement on every skill")

	senior, err := examples.SeniorEngineer()
	require.NoError(t, err, "examples.SeniorEngineer()")
	manager, err := examples.EngineeringManager()
	require.NoError(t, err, "examples.EngineeringManager()")
	for _, p := range []competency.Profile{senior, manager} {
		require.NoError(t, ix.ValidateProfile(p), "profile %s resolves against the catalog", p.Subject)
	}

	rs, err := ix.Analyze(senior, reqs, competency.Options{})
	require.NoError(t, err, "Analyze senior engineer")
	assert.False(t, rs.RequiredMet, "the senior engineer is not yet ready")
	assert.Contains(t, rs.Unmet, competency.ID("people-leadership"), "people leadership is a gap")
	rm, err := ix.Analyze(manager, reqs, competency.Options{})
	require.NoError(t, err, "Analyze engineering manager")
	assert.True(t, rm.RequiredMet, "the experienced manager meets every requirement: unmet %v", rm.Unmet)
	assert.Greater(t, rm.Score, rs.Score, "the manager scores above the senior engineer")
}
