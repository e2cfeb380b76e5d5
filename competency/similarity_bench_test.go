package competency_test

import (
	"context"
	"math"
	"sort"
	"testing"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
)

// naiveSet is a requirement set as string-keyed maps of the values the
// similarity formula uses: weight × position share of the level.
type naiveSet map[string]float64

// naiveSets prepares the baseline's input: the scale is 1–5 (the synthetic
// catalog's default), so a level's share is level/5.
func naiveSets(sets [][]competency.Requirement) []naiveSet {
	out := make([]naiveSet, len(sets))
	for i, s := range sets {
		out[i] = naiveSet{}
		for _, r := range s {
			out[i][string(r.Competency)] = r.EffectiveWeight() * float64(r.Level) / 5
		}
	}
	return out
}

// naiveSimilar is the baseline: a cosine over maps for every other set, then
// a sort of all of them.
func naiveSimilar(sets []naiveSet, i, k int) []competency.Neighbor {
	norm := func(s naiveSet) float64 {
		n := 0.0
		for _, v := range s {
			n += v * v
		}
		return math.Sqrt(n)
	}
	q, nq := sets[i], norm(sets[i])
	var all []competency.Neighbor
	for j, s := range sets {
		if j == i {
			continue
		}
		dot := 0.0
		for c, v := range q {
			dot += v * s[c]
		}
		if dot > 0 {
			all = append(all, competency.Neighbor{Index: j, Score: dot / (nq * norm(s))})
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].Score != all[b].Score {
			return all[a].Score > all[b].Score
		}
		return all[a].Index < all[b].Index
	})
	return all[:min(k, len(all))]
}

// BenchmarkSimilar finds the 10 requirement sets most like one set, among
// n and 4n clustered sets (roles like this one), and the 10 profiles most
// like one profile among 10,000 and 40,000 (people like this one): the naive
// baseline and the compiled path in the same run.
func BenchmarkSimilar(b *testing.B) {
	ctx := context.Background()
	shape := synth.Clustered()
	ix := competency.MustCompile(shape.Catalog())
	for _, n := range []int{2_000, 8_000} {
		sets := shape.RequirementSets(n, 3)
		naive := naiveSets(sets)
		compiled, err := ix.Sets(ctx, sets)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("sets/"+itoa(n)+"/naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				naiveSimilar(naive, i%n, 10)
			}
		})
		b.Run("sets/"+itoa(n)+"/compiled", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := compiled.Similar(ctx, i%n, 10); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, n := range []int{10_000, 40_000} {
		people := shape.Profiles(n, 5)
		pop, err := ix.Population(ctx, people)
		if err != nil {
			b.Fatal(err)
		}
		naive := make([]naiveSet, n)
		for i := range n {
			p := people[i]
			naive[i] = naiveSet{}
			for _, r := range p.Ratings {
				naive[i][r.Competency] = float64(r.Level) / 5
			}
		}
		b.Run("people/"+itoa(n)+"/naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				naiveSimilar(naive, i%n, 10)
			}
		})
		if _, err := pop.Similar(ctx, 0, 10); err != nil { // compute the norms before timing
			b.Fatal(err)
		}
		b.Run("people/"+itoa(n)+"/compiled", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := pop.Similar(ctx, i%n, 10); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
