package posting_test

import (
	"strings"
	"testing"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/posting"
)

// FuzzDecode checks that decoding a posting never panics, and that a
// posting that decodes also validates (Decode runs Validate) and has a
// country code of two capital letters wherever one is set.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "FR"}]}`,
		`{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N", "url": "https://x"}, "remote": "remote", "applicantLocationRequirements": [{"country": "US"}]}`,
		"id: p\nrole: r\ndatePosted: 2026-01-05\nvalidThrough: 2026-01-01\n", `{"jobLocations": [{"addressCountry": "UK"}]}`, `[]`, ``,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		var p posting.Posting
		if err := careerkit.Decode(strings.NewReader(doc), &p); err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Decode(%q) accepted a posting that Validate rejects: %v", doc, err)
		}
		for _, a := range p.JobLocations {
			if !a.AddressCountry.IsValid() {
				t.Fatalf("Decode(%q) accepted the country %q", doc, a.AddressCountry)
			}
		}
	})
}
