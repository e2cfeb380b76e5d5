package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindingString(t *testing.T) {
	cases := []struct {
		name string
		in   finding
		want string
	}{
		{"line and column", finding{File: "f.yaml", Severity: severityError, Line: 3, Column: 7, Path: "roles[0].id", Rule: "slug", Message: "bad"},
			"f.yaml:3:7: roles[0].id: bad (slug)"},
		{"line only", finding{File: "f.yaml", Severity: severityError, Line: 3, Path: "a", Rule: "r", Message: "m"},
			"f.yaml:3: a: m (r)"},
		{"column without a line is left out", finding{File: "f.yaml", Severity: severityError, Column: 7, Path: "a", Rule: "r", Message: "m"},
			"f.yaml: a: m (r)"},
		{"no path", finding{File: "f.json", Severity: severityError, Line: 1, Column: 1, Rule: "syntax", Message: "m"},
			"f.json:1:1: m (syntax)"},
		{"warning", finding{File: "f.yaml", Severity: severityWarning, Line: 9, Column: 2, Path: "b", Rule: "overlap", Message: "m"},
			"f.yaml:9:2: warning: b: m (overlap)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.in.String(), "finding%+v.String()", c.in)
		})
	}
}

// TestValidateYAMLTab checks the text validate prints for a tab in the
// indentation: the tab's line and column, the line printed once.
func TestValidateYAMLTab(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"tab indenting a key", "a:\n\tb: 1\n", ":2:1: found character that cannot start any token (syntax)\n"},
		{"tab after a nested value", "x: 1\na:\n  c: 2\n\tb: 1\n", ":4:1: found a tab character that violates indentation (syntax)\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "tab.yaml")
			require.NoError(t, os.WriteFile(file, []byte(c.src), 0o644), "write %s", file)
			code, stdout, _ := runCmd(t, "validate", file)
			assert.Equal(t, exitFindings, code, "validate on %q exits 1", c.src)
			assert.Equal(t, file+c.want, stdout, "validate on %q", c.src)
		})
	}
}

// TestValidateFramework checks validate --framework: files checked against
// a framework, folders walked in lexical order.
func TestValidateFramework(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755), "mkdir for %s", path)
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644), "write %s", path)
		return path
	}
	badRole := write("roles/b-platform.yaml", "id: platform-engineer\ntitle: Platform engineer\nrequirements:\n  - {competency: containerisation, level: 3}\n")
	goodRole := write("roles/a-sre.json", "{\"id\": \"sre\", \"title\": \"SRE\", \"level\": \"e3\"}\n")
	profile := write("roles/nested/profile.yml", "subject: ada\nratings:\n  - {competency: ci-cd, level: 9}\n")
	write("roles/notes.txt", "not a document\n")

	code, stdout, _ := runCmd(t, "validate", badRole)
	assert.Equal(t, exitOK, code, "validate %s without --framework exits 0: %s", badRole, stdout)

	code, stdout, _ = runCmd(t, "validate", "--framework", exampleFramework, badRole)
	assert.Equal(t, exitFindings, code, "validate --framework on a role requiring an unknown competency exits 1")
	assert.Equal(t, badRole+`:4:6: requirements[0].competency: "containerisation" is not a competency of the catalog (did you mean "containerization"?) (exists)`+"\n",
		stdout, "validate --framework %s", badRole)

	code, stdout, _ = runCmd(t, "validate", "-v", "--framework", exampleFramework, filepath.Join(dir, "roles"))
	assert.Equal(t, exitFindings, code, "validate --framework on a folder exits 1")
	assert.Equal(t, goodRole+": ok (role, inferred)\n"+
		badRole+`:4:6: requirements[0].competency: "containerisation" is not a competency of the catalog (did you mean "containerization"?) (exists)`+"\n"+
		badRole+": 1 problem (role, inferred)\n"+
		profile+`:3:25: ratings[0].level: level 9 is not on scale "framework" of "ci-cd" (levels 1–5) (level)`+"\n"+
		profile+": 1 problem (profile, inferred)\n",
		stdout, "validate -v --framework on a folder: every document under it, in lexical order, and nothing else")

	// A framework's own unknown competencies get suggestions too.
	misspelt := brokenCases()[1]
	misspelt.new = strings.Replace(misspelt.new, "programming-langs", "programming-languags", 1)
	misspelt.at = "programming-languags"
	broken, line := writeBroken(t, dir, misspelt)
	code, stdout, _ = runCmd(t, "validate", broken)
	assert.Equal(t, exitFindings, code, "validate %s exits 1", broken)
	assert.Contains(t, stdout, fmt.Sprintf(`%s:%d:10: roles[0].requirements[2].competency: "programming-languags" is not a competency of the catalog (did you mean "programming-languages"?) (exists)`, broken, line),
		"validate on a framework requiring an unknown competency suggests the ID")
	code, _, stderr := runCmd(t, "fit", "--framework", broken, "--role", seedRole, "--candidate", examplePeople, "--subject", senior)
	assert.Equal(t, exitFindings, code, "fit with a broken framework exits 1")
	assert.Contains(t, stderr, `(did you mean "programming-languages"?)`, "fit --framework on a broken framework suggests the ID")

	code, _, stderr = runCmd(t, "validate", "--framework", filepath.Join(dir, "missing.yaml"), goodRole)
	assert.Equal(t, exitFindings, code, "validate with a missing framework exits 1")
	assert.Contains(t, stderr, "missing.yaml: open: no such file or directory (read)", "validate with a missing framework names it")
}
