package paygap_test

import (
	"fmt"
	"strings"

	"github.com/careerkit/careerkit/paygap"
)

// Four workers in CSV: two women and two men in one category. With a
// threshold of 1 every figure is computed (the default, 10 of each,
// would suppress them all).
func Example() {
	const csv = `subject,gender,category,basePay,variablePay,weeklyHours,currency
w-1,female,l5,57200,,40,EUR
w-2,female,l5,62400,2000,40,EUR
m-1,male,l5,62400,,40,EUR
m-2,male,l5,67600,4000,40,EUR
`
	recs, err := paygap.ReadCSV(strings.NewReader(csv), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Hourly total pay is annual ÷ 2080: women 27.5 and 30.96…, men 30 and
	// 34.42…; all work 40 hours, so the mean gap is that of the annual
	// totals, (67000 − 60800) ÷ 67000 = 9.25… %. Ranked by hourly pay the
	// four fall woman, man, woman, man, one a band. Basic pay: women mean
	// 59800, men 65000, a gap of 8 %, which is 5 % or more.
	fmt.Println("hourly mean gap:", r.Hourly.Mean)
	fmt.Println("variable mean gap:", r.Variable.Mean)
	fmt.Println("women receiving variable pay:", r.Variable.Receiving.Female)
	for i, b := range r.Quartiles {
		fmt.Printf("band %d: %s women, %s men\n", i+1, b.Female, b.Male)
	}
	c := r.Categories[0]
	fmt.Printf("category %s: basic mean gap %s, joint assessment %t (favours %s)\n", c.ID, c.Basic.Mean, c.JointAssessment, c.Favours)
	fmt.Println("UK median bonus gap:", r.UK().Bonus.Median)
	// Output:
	// hourly mean gap: 9.3 %
	// variable mean gap: 50.0 %
	// women receiving variable pay: 50.0 %
	// band 1: 100.0 % women, 0.0 % men
	// band 2: 0.0 % women, 100.0 % men
	// band 3: 100.0 % women, 0.0 % men
	// band 4: 0.0 % women, 100.0 % men
	// category l5: basic mean gap 8.0 %, joint assessment true (favours male)
	// UK median bonus gap: 50.0 %
}
