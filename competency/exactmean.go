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

// bigMean is exactMean with big.Rat sums, for the weights and credits
// whose sums do not fit 64 bits: huge or tiny weights, credits that are no
// small fraction.
func bigMean(items []Item) float64 {
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
