package salary

import (
	"fmt"
	"math/big"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Distribution is market pay data for a job: some of the 10th, 25th, 50th
// (median), 75th and 90th percentiles of pay, in one currency for one
// period, as in schema.org's MonetaryAmountDistribution. Any subset of the
// percentiles may be given (at least one); a nil percentile is unknown.
// The zero value is invalid.
type Distribution struct {
	// Currency is the ISO 4217 code of every amount.
	Currency Currency `json:"currency" yaml:"currency" validate:"required"`
	// Period is the time every amount is for.
	Period Period `json:"period" yaml:"period" validate:"required"`
	// P10 is the 10th percentile of pay, or nil when unknown.
	P10 *Amount `json:"p10,omitempty" yaml:"p10,omitempty"`
	// P25 is the 25th percentile of pay (first quartile), or nil when unknown.
	P25 *Amount `json:"p25,omitempty" yaml:"p25,omitempty"`
	// P50 is the median pay, or nil when unknown.
	P50 *Amount `json:"p50,omitempty" yaml:"p50,omitempty"`
	// P75 is the 75th percentile of pay (third quartile), or nil when unknown.
	P75 *Amount `json:"p75,omitempty" yaml:"p75,omitempty"`
	// P90 is the 90th percentile of pay, or nil when unknown.
	P90 *Amount `json:"p90,omitempty" yaml:"p90,omitempty"`
	// Source names where the data comes from, such as a survey and its cut.
	Source string `json:"source,omitempty" yaml:"source,omitempty" validate:"max=500"`
	// AsOf is the date the data describes, written YYYY-MM-DD; left out
	// when not stated.
	AsOf civil.Date `json:"asOf,omitzero" yaml:"asOf,omitempty"`
}

// point is one given percentile.
type point struct {
	p    int
	v    Amount
	name string
}

// points returns the given percentiles in increasing order.
func (d Distribution) points() []point {
	var out []point
	for _, x := range []struct {
		p    int
		v    *Amount
		name string
	}{{10, d.P10, "p10"}, {25, d.P25, "p25"}, {50, d.P50, "p50"}, {75, d.P75, "p75"}, {90, d.P90, "p90"}} {
		if x.v != nil {
			out = append(out, point{x.p, *x.v, x.name})
		}
	}
	return out
}

// Validate checks that the currency and period are valid, that at least one
// percentile is given, that each is at least 0 with no more decimals than
// the currency allows, that the given percentiles never decrease (p10 ≤ p25
// ≤ p50 ≤ p75 ≤ p90), and the length of Source.
func (d Distribution) Validate() error {
	var errs problem.Errors
	for _, fe := range validate.Struct(d) {
		errs.Append(fe)
	}
	checkCurrency(d.Currency, "currency", &errs)
	checkPeriod(d.Period, "period", &errs)
	pts := d.points()
	if len(pts) == 0 {
		errs.Add("", "required", "at least one of p10, p25, p50, p75, p90 is required")
	}
	for i, pt := range pts {
		checkAmount(pt.v, d.Currency, pt.name, &errs)
		if i > 0 && pt.v.Compare(pts[i-1].v) < 0 {
			errs.Add(pt.name, "order", "%s %s is less than %s %s: percentiles must not decrease", pt.name, pt.v, pts[i-1].name, pts[i-1].v)
		}
	}
	return errs.Err("salary: invalid Distribution")
}

// Percentile returns the pay at percentile p (1 to 99). A given percentile
// is returned as it is. Between two given percentiles the value is
// interpolated linearly in the percentile rank,
//
//	v = v_lo + (v_hi − v_lo) × (p − p_lo) / (p_hi − p_lo),
//
// computed exactly and rounded half-even to the currency's minor unit: with
// p25 = 100,000 and p50 = 120,000, the 40th percentile is 112,000. Outside
// the given percentiles there is no extrapolation: that is an error, as is
// an invalid distribution.
func (d Distribution) Percentile(p int) (Amount, error) {
	if err := d.Validate(); err != nil {
		return Amount{}, fmt.Errorf("salary: percentile %d: %w", p, err)
	}
	if p < 1 || p > 99 {
		return Amount{}, fmt.Errorf("salary: percentile %d: not between 1 and 99", p)
	}
	pts := d.points()
	first, last := pts[0], pts[len(pts)-1]
	if p < first.p || p > last.p {
		return Amount{}, fmt.Errorf("salary: percentile %d: outside the given percentiles %s–%s (no extrapolation)", p, first.name, last.name)
	}
	for i, pt := range pts {
		if pt.p == p {
			return pt.v, nil
		}
		if pt.p > p {
			lo := pts[i-1]
			r := new(big.Rat).Sub(pt.v.Rat(), lo.v.Rat())
			r.Mul(r, big.NewRat(int64(p-lo.p), int64(pt.p-lo.p)))
			r.Add(r, lo.v.Rat())
			v, err := roundRat(r, d.Currency.Digits())
			if err != nil {
				return Amount{}, fmt.Errorf("salary: percentile %d: %w", p, err)
			}
			return v, nil
		}
	}
	return last.v, nil // unreachable: p ≤ last.p
}

// BandFromDistribution builds a band around the pay at the target
// percentile of d (see Distribution.Percentile) with the given spread on the
// named basis, in d's currency and period:
//
//   - SpreadFromMid: min = mid × (1 − spread/2), max = mid × (1 + spread/2),
//     so (max − min) / mid = spread;
//   - SpreadFromMin: min = 2·mid / (2 + spread), max = min × (1 + spread),
//     so (max − min) / min = spread and mid is halfway.
//
// Min and Max are rounded half-even to the currency's minor unit. Since the
// exact bounds lie symmetrically around the target value and half-even
// rounding keeps that symmetry, the target stays exactly halfway and the
// band's Mid is left unset (it is set to the target value should that ever
// not hold). The spread must be at least 0 (and
// at most 2 from the midpoint, so that min is not negative); 0 gives a
// zero-width band.
func BandFromDistribution(d Distribution, target int, spread Factor, basis SpreadBasis) (Band, error) {
	op := fmt.Sprintf("band from distribution at p%d", target)
	mid, err := d.Percentile(target)
	if err != nil {
		return Band{}, fmt.Errorf("salary: %s: %w", op, err)
	}
	if spread.Sign() < 0 {
		return Band{}, fmt.Errorf("salary: %s: spread %s is negative", op, spread)
	}
	s := spread.Rat()
	m := mid.Rat()
	one, two := big.NewRat(1, 1), big.NewRat(2, 1)
	var lo, hi *big.Rat
	switch basis {
	case SpreadFromMid:
		if spread.Compare(FactorOf(2)) > 0 {
			return Band{}, fmt.Errorf("salary: %s: spread %s from the midpoint is over 2, which puts the minimum below 0", op, spread)
		}
		half := new(big.Rat).Quo(s, two)
		lo = new(big.Rat).Mul(m, new(big.Rat).Sub(one, half))
		hi = new(big.Rat).Mul(m, new(big.Rat).Add(one, half))
	case SpreadFromMin:
		lo = new(big.Rat).Quo(new(big.Rat).Mul(two, m), new(big.Rat).Add(two, s))
		hi = new(big.Rat).Mul(lo, new(big.Rat).Add(one, s))
	default:
		return Band{}, fmt.Errorf("salary: %s: the spread basis %s (there is no default)", op, spreadBases.Problem(basis))
	}
	digits := d.Currency.Digits()
	b := Band{Currency: d.Currency, Period: d.Period}
	if b.Min, err = roundRat(lo, digits); err != nil {
		return Band{}, fmt.Errorf("salary: %s: %w", op, err)
	}
	if b.Max, err = roundRat(hi, digits); err != nil {
		return Band{}, fmt.Errorf("salary: %s: %w", op, err)
	}
	if b.Midpoint() != mid {
		b.Mid = &mid
	}
	if err := b.Validate(); err != nil {
		return Band{}, fmt.Errorf("salary: %s: %w", op, err)
	}
	return b, nil
}
