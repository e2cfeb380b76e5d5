package civil_test

import (
	"fmt"

	"github.com/careerkit/careerkit/civil"
)

func ExampleParseDate() {
	d, err := civil.ParseDate("2026-09-30")
	fmt.Println(d, d.Year(), d.Month(), d.Day(), err)

	later := d.AddDays(2)
	fmt.Println(later, later.After(d), d.Compare(later))

	_, err = civil.ParseDate("30/09/2026")
	fmt.Println(err)
	_, err = civil.ParseDate("2026-02-30")
	fmt.Println(err)
	// Output:
	// 2026-09-30 2026 September 30 <nil>
	// 2026-10-02 true -1
	// civil: parse date "30/09/2026": write the date as YYYY-MM-DD, such as 2026-09-30
	// civil: parse date "2026-02-30": February 2026 has 28 days
}
