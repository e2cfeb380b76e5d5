package competency

import (
	"context"
	"fmt"
	"math"
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
