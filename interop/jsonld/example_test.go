package jsonld_test

import (
	"encoding/json"
	"fmt"

	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/interop/jsonld"
)

// The sample role and its posting as a schema.org JobPosting, linted
// against Google's rules.
func ExampleJobPosting() {
	f, _ := examples.Framework()
	r, _ := examples.ManagerRole()
	p, _ := examples.Posting()
	data, err := jsonld.JobPosting(r, p, f.Catalog)
	if err != nil {
		fmt.Println(err)
		return
	}
	var jp struct {
		Title      string `json:"title"`
		BaseSalary struct {
			Currency string `json:"currency"`
			Value    struct {
				MinValue json.Number `json:"minValue"`
				MaxValue json.Number `json:"maxValue"`
				UnitText string      `json:"unitText"`
			} `json:"value"`
		} `json:"baseSalary"`
		JobLocationType string `json:"jobLocationType"`
	}
	_ = json.Unmarshal(data, &jp)
	fmt.Println(jp.Title)
	fmt.Println(jp.BaseSalary.Currency, jp.BaseSalary.Value.MinValue, jp.BaseSalary.Value.MaxValue, jp.BaseSalary.Value.UnitText)
	fmt.Println(jp.JobLocationType)
	fmt.Println("findings:", len(jsonld.Lint(data)))

	doc := map[string]any{}
	_ = json.Unmarshal(data, &doc)
	doc["title"] = ""
	doc["validThrough"] = "next month"
	bad, _ := json.Marshal(doc)
	for _, f := range jsonld.Lint(bad) {
		fmt.Println(f)
	}
	// Output:
	// Manager – Software Engineering
	// USD 140000 220000 YEAR
	// TELECOMMUTE
	// findings: 0
	// error title: the required property title is missing (required-title)
	// warning validThrough: validThrough is not an ISO 8601 date (recommended-validThrough)
}
