package main

import (
	"os"
	"path/filepath"
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
