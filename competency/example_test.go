package competency_test

import (
	"context"
	"fmt"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
)

func Example() {
	ix, err := competency.Compile(competency.Catalog{
		Competencies: []competency.Competency{
			{ID: "software-architecture", Name: "Software architecture", Kind: competency.Hard},
			{ID: "distributed-systems", Name: "Distributed systems", Kind: competency.Hard,
				Aliases: []string{"system design"}, Parents: []competency.ID{"software-architecture"}},
			{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	person := competency.Profile{Subject: "candidate-17", Ratings: []competency.Rating{
		{Competency: "System Design", Level: 4, Source: competency.Manager, AssessedAt: civil.MustParseDate("2026-09-30")},
		{Competency: "coaching", Level: 2, Source: competency.Self},
	}}
	reqs := []competency.Requirement{
		{Competency: "distributed-systems", Level: 3, Importance: competency.Required},
		{Competency: "coaching", Level: 4},
		{Competency: "software-architecture", Level: 4, Importance: competency.Preferred},
	}
	rep, err := ix.Analyze(context.Background(), person, reqs, competency.Options{DescendantCredit: 0.5})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range rep.Gaps {
		fmt.Printf("%-22s need %d have %d via %-10s credit %.2f met %v\n",
			g.Requirement.Competency, g.Requirement.Level, g.Have, g.Via, g.Credit, g.Met)
	}
	fmt.Printf("score %.3f, required met: %v, unmet: %v\n", rep.Score, rep.RequiredMet, rep.Unmet)
	// Output:
	// distributed-systems    need 3 have 4 via alias      credit 1.00 met true
	// coaching               need 4 have 2 via direct     credit 0.50 met false
	// software-architecture  need 4 have 4 via descendant credit 0.50 met false
	// score 0.667, required met: false, unmet: [coaching]
}

func ExampleIndex_Lookup() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "iac", Name: "Infrastructure as code", Kind: competency.Hard, Aliases: []string{"Terraform"}},
	}})
	for _, ref := range []string{"iac", "infrastructure  AS code", "terraform", "pulumi"} {
		id, via, ok := ix.Lookup(ref)
		fmt.Printf("%q → %q %s %v\n", ref, id, via, ok)
	}
	// Output:
	// "iac" → "iac" direct true
	// "infrastructure  AS code" → "iac" name true
	// "terraform" → "iac" alias true
	// "pulumi" → "" none false
}

func ExampleIndex_Similarity() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "sql", Name: "SQL", Kind: competency.Hard},
		{ID: "pipelines", Name: "Data pipelines", Kind: competency.Hard},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
	// On the default 1–5 scale a level's share is level/5, times the weight:
	// data engineer (sql 0.8, pipelines 2), manager (pipelines 0.6,
	// coaching 1.6), analyst (sql 1, pipelines 0.6).
	dataEngineer := []competency.Requirement{{Competency: "sql", Level: 4}, competency.Requirement{Competency: "pipelines", Level: 5}.WithWeight(2)}
	dataManager := []competency.Requirement{{Competency: "pipelines", Level: 3}, competency.Requirement{Competency: "coaching", Level: 4}.WithWeight(2)}
	analyst := []competency.Requirement{{Competency: "sql", Level: 5}, {Competency: "pipelines", Level: 3}}
	sets, err := ix.Sets(context.Background(), [][]competency.Requirement{dataEngineer, dataManager, analyst})
	if err != nil {
		fmt.Println(err)
		return
	}
	names := []string{"data engineer", "data engineering manager", "analyst"}
	like, err := sets.Similar(context.Background(), 0, 5)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range like {
		fmt.Printf("%-24s %.3f\n", names[n.Index], n.Score)
	}
	// analyst: (0.8 + 1.2) / (√4.64 · √1.36) = 0.796
	// manager: 1.2 / (√4.64 · √2.92) = 0.326

	// Output:
	// analyst                  0.796
	// data engineering manager 0.326
}
