package salary

import (
	"fmt"
	"math/big"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Band is a pay range for a role or grade: a minimum, a midpoint (the
// market reference point, by default halfway) and a maximum, in one currency
// for one period. In JSON and YAML: {currency: USD, period: year, min:
// 140000, max: 220000}, with mid only when it is set.
//
// The zero value is invalid (it has no currency or period). Bands are plain
// values: methods return new bands and never change the receiver, and the
// Mid pointer of a returned band is never shared with the receiver's.
type Band struct {
	// Currency is the ISO 4217 code of every amount of the band.
	Currency Currency `json:"currency" yaml:"currency" validate:"required"`
	// Period is the time every amount of the band is for.
	Period Period `json:"period" yaml:"period" validate:"required"`
	// Min is the lowest pay of the band, at least 0.
	Min Amount `json:"min" yaml:"min"`
	// Mid is the band's reference point, between Min and Max; nil means the
	// default, halfway between Min and Max (see Midpoint).
	Mid *Amount `json:"mid,omitempty" yaml:"mid,omitempty"`
	// Max is the highest pay of the band, at least Min.
	Max Amount `json:"max" yaml:"max"`
}

// NewBand returns the band from min to max in currency per period with the
// default midpoint, or an error when it does not validate.
func NewBand(cur Currency, per Period, minimum, maximum Amount) (Band, error) {
	b := Band{Currency: cur, Period: per, Min: minimum, Max: maximum}
	if err := b.Validate(); err != nil {
		return Band{}, err
	}
	return b, nil
}

// WithMid returns a copy of b whose midpoint is set to mid.
func (b Band) WithMid(mid Amount) Band {
	b.Mid = &mid
	return b
}

// Clone returns a copy of b with its own Mid, so that changing the copy's
// midpoint through the pointer leaves b as it was.
func (b Band) Clone() Band {
	if b.Mid != nil {
		m := *b.Mid
		b.Mid = &m
	}
	return b
}

// Midpoint returns Mid when it is set, or else the exact midpoint (Min +
// Max) / 2. The default midpoint of a valid band is always exact, since
// amounts hold one more decimal than any currency; for a currency with 0
// decimals it may have one decimal (the midpoint of 1 and 2 JPY is 1.5).
func (b Band) Midpoint() Amount {
	if b.Mid != nil {
		return *b.Mid
	}
	sum := new(big.Int).Add(big.NewInt(b.Min.units), big.NewInt(b.Max.units))
	r, err := roundRat(new(big.Rat).SetFrac(sum, big.NewInt(2*amountScale)), AmountDigits)
	if err != nil {
		return b.Min // unreachable: the midpoint lies between two Amounts
	}
	return r
}

// String formats the band as "USD 140000–220000/year", followed by
// " (mid 185000)" when Mid is set.
func (b Band) String() string {
	s := fmt.Sprintf("%s %s–%s/%s", b.Currency, b.Min, b.Max, b.Period)
	if b.Mid != nil {
		s += fmt.Sprintf(" (mid %s)", *b.Mid)
	}
	return s
}

// Validate checks that the currency and period are valid, that 0 ≤ Min ≤
// Mid ≤ Max (Mid when it is set), and that no amount has more decimals than
// the currency allows.
func (b Band) Validate() error {
	var errs problem.Errors
	b.check("", &errs)
	return errs.Err("salary: invalid Band")
}

func (b Band) check(prefix string, errs *problem.Errors) {
	for _, fe := range validate.Struct(b) {
		fe.Path = problem.JoinPath(prefix, fe.Path)
		errs.Append(fe)
	}
	checkCurrency(b.Currency, problem.Path(prefix, "currency"), errs)
	checkPeriod(b.Period, problem.Path(prefix, "period"), errs)
	checkAmount(b.Min, b.Currency, problem.Path(prefix, "min"), errs)
	checkAmount(b.Max, b.Currency, problem.Path(prefix, "max"), errs)
	if b.Min.Compare(b.Max) > 0 {
		errs.Add(problem.Path(prefix, "max"), "range", "max %s is less than min %s", b.Max, b.Min)
	}
	if b.Mid != nil {
		mid := *b.Mid
		checkAmount(mid, b.Currency, problem.Path(prefix, "mid"), errs)
		if mid.Compare(b.Min) < 0 {
			errs.Add(problem.Path(prefix, "mid"), "range", "mid %s is less than min %s", mid, b.Min)
		}
		if mid.Compare(b.Max) > 0 {
			errs.Add(problem.Path(prefix, "mid"), "range", "mid %s is greater than max %s", mid, b.Max)
		}
	}
}

// Position says where pay falls against a band. The zero value "" is no
// position and is invalid.
type Position string

// Positions of pay against a band.
const (
	// Below is pay less than the band's minimum.
	Below Position = "below"
	// Within is pay from the band's minimum to its maximum, both included.
	Within Position = "within"
	// Above is pay greater than the band's maximum.
	Above Position = "above"
)

var positions = enum.New("salary", "position", false, Below, Within, Above)

// Positions returns every position, in a new slice: below, within, above.
func Positions() []Position { return positions.Values() }

// IsValid reports whether p is below, within or above.
func (p Position) IsValid() bool { return positions.Has(p) }

// String returns the position's name.
func (p Position) String() string { return string(p) }

// MarshalText returns the position's name, as it is.
func (p Position) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText accepts exactly below, within or above; anything else is an
// error that lists them.
func (p *Position) UnmarshalText(text []byte) error { return positions.Unmarshal(p, text) }

// JSONSchema describes a position as a string enum.
func (Position) JSONSchema() *jsonschema.Schema {
	return positions.Schema("Where pay falls against a band: below its minimum, within it (bounds included) or above its maximum.")
}

// SpreadBasis names the denominator of a band's spread (range width).
// Sources use both, so there is no default: the zero value "" is invalid.
type SpreadBasis string

// Spread bases.
const (
	// SpreadFromMin is spread = (max − min) / min, the range spread of most
	// salary-structure guidance (WorldatWork): a 140,000–220,000 band has a
	// spread of 57.1 %.
	SpreadFromMin SpreadBasis = "from-min"
	// SpreadFromMid is spread = (max − min) / mid, the width as a share of
	// the midpoint: a 140,000–220,000 band has a spread of 44.4 %.
	SpreadFromMid SpreadBasis = "from-mid"
)

var spreadBases = enum.New("salary", "spread basis", false, SpreadFromMin, SpreadFromMid)

// SpreadBases returns every spread basis, in a new slice: from-min,
// from-mid.
func SpreadBases() []SpreadBasis { return spreadBases.Values() }

// IsValid reports whether s is from-min or from-mid.
func (s SpreadBasis) IsValid() bool { return spreadBases.Has(s) }

// String returns the basis's name.
func (s SpreadBasis) String() string { return string(s) }

// MarshalText returns the basis's name, as it is.
func (s SpreadBasis) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText accepts exactly from-min or from-mid; anything else is an
// error that lists them.
func (s *SpreadBasis) UnmarshalText(text []byte) error { return spreadBases.Unmarshal(s, text) }

// JSONSchema describes a spread basis as a string enum.
func (SpreadBasis) JSONSchema() *jsonschema.Schema {
	return spreadBases.Schema("The denominator of a band's spread: from-min is (max − min) / min, from-mid is (max − min) / mid.")
}

// CompaRatio returns pay / mid, where mid is the band's Midpoint: 1 is pay
// at the midpoint. The band and pay must be valid and in the same currency
// and period (else an error matching ErrCurrencyMismatch), and the midpoint
// greater than 0. The ratio is exact up to the final float64 conversion.
func (b Band) CompaRatio(pay Pay) (float64, error) {
	const op = "compa-ratio"
	if err := b.against(op, pay); err != nil {
		return 0, err
	}
	mid := b.Midpoint()
	if mid.IsZero() {
		return 0, fmt.Errorf("salary: %s of %q in %q: the midpoint is 0, so the ratio is undefined", op, pay.String(), b.String())
	}
	return ratFloat(new(big.Rat).Quo(pay.Amount.Rat(), mid.Rat())), nil
}

// Penetration returns the range penetration (pay − min) / (max − min): 0 at
// the minimum, 0.5 halfway, 1 at the maximum. It is signed: pay below the
// band gives a negative value and pay above it a value over 1. The band and
// pay must be valid and in the same currency and period (else an error
// matching ErrCurrencyMismatch). For a zero-width band (Min = Max) the ratio
// is undefined and Penetration returns an error; Position still answers.
func (b Band) Penetration(pay Pay) (float64, error) {
	const op = "penetration"
	if err := b.against(op, pay); err != nil {
		return 0, err
	}
	if b.Min == b.Max {
		return 0, fmt.Errorf("salary: %s of %q in %q: the band has zero width, so penetration is undefined: pay can only be below, at or above it", op, pay.String(), b.String())
	}
	num := new(big.Rat).Sub(pay.Amount.Rat(), b.Min.Rat())
	return ratFloat(num.Quo(num, new(big.Rat).Sub(b.Max.Rat(), b.Min.Rat()))), nil
}

// Position returns whether pay is below the band's minimum, within the band
// (both bounds included) or above its maximum. The band and pay must be
// valid and in the same currency and period (else an error matching
// ErrCurrencyMismatch).
func (b Band) Position(pay Pay) (Position, error) {
	if err := b.against("position", pay); err != nil {
		return "", err
	}
	switch {
	case pay.Amount.Compare(b.Min) < 0:
		return Below, nil
	case pay.Amount.Compare(b.Max) > 0:
		return Above, nil
	}
	return Within, nil
}

// Spread returns the band's width relative to the named basis:
// (max − min) / min for SpreadFromMin, (max − min) / mid for SpreadFromMid
// (mid being Midpoint). There is no default basis. The band must be valid
// and the denominator greater than 0.
func (b Band) Spread(basis SpreadBasis) (float64, error) {
	r, err := b.spread(basis)
	if err != nil {
		return 0, err
	}
	return ratFloat(r), nil
}

func (b Band) spread(basis SpreadBasis) (*big.Rat, error) {
	const op = "spread"
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("salary: %s of %q: %w", op, b.String(), err)
	}
	var den Amount
	switch basis {
	case SpreadFromMin:
		den = b.Min
	case SpreadFromMid:
		den = b.Midpoint()
	default:
		return nil, fmt.Errorf("salary: %s of %q: the spread basis %s (there is no default)", op, b.String(), spreadBases.Problem(basis))
	}
	if den.IsZero() {
		return nil, fmt.Errorf("salary: %s of %q: the %s is 0, so the spread is undefined", op, b.String(), map[SpreadBasis]string{SpreadFromMin: "minimum", SpreadFromMid: "midpoint"}[basis])
	}
	num := new(big.Rat).Sub(b.Max.Rat(), b.Min.Rat())
	return num.Quo(num, den.Rat()), nil
}

// ConvertPeriod returns the band per period to on basis b: each amount is
// converted exactly and rounded half-even to the currency's minor unit (see
// Basis). An unset Mid stays unset, so the new band's midpoint is halfway
// between its converted bounds. The band must be valid.
func (b Band) ConvertPeriod(to Period, basis Basis) (Band, error) {
	if err := b.Validate(); err != nil {
		return Band{}, err
	}
	if !to.IsValid() {
		return Band{}, fmt.Errorf("salary: convert %q: the target period %s", b.String(), periods.Problem(to))
	}
	digits := b.Currency.Digits()
	return b.mapAmounts(to, func(a Amount) (Amount, error) { return convert(a, b.Period, to, basis, digits) })
}

// Annualize returns the band per year on basis b: ConvertPeriod(Year, b).
func (b Band) Annualize(basis Basis) (Band, error) { return b.ConvertPeriod(Year, basis) }

// Scale returns the band with every amount multiplied by f, exactly, then
// rounded half-even to the currency's minor unit; an unset Mid stays unset.
// It is how a zone's geographic factor applies (Structure.Band). The band
// must be valid and f greater than 0; a result too large is an error
// matching ErrOverflow.
func (b Band) Scale(f Factor) (Band, error) {
	if err := b.Validate(); err != nil {
		return Band{}, err
	}
	if f.Sign() <= 0 {
		return Band{}, fmt.Errorf("salary: scale %q by %s: the factor must be greater than 0", b.String(), f)
	}
	digits := b.Currency.Digits()
	return b.mapAmounts(b.Period, func(a Amount) (Amount, error) {
		r, err := roundRat(new(big.Rat).Mul(a.Rat(), f.Rat()), digits)
		if err != nil {
			return Amount{}, fmt.Errorf("salary: scale %q by %s: %w", b.String(), f, err)
		}
		return r, nil
	})
}

// mapAmounts returns b in period per with fn applied to Min, Max and Mid.
func (b Band) mapAmounts(per Period, fn func(Amount) (Amount, error)) (Band, error) {
	out := Band{Currency: b.Currency, Period: per}
	var err error
	if out.Min, err = fn(b.Min); err != nil {
		return Band{}, err
	}
	if out.Max, err = fn(b.Max); err != nil {
		return Band{}, err
	}
	if b.Mid != nil {
		mid, err := fn(*b.Mid)
		if err != nil {
			return Band{}, err
		}
		out.Mid = &mid
	}
	return out, nil
}

// against checks that b and pay are valid and comparable.
func (b Band) against(op string, pay Pay) error {
	if err := b.Validate(); err != nil {
		return fmt.Errorf("salary: %s of %q: %w", op, pay.String(), err)
	}
	if err := pay.Validate(); err != nil {
		return fmt.Errorf("salary: %s of %q: %w", op, pay.String(), err)
	}
	return mismatch(op, "pay", pay.String(), "band", b.String(), pay.Currency, pay.Period, b.Currency, b.Period)
}

// mismatch returns an error matching ErrCurrencyMismatch when the currencies
// or periods of x and y (named xn and yn, such as "pay" and "band") differ.
func mismatch(op, xn, x, yn, y string, c1 Currency, p1 Period, c2 Currency, p2 Period) error {
	switch {
	case c1 != c2:
		return fmt.Errorf("salary: %s of %q and %q: the %s is in %s and the %s in %s: give both in one currency (careerkit never converts currencies): %w", op, x, y, xn, c1, yn, c2, problem.ErrCurrencyMismatch)
	case p1 != p2:
		return fmt.Errorf("salary: %s of %q and %q: the %s is per %s and the %s per %s: convert one to the other's period first: %w", op, x, y, xn, p1, yn, p2, problem.ErrCurrencyMismatch)
	}
	return nil
}

// MidpointProgression returns (mid_higher − mid_lower) / mid_lower, the
// step between the midpoints (Midpoint) of two bands, such as adjacent
// grades. Both bands must be valid, in the same currency and period (else an
// error matching ErrCurrencyMismatch), and the lower midpoint greater than
// 0. The result is negative when the "higher" midpoint is lower.
func MidpointProgression(lower, higher Band) (float64, error) {
	r, err := progression(lower, higher)
	if err != nil {
		return 0, err
	}
	return ratFloat(r), nil
}

func progression(lower, higher Band) (*big.Rat, error) {
	const op = "midpoint progression"
	if err := pairReady(op, lower, higher); err != nil {
		return nil, err
	}
	ml, mh := lower.Midpoint(), higher.Midpoint()
	if ml.IsZero() {
		return nil, fmt.Errorf("salary: %s of %q and %q: the lower midpoint is 0, so the ratio is undefined", op, lower.String(), higher.String())
	}
	num := new(big.Rat).Sub(mh.Rat(), ml.Rat())
	return num.Quo(num, ml.Rat()), nil
}

// Overlap returns the share of the lower band's range that the higher band
// also covers, "overlap relative to the lower band":
//
//	overlap = (min(max_lower, max_higher) − max(min_lower, min_higher)) / (max_lower − min_lower)
//
// For the usual adjacent grades (min_lower ≤ min_higher, max_lower ≤
// max_higher) this is (max_lower − min_higher) / (max_lower − min_lower).
// It is 1 when the higher band covers the whole lower band, 0 when they just
// touch, and negative when there is a gap between them (its size relative to
// the lower band's width). Both bands must be valid and in the same currency
// and period (else an error matching ErrCurrencyMismatch); a zero-width
// lower band is an error (the ratio is undefined).
func Overlap(lower, higher Band) (float64, error) {
	r, err := overlap(lower, higher)
	if err != nil {
		return 0, err
	}
	return ratFloat(r), nil
}

func overlap(lower, higher Band) (*big.Rat, error) {
	const op = "overlap"
	if err := pairReady(op, lower, higher); err != nil {
		return nil, err
	}
	if lower.Min == lower.Max {
		return nil, fmt.Errorf("salary: %s of %q and %q: the lower band has zero width, so the ratio is undefined", op, lower.String(), higher.String())
	}
	hi := lower.Max
	if higher.Max.Compare(hi) < 0 {
		hi = higher.Max
	}
	lo := lower.Min
	if higher.Min.Compare(lo) > 0 {
		lo = higher.Min
	}
	num := new(big.Rat).Sub(hi.Rat(), lo.Rat())
	return num.Quo(num, new(big.Rat).Sub(lower.Max.Rat(), lower.Min.Rat())), nil
}

// pairReady checks that two bands are valid and comparable.
func pairReady(op string, lower, higher Band) error {
	if err := lower.Validate(); err != nil {
		return fmt.Errorf("salary: %s: lower band: %w", op, err)
	}
	if err := higher.Validate(); err != nil {
		return fmt.Errorf("salary: %s: higher band: %w", op, err)
	}
	return mismatch(op, "lower band", lower.String(), "higher band", higher.String(), lower.Currency, lower.Period, higher.Currency, higher.Period)
}

// ratFloat converts an exact ratio to the nearest float64.
func ratFloat(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}
