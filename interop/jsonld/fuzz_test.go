package jsonld_test

import (
	"testing"

	"github.com/careerkit/careerkit/interop/jsonld"
)

// FuzzLint checks that Lint never panics, that it reports at least one
// finding for input that is no JobPosting object, and that every finding
// names a rule, a property and a severity.
func FuzzLint(f *testing.F) {
	for _, s := range []string{
		`{"@type": "JobPosting"}`, `{"@type": "JobPosting", "jobLocation": [1, {"address": 2}], "baseSalary": {"value": []}}`,
		`{"@type": "JobPosting", "employmentType": [null, 3], "jobLocationType": "TELECOMMUTE", "hiringOrganization": "x"}`,
		`[]`, `null`, `{`, ``, `{"@type": ["JobPosting"]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fd := range jsonld.Lint(data) {
			if fd.Rule == "" || fd.Property == "" || (fd.Severity != jsonld.Error && fd.Severity != jsonld.Warning) {
				t.Fatalf("Lint(%q): finding %+v lacks a rule, property or severity", data, fd)
			}
		}
	})
}
