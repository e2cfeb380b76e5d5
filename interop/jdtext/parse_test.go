package jdtext

import (
	"bytes"
	"errors"
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
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

var postings = []string{"data-engineering-manager.md", "payroll-specialist.txt", "site-reliability-engineer.md"}

func importPosting(t *testing.T, name string) (careerkit.Framework, role.Role, *interop.Report) {
	t.Helper()
	fw, rep, err := Import(filepath.Join("testdata", name), Options{})
	require.NoError(t, err, "Import(%s)", name)
	require.NoError(t, fw.Validate(), "Import(%s) validates", name)
	_, err = fw.Compile()
	require.NoError(t, err, "Import(%s) compiles", name)
	require.Len(t, fw.Roles, 1, "Import(%s) roles", name)
	return fw, fw.Roles[0], rep
}

// bulletsUnder counts the lines under a heading up to the next blank line
// followed by a heading, by plain string search: an oracle independent of
// the parser.
func bulletsUnder(t *testing.T, name, heading string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err, "read %s", name)
	_, after, ok := strings.Cut(string(data), heading+"\n")
	require.True(t, ok, "%s has the heading %q", name, heading)
	block, _, _ := strings.Cut(strings.TrimLeft(after, "\n"), "\n\n")
	return len(strings.Split(strings.TrimSpace(block), "\n"))
}

func band(t *testing.T, cur salary.Currency, per salary.Period, lo, hi string) *salary.Band {
	t.Helper()
	b, err := salary.NewBand(cur, per, salary.MustParseAmount(lo), salary.MustParseAmount(hi))
	require.NoError(t, err, "NewBand(%s %s–%s)", cur, lo, hi)
	return &b
}

func ids(reqs []competency.Requirement, imp competency.Importance) []competency.ID {
	var out []competency.ID
	for _, r := range reqs {
		if r.Importance == imp {
			out = append(out, r.Competency)
		}
	}
	return out
}

func TestDataEngineeringManager(t *testing.T) {
	const name = "data-engineering-manager.md"
	fw, r, rep := importPosting(t, name)
	assert.Equal(t, "Data Engineering Manager", r.Title, "title from the # line")
	assert.Equal(t, role.ID("data-engineering-manager"), r.ID, "ID, the title's slug")
	assert.Equal(t, []string{"Data", "Engineering", "Leadership"}, r.Tags, "tags from the Tags: line")
	assert.Equal(t, band(t, salary.USD, salary.Year, "165000", "195000"), r.Pay, "pay")
	assert.True(t, strings.HasPrefix(r.Summary, "You will lead the team"), "summary from About the role: %q", r.Summary)
	assert.Len(t, r.Responsibilities.Primary, bulletsUnder(t, name, "## Responsibilities"), "responsibilities, one a bullet")
	assert.Len(t, r.Responsibilities.Primary, 5, "responsibilities")
	// Requirements: four skills (the years line is experience, the degree
	// line education); nice to have: two skills (the master's is education).
	assert.Equal(t, []competency.ID{"sql", "batch-and-stream-processing", "data-modeling", "clear-written-communication"},
		ids(r.Requirements, competency.Required), "required skills, by head phrase")
	assert.Equal(t, []competency.ID{"experience-running-petabyte-scale-warehouses", "orchestration-tools"},
		ids(r.Requirements, competency.Preferred), "preferred skills")
	assert.Equal(t, []string{"window functions", "query plans", "partitioning"}, fw.Competencies[0].Tags, "tags of sql from its parentheses")
	assert.Equal(t, "Advanced SQL (window functions, query plans, partitioning).", fw.Competencies[0].Description, "the bullet is the description")
	// "7–10 years … including 2+ years leading people": 7–10 is hard (no
	// plus), the part 2+ is a minimum inside it.
	want := []role.Experience{{Area: "data-engineering", MinYears: 7, MaxYears: 10,
		Including: []role.ExperiencePart{{Area: "leading-people", MinYears: 2, OpenEnded: true}},
		Note:      "7–10 years of data engineering experience including 2+ years leading people."}}
	assert.Empty(t, cmp.Diff(want, r.Experience), "experience")
	assert.Empty(t, cmp.Diff(&role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science", "Statistics"}}, r.Education.Minimum), "minimum education")
	assert.Empty(t, cmp.Diff([]role.Credential{{Level: role.Master, Fields: []string{"Data Science"}}}, r.Education.Preferred), "preferred education")
	skipped := rep.ProblemsOf(interop.Skipped)
	require.Len(t, skipped, 1, "the bullet under Benefits is skipped: %v", skipped)
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err, "read %s", name)
	before, _, _ := strings.Cut(string(data), "- Four weeks")
	assert.Equal(t, strings.Count(before, "\n")+1, skipped[0].From.Row, "row of the skipped bullet")
}

func TestPayrollSpecialist(t *testing.T) {
	const name = "payroll-specialist.txt"
	_, r, _ := importPosting(t, name)
	assert.Equal(t, "Payroll Specialist", r.Title, "title from the first line")
	assert.Equal(t, band(t, salary.GBP, salary.Year, "32000", "38000"), r.Pay, "pay: £32,000 to £38,000 per annum")
	assert.Len(t, r.Responsibilities.Primary, bulletsUnder(t, name, "Responsibilities:"), "plain lines under Responsibilities:")
	assert.Equal(t, []competency.ID{"payroll-software", "accuracy", "spreadsheet"}, ids(r.Requirements, competency.Required), "skills")
	want := []role.Experience{
		// "At least 3 years": a minimum, no maximum.
		{Area: "payroll", MinYears: 3, Note: "At least 3 years of payroll experience."},
		// "2 to 4 years … or …": a hard range in either area.
		{Area: "multi-country-payroll", Areas: []string{"shared-services-team"}, MinYears: 2, MaxYears: 4,
			Note: "2 to 4 years in a multi-country payroll or shared services team."},
		// "Typically 5–8 years": a typical range, preferred.
		{Area: "payroll", MinYears: 5, MaxYears: 8, RangeKind: role.Typical, Preferred: true, Note: "Typically 5–8 years in payroll."},
	}
	assert.Empty(t, cmp.Diff(want, r.Experience), "experience")
	assert.Empty(t, cmp.Diff(&role.Credential{Level: role.HighSchool}, r.Education.Minimum), "minimum: the high school diploma")
	assert.Empty(t, cmp.Diff([]role.Credential{{Level: role.Associate, Fields: []string{"Accounting"}}}, r.Education.Alternatives), "alternative: the associate degree in Accounting")
	assert.Empty(t, cmp.Diff([]role.Credential{{Kind: role.Certification, Name: "CIPP certification", Aliases: []string{"Chartered Institute of Payroll Professionals"}}},
		r.Education.Preferred), "preferred certification with its name in parentheses as an alias")
}

func TestSiteReliabilityEngineer(t *testing.T) {
	const name = "site-reliability-engineer.md"
	_, r, _ := importPosting(t, name)
	assert.Equal(t, "Site Reliability Engineer", r.Title, "title")
	assert.Equal(t, []string{"Infrastructure", "Reliability", "Cloud"}, r.Tags, "tags separated by ·")
	assert.Equal(t, band(t, salary.USD, salary.Year, "150000", "190000"), r.Pay, "pay: $150k–$190k")
	assert.Len(t, r.Responsibilities.Primary, bulletsUnder(t, name, "What you'll do"), "What you'll do")
	assert.Equal(t, []competency.ID{"kubernetes", "observability", "programming-in-go-or-python"}, ids(r.Requirements, competency.Required), "What you'll bring: skills")
	assert.Equal(t, []competency.ID{"service-meshes", "on-call-leadership"}, ids(r.Requirements, competency.Preferred), "Bonus points: skills")
	want := []role.Experience{{Area: "operations", Areas: []string{"software-engineering"}, MinYears: 5, OpenEnded: true,
		Note: "5+ years in operations or software engineering."}}
	assert.Empty(t, cmp.Diff(want, r.Experience), "experience: alternatives")
	assert.True(t, r.Education.EquivalentExperience, "or equivalent practical experience")
	assert.Empty(t, cmp.Diff([]role.Credential{{Kind: role.Certification, Name: "Certified Kubernetes Administrator", Aliases: []string{"CKA"}}},
		r.Education.Preferred), "preferred certification")
}

// TestRoundTrip writes each framework as YAML and loads it back.
func TestRoundTrip(t *testing.T) {
	for _, name := range postings {
		t.Run(name, func(t *testing.T) {
			fw, _, _ := importPosting(t, name)
			data, err := careerkit.Marshal(fw, document.YAML)
			require.NoError(t, err, "Marshal(%s)", name)
			back, err := careerkit.Load(bytes.NewReader(data))
			require.NoError(t, err, "Load(Marshal(%s))", name)
			assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "Load(Marshal(fw)) of %s", name)
			require.NoError(t, back.Validate(), "the loaded framework validates")
		})
	}
}

func TestProblems(t *testing.T) {
	const head = "Platform Engineer\n\nRequirements\n\n- Go programming.\n"
	cases := []struct {
		name string
		text string
		kind interop.ProblemKind
		row  int
		path string
	}{
		{"pay that is not a range", "Platform Engineer\n💰 lots of money\n\nRequirements\n- Go programming.\n", interop.Malformed, 2, "roles[0].pay"},
		{"second pay line", "Platform Engineer\nPay: $100k-$120k\nPay: $90k-$95k\n\nRequirements\n- Go.\n", interop.Skipped, 3, "roles[0].pay"},
		{"unknown heading", head + "\nOur values:\n- Kindness.\n", interop.Skipped, 7, ""},
		{"line under the unknown heading", head + "\nOur values:\n- Kindness.\n", interop.Skipped, 8, ""},
		{"benefits", head + "\nBenefits\n- A bike.\n", interop.Skipped, 8, ""},
		{"duplicate skill", head + "- Go programming.\n", interop.Skipped, 6, ""},
		{"reversed years", head + "- 9–3 years of Go.\n", interop.Malformed, 6, "roles[0].experience[0]"},
		{"equivalent experience without experience", "Platform Engineer\n\nEducation\n- Bachelor's degree or equivalent experience.\n\nSkills\n- Go.\n", interop.Skipped, 4, "roles[0].education.equivalentExperience"},
		{"grouping heading", head + "\nCareer Progression\n- Staff Engineer\n", interop.Skipped, 8, ""},
		{"default level", head, interop.Mapped, 5, "roles[0].requirements[0].level"},
		{"no area", head + "- 5+ years of experience.\n", interop.Mapped, 6, ""},
		{"related field", head + "- Bachelor's degree in Physics or a related field.\n", interop.Mapped, 6, ""},
		{"long experience line", head + "- 5+ years of Go" + strings.Repeat(" and more", 250) + ".\n", interop.Malformed, 6, ""},
		{"long responsibility", "Platform Engineer\n\nResponsibilities\n- " + strings.Repeat("x", 2001) + "\n\nSkills\n- Go.\n", interop.Malformed, 4, "roles[0].responsibilities.primary[0]"},
		{"long skill name", head + "- " + strings.Repeat("y", 181) + ".\n", interop.Malformed, 6, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fw, rep, err := Parse(c.text, Options{})
			require.NoError(t, err, "Parse(%q)", c.text)
			require.NoError(t, fw.Validate(), "Parse(%q) validates", c.text)
			found := false
			for _, p := range rep.ProblemsOf(c.kind) {
				if p.From.Row == c.row && p.Path == c.path {
					found = true
				}
			}
			assert.True(t, found, "Parse(%q): a %s problem at row %d path %q in %v", c.text, c.kind, c.row, c.path, rep.Problems)
		})
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, text string
		is         error
	}{
		{"no title", "Requirements\n- Go.\n", ErrNoRole},
		{"no skill", "Platform Engineer\n\nResponsibilities\n- Run the platform.\n", ErrNoRole},
		{"too large", strings.Repeat("x", MaxTextBytes+1), nil},
		{"not UTF-8", "Platform Engineer\n\xff\n", nil},
		{"a level the framework scale lacks", "Platform Engineer\n\nSkills\n- Go.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := Options{}
			if c.name == "a level the framework scale lacks" {
				opts.Level = 6
			}
			_, rep, err := Parse(c.text, opts)
			require.Error(t, err, "Parse(%s)", c.name)
			require.NotNil(t, rep, "Parse(%s) still returns a report", c.name)
			if c.is != nil {
				assert.True(t, errors.Is(err, c.is), "Parse(%s) error %v matches %v", c.name, err, c.is)
			}
		})
	}
	_, _, err := Import(filepath.Join("testdata", "absent.txt"), Options{})
	assert.Error(t, err, "Import of an absent file")
}

// TestCatalog matches skills to an existing catalog by name and alias.
func TestCatalog(t *testing.T) {
	cat := competency.Catalog{Competencies: []competency.Competency{
		{ID: "k8s", Name: "Kubernetes", Kind: competency.Hard},
		{ID: "observability-monitoring", Name: "Observability and monitoring", Kind: competency.Hard, Aliases: []string{"observability"}},
		{ID: "go-lang", Name: "Go", Kind: competency.Hard, Scale: "onet-level"},
	}}
	data, err := os.ReadFile(filepath.Join("testdata", "site-reliability-engineer.md"))
	require.NoError(t, err, "read the SRE posting")
	fw, rep, err := Parse(string(data), Options{Catalog: &cat})
	require.NoError(t, err, "Parse with a catalog")
	require.NoError(t, fw.Validate(), "Parse with a catalog validates")
	r := fw.Roles[0]
	assert.Equal(t, []competency.ID{"k8s", "observability-monitoring", "programming-in-go-or-python"}, ids(r.Requirements, competency.Required),
		"Kubernetes matched by name, Observability by alias, the third new")
	assert.Len(t, fw.Competencies, 3+3, "the catalog's three and three new")
	var unmatched []string
	for _, p := range rep.ProblemsOf(interop.Mapped) {
		if strings.Contains(p.Message, "matches no competency of the catalog") {
			unmatched = append(unmatched, p.Path)
		}
	}
	assert.Equal(t, []string{"competencies[3]", "competencies[4]", "competencies[5]"}, unmatched, "every unmatched skill is listed")
	assert.Equal(t, 3, rep.Counts["competencies"], "only new competencies are counted")

	// A skill of a scale without the default level takes its middle level:
	// onet-level runs 0–7, so level 3 exists and is kept.
	fw, _, err = Parse("Go Developer\n\nSkills\n- Go.\n", Options{Catalog: &cat, Level: 6})
	require.NoError(t, err, "Parse at level 6")
	assert.Equal(t, 6, fw.Roles[0].Requirements[0].Level, "onet-level has level 6")
	fw, rep, err = Parse("Kube Operator\n\nSkills\n- Kubernetes.\n", Options{Catalog: &cat, Level: 6})
	require.NoError(t, err, "Parse at level 6 on the framework scale")
	// The framework scale has levels 1–5: its middle level, 3, is used.
	assert.Equal(t, 3, fw.Roles[0].Requirements[0].Level, "framework scale has no level 6")
	assert.NotEmpty(t, rep.ProblemsOf(interop.Mapped), "the level change is reported")
}

func TestSlugCollision(t *testing.T) {
	fw, rep, err := Parse("Analyst\n\nHard Skills\n- SQL: querying.\n\nSoft Skills\n- SQL (teaching it).\n", Options{})
	require.NoError(t, err, "Parse with two skills of one head phrase")
	assert.Equal(t, []competency.ID{"sql", "sql-2"}, ids(fw.Roles[0].Requirements, competency.Required), "the second gets -2")
	assert.Equal(t, "SQL (2)", fw.Competencies[1].Name, "and a name of its own")
	found := false
	for _, p := range rep.ProblemsOf(interop.Mapped) {
		found = found || strings.Contains(p.Message, "already taken")
	}
	assert.True(t, found, "the collision is reported")
}
