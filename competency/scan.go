package competency

import (
	"context"
	"slices"
)

// scratch is per-goroutine working memory for ranking a population, reused
// through the population's pool so that ranking allocates nothing per pair
// or per posting.
type scratch struct {
	slot    []int32   // per profile: its row in outs, or -1
	touched []int32   // profiles with a row, in order of first touch
	outs    []outcome // rows of len(reqs) outcomes
	items   []Item
	one     []outcome
}

func (pop *Population) getScratch(reqs int) *scratch {
	s, _ := pop.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{slot: make([]int32, pop.Len())}
		for i := range s.slot {
			s.slot[i] = -1
		}
	}
	if cap(s.items) < reqs {
		s.items = make([]Item, reqs)
		s.one = make([]outcome, reqs)
	}
	s.items, s.one = s.items[:reqs], s.one[:reqs]
	return s
}

func (pop *Population) putScratch(s *scratch) {
	for _, p := range s.touched {
		s.slot[p] = -1
	}
	s.touched, s.outs = s.touched[:0], s.outs[:0]
	pop.pool.Put(s)
}

// checkEvery is how many profiles are scored between checks of the context.
const checkEvery = 4096

// rank pushes the profiles [lo, hi) of pop into h.
func (m *Matcher) rank(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool) error {
	s := pop.getScratch(len(m.reqs))
	defer pop.putScratch(s)
	if pop.dense != nil {
		return m.rankDense(ctx, pop, lo, hi, h, requiredOnly, s)
	}
	return m.rankSparse(ctx, pop, lo, hi, h, requiredOnly, s)
}

// rankDense scores every profile from the dense matrix.
func (m *Matcher) rankDense(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	for p := lo; p < hi; p++ {
		if (p-lo)%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		score, met := m.scoreOne(pop, p, s.one, s.items)
		if !requiredOnly || met {
			h.push(entry{score, int32(p), met})
		}
	}
	return nil
}

// postings returns the holders and levels of competency c among profiles [lo, hi).
func (pop *Population) postings(c int32, lo, hi int) ([]int32, []int16) {
	a, b := int(pop.poffsets[c]), int(pop.poffsets[c+1])
	hs := pop.holders[a:b]
	i, _ := slices.BinarySearch(hs, int32(lo))
	j, _ := slices.BinarySearch(hs, int32(hi))
	return hs[i:j], pop.hlevels[a+i : a+j]
}

// row returns the outcomes of profile p, creating them on first touch.
func (s *scratch) row(p int32, n int) []outcome {
	r := s.slot[p]
	if r < 0 {
		r = int32(len(s.touched))
		s.slot[p] = r
		s.touched = append(s.touched, p)
		for range n {
			s.outs = append(s.outs, outcome{direct: -1, descLevel: -1})
		}
	}
	return s.outs[int(r)*n : int(r+1)*n]
}

// rankSparse walks the postings of the required competencies (and their
// descendants), so it touches only the ratings that matter; profiles that hold
// none of them share the score of an empty profile.
func (m *Matcher) rankSparse(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	n := len(m.reqs)
	for r := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		ps, ls := pop.postings(m.comp[r], lo, hi)
		for k, p := range ps {
			s.row(p, n)[r].direct = ls[k]
		}
		for _, d := range m.desc[r] {
			ps, ls := pop.postings(d, lo, hi)
			for k, p := range ps {
				m.offer(&s.row(p, n)[r], r, d, ls[k])
			}
		}
	}
	for i, p := range s.touched {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		score, met := m.aggregate(s.outs[i*n:(i+1)*n], s.items)
		if !requiredOnly || met {
			h.push(entry{score, p, met})
		}
	}
	// Untouched profiles all score like an empty profile; in subject order,
	// the first that the heap refuses ends the walk.
	for r := range s.one {
		s.one[r].reset()
	}
	score, met := m.aggregate(s.one, s.items)
	if requiredOnly && !met {
		return nil
	}
	for p := lo; p < hi; p++ {
		if s.slot[p] >= 0 {
			continue
		}
		e := entry{score, int32(p), met}
		if !h.accepts(e) {
			break
		}
		h.push(e)
	}
	return nil
}
