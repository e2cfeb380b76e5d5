package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/salary"
)

const bandHelp = `usage: careerkit band --framework F --grade G [--zone Z] [--structure ID] --pay AMOUNT
                      [--format text|json]

Prints the band of grade G in a pay structure of the framework F (scaled by
zone Z's factor when a zone is given, rounded to the currency's minor unit)
and where the pay falls in it:
    compa-ratio   pay / midpoint (1 is the midpoint)
    penetration   (pay - min) / (max - min): 0 at the minimum, 1 at the
                  maximum, below 0 or above 1 outside the band
    position      below, within or above the band
AMOUNT is a plain decimal number (165000, 61.50) in the structure's currency
and period. --structure may be left out when the framework has one pay
structure. --format json prints {structure, grade, zone, factor, band, pay,
compaRatio, penetration, position}; penetration is left out for a band of
zero width.

Exit status: 0 on success; 1 when the framework has problems or the
structure, grade or zone is unknown; 2 on a wrong command line (including an
AMOUNT that is not a decimal number).
`

// bandOut is the JSON output of band.
type bandOut struct {
	Structure   string          `json:"structure"`
	Grade       string          `json:"grade"`
	Zone        string          `json:"zone,omitempty"`
	Factor      *salary.Factor  `json:"factor,omitempty"`
	Band        salary.Band     `json:"band"`
	Pay         salary.Pay      `json:"pay"`
	CompaRatio  float64         `json:"compaRatio"`
	Penetration *float64        `json:"penetration,omitempty"`
	Position    salary.Position `json:"position"`
}

func runBand(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("band")
	fw := fs.String("framework", "", "the framework `FILE`")
	grade := fs.String("grade", "", "the grade `ID`")
	zone := fs.String("zone", "", "the zone `ID` (default no zone adjustment)")
	structure := fs.String("structure", "", "the pay structure `ID` (optional when the framework has one)")
	payText := fs.String("pay", "", "the pay `AMOUNT` in the structure's currency and period")
	format := addFormat(fs)
	rest, err := parseFlags(fs, bandHelp, args, true, stdout)
	var amount salary.Amount
	switch {
	case err != nil:
	case len(rest) > 0:
		err = usagef("unexpected arguments: %s", strings.Join(rest, " "))
	default:
		err = required([2]string{"framework", *fw}, [2]string{"grade", *grade}, [2]string{"pay", *payText})
	}
	if err == nil {
		if amount, err = salary.ParseAmount(*payText); err != nil {
			err = usagef("--pay: %v", err)
		} else if amount.Sign() < 0 {
			err = usagef("--pay: %s is negative", *payText)
		}
	}
	if err != nil {
		return fail(stderr, "band", err)
	}

	m, err := loadModel(*fw)
	if err != nil {
		return fail(stderr, "band", err)
	}
	out, err := placePay(m, *fw, *structure, *grade, *zone, amount)
	if err != nil {
		return fail(stderr, "band", err)
	}
	if *format == "json" {
		err = render.JSON(stdout, out)
	} else {
		err = printBand(stdout, m, out)
	}
	if err != nil {
		return fail(stderr, "band", err)
	}
	return exitOK
}

func placePay(m *careerkit.Model, fw, structure, grade, zone string, amount salary.Amount) (bandOut, error) {
	ss := m.Framework().PayStructures
	name := func(s salary.Structure) string { return string(s.ID) }
	if structure == "" {
		switch len(ss) {
		case 0:
			return bandOut{}, dataError(fw, "has no pay structures")
		case 1:
			structure = string(ss[0].ID)
		default:
			return bandOut{}, usagef("%s has %d pay structures: name one with --structure (%s)", fw, len(ss), ids(ss, name))
		}
	}
	s, ok := m.PayStructure(salary.StructureID(structure))
	if !ok {
		return bandOut{}, dataError(fw, "no pay structure %q; pay structures: %s", structure, ids(ss, name))
	}
	if _, ok := s.Grade(salary.GradeID(grade)); !ok {
		return bandOut{}, dataError(fw, "pay structure %q has no grade %q; grades: %s", s.ID, grade, ids(s.Grades, func(g salary.Grade) string { return string(g.ID) }))
	}
	out := bandOut{Structure: string(s.ID), Grade: grade, Zone: zone}
	if zone != "" {
		z, ok := s.Zone(salary.ZoneID(zone))
		if !ok {
			return bandOut{}, dataError(fw, "pay structure %q has no zone %q; zones: %s", s.ID, zone, ids(s.Zones, func(z salary.Zone) string { return string(z.ID) }))
		}
		out.Factor = &z.Factor
	}
	b, err := s.Band(salary.GradeID(grade), salary.ZoneID(zone))
	if err != nil {
		return bandOut{}, err
	}
	pay, err := salary.NewPay(s.Currency, s.Period, amount)
	if err != nil {
		return bandOut{}, usagef("--pay: %v", err)
	}
	out.Band, out.Pay = b, pay
	if out.CompaRatio, err = b.CompaRatio(pay); err != nil {
		return bandOut{}, err
	}
	if pen, err := b.Penetration(pay); err == nil {
		out.Penetration = &pen
	}
	if out.Position, err = b.Position(pay); err != nil {
		return bandOut{}, err
	}
	return out, nil
}

func printBand(w io.Writer, m *careerkit.Model, out bandOut) error {
	s, _ := m.PayStructure(salary.StructureID(out.Structure))
	g, _ := s.Grade(salary.GradeID(out.Grade))
	fmt.Fprintf(w, "Grade        %s", g.ID)
	if g.Name != "" {
		fmt.Fprintf(w, " (%s)", g.Name)
	}
	fmt.Fprintf(w, " of %s\n", s.ID)
	if out.Zone != "" {
		z, _ := s.Zone(salary.ZoneID(out.Zone))
		fmt.Fprintf(w, "Zone         %s", z.ID)
		if z.Name != "" {
			fmt.Fprintf(w, " (%s)", z.Name)
		}
		fmt.Fprintf(w, ", factor %s\n", z.Factor)
	}
	fmt.Fprintf(w, "Band         %s, midpoint %s\n", out.Band, out.Band.Midpoint())
	fmt.Fprintf(w, "Pay          %s\n", out.Pay)
	fmt.Fprintf(w, "Position     %s\n", out.Position)
	fmt.Fprintf(w, "Compa-ratio  %.3f\n", out.CompaRatio)
	if out.Penetration != nil {
		fmt.Fprintf(w, "Penetration  %.3f\n", *out.Penetration)
	} else {
		fmt.Fprintf(w, "Penetration  undefined (the band has zero width)\n")
	}
	return nil
}
