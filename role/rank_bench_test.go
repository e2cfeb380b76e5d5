package role_test

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
)

// naiveRank is how a user ranks candidates by hand: a map of each
// candidate's ratings, the weighted mean of linear credits (levels are
// positions on the 1–5 scale), and a sort of every score. It scores the
// competency part only, so it does less than RankCandidates.
func naiveRank(cands []role.Candidate, reqs []competency.Requirement, k int) []role.Ranked {
	out := make([]role.Ranked, 0, len(cands))
	for _, c := range cands {
		levels := make(map[string]int, len(c.Profile.Ratings))
		for _, r := range c.Profile.Ratings {
			levels[r.Competency] = r.Level
		}
		var sumW, sumWC float64
		for _, r := range reqs {
			w := r.EffectiveWeight()
			sumW += w
			if need := r.Level; need > 0 {
				sumWC += w * min(float64(levels[string(r.Competency)])/float64(need), 1)
			} else {
				sumWC += w
			}
		}
		out = append(out, role.Ranked{Subject: c.Profile.Subject, Score: sumWC / sumW})
	}
	slices.SortFunc(out, func(a, b role.Ranked) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject))
	})
	return out[:min(k, len(out))]
}

// naivePrebuilt is naiveRank with each candidate's map of ratings built
// once, beforehand, as a user ranking the same people for many roles would.
// naiveRank keeps its own loop: there, each map lives for one candidate
// only, and the compiler keeps it off the heap.
type naivePrebuilt struct {
	subjects []competency.SubjectID
	levels   []map[string]int
}

func prebuild(cands []role.Candidate) naivePrebuilt {
	var n naivePrebuilt
	for _, c := range cands {
		levels := make(map[string]int, len(c.Profile.Ratings))
		for _, r := range c.Profile.Ratings {
			levels[r.Competency] = r.Level
		}
		n.subjects = append(n.subjects, c.Profile.Subject)
		n.levels = append(n.levels, levels)
	}
	return n
}

func (n naivePrebuilt) rank(reqs []competency.Requirement, k int) []role.Ranked {
	out := make([]role.Ranked, 0, len(n.subjects))
	for i, levels := range n.levels {
		var sumW, sumWC float64
		for _, r := range reqs {
			w := r.EffectiveWeight()
			sumW += w
			if need := r.Level; need > 0 {
				sumWC += w * min(float64(levels[string(r.Competency)])/float64(need), 1)
			} else {
				sumWC += w
			}
		}
		out = append(out, role.Ranked{Subject: n.subjects[i], Score: sumWC / sumW})
	}
	slices.SortFunc(out, func(a, b role.Ranked) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Subject, b.Subject))
	})
	return out[:min(k, len(out))]
}

// BenchmarkRankCandidates ranks 10,000 candidates for the sample manager
// role per operation, top 10, in the same run: the naive baseline,
// RankCandidates (validation and compilation of the candidates included),
// and then per ranking once the candidates are loaded: the naive baseline
// with its maps built beforehand and Pool.Rank on a Pool built beforehand.
func BenchmarkRankCandidates(b *testing.B) {
	cat, err := examples.Catalog()
	if err != nil {
		b.Fatal(err)
	}
	r, err := examples.ManagerRole()
	if err != nil {
		b.Fatal(err)
	}
	ix := competency.MustCompile(cat)
	cands := randomCandidates(ix, 10_000, 1)
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			naiveRank(cands, r.Requirements, 10)
		}
	})
	b.Run("compiled", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := role.RankCandidates(context.Background(), ix, r, cands, 10, role.FitOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive-prebuilt", func(b *testing.B) {
		n := prebuild(cands)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			n.rank(r.Requirements, 10)
		}
	})
	b.Run("pool", func(b *testing.B) {
		pool, err := role.NewPool(context.Background(), ix, cands, role.FitOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			if _, err := pool.Rank(context.Background(), r, 10, role.FitOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
