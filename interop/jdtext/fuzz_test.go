package jdtext

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that it never reads a role
// that does not validate (it returns errInvalid then), and that every
// provenance names a line of the text.
func FuzzParse(f *testing.F) {
	for _, name := range postings {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatalf("read %s: %v", name, err)
		}
		f.Add(string(data))
	}
	f.Add("Engineer\n\nRequirements\n- 6–12+ years of Go with 2–6 years in people management or operations.\n")
	f.Add("Engineer\n💰 $1 - $2\nA·B\n\nEducation\n- Bachelor's or Master's degree in A, B, MBA, or equivalent experience.\n\nSkills\n- Go (a, b).\n")
	f.Add("# .\n\nLateral Moves:\n- .\n\nSkills\n- .\n- Go.\n\nMinimum Education:\n- .\n- Bachelor's in .\n")
	f.Fuzz(func(t *testing.T, text string) {
		fw, rep, err := Parse(text, Options{})
		if rep == nil {
			t.Fatalf("Parse(%q) returned no report", text)
		}
		lines := strings.Count(text, "\n") + strings.Count(text, "\r") + 1
		for _, p := range rep.Provenance {
			if p.From.Row < 1 || p.From.Row > lines || p.From.ToRow > lines {
				t.Fatalf("Parse(%q): provenance %v names no line of the text", text, p)
			}
		}
		if errors.Is(err, errInvalid) {
			t.Fatalf("Parse(%q) read a role that does not validate: %v", text, err)
		}
		if err == nil && len(fw.Roles) != 1 {
			t.Fatalf("Parse(%q) returned %d roles", text, len(fw.Roles))
		}
	})
}
