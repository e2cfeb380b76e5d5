package onet_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop/onet"
)

func ExampleImport() {
	fw, rep, err := onet.Import("testdata/onet", onet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.Name, "-", len(fw.Catalog.Competencies), "competencies,", len(fw.Roles), "roles")
	for _, r := range fw.Roles {
		fmt.Printf("%s %s: %d requirements, job zone %s\n", r.ID, r.Title, len(r.Requirements), r.Level)
	}
	fmt.Println(rep.ProblemCounts())
	// Output:
	// O*NET 29.3 - 68 competencies, 5 roles
	// 15-1252.00 Software Developers: 0 requirements, job zone job-zone-4
	// 15-1251.00 Computer Programmers: 50 requirements, job zone job-zone-4
	// 15-1254.00 Web Developers: 56 requirements, job zone job-zone-3
	// 13-2011.00 Accountants and Auditors: 42 requirements, job zone job-zone-4
	// 29-1141.00 Registered Nurses: 56 requirements, job zone job-zone-4
	// map[mapped:7 missing:2 skipped:71]
}
