package role_test

import (
	"context"
	"fmt"

	"github.com/careerkit/careerkit/civil"
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

// A site reliability engineer's posting: "3–6 years in operations or
// software engineering", "typically 2–4 years on call", experience of
// running incident reviews (no years), and "a cloud or Kubernetes
// certification".
func ExampleFit_postingFacts() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "incident-response", Name: "Incident response", Kind: competency.Hard},
	}})
	r := role.Role{
		ID: "site-reliability-engineer", Title: "Site Reliability Engineer",
		Requirements: []competency.Requirement{{Competency: "incident-response", Level: 3}},
		Experience: []role.Experience{
			{Areas: []string{"operations", "software-engineering"}, MinYears: 3, MaxYears: 6},
			{Area: "on-call", MinYears: 2, MaxYears: 4, RangeKind: role.Typical},
			{Area: "incident-reviews"},
		},
		Education: role.Education{Alternatives: []role.Credential{
			{Kind: role.Certification, Name: "AWS Certified Solutions Architect", Aliases: []string{"AWS SA"}},
			{Kind: role.Certification, Name: "Certified Kubernetes Administrator", Aliases: []string{"CKA"}},
		}},
	}
	c := role.Candidate{
		Profile: competency.Profile{Subject: "candidate-42", Ratings: []competency.Rating{{Competency: "incident-response", Level: 3}}},
		Experience: []role.Years{
			{Area: "software-engineering", Years: 5},
			{Area: "on-call", Years: 1},
			{Area: "incident-reviews", Evidence: "ran the weekly review for a year"},
		},
		Education: []role.Credential{{Kind: role.Certification, Name: "CKA",
			IssuedAt: civil.MustParseDate("2023-03-01"), ExpiresAt: civil.MustParseDate("2026-03-01")}},
	}
	for _, asOf := range []civil.Date{{}, civil.MustParseDate("2026-06-30")} {
		f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{AsOf: asOf})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("as of %q: ready %v, experience score %.3f\n", asOf, f.Ready, f.ExperienceScore)
		for _, g := range f.Experience {
			fmt.Printf("  %s: %g years, met %v, soft %v\n", g.Area, g.Years, g.Met, g.Soft)
		}
		for _, b := range f.Blocking {
			fmt.Printf("  blocking [%s] %s\n", b.Kind, b.Message)
		}
	}
	// Experience score: (1 + √(1/2) + 1) / 3 = 0.902: 5 years meet 3–6,
	// 1 year of a typical 2–4 is a soft √(1/2), and the declared incident
	// reviews meet a requirement without years.

	// Output:
	// as of "": ready true, experience score 0.902
	//   software-engineering: 5 years, met true, soft false
	//   on-call: 1 years, met false, soft true
	//   incident-reviews: 0 years, met true, soft false
	// as of "2026-06-30": ready false, experience score 0.902
	//   software-engineering: 5 years, met true, soft false
	//   on-call: 1 years, met false, soft true
	//   incident-reviews: 0 years, met true, soft false
	//   blocking [education] one of these is needed: the certification AWS Certified Solutions Architect (AWS SA); the certification Certified Kubernetes Administrator (CKA)
}

// A pool compiles candidates once and ranks them for several roles. With
// no experience or education asked for, those parts earn full credit, so
// a score is 0.6·competencies + 0.4.
func ExamplePool() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "go", Name: "Go", Kind: competency.Hard},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
	person := func(subject competency.SubjectID, goLevel, coaching int) role.Candidate {
		return role.Candidate{Profile: competency.Profile{Subject: subject, Ratings: []competency.Rating{
			{Competency: "go", Level: goLevel}, {Competency: "coaching", Level: coaching},
		}}}
	}
	pool, err := role.NewPool(context.Background(), ix, []role.Candidate{
		person("candidate-a", 4, 1), person("candidate-b", 2, 5), person("candidate-c", 5, 4), person("candidate-d", 1, 1),
	}, role.FitOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	roles := []role.Role{
		{ID: "backend-engineer", Title: "Backend Engineer", Requirements: []competency.Requirement{{Competency: "go", Level: 4}}},
		{ID: "tech-lead", Title: "Tech Lead", Requirements: []competency.Requirement{{Competency: "go", Level: 3}, {Competency: "coaching", Level: 4}}},
	}
	for _, r := range roles {
		top, err := pool.Rank(context.Background(), r, 2, role.FitOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(r.ID, ":")
		for _, x := range top {
			fmt.Printf(" %s %.3f", x.Subject, x.Score)
		}
		fmt.Println()
	}
	// Backend: a and c both hold go at 4 or more, 0.6·1 + 0.4 = 1, a tie
	// that goes to the smaller subject. Tech lead: c meets both (1); b has
	// go 2 of 3 and coaching in full, 0.6·(2/3 + 1)/2 + 0.4 = 0.9.

	// Output:
	// backend-engineer: candidate-a 1.000 candidate-c 1.000
	// tech-lead: candidate-c 1.000 candidate-b 0.900
}
