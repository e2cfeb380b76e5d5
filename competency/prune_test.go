package competency_test

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
)

// TestDenseTopKSkipsOnlyWhatCannotEnter ranks dense populations of several
// thousand profiles, where TopK stops adding to the sums of profiles that
// can no longer enter the best k, and checks the result against Analyze's
// ranking of every profile. The scales have 5, 20 and 100 levels, so that
// requirements are summed in groups of three, two and one; levels are drawn
// towards the top, so many profiles tie at or near the best score.
func TestDenseTopKSkipsOnlyWhatCannotEnter(t *testing.T) {
	for _, top := range []int{5, 20, 100} {
		rng := rand.New(rand.NewPCG(uint64(top), 5))
		scale := competency.Scale{ID: "test", Name: "test"}
		for v := range top + 1 {
			scale.Levels = append(scale.Levels, competency.ScaleLevel{Value: v, Name: fmt.Sprintf("L%d", v)})
		}
		const comps = 24
		cs := make([]competency.Competency, comps)
		for i := range cs {
			cs[i] = competency.Competency{ID: competency.ID(fmt.Sprintf("d%02d", i)), Name: fmt.Sprintf("D %d", i), Kind: competency.Hard, Scale: "test"}
		}
		ix := competency.MustCompile(competency.Catalog{Scales: []competency.Scale{scale}, Competencies: cs})
		high := func() int { return top - min(top, rng.IntN(top+1)*rng.IntN(top+1)/top) } // skewed towards top
		profiles := make([]competency.Profile, 6000)
		for i := range profiles {
			p := competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("s%05d", (i*7919)%len(profiles)))}
			for _, c := range cs {
				if rng.IntN(20) > 0 { // a few cells not held
					p.Ratings = append(p.Ratings, competency.Rating{Competency: string(c.ID), Level: high()})
				}
			}
			profiles[i] = p
		}
		pop, err := ix.Population(context.Background(), profiles)
		require.NoError(t, err, "Population (%d levels)", top)
		require.True(t, pop.Dense(), "a dense population (%d levels)", top)
		for set := range 3 {
			var reqs []competency.Requirement
			for _, c := range rng.Perm(comps)[:18] {
				r := req(cs[c].ID, 1+rng.IntN(top)).WithWeight([]float64{1, 2, 3, 0.5}[rng.IntN(4)])
				if rng.IntN(3) == 0 {
					r.Importance = competency.Preferred
				}
				reqs = append(reqs, r)
			}
			what := fmt.Sprintf("%d levels, set %d", top, set)
			m, err := ix.Matcher(reqs, competency.Options{})
			require.NoError(t, err, "Matcher (%s)", what)
			var want []competency.Match
			for _, p := range profiles {
				rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
				require.NoError(t, err, "Analyze %s (%s)", p.Subject, what)
				want = append(want, competency.Match{Subject: p.Subject, Score: rep.Score, RequiredMet: rep.RequiredMet})
			}
			slices.SortFunc(want, func(a, b competency.Match) int {
				return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject))
			})
			met := slices.DeleteFunc(slices.Clone(want), func(x competency.Match) bool { return !x.RequiredMet })
			for _, o := range []competency.TopKOptions{{}, {Workers: 2}, {RequiredOnly: true}, {RequiredOnly: true, Workers: 3}} {
				exp := want
				if o.RequiredOnly {
					exp = met
				}
				for _, k := range []int{1, 10, 250} {
					got, err := m.TopK(context.Background(), pop, k, o)
					require.NoError(t, err, "TopK(%d, %+v) (%s)", k, o, what)
					require.Equal(t, orNil(exp[:min(k, len(exp))]), orNil(got), "TopK(%d, %+v) equals Analyze's ranking (%s)", k, o, what)
				}
			}
		}
	}
}

// TestSparseTopKEveryProfileTouched ranks a sparse population in which
// every profile of the first block holds every required competency, so
// that the block's list of touched profiles fills up and later postings
// still arrive.
func TestSparseTopKEveryProfileTouched(t *testing.T) {
	const n, others = 9000, 400
	cs := make([]competency.Competency, others+2)
	for i := range cs {
		cs[i] = competency.Competency{ID: competency.ID(fmt.Sprintf("e%03d", i)), Name: fmt.Sprintf("E %d", i), Kind: competency.Hard}
	}
	ix := competency.MustCompile(competency.Catalog{Competencies: cs})
	rng := rand.New(rand.NewPCG(1, 2))
	profiles := make([]competency.Profile, n)
	for i := range profiles {
		p := competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("u%05d", i))}
		for _, c := range cs[:2] { // everyone holds the two required competencies
			p.Ratings = append(p.Ratings, competency.Rating{Competency: string(c.ID), Level: 1 + rng.IntN(5)})
		}
		for _, j := range rng.Perm(others)[:3] { // and a few of the others: a sparse population
			p.Ratings = append(p.Ratings, competency.Rating{Competency: string(cs[2+j].ID), Level: 3})
		}
		profiles[i] = p
	}
	pop, err := ix.Population(context.Background(), profiles)
	require.NoError(t, err, "Population")
	require.False(t, pop.Dense(), "a sparse population")
	// Integer weights take the exact kernel; √2 and π, no small fractions,
	// the float one. Both sum the 9,000 profiles in three blocks.
	for _, w := range [][2]float64{{1, 2}, {math.Sqrt2, math.Pi}} {
		reqs := []competency.Requirement{req(cs[0].ID, 4).WithWeight(w[0]), req(cs[1].ID, 3).WithWeight(w[1])}
		m, err := ix.Matcher(reqs, competency.Options{})
		require.NoError(t, err, "Matcher")
		var want, met []competency.Match
		for _, p := range profiles {
			rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
			require.NoError(t, err, "Analyze %s", p.Subject)
			want = append(want, competency.Match{Subject: p.Subject, Score: rep.Score, RequiredMet: rep.RequiredMet})
		}
		slices.SortFunc(want, func(a, b competency.Match) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject))
		})
		for _, x := range want {
			if x.RequiredMet {
				met = append(met, x)
			}
		}
		for _, k := range []int{10, n} {
			for _, workers := range []int{1, 3} {
				got, err := m.TopK(context.Background(), pop, k, competency.TopKOptions{Workers: workers})
				require.NoError(t, err, "TopK(%d)", k)
				require.Equal(t, want[:k], got, "TopK(%d) equals Analyze's ranking (weights %v, %d workers)", k, w, workers)
				got, err = m.TopK(context.Background(), pop, k, competency.TopKOptions{Workers: workers, RequiredOnly: true})
				require.NoError(t, err, "TopK(%d, RequiredOnly)", k)
				require.Equal(t, met[:min(k, len(met))], got, "TopK(%d, RequiredOnly) equals Analyze's ranking (weights %v, %d workers)", k, w, workers)
			}
		}
	}
}
