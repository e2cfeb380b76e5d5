package ladder_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func exampleGraph(t *testing.T) (*ladder.Graph, *competency.Index) {
	t.Helper()
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	ix := competency.MustCompile(cat)
	l, err := examples.Ladder()
	require.NoError(t, err, "examples.Ladder()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	pay, err := examples.PayStructure()
	require.NoError(t, err, "examples.PayStructure()")
	g, err := ladder.Compile(l, ix, ladder.WithRoles(r), ladder.WithStructure(pay))
	require.NoError(t, err, "Compile(example ladder)")
	return g, ix
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644), "write %s", path)
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "read %s (run with -update to create it)", path)
	assert.Equal(t, string(want), got, "%s matches its golden file", name)
}

func TestRenderingsGolden(t *testing.T) {
	g, _ := exampleGraph(t)
	for _, track := range []string{"ic", "mgmt"} {
		m, err := g.Matrix(ladder.TrackID(track))
		require.NoError(t, err, "Matrix(%s)", track)
		golden(t, "engineering-"+track+".md", m)
	}
	golden(t, "engineering.mmd", g.Mermaid())
	golden(t, "engineering.dot", g.DOT())
	for i := 0; i < 3; i++ {
		again, _ := exampleGraph(t)
		assert.Equal(t, g.Mermaid(), again.Mermaid(), "Mermaid is deterministic")
		assert.Equal(t, g.DOT(), again.DOT(), "DOT is deterministic")
	}
	_, err := g.Matrix("sales")
	assert.Error(t, err, "Matrix of an unknown track")
}

func TestExampleLadder(t *testing.T) {
	g, _ := exampleGraph(t)
	assert.Empty(t, g.Lint(), "the example ladder lints clean")

	l := g.Ladder()
	ic, mgmt := 0, 0
	for _, lv := range l.Levels {
		switch lv.Track {
		case "ic":
			ic++
		case "mgmt":
			mgmt++
		}
	}
	assert.GreaterOrEqual(t, ic, 6, "IC levels")
	assert.GreaterOrEqual(t, mgmt, 4, "management levels")

	m1, ok := g.Level("m1")
	require.True(t, ok, "level m1")
	assert.Equal(t, role.ID("manager-software-engineering"), m1.Role, "m1 is the seed role")
	gr, ok := g.Grade("m1")
	require.True(t, ok, "grade of m1")
	assert.Equal(t, "USD 140000–220000/year", gr.Band.String(), "the seed role's band")

	p, err := g.Path("e3", "m2")
	require.NoError(t, err, "Path Senior Engineer → Director")
	assert.Equal(t, []string{"e3", "m1", "m2"}, levelsOf(p), "through the seed role")

	d, err := g.Diff("m1", "m2")
	require.NoError(t, err, "Diff m1 → m2")
	require.NotEmpty(t, d, "m2 expects more than m1")
	for _, c := range d {
		assert.Contains(t, []ladder.ChangeKind{ladder.Raised, ladder.Added}, c.Kind, "a promotion only raises or adds: %+v", c)
	}

	senior, err := examples.SeniorEngineer()
	require.NoError(t, err, "examples.SeniorEngineer()")
	at, err := g.Readiness(context.Background(), senior.Profile, "e3")
	require.NoError(t, err, "Readiness for e3")
	assert.True(t, at.RequiredMet, "the senior engineer meets Senior Engineer: unmet %v", at.Unmet)
	up, err := g.Readiness(context.Background(), senior.Profile, "m1")
	require.NoError(t, err, "Readiness for m1")
	assert.False(t, up.RequiredMet, "not yet ready for the seed role")
	assert.Contains(t, up.Unmet, competency.ID("people-leadership"), "people leadership is a gap")
}

func TestMermaidNodeIDsAreUnique(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{{ID: "go", Name: "Go", Kind: competency.Hard}}})
	l := ladder.Ladder{ID: "x", Name: "X", Tracks: []ladder.Track{{ID: "t", Name: "T", Kind: role.IC}}}
	for i, id := range []string{"a_b_2", "a-b", "a.b", "a_b"} {
		l.Levels = append(l.Levels, ladder.Level{ID: ladder.LevelID(id), Track: "t", Rank: i, Title: id,
			Expectations: []competency.Requirement{{Competency: "go", Level: 1}}})
	}
	g, err := ladder.Compile(l, ix)
	require.NoError(t, err, "Compile")
	out := g.Mermaid()
	seen := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if id, label, ok := strings.Cut(line, "[\""); ok && !strings.HasPrefix(line, "subgraph") {
			title, _, _ := strings.Cut(label, "<br/>")
			prev, dup := seen[id]
			assert.False(t, dup, "node %s names both %s and %s", id, prev, title)
			seen[id] = title
		}
	}
	assert.Len(t, seen, 4, "one node per level: %s", out)
}
