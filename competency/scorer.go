package competency

import "math"

// Scorer is pluggable scoring logic: a credit per requirement and an
// aggregate over a requirement set. Analyze and the compiled Matcher run the
// same Scorer and give the same scores.
//
// A Matcher calls Credit only when it is compiled, once per requirement and
// level of the competency's scale, so Credit may be slow; Score runs once per
// profile and requirement set and should not allocate.
type Scorer interface {
	// Credit returns the credit, in [0, 1], for holding level have of the
	// competency r requires; have and r.Level are levels of s, the
	// competency's scale, and have is NotHeld when the competency is not
	// held. Levels are ordinal: compare their positions on s. It must not
	// decrease as have rises.
	Credit(r Requirement, have int, s Scale) float64
	// Score aggregates the outcomes of a requirement set, in requirement
	// order, into a score in [0, 1]; results outside are clamped and NaN
	// counts as 0. Score must not keep or modify items.
	Score(items []Item) float64
}

// Item is the outcome of one requirement, as a Scorer sees it.
type Item struct {
	// Weight is the requirement's effective weight.
	Weight float64
	// Required is true for required, false for preferred requirements.
	Required bool
	// Credit is the requirement's credit, in [0, 1].
	Credit float64
	// Met is true when the requirement is met.
	Met bool
}

// WeightedMean is the built-in Scorer: credit from a CreditFunc, and the
// score as the weighted mean of the credits (1 for no requirements).
type WeightedMean struct {
	// CreditFunc gives the credit; nil means Linear.
	CreditFunc CreditFunc
}

// LinearScorer returns the default scorer: linear credit, weighted mean.
func LinearScorer() Scorer { return WeightedMean{CreditFunc: Linear} }

// StepScorer returns a scorer with step credit (all or nothing), weighted mean.
func StepScorer() Scorer { return WeightedMean{CreditFunc: Step} }

// Credit returns CreditFunc(have, r.Level, s).
func (w WeightedMean) Credit(r Requirement, have int, s Scale) float64 {
	if w.CreditFunc == nil {
		return Linear(have, r.Level, s)
	}
	return w.CreditFunc(have, r.Level, s)
}

// Score returns Σ weight·credit / Σ weight, or 1 when there are no items (or
// every weight is 0), computed exactly and rounded once to the nearest
// float64. Weights must be finite and not negative; any finite size works.
// Each weight and credit is read as the small fraction whose float it is,
// when there is one (1/3 for float64(1)/3, the ratio of two integers of up
// to 2²⁰ in the denominator), and otherwise as the float it is. So the
// score does not depend on the order of the items, and two profiles whose
// scores are mathematically equal get the same float: ties are ties.
func (WeightedMean) Score(items []Item) float64 { return exactMean(items) }

// weightShift returns the power of two, as an exponent, that scales the
// largest weight top into [0.5, 1); 0 when top is 0 or not finite. The
// compiled float tables scale every weight by it, with math.Ldexp, so that
// no sum overflows and no product of a tiny weight underflows.
func weightShift(top float64) int {
	if top <= 0 || math.IsInf(top, 0) || math.IsNaN(top) {
		return 0
	}
	_, exp := math.Frexp(top)
	return -exp
}

// clampScore keeps a score in [0, 1], with NaN as 0.
func clampScore(s float64) float64 {
	if math.IsNaN(s) || s < 0 {
		return 0
	}
	return min(s, 1)
}

// scorerOf returns the scorer the options ask for.
func (o Options) scorer() Scorer {
	switch {
	case o.Scorer != nil:
		return o.Scorer
	case o.Credit != nil:
		return WeightedMean{CreditFunc: o.Credit}
	}
	return WeightedMean{CreditFunc: Linear}
}
