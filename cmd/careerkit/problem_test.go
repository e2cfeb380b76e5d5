package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
