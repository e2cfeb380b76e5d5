package engineeringladders_test

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
	"github.com/careerkit/careerkit/interop/engineeringladders"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

var (
	sharedPath   = filepath.Join("..", "..", "..", "shared", "data", "ladders", "engineeringladders.json")
	testdataPath = filepath.Join("testdata", "engineeringladders.json")
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
	Axes    map[string][]map[string]any `json:"axes"`
	Ladders map[string]struct {
		Positions []struct {
			Code         string           `json:"code"`
			Level        int              `json:"level"`
			Expectations []map[string]any `json:"expectations"`
		} `json:"positions"`
	} `json:"ladders"`
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
		fw, rep, err := engineeringladders.Import(path, engineeringladders.Options{})
		require.NoError(t, err, "Import(%s)", path)
		m, err := fw.Compile()
		require.NoError(t, err, "Framework.Compile() of the import")
		l := fw.Ladders[0]
		g, ok := m.Ladder(l.ID)
		require.True(t, ok, "Model.Ladder(%s)", l.ID)

		t.Run("counts", func(t *testing.T) {
			require.Len(t, r.Axes, 5, "axes in the raw file")
			require.Len(t, r.Ladders, 4, "ladders in the raw file")
			positions, exps := 0, 0
			for name, stages := range r.Axes {
				assert.Len(t, stages, 5, "stages of axis %s in the raw file", name)
			}
			for _, lad := range r.Ladders {
				positions += len(lad.Positions)
				for _, p := range lad.Positions {
					exps += len(p.Expectations)
				}
			}
			// D1–D7, TL4–TL7, TPM4–TPM7, EM5–EM7: 7+4+4+3 = 18 positions,
			// each with one expectation per axis: 90.
			require.Equal(t, 18, positions, "positions in the raw file")
			require.Equal(t, 90, exps, "expectations in the raw file")
			assert.Len(t, fw.Competencies, len(r.Axes), "competencies: one per axis")
			assert.Len(t, fw.Scales, len(r.Axes), "scales: one per axis")
			assert.Len(t, l.Tracks, len(r.Ladders), "tracks: one per ladder")
			assert.Len(t, l.Levels, positions, "levels: one per position")
			assert.Equal(t, map[string]int{
				"competencies": 5, "scales": 5, "tracks": 4, "levels": 18, "expectations": 90, "ladders": 1,
				// Promotions: 6+3+3+2 = 14. Switches, both ways, between the
				// positions of one level: level 4 has 3 (6 moves), levels 5–7
				// have 4 each (12 moves each): 6+36 = 42. 14+42 = 56.
				"moves": 56,
			}, rep.Counts, "Report.Counts")
			assert.Empty(t, rep.ProblemsOf(interop.Malformed), "malformed items in the real file")
			for _, c := range fw.Competencies {
				sc, ok := m.Index().ScaleByID(c.Scale)
				if assert.True(t, ok, "scale of %s", c.ID) {
					assert.Len(t, sc.Levels, 5, "stages of %s", c.ID)
				}
			}
		})

		t.Run("values", func(t *testing.T) {
			assert.Equal(t, "Engineering Ladders", fw.Name, "Framework.Name")
			assert.Equal(t, "6055355", fw.Version, "Framework.Version: the commit the source names")
			tech := fw.Competencies[0]
			assert.Equal(t, competency.ID("technology"), tech.ID, "first competency")
			assert.Equal(t, competency.Hard, tech.Kind, "kind of technology")
			assert.Equal(t, competency.Indicator{Level: 1, Text: "actively learns and adopts the technology and tools defined by the team"}, tech.Indicators[0], "first indicator of technology")
			sc, _ := m.Index().ScaleByID("technology-stages")
			assert.Equal(t, []string{"Adopts", "Specializes", "Evangelizes", "Masters", "Creates"}, names(sc), "stages of technology")
			// Influence: its five stages plus the position pages' own wording
			// of stages 1 and 3.
			infl := fw.Competencies[4]
			assert.Len(t, infl.Indicators, 7, "indicators of influence")
			assert.Equal(t, competency.Indicator{Level: 1, Text: "makes an impact on one or more subsystems or team pods"}, infl.Indicators[5], "the position pages' wording of influence stage 1")

			assert.Equal(t, []ladder.Track{
				{ID: "developer", Name: "Developer", Kind: role.IC},
				{ID: "tech-lead", Name: "Tech Lead", Kind: role.IC},
				{ID: "technical-program-manager", Name: "Technical Program Manager", Kind: role.IC},
				{ID: "engineering-manager", Name: "Engineering Manager", Kind: role.Management},
			}, l.Tracks, "tracks")
			tl5, ok := g.Level("tl5")
			require.True(t, ok, "Graph.Level(tl5)")
			// TechLead.md, TL5: Evangelizes (3), Evolves (4), Coordinates (4),
			// Defines (5), Team (2).
			assert.Equal(t, []competency.Requirement{
				{Competency: "technology", Level: 3, Importance: competency.Required},
				{Competency: "system", Level: 4, Importance: competency.Required},
				{Competency: "people", Level: 4, Importance: competency.Required},
				{Competency: "process", Level: 5, Importance: competency.Required},
				{Competency: "influence", Level: 2, Importance: competency.Required},
			}, tl5.Expectations, "expectations of TL5")
			assert.Equal(t, 5, tl5.Rank, "rank of TL5")
			assert.Equal(t, "Tech Lead 5", tl5.Title, "title of TL5")
		})

		t.Run("moves", func(t *testing.T) {
			next, err := g.Next("d3")
			require.NoError(t, err, "Graph.Next(d3)")
			assert.Equal(t, []ladder.LevelID{"d4"}, ids(next), "Graph.Next(d3)")
			moves, err := g.Path("d1", "em7")
			require.NoError(t, err, "Graph.Path(d1, em7)")
			// Up the developer ladder to D5, switch to EM5, up to EM7: 4+1+2.
			assert.Len(t, moves, 7, "Graph.Path(d1, em7): %v", moves)
			assert.Empty(t, g.Lint(), "Graph.Lint(): no expectation falls along a promotion")
		})

		t.Run("provenance", func(t *testing.T) {
			for i := range fw.Competencies {
				_, ok := rep.Lookup(fmt.Sprintf("competencies[%d]", i))
				assert.True(t, ok, "Report.Lookup(competencies[%d])", i)
			}
			for i, lv := range l.Levels {
				_, ok := rep.Lookup(fmt.Sprintf("ladders[0].levels[%d]", i))
				assert.True(t, ok, "Report.Lookup(ladders[0].levels[%d])", i)
				for j := range lv.Expectations {
					_, ok := rep.Lookup(fmt.Sprintf("ladders[0].levels[%d].expectations[%d]", i, j))
					assert.True(t, ok, "Report.Lookup(ladders[0].levels[%d].expectations[%d])", i, j)
				}
			}
			src, _ := rep.Lookup("ladders[0].levels[8].expectations[2]")
			assert.Equal(t, "/ladders/tech-lead/positions/1/expectations/2", src.Pointer, "source of TL5's people expectation")
		})

		t.Run("round trip", func(t *testing.T) { roundTrip(t, fw) })
	})
}

func names(sc competency.Scale) []string {
	var out []string
	for _, l := range sc.Levels {
		out = append(out, l.Name)
	}
	return out
}

func ids(levels []ladder.Level) []ladder.LevelID {
	var out []ladder.LevelID
	for _, l := range levels {
		out = append(out, l.ID)
	}
	return out
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

func TestManagementTracks(t *testing.T) {
	fw, _, err := engineeringladders.Import(testdataPath, engineeringladders.Options{ManagementTracks: []string{"engineering-manager", "technical-program-manager"}})
	require.NoError(t, err, "Import with two management tracks")
	assert.Equal(t, role.Management, fw.Ladders[0].Tracks[2].Kind, "kind of the TPM track")
}

// small is the shape of the file with one axis of two stages and one
// ladder of two positions.
const small = `{
  "source": "example @ abcdef0",
  "axes": {
    "Technology": [
      {"rank": 1, "name": "Adopts", "description": "adopts"},
      {"rank": 2, "name": "Specializes", "description": "specializes"}
    ]
  },
  "ladders": {
    "developer": {
      "title": "Developer",
      "positions": [
        {"code": "D1", "name": "Developer 1", "level": 1, "expectations": [
          {"axis": "Technology", "axisLevel": "Adopts", "axisRank": 1}]},
        {"code": "D2", "name": "Developer 2", "level": 2, "expectations": [
          {"axis": "Technology", "axisLevel": "Specializes", "axisRank": 2}]}
      ]
    }
  }
}`

func TestMalformed(t *testing.T) {
	fw, rep, err := engineeringladders.Read(strings.NewReader(small), engineeringladders.Options{})
	require.NoError(t, err, "Read(small)")
	require.Len(t, fw.Ladders[0].Levels, 2, "levels of small")
	assert.Empty(t, rep.ProblemsOf(interop.Malformed), "malformed items of small")
	roundTrip(t, fw)

	tests := []struct {
		name, old, new string
		kind           interop.ProblemKind
		pointer        string
		levels, exps   int
	}{
		{"unknown axis", `{"axis": "Technology", "axisLevel": "Specializes"`, `{"axis": "Tech", "axisLevel": "Specializes"`, interop.Malformed, "/ladders/developer/positions/1/expectations/0/axis", 2, 1},
		{"stage name and rank disagree", `"axisLevel": "Specializes", "axisRank": 2`, `"axisLevel": "Specializes", "axisRank": 1`, interop.Malformed, "/ladders/developer/positions/1/expectations/0", 2, 1},
		{"level not a number", `"level": 2`, `"level": "two"`, interop.Malformed, "/ladders/developer/positions/1/level", 1, 1},
		{"position not an object", `{"code": "D2", "name": "Developer 2", "level": 2, "expectations": [
          {"axis": "Technology", "axisLevel": "Specializes", "axisRank": 2}]}`, `7`, interop.Malformed, "/ladders/developer/positions/1", 1, 1},
		{"repeated code", `"code": "D2"`, `"code": "D1"`, interop.Malformed, "/ladders/developer/positions/1", 1, 1},
		{"unknown key", `"title": "Developer",`, `"title": "Developer", "colour": "red",`, interop.Skipped, "/ladders/developer/colour", 2, 2},
		{"stage without a name", `"name": "Adopts", `, ``, interop.Malformed, "/axes/Technology/0", 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(small, tt.old, tt.new, 1)
			require.NotEqual(t, small, in, "the broken copy differs from small")
			fw, rep, err := engineeringladders.Read(strings.NewReader(in), engineeringladders.Options{})
			require.NoError(t, err, "Read(%s)", tt.name)
			var ptrs []string
			for _, p := range rep.ProblemsOf(tt.kind) {
				ptrs = append(ptrs, p.From.Pointer)
			}
			assert.Contains(t, ptrs, tt.pointer, "pointers of the %s problems of %s", tt.kind, tt.name)
			l := fw.Ladders[0]
			assert.Len(t, l.Levels, tt.levels, "levels imported from %s", tt.name)
			var exps int
			for _, lv := range l.Levels {
				exps += len(lv.Expectations)
			}
			assert.Equal(t, tt.exps, exps, "expectations imported from %s", tt.name)
			assert.NoError(t, fw.Validate(), "Framework.Validate() of the import of %s", tt.name)
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opts     engineeringladders.Options
		contains string
	}{
		{"not JSON", "{", engineeringladders.Options{}, "not one JSON value"},
		{"trailing data", "{} {}", engineeringladders.Options{}, "not one JSON value"},
		{"not an object", "[]", engineeringladders.Options{}, "not a JSON object"},
		{"no axes", `{"ladders": {}}`, engineeringladders.Options{}, "no readable axes"},
		{"no positions", `{"axes": {"A": [{"rank": 1, "name": "x", "description": "y"}]}, "ladders": {}}`, engineeringladders.Options{}, "no readable positions"},
		// small is over 600 bytes; a limit of 100 refuses it.
		{"too large", small, engineeringladders.Options{MaxBytes: 100}, "larger than the limit of 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := engineeringladders.Read(strings.NewReader(tt.in), tt.opts)
			assert.ErrorContains(t, err, tt.contains, "Read(%s)", tt.name)
		})
	}
	_, _, err := engineeringladders.Import("testdata/absent.json", engineeringladders.Options{})
	assert.ErrorContains(t, err, "no such file", "Import of an absent file")
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(small))
	if data, err := os.ReadFile(testdataPath); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, rep, err := engineeringladders.Read(bytes.NewReader(data), engineeringladders.Options{})
		require.NotNil(t, rep, "Read returns a report")
		if err == nil {
			require.NoError(t, fw.Validate(), "Framework.Validate() of a successful Read")
		}
	})
}
