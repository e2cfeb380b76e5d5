package salary

import (
	"fmt"
	"math/big"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
)

// Period is the time an amount of pay is for, with the names of
// schema.org's and Google's job-posting unitText: hour, day, week, month or
// year. The zero value "" is no period and is invalid.
type Period string

// Periods of pay.
const (
	// Hour is pay per hour worked.
	Hour Period = "hour"
	// Day is pay per working day.
	Day Period = "day"
	// Week is pay per week.
	Week Period = "week"
	// Month is pay per month.
	Month Period = "month"
	// Year is pay per year (annual pay).
	Year Period = "year"
)

var periods = enum.New("salary", "period", false, Hour, Day, Week, Month, Year)

// Periods returns every period, shortest first, in a new slice.
func Periods() []Period { return periods.Values() }

// ParsePeriod parses the name of a period: "hour", "day", "week", "month"
// or "year", in lower case. ParseRange understands the many other ways
// postings write a period ("per annum", "/hr").
func ParsePeriod(s string) (Period, error) { return periods.Parse(s) }

// MustParsePeriod is ParsePeriod for constants in code and tests: it panics,
// naming itself and the input, when s is not a period.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic("salary.MustParsePeriod: " + err.Error())
	}
	return p
}

// IsValid reports whether p is one of hour, day, week, month or year.
func (p Period) IsValid() bool { return periods.Has(p) }

// String returns the period's name.
func (p Period) String() string { return string(p) }

// MarshalText returns the period's name, as it is; decoding and Validate
// are where unknown periods are refused.
func (p Period) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText accepts exactly the name of a period; anything else is an
// error that lists them.
func (p *Period) UnmarshalText(text []byte) error { return periods.Unmarshal(p, text) }

// JSONSchema describes a period as a string enum.
func (Period) JSONSchema() *jsonschema.Schema {
	return periods.Schema("The time an amount of pay is for (schema.org unitText).")
}

// Basis is the working time that converts pay between periods. A zero field
// takes its default: 40 hours a week, 5 days a week, 52 weeks a year and 12
// months a year, so the zero Basis is the default basis, with 2,080 hours
// and 260 days in a year.
//
// The number of periods in a year is: 1 year, MonthsPerYear months,
// WeeksPerYear weeks, DaysPerWeek × WeeksPerYear days and HoursPerWeek ×
// WeeksPerYear hours. Converting an amount from one period to another
// multiplies it by the number of source periods in a year and divides it by
// the number of target periods in a year, exactly, then rounds the result
// once, half-even to the currency's minor unit: 220,000 a year is
// 220000 / 2080 = 105.769… = 105.77 an hour on the default basis.
type Basis struct {
	// HoursPerWeek is the paid hours in a week, such as 37.5; 0 means 40.
	HoursPerWeek Factor `json:"hoursPerWeek,omitzero" yaml:"hoursPerWeek,omitempty"`
	// DaysPerWeek is the paid days in a week; 0 means 5.
	DaysPerWeek Factor `json:"daysPerWeek,omitzero" yaml:"daysPerWeek,omitempty"`
	// WeeksPerYear is the paid weeks in a year, such as 52.1429; 0 means 52.
	WeeksPerYear Factor `json:"weeksPerYear,omitzero" yaml:"weeksPerYear,omitempty"`
	// MonthsPerYear is the monthly payments in a year, such as 13 or 14
	// where pay includes extra months; 0 means 12.
	MonthsPerYear Factor `json:"monthsPerYear,omitzero" yaml:"monthsPerYear,omitempty"`
}

// DefaultBasis returns the default basis with every field set: 40 hours and
// 5 days a week, 52 weeks and 12 months a year.
func DefaultBasis() Basis {
	return Basis{HoursPerWeek: FactorOf(40), DaysPerWeek: FactorOf(5), WeeksPerYear: FactorOf(52), MonthsPerYear: FactorOf(12)}
}

// withDefaults fills zero fields with their defaults.
func (b Basis) withDefaults() Basis {
	d := DefaultBasis()
	if b.HoursPerWeek.IsZero() {
		b.HoursPerWeek = d.HoursPerWeek
	}
	if b.DaysPerWeek.IsZero() {
		b.DaysPerWeek = d.DaysPerWeek
	}
	if b.WeeksPerYear.IsZero() {
		b.WeeksPerYear = d.WeeksPerYear
	}
	if b.MonthsPerYear.IsZero() {
		b.MonthsPerYear = d.MonthsPerYear
	}
	return b
}

// Validate checks that every set field is greater than 0 and at most what
// the calendar allows: 168 hours and 7 days a week, 53 weeks and 24
// monthly payments a year.
func (b Basis) Validate() error {
	var errs problem.Errors
	check := func(name string, f Factor, limit int64) {
		if f.Sign() < 0 {
			errs.Add(name, "gt", "must be greater than 0 (or 0 for the default), not %s", f)
		} else if f.Compare(FactorOf(limit)) > 0 {
			errs.Add(name, "lte", "must be at most %d, not %s", limit, f)
		}
	}
	check("hoursPerWeek", b.HoursPerWeek, 168)
	check("daysPerWeek", b.DaysPerWeek, 7)
	check("weeksPerYear", b.WeeksPerYear, 53)
	check("monthsPerYear", b.MonthsPerYear, 24)
	return errs.Err("salary: invalid Basis")
}

// PerYear returns how many of period p the basis has in a year, exactly:
// 2080 hours for the default basis.
func (b Basis) PerYear(p Period) (*big.Rat, error) {
	if err := b.Validate(); err != nil {
		return nil, err
	}
	b = b.withDefaults()
	switch p {
	case Year:
		return big.NewRat(1, 1), nil
	case Month:
		return b.MonthsPerYear.Rat(), nil
	case Week:
		return b.WeeksPerYear.Rat(), nil
	case Day:
		return new(big.Rat).Mul(b.DaysPerWeek.Rat(), b.WeeksPerYear.Rat()), nil
	case Hour:
		return new(big.Rat).Mul(b.HoursPerWeek.Rat(), b.WeeksPerYear.Rat()), nil
	}
	return nil, fmt.Errorf("salary: periods per year: the period %s", periods.Problem(p))
}

// convert returns a, an amount per period from, as an amount per period to
// on basis b, rounded half-even to digits decimals.
func convert(a Amount, from, to Period, b Basis, digits int) (Amount, error) {
	if from == to {
		return a, nil
	}
	nFrom, err := b.PerYear(from)
	if err != nil {
		return Amount{}, err
	}
	nTo, err := b.PerYear(to)
	if err != nil {
		return Amount{}, err
	}
	r := new(big.Rat).Mul(a.Rat(), nFrom)
	r.Quo(r, nTo)
	out, err := roundRat(r, digits)
	if err != nil {
		return Amount{}, fmt.Errorf("salary: convert \"%s per %s\" to a %s: %w", a, from, to, err)
	}
	return out, nil
}
