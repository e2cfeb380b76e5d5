package ftprogression_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/ftprogression"
)

// small is a two-level, two-theme file in FT's shape. Lines: levels start
// on 3 and 5, themes on 8 and 10, competencies on 13, 18, 23 and 28.
const small = `name: Tiny
levels:
  - id: junior
    name: Junior Engineer
  - id: engineer
    name: Engineer
themes:
  - id: technical
    name: Technical
  - id: team-work
    name: Team Work
competencies:
  - id: c1
    level: junior
    theme: technical
    summary: Writes code.
    proficiency: Awareness
  - id: c2
    level: junior
    theme: team-work
    summary: Works with others.
    proficiency: Awareness
  - id: c3
    level: engineer
    theme: technical
    summary: Writes good code.
    proficiency: Foundational
  - id: c4
    level: engineer
    theme: team-work
    summary: Helps others.
    proficiency: Foundational
`

func TestSmall(t *testing.T) {
	fw, rep, err := ftprogression.Read(strings.NewReader(small), ftprogression.Options{})
	require.NoError(t, err, "Read(small)")
	assert.Equal(t, "Financial Times Tiny", fw.Name, "Framework.Name")
	assert.Len(t, fw.Competencies, 4, "competencies of small")
	l := fw.Ladders[0]
	assert.Len(t, l.Tracks, 1, "no fork: the IC track alone")
	// engineer: its own 2 statements and junior's 2 carried.
	assert.Len(t, l.Levels[1].Expectations, 4, "expectations of engineer")
	assert.Empty(t, rep.ProblemsOf(interop.Malformed), "malformed items in small")
	testRoundTrip(t, fw)
}

// TestMalformed: broken copies of small; each problem is reported with its
// line, the rest is imported.
func TestMalformed(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		kind     interop.ProblemKind
		row      int
		contains string
		comps    int
	}{
		{"unknown proficiency", "proficiency: Foundational\n  - id: c4", "proficiency: Guru\n  - id: c4", interop.Malformed, 27, `unknown proficiency "Guru"`, 4},
		{"unknown level", "level: engineer\n    theme: team-work", "level: staff\n    theme: team-work", interop.Malformed, 28, `level "staff"`, 3},
		{"repeated statement", "id: c4\n    level: engineer\n    theme: team-work", "id: c4\n    level: engineer\n    theme: technical", interop.Malformed, 28, "already states theme", 3},
		{"item not a mapping", "  - id: c2\n    level: junior\n    theme: team-work\n    summary: Works with others.\n    proficiency: Awareness\n", "  - just text\n", interop.Malformed, 18, "must be a mapping", 3},
		{"missing field", "    summary: Writes code.\n", "", interop.Malformed, 13, "has no summary", 3},
		{"not a string", "summary: Writes code.", "summary: [a, b]", interop.Malformed, 16, "must be a string", 3},
		{"unknown key", "    summary: Writes code.\n", "    summary: Writes code.\n    colour: red\n", interop.Skipped, 17, `unknown key "colour"`, 4},
		{"duplicate level", "  - id: engineer\n    name: Engineer\n", "  - id: engineer\n    name: Engineer\n  - id: engineer\n    name: Engineer again\n", interop.Malformed, 7, "already used", 4},
		{"ID not a slug", "id: c1\n", "id: C 1\n", interop.Mapped, 13, `imported as "c-1"`, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(small, tt.old, tt.new, 1)
			require.NotEqual(t, small, in, "the broken copy differs from small")
			fw, rep, err := ftprogression.Read(strings.NewReader(in), ftprogression.Options{})
			require.NoError(t, err, "Read(%s)", tt.name)
			assert.Len(t, fw.Competencies, tt.comps, "competencies imported from %s", tt.name)
			var found bool
			for _, p := range rep.ProblemsOf(tt.kind) {
				if strings.Contains(p.Message, tt.contains) {
					found = true
					assert.Equal(t, tt.row, p.From.Row, "row of the problem %q", p.Message)
				}
			}
			assert.True(t, found, "a %s problem containing %q in %v", tt.kind, tt.contains, rep.Problems)
			assert.NoError(t, fw.Validate(), "Framework.Validate() of the import of %s", tt.name)
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opts     ftprogression.Options
		contains string
	}{
		{"empty", "", ftprogression.Options{}, "is empty"},
		{"not YAML", "levels: [", ftprogression.Options{}, "is not YAML"},
		{"not a mapping", "- a\n- b\n", ftprogression.Options{}, "must be a mapping"},
		{"no levels", "name: x\ncompetencies: []\n", ftprogression.Options{}, "no readable levels"},
		{"no competencies", "levels:\n  - {id: a, name: A}\n", ftprogression.Options{}, "no readable competencies"},
		// small is over 600 bytes; a limit of 100 refuses it.
		{"too large", small, ftprogression.Options{MaxBytes: 100}, "larger than the limit of 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ftprogression.Read(strings.NewReader(tt.in), tt.opts)
			if assert.Error(t, err, "Read(%s)", tt.name) {
				assert.Contains(t, err.Error(), tt.contains, "error of Read(%s)", tt.name)
			}
		})
	}
	_, _, err := ftprogression.Import("testdata/absent.yml", ftprogression.Options{})
	assert.ErrorContains(t, err, "no such file", "Import of an absent file")
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(small))
	if data, err := os.ReadFile(testdataPath); err == nil {
		f.Add(data)
	}
	f.Add([]byte("levels:\n  - {id: a-ic, name: A}\n  - {id: a-pm, name: B}\n  - {id: b, name: C}\nthemes: [{id: t, name: T}]\ncompetencies: [{id: x, level: b, theme: t, summary: s, proficiency: Expert}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, themes := range []bool{false, true} {
			fw, rep, err := ftprogression.Read(bytes.NewReader(data), ftprogression.Options{Themes: themes})
			require.NotNil(t, rep, "Read returns a report")
			if err != nil {
				continue
			}
			require.NoError(t, fw.Validate(), "Framework.Validate() of a successful Read")
		}
	})
}
