package salary_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

func pay(cur salary.Currency, per salary.Period, a string) salary.Pay {
	return salary.Pay{Currency: cur, Period: per, Amount: amt(a)}
}

func TestPayValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		pay  salary.Pay
		path string // "" when valid
		rule string
	}{
		{"usd offer", pay(salary.USD, salary.Year, "165000"), "", ""},
		{"cents", pay(salary.USD, salary.Hour, "60.25"), "", ""},
		{"zero", pay(salary.USD, salary.Year, "0"), "", ""},
		{"JPY whole", pay(salary.JPY, salary.Month, "500000"), "", ""},
		{"BHD 3 decimals", pay(salary.BHD, salary.Month, "1234.567"), "", ""},
		{"JPY 0.5", pay(salary.JPY, salary.Month, "0.5"), "amount", "decimals"},
		{"BHD 4 decimals", pay(salary.BHD, salary.Month, "1.2345"), "amount", "decimals"},
		{"USD 3 decimals", pay(salary.USD, salary.Year, "1.005"), "amount", "decimals"},
		{"negative", pay(salary.USD, salary.Year, "-1"), "amount", "gte"},
		{"no currency", pay("", salary.Year, "1"), "currency", "required"},
		{"bad currency", pay("XXX", salary.Year, "1"), "currency", "currency"},
		{"no period", pay(salary.USD, "", "1"), "period", "required"},
		{"bad period", pay(salary.USD, "fortnight", "1"), "period", "oneof"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.pay.Validate()
			if tc.path == "" {
				assert.NoError(t, err, "Validate() of %v", tc.pay)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Validate() of %v", tc.pay)
			assert.Equal(t, "salary: invalid Pay", ve.Subject, "Validate() subject")
			assert.Contains(t, ve.Errors, findProblem(ve, tc.path, tc.rule), "Validate() of %v has %s at %s: %v", tc.pay, tc.rule, tc.path, err)
		})
	}
}

func findProblem(ve *careerkit.ValidationError, path, rule string) careerkit.FieldError {
	for _, fe := range ve.Errors {
		if fe.Path == path && fe.Rule == rule {
			return fe
		}
	}
	return careerkit.FieldError{Path: path, Rule: rule, Message: "(missing)"}
}

func TestPayConvertPeriod(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pay   salary.Pay
		to    salary.Period
		basis salary.Basis
		want  string
	}{
		{"year to hour", pay(salary.USD, salary.Year, "220000"), salary.Hour, salary.Basis{}, "105.77"},
		{"hour to year", pay(salary.USD, salary.Hour, "60"), salary.Year, salary.Basis{}, "124800"},
		{"year to month", pay(salary.USD, salary.Year, "140000"), salary.Month, salary.Basis{}, "11666.67"},
		{"month to year, 14 months", pay(salary.EUR, salary.Month, "4000"), salary.Year, salary.Basis{MonthsPerYear: salary.FactorOf(14)}, "56000"},
		{"day to week", pay(salary.GBP, salary.Day, "500"), salary.Week, salary.Basis{}, "2500"},
		{"year to day", pay(salary.USD, salary.Year, "130000"), salary.Day, salary.Basis{}, "500"},
		{"37.5 h week", pay(salary.GBP, salary.Year, "39000"), salary.Hour, salary.Basis{HoursPerWeek: salary.MustParseFactor("37.5")}, "20"},
		{"JPY rounds to yen", pay(salary.JPY, salary.Year, "10000000"), salary.Hour, salary.Basis{}, "4808"},
		{"BHD rounds to fils", pay(salary.BHD, salary.Year, "10000"), salary.Hour, salary.Basis{}, "4.808"},
		{"half-even down", pay(salary.USD, salary.Year, "0.2"), salary.Week, salary.Basis{WeeksPerYear: salary.FactorOf(16)}, "0.01"}, // 0.0125
		{"half-even up", pay(salary.USD, salary.Year, "0.6"), salary.Week, salary.Basis{WeeksPerYear: salary.FactorOf(16)}, "0.04"},   // 0.0375
		{"same period", pay(salary.USD, salary.Year, "1"), salary.Year, salary.Basis{}, "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.pay.ConvertPeriod(tc.to, tc.basis)
			require.NoError(t, err, "ConvertPeriod(%s) of %v", tc.to, tc.pay)
			assert.Equal(t, tc.want, got.Amount.String(), "ConvertPeriod(%s) of %v", tc.to, tc.pay)
			assert.Equal(t, tc.to, got.Period, "ConvertPeriod(%s) of %v: period", tc.to, tc.pay)
			assert.Equal(t, tc.pay.Currency, got.Currency, "ConvertPeriod(%s) of %v: currency", tc.to, tc.pay)
			assert.NoError(t, got.Validate(), "ConvertPeriod(%s) of %v validates", tc.to, tc.pay)
		})
	}
	y, err := pay(salary.USD, salary.Hour, "60").Annualize(salary.Basis{})
	require.NoError(t, err, "Annualize of 60/hour")
	assert.Equal(t, pay(salary.USD, salary.Year, "124800"), y, "Annualize of 60/hour")
	_, err = pay(salary.USD, salary.Year, "1").ConvertPeriod("fortnight", salary.Basis{})
	assert.Error(t, err, "ConvertPeriod(fortnight)")
	_, err = pay("XXX", salary.Year, "1").ConvertPeriod(salary.Hour, salary.Basis{})
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "ConvertPeriod of invalid pay")
	_, err = pay(salary.USD, salary.Hour, "900000000000000").ConvertPeriod(salary.Year, salary.Basis{})
	assert.ErrorIs(t, err, careerkit.ErrOverflow, "ConvertPeriod overflowing")
}

func TestNewPayAndString(t *testing.T) {
	p, err := salary.NewPay(salary.USD, salary.Year, amt("165000"))
	require.NoError(t, err, "NewPay(USD, year, 165000)")
	assert.Equal(t, "USD 165000/year", p.String(), "Pay.String()")
	_, err = salary.NewPay(salary.JPY, salary.Year, amt("0.5"))
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "NewPay(JPY, year, 0.5)")
}
