package render_test

import (
	"fmt"
	"os"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
)

func ExampleGapStatus() {
	fmt.Println(render.GapStatus(competency.Gap{Met: true}))
	fmt.Println(render.GapStatus(competency.Gap{Shortfall: 2}))
	// Output:
	// met
	// short by 2
}

func ExampleRankingText() {
	r := role.Role{ID: "staff-engineer", Title: "Staff Engineer"}
	rows := []render.RankingRow{
		{Rank: 1, Subject: "ada", Score: 0.912, Ready: true},
		{Rank: 2, Subject: "grace", Score: 0.754, Blocking: 2},
	}
	if err := render.RankingText(os.Stdout, r, 3, rows); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Best 2 of 3 candidates for staff-engineer (Staff Engineer):
	//
	// RANK  SUBJECT  SCORE  READY  BLOCKING
	// 1     ada      0.912  yes    0
	// 2     grace    0.754  no     2
}

func ExampleFitMarkdown_nestedExperience() {
	// "7–10 years of data engineering including 2+ years leading people",
	// and experience running petabyte-scale warehouses (no years).
	r := role.Role{ID: "data-engineering-manager", Title: "Data Engineering Manager"}
	f := role.FitReport{Role: r.ID, Subject: "c-7", Ready: false, Score: 0.5, ExperienceScore: 0.5,
		Experience: []role.ExperienceGap{
			{Requirement: role.Experience{Area: "data-engineering", MinYears: 7, MaxYears: 10,
				Including: []role.ExperiencePart{{Area: "people-leadership", MinYears: 2, OpenEnded: true}}},
				Area: "data-engineering", Years: 8, Declared: true, Credit: 1,
				Parts: []role.PartGap{{Area: "people-leadership", Years: 1, Declared: true, Shortfall: 1, Credit: 0.5,
					Requirement: role.ExperiencePart{Area: "people-leadership", MinYears: 2, OpenEnded: true}}}},
			{Requirement: role.Experience{Area: "petabyte-scale-warehouses", Preferred: true}, Area: "petabyte-scale-warehouses"},
		},
		Education: role.EducationFit{Met: true, MeetsMinimum: true, Credit: 1},
		Pay:       role.PayFit{Note: "the role publishes no pay band"},
	}
	if err := render.FitMarkdown(os.Stdout, f, r, nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ## Fit of c-7 for data-engineering-manager (Data Engineering Manager): NOT READY, score 0.500
	//
	// ### Competencies
	//
	// Score 0.000, 0 of 0 requirements met.
	//
	// | Competency | Name | Kind | Importance | Need | Have | Via | Credit | Status |
	// |---|---|---|---|---|---|---|---|---|
	//
	// ### Experience
	//
	// Score 0.500.
	//
	// | Area | Kind | Range | Years held | Status |
	// |---|---|---|---|---|
	// | data-engineering | required | 7–10 years | 8 | years met, short in a nested part |
	// | including people-leadership | part | 2+ years | 1 | short by 1 year |
	// | petabyte-scale-warehouses | preferred | experience, no years | not declared | no experience declared |
	//
	// ### Education
	//
	// Minimum met.
	//
	// ### Pay
	//
	// Not compared: the role publishes no pay band.
}
