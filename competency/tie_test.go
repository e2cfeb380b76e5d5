package competency_test

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
)

// tieWorld is a catalog of comps competencies on the default 1–5 scale and
// profiles that hold the first six, or some of them, at levels drawn from
// few values, so that thousands of profiles tie exactly; the other
// competencies, held by few, keep the population sparse unless dense.
type tieWorld struct {
	ix       *competency.Index
	profiles []competency.Profile
	levels   []map[competency.ID]int
}

func newTieWorld(t *testing.T, n int, dense bool, seed uint64) tieWorld {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 11))
	const comps = 40
	cs := make([]competency.Competency, comps)
	for i := range cs {
		cs[i] = competency.Competency{ID: competency.ID(fmt.Sprintf("k%02d", i)), Name: fmt.Sprintf("K %d", i), Kind: competency.Hard}
	}
	w := tieWorld{ix: competency.MustCompile(competency.Catalog{Competencies: cs})}
	held := 6
	if dense {
		held = comps
	}
	for i := range n {
		p := competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("t%05d", (i*7919)%n))}
		lv := map[competency.ID]int{}
		for _, c := range rng.Perm(held)[:1+rng.IntN(held)] {
			l := []int{1, 2, 3, 5}[rng.IntN(4)]
			lv[cs[c].ID] = l
			p.Ratings = append(p.Ratings, competency.Rating{Competency: string(cs[c].ID), Level: l})
		}
		if !dense && rng.IntN(10) == 0 { // a rating nobody asks for
			c := 6 + rng.IntN(comps-6)
			p.Ratings = append(p.Ratings, competency.Rating{Competency: string(cs[c].ID), Level: 4})
		}
		w.profiles = append(w.profiles, p)
		w.levels = append(w.levels, lv)
	}
	return w
}

// exactScore is the weighted mean of linear credits as an exact rational:
// on the 1–5 scale a level is its own position, so the credit of level
// have against need is min(have/need, 1), and 0 when not held.
func exactScore(lv map[competency.ID]int, reqs []competency.Requirement) (*big.Rat, bool) {
	sum, total := new(big.Rat), new(big.Rat)
	met := true
	for _, r := range reqs {
		w := new(big.Rat).SetFloat64(r.EffectiveWeight())
		total.Add(total, w)
		have := lv[r.Competency]
		c := big.NewRat(int64(min(have, r.Level)), int64(r.Level))
		sum.Add(sum, c.Mul(c, w))
		if have < r.Level && r.Importance.IsRequired() {
			met = false
		}
	}
	return sum.Quo(sum, total), met
}

// floatScore is the same mean summed in floats, in requirement order, as a
// plain implementation would: exact ties can differ in its last bits.
func floatScore(lv map[competency.ID]int, reqs []competency.Requirement) float64 {
	var sum, total float64
	for _, r := range reqs {
		w := r.EffectiveWeight()
		total += w
		sum += w * (float64(min(lv[r.Competency], r.Level)) / float64(r.Level))
	}
	return sum / total
}

func TestTopKExactTies(t *testing.T) {
	// Weights 1, 2, 3 and 0.5 and needs 3 and 5: credits in thirds and
	// fifths, which float sums round differently in different orders.
	reqs := []competency.Requirement{
		req("k00", 3).WithWeight(1), req("k01", 3).WithWeight(2), req("k02", 5).WithWeight(3),
		req("k03", 5).WithWeight(1), req("k04", 3).WithWeight(0.5), req("k05", 5).WithWeight(2),
	}
	reqs[4].Importance = competency.Preferred
	for _, c := range []struct {
		name  string
		dense bool
	}{{"sparse", false}, {"dense", true}} {
		w := newTieWorld(t, 5000, c.dense, 3)
		pop, err := w.ix.Population(context.Background(), w.profiles)
		require.NoError(t, err, "Population %s", c.name)
		require.Equal(t, c.dense, pop.Dense(), "Population(%s).Dense", c.name)
		m, err := w.ix.Matcher(reqs, competency.Options{})
		require.NoError(t, err, "Matcher")
		type ref struct {
			subject competency.SubjectID
			score   *big.Rat
			met     bool
			float   float64 // the exact score rounded once
			naive   float64
		}
		var want []ref
		for i, p := range w.profiles {
			s, met := exactScore(w.levels[i], reqs)
			rep, err := w.ix.Analyze(context.Background(), p, reqs, competency.Options{})
			require.NoError(t, err, "Analyze %s", p.Subject)
			f, _ := s.Float64()
			require.Equal(t, f, rep.Score, "Analyze's score of %s is the exact mean rounded once", p.Subject)
			want = append(want, ref{p.Subject, s, met, f, floatScore(w.levels[i], reqs)})
		}
		slices.SortFunc(want, func(a, b ref) int { return cmp.Or(b.score.Cmp(a.score), cmp.Compare(a.subject, b.subject)) })
		// Float sums alone would misorder: some exact ties differ in their
		// last bits when summed in floats.
		split := 0
		for i := 1; i < len(want); i++ {
			if want[i].score.Cmp(want[i-1].score) == 0 && want[i].naive != want[i-1].naive {
				split++
			}
		}
		require.Positive(t, split, "%s: exact ties whose float sums differ", c.name)
		for _, o := range []competency.TopKOptions{{}, {Workers: 2}, {RequiredOnly: true}, {RequiredOnly: true, Workers: 3}} {
			exp := want
			if o.RequiredOnly {
				exp = slices.DeleteFunc(slices.Clone(want), func(r ref) bool { return !r.met })
			}
			for _, k := range []int{1, 10, 1000, len(w.profiles)} {
				got, err := m.TopK(context.Background(), pop, k, o)
				require.NoError(t, err, "TopK(%d, %+v) %s", k, o, c.name)
				require.Len(t, got, min(k, len(exp)), "TopK(%d, %+v) %s", k, o, c.name)
				for i, g := range got {
					require.Equal(t, exp[i].subject, g.Subject, "TopK(%d, %+v) %s: entry %d", k, o, c.name, i)
					require.Equal(t, exp[i].float, g.Score, "TopK(%d, %+v) %s: score of %s equals Analyze's", k, o, c.name, g.Subject)
					require.Equal(t, exp[i].met, g.RequiredMet, "TopK(%d, %+v) %s: met of %s", k, o, c.name, g.Subject)
				}
			}
		}
	}
}

func TestTopKExactTiesFloatWeights(t *testing.T) {
	// Weights that are no small fraction: TopK sums floats and rescores
	// the profiles near the cut-off exactly. Credits within a weight class
	// are in thirds or fifths, so many profiles tie exactly.
	reqs := []competency.Requirement{
		req("k00", 3).WithWeight(math.Sqrt2), req("k01", 3).WithWeight(math.Sqrt2), req("k02", 3).WithWeight(math.Sqrt2),
		req("k03", 5).WithWeight(math.Pi), req("k04", 5).WithWeight(math.Pi), req("k05", 5).WithWeight(math.Pi),
	}
	for _, dense := range []bool{false, true} {
		w := newTieWorld(t, 5000, dense, 4)
		pop, err := w.ix.Population(context.Background(), w.profiles)
		require.NoError(t, err, "Population dense=%v", dense)
		m, err := w.ix.Matcher(reqs, competency.Options{})
		require.NoError(t, err, "Matcher")
		type ref struct {
			subject competency.SubjectID
			key     float64 // the exact score, rounded once
			float   float64 // Analyze's
		}
		var want []ref
		split := 0
		exact := map[float64][]float64{}
		for i, p := range w.profiles {
			s, _ := exactScore(w.levels[i], reqs)
			key, _ := s.Float64()
			rep, err := w.ix.Analyze(context.Background(), p, reqs, competency.Options{})
			require.NoError(t, err, "Analyze %s", p.Subject)
			require.Equal(t, key, rep.Score, "Analyze's score of %s is the exact mean rounded once", p.Subject)
			want = append(want, ref{p.Subject, key, rep.Score})
			exact[key] = append(exact[key], floatScore(w.levels[i], reqs))
		}
		for _, fs := range exact {
			if slices.Min(fs) != slices.Max(fs) {
				split++
			}
		}
		require.Positive(t, split, "dense=%v: exact ties whose float sums differ", dense)
		slices.SortFunc(want, func(a, b ref) int { return cmp.Or(cmp.Compare(b.key, a.key), cmp.Compare(a.subject, b.subject)) })
		for _, o := range []competency.TopKOptions{{}, {Workers: 2}} {
			for _, k := range []int{1, 10, 100, len(w.profiles)} {
				got, err := m.TopK(context.Background(), pop, k, o)
				require.NoError(t, err, "TopK(%d, %+v) dense=%v", k, o, dense)
				require.Len(t, got, k, "TopK(%d, %+v) dense=%v", k, o, dense)
				for i, g := range got {
					require.Equal(t, want[i].subject, g.Subject, "TopK(%d, %+v) dense=%v: entry %d", k, o, dense, i)
					require.Equal(t, want[i].float, g.Score, "TopK(%d, %+v) dense=%v: score of %s equals Analyze's", k, o, dense, g.Subject)
				}
			}
		}
	}
}
