package salary_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// The seed job description's pay, "$140,000 - $220,000", and an offer of
// 165,000 placed in it.
func Example() {
	band, err := salary.ParseRange("$140,000 - $220,000", salary.ParseOptions{})
	if err != nil {
		panic(err)
	}
	fromMin, _ := band.Spread(salary.SpreadFromMin)
	fromMid, _ := band.Spread(salary.SpreadFromMid)
	offer := salary.Pay{Currency: salary.USD, Period: salary.Year, Amount: salary.MustParseAmount("165000")}
	cr, _ := band.CompaRatio(offer)
	pen, _ := band.Penetration(offer)
	pos, _ := band.Position(offer)

	fmt.Println(band)
	fmt.Println("midpoint:", band.Midpoint())
	fmt.Printf("spread: %.1f %% from min, %.1f %% from mid\n", 100*fromMin, 100*fromMid)
	fmt.Printf("offer %s: compa-ratio %.3f, penetration %.2f %%, %s\n", offer.Amount, cr, 100*pen, pos)
	// Output:
	// USD 140000–220000/year
	// midpoint: 180000
	// spread: 57.1 % from min, 44.4 % from mid
	// offer 165000: compa-ratio 0.917, penetration 31.25 %, within
}

func ExampleParseRange() {
	for _, text := range []string{"£45,000 to £55,000 per annum", "€55.000 – €70.000", "$60/hr", "₹18,00,000 - ₹24,00,000", "$220k - $140k"} {
		b, err := salary.ParseRange(text, salary.ParseOptions{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(b)
	}
	b, _ := salary.ParseRange("$140k–$220k", salary.ParseOptions{Symbols: map[string]salary.Currency{"$": salary.CAD}})
	fmt.Println(b)
	// Output:
	// GBP 45000–55000/year
	// EUR 55000–70000/year
	// USD 60–60/hour
	// INR 1800000–2400000/year
	// salary: parse range "$220k - $140k": reversed range: the lower bound 220000 is greater than the upper bound 140000 (write the lower bound first)
	// CAD 140000–220000/year
}

func ExampleBand_ConvertPeriod() {
	b := salary.Band{Currency: salary.USD, Period: salary.Year, Min: salary.MustParseAmount("140000"), Max: salary.MustParseAmount("220000")}
	hourly, _ := b.ConvertPeriod(salary.Hour, salary.Basis{}) // 40 h × 52 weeks
	fmt.Println(hourly, "midpoint", hourly.Midpoint())
	uk, _ := b.ConvertPeriod(salary.Hour, salary.Basis{HoursPerWeek: salary.MustParseFactor("37.5")})
	fmt.Println(uk)
	// Output:
	// USD 67.31–105.77/hour midpoint 86.54
	// USD 71.79–112.82/hour
}

func ExampleStructure_Band() {
	s := salary.Structure{
		ID: "us-2026", Name: "US engineering 2026", Currency: salary.USD, Period: salary.Year,
		Grades: []salary.Grade{{ID: "g6", Band: salary.Band{Currency: salary.USD, Period: salary.Year,
			Min: salary.MustParseAmount("140000"), Max: salary.MustParseAmount("220000")}}},
		Zones: []salary.Zone{{ID: "tier-2", Name: "Tier 2 metros", Factor: salary.MustParseFactor("0.9")}},
	}
	b, _ := s.Band("g6", "tier-2")
	fmt.Println(b)
	_, err := s.Band("g6", "tier-9")
	fmt.Println(errors.Is(err, careerkit.ErrUnknownReference))
	// Output:
	// USD 126000–198000/year
	// true
}

func ExampleStructure_Lint() {
	var s salary.Structure
	err := careerkit.Decode(strings.NewReader(`
id: us-2026
name: US engineering 2026
currency: USD
period: year
grades:
  - {id: g5, band: {currency: USD, period: year, min: 120000, max: 180000}}
  - {id: g6, band: {currency: USD, period: year, min: 140000, max: 220000}}
`), &s)
	if err != nil {
		panic(err)
	}
	for _, a := range s.Lint(salary.LintOptions{}) {
		fmt.Println(a)
	}
	// Output:
	// grades[1].band: grade g6 covers 66.7 % of grade g5's range, above the threshold 50.0 % (overlap)
}

func ExampleBandFromDistribution() {
	p := func(s string) *salary.Amount { a := salary.MustParseAmount(s); return &a }
	market := salary.Distribution{Currency: salary.USD, Period: salary.Year, P25: p("150000"), P50: p("175000"), P75: p("200000")}
	b, _ := salary.BandFromDistribution(market, 60, salary.MustParseFactor("0.5"), salary.SpreadFromMin)
	fmt.Println(b, "midpoint", b.Midpoint())
	// Output:
	// USD 148000–222000/year midpoint 185000
}

func ExampleAmount_Add() {
	a := salary.MustParseAmount("0.1")
	b := salary.MustParseAmount("0.2")
	sum, _ := a.Add(b)
	fmt.Println(sum)
	huge := salary.MustParseAmount("922337203685477")
	_, err := huge.Mul(10)
	fmt.Println(errors.Is(err, careerkit.ErrOverflow))
	// Output:
	// 0.3
	// true
}
