// Command salary works through the pay in the seed job description
// ("Manager – Software Engineering", "$140,000 - $220,000"): it parses the
// range as the posting writes it, prints the band's midpoint and spreads,
// places an offer of 165,000 in the band, and shows the same band in a
// second geographic zone and as an hourly rate. It then loads a small pay
// structure from YAML and lints it.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// seedPay is the salary line of the seed job description.
const seedPay = "$140,000 - $220,000"

// structureYAML is a US engineering pay structure in which the seed's band
// is grade g6.
const structureYAML = `
id: us-2026
name: US engineering 2026
currency: USD
period: year
grades:
  - {id: g5, name: Grade 5, band: {currency: USD, period: year, min: 120000, max: 180000}}
  - {id: g6, name: Grade 6, band: {currency: USD, period: year, min: 140000, max: 220000}}
zones:
  - {id: tier-1, name: Tier 1 metros, factor: 1}
  - {id: tier-2, name: Tier 2 metros, factor: 0.9}
`

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	band, err := salary.ParseRange(seedPay, salary.ParseOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Seed pay %q: %s\n", seedPay, band)
	fmt.Fprintf(w, "  midpoint          %s\n", money(band.Midpoint(), 0))
	fromMin, err := band.Spread(salary.SpreadFromMin)
	if err != nil {
		return err
	}
	fromMid, err := band.Spread(salary.SpreadFromMid)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  spread            %.1f %% from the minimum, %.1f %% from the midpoint\n", 100*fromMin, 100*fromMid)

	offer := salary.Pay{Currency: salary.USD, Period: salary.Year, Amount: salary.MustParseAmount("165000")}
	cr, err := band.CompaRatio(offer)
	if err != nil {
		return err
	}
	pen, err := band.Penetration(offer)
	if err != nil {
		return err
	}
	pos, err := band.Position(offer)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Offer of %s a year:\n", money(offer.Amount, 0))
	fmt.Fprintf(w, "  compa-ratio       %.3f (pay / midpoint)\n", cr)
	fmt.Fprintf(w, "  penetration       %.2f %% ((pay - min) / (max - min))\n", 100*pen)
	fmt.Fprintf(w, "  position          %s the band\n", pos)

	var st salary.Structure
	if err := careerkit.Decode(strings.NewReader(structureYAML), &st); err != nil {
		return err
	}
	zone, _ := st.Zone("tier-2")
	zoned, err := st.Band("g6", "tier-2")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Grade g6 in zone %s (factor %s, rounded half-even to cents):\n", zone.Name, zone.Factor)
	fmt.Fprintf(w, "  band              %s – %s, midpoint %s\n", money(zoned.Min, 0), money(zoned.Max, 0), money(zoned.Midpoint(), 0))

	hourly, err := band.ConvertPeriod(salary.Hour, salary.Basis{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "As an hourly rate (40 hours x 52 weeks = 2,080 hours, rounded half-even to cents):\n")
	fmt.Fprintf(w, "  band              %s – %s an hour, midpoint %s\n", money(hourly.Min, 2), money(hourly.Max, 2), money(hourly.Midpoint(), 2))

	prog, err := st.MidpointProgression("g5", "g6")
	if err != nil {
		return err
	}
	ov, err := st.Overlap("g5", "g6")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Structure %s: midpoint progression g5 -> g6 %.1f %%, overlap %.1f %% of g5's range\n", st.ID, 100*prog, 100*ov)
	advice := st.Lint(salary.LintOptions{})
	if len(advice) == 0 {
		fmt.Fprintln(w, "  lint: no advice")
	}
	for _, a := range advice {
		fmt.Fprintf(w, "  lint: %s\n", a)
	}
	return nil
}

// money formats an amount in major units with digits decimals and commas
// between groups of three digits: 180,000 or 67.31.
func money(a salary.Amount, digits int) string {
	s := a.StringFixed(digits)
	whole, frac, hasFrac := strings.Cut(s, ".")
	sign := ""
	if strings.HasPrefix(whole, "-") {
		sign, whole = "-", whole[1:]
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}
