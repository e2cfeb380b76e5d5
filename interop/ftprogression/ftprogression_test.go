package ftprogression_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/ftprogression"
	"github.com/careerkit/careerkit/ladder"
)

// sharedPath is the framework in the project's shared reference data, from
// this package's directory; testdataPath is the package's own copy.
var (
	sharedPath   = filepath.Join("..", "..", "..", "shared", "data", "ladders", "ft_engineering_competencies.yml")
	testdataPath = filepath.Join("testdata", "engineering.yml")
)

// eachSource runs f on the package's copy and, when it exists, on the
// shared file.
func eachSource(t *testing.T, f func(t *testing.T, path string)) {
	for _, p := range []string{testdataPath, sharedPath} {
		t.Run(p, func(t *testing.T) {
			if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
				t.Skipf("%s is absent (a fresh clone has no ../shared)", p)
			}
			f(t, p)
		})
	}
}

// raw is the file read independently of the importer, with yaml.Unmarshal
// into generic maps.
type raw struct {
	levels, themes, competencies []map[string]any
}

func readRaw(t *testing.T, path string) raw {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err, "os.ReadFile(%s)", path)
	var m map[string][]map[string]any
	var generic map[string]any
	require.NoError(t, yaml.Unmarshal(data, &generic), "yaml.Unmarshal(%s) into map[string]any", path)
	m = map[string][]map[string]any{}
	for _, k := range []string{"levels", "themes", "competencies"} {
		for _, item := range generic[k].([]any) {
			m[k] = append(m[k], item.(map[string]any))
		}
	}
	return raw{m["levels"], m["themes"], m["competencies"]}
}

// statement returns the ID of the raw file's statement of theme at level.
func (r raw) statement(t *testing.T, level, theme string) competency.ID {
	t.Helper()
	i := slices.IndexFunc(r.competencies, func(c map[string]any) bool { return c["level"] == level && c["theme"] == theme })
	require.GreaterOrEqual(t, i, 0, "statement of %s at %s in the raw file", theme, level)
	return competency.ID(r.competencies[i]["id"].(string))
}

// imported is a compiled import.
type imported struct {
	fw  careerkit.Framework
	rep *interop.Report
	ix  *competency.Index
	l   ladder.Ladder
	g   *ladder.Graph
}

func importFT(t *testing.T, path string, opts ftprogression.Options) imported {
	t.Helper()
	fw, rep, err := ftprogression.Import(path, opts)
	require.NoError(t, err, "ftprogression.Import(%s, %+v)", path, opts)
	m, err := fw.Compile()
	require.NoError(t, err, "Framework.Compile() of the import of %s", path)
	require.Len(t, fw.Ladders, 1, "ladders of the import")
	g, ok := m.Ladder(fw.Ladders[0].ID)
	require.True(t, ok, "Model.Ladder(%s)", fw.Ladders[0].ID)
	return imported{fw, rep, m.Index(), fw.Ladders[0], g}
}

func TestImport(t *testing.T) {
	eachSource(t, func(t *testing.T, path string) {
		r := readRaw(t, path)
		ft := importFT(t, path, ftprogression.Options{})
		t.Run("counts", func(t *testing.T) { testCounts(t, r, ft) })
		t.Run("values", func(t *testing.T) { testValues(t, r, ft) })
		t.Run("fork", func(t *testing.T) { testFork(t, ft) })
		t.Run("carry forward", func(t *testing.T) { testCarry(t, r, ft) })
		t.Run("no falling expectation", func(t *testing.T) { testNoFall(t, ft) })
		t.Run("readiness", func(t *testing.T) { testReadiness(t, ft) })
		t.Run("provenance", func(t *testing.T) { testProvenance(t, ft) })
		t.Run("round trip", func(t *testing.T) { testRoundTrip(t, ft.fw) })
	})
}

// testCounts: the file's 8 levels, 9 themes and 72 competencies, counted
// by the raw read, are the import's, one competency per level and theme.
func testCounts(t *testing.T, r raw, ft imported) {
	require.Len(t, r.levels, 8, "levels in the raw file")
	require.Len(t, r.themes, 9, "themes in the raw file")
	require.Len(t, r.competencies, 72, "competencies in the raw file")

	assert.Len(t, ft.l.Levels, len(r.levels), "levels of the imported ladder")
	assert.Equal(t, len(r.competencies), ft.ix.Len(), "competencies in the catalog (Index.Len)")
	assert.Equal(t, map[string]int{
		"competencies": 72, "themes": 9, "levels": 8, "ladders": 1,
		"moves": 11,
		// 9 per level and 9 more per level below on its path:
		// 9+18+27+36+36+45+45+54 = 270.
		"expectations": 270,
	}, ft.rep.Counts, "Report.Counts")
	assert.Empty(t, ft.rep.ProblemsOf(interop.Malformed), "malformed items in the real file")

	perCategory := map[string]int{}
	for _, c := range ft.ix.Competencies() {
		perCategory[c.Category]++
	}
	for _, th := range r.themes {
		assert.Equal(t, 8, perCategory[th["name"].(string)], "competencies in category %q: one per level", th["name"])
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

	sc, ok := ft.ix.ScaleByID(ftprogression.ScaleID)
	require.True(t, ok, "Index.ScaleByID(%q)", ftprogression.ScaleID)
	fw := competency.FrameworkScale()
	require.Len(t, sc.Levels, 5, "levels of the FT scale")
	for i, lv := range sc.Levels {
		assert.Equal(t, ftprogression.Proficiencies()[i], lv.Name, "name of FT scale level %d", lv.Value)
		assert.Equal(t, fw.Levels[i].Value, lv.Value, "value of %q matches competency.FrameworkScale()'s %q", lv.Name, fw.Levels[i].Name)
	}
}

// testValues: values written out from the file.
func testValues(t *testing.T, r raw, ft imported) {
	assert.Equal(t, "Financial Times Engineering", ft.fw.Name, "Framework.Name")
	assert.Equal(t, ladder.ID("ft-engineering"), ft.l.ID, "Ladder.ID")
	assert.Equal(t, "Engineering", ft.l.Family, "Ladder.Family")
	c := ft.fw.Competencies[0]
	assert.Equal(t, competency.Competency{
		ID:          "fb43098c-588c-421c-b87a-92b0bfd2ad7c",
		Name:        "Planning and Organising — Junior Engineer",
		Kind:        competency.Soft,
		Category:    "Planning and Organising",
		Description: "Aware of how the team delivers and the best practices they use. Plans and delivers own work tasks.",
	}, c, "the first competency")
	tech, ok := ft.ix.Competency(r.statement(t, "junior", "technical"))
	require.True(t, ok, "Index.Competency of junior's technical statement")
	assert.Equal(t, competency.Hard, tech.Kind, "the technical theme is a hard skill")
	assert.Equal(t, "Technical — Junior Engineer", tech.Name, "name of junior's technical statement")
	assert.Equal(t, "Technology Director", ft.l.Levels[7].Title, "title of the last level")
}

// testFork: ranks and tracks as derived from the IDs, the fork after
// Senior Engineer 1, and the moves.
func testFork(t *testing.T, ft imported) {
	places := []struct {
		id    ladder.LevelID
		track ladder.TrackID
		rank  int
	}{
		{"junior", ftprogression.IC, 1},
		{"engineer", ftprogression.IC, 2},
		{"senior-1", ftprogression.IC, 3},
		{"senior-2-ic", ftprogression.IC, 4},
		{"senior-2-pm", ftprogression.PeopleManager, 4},
		{"principal-ic", ftprogression.IC, 5},
		{"principal-pm", ftprogression.PeopleManager, 5},
		{"tech-director", ftprogression.PeopleManager, 6},
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

// testCarry: each level expects its own statements plus everything below
// it on its path, and nothing from the other branch.
func testCarry(t *testing.T, r raw, ft imported) {
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
	e, ok := expectation(td, r.statement(t, "junior", "technical"))
	if assert.True(t, ok, "tech-director carries junior's technical statement") {
		assert.Equal(t, 2, e.Level, "carried at its own proficiency (Foundational)")
		assert.Equal(t, competency.Preferred, e.Importance, "carried expectations are preferred")
	}
	_, ok = expectation(td, r.statement(t, "principal-ic", "technical"))
	assert.False(t, ok, "tech-director does not carry the IC branch's statements")
}

func expectation(lv ladder.Level, id competency.ID) (competency.Requirement, bool) {
	i := slices.IndexFunc(lv.Expectations, func(e competency.Requirement) bool { return e.Competency == id })
	if i < 0 {
		return competency.Requirement{}, false
	}
	return lv.Expectations[i], true
}

// paths are the two branches, from the lowest level to the top of each.
var paths = []struct {
	name     string
	from, to ladder.LevelID
	via      []ladder.LevelID
}{
	{"IC", "junior", "principal-ic", []ladder.LevelID{"engineer", "senior-1", "senior-2-ic", "principal-ic"}},
	{"people manager", "junior", "tech-director", []ladder.LevelID{"engineer", "senior-1", "senior-2-pm", "principal-pm", "tech-director"}},
}

// testNoFall: Lint finds no falling expectation, and no promotion along
// either branch lowers or drops an expectation.
func testNoFall(t *testing.T, ft imported) {
	advice := ft.g.Lint()
	var falling []ladder.Advice
	for _, a := range advice {
		if a.Rule == ladder.RuleFallingExpectation {
			falling = append(falling, a)
		}
	}
	assert.Empty(t, falling, "Graph.Lint(): falling expectations")
	assert.Empty(t, advice, "Graph.Lint(): no advice of any rule")

	for _, p := range paths {
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

// testReadiness: a synthetic Senior Engineer 1 against their level and the
// next IC level.
func testReadiness(t *testing.T, ft imported) {
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

// testProvenance: every competency, level and expectation has a source,
// and a few are where the file has them.
func testProvenance(t *testing.T, ft imported) {
	for i := range ft.fw.Competencies {
		_, ok := ft.rep.Lookup(pathOf("competencies", i))
		assert.True(t, ok, "Report.Lookup(competencies[%d])", i)
	}
	for i, lv := range ft.l.Levels {
		_, ok := ft.rep.Lookup(pathOf("ladders[0].levels", i))
		assert.True(t, ok, "Report.Lookup(ladders[0].levels[%d])", i)
		for j := range lv.Expectations {
			_, ok := ft.rep.Lookup(pathOf(pathOf("ladders[0].levels", i)+".expectations", j))
			assert.True(t, ok, "Report.Lookup(ladders[0].levels[%d].expectations[%d])", i, j)
		}
	}
	// Lines of the file: "  - id: junior" is line 8, "  - id:
	// tech-director" line 29, the first competency starts on line 89 and
	// its proficiency is on line 94 (after id, level, theme, a two-line
	// summary).
	tests := []struct{ path, want string }{
		{"ladders[0].levels[0]", "engineering.yml:8#/levels/0"},
		{"ladders[0].levels[7]", "engineering.yml:29#/levels/7"},
		{"competencies[0]", "engineering.yml:89#/competencies/0"},
		{"ladders[0].levels[0].expectations[0]", "engineering.yml:94#/competencies/0/proficiency"},
	}
	for _, tt := range tests {
		src, ok := ft.rep.Lookup(tt.path)
		if assert.True(t, ok, "Report.Lookup(%s)", tt.path) {
			got := src.String()
			got = strings.Replace(got, "ft_engineering_competencies.yml", "engineering.yml", 1)
			assert.Equal(t, tt.want, got, "source of %s", tt.path)
		}
	}
}

func pathOf(prefix string, i int) string { return fmt.Sprintf("%s[%d]", prefix, i) }

// testRoundTrip: canonical YAML loads back to the same framework.
func testRoundTrip(t *testing.T, fw careerkit.Framework) {
	data, err := careerkit.Marshal(fw, document.YAML)
	require.NoError(t, err, "careerkit.Marshal(import, YAML)")
	back, err := careerkit.Load(bytes.NewReader(data))
	require.NoError(t, err, "careerkit.Load(Marshal(import))")
	assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "Load(Marshal(import)) gives the import back")
	assert.NoError(t, back.Validate(), "Framework.Validate() of the loaded import")
}

// TestThemes: in FT's own view (themes as competencies) no theme's
// proficiency falls along a promotion; lowering one in a copy of the file
// shows that Lint would catch it.
func TestThemes(t *testing.T) {
	eachSource(t, func(t *testing.T, path string) {
		data, err := os.ReadFile(path)
		require.NoError(t, err, "os.ReadFile(%s)", path)
		lint := func(t *testing.T, data []byte) []ladder.Advice {
			t.Helper()
			fw, _, err := ftprogression.Read(bytes.NewReader(data), ftprogression.Options{Themes: true})
			require.NoError(t, err, "ftprogression.Read(Themes)")
			assert.Len(t, fw.Competencies, 9, "the theme view's catalog: the nine themes")
			for _, lv := range fw.Ladders[0].Levels {
				assert.Len(t, lv.Expectations, 9, "expectations of %s in the theme view: every theme, nothing carried", lv.ID)
			}
			m, err := fw.Compile()
			require.NoError(t, err, "Framework.Compile() of the theme view")
			g, _ := m.Ladder(fw.Ladders[0].ID)
			return g.Lint()
		}
		assert.Empty(t, lint(t, data), "Graph.Lint() of the theme view")

		// Control: Technology Director's Technical statement at Working
		// knowledge, below Principal Engineer (PM)'s Practitioner.
		lowered := setProficiency(t, data, "tech-director", "technical", "Working knowledge")
		advice := lint(t, lowered)
		if assert.Len(t, advice, 1, "Graph.Lint() of the lowered theme view") {
			assert.Equal(t, ladder.RuleFallingExpectation, advice[0].Rule, "rule of the advice")
			assert.Equal(t, "promotion principal-pm → tech-director lowers technical from 4 to 3", advice[0].Message, "message of the advice")
		}
	})
}

// setProficiency returns a copy of the file in which the statement of
// theme at level has proficiency p.
func setProficiency(t *testing.T, data []byte, level, theme, p string) []byte {
	t.Helper()
	var root yaml.Node
	require.NoError(t, yaml.Unmarshal(data, &root), "yaml.Unmarshal into a node")
	top := root.Content[0]
	var done bool
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value != "competencies" {
			continue
		}
		for _, item := range top.Content[i+1].Content {
			var c map[string]string
			require.NoError(t, item.Decode(&c), "decode a competency")
			if c["level"] != level || c["theme"] != theme {
				continue
			}
			for j := 0; j+1 < len(item.Content); j += 2 {
				if item.Content[j].Value == "proficiency" {
					item.Content[j+1].Value = p
					done = true
				}
			}
		}
	}
	require.True(t, done, "statement of %s at %s found", theme, level)
	out, err := yaml.Marshal(&root)
	require.NoError(t, err, "yaml.Marshal of the changed file")
	return out
}
