package competency

import (
	"context"
	"slices"
	"weak"
)

// scratch is per-goroutine working memory for ranking one shard [base,
// base+n) of a population, reused through the population's free list so
// that ranking allocates nothing per pair or per posting. The per-profile
// slices are indexed by profile − base and allocated only by the paths that
// use them, at the size of the shard; between uses every slot is -1 and
// every acc and fail 0.
type scratch struct {
	base    int       // first profile of the shard
	slot    []int32   // per profile: its row in outs (0 on the fast path), or -1
	touched []int32   // profiles with a row, in order of first touch
	outs    []outcome // rows of len(reqs) outcomes
	items   []Item
	one     []outcome
	acc     []float64 // fast path: per profile Σ weight·credit
	fail    []int32   // fast path: per profile, required items failed
}

// maxFreeScratch caps a population's free list of scratch.
const maxFreeScratch = 32

// getScratch returns scratch for a shard [lo, hi) and reqs requirements;
// with slots, its per-profile slot (and with fast, acc and fail) slices
// cover the shard.
func (pop *Population) getScratch(reqs, lo, hi int, slots, fast bool) *scratch {
	var s *scratch
	pop.mu.Lock()
	for s == nil && len(pop.free) > 0 {
		n := len(pop.free)
		s = pop.free[n-1].Value() // nil when a collection has freed it
		pop.free = pop.free[:n-1]
	}
	pop.mu.Unlock()
	if s == nil {
		s = &scratch{}
	}
	s.base = lo
	if n := hi - lo; slots && len(s.slot) < n {
		s.slot = make([]int32, n)
		for i := range s.slot {
			s.slot[i] = -1
		}
	}
	if n := hi - lo; fast && len(s.acc) < n {
		s.acc, s.fail = make([]float64, n), make([]int32, n)
	}
	if cap(s.items) < reqs {
		s.items = make([]Item, reqs)
		s.one = make([]outcome, reqs)
	}
	s.items, s.one = s.items[:reqs], s.one[:reqs]
	return s
}

// putScratch cleans s and keeps it for reuse: through a weak pointer, so the
// next collection frees it unless a ranking takes it first. Scratch thus
// follows the load: a burst of concurrent rankings leaves nothing behind
// once the garbage collector runs, however many there were.
func (pop *Population) putScratch(s *scratch) {
	for _, p := range s.touched {
		i := int(p) - s.base
		s.slot[i] = -1
		if i < len(s.acc) { // acc may be shorter, from a smaller shard on the fast path
			s.acc[i], s.fail[i] = 0, 0
		}
	}
	s.touched, s.outs = s.touched[:0], s.outs[:0]
	wp := weak.Make(s)
	pop.mu.Lock()
	if len(pop.free) < maxFreeScratch {
		pop.free = append(pop.free, wp)
	}
	pop.mu.Unlock()
}

// checkEvery is how many profiles are scored between checks of the context.
const checkEvery = 4096

// rank pushes the profiles [lo, hi) of pop into h. The dense fast path uses
// no scratch; the others take it from the population's free list and give
// it back when done (not after a panic: the scratch is then dropped).
func (m *Matcher) rank(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool) error {
	if pop.dense != nil && m.fast {
		return m.rankDenseFast(ctx, pop, lo, hi, h, requiredOnly)
	}
	var err error
	switch {
	case pop.dense != nil:
		s := pop.getScratch(len(m.reqs), lo, hi, false, false)
		err = m.rankDense(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	case m.fast && m.zeroBase:
		s := pop.getScratch(len(m.reqs), lo, hi, true, true)
		err = m.rankSparseFast(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	default:
		s := pop.getScratch(len(m.reqs), lo, hi, true, false)
		err = m.rankSparse(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	}
	return err
}

// rankDenseFast scores every profile from the dense matrix with the
// built-in weighted mean: per requirement one load of the level, one of the
// credit and one of the verdict, in requirement order, as Analyze sums.
func (m *Matcher) rankDenseFast(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool) error {
	n, w := len(m.reqs), pop.width
	// Per requirement: its column (the never-held last column when nobody
	// holds it) and the offset of its tables, so that the table index is
	// off[r] + level. One small allocation per shard, none per pair.
	cols := make([]int, n)
	off := make([]int, n)
	for r := range n {
		cols[r] = w - 1
		if c := pop.col[m.comp[r]]; c >= 0 {
			cols[r] = int(c)
		}
		off[r] = r*m.stride + 1
	}
	wc, fail := m.fwc, m.ffail
	for p := lo; p < hi; p++ {
		if (p-lo)%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		row := pop.dense[p*w : p*w+w]
		var sumWC float64
		var failed int32
		for r, col := range cols {
			k := off[r] + int(row[col])
			sumWC += wc[k]
			failed += fail[k]
		}
		ok := failed == 0
		if requiredOnly && !ok {
			continue
		}
		h.push(entry{m.finish(sumWC), int32(p), ok})
	}
	return nil
}

// finish turns Σ weight·credit into a score, as WeightedMean does.
func (m *Matcher) finish(sumWC float64) float64 {
	if m.sumW == 0 {
		return 1
	}
	return clampScore(sumWC / m.sumW)
}

// rankSparseFast walks the postings of the required competencies with the
// built-in weighted mean and no descendant credit, accumulating Σ
// weight·credit per profile in requirement order: it touches only the
// ratings that matter and allocates nothing.
func (m *Matcher) rankSparseFast(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	for r := range m.reqs {
		if err := ctx.Err(); err != nil {
			return err
		}
		ps, ls := pop.postings(m.comp[r], lo, hi)
		row := r * m.stride
		gain := int32(0)
		if !m.fok[row] {
			gain = 1 // a required item an empty profile fails
		}
		slot, acc, fail := s.slot[:hi-lo], s.acc[:hi-lo], s.fail[:hi-lo]
		for k, p := range ps {
			j := int(p) - lo
			if slot[j] < 0 {
				slot[j] = 0
				s.touched = append(s.touched, p)
			}
			i := row + int(ls[k]) + 1
			acc[j] += m.fwc[i]
			if m.fok[i] {
				fail[j] -= gain
			}
		}
	}
	for i, p := range s.touched {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		j := int(p) - lo
		ok := int(s.fail[j])+m.baseFail == 0
		if !requiredOnly || ok {
			h.push(entry{m.finish(s.acc[j]), p, ok})
		}
	}
	ok := m.baseFail == 0
	if requiredOnly && !ok {
		return nil
	}
	score := m.finish(0)
	for p := lo; p < hi; p++ {
		if s.slot[p-lo] >= 0 {
			continue
		}
		e := entry{score, int32(p), ok}
		if !h.accepts(e) {
			break
		}
		h.push(e)
	}
	return nil
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
	r := s.slot[int(p)-s.base]
	if r < 0 {
		r = int32(len(s.touched))
		s.slot[int(p)-s.base] = r
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
		for j, d := range m.desc[r] {
			ps, ls := pop.postings(d, lo, hi)
			for k, p := range ps {
				m.offer(&s.row(p, n)[r], r, j, ls[k])
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
		if s.slot[p-lo] >= 0 {
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
