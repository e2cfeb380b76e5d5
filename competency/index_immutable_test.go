package competency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
)

// full is a catalog in which every slice of a competency and of a scale is
// set, so that changing what the Index returns is tried on every one.
func full() competency.Catalog {
	c := small()
	c.Scales = []competency.Scale{{ID: "own", Name: "Own", Levels: []competency.ScaleLevel{{Value: 1, Name: "One"}, {Value: 2, Name: "Two"}}}}
	ds := &c.Competencies[1]
	ds.DefinedLevels = []int{2, 3}
	ds.SameAs = []string{"onet:2.B.3.e"}
	ds.Tags = []string{"architecture"}
	c.Competencies[2].Scale = "own"
	return c
}

// mutateCompetency changes every field of c, through every slice.
func mutateCompetency(c *competency.Competency) {
	c.ID, c.Name, c.Kind, c.Category, c.Description, c.Scale = "x", "x", "x", "x", "x", "x"
	for i := range c.Parents {
		c.Parents[i] = "x"
	}
	for i := range c.Aliases {
		c.Aliases[i] = "x"
	}
	for i := range c.Indicators {
		c.Indicators[i] = competency.Indicator{Level: 99, Text: "x"}
	}
	for i := range c.DefinedLevels {
		c.DefinedLevels[i] = 99
	}
	for i := range c.SameAs {
		c.SameAs[i] = "x"
	}
	for i := range c.Tags {
		c.Tags[i] = "x"
	}
}

func mutateScale(s *competency.Scale) {
	s.ID, s.Name, s.Description = "x", "x", "x"
	for i := range s.Levels {
		s.Levels[i] = competency.ScaleLevel{Value: 99, Name: "x", Description: "x"}
	}
}

func mutateIDs(ids []competency.ID) {
	for i := range ids {
		ids[i] = "x"
	}
}

// TestIndexReturnsCopies changes everything each exported method of an
// Index returns and checks that the next call answers as the first did.
func TestIndexReturnsCopies(t *testing.T) {
	ix, err := competency.Compile(full())
	require.NoError(t, err, "Compile(full())")
	twin := competency.MustCompile(full())

	all := ix.Competencies()
	require.Len(t, all, 3, "Competencies()")
	for i := range all {
		mutateCompetency(&all[i])
	}
	assert.Equal(t, twin.Competencies(), ix.Competencies(), "Competencies() after changing what it returned")

	for _, c := range full().Competencies {
		got, ok := ix.Competency(c.ID)
		require.True(t, ok, "Competency(%s)", c.ID)
		mutateCompetency(&got)
		want, _ := twin.Competency(c.ID)
		again, _ := ix.Competency(c.ID)
		assert.Equal(t, want, again, "Competency(%s) after changing what it returned", c.ID)

		sc, ok := ix.Scale(c.ID)
		require.True(t, ok, "Scale(%s)", c.ID)
		mutateScale(&sc)
		wantSc, _ := twin.Scale(c.ID)
		againSc, _ := ix.Scale(c.ID)
		assert.Equal(t, wantSc, againSc, "Scale(%s) after changing what it returned", c.ID)

		for name, f := range map[string]func(*competency.Index, competency.ID) []competency.ID{
			"Parents": (*competency.Index).Parents, "Children": (*competency.Index).Children,
			"Ancestors": (*competency.Index).Ancestors, "Descendants": (*competency.Index).Descendants,
		} {
			mutateIDs(f(ix, c.ID))
			assert.Equal(t, f(twin, c.ID), f(ix, c.ID), "%s(%s) after changing what it returned", name, c.ID)
		}
	}
	assert.Equal(t, []competency.ID{"software-architecture"}, ix.Parents("distributed-systems"), "Parents(distributed-systems)")
	assert.Equal(t, []competency.ID{"distributed-systems"}, ix.Children("software-architecture"), "Children(software-architecture)")

	for _, id := range []competency.ScaleID{"own", competency.ScaleFramework, competency.ScaleDreyfus, competency.ScaleONetLevel} {
		sc, ok := ix.ScaleByID(id)
		require.True(t, ok, "ScaleByID(%s)", id)
		mutateScale(&sc)
		want, _ := twin.ScaleByID(id)
		again, _ := ix.ScaleByID(id)
		assert.Equal(t, want, again, "ScaleByID(%s) after changing what it returned", id)
	}
	assert.Equal(t, 3, ix.Len(), "Len()")
	id, via, ok := ix.Lookup("System Design")
	assert.True(t, ok && id == "distributed-systems" && via == competency.ViaAlias, "Lookup(System Design) after all the changes: %s %s %v", id, via, ok)
}

func TestCloneRequirements(t *testing.T) {
	assert.Nil(t, competency.CloneRequirements(nil), "CloneRequirements(nil)")
	assert.NotNil(t, competency.CloneRequirements([]competency.Requirement{}), "CloneRequirements of an empty, non-nil slice")

	reqs := []competency.Requirement{
		{Competency: "coaching", Level: 3, Importance: competency.Preferred},
		competency.Requirement{Competency: "distributed-systems", Level: 4}.WithWeight(2),
	}
	c := competency.CloneRequirements(reqs)
	require.Equal(t, reqs, c, "CloneRequirements equals its input")
	c[0].Level, c[0].Competency = 1, "x"
	*c[1].Weight = 9
	c[0].Weight = c[1].Weight
	assert.Equal(t, 3, reqs[0].Level, "the input's level after changing the clone")
	assert.Nil(t, reqs[0].Weight, "the input's unset weight after setting the clone's")
	assert.Equal(t, 2.0, *reqs[1].Weight, "the input's weight after changing the clone's through its pointer")
}
