package posting_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/problem"
)

// A posting is read strictly like any careerkit document; Validate reports
// every problem with its path.
func ExamplePosting_Validate() {
	doc := `
id: data-engineer-remote
role: data-engineer
datePosted: 2026-03-02
validThrough: 2026-03-01
hiringOrganization: {name: Beispiel GmbH, url: beispiel.example.de}
remote: remote
`
	var p posting.Posting
	err := careerkit.Decode(strings.NewReader(doc), &p, careerkit.WithFormat(careerkit.FormatYAML))
	var ve *problem.ValidationError
	if errors.As(err, &ve) {
		for _, fe := range ve.Errors {
			fmt.Println(fe)
		}
	}
	// Output:
	// applicantLocationRequirements: remote work names the countries or regions applicants may live in (required_if)
	// hiringOrganization.url: "beispiel.example.de" is not an absolute http or https URL, such as https://example.com/page (http_url)
	// validThrough: the posting runs through 2026-03-01, before it is posted on 2026-03-02 (gtefield)
}
