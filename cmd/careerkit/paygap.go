package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/render"
)

const paygapHelp = `usage: careerkit paygap RECORDS [--framework F] [--profile eu|uk] [--threshold N]
                      [--quartiles proportional|sequential] [--weeks N]
                      [--format text|json]

Computes the gender pay-gap figures of the pay records in RECORDS, exactly:
with --profile eu (the default) those of Article 9(1) of Directive (EU)
2023/970, with --profile uk the six figures of the UK's Equality Act 2010
(Gender Pay Gap Information) Regulations 2017.

RECORDS is a CSV file (.csv) with the header
    subject,gender,category,basePay,variablePay,weeklyHours,currency
(columns in any order; variablePay may be empty), or a YAML or JSON
document {workers: [{subject, gender, category, basePay, variablePay,
weeklyHours, currency}]} (kind records). Pay is gross and annual, in one
currency; gender is female, male, other or undisclosed, and only women and
men enter the figures. With --framework, a worker's category must be a
ladder level ID or a pay-structure grade ID of the framework F.

Every gap is (men - women) / men x 100, positive when men are paid more,
on the mean and on the median. Hourly pay is annual pay / (weekly hours x
N weeks), N being --weeks (default 52). A figure is suppressed (null in
JSON) when fewer than --threshold women or men (default 10) are behind it.
--quartiles chooses how workers with the same hourly pay are shared out
across the boundaries of the quartile pay bands: proportional (the UK's
rule, the default) or sequential (ordered by subject ID).

--format json prints, for eu, {profile, currency, threshold, weeksPerYear,
quartileMethod, workers {female, male, other, genderOther, undisclosed},
annual, hourly {meanGap, medianGap, suppressed}, variable {meanGap,
medianGap, suppressed, receiving {female, male, suppressed}}, quartiles
(4 x {workers, female, male, suppressed}, lowest first), categories (by id:
{id, female, male, other, ..., basic, total, variable or null,
jointAssessment, favours, suppressed})}; for uk, {profile, workers, hourly,
bonus, quartiles, threshold, quartileMethod}. Percentages are numbers with
up to 10 decimals; "other" counts other and undisclosed together.

Exit status: 0 on success; 1 when the records or the framework have
problems; 2 on a wrong command line.
`

// paygapEU is the JSON output of paygap for the EU profile.
type paygapEU struct {
	Profile string `json:"profile"`
	*paygap.Report
}

// paygapUK is the JSON output of paygap for the UK profile.
type paygapUK struct {
	Profile string `json:"profile"`
	paygap.UK
}

func runPaygap(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("paygap")
	fw := fs.String("framework", "", "the framework `FILE` whose ladder levels and grades are the categories")
	profile := fs.String("profile", "eu", "the `profile`: eu or uk")
	threshold := fs.Int("threshold", paygap.DefaultThreshold, "the fewest women and men a figure is computed from (`N` ≥ 1)")
	var method paygap.Method
	fs.Var(textFlag{&method}, "quartiles", "the quartile `method`: proportional or sequential")
	weeks := fs.Int("weeks", paygap.DefaultWeeksPerYear, "the `weeks` a year that divide annual into hourly pay (1 to 53)")
	format := addFormat(fs)
	rest, err := parseFlags(fs, paygapHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(rest) != 1:
		err = usagef("want one RECORDS file, not %d arguments", len(rest))
	case *profile != "eu" && *profile != "uk":
		err = usagef("--profile %q: want eu or uk", *profile)
	case *threshold < 1:
		err = usagef("--threshold %d: want at least 1", *threshold)
	case *weeks < 1 || *weeks > 53:
		err = usagef("--weeks %d: want 1 to 53", *weeks)
	}
	if err != nil {
		return fail(stderr, "paygap", err)
	}

	var known []paygap.CategoryID
	if *fw != "" {
		m, err := loadModel(*fw)
		if err != nil {
			return fail(stderr, "paygap", err)
		}
		f := m.Framework()
		if known = paygap.FrameworkCategories(f.Ladders, f.PayStructures); len(known) == 0 {
			return fail(stderr, "paygap", dataError(*fw, "has no ladder levels or grades to use as categories"))
		}
	}
	file := rest[0]
	recs, err := loadRecords(file, known)
	if err != nil {
		return fail(stderr, "paygap", err)
	}
	r, err := paygap.Analyze(recs, paygap.Options{Threshold: *threshold, WeeksPerYear: *weeks, Quartiles: method})
	if err != nil {
		return fail(stderr, "paygap", problemsError{problemsOf(file, careerkit.KindRecords, nil, "", err)})
	}
	switch {
	case *format == "json" && *profile == "uk":
		err = render.JSON(stdout, paygapUK{"uk", r.UK()})
	case *format == "json":
		err = render.JSON(stdout, paygapEU{"eu", r})
	case *profile == "uk":
		printPaygapUK(stdout, file, r)
	default:
		printPaygapEU(stdout, file, r)
	}
	if err != nil {
		return fail(stderr, "paygap", err)
	}
	return exitOK
}

// textFlag is a flag.Value for a type with MarshalText and UnmarshalText.
type textFlag struct {
	v interface {
		MarshalText() ([]byte, error)
		UnmarshalText([]byte) error
	}
}

func (f textFlag) String() string {
	if f.v == nil {
		return ""
	}
	b, _ := f.v.MarshalText()
	return string(b)
}

func (f textFlag) Set(s string) error { return f.v.UnmarshalText([]byte(s)) }

var _ flag.Value = textFlag{}

// loadRecords reads records from a CSV file (by its extension) or a YAML
// or JSON document, checking categories against known when it is not nil.
func loadRecords(path string, known []paygap.CategoryID) (paygap.Records, error) {
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		f, err := os.Open(path)
		if err != nil {
			return paygap.Records{}, problemsError{problemsOf(path, careerkit.KindRecords, nil, "", err)}
		}
		defer f.Close()
		recs, err := paygap.ReadCSV(f, known)
		if err != nil {
			return paygap.Records{}, problemsError{problemsOf(path, careerkit.KindRecords, nil, "", err)}
		}
		return recs, nil
	}
	src, err := readSource(path)
	var recs paygap.Records
	if err == nil {
		if err = src.decodeInto(&recs); err == nil {
			if err = recs.CheckCategories(known); err == nil {
				return recs, nil
			}
		}
	}
	return paygap.Records{}, problemsError{problemsOf(path, careerkit.KindRecords, src, "", err)}
}

// pct formats a percentage for the text report, or why there is none.
func pct(p *paygap.Percent, suppressed bool) string {
	switch {
	case suppressed:
		return "suppressed"
	case p == nil:
		return "undefined"
	}
	return strconv.FormatFloat(p.Float64(), 'f', 1, 64) + " %"
}

// bar draws the share of women (#) and men (.) in a band of width cells.
func bar(b paygap.Band, width int) string {
	if b.Suppressed || b.Female == nil {
		return "[" + strings.Repeat(" ", width) + "]"
	}
	women := int(b.Female.Float64()/100*float64(width) + 0.5)
	return "[" + strings.Repeat("#", women) + strings.Repeat(".", width-women) + "]"
}

var bandNames = [4]string{"lower", "lower middle", "upper middle", "upper"}

func printWorkers(w io.Writer, c paygap.Workers) {
	fmt.Fprintf(w, "Workers      %d women, %d men", c.Female, c.Male)
	if c.Other > 0 {
		fmt.Fprintf(w, ", %d not counted as either (%d other, %d undisclosed)", c.Other, c.GenderOther, c.Undisclosed)
	}
	fmt.Fprintln(w)
}

func printSettings(w io.Writer, threshold, weeks int, m paygap.Method) {
	ties := "shared in proportion (UK regulation 13(2))"
	if m == paygap.Sequential {
		ties = "ordered by subject ID"
	}
	fmt.Fprintf(w, "Settings     figures need %d women and %d men; hourly pay = annual / (weekly hours x %d);\n", threshold, threshold, weeks)
	fmt.Fprintf(w, "             equal hourly pay across a quartile boundary is %s\n", ties)
	fmt.Fprintln(w, "Gaps are (men - women) / men: positive when men are paid more, negative when women are.")
}

func printQuartiles(w io.Writer, bands [4]paygap.Band) {
	fmt.Fprintln(w, "Quartile pay bands by hourly pay, lowest first (# women, . men):")
	for i, b := range bands {
		fmt.Fprintf(w, "  %-13s %5d  %s  women %-10s men %s\n", bandNames[i], b.Workers, bar(b, 20), pct(b.Female, b.Suppressed), pct(b.Male, b.Suppressed))
	}
}

func printPaygapEU(w io.Writer, file string, r *paygap.Report) {
	fmt.Fprintf(w, "Pay gap report of %s: Directive (EU) 2023/970, Article 9 (pay in %s)\n", file, r.Currency)
	printWorkers(w, r.Workers)
	printSettings(w, r.Threshold, r.WeeksPerYear, r.Method)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  %-40s %-12s %s\n", "Gender pay gap", "mean", "median")
	row := func(name string, g paygap.Gap) {
		fmt.Fprintf(w, "  %-40s %-12s %s\n", name, pct(g.Mean, g.Suppressed), pct(g.Median, g.Suppressed))
	}
	row("annual total pay (a, c)", r.Annual)
	row("hourly total pay (a, c)", r.Hourly)
	row("variable pay, among recipients (b, d)", r.Variable.Gap)
	rc := r.Variable.Receiving
	fmt.Fprintf(w, "  Receiving variable pay (e): women %s, men %s\n\n", pct(rc.Female, rc.Suppressed), pct(rc.Male, rc.Suppressed))
	printQuartiles(w, r.Quartiles)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Categories of workers (g), gaps in hourly pay:")
	fmt.Fprintf(w, "  %-16s %5s %5s  %-12s %-13s %-12s %-14s %s\n", "category", "women", "men", "basic mean", "basic median", "total mean", "variable mean", "joint pay assessment")
	assessments := 0
	for _, c := range r.Categories {
		variable := "none paid"
		if c.Variable != nil {
			variable = pct(c.Variable.Mean, c.Variable.Suppressed)
		}
		verdict := "no"
		switch {
		case c.Suppressed:
			verdict = "suppressed"
		case c.JointAssessment:
			assessments++
			who := "men"
			if c.Favours == paygap.Female {
				who = "women"
			}
			verdict = "YES, favours " + who
		}
		fmt.Fprintf(w, "  %-16s %5d %5d  %-12s %-13s %-12s %-14s %s\n", c.ID, c.Female, c.Male, pct(c.Basic.Mean, c.Basic.Suppressed), pct(c.Basic.Median, c.Basic.Suppressed), pct(c.Total.Mean, c.Total.Suppressed), variable, verdict)
	}
	fmt.Fprintf(w, "\n%d of %d categories have a mean gap in basic or total pay of 5 %% or more (Article 10: a joint pay assessment unless justified or remedied).\n", assessments, len(r.Categories))
}

func printPaygapUK(w io.Writer, file string, r *paygap.Report) {
	uk := r.UK()
	fmt.Fprintf(w, "Gender pay gap report of %s: SI 2017/172, the six figures (pay in %s)\n", file, r.Currency)
	printWorkers(w, uk.Workers)
	printSettings(w, uk.Threshold, r.WeeksPerYear, uk.Method)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  Mean gender pay gap in hourly pay (reg. 8)     %s\n", pct(uk.Hourly.Mean, uk.Hourly.Suppressed))
	fmt.Fprintf(w, "  Median gender pay gap in hourly pay (reg. 9)   %s\n", pct(uk.Hourly.Median, uk.Hourly.Suppressed))
	fmt.Fprintf(w, "  Mean bonus gap (reg. 10)                       %s\n", pct(uk.Bonus.Mean, uk.Bonus.Suppressed))
	fmt.Fprintf(w, "  Median bonus gap (reg. 11)                     %s\n", pct(uk.Bonus.Median, uk.Bonus.Suppressed))
	rc := uk.Bonus.Receiving
	fmt.Fprintf(w, "  Paid bonus pay (reg. 12)                       women %s, men %s\n\n", pct(rc.Female, rc.Suppressed), pct(rc.Male, rc.Suppressed))
	printQuartiles(w, uk.Quartiles)
}
