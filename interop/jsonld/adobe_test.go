package jsonld_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/interop/jsonld"
)

// adobeDir is the node project that runs @adobe/structured-data-validator.
var adobeDir = filepath.Join("..", "..", "internal", "adobecheck")

// goOnly are the rules of Rules that @adobe/structured-data-validator does
// not check: it has no rule on a base salary's unitText or currency, nor on
// the values of employmentType.
var goOnly = []string{"baseSalary-unitText", "baseSalary-currency", "employmentType-value"}

// lintCase is one JSON-LD document made from the seed posting's by one
// mutation, with the findings both validators must report as
// "severity property", and the findings of the rules only Lint has.
type lintCase struct {
	name   string
	mutate func(jp map[string]any)
	both   []string
	goOnly []string
}

func del(keys ...string) func(map[string]any) {
	return func(jp map[string]any) {
		m := jp
		for _, k := range keys[:len(keys)-1] {
			m = m[k].(map[string]any)
		}
		delete(m, keys[len(keys)-1])
	}
}

func set(key string, v any) func(map[string]any) {
	return func(jp map[string]any) { jp[key] = v }
}

func all(fs ...func(map[string]any)) func(map[string]any) {
	return func(jp map[string]any) {
		for _, f := range fs {
			f(jp)
		}
	}
}

// lintCases are the cases of TestLint and TestLintAgreesWithAdobe. The seed
// posting is fully remote (jobLocationType TELECOMMUTE, applicants in the
// US) and has every recommended property.
func lintCases() []lintCase {
	onsite := map[string]any{"@type": "Place", "address": map[string]any{"@type": "PostalAddress", "addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}}
	noCountry := map[string]any{"@type": "Place", "address": map[string]any{"@type": "PostalAddress", "addressLocality": "Austin"}}
	return []lintCase{
		{name: "seed", mutate: func(map[string]any) {}},
		{name: "title missing", mutate: del("title"), both: []string{"error title"}},
		{name: "title a number", mutate: set("title", json.Number("42")), both: []string{"error title"}},
		{name: "description missing", mutate: del("description"), both: []string{"error description"}},
		{name: "description empty", mutate: set("description", ""), both: []string{"error description"}},
		{name: "datePosted missing", mutate: del("datePosted"), both: []string{"error datePosted"}},
		{name: "datePosted no such month", mutate: set("datePosted", "2026-13-45"), both: []string{"error datePosted"}},
		{name: "datePosted with a time", mutate: set("datePosted", "2026-09-01T09:30:00+02:00")},
		{name: "hiringOrganization missing", mutate: del("hiringOrganization"), both: []string{"error hiringOrganization"}},
		{name: "hiringOrganization name missing", mutate: del("hiringOrganization", "name"), both: []string{"error hiringOrganization.name"}},
		{name: "applicantLocationRequirements missing", mutate: del("applicantLocationRequirements"),
			both: []string{"error applicantLocationRequirements", "warning applicantLocationRequirements"}},
		{name: "jobLocationType missing", mutate: del("jobLocationType"), both: []string{"warning jobLocationType"}},
		{name: "neither jobLocation nor applicant locations", mutate: all(del("jobLocationType"), del("applicantLocationRequirements")),
			both: []string{"error jobLocation", "warning applicantLocationRequirements", "warning jobLocationType"}},
		{name: "on site", mutate: all(del("jobLocationType"), del("applicantLocationRequirements"), set("jobLocation", onsite)),
			both: []string{"warning applicantLocationRequirements", "warning jobLocationType"}},
		{name: "on site without addressCountry", mutate: all(del("jobLocationType"), del("applicantLocationRequirements"), set("jobLocation", noCountry)),
			both: []string{"error jobLocation.address.addressCountry", "warning applicantLocationRequirements", "warning jobLocationType"}},
		{name: "remote with an office", mutate: set("jobLocation", onsite)},
		{name: "baseSalary missing", mutate: del("baseSalary"), both: []string{"warning baseSalary"}},
		{name: "directApply missing", mutate: del("directApply"), both: []string{"warning directApply"}},
		{name: "directApply false", mutate: set("directApply", false)},
		{name: "employmentType missing", mutate: del("employmentType"), both: []string{"warning employmentType"}},
		{name: "employmentType one string", mutate: set("employmentType", "PART_TIME")},
		{name: "identifier missing", mutate: del("identifier"), both: []string{"warning identifier"}},
		{name: "validThrough missing", mutate: del("validThrough"), both: []string{"warning validThrough"}},
		{name: "validThrough not a date", mutate: set("validThrough", "soon"), both: []string{"warning validThrough"}},
		{name: "unitText fortnight", mutate: func(jp map[string]any) {
			jp["baseSalary"].(map[string]any)["value"].(map[string]any)["unitText"] = "FORTNIGHT"
		}, goOnly: []string{"error baseSalary.value.unitText"}},
		{name: "unitText lower case", mutate: func(jp map[string]any) {
			jp["baseSalary"].(map[string]any)["value"].(map[string]any)["unitText"] = "year"
		}, goOnly: []string{"error baseSalary.value.unitText"}},
		{name: "currency a symbol", mutate: func(jp map[string]any) { jp["baseSalary"].(map[string]any)["currency"] = "$" },
			goOnly: []string{"error baseSalary.currency"}},
		{name: "employmentType unknown", mutate: set("employmentType", []any{"FULLTIME"}), goOnly: []string{"error employmentType"}},
	}
}

// seedMap returns the seed posting's JSON-LD, decoded with numbers kept as
// written.
func seedMap(t *testing.T) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(seedJSONLD(t)))
	dec.UseNumber()
	var jp map[string]any
	require.NoError(t, dec.Decode(&jp), "decode the seed JSON-LD")
	return jp
}

// mutated returns the JSON-LD of a case.
func (c lintCase) mutated(t *testing.T) []byte {
	t.Helper()
	jp := seedMap(t)
	c.mutate(jp)
	data, err := json.Marshal(jp)
	require.NoError(t, err, "marshal case %q", c.name)
	return data
}

// keys writes findings as "severity property", sorted, without repeats.
func keys(fs []jsonld.Finding, keep func(jsonld.Finding) bool) []string {
	var out []string
	for _, f := range fs {
		if keep(f) {
			out = append(out, fmt.Sprintf("%s %s", f.Severity, f.Property))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func TestLint(t *testing.T) {
	for _, c := range lintCases() {
		t.Run(c.name, func(t *testing.T) {
			fs := jsonld.Lint(c.mutated(t))
			shared := keys(fs, func(f jsonld.Finding) bool { return !slices.Contains(goOnly, f.Rule) })
			only := keys(fs, func(f jsonld.Finding) bool { return slices.Contains(goOnly, f.Rule) })
			assert.Equal(t, sorted(c.both), shared, "Lint(%s): findings of the rules Adobe shares: %v", c.name, fs)
			assert.Equal(t, sorted(c.goOnly), only, "Lint(%s): findings of the rules only Lint has: %v", c.name, fs)
			for _, f := range fs {
				assert.Equal(t, jsonld.GoogleJobPosting, f.Source, "Lint(%s): %s names its source", c.name, f.Rule)
			}
		})
	}
}

// adobeResult is one verdict of internal/adobecheck/check.js.
type adobeResult struct {
	Name   string `json:"name"`
	Issues []struct {
		Severity string `json:"severity"`
		Property string `json:"property"`
		Message  string `json:"message"`
	} `json:"issues"`
	JSONLD []map[string]any `json:"jsonld"`
}

// adobeInput is one case for check.js: a JSON-LD object or a page.
type adobeInput struct {
	Name   string          `json:"name"`
	JSONLD json.RawMessage `json:"jsonld,omitempty"`
	HTML   *string         `json:"html,omitempty"`
}

// runAdobe runs check.js on the inputs and returns the name of the
// validator and its verdicts, in order. It skips the test when node is not
// on PATH or internal/adobecheck has no node_modules (npm ci there installs
// them; .ci/run does).
func runAdobe(t *testing.T, inputs []adobeInput) (string, []adobeResult) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	for _, m := range []string{"@adobe/structured-data-validator", "@marbec/web-auto-extractor"} {
		if _, err := os.Stat(filepath.Join(adobeDir, "node_modules", filepath.FromSlash(m))); err != nil {
			t.Skipf("internal/adobecheck/node_modules/%s is missing: run npm ci in internal/adobecheck", m)
		}
	}
	data, err := json.Marshal(map[string]any{"cases": inputs})
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "cases.json")
	require.NoError(t, os.WriteFile(file, data, 0o644))
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(node, filepath.Join(adobeDir, "check.js"), file)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "node check.js %s: %s", file, stderr.String())
	var out struct {
		Validator string        `json:"validator"`
		Results   []adobeResult `json:"results"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out), "decode the output of check.js: %s", stdout.String())
	require.Len(t, out.Results, len(inputs), "check.js gives a verdict on every case")
	for i, in := range inputs {
		require.Equal(t, in.Name, out.Results[i].Name, "verdict %d is on case %q", i, in.Name)
	}
	return out.Validator, out.Results
}

// TestLintAgreesWithAdobe checks the seed posting's JSON-LD and every case
// of lintCases with @adobe/structured-data-validator (on the pinned
// schema.org vocabulary of internal/adobecheck) and requires it to report
// exactly the errors and warnings that Lint reports with the rules both
// have, property by property: the seed posting passes both with no error
// and no missing recommended property. It skips as runAdobe does.
func TestLintAgreesWithAdobe(t *testing.T) {
	cases := lintCases()
	var inputs []adobeInput
	for _, c := range cases {
		inputs = append(inputs, adobeInput{Name: c.name, JSONLD: c.mutated(t)})
	}
	validator, results := runAdobe(t, inputs)
	for i, c := range cases {
		r := results[i]
		var adobe []string
		for _, is := range r.Issues {
			adobe = append(adobe, strings.ToLower(is.Severity)+" "+is.Property)
		}
		slices.Sort(adobe)
		adobe = slices.Compact(adobe)
		goes := keys(jsonld.Lint(c.mutated(t)), func(f jsonld.Finding) bool { return !slices.Contains(goOnly, f.Rule) })
		assert.Equal(t, goes, adobe, "case %q: Lint and %s disagree (Adobe: %+v)", c.name, validator, r.Issues)
		assert.Equal(t, sorted(c.both), adobe, "case %q: %s finds what the case expects", c.name, validator)
	}
	t.Logf("%s agrees with Lint on %d cases", validator, len(cases))
}

// TestJobPostingOnAPage puts the JSON-LD of the seed role, whose title,
// summary and a benefit have been given script elements of their own, in a
// page's <script type="application/ld+json"> element, and has
// @marbec/web-auto-extractor read the page as a crawler would: it finds one
// JobPosting, with the title, benefits and description JobPosting wrote,
// and @adobe/structured-data-validator finds nothing wrong with it.
func TestJobPostingOnAPage(t *testing.T) {
	r, p, cat := seed(t)
	r.Summary = `Leads teams.</script><script>alert("x")</script> Ships & <b>owns</b> delivery.`
	r.Title = `Manager </script><script>alert("t")</script>`
	p.Benefits = []string{`Free lunch</script><!--`}
	data, err := jsonld.JobPosting(r, p, cat)
	require.NoError(t, err, "JobPosting(summary with a script element)")
	page := "<!doctype html><html><head><title>Manager</title><script type=\"application/ld+json\">\n" + string(data) +
		"</script></head><body><h1>Manager</h1></body></html>"
	_, results := runAdobe(t, []adobeInput{{Name: "page", HTML: &page}})
	got := results[0]
	assert.Empty(t, got.Issues, "the page's JobPosting has no issue")
	require.Len(t, got.JSONLD, 1, "the page holds one JSON-LD object")
	want := decode(t, data)
	assert.Equal(t, "JobPosting", got.JSONLD[0]["@type"], "the object read from the page is a JobPosting")
	for _, key := range []string{"title", "description", "jobBenefits"} {
		assert.Equal(t, want[key], got.JSONLD[0][key], "the %s read from the page is the one written", key)
	}
	assert.Contains(t, want["description"], "Leads teams.&lt;/script&gt;&lt;script&gt;", "the summary's markup is escaped in the description")
}
