package competency

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"weak"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/problem"
)

// Population is a compiled set of profiles, ready for fast matching: the
// rating-resolution policy applied once, competencies interned to ints, and
// the resolved ratings stored compactly twice: per profile (CSR: offsets,
// competencies, levels) and per competency (postings: holders and levels).
// When most profiles are rated on most of the competencies they use, and
// every level fits a byte, it also keeps a dense profile × competency
// matrix of levels, stored column by column. Profiles are ordered
// by subject ID. A Population is immutable and safe for concurrent use.
type Population struct {
	ix       *Index
	policy   Policy
	asOf     civil.Date
	subjects []SubjectID
	// CSR: ratings of profile p are comps/levels[offsets[p]:offsets[p+1]],
	// sorted by competency.
	offsets []int32
	comps   []int32
	levels  []int16
	// Postings: holders of competency c are holders/hlevels[poffsets[c]:poffsets[c+1]],
	// sorted by profile.
	poffsets []int32
	holders  []int32
	hlevels  []int16
	// dense, when kept, is stored column by column, one byte a cell: the
	// level of profile p in column col[c] is dense[col[c]*n+p] − 1, where n
	// is the number of profiles, and 0 stands for not held; col[c] is -1
	// for competencies nobody holds, and the last column is 0 throughout.
	dense []uint8
	col   []int32
	width int
	mu    sync.Mutex
	free  []weak.Pointer[scratch] // scratch kept for reuse by rankings, until a collection
	// simData, set once by similarity, serves similarity queries.
	simOnce sync.Once
	simData *popSim
}

// denseThreshold is the least share of filled cells for which a Population
// keeps a dense matrix: at 1 byte a cell it then costs at most 2 bytes a
// rating.
const denseThreshold = 0.5

// maxDenseLevel is the largest level a dense matrix stores: a cell is a
// byte holding level + 1.
const maxDenseLevel = 254

// maxLevel is the largest level a Population stores (levels are int16).
const maxLevel = 1 << 14

// Population compiles profiles under the Latest resolution policy. Every
// profile is checked as by ValidateProfile; subjects must be unique. Problems
// are reported together, with paths such as "[3].ratings[1].competency".
// It stops with ctx's error, and no population, when ctx is done.
func (ix *Index) Population(ctx context.Context, profiles []Profile) (*Population, error) {
	return ix.PopulationWithPolicy(ctx, profiles, Latest)
}

// PopulationWithPolicy is Population with another resolution policy. A
// Matcher scores a Population with the policy it was built with.
func (ix *Index) PopulationWithPolicy(ctx context.Context, profiles []Profile, pol Policy) (*Population, error) {
	return ix.PopulationWithOptions(ctx, profiles, Options{Policy: pol})
}

// PopulationWithOptions is Population with the resolution options of opts:
// its Policy and its AsOf (ratings that expired before AsOf are left out);
// the other options do not apply to a population. A Matcher scores a
// Population only when both were compiled with the same Policy and AsOf,
// so that its scores equal Analyze's.
func (ix *Index) PopulationWithOptions(ctx context.Context, profiles []Profile, opts Options) (*Population, error) {
	if ix == nil {
		return nil, fmt.Errorf("competency: population: nil index: %w", problem.ErrInvalid)
	}
	pol := opts.Policy
	if pol == "" {
		pol = Latest
	}
	if err := (Options{Policy: pol}).check("population"); err != nil {
		return nil, err
	}
	order := make([]int, len(profiles))
	for i := range order {
		order[i] = i
	}
	bySubject := func(a, b int) int { return cmp.Compare(profiles[a].Subject, profiles[b].Subject) }
	if !slices.IsSortedFunc(order, bySubject) { // profiles often come in subject order already
		slices.SortFunc(order, bySubject)
	}

	var errs problem.Errors
	pop := &Population{ix: ix, policy: pol, asOf: opts.AsOf, subjects: make([]SubjectID, len(profiles)), offsets: make([]int32, 1, len(profiles)+1)}
	total := 0
	for _, p := range profiles {
		total += len(p.Ratings)
	}
	pop.comps = make([]int32, 0, total)
	pop.levels = make([]int16, 0, total)
	counts := make([]int32, len(ix.comps)+1)
	var scratch []held
	var touched []int32
	type rc struct {
		c int32
		l int16
	}
	var row []rc
	for k, i := range order {
		if k%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		p := profiles[i]
		path := func() string { return problem.Path("", i) } // only on errors
		for _, fe := range p.tagErrors() {
			fe.Path = problem.JoinPath(path(), fe.Path)
			errs.Append(fe)
		}
		if k > 0 && p.Subject == profiles[order[k-1]].Subject {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path(), "subject"), "unique", "subject %q is used by more than one profile", p.Subject)
		}
		var perr problem.Errors
		touched = touched[:0]
		scratch = ix.resolveInto(p, pol, opts.AsOf, &perr, scratch, &touched)
		if perr.Len() > 0 {
			errs.Merge(path(), perr.Err(""))
		}
		row = row[:0]
		for _, c := range touched {
			h := &scratch[c]
			if h.level > maxLevel {
				errs.Add(path(), "max", "level %d is above %d", h.level, maxLevel)
			}
			row = append(row, rc{c, int16(h.level)})
			h.ok = false
		}
		slices.SortFunc(row, func(a, b rc) int { return cmp.Compare(a.c, b.c) })
		for _, x := range row {
			pop.comps = append(pop.comps, x.c)
			pop.levels = append(pop.levels, x.l)
			counts[x.c+1]++
		}
		pop.subjects[k] = p.Subject
		pop.offsets = append(pop.offsets, int32(len(pop.comps)))
	}
	if err := errs.Err("competency: invalid Population"); err != nil {
		return nil, err
	}
	pop.index(counts)
	return pop, nil
}

// index builds the postings and, when dense enough, the matrix.
func (pop *Population) index(counts []int32) {
	nc := len(pop.ix.comps)
	pop.poffsets = make([]int32, nc+1)
	used := 0
	for c := 0; c < nc; c++ {
		pop.poffsets[c+1] = pop.poffsets[c] + counts[c+1]
		if counts[c+1] > 0 {
			used++
		}
	}
	pop.holders = make([]int32, len(pop.comps))
	pop.hlevels = make([]int16, len(pop.comps))
	next := slices.Clone(pop.poffsets[:nc])
	for p := 0; p+1 < len(pop.offsets); p++ {
		for k := pop.offsets[p]; k < pop.offsets[p+1]; k++ {
			c := pop.comps[k]
			pop.holders[next[c]] = int32(p)
			pop.hlevels[next[c]] = pop.levels[k]
			next[c]++
		}
	}
	n := len(pop.subjects)
	if n == 0 || used == 0 || float64(len(pop.comps)) < denseThreshold*float64(n)*float64(used) || slices.Max(pop.levels) > maxDenseLevel {
		return
	}
	// One more column, never held, stands for the competencies nobody holds.
	pop.width = used + 1
	pop.col = make([]int32, nc)
	w := int32(0)
	for c := 0; c < nc; c++ {
		pop.col[c] = -1
		if counts[c+1] > 0 {
			pop.col[c] = w
			w++
		}
	}
	pop.dense = make([]uint8, n*pop.width)
	for p := 0; p < n; p++ {
		for k := pop.offsets[p]; k < pop.offsets[p+1]; k++ {
			pop.dense[int(pop.col[pop.comps[k]])*n+p] = uint8(pop.levels[k] + 1)
		}
	}
}

// Len returns the number of profiles.
func (pop *Population) Len() int { return len(pop.subjects) }

// Ratings returns the number of resolved ratings stored.
func (pop *Population) Ratings() int { return len(pop.comps) }

// Subject returns the subject of the i-th profile, in subject order.
func (pop *Population) Subject(i int) SubjectID { return pop.subjects[i] }

// Dense reports whether the population keeps a dense matrix.
func (pop *Population) Dense() bool { return pop.dense != nil }

// Bytes estimates the memory the compiled ratings take, in bytes, without
// the subject strings.
func (pop *Population) Bytes() int {
	return 4*(len(pop.offsets)+len(pop.comps)+len(pop.poffsets)+len(pop.holders)+len(pop.col)) +
		2*(len(pop.levels)+len(pop.hlevels)) + len(pop.dense)
}

// String describes the population's size.
func (pop *Population) String() string {
	return fmt.Sprintf("Population{%d profiles, %d ratings, dense=%v}", pop.Len(), pop.Ratings(), pop.Dense())
}
