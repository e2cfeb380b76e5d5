package ladder_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

// forked is a ladder in the shape of a framework that forks: s1 promotes
// into two variants of one rank, s2-ic and s2-pm, which switch both ways;
// only the people-manager variant leads on, to td. Each level expects its
// own statement as required and carries the ones below it as preferred.
func forked() ladder.Ladder {
	req := func(id competency.ID, level int) competency.Requirement {
		return competency.Requirement{Competency: id, Level: level, Importance: competency.Required}
	}
	pref := func(id competency.ID, level int) competency.Requirement {
		return competency.Requirement{Competency: id, Level: level, Importance: competency.Preferred}
	}
	return ladder.Ladder{
		ID: "forked", Name: "Forked",
		Tracks: []ladder.Track{{ID: "ic", Name: "IC", Kind: role.IC}, {ID: "pm", Name: "People manager", Kind: role.Management}},
		Levels: []ladder.Level{
			{ID: "s1", Track: "ic", Rank: 1, Title: "Senior 1", Expectations: []competency.Requirement{req("coding", 3)}},
			{ID: "s2-ic", Track: "ic", Rank: 2, Title: "Senior 2 (IC)", Expectations: []competency.Requirement{req("design", 3), pref("coding", 3)}},
			{ID: "s2-pm", Track: "pm", Rank: 2, Title: "Senior 2 (PM)", Expectations: []competency.Requirement{req("coaching", 3), pref("coding", 3)}},
			{ID: "td", Track: "pm", Rank: 3, Title: "Director", Expectations: []competency.Requirement{req("coaching", 4), pref("coding", 3)}},
		},
		Moves: []ladder.Move{
			{From: "s1", To: "s2-ic", Kind: ladder.Promotion},
			{From: "s1", To: "s2-pm", Kind: ladder.Promotion},
			{From: "s2-ic", To: "s2-pm", Kind: ladder.Switch},
			{From: "s2-pm", To: "s2-ic", Kind: ladder.Switch},
			{From: "s2-pm", To: "td", Kind: ladder.Promotion},
		},
	}
}

func TestFork(t *testing.T) {
	g, err := ladder.Compile(forked(), catalog())
	require.NoError(t, err, "ladder.Compile(forked)")

	next, err := g.Next("s1")
	require.NoError(t, err, "Graph.Next(s1)")
	var ids []ladder.LevelID
	for _, lv := range next {
		ids = append(ids, lv.ID)
	}
	assert.Equal(t, []ladder.LevelID{"s2-ic", "s2-pm"}, ids, "Graph.Next(s1): both variants of the fork")

	moves, err := g.Path("s2-ic", "td")
	require.NoError(t, err, "Graph.Path(s2-ic, td)")
	assert.Equal(t, []ladder.Move{
		{From: "s2-ic", To: "s2-pm", Kind: ladder.Switch},
		{From: "s2-pm", To: "td", Kind: ladder.Promotion},
	}, moves, "Graph.Path(s2-ic, td): switch track, then promotion")
	assert.Empty(t, g.Lint(), "Graph.Lint() of forked: nothing falls, every level is reachable")

	// A profile holding only td's own statement: required items met, the
	// carried (preferred) coding unrated lowers the score to 1 of 2.
	p := competency.Profile{Subject: "s", Ratings: []competency.Rating{{Competency: "coaching", Level: 4, Source: competency.Manager}}}
	rep, err := g.Readiness(context.Background(), p, "td")
	require.NoError(t, err, "Graph.Readiness(td)")
	assert.True(t, rep.RequiredMet, "Graph.Readiness(td).RequiredMet: preferred items do not block")
	assert.InDelta(t, 0.5, rep.Score, 1e-9, "Graph.Readiness(td).Score: 1 of 2 equally weighted items")
}
