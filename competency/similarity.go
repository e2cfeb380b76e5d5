package competency

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/careerkit/careerkit/problem"
)

// Similarity returns how alike two requirement sets are: a number in
// [0, 1] that is the same both ways round. It is the cosine of
// the angle between the sets seen as vectors over the catalog's
// competencies:
//
//	similarity(a, b) = Σ a(c)·b(c) / (‖a‖ · ‖b‖)
//
// where a(c) is 0 for a competency a does not ask for and otherwise
// weight × Scale.Fraction(level): the requirement's weight times the
// level's position on its scale as a share of the scale (the top level is
// 1, the lowest of n levels 1/n). For profiles a(c) is the fraction of the
// level held, with ratings resolved as Analyze resolves them. Two empty
// sets are alike (1); an empty set and another are not (0).
//
// Why this formula: it is symmetric, it looks at the shape of what two
// roles ask for rather than at how much (a role that asks for everything at
// the top level is not like every role), weights say which competencies
// define a role, and positions make levels of different scales comparable.
// On O*NET 29.3 (34 rated occupations, LV as level, IM as weight) it ranks
// occupations of the same SOC group first more often than a cosine of the
// raw levels does (TestSimilarityONet measures both).
//
// Importance (required or preferred) does not enter: two roles that ask for
// the same competencies at the same levels are alike however strictly they
// ask. Weights are scaled per set by a power of two before use, so any
// finite weights work.
//
// Both sets are checked as by ValidateRequirements; a problem is returned
// as a *ValidationError, with paths starting "a" or "b".
func (ix *Index) Similarity(a, b []Requirement) (float64, error) {
	if ix == nil {
		return 0, fmt.Errorf("competency: similarity: nil index: %w", problem.ErrInvalid)
	}
	var errs problem.Errors
	va := ix.setVector(a, "a", &errs)
	vb := ix.setVector(b, "b", &errs)
	if err := errs.Err("competency: similarity"); err != nil {
		return 0, err
	}
	return cosine(va, vb), nil
}

// ProfileSimilarity returns the similarity of two profiles (see Similarity
// for the formula): their ratings are resolved by opts.Policy and opts.AsOf, as
// Analyze resolves them; the other options do not apply. Both are checked
// as by ValidateProfile, with paths starting "a" or "b".
func (ix *Index) ProfileSimilarity(a, b Profile, opts Options) (float64, error) {
	if ix == nil {
		return 0, fmt.Errorf("competency: similarity: nil index: %w", problem.ErrInvalid)
	}
	if err := opts.check("similarity"); err != nil {
		return 0, err
	}
	var errs problem.Errors
	va := ix.profileVector(a, opts, "a", &errs)
	vb := ix.profileVector(b, opts, "b", &errs)
	if err := errs.Err("competency: similarity"); err != nil {
		return 0, err
	}
	return cosine(va, vb), nil
}

// vector is a sparse vector over interned competencies, sorted by
// competency, with its norm.
type vector struct {
	comps []int32
	vals  []float64
	norm  float64
}

func (ix *Index) setVector(reqs []Requirement, prefix string, errs *problem.Errors) vector {
	var e problem.Errors
	ix.checkRequirements(reqs, &e)
	if e.Len() > 0 {
		errs.Merge(prefix, e.Err(""))
		return vector{}
	}
	top := 0.0
	for _, r := range reqs {
		top = max(top, r.EffectiveWeight())
	}
	shift := weightShift(top)
	type cv struct {
		c int32
		v float64
	}
	xs := make([]cv, len(reqs))
	for i, r := range reqs {
		c := ix.byID[r.Competency]
		xs[i] = cv{c, math.Ldexp(r.EffectiveWeight(), shift) * ix.scaleOf[c].Fraction(r.Level)}
	}
	slices.SortFunc(xs, func(a, b cv) int { return cmp.Compare(a.c, b.c) })
	v := vector{comps: make([]int32, len(xs)), vals: make([]float64, len(xs))}
	for i, x := range xs {
		v.comps[i], v.vals[i] = x.c, x.v
	}
	v.norm = norm(v.vals)
	return v
}

func (ix *Index) profileVector(p Profile, opts Options, prefix string, errs *problem.Errors) vector {
	pol := opts.Policy
	if pol == "" {
		pol = Latest
	}
	var e problem.Errors
	e.Append(p.tagErrors()...)
	var touched []int32
	have := ix.resolveInto(p, pol, opts.AsOf, &e, nil, &touched)
	if e.Len() > 0 {
		errs.Merge(prefix, e.Err(""))
		return vector{}
	}
	slices.Sort(touched)
	v := vector{comps: touched, vals: make([]float64, len(touched))}
	for i, c := range touched {
		v.vals[i] = ix.scaleOf[c].Fraction(have[c].level)
	}
	v.norm = norm(v.vals)
	return v
}

// norm is the Euclidean norm, summed in order.
func norm(vals []float64) float64 {
	s := 0.0
	for _, x := range vals {
		s += float64(x * x)
	}
	return math.Sqrt(s)
}

// cosine is the similarity of two vectors: the dot product over shared
// competencies, in increasing order, over the product of the norms.
func cosine(a, b vector) float64 {
	if len(a.comps) == 0 || len(b.comps) == 0 {
		if len(a.comps) == len(b.comps) {
			return 1
		}
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.comps) && j < len(b.comps); {
		switch {
		case a.comps[i] < b.comps[j]:
			i++
		case a.comps[i] > b.comps[j]:
			j++
		default:
			dot += float64(a.vals[i] * b.vals[j])
			i++
			j++
		}
	}
	return cosineOf(dot, a.norm, b.norm)
}

// cosineOf finishes a cosine, clamped to [0, 1] against rounding.
func cosineOf(dot, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return min(max(dot/(na*nb), 0), 1)
}

// Neighbor is one result of a similarity ranking.
type Neighbor struct {
	// Index is the position of the neighbour: in the list of sets given to
	// Index.Sets, or in a Population's subject order.
	Index int `json:"index"`
	// Score is its similarity, in (0, 1].
	Score float64 `json:"score"`
}

// Sets is a compiled list of requirement sets (the requirements of roles,
// or the expectations of ladder levels) for similarity queries: each set's
// vector and norm computed once, and postings from each competency to the
// sets that ask for it. Its similarities equal Index.Similarity's, bit for
// bit. A Sets is immutable and safe for concurrent use.
type Sets struct {
	ix      *Index
	offsets []int32 // set i is comps/vals[offsets[i]:offsets[i+1]]
	comps   []int32
	vals    []float64
	norms   []float64
	post    postings
}

// postings lists, per competency, the vectors holding it and their values,
// in vector order.
type postings struct {
	off  []int32
	who  []int32
	vals []float64
}

func newPostings(nc int, offsets, comps []int32, vals []float64) postings {
	p := postings{off: make([]int32, nc+1), who: make([]int32, len(comps)), vals: make([]float64, len(comps))}
	for _, c := range comps {
		p.off[c+1]++
	}
	for c := range nc {
		p.off[c+1] += p.off[c]
	}
	next := slices.Clone(p.off[:nc])
	for i := 0; i+1 < len(offsets); i++ {
		for k := offsets[i]; k < offsets[i+1]; k++ {
			c := comps[k]
			p.who[next[c]], p.vals[next[c]] = int32(i), vals[k]
			next[c]++
		}
	}
	return p
}

// Sets compiles requirement sets for similarity queries. Every set is
// checked as by ValidateRequirements; problems are reported together, with
// paths such as "[2][0].level". It stops with ctx's error when ctx is done.
func (ix *Index) Sets(ctx context.Context, sets [][]Requirement) (*Sets, error) {
	if ix == nil {
		return nil, fmt.Errorf("competency: sets: nil index: %w", problem.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := &Sets{ix: ix, offsets: make([]int32, 1, len(sets)+1), norms: make([]float64, len(sets))}
	var errs problem.Errors
	for i, reqs := range sets {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		v := ix.setVector(reqs, problem.Path("", i), &errs)
		s.comps = append(s.comps, v.comps...)
		s.vals = append(s.vals, v.vals...)
		s.norms[i] = v.norm
		s.offsets = append(s.offsets, int32(len(s.comps)))
	}
	if err := errs.Err("competency: invalid sets"); err != nil {
		return nil, err
	}
	s.post = newPostings(len(ix.comps), s.offsets, s.comps, s.vals)
	return s, nil
}

// Len returns the number of sets; 0 for a nil Sets.
func (s *Sets) Len() int {
	if s == nil {
		return 0
	}
	return len(s.norms)
}

func (s *Sets) vector(i int) vector {
	lo, hi := s.offsets[i], s.offsets[i+1]
	return vector{comps: s.comps[lo:hi], vals: s.vals[lo:hi], norm: s.norms[i]}
}

// Similarity returns the similarity of sets i and j.
func (s *Sets) Similarity(i, j int) (float64, error) {
	if err := s.check("similarity", i); err != nil {
		return 0, err
	}
	if err := s.check("similarity", j); err != nil {
		return 0, err
	}
	return cosine(s.vector(i), s.vector(j)), nil
}

func (s *Sets) check(op string, i int) error {
	if s == nil {
		return fmt.Errorf("competency: %s: nil sets: %w", op, problem.ErrInvalid)
	}
	if i < 0 || i >= len(s.norms) {
		return fmt.Errorf("competency: %s: there is no set %d of %d: %w", op, i, len(s.norms), problem.ErrInvalid)
	}
	return nil
}

// Similar returns the k sets most similar to set i, most similar first,
// ties to the smaller index. Set i itself and sets with nothing in common
// with it (similarity 0) are left out, so fewer than k may come back; an
// empty set is like the other empty sets only. It
// walks only the postings of set i's competencies. It returns ctx's error
// when ctx is done before it ends.
func (s *Sets) Similar(ctx context.Context, i, k int) ([]Neighbor, error) {
	if err := s.check("similar", i); err != nil {
		return nil, err
	}
	return similar(ctx, s.vector(i), i, k, s.norms, &s.post)
}

// similar ranks the vectors of postings p against q (vector self), leaving
// self out.
func similar(ctx context.Context, q vector, self, k int, norms []float64, p *postings) ([]Neighbor, error) {
	if k < 0 {
		return nil, fmt.Errorf("competency: similar: k is %d: ask for 0 or more: %w", k, problem.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if k == 0 {
		return []Neighbor{}, nil
	}
	if len(q.comps) == 0 { // alike only the other empty ones
		out := []Neighbor{}
		for w, n := range norms {
			if n == 0 && w != self && len(out) < k {
				out = append(out, Neighbor{Index: w, Score: 1})
			}
		}
		return out, nil
	}
	acc := make([]float64, len(norms))
	hit := make([]bool, len(norms))
	var touched []int32
	for n, c := range q.comps {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		x := q.vals[n]
		for j := p.off[c]; j < p.off[c+1]; j++ {
			w := p.who[j]
			if !hit[w] {
				hit[w] = true
				touched = append(touched, w)
			}
			acc[w] += float64(x * p.vals[j])
		}
	}
	h := newTopK(k)
	for _, w := range touched {
		if int(w) == self {
			continue
		}
		if sc := cosineOf(acc[w], q.norm, norms[w]); sc > 0 {
			h.push(entry{score: sc, idx: w})
		}
	}
	es := h.sorted()
	out := make([]Neighbor, len(es))
	for n, e := range es {
		out[n] = Neighbor{Index: int(e.idx), Score: e.score}
	}
	return out, nil
}

// popSim is what a Population needs for similarity queries, computed on
// first use: each profile's norm and the postings' level fractions.
type popSim struct {
	norms []float64
	post  postings
}

func (pop *Population) similarity() *popSim {
	pop.simOnce.Do(func() {
		ps := &popSim{norms: make([]float64, len(pop.subjects))}
		for i := range ps.norms {
			ps.norms[i] = pop.vector(i).norm
		}
		ps.post = postings{off: pop.poffsets, who: pop.holders, vals: make([]float64, len(pop.holders))}
		for c := 0; c+1 < len(pop.poffsets); c++ {
			s := pop.ix.scaleOf[c]
			for k := pop.poffsets[c]; k < pop.poffsets[c+1]; k++ {
				ps.post.vals[k] = s.Fraction(int(pop.hlevels[k]))
			}
		}
		pop.simData = ps
	})
	return pop.simData
}

// vector returns profile i's vector: the fractions of its levels.
func (pop *Population) vector(i int) vector {
	lo, hi := pop.offsets[i], pop.offsets[i+1]
	v := vector{comps: pop.comps[lo:hi], vals: make([]float64, hi-lo)}
	for k := lo; k < hi; k++ {
		v.vals[k-lo] = pop.ix.scaleOf[pop.comps[k]].Fraction(int(pop.levels[k]))
	}
	v.norm = norm(v.vals)
	return v
}

func (pop *Population) check(op string, i int) error {
	if pop == nil {
		return fmt.Errorf("competency: %s: nil population: %w", op, problem.ErrInvalid)
	}
	if i < 0 || i >= len(pop.subjects) {
		return fmt.Errorf("competency: %s: there is no profile %d of %d: %w", op, i, len(pop.subjects), problem.ErrInvalid)
	}
	return nil
}

// Similarity returns the similarity of profiles i and j (in subject order),
// as Index.ProfileSimilarity gives it under the population's policy.
func (pop *Population) Similarity(i, j int) (float64, error) {
	if err := pop.check("similarity", i); err != nil {
		return 0, err
	}
	if err := pop.check("similarity", j); err != nil {
		return 0, err
	}
	return cosine(pop.vector(i), pop.vector(j)), nil
}

// Similar returns the k profiles most similar to profile i (in subject
// order): people like this one, most similar first, ties to the smaller
// subject ID. Profile i itself and profiles with no competency in common
// with it are left out, so fewer than k may come back. Neighbor.Index is a
// position in subject order (see Subject). It returns ctx's error when ctx
// is done before it ends.
func (pop *Population) Similar(ctx context.Context, i, k int) ([]Neighbor, error) {
	if err := pop.check("similar", i); err != nil {
		return nil, err
	}
	ps := pop.similarity()
	q := pop.vector(i)
	return similar(ctx, q, i, k, ps.norms, &ps.post)
}
