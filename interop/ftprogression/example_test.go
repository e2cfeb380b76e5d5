package ftprogression_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop/ftprogression"
)

func Example() {
	fw, rep, err := ftprogression.Import("testdata/engineering.yml", ftprogression.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.Name)
	fmt.Println(rep.Summary())
	for _, lv := range fw.Ladders[0].Levels {
		fmt.Printf("%d %-14s %-13s %d expectations\n", lv.Rank, lv.Track, lv.ID, len(lv.Expectations))
	}
	src, _ := rep.Lookup("competencies[0]")
	fmt.Println(fw.Competencies[0].Name, "from", src)
	// Output:
	// Financial Times Engineering
	// ftprogression testdata/engineering.yml: 72 competencies, 270 expectations, 1 ladders, 8 levels, 11 moves, 9 themes; problems: 27 mapped, 1 skipped
	// 1 ic             junior        9 expectations
	// 2 ic             engineer      18 expectations
	// 3 ic             senior-1      27 expectations
	// 4 ic             senior-2-ic   36 expectations
	// 4 people-manager senior-2-pm   36 expectations
	// 5 ic             principal-ic  45 expectations
	// 5 people-manager principal-pm  45 expectations
	// 6 people-manager tech-director 54 expectations
	// Planning and Organising — Junior Engineer from engineering.yml:89#/competencies/0
}
