package role_test

import (
	"context"
	"fmt"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

func ExampleFit() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "system-design", Name: "System design", Kind: competency.Hard},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
	band, _ := salary.NewBand("USD", salary.Year, salary.MustParseAmount("140000"), salary.MustParseAmount("220000"))
	r := role.Role{
		ID: "engineering-manager", Title: "Engineering Manager", Track: role.Management,
		Requirements: []competency.Requirement{
			{Competency: "system-design", Level: 3},
			{Competency: "coaching", Level: 4},
		},
		Education: role.Education{Minimum: &role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science"}}},
		Experience: []role.Experience{
			{Area: "software-engineering", MinYears: 6, MaxYears: 12, OpenEnded: true},
			{Area: "people-management", MinYears: 2, MaxYears: 6},
		},
		Pay: &band,
	}
	expected := salary.Pay{Currency: "USD", Period: salary.Year, Amount: salary.MustParseAmount("165000")}
	c := role.Candidate{
		Profile: competency.Profile{Subject: "candidate-17", Ratings: []competency.Rating{
			{Competency: "system-design", Level: 4},
			{Competency: "coaching", Level: 2},
		}},
		Experience:  []role.Years{{Area: "software-engineering", Years: 9}, {Area: "people-management", Years: 1.5}},
		Education:   []role.Credential{{Level: role.Bachelor, Fields: []string{"computer science"}}},
		ExpectedPay: &expected,
	}
	f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Score: 0.6·competencies (1 + 0.5)/2 + 0.25·experience (1 + 0.75)/2 + 0.15·education 1.
	fmt.Printf("ready %v, score %.3f, pay %s the band (compa-ratio %.3f)\n", f.Ready, f.Score, f.Pay.Position, f.Pay.CompaRatio)
	for _, b := range f.Blocking {
		fmt.Printf("blocking [%s] %s\n", b.Kind, b.Message)
	}
	// Output:
	// ready false, score 0.819, pay within the band (compa-ratio 0.917)
	// blocking [competency] competency coaching at level 4 needed, 2 held
	// blocking [experience] 2 years of people-management needed, 1.5 held
}
