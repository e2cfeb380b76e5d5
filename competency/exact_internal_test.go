package competency

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRatOf(t *testing.T) {
	for _, c := range []struct {
		x        float64
		num, den int64
		ok       bool
	}{
		{0, 0, 1, true},
		{3, 3, 1, true},
		{0.5, 1, 2, true},
		{1.0 / 3, 1, 3, true},        // the float nearest 1/3 reads back as 1/3
		{2.0 / 3, 2, 3, true},        // and 2/3
		{0.1, 1, 10, true},           // 0.1 is the float nearest 1/10
		{4.0 / 7, 4, 7, true},        // convergents of 4/7 = [0; 1, 1, 3]: 1, 1/2, 4/7
		{1.0 / 1048577, 0, 0, false}, // the denominator 2²⁰ + 1 is too large
		{math.Pi, 0, 0, false},       // no small fraction rounds to π
		{-1, 0, 0, false},
		{math.NaN(), 0, 0, false},
		{math.Inf(1), 0, 0, false},
		{1 << 54, 0, 0, false}, // above 2⁵³
	} {
		num, den, ok := ratOf(c.x)
		assert.Equal(t, c.ok, ok, "ratOf(%v) ok", c.x)
		if c.ok {
			assert.Equal(t, [2]int64{c.num, c.den}, [2]int64{num, den}, "ratOf(%v)", c.x)
		}
	}
}

func TestSparseCellsGenerationsWrap(t *testing.T) {
	comps := make([]Competency, 30)
	for i := range comps {
		comps[i] = Competency{ID: ID(fmt.Sprintf("g%02d", i)), Name: fmt.Sprintf("G %d", i), Kind: Hard}
	}
	ix := MustCompile(Catalog{Competencies: comps})
	rng := rand.New(rand.NewPCG(1, 2))
	profiles := make([]Profile, 3*sparseBlock+100) // four blocks
	for i := range profiles {
		profiles[i].Subject = SubjectID(fmt.Sprintf("g%06d", i))
		for _, c := range rng.Perm(len(comps))[:3] {
			profiles[i].Ratings = append(profiles[i].Ratings, Rating{Competency: string(comps[c].ID), Level: 1 + rng.IntN(5)})
		}
	}
	pop, err := ix.Population(context.Background(), profiles)
	require.NoError(t, err, "Population")
	m, err := ix.Matcher([]Requirement{{Competency: "g00", Level: 3}, {Competency: "g01", Level: 5}, {Competency: "g02", Level: 2}}, Options{})
	require.NoError(t, err, "Matcher")
	require.True(t, m.exact && m.edelta32 != nil, "the exact path on 4-byte cells")
	rank := func(s *scratch) []entry {
		h := newTopK(50)
		require.NoError(t, m.rankSparseExact(context.Background(), pop, 0, pop.Len(), &h, false, s), "rankSparseExact")
		return h.sorted()
	}
	want := rank(&scratch{})
	// Generations just short of the last, and cells left full of stale sums
	// from them: each call runs four blocks, so the count wraps on the way.
	s := &scratch{gen32: 1<<(32-genShift32) - 3, cells32: make([]uint32, sparseBlock)}
	for i := range s.cells32 {
		s.cells32[i] = s.gen32<<genShift32 | uint32(i%1000)
	}
	for call := range 3 {
		assert.Equal(t, want, rank(s), "call %d, generation %d", call, s.gen32)
	}
}

// TestBigMeanEqualsRatMean checks the integer sums of bigMean against
// big.Rat sums of the same values (ratMean), on hand-picked items and on
// random mixes of small fractions, irrational and huge or tiny weights,
// zeros, and credits that are no small fraction.
func TestBigMeanEqualsRatMean(t *testing.T) {
	tiny := math.SmallestNonzeroFloat64
	cases := [][]Item{
		{{Weight: math.Sqrt2, Credit: 1.0 / 3}, {Weight: math.Pi, Credit: 0.6}},
		// √2·(1/3) + π·(3/5) over √2 + π, each read exactly: the float √2
		// is 6369051672525773·2⁻⁵², π is 884279719003555·2⁻⁴⁸.
		{{Weight: 1e300, Credit: 0.5}, {Weight: tiny, Credit: 1}},
		{{Weight: tiny, Credit: math.Pi / 4}, {Weight: tiny, Credit: 0}},
		{{Weight: 0, Credit: 0.5}, {Weight: math.E, Credit: 0}},
		{{Weight: 0, Credit: 0.5}},
		{},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	value := func() float64 {
		switch rng.IntN(6) {
		case 0:
			return float64(rng.IntN(7)) / float64(1+rng.IntN(9)) // a small fraction
		case 1:
			return math.Sqrt(float64(2 + rng.IntN(50))) // no small fraction
		case 2:
			return math.Ldexp(rng.Float64(), rng.IntN(2000)-1000) // huge or tiny
		case 3:
			return 0
		case 4:
			return float64(rng.IntN(1 << 20))
		}
		return rng.Float64()
	}
	for range 3000 {
		items := make([]Item, 1+rng.IntN(40))
		for i := range items {
			items[i] = Item{Weight: value(), Credit: min(value(), 1)}
		}
		cases = append(cases, items)
	}
	for i, items := range cases {
		got, want := bigMean(items), ratMean(items)
		require.Equal(t, math.Float64bits(want), math.Float64bits(got), "case %d: bigMean %v, ratMean %v (%v)", i, got, want, items)
	}
	// The first case by hand: the score is (√2/3 + 3π/5) / (√2 + π) with
	// the floats' exact values, which rounds to the float64 below, computed
	// here with big.Rat from the two floats' exact binary expansions.
	s2 := new(big.Rat).SetFrac(big.NewInt(6369051672525773), new(big.Int).Lsh(big.NewInt(1), 52))
	pi := new(big.Rat).SetFrac(big.NewInt(884279719003555), new(big.Int).Lsh(big.NewInt(1), 48))
	require.Equal(t, math.Sqrt2, mustFloat(s2), "the float √2 is 6369051672525773·2⁻⁵²")
	require.Equal(t, math.Pi, mustFloat(pi), "the float π is 884279719003555·2⁻⁴⁸")
	num := new(big.Rat).Add(new(big.Rat).Mul(s2, big.NewRat(1, 3)), new(big.Rat).Mul(pi, big.NewRat(3, 5)))
	want := mustFloat(num.Quo(num, new(big.Rat).Add(s2, pi)))
	assert.Equal(t, want, bigMean(cases[0]), "(√2/3 + 3π/5) / (√2 + π)")
}

func mustFloat(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}
