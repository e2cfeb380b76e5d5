package onet_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/onet"
	"github.com/careerkit/careerkit/role"
)

const fixture = "testdata/onet"

// rawRows reads a tab-separated file with encoding/csv, as an independent
// reader: a map per row from column name to value.
func rawRows(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err, "open %s", path)
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	head, err := r.Read()
	require.NoError(t, err, "header of %s", path)
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err, "read %s", path)
		m := map[string]string{}
		for i, h := range head {
			m[h] = rec[i]
		}
		out = append(out, m)
	}
}

// oracle counts, from the raw files, the occupations, the rated ones, the
// rated elements, and per occupation the elements with both a level and an
// importance that are neither suppressed nor marked not relevant.
func oracle(t *testing.T, dir string) (occupations, rated, elements int, reqs map[string]int) {
	t.Helper()
	occupations = len(rawRows(t, filepath.Join(dir, "Occupation Data.txt")))
	ratedSet, elSet := map[string]bool{}, map[string]bool{}
	type key struct{ code, el string }
	good := map[key]map[string]bool{}
	for _, f := range []string{"Skills.txt", "Knowledge.txt"} {
		for _, r := range rawRows(t, filepath.Join(dir, f)) {
			ratedSet[r["O*NET-SOC Code"]], elSet[r["Element ID"]] = true, true
			if r["Recommend Suppress"] == "Y" || r["Not Relevant"] == "Y" {
				continue
			}
			k := key{r["O*NET-SOC Code"], r["Element ID"]}
			if good[k] == nil {
				good[k] = map[string]bool{}
			}
			good[k][r["Scale ID"]] = true
		}
	}
	reqs = map[string]int{}
	for k, scales := range good {
		if scales["LV"] && scales["IM"] {
			reqs[k.code]++
		}
	}
	return occupations, len(ratedSet), len(elSet), reqs
}

func requireImport(t *testing.T, dir string, opts onet.Options) (careerkit.Framework, *interop.Report) {
	t.Helper()
	fw, rep, err := onet.Import(dir, opts)
	require.NoError(t, err, "Import(%s)", dir)
	require.NoError(t, fw.Validate(), "the import validates")
	_, err = fw.Compile()
	require.NoError(t, err, "the import compiles")
	return fw, rep
}

func roleByID(t *testing.T, fw careerkit.Framework, id role.ID) role.Role {
	t.Helper()
	for _, r := range fw.Roles {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no role %s", id)
	return role.Role{}
}

func TestImportFixtureCounts(t *testing.T) {
	fw, rep := requireImport(t, fixture, onet.Options{})
	occupations, rated, elements, reqs := oracle(t, fixture)
	assert.Equal(t, 5, occupations, "the fixture has five occupations")
	assert.Len(t, fw.Roles, occupations, "one role per occupation")
	assert.Len(t, fw.Catalog.Competencies, elements, "one competency per rated element")
	assert.Equal(t, elements, 68, "35 skills and 33 knowledge elements")
	assert.Equal(t, rated, rep.Counts["rated roles"], "rated roles")
	for _, r := range fw.Roles {
		assert.Len(t, r.Requirements, reqs[string(r.ID)], "requirements of %s: elements with a level and an importance, neither left out", r.ID)
	}
	assert.Equal(t, "O*NET 29.3", fw.Name, "the name carries the version of the read-me")
	assert.Equal(t, "29.3", fw.Version, "the version")
}

func TestImportFixtureValues(t *testing.T) {
	fw, rep := requireImport(t, fixture, onet.Options{})
	web := roleByID(t, fw, "15-1254.00")
	assert.Equal(t, "Web Developers", web.Title, "title")
	assert.Equal(t, []role.Code{{Scheme: "onet-soc", Code: "15-1254.00", Label: "Web Developers"}}, web.Codes, "code")
	assert.Equal(t, role.LevelID("job-zone-3"), web.Level, "Job Zones.txt puts web developers in zone 3")
	assert.NotContains(t, web.Aliases, "Web Developers", "the title is not its own alias")
	assert.NotEmpty(t, web.Aliases, "alternate titles")

	// Skills.txt: 15-1254.00 2.B.3.e Programming, LV 4.25 and IM 4.12:
	// level 42.5 tenths rounds half away from zero to 43, weight 4.12,
	// required (4.12 ≥ 3).
	var prog competency.Requirement
	for _, q := range web.Requirements {
		if q.Competency == "programming" {
			prog = q
		}
	}
	require.Equal(t, competency.ID("programming"), prog.Competency, "a Programming requirement")
	assert.Equal(t, 43, prog.Level, "LV 4.25 in tenths")
	assert.Equal(t, 4.12, prog.EffectiveWeight(), "IM as the weight")
	assert.True(t, prog.Importance.IsRequired(), "IM 4.12 is not below 3")

	// RL of 15-1254.00 by category: 4.17, 8.33, 16.67, 4.17, 16.67, 45.83,
	// 4.17 and 0 for 8–12 (total 100.01). The running share reaches half
	// (50.005) at category 5: 4.17 + 8.33 + 16.67 + 4.17 + 16.67 = 50.01,
	// an associate degree.
	require.NotNil(t, web.Education.Minimum, "a minimum credential")
	assert.Equal(t, role.Associate, web.Education.Minimum.Level, "the median respondent's education")
	// RW: 12.50, 0, 0, 0, 20.83, 29.17, … runs 12.5, 33.33, 62.5 at
	// category 6, "over 1 year, up to and including 2 years".
	require.Len(t, web.Experience, 1, "one experience requirement")
	x := web.Experience[0]
	assert.Equal(t, "related-work", x.Area, "area")
	assert.Equal(t, [2]float64{1, 2}, [2]float64{x.MinYears, x.MaxYears}, "RW category 6 in years")
	assert.Equal(t, role.Typical, x.RangeKind, "a typical range")

	var comp competency.Competency
	for _, c := range fw.Catalog.Competencies {
		if c.ID == "programming" {
			comp = c
		}
	}
	assert.Equal(t, competency.Hard, comp.Kind, "a technical skill is hard")
	assert.Equal(t, []string{"onet:2.B.3.e"}, comp.SameAs, "sameAs the element ID")
	assert.Equal(t, "Technical Skills", comp.Category, "the parent element 2.B.3")
	assert.NotEmpty(t, comp.Indicators, "level anchors as indicators")
	for _, ind := range comp.Indicators {
		assert.Zero(t, ind.Level%10, "anchors are whole levels, so tenths end in 0: %d", ind.Level)
	}

	kinds := map[competency.Kind]int{}
	for _, c := range fw.Catalog.Competencies {
		kinds[c.Kind]++
	}
	// 33 knowledge elements (2.C), 6 social skills (2.B.1.a–f), 29 others.
	assert.Equal(t, map[competency.Kind]int{competency.Knowledge: 33, competency.Soft: 6, competency.Hard: 29}, kinds, "kinds by branch")
	names := map[string]bool{}
	for _, c := range fw.Catalog.Competencies {
		names[c.Name] = true
	}
	assert.True(t, names["Mathematics"] && names["Mathematics (knowledge)"], "the skill and the knowledge element both named Mathematics stay apart")

	// Every requirement level has its source line.
	at := -1
	for i, r := range fw.Roles {
		if r.ID == "15-1254.00" {
			at = i
		}
	}
	src, ok := rep.Lookup(fmt.Sprintf("roles[%d].requirements[0].level", at))
	require.True(t, ok, "provenance of a requirement level")
	assert.Equal(t, "Skills.txt", src.File, "from Skills.txt")
	assert.Positive(t, src.Row, "with its line")
}

func TestImportFixtureProblems(t *testing.T) {
	_, rep := requireImport(t, fixture, onet.Options{})
	missing := rep.ProblemsOf(interop.Missing)
	var text []string
	for _, p := range missing {
		text = append(text, p.Message)
	}
	joined := strings.Join(text, "\n")
	assert.Contains(t, joined, "15-1252.00 (Software Developers) has no skill or knowledge ratings", "unrated occupation reported")
	assert.Contains(t, joined, "13-2011.00 has no education, training and experience rows", "missing ETE rows reported")
	assert.Len(t, missing, 2, "nothing else is missing:\n%s", joined)

	// Every suppressed or not-relevant rating row is reported with its line.
	skipped := 0
	for _, f := range []string{"Skills.txt", "Knowledge.txt"} {
		for _, r := range rawRows(t, filepath.Join(fixture, f)) {
			if r["Recommend Suppress"] == "Y" || r["Not Relevant"] == "Y" {
				skipped++
			}
		}
	}
	got := 0
	for _, p := range rep.ProblemsOf(interop.Skipped) {
		if (p.From.File == "Skills.txt" || p.From.File == "Knowledge.txt") && p.From.Row > 1 {
			got++
		}
	}
	assert.Equal(t, skipped, got, "one report per rating row left out")
}

// fixtureFS loads the fixture into memory, so that tests can break a file.
func fixtureFS(t *testing.T) fstest.MapFS {
	t.Helper()
	ents, err := os.ReadDir(fixture)
	require.NoError(t, err, "read the fixture")
	m := fstest.MapFS{}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(fixture, e.Name()))
		require.NoError(t, err, "read %s", e.Name())
		m[e.Name()] = &fstest.MapFile{Data: data}
	}
	return m
}

func TestImportMalformedRows(t *testing.T) {
	fsys := fixtureFS(t)
	lines := strings.Split(string(fsys["Skills.txt"].Data), "\n")
	lines[2] = "15-1254.00\t2.A.1.a\tReading Comprehension\tLV" // too few fields, line 3
	f := strings.Split(lines[4], "\t")
	f[4] = "four" // not a number, line 5
	lines[4] = strings.Join(f, "\t")
	g := strings.Split(lines[6], "\t")
	g[4] = "9.5" // off the scale, line 7
	lines[6] = strings.Join(g, "\t")
	fsys["Skills.txt"] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
	fsys["Job Zones.txt"] = &fstest.MapFile{Data: []byte("O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source\n15-1254.00\tWeb Developers\t9\t07/2017\tAnalyst\n")}

	fw, rep, err := onet.ReadFS(fsys, onet.Options{})
	require.NoError(t, err, "a malformed row does not stop the import")
	require.NoError(t, fw.Validate(), "the rest validates")
	rows := map[string][]int{}
	for _, p := range rep.ProblemsOf(interop.Malformed) {
		rows[p.From.File] = append(rows[p.From.File], p.From.Row)
	}
	assert.Equal(t, []int{3, 5, 7}, rows["Skills.txt"], "malformed rows reported with their lines")
	assert.Equal(t, []int{2}, rows["Job Zones.txt"], "an unknown job zone reported with its line")

	// A header that names a column twice: rows are checked against its
	// width, so a row as long as its distinct names is still too short.
	hdr := strings.Split(lines[0], "\t")
	dup := append(slices.Clone(hdr), hdr[0])
	fsys["Skills.txt"] = &fstest.MapFile{Data: []byte(strings.Join(dup, "\t") + "\n" + lines[1] + "\n")}
	_, rep, err = onet.ReadFS(fsys, onet.Options{})
	require.NoError(t, err, "a repeated column name does not stop the import")
	rows = map[string][]int{}
	for _, p := range rep.ProblemsOf(interop.Malformed) {
		rows[p.From.File] = append(rows[p.From.File], p.From.Row)
	}
	assert.Equal(t, []int{2}, rows["Skills.txt"], "a row shorter than a header with a repeated name is reported, not read")

	delete(fsys, "Occupation Data.txt")
	_, _, err = onet.ReadFS(fsys, onet.Options{})
	assert.ErrorContains(t, err, `no "Occupation Data.txt"`, "the occupations file is required")

	small := fixtureFS(t)
	_, _, err = onet.ReadFS(small, onet.Options{MaxFileBytes: 1000})
	assert.ErrorContains(t, err, "above the limit", "a file above MaxFileBytes is refused")
}

func TestImportOptions(t *testing.T) {
	fw, _ := requireImport(t, fixture, onet.Options{Rounded: true, PreferredBelow: -1, Kinds: map[string]competency.Kind{"2.A": competency.Soft}})
	assert.Equal(t, competency.ScaleONetLevel, fw.Catalog.DefaultScale, "rounded levels use the integer scale")
	web := roleByID(t, fw, "15-1254.00")
	for _, q := range web.Requirements {
		assert.True(t, q.Importance.IsRequired(), "PreferredBelow < 0: all required (%s)", q.Competency)
		if q.Competency == "programming" {
			assert.Equal(t, 4, q.Level, "LV 4.25 rounds to 4")
		}
	}
	for _, c := range fw.Catalog.Competencies {
		if c.ID == "reading-comprehension" {
			assert.Equal(t, competency.Soft, c.Kind, "Kinds overrides by prefix")
		}
	}
	fw, _ = requireImport(t, fixture, onet.Options{})
	preferred := 0
	for _, q := range roleByID(t, fw, "15-1254.00").Requirements {
		if !q.Importance.IsRequired() {
			preferred++
			assert.Less(t, q.EffectiveWeight(), 3.0, "only IM below 3 is preferred")
		}
	}
	assert.Positive(t, preferred, "some requirements are preferred by default")
}

func TestImportRelatedOccupations(t *testing.T) {
	fsys := fixtureFS(t)
	// A file in the release's layout, written for this test.
	fsys["Related Occupations.txt"] = &fstest.MapFile{Data: []byte("O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex\n" +
		"15-1254.00\tWeb Developers\t15-1251.00\tComputer Programmers\tPrimary-Short\t1\n" +
		"15-1254.00\tWeb Developers\t99-9999.00\tNobody\tPrimary-Short\t2\n")}
	fw, rep, err := onet.ReadFS(fsys, onet.Options{})
	require.NoError(t, err, "ReadFS")
	web := roleByID(t, fw, "15-1254.00")
	assert.Equal(t, []role.Move{{Role: "15-1251.00", Note: "Primary-Short"}}, web.Career.Lateral, "related occupations as lateral moves")
	found := false
	for _, p := range rep.ProblemsOf(interop.Skipped) {
		found = found || (p.From.File == "Related Occupations.txt" && p.From.Row == 3)
	}
	assert.True(t, found, "a related occupation not imported is reported with its line")
}

func TestImportRoundTrip(t *testing.T) {
	fw, _ := requireImport(t, fixture, onet.Options{})
	out, err := careerkit.Marshal(fw, document.YAML)
	require.NoError(t, err, "Marshal")
	back, err := careerkit.Load(bytes.NewReader(out))
	require.NoError(t, err, "Load(Marshal(import))")
	assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "the import survives YAML")
}

// TestImportSharedSlice reads the 40-occupation slice in ../shared, when
// present: 68 elements, 34 rated occupations, 6 without ratings.
func TestImportSharedSlice(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "onet")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the O*NET slice is not at %s: %v", dir, err)
	}
	fw, rep := requireImport(t, dir, onet.Options{})
	occupations, rated, elements, reqs := oracle(t, dir)
	assert.Equal(t, 40, occupations, "40 occupations")
	assert.Equal(t, 34, rated, "34 rated")
	assert.Equal(t, 68, elements, "68 elements")
	assert.Len(t, fw.Roles, 40, "roles")
	assert.Len(t, fw.Catalog.Competencies, 68, "competencies")
	assert.Equal(t, 34, rep.Counts["rated roles"], "rated roles")
	unrated := 0
	for _, p := range rep.ProblemsOf(interop.Missing) {
		if strings.Contains(p.Message, "no skill or knowledge ratings") {
			unrated++
		}
	}
	assert.Equal(t, 6, unrated, "the six occupations without ratings are reported")
	for _, r := range fw.Roles {
		assert.Len(t, r.Requirements, reqs[string(r.ID)], "requirements of %s", r.ID)
	}
	m, err := fw.Compile()
	require.NoError(t, err, "Compile")
	similar, err := m.SimilarRoles(t.Context(), "15-1254.00", 5)
	require.NoError(t, err, "SimilarRoles")
	assert.Len(t, similar, 5, "five roles like web developers")
}
