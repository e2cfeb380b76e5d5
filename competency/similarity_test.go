package competency_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

func TestSimilarityByHand(t *testing.T) {
	ix := competency.MustCompile(small())
	a := []competency.Requirement{req("coaching", 3), req("software-architecture", 5).WithWeight(2)}
	b := []competency.Requirement{req("coaching", 3)}
	// On the 1–5 framework scale level 3 is 3/5 and level 5 is 5/5, so
	// a = (0.6·1, 1·2) = (0.6, 2) and b = (0.6, 0):
	// cos = 0.36 / (√4.36 · 0.6) = 0.6 / √4.36.
	got, err := ix.Similarity(a, b)
	require.NoError(t, err, "Similarity")
	assert.InDelta(t, 0.6/math.Sqrt(4.36), got, 1e-12, "Similarity(a, b)")
	back, err := ix.Similarity(b, a)
	require.NoError(t, err, "Similarity reversed")
	assert.Equal(t, got, back, "symmetric, bit for bit")

	same, err := ix.Similarity(a, []competency.Requirement{a[1], a[0]})
	require.NoError(t, err, "Similarity with itself")
	assert.InDelta(t, 1, same, 1e-15, "a set is like itself, whatever the order")
	assert.LessOrEqual(t, same, 1.0, "never above 1")

	// Scaling every weight of one set changes nothing: only the shape counts.
	big := []competency.Requirement{req("coaching", 3).WithWeight(1e300), req("software-architecture", 5).WithWeight(2e300)}
	scaled, err := ix.Similarity(big, b)
	require.NoError(t, err, "Similarity, huge weights")
	assert.InDelta(t, got, scaled, 1e-12, "weights count relative to each other")

	disjoint, err := ix.Similarity(b, []competency.Requirement{req("software-architecture", 2)})
	require.NoError(t, err, "Similarity, disjoint")
	assert.Equal(t, 0.0, disjoint, "nothing in common")
	empty, err := ix.Similarity(nil, nil)
	require.NoError(t, err, "Similarity, empty")
	assert.Equal(t, 1.0, empty, "two empty sets are alike")
	one, err := ix.Similarity(nil, b)
	require.NoError(t, err, "Similarity, one empty")
	assert.Equal(t, 0.0, one, "an empty set is like no other")

	// Profiles: p = (3/5, 5/5) on coaching and architecture, q = (5/5, 0):
	// cos = 0.6 / √1.36.
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 3), rating("software-architecture", 5)}}
	q := competency.Profile{Subject: "q", Ratings: []competency.Rating{rating("Coaching", 5)}} // by name
	ps, err := ix.ProfileSimilarity(p, q, competency.Options{})
	require.NoError(t, err, "ProfileSimilarity")
	assert.InDelta(t, 0.6/math.Sqrt(1.36), ps, 1e-12, "ProfileSimilarity(p, q)")
}

func TestSimilarityRejectsBadInput(t *testing.T) {
	ix := competency.MustCompile(small())
	_, err := ix.Similarity([]competency.Requirement{req("nope", 1)}, []competency.Requirement{req("coaching", 9)})
	assertProblems(t, err, wantErr{"a[0].competency", "exists", problem.ErrUnknownCompetency}, wantErr{"b[0].level", "level", problem.ErrUnknownLevel})
	_, err = ix.ProfileSimilarity(competency.Profile{Subject: "p"}, competency.Profile{Subject: "Q"}, competency.Options{})
	assertProblems(t, err, wantErr{"b.subject", "slug", nil})
	sets, err := ix.Sets(context.Background(), [][]competency.Requirement{{req("coaching", 1)}})
	require.NoError(t, err, "Sets")
	_, err = sets.Similar(context.Background(), 1, 3)
	assert.ErrorIs(t, err, problem.ErrInvalid, "no set 1")
	_, err = sets.Similar(context.Background(), 0, -1)
	assert.ErrorIs(t, err, problem.ErrInvalid, "negative k")
	_, err = (*competency.Sets)(nil).Similarity(0, 0)
	assert.ErrorIs(t, err, problem.ErrInvalid, "nil Sets")
	_, err = ix.Sets(context.Background(), [][]competency.Requirement{{req("coaching", 1)}, {req("coaching", 7)}})
	assertProblems(t, err, wantErr{"[1][0].level", "level", problem.ErrUnknownLevel})
}

// simWorld makes random requirement sets and profiles over a catalog of
// several scales.
func simWorld(rng *rand.Rand) (*competency.Index, [][]competency.Requirement, []competency.Profile) {
	scales := []competency.Scale{rangeScale("one-five", 1, 5, 1), rangeScale("tens", 0, 70, 1), rangeScale("odd", 1, 9, 2)}
	cat := competency.Catalog{Scales: scales, DefaultScale: "one-five"}
	nc := 5 + rng.IntN(30)
	for i := range nc {
		cat.Competencies = append(cat.Competencies, competency.Competency{ID: competency.ID(fmt.Sprint("c", i)), Name: fmt.Sprint("C", i), Kind: competency.Hard, Scale: scales[rng.IntN(3)].ID})
	}
	ix := competency.MustCompile(cat)
	level := func(c int) int {
		s, _ := ix.Scale(cat.Competencies[c].ID)
		return s.Levels[rng.IntN(len(s.Levels))].Value
	}
	sets := make([][]competency.Requirement, 1+rng.IntN(40))
	for i := range sets {
		for _, c := range rng.Perm(nc)[:rng.IntN(min(nc, 12))] {
			r := competency.Requirement{Competency: cat.Competencies[c].ID, Level: level(c)}
			if rng.IntN(2) == 0 {
				r = r.WithWeight([]float64{0.5, 1, 3, 1e-300, 1e300}[rng.IntN(5)])
			}
			sets[i] = append(sets[i], r)
		}
	}
	people := make([]competency.Profile, 1+rng.IntN(40))
	for i := range people {
		people[i].Subject = competency.SubjectID(fmt.Sprintf("s%03d", i))
		for _, c := range rng.Perm(nc)[:rng.IntN(min(nc, 12))] {
			people[i].Ratings = append(people[i].Ratings, competency.Rating{Competency: string(cat.Competencies[c].ID), Level: level(c)})
		}
	}
	return ix, sets, people
}

// TestSimilarCompiledEqualsDirect checks, on random worlds, that the
// compiled rankings give Similarity's and ProfileSimilarity's values bit
// for bit, in order, and that both are symmetric and in [0, 1].
func TestSimilarCompiledEqualsDirect(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(60) {
		rng := rand.New(rand.NewPCG(seed, 7))
		ix, sets, people := simWorld(rng)
		compiled, err := ix.Sets(ctx, sets)
		require.NoError(t, err, "Sets (seed %d)", seed)
		pop, err := ix.Population(ctx, people)
		require.NoError(t, err, "Population (seed %d)", seed)
		for i := range sets {
			want := naiveNeighbors(len(sets), i, func(j int) float64 {
				s, err := ix.Similarity(sets[i], sets[j])
				require.NoError(t, err, "Similarity")
				back, err := ix.Similarity(sets[j], sets[i])
				require.NoError(t, err, "Similarity reversed")
				require.Equal(t, s, back, "symmetric (seed %d, %d, %d)", seed, i, j)
				require.True(t, s >= 0 && s <= 1, "in [0, 1]: %v", s)
				c, err := compiled.Similarity(i, j)
				require.NoError(t, err, "Sets.Similarity")
				require.Equal(t, s, c, "Sets.Similarity equals Index.Similarity (seed %d)", seed)
				return s
			})
			got, err := compiled.Similar(ctx, i, 5)
			require.NoError(t, err, "Similar")
			assert.Equal(t, want[:min(5, len(want))], got, "Similar(%d) equals the direct ranking (seed %d)", i, seed)
		}
		for i := range people {
			pi := pop.Subject(i)
			want := naiveNeighbors(len(people), i, func(j int) float64 {
				a, b := profileBySubject(people, pi), profileBySubject(people, pop.Subject(j))
				s, err := ix.ProfileSimilarity(a, b, competency.Options{})
				require.NoError(t, err, "ProfileSimilarity")
				c, err := pop.Similarity(i, j)
				require.NoError(t, err, "Population.Similarity")
				require.Equal(t, s, c, "Population.Similarity equals ProfileSimilarity (seed %d)", seed)
				return s
			})
			got, err := pop.Similar(ctx, i, 4)
			require.NoError(t, err, "Population.Similar")
			assert.Equal(t, want[:min(4, len(want))], got, "Population.Similar(%d) equals the direct ranking (seed %d)", i, seed)
		}
	}
}

func profileBySubject(people []competency.Profile, s competency.SubjectID) competency.Profile {
	for _, p := range people {
		if p.Subject == s {
			return p
		}
	}
	panic("no profile " + s)
}

// naiveNeighbors ranks every j ≠ i with a score above 0, by score
// descending then index: a sort of everything, with no postings.
func naiveNeighbors(n, i int, score func(j int) float64) []competency.Neighbor {
	out := []competency.Neighbor{}
	for j := range n {
		if j == i {
			continue
		}
		if s := score(j); s > 0 {
			out = append(out, competency.Neighbor{Index: j, Score: s})
		}
	}
	// Insertion sort keeps it obviously right.
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && (out[b].Score > out[b-1].Score || (out[b].Score == out[b-1].Score && out[b].Index < out[b-1].Index)); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

func TestSimilarTies(t *testing.T) {
	ix := competency.MustCompile(small())
	s := []competency.Requirement{req("coaching", 3)}
	sets, err := ix.Sets(context.Background(), [][]competency.Requirement{s, s, s, s})
	require.NoError(t, err, "Sets")
	got, err := sets.Similar(context.Background(), 2, 2)
	require.NoError(t, err, "Similar")
	assert.Equal(t, []competency.Neighbor{{Index: 0, Score: 1}, {Index: 1, Score: 1}}, got, "equal sets tie at 1; the smaller indexes win, and set 2 is left out")
}

func TestSimilarStopsOnContext(t *testing.T) {
	ix := competency.MustCompile(small())
	sets, err := ix.Sets(context.Background(), [][]competency.Requirement{{req("coaching", 3)}, {req("coaching", 2)}})
	require.NoError(t, err, "Sets")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = sets.Similar(ctx, 0, 1)
	assert.ErrorIs(t, err, context.Canceled, "Similar with a done context")
	_, err = ix.Sets(ctx, nil)
	assert.ErrorIs(t, err, context.Canceled, "Sets with a done context")
}
