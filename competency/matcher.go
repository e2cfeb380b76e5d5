package competency

import (
	"cmp"
	"context"
	"fmt"
	"github.com/careerkit/careerkit/civil"
	"math"
	mbits "math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/careerkit/careerkit/problem"
)

// Matcher is a requirement set compiled for fast scoring against a
// Population: per-requirement credit tables computed once from the Scorer,
// competencies interned, descendants resolved. Its scores equal Analyze's
// with the same options, exactly. A Matcher is immutable and safe for
// concurrent use.
type Matcher struct {
	ix       *Index
	reqs     []Requirement // a deep copy: the caller's weights are not kept
	scorer   Scorer
	weighted bool // scorer is WeightedMean: aggregate inline
	policy   Policy
	asOf     civil.Date
	factor   float64 // DescendantCredit

	comp     []int32
	weight   []float64 // effective weights, as Items carry them
	norm     []float64 // weights scaled as WeightedMean.Score scales them
	required []bool
	need     []int32
	base     []float64   // credit when not held
	lo       []int32     // lowest level of each requirement's credit table
	hi       []int32     // highest level of each requirement's credit table
	toff     []int32     // offset of each requirement's credit table
	table    []float64   // credit by level: table[toff[r]+level-lo[r]]
	desc     [][]int32   // descendants of each requirement's competency, by ID
	trans    [][][]int16 // per descendant, its levels translated to the requirement's scale; nil for the same scale
	idRank   []int32     // rank of each competency's ID in sorted order
	bufs     sync.Pool   // *scoreBuf for Score

	// The fast path, for the built-in WeightedMean without descendant
	// credit: credit and verdict by requirement and level, indexed
	// r*stride + level + 1, where level -1 (index r*stride) is "not held".
	fast     bool
	stride   int
	fcredit  []float64
	fwc      []float64 // scaled weight × credit, the product Analyze computes
	fok      []bool    // requirement satisfied: preferred, or met
	ffail    []int32   // 1 where fok is false
	sumW     float64   // Σ scaled weight, in requirement order
	baseFail int       // required items an empty profile fails
	zeroBase bool      // an empty profile has credit 0 everywhere

	// The exact path, when every weight and credit of the fast path is a
	// rational with a small denominator: the score of a profile is N / M
	// with integers N and M, computed once and compared exactly. Tables
	// hold, per requirement and level as fcredit does, the gain over not
	// holding it: its weight × credit × denom less that of not holding it,
	// plus metUnit when it meets a required item an empty profile fails.
	exact    bool
	edelta   []uint64
	edelta32 []uint32 // edelta, when every sum fits in 24 bits
	ebase    uint64   // N of an empty profile
	etotal   uint64   // M, Σ weight × denom
	metBits  uint     // metUnit is 1 << metBits, above every N

	groupsOnce sync.Once
	dgroups    []denseGroup // the requirements grouped for dense populations
}

// scoreBuf is Score's scratch, for requirement sets too large for the stack
// or scorers that need Items.
type scoreBuf struct {
	out   []outcome
	items []Item
}

// Matcher compiles a requirement set. The requirements are checked as by
// ValidateRequirements, the options as by Analyze, and the scorer's credits
// are computed for every level of each requirement's scale and, when
// opts.DescendantCredit > 0, for every level of its descendants' scales,
// which may be other scales (a credit outside [0, 1] is an error). The
// Matcher keeps a deep copy of reqs: changing them afterwards, weights
// included, changes nothing.
func (ix *Index) Matcher(reqs []Requirement, opts Options) (*Matcher, error) {
	if ix == nil {
		return nil, fmt.Errorf("competency: matcher: nil index: %w", problem.ErrInvalid)
	}
	if err := opts.check("matcher"); err != nil {
		return nil, err
	}
	var errs problem.Errors
	ix.checkRequirements(reqs, &errs)
	if err := errs.Err("competency: invalid requirements"); err != nil {
		return nil, err
	}
	pol := opts.Policy
	if pol == "" {
		pol = Latest
	}
	sc := opts.scorer()
	_, weighted := sc.(WeightedMean)
	m := &Matcher{ix: ix, reqs: copyRequirements(reqs), scorer: sc, weighted: weighted, policy: pol, asOf: opts.AsOf, factor: opts.DescendantCredit}
	n := len(reqs)
	m.comp, m.weight, m.norm, m.required, m.need = make([]int32, n), make([]float64, n), make([]float64, n), make([]bool, n), make([]int32, n)
	m.base, m.lo, m.hi, m.toff, m.desc, m.trans = make([]float64, n), make([]int32, n), make([]int32, n), make([]int32, n), make([][]int32, n), make([][][]int16, n)
	top := 0.0
	var copies scaleCopies
	for i, r := range m.reqs {
		c := ix.byID[r.Competency]
		m.comp[i], m.weight[i], m.required[i], m.need[i] = c, r.EffectiveWeight(), r.Importance.IsRequired(), int32(r.Level)
		top = max(top, m.weight[i])
		own := ix.scaleOf[c]
		mine := copies.of(own)
		var err error
		if m.base[i], err = safeCredit(sc, r, NotHeld, mine); err != nil {
			return nil, err
		}
		// The table covers the levels of the competency's own scale; a
		// descendant's level is first translated to that scale.
		if m.factor > 0 {
			m.desc[i] = ix.walk(c, ix.children)
			m.trans[i] = make([][]int16, len(m.desc[i]))
			for j, d := range m.desc[i] {
				m.trans[i][j] = translation(own, ix.scaleOf[d])
			}
		}
		lo, hi := own.Min(), own.Max()
		m.lo[i], m.hi[i], m.toff[i] = int32(lo), int32(hi), int32(len(m.table))
		for l := lo; l <= hi; l++ {
			v := 0.0 // a level the scale lacks: never looked up
			if own.Has(l) {
				if v, err = safeCredit(sc, r, l, mine); err != nil {
					return nil, err
				}
			}
			m.table = append(m.table, v)
		}
	}
	shift := weightShift(top)
	for i, w := range m.weight {
		m.norm[i] = math.Ldexp(w, shift)
	}
	if m.factor > 0 {
		m.idRank = ix.idRanks()
	}
	m.compileFast()
	m.compileExact()
	m.bufs.New = func() any { return &scoreBuf{out: make([]outcome, n), items: make([]Item, n)} }
	return m, nil
}

// copyRequirements returns a deep copy of reqs: the weights are copied, not
// shared.
func copyRequirements(reqs []Requirement) []Requirement {
	out := slices.Clone(reqs)
	for i, r := range out {
		if r.Weight != nil {
			out[i] = r.WithWeight(*r.Weight)
		}
	}
	return out
}

// idRanks returns the rank of each competency's ID in sorted order.
func (ix *Index) idRanks() []int32 {
	order := make([]int32, len(ix.comps))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		switch {
		case ix.comps[a].ID < ix.comps[b].ID:
			return -1
		case ix.comps[a].ID > ix.comps[b].ID:
			return 1
		}
		return 0
	})
	rank := make([]int32, len(order))
	for r, c := range order {
		rank[c] = int32(r)
	}
	return rank
}

// Len returns the number of requirements; 0 for a nil Matcher.
func (m *Matcher) Len() int {
	if m == nil {
		return 0
	}
	return len(m.reqs)
}

// Requirements returns a deep copy of the requirement set: changing it, or a
// weight through it, changes neither the Matcher nor a later copy. It is nil
// for a nil Matcher.
func (m *Matcher) Requirements() []Requirement {
	if m == nil {
		return nil
	}
	return copyRequirements(m.reqs)
}

// credit returns the table credit of requirement r at level l.
func (m *Matcher) credit(r int, l int16) float64 {
	return m.table[m.toff[r]+int32(l)-m.lo[r]]
}

// outcome is the state of one requirement while a profile is scored.
type outcome struct {
	direct     int16 // level held directly, -1 when not
	descLevel  int16 // level of the best descendant, -1 when none
	descRank   int32
	descCredit float64
}

func (o *outcome) reset() { *o = outcome{direct: -1, descLevel: -1} }

// translation returns the levels of scale from translated to scale to,
// indexed by level value (levels from lacks are NotHeld), or nil when the
// two are the same scale.
func translation(to, from *Scale) []int16 {
	if to == from {
		return nil
	}
	t := make([]int16, from.Max()+1)
	for i := range t {
		t[i] = int16(to.Translate(i, *from))
	}
	return t
}

// offer records the level of the j-th descendant of requirement r when it
// beats the best so far (a higher credit, or the same credit and a smaller
// ID).
func (m *Matcher) offer(o *outcome, r, j int, l int16) {
	c := m.desc[r][j]
	if t := m.trans[r][j]; t != nil {
		l = t[l]
		if l < 0 {
			return
		}
	}
	v := m.credit(r, l) * m.factor
	if o.descLevel < 0 || v > o.descCredit || (v == o.descCredit && m.idRank[c] < o.descRank) {
		o.descLevel, o.descCredit, o.descRank = l, v, m.idRank[c]
	}
}

// settle turns an outcome into a credit and a verdict, as Analyze does: met
// directly stays met when a descendant wins on credit.
func (m *Matcher) settle(r int, o *outcome) (float64, bool) {
	c, have := m.base[r], int32(NotHeld)
	if o.direct >= 0 {
		c, have = m.credit(r, o.direct), int32(o.direct)
	}
	met := have >= m.need[r] || m.need[r] == 0
	if o.descLevel >= 0 && o.descCredit > c {
		c = o.descCredit
		met = met || (int32(o.descLevel) >= m.need[r] && m.factor == 1)
	}
	return c, met
}

// aggregate scores settled outcomes; items is scratch of len(m.reqs).
func (m *Matcher) aggregate(out []outcome, items []Item) (float64, bool) {
	if m.weighted {
		return m.weightedMean(out, items)
	}
	all := m.settleAll(out, items)
	return clampScore(m.scorer.Score(items)), all
}

// weightedMean is aggregate for the built-in weighted mean; items does not
// escape, so it may be on the caller's stack.
func (m *Matcher) weightedMean(out []outcome, items []Item) (float64, bool) {
	all := m.settleAll(out, items)
	return clampScore(exactMean(items)), all
}

// settleAll settles every outcome into items and reports whether every
// required item is met.
func (m *Matcher) settleAll(out []outcome, items []Item) bool {
	all := true
	for r := range out {
		c, met := m.settle(r, &out[r])
		items[r] = Item{Weight: m.weight[r], Required: m.required[r], Credit: c, Met: met}
		all = all && (met || !m.required[r])
	}
	return all
}

// levelOf returns the level profile p holds of competency c, or -1.
func (pop *Population) levelOf(p int, c int32) int16 {
	if pop.dense != nil {
		if col := pop.col[c]; col >= 0 {
			return int16(pop.dense[int(col)*len(pop.subjects)+p]) - 1
		}
		return -1
	}
	lo, hi := int(pop.offsets[p]), int(pop.offsets[p+1])
	if k, ok := slices.BinarySearch(pop.comps[lo:hi], c); ok {
		return pop.levels[lo+k]
	}
	return -1
}

// scoreOne scores profile p with scratch outcomes and items.
func (m *Matcher) scoreOne(pop *Population, p int, out []outcome, items []Item) (float64, bool) {
	m.resolve(pop, p, out)
	return m.aggregate(out, items)
}

// resolve fills the outcomes of profile p.
func (m *Matcher) resolve(pop *Population, p int, out []outcome) {
	for r := range out {
		o := &out[r]
		o.reset()
		o.direct = pop.levelOf(p, m.comp[r])
		for j, d := range m.desc[r] {
			if l := pop.levelOf(p, d); l >= 0 {
				m.offer(o, r, j, l)
			}
		}
	}
}

// fastScore is the score of profile p on the fast path, as aggregate gives
// it: the exact weighted mean of its credits (exactMean).
func (m *Matcher) fastScore(pop *Population, p int) float64 {
	var stack [32]Item
	items := stack[:0]
	if len(m.comp) > len(stack) {
		items = make([]Item, 0, len(m.comp))
	}
	for r, c := range m.comp {
		items = append(items, Item{Weight: m.weight[r], Credit: m.fcredit[r*m.stride+int(pop.levelOf(p, c))+1]})
	}
	return clampScore(exactMean(items))
}

// Score returns the score of the i-th profile of pop (in subject order) and
// whether it meets every required item. It allocates nothing in steady
// state, unless the weighted mean's exact sums do not fit 64 bits (weights
// or credits that are no small fraction; see WeightedMean.Score).
// A nil Matcher or Population is an error.
func (m *Matcher) Score(pop *Population, i int) (float64, bool, error) {
	if err := m.compatible(pop, "score"); err != nil {
		return 0, false, err
	}
	if i < 0 || i >= pop.Len() {
		return 0, false, fmt.Errorf("competency: score: profile %d out of range [0, %d): %w", i, pop.Len(), problem.ErrInvalid)
	}
	var stack [32]outcome
	var items [32]Item
	if m.weighted && len(m.reqs) <= len(stack) {
		m.resolve(pop, i, stack[:len(m.reqs)])
		s, met := m.weightedMean(stack[:len(m.reqs)], items[:len(m.reqs)])
		return s, met, nil
	}
	buf := m.bufs.Get().(*scoreBuf)
	s, met := m.scoreOne(pop, i, buf.out, buf.items)
	m.bufs.Put(buf) // not on a panic of the scorer: the buffer is dropped
	return s, met, nil
}

// compatible checks that m can score pop: neither is nil, and they share an
// index and a resolution policy.
func (m *Matcher) compatible(pop *Population, op string) error {
	switch {
	case m == nil:
		return fmt.Errorf("competency: %s: nil matcher: %w", op, problem.ErrInvalid)
	case pop == nil:
		return fmt.Errorf("competency: %s: nil population: %w", op, problem.ErrInvalid)
	case pop.ix != m.ix:
		return fmt.Errorf("competency: %s: the population and the matcher were compiled from different indexes: %w", op, problem.ErrInvalid)
	case pop.policy != m.policy:
		return fmt.Errorf("competency: %s: the population resolves ratings by %q, the matcher by %q: %w", op, pop.policy, m.policy, problem.ErrInvalid)
	case pop.asOf != m.asOf:
		return fmt.Errorf("competency: %s: the population counts ratings as of %s, the matcher as of %s: compile both with the same AsOf: %w", op, dateOrNone(pop.asOf), dateOrNone(m.asOf), problem.ErrInvalid)
	}
	return nil
}

// dateOrNone writes a date, or "no date" for the zero date.
func dateOrNone(d civil.Date) string {
	if d.IsZero() {
		return "no date"
	}
	return d.String()
}

// TopKOptions tune TopK.
type TopKOptions struct {
	// RequiredOnly keeps only profiles that meet every required item.
	RequiredOnly bool
	// Workers is how many goroutines score shards of the population; 0 or 1
	// scores on the calling goroutine, a negative value uses GOMAXPROCS.
	// The result does not depend on it.
	Workers int
}

// TopK returns the k best profiles of pop, best first; ties go to the
// smaller subject ID. k larger than the population returns every profile
// (that passes RequiredOnly); k ≤ 0 returns none. A nil Matcher or
// Population is an error.
//
// Ties are exact. The built-in weighted mean is computed exactly and
// rounded once (WeightedMean.Score), so profiles whose scores are
// mathematically equal have equal Scores, and the order is exactly "Score
// descending, subject ascending" on the Scores returned, which are those
// Analyze gives, bit for bit. With no descendant credit, when every weight
// and credit is a small fraction (integer weights and Linear or Step
// credit, say), profiles are ranked on exact integer ratios; otherwise on
// float sums, and those near the cut-off are rescored exactly before they
// are ordered. Other scorers are ordered by the scores they return.
//
// With Workers 0 or 1 TopK starts no goroutine: a panic of a custom Scorer
// is the caller's, as in Score. With more workers, a panic in a worker is
// recovered and returned as an error matching ErrPanic. TopK stops early,
// with ctx's error, when ctx is done.
func (m *Matcher) TopK(ctx context.Context, pop *Population, k int, opts TopKOptions) ([]Match, error) {
	if err := m.compatible(pop, "top k"); err != nil {
		return nil, err
	}
	if k <= 0 || pop.Len() == 0 {
		return nil, ctx.Err()
	}
	k = min(k, pop.Len())
	workers := opts.Workers
	if workers < 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, pop.Len()))
	rescore := m.fast && !m.exact // float sums, rescored exactly near the cut-off
	keep := k
	if rescore {
		keep = min(k+nearSlack, pop.Len())
	}
	for {
		best, err := m.collect(ctx, pop, keep, workers, opts.RequiredOnly)
		if err != nil {
			return nil, err
		}
		es := best.sorted()
		if !rescore {
			return m.matches(pop, es), nil
		}
		if len(es) == keep && keep < pop.Len() && near(es[keep-1].score, es[k-1].score) {
			keep = min(4*keep, pop.Len()) // profiles left out may tie with the k-th
			continue
		}
		m.exactOrder(pop, es)
		return m.matches(pop, es[:min(k, len(es))]), nil
	}
}

// collect ranks pop into a heap of the best keep, on the given number of
// workers (see TopK).
func (m *Matcher) collect(ctx context.Context, pop *Population, keep, workers int, requiredOnly bool) (topK, error) {
	heaps := make([]topK, workers)
	errs := make([]error, workers)
	if workers == 1 {
		heaps[0] = newTopK(keep)
		errs[0] = m.rank(ctx, pop, 0, pop.Len(), &heaps[0], requiredOnly)
	} else {
		var wg sync.WaitGroup
		for w := range workers {
			lo, hi := w*pop.Len()/workers, (w+1)*pop.Len()/workers
			heaps[w] = newTopK(keep)
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer recoverInto(&errs[w], "top k")
				errs[w] = m.rank(ctx, pop, lo, hi, &heaps[w], requiredOnly)
			}()
		}
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return topK{}, err
		}
	}
	best := heaps[0]
	for w := 1; w < workers; w++ {
		best.merge(&heaps[w])
	}
	return best, nil
}

// matches turns sorted entries into Matches.
func (m *Matcher) matches(pop *Population, es []entry) []Match {
	out := make([]Match, 0, len(es))
	for _, e := range es {
		score := e.score
		if m.exact { // e.score is N, of N / M: rounded once, it is Analyze's score
			score = 1
			if m.etotal > 0 {
				score = clampScore(e.score / float64(m.etotal))
			}
		}
		out = append(out, Match{Subject: pop.subjects[e.idx], Score: score, RequiredMet: e.met})
	}
	return out
}

// nearSlack is how many entries past the k-th TopK keeps on float sums, so
// that the profiles that may tie with the k-th are at hand for an exact
// rescoring.
const nearSlack = 16

// nearEps bounds the rounding error of a float score: far above that of a
// sum of a thousand rounded products, far below the smallest difference of
// interest.
const nearEps = 1e-12

// near reports whether two float scores are within rounding of each other.
func near(a, b float64) bool { return math.Abs(a-b) <= nearEps }

// exactOrder puts entries sorted on float sums in the exact order: each
// gets its exact score (fastScore, Analyze's), and they are sorted by that
// descending, then index. Float sums are within rounding (nearEps) of the
// exact scores, so the entries kept hold every profile that can be among
// the first k (TopK checks that none left out is near the k-th).
func (m *Matcher) exactOrder(pop *Population, es []entry) {
	for i := range es {
		es[i].score = m.fastScore(pop, int(es[i].idx))
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.idx, b.idx)) })
}

// compileFast fills the tables of the fast path, when it applies.
func (m *Matcher) compileFast() {
	if !m.weighted || m.factor > 0 {
		return
	}
	m.fast, m.zeroBase = true, true
	for r := range m.reqs {
		m.stride = max(m.stride, int(m.hi[r])+2)
	}
	m.fcredit = make([]float64, len(m.reqs)*m.stride)
	m.fwc = make([]float64, len(m.reqs)*m.stride)
	m.fok = make([]bool, len(m.reqs)*m.stride)
	m.ffail = make([]int32, len(m.reqs)*m.stride)
	for r := range m.reqs {
		row := r * m.stride
		m.fcredit[row] = m.base[r]
		m.fok[row] = !m.required[r] || m.need[r] == 0 // not held: met only at level 0
		if !m.fok[row] {
			m.baseFail++
		}
		if m.base[r] != 0 {
			m.zeroBase = false
		}
		// Without descendant credit the table is the competency's own
		// scale; levels outside it are never held and keep credit 0.
		for l := max(int(m.lo[r]), 0); l <= int(m.hi[r]); l++ {
			m.fcredit[row+l+1] = m.credit(r, int16(l))
			m.fok[row+l+1] = !m.required[r] || int32(l) >= m.need[r]
		}
		m.sumW += m.norm[r]
		for k := row; k < row+m.stride; k++ {
			m.fwc[k] = m.norm[r] * m.fcredit[k]
			if !m.fok[k] {
				m.ffail[k] = 1
			}
		}
	}
}

// maxExactDen is the largest denominator ratOf looks for.
const maxExactDen = 1 << 20

// ratOf returns the rational num/den with the smallest denominator among
// the continued-fraction convergents of x whose quotient, rounded to a
// float64, is x, with den ≤ maxExactDen and num ≤ 2⁵³; ok is false when
// there is none. It reads 1/3 back from float64(1)/float64(3), and any
// integer as itself.
func ratOf(x float64) (num, den int64, ok bool) {
	const maxNum = 1 << 53
	if math.IsNaN(x) || x < 0 || x > maxNum {
		return 0, 0, false
	}
	if x == math.Trunc(x) {
		return int64(x), 1, true
	}
	h0, h1, k0, k1 := int64(0), int64(1), int64(1), int64(0)
	f := x
	for range 64 {
		a := math.Floor(f)
		if a > maxNum {
			return 0, 0, false
		}
		ai := int64(a)
		h, k := ai*h1+h0, ai*k1+k0
		if k > maxExactDen || h > maxNum || h < 0 {
			return 0, 0, false
		}
		if float64(h)/float64(k) == x {
			return h, k, true
		}
		if f-a == 0 {
			return 0, 0, false
		}
		f = 1 / (f - a)
		h0, h1, k0, k1 = h1, h, k1, k
	}
	return 0, 0, false
}

// compileExact fills the tables of the exact path when the fast path
// applies and every weight and every credit a profile can earn is a small
// rational (ratOf), so that N and M fit: M ≤ 2⁵³, and N with the count of
// required items met in 48 bits. Credits must not decrease as the level
// rises, as Scorer requires; otherwise the exact path is not taken.
func (m *Matcher) compileExact() {
	if !m.fast {
		return
	}
	n := len(m.reqs)
	// weight × credit per requirement and level, as a fraction; d is 0 for
	// levels never held. Fractions are 64-bit, and the path is not taken
	// when one overflows.
	type frac struct{ n, d uint64 }
	terms := make([]frac, n*m.stride)
	ws := make([]frac, n)
	denom := uint64(1)
	lcm := func(d uint64) bool {
		hi, lo := mbits.Mul64(denom, d/gcd(denom, d))
		denom = lo
		return hi == 0
	}
	for r := range n {
		wn, wd, ok := ratOf(m.weight[r])
		if !ok || !lcm(uint64(wd)) {
			return
		}
		ws[r] = frac{uint64(wn), uint64(wd)}
		own := m.ix.scaleOf[m.comp[r]]
		row := r * m.stride
		for k := row; k < row+m.stride; k++ {
			if l := k - row - 1; l >= 0 && !own.Has(l) {
				continue
			}
			cn, cd, ok := ratOf(m.fcredit[k])
			if !ok {
				return
			}
			tn, td, ok := mulFrac(ws[r].n, ws[r].d, uint64(cn), uint64(cd))
			if !ok || !lcm(td) {
				return
			}
			terms[k] = frac{tn, td}
		}
	}
	scaled := func(x frac) (uint64, bool) { // x × denom, an integer
		hi, v := mbits.Mul64(x.n, denom/x.d)
		return v, hi == 0
	}
	var M uint64
	for _, w := range ws {
		v, ok := scaled(w)
		var carry uint64
		M, carry = mbits.Add64(M, v, 0)
		if !ok || carry != 0 {
			return
		}
	}
	if M >= 1<<53 { // distinct N/M then round to distinct floats: N's order is the Scores'
		return
	}
	for k, t := range terms {
		if t.d != 0 {
			v, ok := scaled(t)
			if !ok {
				return
			}
			terms[k].n = v
		}
	}
	bits := uint(64 - mbits.LeadingZeros64(M)) // 1 << bits > M
	if bits+uint(64-mbits.LeadingZeros64(uint64(m.baseFail+1))) > 48 {
		return
	}
	delta := make([]uint64, n*m.stride)
	var base uint64
	for r := range n {
		row := r * m.stride
		b := terms[row].n
		base += b
		for k := row + 1; k < row+m.stride; k++ {
			if terms[k].d == 0 {
				continue // never held
			}
			v := terms[k].n
			if v < b || (m.fok[row] && !m.fok[k]) {
				return // a credit or verdict that falls as the level rises
			}
			delta[k] = v - b
			if !m.fok[row] && m.fok[k] {
				delta[k] += 1 << bits
			}
		}
	}
	m.exact, m.edelta, m.ebase, m.etotal, m.metBits = true, delta, base, M, bits
	if bits+uint(64-mbits.LeadingZeros64(uint64(m.baseFail+1))) <= genShift32 {
		m.edelta32 = make([]uint32, len(delta))
		for i, d := range delta {
			m.edelta32[i] = uint32(d)
		}
	}
}
