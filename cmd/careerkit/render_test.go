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

var jdPosting = filepath.Join("..", "..", "interop", "jdtext", "testdata", "site-reliability-engineer.md")

func TestImportJD(t *testing.T) {
	dir := t.TempDir()
	out, report := filepath.Join(dir, "sre.yaml"), filepath.Join(dir, "report.json")
	code, stdout, stderr := runCmd(t, "import", "jd", jdPosting, "-o", out, "--report", report)
	require.Equal(t, exitOK, code, "import jd: %s", stderr)
	assert.Contains(t, stdout, "5 competencies", "the summary counts the competencies: %s", stdout)
	assert.Contains(t, stdout, "1 roles", "and the role")

	code, _, stderr = runCmd(t, "validate", out)
	assert.Equal(t, exitOK, code, "validate accepts the import: %s", stderr)
	fw, err := careerkit.LoadFile(out)
	require.NoError(t, err, "LoadFile of the import")
	require.Len(t, fw.Roles, 1, "one role")
	assert.Equal(t, "site-reliability-engineer", string(fw.Roles[0].ID), "the role's ID")

	data, err := os.ReadFile(report)
	require.NoError(t, err, "read the report")
	var rep interop.Report
	require.NoError(t, json.Unmarshal(data, &rep), "the report is JSON")
	assert.Equal(t, "jd", rep.Format, "the report's format")
	src, ok := rep.Lookup("roles[0].title")
	require.True(t, ok, "the report has the title's provenance")
	assert.Equal(t, 1, src.Row, "the title is line 1")

	// With --catalog, skills are matched to the catalog's competencies.
	catFile := filepath.Join(dir, "catalog.yaml")
	require.NoError(t, os.WriteFile(catFile, []byte("competencies:\n  - {id: k8s, name: Kubernetes, kind: hard}\n"), 0o644), "write a catalog")
	out2 := filepath.Join(dir, "matched.yaml")
	code, _, stderr = runCmd(t, "import", "jd", jdPosting, "--catalog", catFile, "-o", out2)
	require.Equal(t, exitOK, code, "import jd --catalog: %s", stderr)
	fw, err = careerkit.LoadFile(out2)
	require.NoError(t, err, "LoadFile of the matched import")
	assert.Equal(t, "k8s", string(fw.Roles[0].Requirements[0].Competency), "Kubernetes matched to the catalog's k8s")
	code, _, stderr = runCmd(t, "import", "jd", jdPosting, "--catalog", filepath.Join("..", "..", "examples", "data", "framework.yaml"), "-o", filepath.Join(dir, "ex.yaml"))
	assert.Equal(t, exitOK, code, "a framework file as --catalog: %s", stderr)

	code, _, stderr = runCmd(t, "import", "onet", dir, "--catalog", catFile)
	assert.Equal(t, exitUsage, code, "--catalog with onet")
	assert.Contains(t, stderr, "--catalog is for the format jd", "the message says why")
	code, _, stderr = runCmd(t, "import", "jd", jdPosting, "--catalog", filepath.Join(dir, "absent.yaml"))
	assert.Equal(t, exitFindings, code, "an absent catalog")
	assert.Contains(t, stderr, "absent.yaml", "the message names it")
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, []byte("Engineer\n"), 0o644), "write a text with no skill")
	code, _, stderr = runCmd(t, "import", "jd", empty)
	assert.Equal(t, exitFindings, code, "a text that makes no role")
	assert.Contains(t, stderr, "no line names a skill", "the message says why")
}

func TestRender(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "data", "framework.yaml")
	code, stdout, stderr := runCmd(t, "render", "--framework", ex, "--role", "manager-software-engineering")
	require.Equal(t, exitOK, code, "render: %s", stderr)
	assert.True(t, strings.HasPrefix(stdout, "Key Responsibilities and Required Skills for Manager – Software Engineering\n"), "the title line first")
	assert.Contains(t, stdout, "\n💰 USD 140000 - 220000 per year\n", "the pay line")
	assert.Equal(t, 24, strings.Count(stdout, "\n  • ")-22-10-9-1-4-5-2-2, "24 skills among the bullets (22 + 10 duties, 9 moves, 1 + 4 + 5 education lines, 2 + 2 experience lines)")

	// The text imports back to a role with the same title and counts.
	dir := t.TempDir()
	text, out := filepath.Join(dir, "role.txt"), filepath.Join(dir, "role.yaml")
	require.NoError(t, os.WriteFile(text, []byte(stdout), 0o644), "write the rendered text")
	code, _, stderr = runCmd(t, "import", "jd", text, "--catalog", ex, "-o", out)
	require.Equal(t, exitOK, code, "import jd of the rendered text: %s", stderr)
	fw, err := careerkit.LoadFile(out)
	require.NoError(t, err, "LoadFile of the re-import")
	r := fw.Roles[0]
	assert.Equal(t, "manager-software-engineering", string(r.ID), "the role's ID")
	assert.Len(t, r.Requirements, 24, "the 24 requirements, matched to the catalog")
	assert.Len(t, r.Responsibilities.Primary, 22, "22 primary responsibilities")

	code, _, stderr = runCmd(t, "render", "--framework", ex, "--role", "nope")
	assert.Equal(t, exitFindings, code, "an unknown role")
	assert.Contains(t, stderr, "nope", "the message names it")
	code, _, _ = runCmd(t, "render", "--framework", ex)
	assert.Equal(t, exitUsage, code, "no --role")
	code, _, _ = runCmd(t, "render", "--framework", ex, "--role", "x", "extra")
	assert.Equal(t, exitUsage, code, "an extra argument")
}
