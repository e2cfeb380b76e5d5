package competency

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/careerkit/careerkit/internal/validate"
)

// Matcher is a requirement set compiled for fast scoring against a
// Population: per-requirement credit tables computed once from the Scorer,
// competencies interned, descendants resolved. Its scores equal Analyze's
// with the same options, exactly. A Matcher is immutable and safe for
// concurrent use.
type Matcher struct {
	ix       *Index
	reqs     []Requirement
	scorer   Scorer
	weighted bool // scorer is WeightedMean: aggregate inline
	policy   Policy
	factor   float64 // DescendantCredit

	comp     []int32
	weight   []float64
	required []bool
	need     []int32
	base     []float64 // credit when not held
	lo       []int32   // lowest level of each requirement's scale
	toff     []int32   // offset of each requirement's credit table
	table    []float64 // credit by level: table[toff[r]+level-lo[r]]
	desc     [][]int32 // descendants of each requirement's competency, by ID
	idRank   []int32   // rank of each competency's ID in sorted order
	items    sync.Pool // *[]Item for Score

	// The fast path, for the built-in WeightedMean without descendant
	// credit: credit and verdict by requirement and level, indexed
	// r*stride + level + 1, where level -1 (index r*stride) is "not held".
	fast     bool
	stride   int
	fcredit  []float64
	fwc      []float64 // weight × credit, the product Analyze computes
	fok      []bool    // requirement satisfied: preferred, or met
	ffail    []int32   // 1 where fok is false
	sumW     float64
	baseFail int  // required items an empty profile fails
	zeroBase bool // an empty profile has credit 0 everywhere
}

// Matcher compiles a requirement set. The requirements are checked as by
// ValidateRequirements, the options as by Analyze, and the scorer's credits
// are computed for every level of each requirement's scale (a credit outside
// [0, 1] is an error).
func (ix *Index) Matcher(reqs []Requirement, opts Options) (*Matcher, error) {
	if err := opts.check("matcher"); err != nil {
		return nil, err
	}
	var errs validate.Errors
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
	m := &Matcher{ix: ix, reqs: slices.Clone(reqs), scorer: sc, weighted: weighted, policy: pol, factor: opts.DescendantCredit}
	n := len(reqs)
	m.comp, m.weight, m.required, m.need = make([]int32, n), make([]float64, n), make([]bool, n), make([]int32, n)
	m.base, m.lo, m.toff, m.desc = make([]float64, n), make([]int32, n), make([]int32, n), make([][]int32, n)
	for i, r := range reqs {
		c := ix.byID[r.Competency]
		m.comp[i], m.weight[i], m.required[i], m.need[i] = c, r.EffectiveWeight(), r.Importance.IsRequired(), int32(r.Level)
		var err error
		if m.base[i], err = safeCredit(sc, r, 0); err != nil {
			return nil, err
		}
		sc := ix.scaleOf[c]
		m.lo[i], m.toff[i] = int32(sc.Min()), int32(len(m.table))
		for l := sc.Min(); l <= sc.Max(); l++ {
			v := 0.0
			if sc.Has(l) {
				if v, err = safeCredit(m.scorer, r, l); err != nil {
					return nil, err
				}
			}
			m.table = append(m.table, v)
		}
		if m.factor > 0 {
			m.desc[i] = ix.walk(c, ix.children)
		}
	}
	if m.factor > 0 {
		m.idRank = ix.idRanks()
	}
	m.compileFast()
	m.items.New = func() any { s := make([]Item, n); return &s }
	return m, nil
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

// Len returns the number of requirements.
func (m *Matcher) Len() int { return len(m.reqs) }

// Requirements returns a copy of the requirement set.
func (m *Matcher) Requirements() []Requirement { return slices.Clone(m.reqs) }

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

// offer records a descendant's level when it beats the best so far (a
// higher credit, or the same credit and a smaller ID).
func (m *Matcher) offer(o *outcome, r int, c int32, l int16) {
	v := m.credit(r, l) * m.factor
	if o.descLevel < 0 || v > o.descCredit || (v == o.descCredit && m.idRank[c] < o.descRank) {
		o.descLevel, o.descCredit, o.descRank = l, v, m.idRank[c]
	}
}

// settle turns an outcome into a credit and a verdict, as Analyze does.
func (m *Matcher) settle(r int, o *outcome) (float64, bool) {
	c, have := m.base[r], int32(0)
	if o.direct >= 0 {
		c, have = m.credit(r, o.direct), int32(o.direct)
	}
	met := have >= m.need[r]
	if o.descLevel >= 0 && o.descCredit > c {
		c, met = o.descCredit, int32(o.descLevel) >= m.need[r] && m.factor == 1
	}
	return c, met
}

// aggregate scores settled outcomes; items is scratch of len(m.reqs).
func (m *Matcher) aggregate(out []outcome, items []Item) (float64, bool) {
	all := true
	if m.weighted {
		var sumW, sumWC float64
		for r := range out {
			c, met := m.settle(r, &out[r])
			sumW += m.weight[r]
			sumWC += float64(m.weight[r] * c)
			all = all && (met || !m.required[r])
		}
		if sumW == 0 {
			return 1, all
		}
		return clampScore(sumWC / sumW), all
	}
	for r := range out {
		c, met := m.settle(r, &out[r])
		items[r] = Item{Weight: m.weight[r], Required: m.required[r], Credit: c, Met: met}
		all = all && (met || !m.required[r])
	}
	return clampScore(m.scorer.Score(items)), all
}

// levelOf returns the level profile p holds of competency c, or -1.
func (pop *Population) levelOf(p int, c int32) int16 {
	if pop.dense != nil {
		if col := pop.col[c]; col >= 0 {
			return pop.dense[p*pop.width+int(col)]
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
	for r := range out {
		o := &out[r]
		o.reset()
		o.direct = pop.levelOf(p, m.comp[r])
		for _, d := range m.desc[r] {
			if l := pop.levelOf(p, d); l >= 0 {
				m.offer(o, r, d, l)
			}
		}
	}
	return m.aggregate(out, items)
}

// Score returns the score of the i-th profile of pop (in subject order) and
// whether it meets every required item. It allocates nothing in steady state.
func (m *Matcher) Score(pop *Population, i int) (float64, bool, error) {
	if err := m.compatible(pop); err != nil {
		return 0, false, err
	}
	if i < 0 || i >= pop.Len() {
		return 0, false, fmt.Errorf("competency: score: profile %d out of range [0, %d): %w", i, pop.Len(), validate.ErrInvalid)
	}
	buf := m.items.Get().(*[]Item)
	defer m.items.Put(buf)
	var stack [32]outcome
	out := stack[:0]
	if len(m.reqs) <= len(stack) {
		out = stack[:len(m.reqs)]
	} else {
		out = make([]outcome, len(m.reqs))
	}
	s, met := m.scoreOne(pop, i, out, *buf)
	return s, met, nil
}

func (m *Matcher) compatible(pop *Population) error {
	if pop == nil || pop.ix != m.ix {
		return fmt.Errorf("competency: the population and the matcher were compiled from different indexes: %w", validate.ErrInvalid)
	}
	if pop.policy != m.policy {
		return fmt.Errorf("competency: the population resolves ratings by %q, the matcher by %q: %w", pop.policy, m.policy, validate.ErrInvalid)
	}
	return nil
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
// (that passes RequiredOnly); k ≤ 0 returns none.
func (m *Matcher) TopK(pop *Population, k int, opts TopKOptions) ([]Match, error) {
	return m.TopKContext(context.Background(), pop, k, opts)
}

// TopKContext is TopK that stops early, with ctx's error, when ctx is done.
func (m *Matcher) TopKContext(ctx context.Context, pop *Population, k int, opts TopKOptions) ([]Match, error) {
	if err := m.compatible(pop); err != nil {
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
	heaps := make([]topK, workers)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		lo, hi := w*pop.Len()/workers, (w+1)*pop.Len()/workers
		heaps[w] = newTopK(k)
		run := func() { errs[w] = m.rank(ctx, pop, lo, hi, &heaps[w], opts.RequiredOnly) }
		if workers == 1 {
			run()
			break
		}
		wg.Add(1)
		go func() { defer wg.Done(); run() }()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	best := heaps[0]
	for w := 1; w < workers; w++ {
		best.merge(&heaps[w])
	}
	out := make([]Match, 0, len(best.h))
	for _, e := range best.sorted() {
		out = append(out, Match{Subject: pop.subjects[e.idx], Score: e.score, RequiredMet: e.met})
	}
	return out, nil
}

// compileFast fills the tables of the fast path, when it applies.
func (m *Matcher) compileFast() {
	if !m.weighted || m.factor > 0 {
		return
	}
	m.fast, m.zeroBase = true, true
	for r := range m.reqs {
		sc := m.ix.scaleOf[m.comp[r]]
		m.stride = max(m.stride, sc.Max()+2)
	}
	m.fcredit = make([]float64, len(m.reqs)*m.stride)
	m.fwc = make([]float64, len(m.reqs)*m.stride)
	m.fok = make([]bool, len(m.reqs)*m.stride)
	m.ffail = make([]int32, len(m.reqs)*m.stride)
	for r := range m.reqs {
		row := r * m.stride
		m.fcredit[row] = m.base[r]
		m.fok[row] = !m.required[r] || m.need[r] <= 0
		if !m.fok[row] {
			m.baseFail++
		}
		if m.base[r] != 0 {
			m.zeroBase = false
		}
		lo := int(m.lo[r])
		for l := lo; l+1 < m.stride && l <= lo+int(len(m.table))-int(m.toff[r])-1; l++ {
			if l < 0 {
				continue
			}
			m.fcredit[row+l+1] = m.credit(r, int16(l))
			m.fok[row+l+1] = !m.required[r] || int32(l) >= m.need[r]
		}
		m.sumW += m.weight[r]
		for k := row; k < row+m.stride; k++ {
			m.fwc[k] = m.weight[r] * m.fcredit[k]
			if !m.fok[k] {
				m.ffail[k] = 1
			}
		}
	}
}
