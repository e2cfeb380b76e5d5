package salary

import (
	"fmt"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Pay is one amount of pay in a currency for a period: an offer, an
// expectation or a current salary. The zero value is invalid (it has no
// currency or period).
type Pay struct {
	// Currency is the ISO 4217 code of the amount's currency.
	Currency Currency `json:"currency" yaml:"currency" validate:"required"`
	// Period is the time the amount is for.
	Period Period `json:"period" yaml:"period" validate:"required"`
	// Amount is the pay in major units, at least 0, with at most the
	// currency's minor-unit digits.
	Amount Amount `json:"amount" yaml:"amount"`
}

// NewPay returns the pay of amount in currency per period, or an error when
// the result does not validate.
func NewPay(cur Currency, per Period, amount Amount) (Pay, error) {
	p := Pay{Currency: cur, Period: per, Amount: amount}
	if err := p.Validate(); err != nil {
		return Pay{}, err
	}
	return p, nil
}

// String formats the pay as "USD 165000/year".
func (p Pay) String() string {
	return fmt.Sprintf("%s %s/%s", p.Currency, p.Amount, p.Period)
}

// Validate checks that the currency and period are valid and the amount is
// at least 0 with no more decimals than the currency allows.
func (p Pay) Validate() error {
	var errs problem.Errors
	p.check("", &errs)
	return errs.Err("salary: invalid Pay")
}

func (p Pay) check(prefix string, errs *problem.Errors) {
	for _, fe := range validate.Struct(p) {
		fe.Path = problem.JoinPath(prefix, fe.Path)
		errs.Append(fe)
	}
	checkCurrency(p.Currency, problem.Path(prefix, "currency"), errs)
	checkPeriod(p.Period, problem.Path(prefix, "period"), errs)
	checkAmount(p.Amount, p.Currency, problem.Path(prefix, "amount"), errs)
}

// ConvertPeriod returns the pay per period to on basis b, rounded half-even
// to the currency's minor unit (see Basis). The pay must be valid.
func (p Pay) ConvertPeriod(to Period, b Basis) (Pay, error) {
	if err := p.Validate(); err != nil {
		return Pay{}, err
	}
	if !to.IsValid() {
		return Pay{}, fmt.Errorf("salary: convert %q: the target period %s", p.String(), periods.Problem(to))
	}
	a, err := convert(p.Amount, p.Period, to, b, p.Currency.Digits())
	if err != nil {
		return Pay{}, err
	}
	return Pay{Currency: p.Currency, Period: to, Amount: a}, nil
}

// Annualize returns the pay per year on basis b: ConvertPeriod(Year, b).
func (p Pay) Annualize(b Basis) (Pay, error) { return p.ConvertPeriod(Year, b) }

// checkCurrency records a problem when c is set but not valid; a missing
// currency is reported by the "required" tag.
func checkCurrency(c Currency, path string, errs *problem.Errors) {
	if c != "" && !c.IsValid() {
		errs.Add(path, "currency", "%s is %s", quoteShort(string(c)), c.problem())
	}
}

// checkPeriod records a problem when p is set but not valid.
func checkPeriod(p Period, path string, errs *problem.Errors) {
	if p != "" && !p.IsValid() {
		errs.Add(path, "oneof", "%s", periods.Problem(p))
	}
}

// checkAmount records a negative amount, or one with more decimals than a
// valid currency allows.
func checkAmount(a Amount, c Currency, path string, errs *problem.Errors) {
	if a.Sign() < 0 {
		errs.Add(path, "gte", "must be at least 0, not %s", a)
	}
	if c.IsValid() && a.Decimals() > c.Digits() {
		errs.Add(path, "decimals", "%s has %d decimal place(s); %s allows %d", a, a.Decimals(), c, c.Digits())
	}
}
