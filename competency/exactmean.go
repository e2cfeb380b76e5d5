package competency

import (
	"math"
	"math/big"
	mbits "math/bits"
)

// exactMean is WeightedMean's score: Σ weight·credit / Σ weight computed
// exactly and rounded once to the nearest float64, 1 when every weight is
// 0. Each weight and credit is read as the small fraction whose float it is
// (ratOf), when there is one, and otherwise as the float it is, so 1/3 +
// 1/3 + 1/3 over three is exactly 1/3, and two profiles whose scores are
// equal get equal floats. Items with a weight or credit that is not finite
// fall back to float sums (and the caller clamps a NaN to 0).
//
// The sums are 64-bit integers over a common denominator when they fit,
// which allocates nothing; otherwise big.Rat.
func exactMean(items []Item) float64 {
	var den, sumWC, sumW uint64 = 1, 0, 0
	for _, it := range items {
		if !finite(it.Weight) || !finite(it.Credit) {
			return floatMean(items)
		}
		wn, wd, ok := ratOf(it.Weight)
		if !ok {
			return bigMean(items)
		}
		cn, cd, ok := ratOf(it.Credit)
		if !ok {
			return bigMean(items)
		}
		// weight·credit = tn/td, and weight = wn/wd, over den.
		tn, td, ok := mulFrac(uint64(wn), uint64(wd), uint64(cn), uint64(cd))
		if !ok {
			return bigMean(items)
		}
		if den, sumWC, sumW, ok = rebase(den, sumWC, sumW, td); !ok {
			return bigMean(items)
		}
		if den, sumWC, sumW, ok = rebase(den, sumWC, sumW, uint64(wd)); !ok {
			return bigMean(items)
		}
		if sumWC, ok = addScaled(sumWC, tn, den/td); !ok {
			return bigMean(items)
		}
		if sumW, ok = addScaled(sumW, uint64(wn), den/uint64(wd)); !ok {
			return bigMean(items)
		}
	}
	if sumW == 0 {
		return 1
	}
	if sumWC < 1<<53 && sumW < 1<<53 { // both exact as floats: one rounding, the division's
		return float64(sumWC) / float64(sumW)
	}
	f, _ := new(big.Rat).SetFrac(new(big.Int).SetUint64(sumWC), new(big.Int).SetUint64(sumW)).Float64()
	return f
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// mulFrac returns (an/ad)·(bn/bd) in lowest terms, false on overflow.
func mulFrac(an, ad, bn, bd uint64) (uint64, uint64, bool) {
	if an == 0 || bn == 0 {
		return 0, 1, true
	}
	g1, g2 := gcd(an, bd), gcd(bn, ad)
	an, bd, bn, ad = an/g1, bd/g1, bn/g2, ad/g2
	hi, n := mbits.Mul64(an, bn)
	hi2, d := mbits.Mul64(ad, bd)
	return n, d, hi == 0 && hi2 == 0
}

// rebase brings the sums over den to a common denominator with d.
func rebase(den, a, b, d uint64) (uint64, uint64, uint64, bool) {
	if den%d == 0 {
		return den, a, b, true
	}
	f := d / gcd(den, d) // the new denominator is den·f
	hi, nden := mbits.Mul64(den, f)
	hiA, na := mbits.Mul64(a, f)
	hiB, nb := mbits.Mul64(b, f)
	return nden, na, nb, hi == 0 && hiA == 0 && hiB == 0
}

// addScaled returns sum + x·f, false on overflow.
func addScaled(sum, x, f uint64) (uint64, bool) {
	hi, p := mbits.Mul64(x, f)
	s, carry := mbits.Add64(sum, p, 0)
	return s, hi == 0 && carry == 0
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// ratOrFloat is x read as exactMean reads it.
func ratOrFloat(x float64) *big.Rat {
	if n, d, ok := ratOf(x); ok {
		return big.NewRat(n, d)
	}
	return new(big.Rat).SetFloat64(x)
}

// bigMean is exactMean for the weights and credits whose sums do not fit
// 64 bits: huge or tiny weights, credits that are no small fraction. Each
// value is read as exactMean reads it, as m/o·2^e with o odd: a small
// fraction, or a float's mantissa and exponent. The sums are then two big
// integers over o's least common multiple and the least power of two, and
// only their quotient is reduced, once. Negative values, or odd
// denominators whose multiple overflows, take ratMean.
func bigMean(items []Item) float64 {
	var wbuf, wcbuf [32]dyadic
	ws, wcs := wbuf[:0], wcbuf[:0]
	for _, it := range items {
		w, ok := dyadicOf(it.Weight)
		if !ok {
			return ratMean(items)
		}
		c, ok := dyadicOf(it.Credit)
		if !ok {
			return ratMean(items)
		}
		wc, ok := w.mul(c)
		if !ok {
			return ratMean(items)
		}
		ws, wcs = append(ws, w), append(wcs, wc)
	}
	nw, ow, ew, ok := dyadicSum(ws)
	if !ok {
		return ratMean(items)
	}
	if nw.Sign() == 0 {
		return 1
	}
	nwc, owc, ewc, ok := dyadicSum(wcs)
	if !ok {
		return ratMean(items)
	}
	// (nwc / (owc·2^-ewc)) / (nw / (ow·2^-ew)) = nwc·ow·2^ewc / (nw·owc·2^ew)
	num := nwc.Mul(nwc, new(big.Int).SetUint64(ow))
	den := nw.Mul(nw, new(big.Int).SetUint64(owc))
	if ewc >= ew {
		num.Lsh(num, uint(ewc-ew))
	} else {
		den.Lsh(den, uint(ew-ewc))
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}

// dyadic is the value (hi·2⁶⁴ + lo) / o · 2^e, o odd.
type dyadic struct {
	hi, lo, o uint64
	e         int
}

// dyadicOf reads x ≥ 0 as exactMean does: the small fraction whose float
// it is (ratOf), or else the float itself.
func dyadicOf(x float64) (dyadic, bool) {
	if n, d, ok := ratOf(x); ok {
		tz := mbits.TrailingZeros64(uint64(d))
		return dyadic{lo: uint64(n), o: uint64(d) >> tz, e: -tz}, true
	}
	if !(x >= 0) || math.IsInf(x, 0) {
		return dyadic{}, false
	}
	frac, exp := math.Frexp(x) // x = frac·2^exp, frac in [0.5, 1)
	return dyadic{lo: uint64(math.Ldexp(frac, 53)), o: 1, e: exp - 53}, true
}

// mul returns a·b, false when the numerator or the odd part overflows.
func (a dyadic) mul(b dyadic) (dyadic, bool) {
	if a.hi != 0 || b.hi != 0 {
		return dyadic{}, false
	}
	hi, lo := mbits.Mul64(a.lo, b.lo)
	ohi, o := mbits.Mul64(a.o, b.o)
	return dyadic{hi: hi, lo: lo, o: o, e: a.e + b.e}, ohi == 0
}

// dyadicSum returns Σ ds as n / (o·2^-e), false when the least common
// multiple of the odd parts overflows 64 bits.
func dyadicSum(ds []dyadic) (*big.Int, uint64, int, bool) {
	o, e := uint64(1), math.MaxInt
	for _, d := range ds {
		g := gcd(o, d.o)
		hi, lcm := mbits.Mul64(o, d.o/g)
		if hi != 0 {
			return nil, 0, 0, false
		}
		o, e = lcm, min(e, d.e)
	}
	n, t, f := new(big.Int), new(big.Int), new(big.Int)
	for _, d := range ds {
		if d.hi == 0 && d.lo == 0 {
			continue
		}
		t.SetUint64(d.hi).Lsh(t, 64).Or(t, f.SetUint64(d.lo))
		t.Mul(t, f.SetUint64(o/d.o)).Lsh(t, uint(d.e-e))
		n.Add(n, t)
	}
	return n, o, e, true
}

// ratMean is exactMean with big.Rat sums: the reference that bigMean
// equals, and its fallback.
func ratMean(items []Item) float64 {
	var sumW, sumWC big.Rat
	for _, it := range items {
		w := ratOrFloat(it.Weight)
		sumW.Add(&sumW, w)
		sumWC.Add(&sumWC, w.Mul(w, ratOrFloat(it.Credit)))
	}
	if sumW.Sign() == 0 {
		return 1
	}
	f, _ := sumWC.Quo(&sumWC, &sumW).Float64()
	return f
}

// floatMean is the weighted mean in floats, for weights or credits that
// are not finite: every weight is scaled by the power of two that brings
// the largest into [0.5, 1), so that no sum overflows.
func floatMean(items []Item) float64 {
	var top float64
	for _, it := range items {
		top = max(top, it.Weight)
	}
	shift := weightShift(top)
	var sumW, sumWC float64
	for _, it := range items {
		w := math.Ldexp(it.Weight, shift)
		sumW += w
		sumWC += float64(w * it.Credit)
	}
	if sumW == 0 {
		return 1
	}
	return sumWC / sumW
}
