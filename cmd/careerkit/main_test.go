package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

const (
	exampleFramework = "../../examples/data/framework.yaml"
	examplePeople    = "../../examples/data/people.yaml"
	seedRole         = "manager-software-engineering"
	senior           = "sample-senior-engineer"
	manager          = "sample-engineering-manager"
)

// runCmd runs the command in-process and returns its exit status, standard
// output and standard error.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// exampleModel is the example framework compiled by the library itself, to
// check the command's output against.
func exampleModel(t *testing.T) *careerkit.Model {
	t.Helper()
	f, err := careerkit.LoadFile(exampleFramework)
	require.NoError(t, err, "LoadFile(%s)", exampleFramework)
	m, err := f.Compile()
	require.NoError(t, err, "Compile(%s)", exampleFramework)
	return m
}

func examplePeopleDoc(t *testing.T) careerkit.People {
	t.Helper()
	var p careerkit.People
	require.NoError(t, careerkit.DecodeFile(examplePeople, &p), "DecodeFile(%s)", examplePeople)
	return p
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err, "ReadFile(%s)", path)
	return string(b)
}

// lineOf returns the 1-based line on which the first occurrence of needle
// starts in text.
func lineOf(t *testing.T, text, needle string) int {
	t.Helper()
	i := strings.Index(text, needle)
	require.GreaterOrEqual(t, i, 0, "text contains %q", needle)
	return strings.Count(text[:i], "\n") + 1
}

func TestHelp(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"-h"}, []string{"Usage:", "careerkit validate [--framework F] [--kind KIND]", "careerkit schema", "careerkit fit --framework F", "careerkit rank --framework F", "careerkit ladder --framework F", "careerkit band --framework F", "Exit status:"}},
		{[]string{"--help"}, []string{"Commands:"}},
		{[]string{"help"}, []string{"Commands:"}},
		{[]string{"help", "fit"}, []string{"usage: careerkit fit", "-candidate FILE"}},
		{[]string{"validate", "-h"}, []string{"usage: careerkit validate", "framework  roles, ladders or payStructures", "-kind KIND", "-format format", "-lint"}},
		{[]string{"schema", "-h"}, []string{"usage: careerkit schema", "-o DIR"}},
		{[]string{"fit", "--help"}, []string{"usage: careerkit fit", "-subject SUBJECT", "-pay-blocks"}},
		{[]string{"rank", "-h"}, []string{"usage: careerkit rank", "-k N"}},
		{[]string{"ladder", "-h"}, []string{"usage: careerkit ladder", "readiness --people FILE", "-ladder ID"}},
		{[]string{"ladder", "matrix", "-h"}, []string{"matrix [--track T]", "-track TRACK", "-framework FILE"}},
		{[]string{"ladder", "--framework", exampleFramework, "readiness", "-h"}, []string{"readiness --people FILE", "-people FILE"}},
		{[]string{"band", "-h"}, []string{"usage: careerkit band", "-pay AMOUNT", "-zone ID"}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.args...)
			assert.Equal(t, exitOK, code, "careerkit %v exits 0", c.args)
			assert.Empty(t, stderr, "careerkit %v writes nothing to stderr", c.args)
			for _, w := range c.want {
				assert.Contains(t, stdout, w, "careerkit %v help text", c.args)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	fw, pp := exampleFramework, examplePeople
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "usage: careerkit <command>"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"flag before command", []string{"--format", "json"}, "flag --format before a command"},
		{"validate without files", []string{"validate"}, "no files to validate"},
		{"validate bad kind", []string{"validate", "--kind", "widget", fw}, `unknown kind "widget"`},
		{"validate bad format", []string{"validate", "--format", "xml", fw}, `want text, json or sarif, not "xml"`},
		{"fit takes no sarif", []string{"fit", "--format", "sarif"}, `want text or json, not "sarif"`},
		{"validate unknown flag", []string{"validate", "--strict", fw}, "flag provided but not defined: -strict"},
		{"fit without role", []string{"fit", "--framework", fw, "--candidate", pp}, "flag --role is required"},
		{"fit without framework", []string{"fit", "--role", seedRole, "--candidate", pp}, "flag --framework is required"},
		{"fit extra argument", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", pp, "extra"}, "unexpected arguments: extra"},
		{"fit people without subject", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", pp}, "name one with --subject"},
		{"rank k zero", []string{"rank", "--framework", fw, "--role", seedRole, "--people", pp, "-k", "0"}, "-k must be at least 1"},
		{"rank k not a number", []string{"rank", "--framework", fw, "--role", seedRole, "--people", pp, "-k", "x"}, "invalid value"},
		{"rank without people", []string{"rank", "--framework", fw, "--role", seedRole}, "flag --people is required"},
		{"ladder without action", []string{"ladder", "--framework", fw}, "no action"},
		{"ladder unknown action", []string{"ladder", "--framework", fw, "climb"}, `unknown action "climb"`},
		{"ladder without framework", []string{"ladder", "mermaid"}, "flag --framework is required"},
		{"ladder path one level", []string{"ladder", "--framework", fw, "path", "e1"}, "path takes 2 arguments, not 1"},
		{"ladder mermaid argument", []string{"ladder", "--framework", fw, "mermaid", "x"}, "mermaid takes 0 arguments, not 1"},
		{"ladder readiness without people", []string{"ladder", "--framework", fw, "readiness", senior, "m1"}, "flag --people is required"},
		{"band without pay", []string{"band", "--framework", fw, "--grade", "g4"}, "flag --pay is required"},
		{"band bad pay", []string{"band", "--framework", fw, "--grade", "g4", "--pay", "$165k"}, "--pay: salary: parse amount"},
		{"band negative pay", []string{"band", "--framework", fw, "--grade", "g4", "--pay", "-1"}, "--pay: -1 is negative"},
		{"band too precise pay", []string{"band", "--framework", fw, "--grade", "g4", "--pay", "165000.001"}, "--pay:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.args...)
			assert.Equal(t, exitUsage, code, "careerkit %v exits 2; stderr: %s", c.args, stderr)
			assert.Empty(t, stdout, "careerkit %v writes nothing to stdout", c.args)
			assert.Contains(t, stderr, c.want, "careerkit %v explains the usage error", c.args)
		})
	}
}

func TestValidateExamples(t *testing.T) {
	code, stdout, stderr := runCmd(t, "validate", exampleFramework, examplePeople)
	assert.Equal(t, exitOK, code, "validate on the examples exits 0; stdout: %s", stdout)
	assert.Empty(t, stdout, "validate prints nothing for valid files")
	assert.Empty(t, stderr, "validate writes nothing to stderr for valid files")

	code, stdout, _ = runCmd(t, "validate", "-v", exampleFramework, examplePeople)
	assert.Equal(t, exitOK, code, "validate -v exits 0")
	assert.Equal(t, exampleFramework+": ok (framework, inferred)\n"+examplePeople+": ok (people, inferred)\n", stdout,
		"validate -v names the inferred kinds")

	code, stdout, _ = runCmd(t, "validate", "-v", "--kind", "framework", exampleFramework)
	assert.Equal(t, exitOK, code, "validate --kind framework exits 0")
	assert.Equal(t, exampleFramework+": ok (framework)\n", stdout, "validate -v with --kind does not say inferred")

	code, stdout, _ = runCmd(t, "validate", "--format", "json", exampleFramework, examplePeople)
	assert.Equal(t, exitOK, code, "validate --format json exits 0")
	var list []finding
	require.NoError(t, json.Unmarshal([]byte(stdout), &list), "validate --format json prints JSON: %s", stdout)
	assert.NotNil(t, list, "validate --format json prints [] rather than null")
	assert.Empty(t, list, "no problems in the examples")
}

func TestValidateLint(t *testing.T) {
	text := readText(t, exampleFramework)
	line := lineOf(t, text, "{id: g4, name: Grade 4")
	code, stdout, _ := runCmd(t, "validate", "--lint", exampleFramework)
	assert.Equal(t, exitOK, code, "advice does not change the exit status")
	want := fmt.Sprintf("%s:%d:33: warning: payStructures[0].grades[3].band: ", exampleFramework, line)
	assert.Contains(t, stdout, want, "validate --lint reports the overlap of g4 over g3 at g4's line")
	assert.Contains(t, stdout, "(overlap)\n", "the advice names its rule")

	code, stdout, _ = runCmd(t, "validate", "--lint", "--format", "json", exampleFramework)
	assert.Equal(t, exitOK, code, "advice does not change the exit status in JSON")
	var list []finding
	require.NoError(t, json.Unmarshal([]byte(stdout), &list), "validate --lint --format json prints JSON")
	require.NotEmpty(t, list, "validate --lint --format json lists the advice")
	assert.Equal(t, finding{File: exampleFramework, Kind: "framework", Severity: "warning", Line: line, Column: 33,
		Path: "payStructures[0].grades[3].band", Rule: salary.RuleOverlap, Message: list[0].Message}, list[0], "the overlap advice in JSON")

	// A pay structure document on its own is linted too.
	data, err := json.MarshalIndent(exampleModel(t).Framework().PayStructures[0], "", "  ")
	require.NoError(t, err, "marshal the example pay structure")
	file := filepath.Join(t.TempDir(), "structure.json")
	require.NoError(t, os.WriteFile(file, data, 0o644), "write %s", file)
	code, stdout, _ = runCmd(t, "validate", "--lint", file)
	assert.Equal(t, exitOK, code, "advice on a structure does not change the exit status")
	assert.Regexp(t, `^`+regexpQuote(file)+`:\d+:\d+: warning: grades\[3\]\.band: .*\(overlap\)\n$`, stdout, "validate --lint on a structure document")
}

// brokenCase is one broken copy of the example framework: old is replaced
// by new (old must occur once), and the problem is expected on the line of
// at (a part of new), at column col (of the key, or of the item for a list
// item), with the given path and rule.
type brokenCase struct {
	name, old, new, at string
	col                int
	path, rule         string
}

func brokenCases() []brokenCase {
	return []brokenCase{
		{"slug with a capital", "{id: tier-3,", "{id: Tier-3,", "Tier-3", 10,
			"payStructures[0].zones[2].id", "slug"},
		{"unknown competency in a role requirement",
			"      - {competency: programming-languages, level: 3}\n      - {competency: cloud-native, level: 3}\n",
			"      - {competency: programming-langs, level: 3}\n      - {competency: cloud-native, level: 3}\n", "programming-langs", 10,
			"roles[0].requirements[2].competency", "exists"},
		{"level off the scale",
			"      - {competency: event-streaming, level: 2}\n      - {competency: infrastructure-as-code, level: 3}\n      - {competency: agile-delivery, level: 3}\n      # soft",
			"      - {competency: event-streaming, level: 9}\n      - {competency: infrastructure-as-code, level: 3}\n      - {competency: agile-delivery, level: 3}\n      # soft",
			"level: 9", 39, "roles[0].requirements[11].level", "level"},
		{"duplicate competency ID", "  - id: datastores\n", "  - id: ci-cd\n", "ci-cd", 5,
			"competencies[7].id", "unique"},
		{"unknown key", "    category: Security\n", "    category: Security\n    colour: blue\n", "colour", 5,
			"competencies[8].colour", "unknown-field"},
		{"ladder move to an unknown level", "{from: m3, to: m4, kind: promotion}", "{from: m3, to: m9, kind: promotion}", "m9", 20,
			"ladders[0].moves[13].to", "exists"},
		{"promotion cycle", "      - {from: e1, to: e2, kind: promotion}\n",
			"      - {from: e1, to: e2, kind: promotion}\n      - {from: e2, to: e1, kind: promotion}\n", "{from: e2, to: e1", 9,
			"ladders[0].moves[1]", "acyclic"},
		{"band with min above max", "min: 105000, max: 146000", "min: 150000, max: 146000", "150000", 82,
			"payStructures[0].grades[1].band.max", "range"},
		{"bad currency", "    pay: {currency: USD,", "    pay: {currency: USX,", "USX", 11,
			"roles[0].pay.currency", "format"},
		{"wrong type", "        rank: 1\n", "        rank: first\n", "first", 9,
			"ladders[0].levels[0].rank", "type"},
	}
}

// writeBroken writes the example framework with one edit into dir and
// returns the file and the line the edit's problem is on.
func writeBroken(t *testing.T, dir string, c brokenCase) (string, int) {
	t.Helper()
	text := readText(t, exampleFramework)
	require.Equal(t, 1, strings.Count(text, c.old), "%s: the edited text occurs once in the example", c.name)
	broken := strings.Replace(text, c.old, c.new, 1)
	at := strings.Index(c.new, c.at)
	require.GreaterOrEqual(t, at, 0, "%s: the marker %q is part of the new text", c.name, c.at)
	line := strings.Count(text[:strings.Index(text, c.old)]+c.new[:at], "\n") + 1
	file := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".yaml")
	require.NoError(t, os.WriteFile(file, []byte(broken), 0o644), "write %s", file)
	return file, line
}

// TestValidateBrokenCopies is the Done-when item: validate exits 0 on the
// example framework and 1 on each broken copy, naming the line and path.
func TestValidateBrokenCopies(t *testing.T) {
	code, _, _ := runCmd(t, "validate", exampleFramework)
	require.Equal(t, exitOK, code, "validate on the unbroken example exits 0")

	dir := t.TempDir()
	for _, c := range brokenCases() {
		t.Run(c.name, func(t *testing.T) {
			file, line := writeBroken(t, dir, c)
			prefix := fmt.Sprintf("%s:%d:%d: %s: ", file, line, c.col, c.path)

			code, stdout, stderr := runCmd(t, "validate", file)
			assert.Equal(t, exitFindings, code, "validate %s exits 1", c.name)
			assert.Empty(t, stderr, "validate %s writes problems to stdout, not stderr", c.name)
			var found string
			for _, l := range strings.Split(stdout, "\n") {
				if strings.HasPrefix(l, prefix) {
					found = l
					break
				}
			}
			if assert.NotEmpty(t, found, "validate %s prints a line starting %q; got:\n%s", c.name, prefix, stdout) {
				assert.True(t, strings.HasSuffix(found, "("+c.rule+")"), "validate %s names rule %s: %s", c.name, c.rule, found)
			}

			code, stdout, _ = runCmd(t, "validate", "--format", "json", file)
			assert.Equal(t, exitFindings, code, "validate --format json %s exits 1", c.name)
			var list []finding
			require.NoError(t, json.Unmarshal([]byte(stdout), &list), "validate --format json %s prints JSON: %s", c.name, stdout)
			var hit *finding
			for i := range list {
				if list[i].Path == c.path && list[i].Rule == c.rule {
					hit = &list[i]
				}
			}
			if assert.NotNil(t, hit, "validate --format json %s lists %s (%s): %+v", c.name, c.path, c.rule, list) {
				assert.Equal(t, file, hit.File, "JSON problem of %s names the file", c.name)
				assert.Equal(t, line, hit.Line, "JSON problem of %s has the line", c.name)
				assert.Equal(t, c.col, hit.Column, "JSON problem of %s has the column", c.name)
				assert.Equal(t, "framework", hit.Kind, "JSON problem of %s has the inferred kind", c.name)
				assert.Equal(t, "error", hit.Severity, "JSON problem of %s is an error", c.name)
				assert.NotEmpty(t, hit.Message, "JSON problem of %s has a message", c.name)
			}
		})
	}

	t.Run("all at once", func(t *testing.T) {
		args := []string{"validate", exampleFramework}
		for _, c := range brokenCases() {
			file, _ := writeBroken(t, t.TempDir(), c)
			args = append(args, file)
		}
		code, stdout, _ := runCmd(t, args...)
		assert.Equal(t, exitFindings, code, "validate on the example and every broken copy exits 1")
		assert.NotContains(t, stdout, exampleFramework, "the valid example has no problems")
	})
}

func TestValidateOtherProblems(t *testing.T) {
	dir := t.TempDir()
	text := readText(t, exampleFramework)
	old := "    pay: {currency: USD, period: year, min: 140000, max: 220000}\n"
	require.Equal(t, 1, strings.Count(text, old), "the role's pay line occurs once")
	file := filepath.Join(dir, "unclosed.yaml")
	require.NoError(t, os.WriteFile(file, []byte(strings.Replace(text, old, "    pay: {currency: USD, period: year\n", 1)), 0o644), "write %s", file)

	code, stdout, _ := runCmd(t, "validate", file)
	assert.Equal(t, exitFindings, code, "validate on a YAML syntax error exits 1")
	assert.Regexp(t, `^`+regexpQuote(file)+`:\d+: .*\(syntax\)\n$`, stdout, "a syntax error prints FILE:LINE: message (syntax)")

	jsonFile := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(jsonFile, []byte("{\n  \"currency\": \"USD\",\n  \"period\": \"year\",\n  \"min\": 10,\n  \"max\": 5,\n}\n"), 0o644), "write %s", jsonFile)
	code, stdout, _ = runCmd(t, "validate", jsonFile)
	assert.Equal(t, exitFindings, code, "validate on a JSON syntax error exits 1")
	assert.Regexp(t, `^`+regexpQuote(jsonFile)+`:6:1: .*\(syntax\)\n$`, stdout, "a JSON trailing comma is a syntax error on its line")

	band := filepath.Join(dir, "band.json")
	require.NoError(t, os.WriteFile(band, []byte("{\n  \"currency\": \"USD\",\n  \"period\": \"year\",\n  \"min\": 10,\n  \"max\": 5\n}\n"), 0o644), "write %s", band)
	code, stdout, _ = runCmd(t, "validate", "-v", band)
	assert.Equal(t, exitFindings, code, "validate on a JSON band with max < min exits 1")
	assert.Equal(t, band+":5:3: max: max 5 is less than min 10 (range)\n"+band+": 1 problem (band, inferred)\n", stdout,
		"a JSON document's problem is on the line of its key")

	missing := filepath.Join(dir, "missing.yaml")
	code, stdout, _ = runCmd(t, "validate", missing)
	assert.Equal(t, exitFindings, code, "validate on a missing file exits 1")
	assert.Equal(t, missing+": open: no such file or directory (read)\n", stdout, "a missing file is a problem of that file")

	list := filepath.Join(dir, "list.yaml")
	require.NoError(t, os.WriteFile(list, []byte("- a\n- b\n"), 0o644), "write %s", list)
	code, stdout, _ = runCmd(t, "validate", list)
	assert.Equal(t, exitFindings, code, "validate on a list exits 1")
	assert.Contains(t, stdout, list+":1:1: cannot infer the kind of document: it is a list, not an object; give --kind (kind)", "a list has no kind")
}

func regexpQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestValidateKinds writes one document of every kind, in JSON and YAML,
// and checks that validate infers its kind and accepts it.
func TestValidateKinds(t *testing.T) {
	m := exampleModel(t)
	f := m.Framework()
	people := examplePeopleDoc(t)
	cand, ok := people.Candidate(senior)
	require.True(t, ok, "people.yaml has %s", senior)
	r, ok := m.Role(seedRole)
	require.True(t, ok, "framework has %s", seedRole)
	post, err := examples.Posting()
	require.NoError(t, err, "examples.Posting()")
	docs := map[string]any{
		"framework": f,
		"catalog":   f.Catalog,
		"profile":   cand.Profile,
		"role":      r,
		"candidate": cand,
		"ladder":    f.Ladders[0],
		"structure": f.PayStructures[0],
		"band":      *r.Pay,
		"people":    people,
		"records":   paygap.Records{Workers: []paygap.Worker{{Subject: "w-1", Gender: paygap.Female, Category: "l5", Currency: "EUR", BasePay: salary.MustParseAmount("52000"), WeeklyHours: paygap.MustParseHours("40")}}},
		"posting":   post,
	}
	require.ElementsMatch(t, careerkit.Kinds(), slices.Collect(maps.Keys(docs)), "a document for every kind")
	dir := t.TempDir()
	for kind, v := range docs {
		t.Run(kind, func(t *testing.T) {
			data, err := json.MarshalIndent(v, "", "  ")
			require.NoError(t, err, "marshal %s", kind)
			file := filepath.Join(dir, kind+".json")
			require.NoError(t, os.WriteFile(file, data, 0o644), "write %s", file)
			code, stdout, _ := runCmd(t, "validate", "-v", file)
			assert.Equal(t, exitOK, code, "validate %s exits 0: %s", file, stdout)
			assert.Equal(t, file+": ok ("+kind+", inferred)\n", stdout, "validate -v infers %s", kind)
		})
	}

	t.Run("kind given", func(t *testing.T) {
		code, stdout, _ := runCmd(t, "validate", "--kind", "catalog", exampleFramework)
		assert.Equal(t, exitFindings, code, "a framework is not a valid catalog")
		assert.Contains(t, stdout, ": roles: is not a field of this object (unknown-field)", "--kind catalog rejects the framework's roles")
	})
}

func TestFit(t *testing.T) {
	m := exampleModel(t)
	people := examplePeopleDoc(t)
	for _, subject := range []string{senior, manager} {
		t.Run(subject, func(t *testing.T) {
			c, ok := people.Candidate(competency.SubjectID(subject))
			require.True(t, ok, "people.yaml has %s", subject)
			want, err := m.Fit(context.Background(), seedRole, c, role.FitOptions{})
			require.NoError(t, err, "library Fit(%s)", subject)

			args := []string{"fit", "--framework", exampleFramework, "--role", seedRole, "--candidate", examplePeople, "--subject", subject}
			code, stdout, stderr := runCmd(t, append(args, "--format", "json")...)
			require.Equal(t, exitOK, code, "fit --format json exits 0; stderr: %s", stderr)
			var got role.FitReport
			require.NoError(t, json.Unmarshal([]byte(stdout), &got), "fit --format json prints a FitReport: %s", stdout)
			assert.Equal(t, want, got, "fit --format json is the library's report")

			code, stdout, _ = runCmd(t, args...)
			require.Equal(t, exitOK, code, "fit exits 0 whatever the verdict")
			verdict := "NOT READY"
			if want.Ready {
				verdict = "READY"
			}
			assert.Contains(t, stdout, fmt.Sprintf("Fit of %s for %s (Manager – Software Engineering): %s, score %.3f\n", subject, seedRole, verdict, want.Score), "fit headline")
			assert.Contains(t, stdout, fmt.Sprintf("Competencies: score %.3f", want.Competencies.Score), "fit competency score")
			for _, b := range want.Blocking {
				assert.Contains(t, stdout, fmt.Sprintf("  - [%s] %s\n", b.Kind, b.Message), "fit lists blocking reason %q", b.Message)
			}
		})
	}

	t.Run("candidate document", func(t *testing.T) {
		c, _ := people.Candidate(senior)
		data, err := json.Marshal(c)
		require.NoError(t, err, "marshal candidate")
		file := filepath.Join(t.TempDir(), "candidate.json")
		require.NoError(t, os.WriteFile(file, data, 0o644), "write %s", file)
		code, stdout, stderr := runCmd(t, "fit", "--framework", exampleFramework, "--role", seedRole, "--candidate", file, "--format", "json")
		require.Equal(t, exitOK, code, "fit on a candidate document exits 0; stderr: %s", stderr)
		var got role.FitReport
		require.NoError(t, json.Unmarshal([]byte(stdout), &got), "fit prints a FitReport")
		assert.Equal(t, senior, string(got.Subject), "fit on a candidate document fits its candidate")
	})

	t.Run("pay blocks", func(t *testing.T) {
		text := readText(t, examplePeople)
		file := filepath.Join(t.TempDir(), "people.yaml")
		require.NoError(t, os.WriteFile(file, []byte(strings.Replace(text, "amount: 205000", "amount: 250000", 1)), 0o644), "write %s", file)
		args := []string{"fit", "--framework", exampleFramework, "--role", seedRole, "--candidate", file, "--subject", manager, "--format", "json"}
		for _, payBlocks := range []bool{false, true} {
			a := args
			if payBlocks {
				a = append(a, "--pay-blocks")
			}
			code, stdout, _ := runCmd(t, a...)
			require.Equal(t, exitOK, code, "fit %v exits 0", a)
			var got role.FitReport
			require.NoError(t, json.Unmarshal([]byte(stdout), &got), "fit prints a FitReport")
			assert.Equal(t, salary.Above, got.Pay.Position, "pay of 250000 is above the band")
			assert.Equal(t, !payBlocks, got.Ready, "with --pay-blocks=%v the manager is ready: %v", payBlocks, !payBlocks)
		}
	})
}

func TestRank(t *testing.T) {
	m := exampleModel(t)
	people := examplePeopleDoc(t)
	scores := map[string]role.FitReport{}
	for _, c := range people.Candidates {
		rep, err := m.Fit(context.Background(), seedRole, c, role.FitOptions{})
		require.NoError(t, err, "library Fit(%s)", c.Profile.Subject)
		scores[string(c.Profile.Subject)] = rep
	}

	args := []string{"rank", "--framework", exampleFramework, "--role", seedRole, "--people", examplePeople}
	code, stdout, stderr := runCmd(t, append(args, "--format", "json")...)
	require.Equal(t, exitOK, code, "rank --format json exits 0; stderr: %s", stderr)
	var got []render.RankingRow
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "rank --format json prints JSON: %s", stdout)
	require.Len(t, got, 2, "rank lists both candidates")
	for i, r := range got {
		want := scores[r.Subject]
		assert.Equal(t, render.RankingRow{Rank: i + 1, Subject: string(want.Subject), Score: want.Score, Ready: want.Ready, Blocking: len(want.Blocking),
			Competency: want.Competencies.Score, Experience: want.ExperienceScore, Education: want.Education.Credit}, r, "rank entry %d is Fit's", i+1)
	}
	assert.Equal(t, manager, got[0].Subject, "the experienced manager ranks first")
	assert.Greater(t, got[0].Score, got[1].Score, "ranked by score")

	code, stdout, _ = runCmd(t, append(args, "-k", "1", "--format", "json")...)
	require.Equal(t, exitOK, code, "rank -k 1 exits 0")
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "rank -k 1 prints JSON")
	assert.Len(t, got, 1, "rank -k 1 lists one candidate")

	code, stdout, _ = runCmd(t, args...)
	require.Equal(t, exitOK, code, "rank exits 0")
	assert.Contains(t, stdout, "RANK  SUBJECT", "rank prints a table")
	assert.Regexp(t, `(?m)^1 +sample-engineering-manager +1\.000 +yes +0$`, stdout, "rank's first row")
	assert.Regexp(t, fmt.Sprintf(`(?m)^2 +sample-senior-engineer +%.3f +no +%d$`, scores[senior].Score, len(scores[senior].Blocking)), stdout, "rank's second row")

	t.Run("ties by subject", func(t *testing.T) {
		text := readText(t, examplePeople)
		// A second copy of the manager under a subject that sorts first.
		i := strings.Index(text, "  - profile:\n      # An experienced engineering manager")
		require.GreaterOrEqual(t, i, 0, "people.yaml has the manager's entry")
		twin := strings.Replace(text[i:], "subject: sample-engineering-manager", "subject: a-twin", 1)
		file := filepath.Join(t.TempDir(), "people.yaml")
		require.NoError(t, os.WriteFile(file, []byte(text+twin), 0o644), "write %s", file)
		code, stdout, stderr := runCmd(t, "rank", "--framework", exampleFramework, "--role", seedRole, "--people", file, "--format", "json")
		require.Equal(t, exitOK, code, "rank exits 0; stderr: %s", stderr)
		require.NoError(t, json.Unmarshal([]byte(stdout), &got), "rank prints JSON")
		require.Len(t, got, 3, "three candidates")
		assert.Equal(t, []string{"a-twin", manager, senior}, []string{got[0].Subject, got[1].Subject, got[2].Subject}, "equal scores rank by subject")
	})
}

func TestLadder(t *testing.T) {
	m := exampleModel(t)
	g, ok := m.Ladder("engineering")
	require.True(t, ok, "the example has the engineering ladder")
	fw := exampleFramework

	matrix, err := g.Matrix("mgmt")
	require.NoError(t, err, "library Matrix(mgmt)")
	code, stdout, _ := runCmd(t, "ladder", "--framework", fw, "matrix", "--track", "mgmt")
	assert.Equal(t, exitOK, code, "ladder matrix --track mgmt exits 0")
	assert.Equal(t, matrix, stdout, "ladder matrix --track mgmt is the library's matrix")

	code, stdout, _ = runCmd(t, "ladder", "matrix", "--framework", fw, "--ladder", "engineering")
	assert.Equal(t, exitOK, code, "ladder matrix with flags after the action exits 0")
	for _, tr := range g.Ladder().Tracks {
		mt, err := g.Matrix(tr.ID)
		require.NoError(t, err, "library Matrix(%s)", tr.ID)
		assert.Contains(t, stdout, fmt.Sprintf("## %s (%s)\n\n%s", tr.Name, tr.ID, mt), "ladder matrix prints track %s", tr.ID)
	}

	code, stdout, _ = runCmd(t, "ladder", "--framework", fw, "mermaid")
	assert.Equal(t, exitOK, code, "ladder mermaid exits 0")
	assert.Equal(t, g.Mermaid(), stdout, "ladder mermaid is the library's rendering")

	code, stdout, _ = runCmd(t, "ladder", "--framework", fw, "dot")
	assert.Equal(t, exitOK, code, "ladder dot exits 0")
	assert.Equal(t, g.DOT(), stdout, "ladder dot is the library's rendering")

	moves, err := g.Path("e3", "m2")
	require.NoError(t, err, "library Path(e3, m2)")
	code, stdout, _ = runCmd(t, "ladder", "--framework", fw, "path", "--format", "json", "e3", "m2")
	assert.Equal(t, exitOK, code, "ladder path --format json exits 0")
	var p pathOut
	require.NoError(t, json.Unmarshal([]byte(stdout), &p), "ladder path prints JSON: %s", stdout)
	require.Len(t, p.Moves, len(moves), "ladder path has the library's moves")
	for i, mv := range moves {
		changes, err := g.Diff(mv.From, mv.To)
		require.NoError(t, err, "library Diff(%s, %s)", mv.From, mv.To)
		assert.Equal(t, mv, p.Moves[i].Move, "move %d", i)
		assert.Equal(t, changes, p.Moves[i].Changes, "changes of move %d", i)
	}
	code, stdout, _ = runCmd(t, "ladder", "--framework", fw, "path", "e3", "m2")
	assert.Equal(t, exitOK, code, "ladder path exits 0")
	assert.Contains(t, stdout, "Path from e3 (Senior Engineer) to m2 (Director of Engineering): 2 moves\n", "ladder path headline")
	assert.Contains(t, stdout, "2. m1 (Manager – Software Engineering) → m2 (Director of Engineering): promotion\n", "ladder path step")

	prof := examplePeopleDoc(t)
	sp, ok := prof.Profile(senior)
	require.True(t, ok, "people.yaml has %s", senior)
	want, err := g.Readiness(context.Background(), sp, "m1")
	require.NoError(t, err, "library Readiness(%s, m1)", senior)
	code, stdout, stderr := runCmd(t, "ladder", "--framework", fw, "readiness", "--people", examplePeople, "--format", "json", senior, "m1")
	require.Equal(t, exitOK, code, "ladder readiness --format json exits 0; stderr: %s", stderr)
	var got competency.Report
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "ladder readiness prints a Report: %s", stdout)
	assert.Equal(t, want, got, "ladder readiness is the library's report")
	code, stdout, _ = runCmd(t, "ladder", "--framework", fw, "readiness", "--people", examplePeople, senior, "m1")
	require.Equal(t, exitOK, code, "ladder readiness exits 0")
	assert.Contains(t, stdout, fmt.Sprintf("Readiness of %s for m1 (Manager – Software Engineering): not ready, score %.3f", senior, want.Score), "ladder readiness headline")
	assert.Regexp(t, `(?m)^people-leadership +People management and team leadership +hard +required +4 Practitioner +2 Foundational +direct +0\.50 +short by 2$`, stdout, "ladder readiness row")
}

func TestBand(t *testing.T) {
	fw := exampleFramework
	code, stdout, stderr := runCmd(t, "band", "--framework", fw, "--grade", "g4", "--zone", "tier-2", "--pay", "165000", "--format", "json")
	require.Equal(t, exitOK, code, "band --format json exits 0; stderr: %s", stderr)
	var got struct {
		Structure   string          `json:"structure"`
		Grade       string          `json:"grade"`
		Zone        string          `json:"zone"`
		Factor      string          `json:"factor"`
		Band        salary.Band     `json:"band"`
		Pay         salary.Pay      `json:"pay"`
		CompaRatio  float64         `json:"compaRatio"`
		Penetration *float64        `json:"penetration"`
		Position    salary.Position `json:"position"`
	}
	require.NoError(t, json.Unmarshal(bytes.ReplaceAll([]byte(stdout), []byte(`"factor": 0.9`), []byte(`"factor": "0.9"`)), &got), "band prints JSON: %s", stdout)
	assert.Equal(t, "us-engineering-2026", got.Structure, "band's structure")
	assert.Equal(t, "tier-2", got.Zone, "band's zone")
	assert.Equal(t, "0.9", got.Factor, "band's zone factor")
	assert.Equal(t, "USD 126000–198000/year", got.Band.String(), "g4 in tier-2 is 90 %% of 140000–220000")
	assert.Equal(t, "USD 165000/year", got.Pay.String(), "pay in the structure's currency and period")
	assert.InDelta(t, 165000.0/162000, got.CompaRatio, 1e-12, "compa-ratio is pay / midpoint")
	require.NotNil(t, got.Penetration, "penetration is given")
	assert.InDelta(t, (165000.0-126000)/(198000-126000), *got.Penetration, 1e-12, "penetration")
	assert.Equal(t, salary.Within, got.Position, "position")

	code, stdout, _ = runCmd(t, "band", "--framework", fw, "--grade", "g4", "--pay", "230000")
	require.Equal(t, exitOK, code, "band exits 0")
	for _, w := range []string{
		"Grade        g4 (Grade 4) of us-engineering-2026\n",
		"Band         USD 140000–220000/year, midpoint 180000\n",
		"Pay          USD 230000/year\n",
		"Position     above\n",
		fmt.Sprintf("Compa-ratio  %.3f\n", 230000.0/180000),
		fmt.Sprintf("Penetration  %.3f\n", 90000.0/80000),
	} {
		assert.Contains(t, stdout, w, "band text output")
	}
	assert.NotContains(t, stdout, "Zone", "no zone line without --zone")
}

// TestDataErrors covers failures of the data rather than the command line:
// exit status 1 and a message naming the file.
func TestDataErrors(t *testing.T) {
	fw, pp := exampleFramework, examplePeople
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.yaml")
	broken, line := writeBroken(t, dir, brokenCases()[0])
	badPeople := filepath.Join(dir, "people.yaml")
	require.NoError(t, os.WriteFile(badPeople, []byte(strings.Replace(readText(t, pp), "competency: IaC,", "competency: IaCx,", 1)), 0o644), "write %s", badPeople)
	badLine := lineOf(t, readText(t, badPeople), "IaCx")
	badRating := fmt.Sprintf("%s:%d:12: candidates[0].profile.ratings[12].competency: ", badPeople, badLine)

	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"fit unknown role", []string{"fit", "--framework", fw, "--role", "cto", "--candidate", pp, "--subject", senior},
			[]string{fw + `: no role "cto"; roles: ` + seedRole}},
		{"fit unknown subject", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", pp, "--subject", "nobody"},
			[]string{pp + `: no candidate "nobody"; candidates: ` + senior + ", " + manager}},
		{"fit missing candidate file", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", missing},
			[]string{missing + ": open: no such file or directory (read)"}},
		{"fit candidate file of another kind", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", fw},
			[]string{fw + ": is a framework document, not a people, candidate or profile document"}},
		{"fit broken framework", []string{"fit", "--framework", broken, "--role", seedRole, "--candidate", pp, "--subject", senior},
			[]string{fmt.Sprintf("%s:%d:10: payStructures[0].zones[2].id: ", broken, line)}},
		{"fit profile off the catalog", []string{"fit", "--framework", fw, "--role", seedRole, "--candidate", badPeople, "--subject", senior},
			[]string{badRating, `"IaCx" is not an ID, name or alias of a competency of the catalog (did you mean "IaC"?) (exists)`}},
		{"rank profile off the catalog", []string{"rank", "--framework", fw, "--role", seedRole, "--people", badPeople},
			[]string{badRating, `"IaCx" is not an ID, name or alias of a competency of the catalog (did you mean "IaC"?) (exists)`}},
		{"rank broken framework", []string{"rank", "--framework", broken, "--role", seedRole, "--people", pp},
			[]string{fmt.Sprintf("%s:%d:10: payStructures[0].zones[2].id: ", broken, line)}},
		{"ladder unknown ladder", []string{"ladder", "--framework", fw, "--ladder", "sales", "mermaid"},
			[]string{fw + `: no ladder "sales"; ladders: engineering`}},
		{"ladder unknown track", []string{"ladder", "--framework", fw, "matrix", "--track", "exec"},
			[]string{fw + `: ladder "engineering" has no track "exec"; tracks: ic, mgmt, program, product`}},
		{"ladder unknown level", []string{"ladder", "--framework", fw, "path", "e1", "e9"},
			[]string{fw + `: ladder "engineering" has no level "e9"`}},
		{"ladder unreachable", []string{"ladder", "--framework", fw, "path", "m4", "e1"},
			[]string{fw + `: no moves of ladder "engineering" lead from m4 to e1`}},
		{"ladder readiness unknown person", []string{"ladder", "--framework", fw, "readiness", "--people", pp, "nobody", "m1"},
			[]string{pp + `: no person "nobody"`}},
		{"ladder readiness profile off the catalog", []string{"ladder", "--framework", fw, "readiness", "--people", badPeople, senior, "m1"},
			[]string{badRating, `"IaCx" is not an ID, name or alias of a competency of the catalog (did you mean "IaC"?) (exists)`}},
		{"band unknown grade", []string{"band", "--framework", fw, "--grade", "g9", "--pay", "1"},
			[]string{fw + `: pay structure "us-engineering-2026" has no grade "g9"; grades: g1, g2, g3, g4, g5, g6, g7`}},
		{"band unknown zone", []string{"band", "--framework", fw, "--grade", "g4", "--zone", "moon", "--pay", "1"},
			[]string{fw + `: pay structure "us-engineering-2026" has no zone "moon"; zones: tier-1, tier-2, tier-3`}},
		{"band unknown structure", []string{"band", "--framework", fw, "--structure", "uk", "--grade", "g4", "--pay", "1"},
			[]string{fw + `: no pay structure "uk"; pay structures: us-engineering-2026`}},
		{"band missing framework", []string{"band", "--framework", missing, "--grade", "g4", "--pay", "1"},
			[]string{missing + ": open: no such file or directory (read)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, c.args...)
			assert.Equal(t, exitFindings, code, "careerkit %v exits 1; stderr: %s", c.args, stderr)
			for _, w := range c.want {
				assert.Contains(t, stderr, w, "careerkit %v explains the problem, naming the file", c.args)
			}
		})
	}
}

func TestSchema(t *testing.T) {
	for _, kind := range careerkit.Kinds() {
		t.Run(kind, func(t *testing.T) {
			want := readText(t, filepath.Join("..", "..", "schemas", kind+".json"))
			code, stdout, stderr := runCmd(t, "schema", kind)
			require.Equal(t, exitOK, code, "schema %s exits 0; stderr: %s", kind, stderr)
			assert.Equal(t, want, stdout, "schema %s prints the committed schemas/%s.json, examples included", kind, kind)
			var doc map[string]any
			require.NoError(t, json.Unmarshal([]byte(stdout), &doc), "schema %s prints JSON", kind)
			assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", doc["$schema"], "schema %s is draft 2020-12", kind)
			assert.Contains(t, stdout, "\n  \"", "schema %s is indented", kind)
		})
	}

	t.Run("every kind into a directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "out", "schemas")
		code, stdout, stderr := runCmd(t, "schema", "-o", dir)
		require.Equal(t, exitOK, code, "schema -o exits 0; stderr: %s", stderr)
		assert.Empty(t, stdout, "schema -o prints nothing")
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "ReadDir(%s)", dir)
		assert.Len(t, entries, len(careerkit.Kinds()), "schema -o writes one file per kind")
		for _, kind := range careerkit.Kinds() {
			want := readText(t, filepath.Join("..", "..", "schemas", kind+".json"))
			assert.Equal(t, want, readText(t, filepath.Join(dir, kind+".json")), "schema -o writes %s.json as committed", kind)
		}
	})

	t.Run("one kind into a directory", func(t *testing.T) {
		dir := t.TempDir()
		code, _, stderr := runCmd(t, "schema", "-o", dir, "role")
		require.Equal(t, exitOK, code, "schema -o DIR role exits 0; stderr: %s", stderr)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "ReadDir(%s)", dir)
		require.Len(t, entries, 1, "schema -o DIR role writes one file")
		assert.Equal(t, "role.json", entries[0].Name(), "schema -o DIR role writes role.json")
	})

	t.Run("usage errors", func(t *testing.T) {
		for _, args := range [][]string{{"schema"}, {"schema", "widget"}, {"schema", "role", "band"}, {"schema", "-x"}} {
			code, stdout, stderr := runCmd(t, args...)
			assert.Equal(t, exitUsage, code, "careerkit %v exits 2", args)
			assert.Empty(t, stdout, "careerkit %v prints nothing on stdout", args)
			assert.Contains(t, stderr, "Run 'careerkit schema -h' for usage.", "careerkit %v points to the help", args)
		}
	})

	t.Run("unwritable directory", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		require.NoError(t, os.WriteFile(file, nil, 0o644), "write %s", file)
		code, _, stderr := runCmd(t, "schema", "-o", file)
		assert.Equal(t, exitFindings, code, "schema -o onto a file exits 1")
		assert.Contains(t, stderr, file, "the error names the path")
	})
}
