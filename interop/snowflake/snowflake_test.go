package snowflake_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/snowflake"
	"github.com/careerkit/careerkit/ladder"
)

var (
	sharedPath   = filepath.Join("..", "..", "..", "shared", "data", "ladders", "medium_snowflake_tracks.json")
	testdataPath = filepath.Join("testdata", "snowflake.json")
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

// rawFile is the file read independently, with encoding/json into generic
// values.
type rawFile struct {
	Titles []map[string]any `json:"titles"`
	Tracks map[string]struct {
		Category   string `json:"category"`
		Milestones []struct {
			Summary  string   `json:"summary"`
			Signals  []string `json:"signals"`
			Examples []string `json:"examples"`
		} `json:"milestones"`
	} `json:"tracks"`
}

func readRaw(t *testing.T, path string) rawFile {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err, "os.ReadFile(%s)", path)
	var r rawFile
	require.NoError(t, json.Unmarshal(data, &r), "json.Unmarshal(%s)", path)
	return r
}

func TestImport(t *testing.T) {
	eachSource(t, func(t *testing.T, path string) {
		r := readRaw(t, path)
		fw, rep, err := snowflake.Import(path, snowflake.Options{})
		require.NoError(t, err, "Import(%s)", path)
		m, err := fw.Compile()
		require.NoError(t, err, "Framework.Compile() of the import")
		l := fw.Ladders[0]
		g, ok := m.Ladder(l.ID)
		require.True(t, ok, "Model.Ladder(%s)", l.ID)

		t.Run("counts", func(t *testing.T) {
			require.Len(t, r.Tracks, 16, "tracks in the raw file")
			categories := map[string]bool{}
			indicators := 0
			for key, tr := range r.Tracks {
				categories[tr.Category] = true
				assert.Len(t, tr.Milestones, 5, "milestones of %s in the raw file", key)
				for _, ms := range tr.Milestones {
					indicators += 1 + len(ms.Signals) + len(ms.Examples)
				}
			}
			require.Len(t, categories, 4, "categories in the raw file")
			require.Len(t, r.Titles, 8, "titles in the raw file")
			assert.Len(t, fw.Competencies, len(r.Tracks), "competencies: one per track")
			assert.Len(t, l.Levels, len(r.Titles), "levels: one per title")
			var got int
			perCategory := map[string]int{}
			for _, c := range fw.Competencies {
				got += len(c.Indicators)
				perCategory[c.Category]++
			}
			assert.Equal(t, indicators, got, "indicators: a summary, the signals and the examples of each milestone")
			assert.Equal(t, map[string]int{"A": 4, "B": 4, "C": 4, "D": 4}, perCategory, "tracks per category")
			assert.Equal(t, map[string]int{
				"competencies": 16, "categories": 4, "milestones": 80, "indicators": indicators,
				"levels": 8, "ladders": 1,
				// Promotions: I→II, II→Senior Engineer and Group Lead, then
				// one per track at ranks 3 and 4 (4): 1+2+4 = 7. Switches
				// both ways at ranks 3, 4 and 5: 6. 7+6 = 13.
				"moves": 13,
			}, rep.Counts, "Report.Counts")
			assert.Empty(t, rep.ProblemsOf(interop.Malformed), "malformed items in the real file")
			// Each title is reported as having no expectations.
			assert.Len(t, rep.ProblemsOf(interop.Missing), 1+len(r.Titles), "missing: the name and each title's expectations")
		})

		t.Run("values", func(t *testing.T) {
			assert.Equal(t, "38859c6", fw.Version, "Framework.Version: the commit the source names")
			web := fw.Competencies[1]
			assert.Equal(t, competency.ID("web-client"), web.ID, "ID of WEB_CLIENT")
			assert.Equal(t, "Web client", web.Name, "name of WEB_CLIENT")
			assert.Equal(t, competency.Hard, web.Kind, "category A is hard")
			assert.Equal(t, competency.Soft, fw.Competencies[4].Kind, "category B is soft")
			mobile := fw.Competencies[0]
			assert.Equal(t, competency.Indicator{Level: 1, Text: "Works effectively within established iOS or Android architectures, following current best practices"}, mobile.Indicators[0], "MOBILE's first milestone summary")
			assert.Equal(t, competency.Indicator{Level: 1, Text: "Delivers features requiring simple local modifications"}, mobile.Indicators[1], "MOBILE's first signal")
			assert.Equal(t, competency.Indicator{Level: 1, Text: "Added existing button to a different iOS surface"}, mobile.Indicators[4], "MOBILE's first example, after the summary and 3 signals")

			sc, ok := m.Index().ScaleByID(snowflake.ScaleID)
			require.True(t, ok, "Index.ScaleByID(%s)", snowflake.ScaleID)
			var points []string
			for _, lv := range sc.Levels {
				points = append(points, lv.Description)
			}
			// milestoneToPoints: 0, 1, 3, 6, 12, 20.
			assert.Equal(t, []string{"0 points.", "1 point.", "3 points.", "6 points.", "12 points.", "20 points."}, points, "descriptions of the milestone scale")

			type place struct {
				id    ladder.LevelID
				track ladder.TrackID
				rank  int
			}
			var places []place
			for _, lv := range l.Levels {
				places = append(places, place{lv.ID, lv.Track, lv.Rank})
				assert.Empty(t, lv.Expectations, "expectations of %s", lv.ID)
			}
			// Distinct minimums 0, 17, 36, 58, 90 are ranks 1–5.
			assert.Equal(t, []place{
				{"engineer-i", snowflake.IC, 1}, {"engineer-ii", snowflake.IC, 2},
				{"senior-engineer", snowflake.IC, 3}, {"group-lead", snowflake.Management, 3},
				{"staff-engineer", snowflake.IC, 4}, {"senior-group-lead", snowflake.Management, 4},
				{"principal-engineer", snowflake.IC, 5}, {"director-of-engineering", snowflake.Management, 5},
			}, places, "levels: ID, track, rank")
			assert.Equal(t, "36 to 57 points.", l.Levels[2].Summary, "summary of Senior Engineer")
			assert.Equal(t, "90 points or more.", l.Levels[6].Summary, "summary of Principal Engineer")
		})

		t.Run("moves", func(t *testing.T) {
			next, err := g.Next("engineer-ii")
			require.NoError(t, err, "Graph.Next(engineer-ii)")
			assert.Len(t, next, 2, "Graph.Next(engineer-ii): the fork into Senior Engineer and Group Lead")
			moves, err := g.Path("engineer-i", "director-of-engineering")
			require.NoError(t, err, "Graph.Path(engineer-i, director-of-engineering)")
			assert.Len(t, moves, 4, "Graph.Path(engineer-i, director-of-engineering): four promotions")
			for _, a := range g.Lint() {
				assert.Equal(t, ladder.RuleNoExpectations, a.Rule, "Graph.Lint(): the only advice is that levels expect nothing: %s", a.Message)
			}
		})

		t.Run("provenance", func(t *testing.T) {
			for i, c := range fw.Competencies {
				_, ok := rep.Lookup(fmt.Sprintf("competencies[%d]", i))
				assert.True(t, ok, "Report.Lookup(competencies[%d])", i)
				for j := range c.Indicators {
					_, ok := rep.Lookup(fmt.Sprintf("competencies[%d].indicators[%d]", i, j))
					assert.True(t, ok, "Report.Lookup(competencies[%d].indicators[%d])", i, j)
				}
			}
			for i := range l.Levels {
				_, ok := rep.Lookup(fmt.Sprintf("ladders[0].levels[%d]", i))
				assert.True(t, ok, "Report.Lookup(ladders[0].levels[%d])", i)
			}
			src, _ := rep.Lookup("competencies[0].indicators[4]")
			assert.Equal(t, "/tracks/MOBILE/milestones/0/examples/0", src.Pointer, "source of MOBILE's first example")
		})

		t.Run("round trip", func(t *testing.T) { roundTrip(t, fw) })
	})
}

func roundTrip(t *testing.T, fw careerkit.Framework) {
	t.Helper()
	data, err := careerkit.Marshal(fw, document.YAML)
	require.NoError(t, err, "careerkit.Marshal(import, YAML)")
	back, err := careerkit.Load(bytes.NewReader(data))
	require.NoError(t, err, "careerkit.Load(Marshal(import))")
	assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "Load(Marshal(import)) gives the import back")
	assert.NoError(t, back.Validate(), "Framework.Validate() of the loaded import")
}

func TestOptions(t *testing.T) {
	fw, _, err := snowflake.Import(testdataPath, snowflake.Options{ManagementTitles: []string{}, HardCategories: []string{"A", "B"}})
	require.NoError(t, err, "Import with no management titles")
	l := fw.Ladders[0]
	assert.Len(t, l.Tracks, 1, "one track when no title is a management title")
	for _, m := range l.Moves {
		assert.Equal(t, ladder.Promotion, m.Kind, "no switches on one track: %v", m)
	}
	assert.Equal(t, competency.Hard, fw.Competencies[4].Kind, "category B made hard")
}

// small has the file's shape: two milestones' points, one track of two
// milestones, two titles.
const small = `{
  "source": "example @ abcdef0",
  "milestoneToPoints": {"0": 0, "1": 1, "2": 3, "3": 6, "4": 12, "5": 20},
  "titles": [
    {"label": "Engineer I", "minPoints": 0, "maxPoints": 16},
    {"label": "Engineer II", "minPoints": 17}
  ],
  "tracks": {
    "MOBILE": {
      "displayName": "Mobile",
      "category": "A",
      "description": "Native apps",
      "milestones": [
        {"summary": "one", "signals": ["s1"], "examples": ["e1"]},
        {"summary": "two", "signals": ["s2"], "examples": ["e2"]}
      ]
    }
  }
}`

func TestMalformed(t *testing.T) {
	fw, rep, err := snowflake.Read(strings.NewReader(small), snowflake.Options{})
	require.NoError(t, err, "Read(small)")
	assert.Len(t, fw.Competencies[0].Indicators, 6, "indicators of small: 2 milestones × 3")
	assert.Empty(t, rep.ProblemsOf(interop.Malformed), "malformed items of small")
	roundTrip(t, fw)

	tests := []struct {
		name, old, new string
		kind           interop.ProblemKind
		pointer        string
		indicators     int
		levels         int
	}{
		{"signal not a string", `["s2"]`, `[2]`, interop.Malformed, "/tracks/MOBILE/milestones/1/signals/0", 5, 2},
		{"milestone not an object", `{"summary": "two", "signals": ["s2"], "examples": ["e2"]}`, `"two"`, interop.Malformed, "/tracks/MOBILE/milestones/1", 3, 2},
		{"no examples", `, "examples": ["e2"]`, ``, interop.Missing, "/tracks/MOBILE/milestones/1", 5, 2},
		{"minPoints not a number", `"minPoints": 17`, `"minPoints": "17"`, interop.Malformed, "/titles/1/minPoints", 6, 1},
		{"maxPoints below minPoints", `"maxPoints": 16`, `"maxPoints": -1`, interop.Malformed, "/titles/0/maxPoints", 6, 1},
		{"milestone past 5", `"1": 1,`, `"1": 1, "9": 4,`, interop.Malformed, "/milestoneToPoints/9", 6, 2},
		{"unknown key", `"category": "A",`, `"category": "A", "colour": "red",`, interop.Skipped, "/tracks/MOBILE/colour", 6, 2},
		{"repeated title", `"label": "Engineer II"`, `"label": "Engineer I"`, interop.Malformed, "/titles/1", 6, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(small, tt.old, tt.new, 1)
			require.NotEqual(t, small, in, "the broken copy differs from small")
			fw, rep, err := snowflake.Read(strings.NewReader(in), snowflake.Options{})
			require.NoError(t, err, "Read(%s)", tt.name)
			var ptrs []string
			for _, p := range rep.ProblemsOf(tt.kind) {
				ptrs = append(ptrs, p.From.Pointer)
			}
			assert.Contains(t, ptrs, tt.pointer, "pointers of the %s problems of %s", tt.kind, tt.name)
			assert.Len(t, fw.Competencies[0].Indicators, tt.indicators, "indicators imported from %s", tt.name)
			assert.Len(t, fw.Ladders[0].Levels, tt.levels, "levels imported from %s", tt.name)
			assert.NoError(t, fw.Validate(), "Framework.Validate() of the import of %s", tt.name)
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opts     snowflake.Options
		contains string
	}{
		{"not JSON", "{", snowflake.Options{}, "not one JSON value"},
		{"not an object", "7", snowflake.Options{}, "not a JSON object"},
		{"no tracks", `{"titles": []}`, snowflake.Options{}, "no readable tracks"},
		{"no titles", `{"tracks": {"X": {"displayName": "X", "category": "A", "milestones": []}}, "titles": []}`, snowflake.Options{}, "no readable titles"},
		// small is over 600 bytes; a limit of 100 refuses it.
		{"too large", small, snowflake.Options{MaxBytes: 100}, "larger than the limit of 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := snowflake.Read(strings.NewReader(tt.in), tt.opts)
			assert.ErrorContains(t, err, tt.contains, "Read(%s)", tt.name)
		})
	}
	_, _, err := snowflake.Import("testdata/absent.json", snowflake.Options{})
	assert.ErrorContains(t, err, "no such file", "Import of an absent file")
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(small))
	if data, err := os.ReadFile(testdataPath); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, rep, err := snowflake.Read(bytes.NewReader(data), snowflake.Options{})
		require.NotNil(t, rep, "Read returns a report")
		if err == nil {
			require.NoError(t, fw.Validate(), "Framework.Validate() of a successful Read")
		}
	})
}
