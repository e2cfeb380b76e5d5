package jdtext_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop/jdtext"
)

func ExampleParse() {
	text := `Site Reliability Engineer

💰 $150k–$190k

What you'll do

* Run our Kubernetes clusters in three regions.

What you'll bring

* 5+ years in operations or software engineering.
* Kubernetes (EKS, GKE) in production.
* Bachelor's degree in Computer Science or equivalent practical experience.

Bonus points

* Certified Kubernetes Administrator (CKA).
`
	fw, rep, err := jdtext.Parse(text, jdtext.Options{Name: "sre.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := fw.Roles[0]
	fmt.Println(r.ID, "|", r.Pay.Currency, r.Pay.Min, r.Pay.Max, r.Pay.Period)
	e := r.Experience[0]
	fmt.Println(e.Range(), e.AcceptedAreas())
	fmt.Println(r.Requirements[0].Competency, fw.Competencies[0].Tags, r.Requirements[0].Level)
	fmt.Println(r.Education.Minimum, "| equivalent experience:", r.Education.EquivalentExperience)
	fmt.Println(r.Education.Preferred[0])
	src, _ := rep.Lookup("roles[0].experience[0]")
	fmt.Println(src)
	// Output:
	// site-reliability-engineer | USD 150000 190000 year
	// 5+ [operations software-engineering]
	// kubernetes [EKS GKE] 3
	// a bachelor degree in Computer Science | equivalent experience: true
	// the certification Certified Kubernetes Administrator (CKA)
	// sre.txt:11
}

func ExampleRender() {
	fw, _, err := jdtext.Parse("Payroll Specialist\n\nPay: £32,000 to £38,000 per annum\n\nQualifications:\nAt least 3 years of payroll experience.\nPayroll software such as ADP or Sage.\n", jdtext.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(jdtext.Render(fw.Roles[0], fw.Catalog))
	// Output:
	// Key Responsibilities and Required Skills for Payroll Specialist
	//
	// 💰 GBP 32000 - 38000 per year
	//
	// Required Skills & Competencies
	//
	// Hard Skills (Technical)
	//
	//   • Payroll software such as ADP or Sage.
	//
	// Education & Experience
	//
	// Experience Requirements
	//
	// Typical Experience Range:
	//
	//   • At least 3 years of payroll experience.
}
