package engineeringladders_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop/engineeringladders"
)

func Example() {
	fw, rep, err := engineeringladders.Import("testdata/engineeringladders.json", engineeringladders.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.Name, fw.Version)
	fmt.Println(rep.Summary())
	for _, tr := range fw.Ladders[0].Tracks {
		fmt.Printf("%-25s %s\n", tr.ID, tr.Kind)
	}
	for _, lv := range fw.Ladders[0].Levels {
		if lv.ID == "em5" {
			for _, e := range lv.Expectations {
				fmt.Printf("EM5 %s %d\n", e.Competency, e.Level)
			}
		}
	}
	// Output:
	// Engineering Ladders 6055355
	// engineeringladders testdata/engineeringladders.json: 5 competencies, 90 expectations, 1 ladders, 18 levels, 56 moves, 5 scales, 4 tracks; problems: 31 mapped, 1 missing, 24 skipped
	// developer                 ic
	// tech-lead                 ic
	// technical-program-manager ic
	// engineering-manager       management
	// EM5 technology 3
	// EM5 system 3
	// EM5 people 5
	// EM5 process 4
	// EM5 influence 2
}
