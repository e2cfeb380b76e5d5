package snowflake_test

import (
	"fmt"

	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/snowflake"
)

func Example() {
	fw, rep, err := snowflake.Import("testdata/snowflake.json", snowflake.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.Name, fw.Version)
	fmt.Println(rep.Summary())
	for _, lv := range fw.Ladders[0].Levels {
		fmt.Printf("%d %-10s %-23s %s\n", lv.Rank, lv.Track, lv.Title, lv.Summary)
	}
	fmt.Println(rep.ProblemsOf(interop.Missing)[1].Message)
	// Output:
	// Medium Snowflake 38859c6
	// snowflake testdata/snowflake.json: 4 categories, 16 competencies, 560 indicators, 1 ladders, 8 levels, 80 milestones, 13 moves; problems: 27 mapped, 9 missing, 3 skipped
	// 1 ic         Engineer I              0 to 16 points.
	// 2 ic         Engineer II             17 to 35 points.
	// 3 ic         Senior Engineer         36 to 57 points.
	// 3 management Group Lead              36 to 57 points.
	// 4 ic         Staff Engineer          58 to 89 points.
	// 4 management Senior Group Lead       58 to 89 points.
	// 5 ic         Principal Engineer      90 points or more.
	// 5 management Director of Engineering 90 points or more.
	// title "Engineer I" has no expectations: Snowflake titles are defined by a total of points over all tracks, not by a milestone per track
}
