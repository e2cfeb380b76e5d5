package competency

import (
	"cmp"
	"context"
	"math"
	mbits "math/bits"
	"slices"
	"weak"
)

// scratch is per-goroutine working memory for ranking one shard [base,
// base+n) of a population, reused through the population's free list so
// that ranking allocates nothing per pair or per posting. Only the general
// path (rankSparse) keeps a slot per profile of the shard, indexed by
// profile − base, every slot -1 between uses; the other paths work on a
// block of profiles at a time, in scratch of a fixed size.
type scratch struct {
	base    int       // first profile of the shard
	slot    []int32   // per profile: its row in outs, or -1
	touched []int32   // profiles with a row, in order of first touch
	outs    []outcome // rows of len(reqs) outcomes
	items   []Item
	one     []outcome
	// The exact sparse path: one cell per profile, its generation in the
	// top 16 bits and its sum (see Matcher.edelta) in the low 48; a cell
	// of another generation is 0. Bumping gen clears every cell at once.
	cells   []uint64
	gen     uint64
	cells32 []uint32 // as cells, its generation in the top 8 bits
	gen32   uint32
	pos     []int     // per requirement, the next posting in the block
	posts   [][]int32 // per requirement, its postings in the shard
	levels  [][]int16
	// The dense paths: sums for a block of profiles.
	block  []uint64
	fblock []float64
	iblock []int32
	live   []int16 // the profiles of a block that can still enter the heap
	groups []denseGroup
	// The float sparse path: per profile of a block its sum, its failed
	// required items and the generation (fgen) that last touched it.
	facc     []float64
	ffail    []int32
	fseen    []uint32
	fgen     uint32
	ftouched []int32
}

// genShift places a cell's generation above its sum; genShift32 in a
// 4-byte cell.
const (
	genShift   = 48
	genShift32 = 24
)

// denseBlock is how many profiles the dense paths sum at once, column by
// column: small enough that the block's sums stay in the first-level cache,
// and that an int16 holds an index into the block.
const denseBlock = 1024

// maxFreeScratch caps a population's free list of scratch.
const maxFreeScratch = 32

// getScratch returns scratch for a shard [lo, hi) and reqs requirements;
// with slots, its per-profile slot slice covers the shard.
func (pop *Population) getScratch(reqs, lo, hi int, slots bool) *scratch {
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
	var err error
	switch {
	case pop.dense != nil && m.exact && m.stride <= groupTable:
		s := pop.getScratch(len(m.reqs), lo, hi, false)
		err = m.rankDenseExact(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	case pop.dense != nil && m.fast:
		s := pop.getScratch(len(m.reqs), lo, hi, false)
		err = m.rankDenseFast(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	case m.exact:
		s := pop.getScratch(len(m.reqs), lo, hi, false)
		err = m.rankSparseExact(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	case pop.dense != nil:
		s := pop.getScratch(len(m.reqs), lo, hi, false)
		err = m.rankDense(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	case m.fast && m.zeroBase:
		s := pop.getScratch(len(m.reqs), lo, hi, false)
		err = m.rankSparseFast(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	default:
		s := pop.getScratch(len(m.reqs), lo, hi, true)
		err = m.rankSparse(ctx, pop, lo, hi, h, requiredOnly, s)
		pop.putScratch(s)
	}
	return err
}

// denseCols returns, per requirement, the column of pop that holds its
// competency (the never-held last column when nobody holds it). It is the
// one small allocation of a dense ranking.
func (m *Matcher) denseCols(pop *Population) []int {
	cols := make([]int, len(m.reqs))
	for r := range cols {
		cols[r] = pop.width - 1
		if c := pop.col[m.comp[r]]; c >= 0 {
			cols[r] = int(c)
		}
	}
	return cols
}

// rankDenseFast scores every profile from the dense columns with the
// built-in weighted mean, a block of profiles at a time: per requirement,
// one pass down its column adding the weight × credit of each cell, in
// requirement order, as Analyze sums.
func (m *Matcher) rankDenseFast(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	n := pop.Len()
	cols := m.denseCols(pop)
	if len(s.fblock) < denseBlock {
		s.fblock, s.iblock = make([]float64, denseBlock), make([]int32, denseBlock)
	}
	for start := lo; start < hi; start += denseBlock {
		if err := ctx.Err(); err != nil {
			return err
		}
		size := min(denseBlock, hi-start)
		acc, fail := s.fblock[:size], s.iblock[:size]
		clear(acc)
		clear(fail)
		for r, c := range cols {
			row := r * m.stride
			wc, ff := m.fwc[row:row+m.stride], m.ffail[row:row+m.stride]
			for i, v := range pop.dense[c*n+start : c*n+start+size] {
				acc[i] += wc[v]
				fail[i] += ff[v]
			}
		}
		for i, sum := range acc {
			ok := fail[i] == 0
			if requiredOnly && !ok {
				continue
			}
			h.push(entry{m.finish(sum), int32(start + i), ok})
		}
	}
	return nil
}

// rankDenseExact is rankDenseFast on the exact path: integer sums,
// compared exactly, with no division. Integer sums do not depend on their
// order, so requirements are taken in groups of up to three whose tables
// are added together beforehand (a table of every combination of levels):
// one pass down the block per group rather than per requirement.
//
// Once the heap is full, a profile whose sum so far plus the most the
// later groups can add stays below the worst kept cannot enter it. After
// each group, the profiles of the block that still can are listed; when
// few are left, the later groups are added for those alone.
func (m *Matcher) rankDenseExact(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	n := pop.Len()
	cols := m.denseCols(pop)
	if len(s.block) < denseBlock {
		s.block, s.live = make([]uint64, denseBlock), make([]int16, denseBlock)
	}
	groups := m.denseGroups(cols, s)
	mask := uint64(1)<<m.metBits - 1
	for start := lo; start < hi; start += denseBlock {
		if err := ctx.Err(); err != nil {
			return err
		}
		size := min(denseBlock, hi-start)
		acc := s.block[:size]
		clear(acc)
		floor := m.floor(h)
		var live []int16 // nil: every profile of the block
		for _, g := range groups {
			c0, c1, c2 := g.columns(pop.dense, n, start, size)
			cut := uint64(0) // the least sum below the met bits that can still enter
			if floor > g.rest {
				cut = floor - g.rest
			}
			if live == nil {
				// A listed profile costs about twice a profile of a full
				// pass: list them once at most half are left.
				if k := addAll(acc, c0, c1, c2, s.live[:size], g.table, g.shift, mask, cut); k <= size/2 {
					live = s.live[:k]
				}
			} else {
				live = live[:addLive(acc, c0, c1, c2, live, g.table, g.shift, mask, cut)]
			}
		}
		if live == nil {
			for i, a := range acc {
				if a&mask >= floor {
					m.pushExact(h, int32(start+i), a, requiredOnly)
					floor = m.floor(h)
				}
			}
		} else {
			for _, i := range live {
				if a := acc[i]; a&mask >= floor {
					m.pushExact(h, int32(start)+int32(i), a, requiredOnly)
					floor = m.floor(h)
				}
			}
		}
	}
	return nil
}

// pushExact offers profile p, whose exact sum is a, to h.
func (m *Matcher) pushExact(h *topK, p int32, a uint64, requiredOnly bool) {
	ok := a>>m.metBits == uint64(m.baseFail)
	if requiredOnly && !ok {
		return
	}
	e := entry{float64(int64(m.ebase + a&(1<<m.metBits-1))), p, ok}
	if len(h.h) == h.k && e.score < h.h[0].score {
		return // below the worst kept: the common case, decided inline
	}
	h.push(e)
}

// floor returns the least sum below the met bits (N − ebase) with which a
// profile can enter h on the exact path, rounded down: 0 until h is full.
func (m *Matcher) floor(h *topK) uint64 {
	if h.k == 0 || len(h.h) < h.k || !(h.h[0].score > float64(m.ebase)) {
		return 0
	}
	return uint64(h.h[0].score) - m.ebase
}

// groupTable is the largest table of a group of requirements on the exact
// dense path: combinations of levels index it.
const groupTable = 1024

// denseGroup is up to three requirements whose tables are added together:
// table[(v0<<shift|v1)<<shift|v2] is the sum of their gains for cells v0,
// v1 and v2 of their columns (v0<<shift|v1 for two, v0 for one).
type denseGroup struct {
	size  int
	shift uint
	reqs  [3]int              // the group's requirements (the last repeated in smaller groups)
	cols  [3]int              // their columns in a population, set per ranking
	table *[groupTable]uint64 // of fixed size, so that addAll checks no index
	rest  uint64              // Σ, over the later groups, of their largest gain below the met bits
}

// columns returns the group's cells for the profiles [start, start+size)
// of a dense matrix with n profiles: three columns, the zero column in
// place of those a smaller group lacks, since a zero cell shifted in adds
// nothing to a table's index.
func (g *denseGroup) columns(dense []uint8, n, start, size int) (c0, c1, c2 []uint8) {
	switch g.size {
	case 3:
		return dense[g.cols[0]*n+start:][:size], dense[g.cols[1]*n+start:][:size], dense[g.cols[2]*n+start:][:size]
	case 2:
		return zeros[:size], dense[g.cols[0]*n+start:][:size], dense[g.cols[1]*n+start:][:size]
	}
	return zeros[:size], zeros[:size], dense[g.cols[0]*n+start:][:size]
}

// zeros stands for the columns a smaller group lacks.
var zeros [denseBlock]uint8

// addAll adds a group's gains, from its table t indexed by cells c0, c1
// and c2 shifted by s, to the sums of every profile of a block, and lists
// in live the profiles whose sums below the met bits reach cut, returning
// how many. It is kept out of line, and t has a fixed size whose mask
// keeps the index in range without a check, so that its loop keeps its
// variables in registers.
//
//go:noinline
func addAll(acc []uint64, c0, c1, c2 []uint8, live []int16, t *[groupTable]uint64, s uint, mask, cut uint64) int {
	k := 0
	s &= 63
	acc, c1, c2, live = acc[:len(c0)], c1[:len(c0)], c2[:len(c0)], live[:len(c0)]
	for i, v := range c0 {
		a := acc[i] + t[((uint(v)<<s|uint(c1[i]))<<s|uint(c2[i]))&(groupTable-1)]
		acc[i], live[k] = a, int16(i)
		if a&mask >= cut {
			k++
		}
	}
	return k
}

// addLive is addAll for the profiles in live only, which it keeps, in
// place, while their sums below the met bits reach cut.
//
//go:noinline
func addLive(acc []uint64, c0, c1, c2 []uint8, live []int16, t *[groupTable]uint64, s uint, mask, cut uint64) int {
	k := 0
	s &= 63
	acc, c1, c2 = acc[:len(c0)], c1[:len(c0)], c2[:len(c0)]
	for _, i := range live {
		a := acc[i] + t[((uint(c0[i])<<s|uint(c1[i]))<<s|uint(c2[i]))&(groupTable-1)]
		acc[i], live[k] = a, i
		if a&mask >= cut {
			k++
		}
	}
	return k
}

// denseGroups returns the groups of rankDenseExact in scratch s, their
// columns those of cols.
func (m *Matcher) denseGroups(cols []int, s *scratch) []denseGroup {
	s.groups = append(s.groups[:0], m.groups()...)
	for i := range s.groups {
		g := &s.groups[i]
		for j := range 3 {
			g.cols[j] = cols[g.reqs[j]]
		}
	}
	return s.groups
}

// groups returns the requirements grouped for rankDenseExact, computed on
// first use: by as many as fit a table of groupTable entries (rank takes
// this path only when one does). Requirements are taken largest gain
// first, so that the bound on what the later groups can add falls fastest
// and profiles that cannot enter are dropped early.
func (m *Matcher) groups() []denseGroup {
	m.groupsOnce.Do(func() {
		st, t := m.stride, m.edelta
		shift := uint(max(1, mbits.Len(uint(st-1))))
		size := max(1, min(3, (mbits.Len(groupTable)-1)/int(shift)))
		mask := uint64(1)<<m.metBits - 1
		top := func(r int) uint64 { // requirement r's largest gain below the met bits
			var v uint64
			for _, d := range t[r*st : (r+1)*st] {
				v = max(v, d&mask)
			}
			return v
		}
		order := make([]int, len(m.reqs))
		for r := range order {
			order[r] = r
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(top(b), top(a)) })
		for r0 := 0; r0 < len(order); r0 += size {
			g := denseGroup{size: min(size, len(order)-r0), shift: shift}
			for j := range 3 {
				g.reqs[j] = order[r0+min(j, g.size-1)]
			}
			g.table = new([groupTable]uint64)
			nb, nc := st, st // the values of v1 and v2, 1 when unused
			if g.size < 3 {
				nc = 1
			}
			if g.size < 2 {
				nb = 1
			}
			r, q, u := g.reqs[0]*st, g.reqs[1]*st, g.reqs[2]*st
			for a := range st {
				for b := range nb {
					for c := range nc {
						v, i := t[r+a], a
						switch g.size {
						case 3:
							v += t[q+b] + t[u+c]
							i = (a<<shift|b)<<shift | c
						case 2:
							v += t[q+b]
							i = a<<shift | b
						}
						g.table[i] = v
						g.rest = max(g.rest, v&mask) // the group's own, for now
					}
				}
			}
			m.dgroups = append(m.dgroups, g)
		}
		var rest uint64
		for i := len(m.dgroups) - 1; i >= 0; i-- {
			top := m.dgroups[i].rest
			m.dgroups[i].rest = rest
			rest += top
		}
	})
	return m.dgroups
}

// rankSparseExact walks the postings of the required competencies, as
// rankSparseFast does, on the exact path, a block of sparseBlock profiles
// at a time so that the block's cells stay in cache: per posting one
// read-modify-write of one cell, no branch, and no reset pass (a new
// generation clears the cells). Cells are 4 bytes when the sums fit in 24
// bits, 8 otherwise.
func (m *Matcher) rankSparseExact(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	if cap(s.touched) < sparseBlock+1 { // a spare slot: addCells writes before it counts
		s.touched = make([]int32, 0, sparseBlock+1)
	}
	if m.edelta32 != nil {
		if s.cells32 == nil {
			s.cells32 = make([]uint32, sparseBlock)
		}
		return rankCells(ctx, m, pop, lo, hi, h, requiredOnly, s, s.cells32, m.edelta32, &s.gen32, genShift32, 1<<(32-genShift32)-1)
	}
	if s.cells == nil {
		s.cells = make([]uint64, sparseBlock)
	}
	return rankCells(ctx, m, pop, lo, hi, h, requiredOnly, s, s.cells, m.edelta, &s.gen, genShift, 1<<(64-genShift)-1)
}

// sparseBlock is how many profiles rankSparseExact sums at once: their
// cells, with the postings streaming past, stay in the first-level cache.
const sparseBlock = 4096

// startPostings sets s up for a walk of the shard [lo, hi) in blocks:
// per requirement of m, its postings and their levels in the shard, and
// a position at the first of them.
func (s *scratch) startPostings(m *Matcher, pop *Population, lo, hi int) ([][]int32, [][]int16) {
	if len(s.pos) < len(m.reqs) {
		s.pos = make([]int, len(m.reqs))
	}
	posts, levels := s.posts[:0], s.levels[:0]
	for r := range m.reqs {
		ps, ls := pop.postings(m.comp[r], lo, hi)
		posts, levels = append(posts, ps), append(levels, ls)
		s.pos[r] = 0
	}
	s.posts, s.levels = posts, levels
	return posts, levels
}

// rankCells is rankSparseExact on cells of type C, whose generation is
// *gen, in the bits from shift up: a cell below gen<<shift belongs to an
// older generation and counts as 0. After generation last the cells are
// cleared and the count starts again.
func rankCells[C uint32 | uint64](ctx context.Context, m *Matcher, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch, cells []C, delta []C, gen *C, shift uint, last C) error {
	n := len(m.reqs)
	posts, levels := s.startPostings(m, pop, lo, hi)
	mask := uint64(1)<<m.metBits - 1
	base := entry{float64(m.ebase), 0, m.baseFail == 0}
	baseDone := requiredOnly && !base.met // untouched profiles cannot enter
	touched := s.touched[:sparseBlock+1]
	for start := lo; start < hi; start += sparseBlock {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(start+sparseBlock, hi)
		if *gen == last {
			clear(cells)
			*gen = 0
		}
		*gen++
		stamp := *gen << shift
		nt := 0
		for r := range n {
			k := s.pos[r]
			var used int
			nt, used = addCells(cells, touched, nt, posts[r][k:], levels[r][k:], delta[r*m.stride:(r+1)*m.stride], start, end, stamp)
			s.pos[r] = k + used
		}
		floor := m.floor(h)
		for _, p := range touched[:nt] {
			if a := uint64(cells[int(p)-start] - stamp); a&mask >= floor {
				m.pushExact(h, p, a, requiredOnly)
				floor = m.floor(h)
			}
		}
		// Untouched profiles all score like an empty profile; in subject
		// order, the first that the heap refuses ends the walk for good.
		for p := start; p < end && !baseDone; p++ {
			if cells[p-start] >= stamp {
				continue
			}
			base.idx = int32(p)
			if !h.accepts(base) {
				baseDone = true
			}
			h.push(base)
		}
	}
	return nil
}

// addCells adds to cells, the sums of the block of profiles [start, end),
// the gains t of the postings ps at levels ls up to the first of end or
// beyond, listing in touched from nt the profiles whose cells were of an
// older generation than stamp; it returns the new length of touched and
// how many postings it added. It is kept out of line so that its few
// variables stay in registers (inlined, the loop counters spill to memory).
//
//go:noinline
func addCells[C uint32 | uint64](cells []C, touched []int32, nt int, ps []int32, ls []int16, t []C, start, end int, stamp C) (int, int) {
	ls = ls[:len(ps)]
	for k, p := range ps {
		if int(p) >= end {
			return nt, k
		}
		j := int(p) - start
		v := cells[j]
		touched[nt] = p
		if v < stamp {
			nt++
		}
		cells[j] = max(v, stamp) + t[int(ls[k])+1]
	}
	return nt, len(ps)
}

// finish turns Σ weight·credit into a score, as WeightedMean does.
func (m *Matcher) finish(sumWC float64) float64 {
	if m.sumW == 0 {
		return 1
	}
	return clampScore(sumWC / m.sumW)
}

// rankSparseFast walks the postings of the required competencies with the
// float tables of compileFast (the built-in weighted mean, no descendant
// credit), as rankSparseExact does on integers: a block of
// sparseBlock profiles at a time, whose sums and failed-required counts
// stay in cache, with a generation per profile in place of a reset pass,
// so that its scratch does not grow with the population. Each profile's
// sum adds its requirements in their order, whatever the blocks.
func (m *Matcher) rankSparseFast(ctx context.Context, pop *Population, lo, hi int, h *topK, requiredOnly bool, s *scratch) error {
	n := len(m.reqs)
	if s.facc == nil {
		s.facc, s.ffail, s.fseen = make([]float64, sparseBlock), make([]int32, sparseBlock), make([]uint32, sparseBlock)
		s.ftouched = make([]int32, 0, sparseBlock)
	}
	posts, levels := s.startPostings(m, pop, lo, hi)
	acc, fail, seen := (*[sparseBlock]float64)(s.facc), (*[sparseBlock]int32)(s.ffail), (*[sparseBlock]uint32)(s.fseen)
	ok := m.baseFail == 0
	baseDone := requiredOnly && !ok // untouched profiles cannot enter
	base := entry{m.finish(0), 0, ok}
	for start := lo; start < hi; start += sparseBlock {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(start+sparseBlock, hi)
		if s.fgen == math.MaxUint32 {
			clear(seen[:])
			s.fgen = 0
		}
		s.fgen++
		gen, touched := s.fgen, s.ftouched[:0]
		for r := range n {
			row, k := r*m.stride, s.pos[r]
			gain := int32(0)
			if !m.fok[row] {
				gain = 1 // a required item an empty profile fails
			}
			ps, ls := posts[r][k:], levels[r][k:]
			ls = ls[:len(ps)]
			used := len(ps)
			for q, p := range ps {
				if int(p) >= end {
					used = q
					break
				}
				j := (int(p) - start) & (sparseBlock - 1)
				if seen[j] != gen {
					seen[j], acc[j], fail[j] = gen, 0, 0
					touched = append(touched, p)
				}
				i := row + int(ls[q]) + 1
				acc[j] += m.fwc[i]
				if m.fok[i] {
					fail[j] -= gain
				}
			}
			s.pos[r] = k + used
		}
		for _, p := range touched {
			j := int(p) - start
			met := int(fail[j])+m.baseFail == 0
			if !requiredOnly || met {
				h.push(entry{m.finish(acc[j]), p, met})
			}
		}
		s.ftouched = touched
		// Untouched profiles all score like an empty profile; in subject
		// order, the first that the heap refuses ends the walk for good.
		for p := start; p < end && !baseDone; p++ {
			if seen[p-start] == gen {
				continue
			}
			base.idx = int32(p)
			if !h.accepts(base) {
				baseDone = true
			}
			h.push(base)
		}
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
