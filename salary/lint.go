package salary

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/problem"
)

// Advice is a finding of Lint: not an error (the structure is valid) but
// something compensation practice would question. It is the same type as
// the advice of ladder.Graph.Lint: a JSON path, a rule (one of the Rule
// constants below for pay structures) and a message.
type Advice = problem.Advice

// Rules of the advice Structure.Lint gives.
const (
	// RuleSpreadLow flags a grade whose spread is below LintOptions.MinSpread.
	RuleSpreadLow = "spread-low"
	// RuleSpreadHigh flags a grade whose spread is above LintOptions.MaxSpread.
	RuleSpreadHigh = "spread-high"
	// RuleProgressionLow flags a grade whose midpoint progression from the
	// grade before is below LintOptions.MinProgression.
	RuleProgressionLow = "progression-low"
	// RuleProgressionHigh flags a grade whose midpoint progression from the
	// grade before is above LintOptions.MaxProgression.
	RuleProgressionHigh = "progression-high"
	// RuleOverlap flags a grade whose band overlaps the grade before by more
	// than LintOptions.MaxOverlap.
	RuleOverlap = "overlap"
	// RuleOptions flags lint options that cannot be used.
	RuleOptions = "options"
)

// LintOptions sets the ranges Lint accepts. A zero field takes its default.
//
// The defaults are the typical ranges of salary-structure practice as
// summarised by WorldatWork's guidance on pay structures (and textbooks such
// as Milkovich, Newman & Gerhart, Compensation): range spreads, measured
// from the minimum, of about 20–35 % for non-exempt and production jobs,
// 40–60 % for professional jobs and 50–80 % or more for executives; midpoint
// progressions of about 7–15 % between lower grades and 10–20 % or more
// between higher ones. Lint does not know which grades are which, so its
// defaults are the union: spread 20 %–80 % from the minimum, progression
// 7 %–20 %. There is no standard for overlap; the default threshold, 50 % of
// the lower band's width, is a common rule of thumb. Override any of them,
// for example to lint executive grades against 50 %–100 %.
type LintOptions struct {
	// SpreadBasis is the basis of MinSpread and MaxSpread; "" means
	// SpreadFromMin, the basis of the published ranges.
	SpreadBasis SpreadBasis
	// MinSpread is the least spread without advice; 0 means 0.20.
	MinSpread Factor
	// MaxSpread is the greatest spread without advice; 0 means 0.80.
	MaxSpread Factor
	// MinProgression is the least midpoint progression from one grade to
	// the next without advice; 0 means 0.07.
	MinProgression Factor
	// MaxProgression is the greatest midpoint progression without advice;
	// 0 means 0.20.
	MaxProgression Factor
	// MaxOverlap is the greatest overlap of adjacent grades (see Overlap)
	// without advice; 0 means 0.50.
	MaxOverlap Factor
}

// DefaultLintOptions returns the default options with every field set.
func DefaultLintOptions() LintOptions {
	return LintOptions{
		SpreadBasis:    SpreadFromMin,
		MinSpread:      Factor{200_000},
		MaxSpread:      Factor{800_000},
		MinProgression: Factor{70_000},
		MaxProgression: Factor{200_000},
		MaxOverlap:     Factor{500_000},
	}
}

func (o LintOptions) withDefaults() LintOptions {
	d := DefaultLintOptions()
	if o.SpreadBasis == "" {
		o.SpreadBasis = d.SpreadBasis
	}
	for _, f := range []struct{ v, def *Factor }{
		{&o.MinSpread, &d.MinSpread}, {&o.MaxSpread, &d.MaxSpread},
		{&o.MinProgression, &d.MinProgression}, {&o.MaxProgression, &d.MaxProgression},
		{&o.MaxOverlap, &d.MaxOverlap},
	} {
		if f.v.IsZero() {
			*f.v = *f.def
		}
	}
	return o
}

// Lint returns advice on the structure, sorted by path then rule: each
// grade whose spread is outside [MinSpread, MaxSpread] (bounds included),
// each grade whose midpoint progression from the grade before is outside
// [MinProgression, MaxProgression], and each grade whose band overlaps the
// grade before by more than MaxOverlap (see Overlap for the formula).
// Figures that cannot be computed (an invalid band, a zero denominator,
// different currencies) are skipped: Validate reports those. An invalid
// SpreadBasis yields a single piece of advice saying so.
func (s Structure) Lint(opts LintOptions) []Advice {
	o := opts.withDefaults()
	var out []Advice
	add := func(path, rule, format string, args ...any) {
		out = append(out, Advice{Path: path, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	if !o.SpreadBasis.IsValid() {
		add("", RuleOptions, "the spread basis %s", spreadBases.Problem(o.SpreadBasis))
		return out
	}
	for i, g := range s.Grades {
		bp := problem.Path("grades", i, "band")
		if sp, err := g.Band.spread(o.SpreadBasis); err == nil {
			switch {
			case sp.Cmp(o.MinSpread.Rat()) < 0:
				add(bp, RuleSpreadLow, "grade %s spreads %s %s, below the usual least %s", g.ID, percent(sp), o.SpreadBasis, percent(o.MinSpread.Rat()))
			case sp.Cmp(o.MaxSpread.Rat()) > 0:
				add(bp, RuleSpreadHigh, "grade %s spreads %s %s, above the usual most %s", g.ID, percent(sp), o.SpreadBasis, percent(o.MaxSpread.Rat()))
			}
		}
		if i == 0 {
			continue
		}
		prev := s.Grades[i-1]
		if pr, err := progression(prev.Band, g.Band); err == nil {
			switch {
			case pr.Cmp(o.MinProgression.Rat()) < 0:
				add(problem.Path(bp, "mid"), RuleProgressionLow, "midpoint of grade %s is %s above grade %s's, below the usual least %s", g.ID, percent(pr), prev.ID, percent(o.MinProgression.Rat()))
			case pr.Cmp(o.MaxProgression.Rat()) > 0:
				add(problem.Path(bp, "mid"), RuleProgressionHigh, "midpoint of grade %s is %s above grade %s's, above the usual most %s", g.ID, percent(pr), prev.ID, percent(o.MaxProgression.Rat()))
			}
		}
		if ov, err := overlap(prev.Band, g.Band); err == nil && ov.Cmp(o.MaxOverlap.Rat()) > 0 {
			add(bp, RuleOverlap, "grade %s covers %s of grade %s's range, above the threshold %s", g.ID, percent(ov), prev.ID, percent(o.MaxOverlap.Rat()))
		}
	}
	slices.SortStableFunc(out, func(a, b Advice) int {
		if c := problem.ComparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return out
}

// percent formats a ratio as a percentage with one decimal, "57.1 %".
func percent(r *big.Rat) string {
	p := new(big.Rat).Mul(r, big.NewRat(100, 1))
	return p.FloatString(1) + " %"
}
