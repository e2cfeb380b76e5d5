package paygap

import (
	"math/big"
	"slices"
	"strings"
)

// ratio is an exact rational number; the package never changes one after
// making it.
type ratio = *big.Rat

func add(a, b ratio) ratio { return new(big.Rat).Add(a, b) }

func sub(a, b ratio) ratio { return new(big.Rat).Sub(a, b) }

func mul(a, b ratio) ratio { return new(big.Rat).Mul(a, b) }

func quo(a, b ratio) ratio { return new(big.Rat).Quo(a, b) }

func intRat(n int) ratio { return new(big.Rat).SetInt64(int64(n)) }

var hundred = big.NewRat(100, 1)

// PercentDigits is the number of decimals a Percent has in JSON.
const PercentDigits = 10

// Percent is an exact percentage, such as a gap of 12.5 or a share of 40,
// computed with rational arithmetic from exact amounts. The zero value is
// 0 %.
type Percent struct {
	r *big.Rat
}

func percentOf(r ratio) Percent { return Percent{r} }

// Rat returns the percentage as a new exact rational (12.5 for 12.5 %).
func (p Percent) Rat() *big.Rat {
	if p.r == nil {
		return new(big.Rat)
	}
	return new(big.Rat).Set(p.r)
}

// Float64 returns the percentage rounded once to the nearest float64.
func (p Percent) Float64() float64 {
	f, _ := p.Rat().Float64()
	return f
}

// Sign returns -1, 0 or +1 as p is negative, zero or positive.
func (p Percent) Sign() int { return p.Rat().Sign() }

// Equal reports whether p and q are exactly the same percentage.
func (p Percent) Equal(q Percent) bool { return p.Rat().Cmp(q.Rat()) == 0 }

// Compare returns -1, 0 or +1 as p is less than, equal to or greater than q.
func (p Percent) Compare(q Percent) int { return p.Rat().Cmp(q.Rat()) }

// String formats the percentage with 1 decimal and a percent sign: "12.5 %".
func (p Percent) String() string { return p.Rat().FloatString(1) + " %" }

// Text formats the percentage rounded half away from zero to digits
// decimals, without trailing zeros: "12.5", "33.3333333333", "-4".
func (p Percent) Text(digits int) string {
	s := p.Rat().FloatString(digits)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// MarshalJSON writes the percentage as a JSON number rounded to
// PercentDigits decimals, such as 33.3333333333.
func (p Percent) MarshalJSON() ([]byte, error) { return []byte(p.Text(PercentDigits)), nil }

// MarshalText writes the percentage as MarshalJSON does.
func (p Percent) MarshalText() ([]byte, error) { return p.MarshalJSON() }

// mean returns the arithmetic mean of values, which are not empty.
func mean(values []ratio) ratio {
	sum := new(big.Rat)
	for _, v := range values {
		sum.Add(sum, v)
	}
	return sum.Quo(sum, intRat(len(values)))
}

// median returns the middle value of values, which are not empty, or the
// mean of the two middle values of an even count.
func median(values []ratio) ratio {
	s := slices.Clone(values)
	slices.SortFunc(s, func(a, b ratio) int { return a.Cmp(b) })
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return quo(add(s[n/2-1], s[n/2]), intRat(2))
}

// gapPercent returns (men − women) ÷ men × 100, or nil when men is 0 and
// the gap is undefined.
func gapPercent(women, men ratio) *Percent {
	if men.Sign() == 0 {
		return nil
	}
	p := percentOf(mul(quo(sub(men, women), men), hundred))
	return &p
}

// sharePercent returns part ÷ whole × 100, or nil when whole is 0.
func sharePercent(part, whole ratio) *Percent {
	if whole.Sign() == 0 {
		return nil
	}
	p := percentOf(mul(quo(part, whole), hundred))
	return &p
}
