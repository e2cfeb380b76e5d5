package examples_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
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

func TestCandidatesFitTheRole(t *testing.T) {
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	ix := competency.MustCompile(cat)
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	require.NoError(t, r.ValidateWith(ix), "the role's requirements resolve against the catalog")

	senior, err := examples.SeniorEngineer()
	require.NoError(t, err, "examples.SeniorEngineer()")
	manager, err := examples.EngineeringManager()
	require.NoError(t, err, "examples.EngineeringManager()")
	for _, c := range []role.Candidate{senior, manager} {
		require.NoError(t, ix.ValidateProfile(c.Profile), "profile %s resolves against the catalog", c.Profile.Subject)
	}

	fs, err := role.Fit(context.Background(), ix, r, senior, role.FitOptions{})
	require.NoError(t, err, "Fit senior engineer")
	assert.False(t, fs.Ready, "the senior engineer is not yet ready")
	assert.Contains(t, fs.Competencies.Unmet, competency.ID("people-leadership"), "people leadership is a gap")
	assert.Contains(t, fs.Blocking, role.Reason{Kind: role.ReasonExperience, Subject: "people-management",
		Message: "2 years of people-management or engineering-leadership within the software-engineering experience needed, 1.5 held"}, "short of people-management years")
	fm, err := role.Fit(context.Background(), ix, r, manager, role.FitOptions{})
	require.NoError(t, err, "Fit engineering manager")
	assert.True(t, fm.Ready, "the experienced manager is ready: %v", fm.Blocking)
	assert.Greater(t, fm.Score, fs.Score, "the manager scores above the senior engineer")
}
