package salary_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

func TestPeriod(t *testing.T) {
	for _, p := range salary.Periods() {
		got, err := salary.ParsePeriod(p.String())
		require.NoError(t, err, "ParsePeriod(%q)", p)
		assert.Equal(t, p, got, "ParsePeriod(%q)", p)
		assert.True(t, p.IsValid(), "%q.IsValid()", p)
		text, err := p.MarshalText()
		require.NoError(t, err, "MarshalText(%q)", p)
		var back salary.Period
		require.NoError(t, back.UnmarshalText(text), "UnmarshalText(%q)", text)
		assert.Equal(t, p, back, "text round trip of %q", p)
	}
	for _, in := range []string{"", "Year", "annum", "hr", "fortnight"} {
		_, err := salary.ParsePeriod(in)
		assert.Error(t, err, "ParsePeriod(%q)", in)
		var p salary.Period
		assert.Error(t, p.UnmarshalText([]byte(in)), "UnmarshalText(%q)", in)
		assert.False(t, salary.Period(in).IsValid(), "Period(%q).IsValid()", in)
	}
	assert.Equal(t, salary.Month, salary.MustParsePeriod("month"), "MustParsePeriod(month)")
	assert.Panics(t, func() { salary.MustParsePeriod("x") }, "MustParsePeriod(x)")
	s := salary.Year.JSONSchema()
	assert.Equal(t, []any{"hour", "day", "week", "month", "year"}, s.Enum, "Period.JSONSchema().Enum")
}

func TestBasisPerYear(t *testing.T) {
	for _, tc := range []struct {
		name  string
		basis salary.Basis
		want  map[salary.Period]*big.Rat
	}{
		{"zero is default", salary.Basis{}, map[salary.Period]*big.Rat{
			salary.Year: big.NewRat(1, 1), salary.Month: big.NewRat(12, 1), salary.Week: big.NewRat(52, 1),
			salary.Day: big.NewRat(260, 1), salary.Hour: big.NewRat(2080, 1),
		}},
		{"explicit default", salary.DefaultBasis(), map[salary.Period]*big.Rat{salary.Hour: big.NewRat(2080, 1), salary.Day: big.NewRat(260, 1)}},
		{"37.5 hours", salary.Basis{HoursPerWeek: salary.MustParseFactor("37.5")}, map[salary.Period]*big.Rat{salary.Hour: big.NewRat(1950, 1), salary.Day: big.NewRat(260, 1)}},
		{"4 days, 14 months", salary.Basis{DaysPerWeek: salary.FactorOf(4), MonthsPerYear: salary.FactorOf(14)}, map[salary.Period]*big.Rat{salary.Day: big.NewRat(208, 1), salary.Month: big.NewRat(14, 1)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for p, want := range tc.want {
				got, err := tc.basis.PerYear(p)
				require.NoError(t, err, "PerYear(%s)", p)
				assert.Equal(t, want.String(), got.String(), "PerYear(%s)", p)
			}
		})
	}
	_, err := salary.Basis{}.PerYear("fortnight")
	assert.Error(t, err, "PerYear(fortnight)")
}

func TestBasisValidate(t *testing.T) {
	assert.NoError(t, salary.Basis{}.Validate(), "Basis{}.Validate()")
	assert.NoError(t, salary.DefaultBasis().Validate(), "DefaultBasis().Validate()")
	for _, tc := range []struct {
		name  string
		basis salary.Basis
		path  string
	}{
		{"negative hours", salary.Basis{HoursPerWeek: salary.MustParseFactor("-1")}, "hoursPerWeek"},
		{"169 hours", salary.Basis{HoursPerWeek: salary.FactorOf(169)}, "hoursPerWeek"},
		{"8 days", salary.Basis{DaysPerWeek: salary.FactorOf(8)}, "daysPerWeek"},
		{"54 weeks", salary.Basis{WeeksPerYear: salary.FactorOf(54)}, "weeksPerYear"},
		{"25 months", salary.Basis{MonthsPerYear: salary.FactorOf(25)}, "monthsPerYear"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.basis.Validate()
			requireProblemAt(t, err, tc.path, "Basis.Validate() of "+tc.name)
			_, err = salary.Pay{Currency: salary.USD, Period: salary.Hour, Amount: amt("1")}.ConvertPeriod(salary.Year, tc.basis)
			assert.ErrorIs(t, err, careerkit.ErrInvalid, "ConvertPeriod on %s", tc.name)
		})
	}
	// Just inside the limits.
	assert.NoError(t, salary.Basis{HoursPerWeek: salary.FactorOf(168), DaysPerWeek: salary.FactorOf(7), WeeksPerYear: salary.FactorOf(53), MonthsPerYear: salary.FactorOf(24)}.Validate(), "Basis at its limits")
}

// requireProblemAt asserts that err is a *careerkit.ValidationError with a
// problem at path.
func requireProblemAt(t *testing.T, err error, path, call string) {
	t.Helper()
	require.Error(t, err, call)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, call)
	var paths []string
	for _, fe := range ve.Errors {
		paths = append(paths, fe.Path)
	}
	assert.Contains(t, paths, path, "%s: problem paths", call)
}
