package esco_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop/esco"
)

// Import one occupation of the fixture, technical director, with only the
// skills it needs.
func Example() {
	fw, rep, err := esco.Import("testdata", esco.Options{
		Occupations:      []string{"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"},
		NeededSkillsOnly: true,
		Version:          "v1.1.1",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := fw.Roles[0]
	fmt.Println(fw.Name, fw.Version+":", r.Title, r.Codes[1].Scheme, r.Codes[1].Code)
	names := map[string]string{}
	for _, c := range fw.Competencies {
		names[string(c.ID)] = fmt.Sprintf("%s (%s)", c.Name, c.Kind)
	}
	for _, req := range r.Requirements {
		fmt.Printf("  %s at level %d, %s\n", names[string(req.Competency)], req.Level, req.Importance)
	}
	fmt.Println(rep.Counts["competencies"], "competencies,", rep.Counts["parents"], "parent")
	// Output:
	// ESCO v1.1.1: technical director isco-08 2654
	//   theatre techniques (knowledge) at level 3, required
	//   organise rehearsals (hard) at level 3, required
	//   write risk assessment on performing arts production (hard) at level 3, required
	//   coordinate with creative departments (hard) at level 3, required
	//   adapt to artists' creative demands (hard) at level 3, required
	//   negotiate health and safety issues with third parties (hard) at level 3, required
	//   promote health and safety (hard) at level 3, required
	//   coordinate technical teams in artistic productions (hard) at level 3, required
	// 9 competencies, 1 parent
}
