package ladder_test

// Imports the Financial Times engineering progression framework
// (github.com/Financial-Times/engineering-progression, MIT licence,
// Copyright (c) 2019 Financial Times) from ../shared and checks the result.
// The importer and its mapping are described in ft_helpers_test.go.

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
)

// ftImport is the compiled import.
type ftImport struct {
	doc ftDoc
	ix  *competency.Index
	l   ladder.Ladder
	g   *ladder.Graph
}

func importFT(t *testing.T, doc ftDoc) ftImport {
	t.Helper()
	cat, err := ftCatalog(doc)
	require.NoError(t, err, "ftCatalog")
	ix, err := competency.Compile(cat)
	require.NoError(t, err, "competency.Compile(FT catalog)")
	l, err := ftLadder(doc)
	require.NoError(t, err, "ftLadder")
	g, err := ladder.Compile(l, ix)
	require.NoError(t, err, "ladder.Compile(FT ladder)")
	return ftImport{doc, ix, l, g}
}

func TestImportFTFramework(t *testing.T) {
	ft := importFT(t, loadFT(t))
	t.Run("shape", func(t *testing.T) { testFTShape(t, ft) })
	t.Run("fork", func(t *testing.T) { testFTFork(t, ft) })
	t.Run("carry forward", func(t *testing.T) { testFTCarry(t, ft) })
	t.Run("no falling expectation", func(t *testing.T) { testFTNoFall(t, ft) })
	t.Run("readiness", func(t *testing.T) { testFTReadiness(t, ft) })
	t.Run("theme view", func(t *testing.T) { testFTThemes(t, ft.doc) })
}

// testFTShape: 8 levels, 9 themes as categories, 72 competencies, one per
// level and theme, on a five-level scale.
func testFTShape(t *testing.T, ft ftImport) {
	assert.Len(t, ft.l.Levels, 8, "levels of the imported ladder")
	assert.Len(t, ft.doc.Themes, 9, "themes in the file")
	assert.Equal(t, 72, ft.ix.Len(), "competencies in the catalog (Index.Len)")

	perCategory := map[string]int{}
	for _, c := range ft.ix.Competencies() {
		perCategory[c.Category]++
	}
	for _, th := range ft.doc.Themes {
		assert.Equal(t, 8, perCategory[th.Name], "competencies in category %q: one per level", th.Name)
	}
	assert.Len(t, perCategory, 9, "categories are exactly the themes")

	for _, lv := range ft.l.Levels {
		var required int
		for _, e := range lv.Expectations {
			if e.Importance.IsRequired() {
				required++
			}
		}
		assert.Equal(t, 9, required, "own (required) expectations of %s: one per theme", lv.ID)
	}

	sc, ok := ft.ix.ScaleByID(ftScaleID)
	require.True(t, ok, "Index.ScaleByID(%q)", ftScaleID)
	fw := competency.FrameworkScale()
	require.Len(t, sc.Levels, 5, "levels of the FT scale")
	for i, lv := range sc.Levels {
		assert.Equal(t, ftProficiencies[i], lv.Name, "name of FT scale level %d", lv.Value)
		assert.Equal(t, fw.Levels[i].Value, lv.Value, "value of %q matches competency.FrameworkScale()'s %q", lv.Name, fw.Levels[i].Name)
	}
}

// testFTFork: ranks and tracks as derived from the IDs, the fork after
// Senior Engineer 1, and the moves.
func testFTFork(t *testing.T, ft ftImport) {
	places := []struct {
		id    ladder.LevelID
		track ladder.TrackID
		rank  int
	}{
		{"junior", ftIC, 1},
		{"engineer", ftIC, 2},
		{"senior-1", ftIC, 3},
		{"senior-2-ic", ftIC, 4},
		{"senior-2-pm", ftPM, 4},
		{"principal-ic", ftIC, 5},
		{"principal-pm", ftPM, 5},
		{"tech-director", ftPM, 6},
	}
	for _, p := range places {
		lv, ok := ft.g.Level(p.id)
		if assert.True(t, ok, "Graph.Level(%q)", p.id) {
			assert.Equal(t, p.track, lv.Track, "track of %s", p.id)
			assert.Equal(t, p.rank, lv.Rank, "rank of %s", p.id)
		}
	}

	next, err := ft.g.Next("senior-1")
	require.NoError(t, err, "Graph.Next(senior-1)")
	assert.Equal(t, []ladder.LevelID{"senior-2-ic", "senior-2-pm"}, levelIDs(next), "Graph.Next(senior-1): the fork")

	want := []ladder.Move{
		{From: "junior", To: "engineer", Kind: ladder.Promotion},
		{From: "engineer", To: "senior-1", Kind: ladder.Promotion},
		{From: "senior-1", To: "senior-2-ic", Kind: ladder.Promotion},
		{From: "senior-1", To: "senior-2-pm", Kind: ladder.Promotion},
		{From: "senior-2-ic", To: "senior-2-pm", Kind: ladder.Switch},
		{From: "senior-2-ic", To: "principal-ic", Kind: ladder.Promotion},
		{From: "senior-2-pm", To: "senior-2-ic", Kind: ladder.Switch},
		{From: "senior-2-pm", To: "principal-pm", Kind: ladder.Promotion},
		{From: "principal-ic", To: "principal-pm", Kind: ladder.Switch},
		{From: "principal-pm", To: "principal-ic", Kind: ladder.Switch},
		{From: "principal-pm", To: "tech-director", Kind: ladder.Promotion},
	}
	assert.Equal(t, want, ft.l.Moves, "moves of the imported ladder")
}

func levelIDs(levels []ladder.Level) []ladder.LevelID {
	var ids []ladder.LevelID
	for _, lv := range levels {
		ids = append(ids, lv.ID)
	}
	return ids
}

// testFTCarry: each level expects its own statements plus everything below
// it on its path, and nothing from the other branch.
func testFTCarry(t *testing.T, ft ftImport) {
	counts := []struct {
		level ladder.LevelID
		n     int
	}{
		{"junior", 9}, {"engineer", 18}, {"senior-1", 27},
		{"senior-2-ic", 36}, {"senior-2-pm", 36},
		{"principal-ic", 45}, {"principal-pm", 45},
		{"tech-director", 54},
	}
	for _, c := range counts {
		lv, ok := ft.g.Level(c.level)
		if assert.True(t, ok, "Graph.Level(%q)", c.level) {
			assert.Len(t, lv.Expectations, c.n, "expectations of %s: 9 per level up its path", c.level)
		}
	}

	// Spot checks at the top of the people-manager path.
	td, _ := ft.g.Level("tech-director")
	juniorTechnical := statement(t, ft.doc, "junior", "technical")
	e, ok := expectation(td, juniorTechnical)
	if assert.True(t, ok, "tech-director carries junior's technical statement") {
		assert.Equal(t, 2, e.Level, "carried at its own proficiency (Foundational)")
		assert.Equal(t, competency.Preferred, e.Importance, "carried expectations are preferred")
	}
	_, ok = expectation(td, statement(t, ft.doc, "principal-ic", "technical"))
	assert.False(t, ok, "tech-director does not carry the IC branch's statements")
}

// statement returns the ID of the statement of a theme at a level.
func statement(t *testing.T, doc ftDoc, level ladder.LevelID, theme string) competency.ID {
	t.Helper()
	i := slices.IndexFunc(doc.Competencies, func(c ftCompetency) bool { return c.Level == level && c.Theme == theme })
	require.GreaterOrEqual(t, i, 0, "statement of %s at %s", theme, level)
	return competency.ID(doc.Competencies[i].ID)
}

func expectation(lv ladder.Level, id competency.ID) (competency.Requirement, bool) {
	i := slices.IndexFunc(lv.Expectations, func(e competency.Requirement) bool { return e.Competency == id })
	if i < 0 {
		return competency.Requirement{}, false
	}
	return lv.Expectations[i], true
}

// ftPaths are the two branches, from the lowest level to the top of each.
var ftPaths = []struct {
	name     string
	from, to ladder.LevelID
	via      []ladder.LevelID
}{
	{"IC", "junior", "principal-ic", []ladder.LevelID{"engineer", "senior-1", "senior-2-ic", "principal-ic"}},
	{"people manager", "junior", "tech-director", []ladder.LevelID{"engineer", "senior-1", "senior-2-pm", "principal-pm", "tech-director"}},
}

// testFTNoFall: Lint finds no falling expectation, and no promotion along
// either branch lowers or drops an expectation.
func testFTNoFall(t *testing.T, ft ftImport) {
	advice := ft.g.Lint()
	var falling []ladder.Advice
	for _, a := range advice {
		if a.Rule == ladder.RuleFallingExpectation {
			falling = append(falling, a)
		}
	}
	assert.Empty(t, falling, "Graph.Lint(): falling expectations")
	assert.Empty(t, advice, "Graph.Lint(): no advice of any rule")

	for _, p := range ftPaths {
		t.Run(p.name, func(t *testing.T) {
			moves, err := ft.g.Path(p.from, p.to)
			require.NoError(t, err, "Graph.Path(%s, %s)", p.from, p.to)
			var via []ladder.LevelID
			for _, m := range moves {
				via = append(via, m.To)
				assert.Equal(t, ladder.Promotion, m.Kind, "kind of %s → %s", m.From, m.To)
				changes, err := ft.g.Diff(m.From, m.To)
				require.NoError(t, err, "Graph.Diff(%s, %s)", m.From, m.To)
				for _, c := range changes {
					assert.NotContains(t, []ladder.ChangeKind{ladder.Lowered, ladder.Dropped}, c.Kind,
						"Graph.Diff(%s, %s): %s %s", m.From, m.To, c.Competency, c.Kind)
				}
			}
			assert.Equal(t, p.via, via, "Graph.Path(%s, %s)", p.from, p.to)
		})
	}

	moves, err := ft.g.Path("principal-ic", "tech-director")
	require.NoError(t, err, "Graph.Path(principal-ic, tech-director)")
	assert.Equal(t, []ladder.Move{
		{From: "principal-ic", To: "principal-pm", Kind: ladder.Switch},
		{From: "principal-pm", To: "tech-director", Kind: ladder.Promotion},
	}, moves, "Graph.Path(principal-ic, tech-director): switch track, then promotion")
}

// testFTReadiness: a synthetic Senior Engineer 1 against their level and the
// next IC level.
func testFTReadiness(t *testing.T, ft ftImport) {
	s1, _ := ft.g.Level("senior-1")
	all := ratingsFor(s1.Expectations, false)
	ownOnly := ratingsFor(s1.Expectations, true)
	s2ic, _ := ft.g.Level("senior-2-ic")
	var s2Own []competency.ID
	for _, e := range s2ic.Expectations[:9] { // own statements come first
		s2Own = append(s2Own, e.Competency)
	}

	tests := []struct {
		name      string
		ratings   []competency.Rating
		level     ladder.LevelID
		wantMet   bool
		wantScore float64
		wantUnmet []competency.ID
	}{
		// Meets everything senior-1 expects, earlier levels included.
		{"all of senior-1 at senior-1", all, "senior-1", true, 1, nil},
		// Earlier levels are preferred: unrated, they lower the score but do
		// not block RequiredMet (9 of 27 met).
		{"own statements only at senior-1", ownOnly, "senior-1", true, 9.0 / 27, nil},
		// The next IC level: its 9 own statements are unmet, the 27 carried
		// ones met (27 of 36).
		{"all of senior-1 at senior-2-ic", all, "senior-2-ic", false, 27.0 / 36, s2Own},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := competency.Profile{Subject: "synthetic-senior-1", Ratings: tt.ratings}
			rep, err := ft.g.Readiness(context.Background(), p, tt.level)
			require.NoError(t, err, "Graph.Readiness(%s)", tt.level)
			assert.Equal(t, tt.wantMet, rep.RequiredMet, "Graph.Readiness(%s).RequiredMet", tt.level)
			assert.InDelta(t, tt.wantScore, rep.Score, 1e-9, "Graph.Readiness(%s).Score", tt.level)
			assert.Equal(t, tt.wantUnmet, rep.Unmet, "Graph.Readiness(%s).Unmet", tt.level)
		})
	}
}

// ratingsFor rates each expectation at exactly its level; ownOnly keeps the
// required ones only.
func ratingsFor(exps []competency.Requirement, ownOnly bool) []competency.Rating {
	var out []competency.Rating
	for _, e := range exps {
		if ownOnly && !e.Importance.IsRequired() {
			continue
		}
		out = append(out, competency.Rating{Competency: string(e.Competency), Level: e.Level, Source: competency.Manager})
	}
	return out
}

// testFTThemes: in FT's own view (themes as competencies) no theme's
// proficiency falls along a promotion; lowering one in a copy of the data
// shows that Lint would catch it.
func testFTThemes(t *testing.T, doc ftDoc) {
	lintThemes := func(t *testing.T, doc ftDoc) []ladder.Advice {
		t.Helper()
		cat, l, err := ftThemeView(doc)
		require.NoError(t, err, "ftThemeView")
		ix, err := competency.Compile(cat)
		require.NoError(t, err, "competency.Compile(theme catalog)")
		g, err := ladder.Compile(l, ix)
		require.NoError(t, err, "ladder.Compile(theme ladder)")
		return g.Lint()
	}
	assert.Empty(t, lintThemes(t, doc), "Graph.Lint() of the theme view")

	// Control: Technology Director's Technical statement at Working knowledge,
	// below Principal Engineer (PM)'s Practitioner.
	lowered := doc
	lowered.Competencies = slices.Clone(doc.Competencies)
	i := slices.IndexFunc(lowered.Competencies, func(c ftCompetency) bool { return c.Level == "tech-director" && c.Theme == "technical" })
	require.GreaterOrEqual(t, i, 0, "tech-director's technical statement")
	lowered.Competencies[i].Proficiency = "Working knowledge"
	advice := lintThemes(t, lowered)
	if assert.Len(t, advice, 1, "Graph.Lint() of the lowered theme view") {
		assert.Equal(t, ladder.RuleFallingExpectation, advice[0].Rule, "rule of the advice")
		assert.Equal(t, "promotion principal-pm → tech-director lowers technical from 4 to 3", advice[0].Message, "message of the advice")
	}
}
