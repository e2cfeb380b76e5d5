package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

// sarifValidator compiles the official SARIF 2.1.0 JSON Schema, with
// formats (such as uri-reference) asserted.
func sarifValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	require.NoError(t, err, "open %s", sarifSchemaFile)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err, "UnmarshalJSON(%s)", sarifSchemaFile)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(sarifSchema, doc), "AddResource(%s)", sarifSchemaFile)
	sch, err := c.Compile(sarifSchema)
	require.NoError(t, err, "Compile(%s)", sarifSchemaFile)
	return sch
}

// TestValidateSARIF checks --format sarif against the SARIF 2.1.0 schema
// and its results against what text output says.
func TestValidateSARIF(t *testing.T) {
	sch := sarifValidator(t)
	dir := t.TempDir()
	tab := filepath.Join(dir, "tab file.yaml")
	require.NoError(t, os.WriteFile(tab, []byte("a:\n\tb: 1\n"), 0o644), "write %s", tab)
	broken, line := writeBroken(t, dir, brokenCases()[0])
	missing := filepath.Join(dir, "missing.yaml")

	cases := []struct {
		name string
		args []string
		code int
	}{
		{"no problems", []string{"validate", "--format", "sarif", exampleFramework}, exitOK},
		{"advice", []string{"validate", "--format", "sarif", "--lint", exampleFramework}, exitOK},
		{"errors of several files", []string{"validate", "--format", "sarif", tab, broken, missing}, exitFindings},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.args...)
			assert.Equal(t, c.code, code, "careerkit %v exit status; stderr: %s", c.args, stderr)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(stdout)))
			require.NoError(t, err, "careerkit %v prints JSON: %s", c.args, stdout)
			assert.NoError(t, sch.Validate(inst), "careerkit %v output is valid SARIF 2.1.0", c.args)
		})
	}

	// The schema does refuse what SARIF does not allow.
	bad, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "careerkit"}}, "results": [{"level": "fatal", "message": {"text": "m"}}]}]}`)))
	require.NoError(t, err, "UnmarshalJSON(a log with level fatal)")
	assert.Error(t, sch.Validate(bad), "the SARIF schema refuses level fatal")

	// The results themselves, hand-checked.
	code, stdout, _ := runCmd(t, "validate", "--format", "sarif", tab, broken, missing)
	require.Equal(t, exitFindings, code, "validate --format sarif on broken files exits 1")
	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(stdout), &log), "validate --format sarif prints a SARIF log")
	require.Len(t, log.Runs, 1, "one run")
	run := log.Runs[0]
	assert.Equal(t, "careerkit", run.Tool.Driver.Name, "tool.driver.name")
	assert.Equal(t, []sarifRule{{ID: "syntax"}, {ID: "slug"}, {ID: "read"}}, run.Tool.Driver.Rules, "the rules broken, in order of first appearance")
	require.Len(t, run.Results, 3, "one result per problem: %s", stdout)

	tabURI := "file://" + filepath.ToSlash(filepath.Dir(tab)) + "/tab%20file.yaml"
	assert.Equal(t, sarifResult{RuleID: "syntax", RuleIndex: 0, Level: "error",
		Message:   sarifMessage{Text: "found character that cannot start any token"},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: tabURI}, Region: &sarifRegion{StartLine: 2, StartColumn: 1}}}}},
		run.Results[0], "the tab error, with the file as an escaped file URI")
	assert.Equal(t, sarifResult{RuleID: "slug", RuleIndex: 1, Level: "error",
		Message: sarifMessage{Text: `"Tier-3" is not an ID: use lowercase letters and digits separated by '.', '_' or '-', at most 64 characters`},
		Locations: []sarifLocation{{
			PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: "file://" + filepath.ToSlash(broken)}, Region: &sarifRegion{StartLine: line, StartColumn: 10}},
			LogicalLocations: []sarifLogicalLoc{{FullyQualifiedName: "payStructures[0].zones[2].id"}},
		}}},
		run.Results[1], "a validation error, with its path as the logical location")
	assert.Equal(t, sarifResult{RuleID: "read", RuleIndex: 2, Level: "error",
		Message:   sarifMessage{Text: "open: no such file or directory"},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: "file://" + filepath.ToSlash(missing)}}}}},
		run.Results[2], "a file that cannot be read has no region")

	code, stdout, _ = runCmd(t, "validate", "--format", "sarif", "--lint", exampleFramework)
	require.Equal(t, exitOK, code, "validate --format sarif --lint exits 0")
	require.NoError(t, json.Unmarshal([]byte(stdout), &log), "validate --format sarif --lint prints a SARIF log")
	require.NotEmpty(t, log.Runs[0].Results, "the example has advice")
	first := log.Runs[0].Results[0]
	assert.Equal(t, "warning", first.Level, "advice is a warning")
	assert.Equal(t, "../../examples/data/framework.yaml", first.Locations[0].PhysicalLocation.ArtifactLocation.URI, "a relative path is a relative URI reference")
}

func TestFileURI(t *testing.T) {
	cases := []struct{ in, want string }{
		{"roles/a.yaml", "roles/a.yaml"},
		{"../x/a b.yaml", "../x/a%20b.yaml"},
		{"/tmp/a#1.yaml", "file:///tmp/a%231.yaml"},
		{"-", "-"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, fileURI(c.in), "fileURI(%q)", c.in)
	}
}
