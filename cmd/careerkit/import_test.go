package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/interop"
)

func TestImportONet(t *testing.T) {
	dir := t.TempDir()
	out, report := filepath.Join(dir, "onet.yaml"), filepath.Join(dir, "report.json")
	src := filepath.Join("..", "..", "interop", "onet", "testdata", "onet")
	code, stdout, stderr := runCmd(t, "import", "onet", src, "-o", out, "--report", report)
	require.Equal(t, exitOK, code, "import onet: %s", stderr)
	assert.Contains(t, stdout, "68 competencies", "the summary counts the competencies: %s", stdout)
	assert.Contains(t, stdout, "5 roles", "and the roles")
	assert.Contains(t, stdout, "2 missing", "and the problems by kind")

	code, _, stderr = runCmd(t, "validate", out)
	assert.Equal(t, exitOK, code, "validate accepts the import: %s", stderr)
	fw, err := careerkit.LoadFile(out)
	require.NoError(t, err, "LoadFile of the import")
	assert.Len(t, fw.Roles, 5, "the file holds the roles")

	data, err := os.ReadFile(report)
	require.NoError(t, err, "read the report")
	var rep interop.Report
	require.NoError(t, json.Unmarshal(data, &rep), "the report is JSON")
	assert.Equal(t, "onet", rep.Format, "the report's format")
	assert.NotEmpty(t, rep.Provenance, "the report has provenance")

	code, stdout, _ = runCmd(t, "similar", "--framework", out, "--role", "15-1254.00", "-k", "2", "--format", "json")
	require.Equal(t, exitOK, code, "similar on the import")
	var got []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "similar prints JSON")
	assert.Len(t, got, 2, "two roles like web developers among the rated ones")

	code, stdout, stderr = runCmd(t, "import", "onet", src)
	require.Equal(t, exitOK, code, "import to standard output")
	assert.True(t, strings.HasPrefix(stdout, "name: O*NET 29.3\n"), "the framework on standard output, as YAML")
	assert.Contains(t, stderr, "68 competencies", "the summary on standard error")

	code, _, _ = runCmd(t, "import", "nope", src)
	assert.Equal(t, exitUsage, code, "unknown format")
	code, _, _ = runCmd(t, "import", "onet")
	assert.Equal(t, exitUsage, code, "no source")
	code, _, stderr = runCmd(t, "import", "onet", filepath.Join(dir, "absent"))
	assert.Equal(t, exitFindings, code, "a missing folder")
	assert.Contains(t, stderr, "absent", "the message names the folder")
}

func TestImportFormats(t *testing.T) {
	cases := []struct{ format, src, want string }{
		{"case", filepath.Join("..", "..", "interop", "case", "testdata", "SmartLevelFramework.json"), "14 competencies"},
		{"esco", filepath.Join("..", "..", "interop", "esco", "testdata"), "roles"},
		{"ft", filepath.Join("..", "..", "interop", "ftprogression", "testdata", "engineering.yml"), "72 competencies"},
		{"snowflake", filepath.Join("..", "..", "interop", "snowflake", "testdata", "snowflake.json"), "16 competencies"},
		{"engineeringladders", filepath.Join("..", "..", "interop", "engineeringladders", "testdata", "engineeringladders.json"), "5 competencies"},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), c.format+".json")
			code, stdout, stderr := runCmd(t, "import", c.format, c.src, "-o", out)
			require.Equal(t, exitOK, code, "import %s: %s", c.format, stderr)
			assert.Contains(t, stdout, c.want, "the summary of %s", c.format)
			code, _, stderr = runCmd(t, "validate", out)
			assert.Equal(t, exitOK, code, "validate accepts the %s import written as JSON: %s", c.format, stderr)
			fw, err := careerkit.LoadFile(out)
			require.NoError(t, err, "LoadFile")
			if c.format != "case" && c.format != "esco" {
				assert.Len(t, fw.Ladders, 1, "one ladder")
			}
		})
	}
}
