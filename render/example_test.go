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
