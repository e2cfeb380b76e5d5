package jdtext

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
)

var seedPath = filepath.Join("..", "..", "..", "shared", "seed", "manager-software-engineering.txt")

// readSeed returns the seed job description, or skips the test when it is
// absent.
func readSeed(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("the seed job description %s is absent", seedPath)
	}
	require.NoError(t, err, "read %s", seedPath)
	return string(data)
}

// seedBullets counts the bullets ("•" lines) under each line of the seed
// that is not a bullet, by scanning the raw text with bufio: an oracle
// independent of the parser's heading table.
func seedBullets(t *testing.T, text string) map[string]int {
	t.Helper()
	out := map[string]int{}
	heading := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.HasPrefix(line, "•"):
			out[heading]++
		default:
			heading = line
		}
	}
	require.NoError(t, sc.Err(), "scan the seed")
	return out
}

func parseSeed(t *testing.T) (careerkit.Framework, role.Role) {
	t.Helper()
	fw, rep, err := Parse(readSeed(t), Options{Name: "seed.txt"})
	require.NoError(t, err, "Parse(seed)")
	require.NotNil(t, rep, "Parse(seed) report")
	require.NoError(t, fw.Validate(), "Parse(seed) framework validates")
	require.Len(t, fw.Roles, 1, "Parse(seed) roles")
	return fw, fw.Roles[0]
}

// TestSeedAgainstExample compares what Parse reads from the seed with the
// hand-written example role, field by field, where the two can be
// compared: the example is written in the project's own words, the seed
// in the original's, so sentences are compared by count and the rest by
// value.
func TestSeedAgainstExample(t *testing.T) {
	fw, got := parseSeed(t)
	exFW, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	want, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	bullets := seedBullets(t, readSeed(t))

	t.Run("title and tags", func(t *testing.T) {
		assert.Equal(t, want.ID, got.ID, "role ID")
		assert.Equal(t, want.Title, got.Title, "title")
		assert.Equal(t, want.Tags, got.Tags, "tags, split from the run-together line")
	})
	t.Run("responsibilities", func(t *testing.T) {
		assert.Len(t, got.Responsibilities.Primary, 22, "primary responsibilities")
		assert.Len(t, got.Responsibilities.Secondary, 10, "secondary responsibilities")
		assert.Len(t, got.Responsibilities.Primary, len(want.Responsibilities.Primary), "primary as many as the example's")
		assert.Len(t, got.Responsibilities.Secondary, len(want.Responsibilities.Secondary), "secondary as many as the example's")
		assert.Equal(t, bullets["Primary Functions"], len(got.Responsibilities.Primary), "primary as many as bullets under Primary Functions")
		assert.Equal(t, bullets["Secondary Functions"], len(got.Responsibilities.Secondary), "secondary as many as bullets under Secondary Functions")
	})
	t.Run("skills", func(t *testing.T) {
		kinds := func(cat competency.Catalog, reqs []competency.Requirement) map[competency.Kind]int {
			byID := map[competency.ID]competency.Kind{}
			for _, c := range cat.Competencies {
				byID[c.ID] = c.Kind
			}
			out := map[competency.Kind]int{}
			for _, r := range reqs {
				out[byID[r.Competency]]++
			}
			return out
		}
		gotKinds := kinds(fw.Catalog, got.Requirements)
		assert.Equal(t, map[competency.Kind]int{competency.Hard: 14, competency.Soft: 10}, gotKinds, "requirements by kind")
		assert.Equal(t, kinds(exFW.Catalog, want.Requirements), gotKinds, "requirements by kind, as the example's")
		assert.Equal(t, bullets["Hard Skills (Technical)"], gotKinds[competency.Hard], "hard skills as many as bullets")
		assert.Equal(t, bullets["Soft Skills"], gotKinds[competency.Soft], "soft skills as many as bullets")
		for i, r := range got.Requirements {
			assert.Equal(t, DefaultLevel, r.Level, "requirements[%d] at the default level", i)
			assert.Equal(t, competency.Required, r.Importance, "requirements[%d] required", i)
		}
	})
	t.Run("career", func(t *testing.T) {
		titles := func(ms []role.Move) []string {
			var out []string
			for _, m := range ms {
				out = append(out, m.Title)
			}
			return out
		}
		// The seed and the example name the same titles; only the notes are
		// reworded ("transitioning into" / "moving into").
		assert.Equal(t, titles(want.Career.EntryFrom), titles(got.Career.EntryFrom), "entry titles")
		assert.Equal(t, titles(want.Career.AdvanceTo), titles(got.Career.AdvanceTo), "advancement titles")
		assert.Equal(t, titles(want.Career.Lateral), titles(got.Career.Lateral), "lateral titles")
		assert.Len(t, got.Career.EntryFrom, 3, "entry moves")
		assert.Len(t, got.Career.AdvanceTo, 3, "advancement moves")
		assert.Len(t, got.Career.Lateral, 3, "lateral moves")
		assert.Equal(t, "transitioning into first-line management", got.Career.EntryFrom[0].Note, "entryFrom[0] note")
		assert.Equal(t, "Senior Product Manager for technical products", got.Career.Lateral[1].Note, "lateral[1] note, from the parentheses")
	})
	t.Run("pay", func(t *testing.T) {
		require.NotNil(t, got.Pay, "pay")
		assert.Empty(t, cmp.Diff(want.Pay, got.Pay), "pay band USD 140000–220000 per year")
	})
	t.Run("education", func(t *testing.T) {
		// The example states the seed's credentials value for value:
		// bachelor in the three fields; preferred master in two fields, the
		// MBA, an equivalent master's and a leadership certification.
		assert.Empty(t, cmp.Diff(want.Education.Minimum, got.Education.Minimum), "minimum education")
		assert.Empty(t, cmp.Diff(want.Education.Preferred, got.Education.Preferred), "preferred education")
		assert.Equal(t, want.Education.Fields, got.Education.Fields, "fields of study")
		assert.Equal(t, want.Education.EquivalentExperience, got.Education.EquivalentExperience, "equivalent experience")
	})
	t.Run("experience", func(t *testing.T) {
		// The seed's second statement says "engineering experience" and
		// "line managers" where the example writes software-engineering and
		// managing-managers: those areas are compared through this table.
		areaMap := map[string]string{"engineering": "software-engineering", "line-managers": "managing-managers"}
		mapAreas := func(as []string) []string {
			out := make([]string, len(as))
			for i, a := range as {
				out[i] = a
				if m, ok := areaMap[a]; ok {
					out[i] = m
				}
			}
			return out
		}
		type statement struct {
			Areas              []string
			Min, Max           float64
			OpenEnded, Prefers bool
			Kind               role.RangeKind
		}
		flat := func(es []role.Experience, mapped bool) []statement {
			var out []statement
			conv := func(as []string) []string {
				if mapped {
					return mapAreas(as)
				}
				return as
			}
			for _, e := range es {
				out = append(out, statement{conv(e.AcceptedAreas()), e.MinYears, e.MaxYears, e.OpenEnded, e.Preferred, e.EffectiveRangeKind()})
				for _, p := range e.Including {
					out = append(out, statement{conv(p.AcceptedAreas()), p.MinYears, p.MaxYears, p.OpenEnded, e.Preferred, p.EffectiveRangeKind()})
				}
			}
			return out
		}
		g, w := flat(got.Experience, true), flat(want.Experience, false)
		assert.Len(t, g, 4, "four experience statements: two requirements with one part each")
		assert.Empty(t, cmp.Diff(w, g), "experience statements, areas mapped")
		assert.Len(t, got.PreferredQualifications, len(want.PreferredQualifications), "preferred qualifications")
	})
}

// TestSeedProvenance checks that values name the lines they came from,
// found in the test by searching the raw lines.
func TestSeedProvenance(t *testing.T) {
	text := readSeed(t)
	lines := strings.Split(text, "\n")
	lineOf := func(prefix string) int {
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), prefix) {
				return i + 1
			}
		}
		t.Fatalf("no line starts with %q", prefix)
		return 0
	}
	_, rep, err := Parse(text, Options{Name: "seed.txt"})
	require.NoError(t, err, "Parse(seed)")
	cases := []struct {
		path, prefix, rule string
	}{
		{"roles[0].title", "Key Responsibilities and Required Skills for", "title:prefix"},
		{"roles[0].pay", "💰", "pay:range"},
		{"roles[0].tags[0]", "EngineeringSoftware", "tags:run-together"},
		{"roles[0].responsibilities.primary[0]", "• Lead multiple engineering teams", "heading:responsibilities"},
		{"roles[0].experience[0]", "• 6–12+ years", "heading:experience/experience:range-with-part"},
		{"roles[0].education.minimum", "• Bachelor's degree", "heading:minimum-education/degree"},
		{"roles[0].career.lateral[2]", "• Site Reliability", "heading:lateral"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			src, ok := rep.Lookup(c.path)
			require.True(t, ok, "provenance of %s", c.path)
			assert.Equal(t, lineOf(c.prefix), src.Row, "row of %s", c.path)
			assert.Equal(t, "seed.txt", src.File, "file of %s", c.path)
			for _, p := range rep.Provenance {
				if p.Path == c.path {
					assert.Equal(t, c.rule, p.Rule, "rule of %s", c.path)
				}
			}
		})
	}
	// Every list item read has its provenance.
	fw, r := parseSeed(t)
	lists := map[string]int{
		"roles[0].responsibilities.primary": len(r.Responsibilities.Primary), "roles[0].responsibilities.secondary": len(r.Responsibilities.Secondary),
		"roles[0].requirements": len(r.Requirements), "competencies": len(fw.Competencies), "roles[0].experience": len(r.Experience),
		"roles[0].career.entryFrom": len(r.Career.EntryFrom), "roles[0].career.advanceTo": len(r.Career.AdvanceTo),
		"roles[0].career.lateral": len(r.Career.Lateral), "roles[0].education.preferred": len(r.Education.Preferred),
		"roles[0].education.fields": len(r.Education.Fields), "roles[0].preferredQualifications": len(r.PreferredQualifications),
		"roles[0].tags": len(r.Tags),
	}
	for list, n := range lists {
		for i := range n {
			src, ok := rep.Lookup(fmt.Sprintf("%s[%d]", list, i))
			if assert.True(t, ok, "provenance of %s[%d]", list, i) {
				assert.Positive(t, src.Row, "row of %s[%d]", list, i)
			}
		}
	}
	src, ok := rep.Lookup("roles[0].summary")
	require.True(t, ok, "provenance of the summary")
	assert.Equal(t, lineOf("The Manager – Software Engineering is"), src.Row, "the summary's line")
	skipped := rep.ProblemsOf("skipped")
	require.NotEmpty(t, skipped, "skipped lines")
	assert.Equal(t, 1, skipped[0].From.Row, "the navigation line 1 is skipped first")
	// Every requirement is reported as at a default level.
	defaults := 0
	for _, p := range rep.ProblemsOf("mapped") {
		if strings.HasSuffix(p.Path, ".level") {
			defaults++
		}
	}
	assert.Equal(t, 24, defaults, "every one of the 24 skills is reported at the default level")
	assert.Equal(t, 24, rep.Counts["competencies"], "count of competencies")
	assert.Equal(t, 32, rep.Counts["responsibilities"], "count of responsibilities: 22 + 10")
}
