package competency

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/careerkit/careerkit/internal/validate"
)

// TopKBatch ranks pop for many requirement sets: result i is
// matchers[i].TopK(pop, k, opts) with opts.Workers ignored. With
// opts.Workers other than 0 or 1, the sets are shared among that many
// goroutines (negative: GOMAXPROCS), each ranking whole sets, which scales
// with the cores for batches of many sets. The result does not depend on the
// number of workers. It stops with ctx's error when ctx is done.
func TopKBatch(ctx context.Context, matchers []*Matcher, pop *Population, k int, opts TopKOptions) ([][]Match, error) {
	out := make([][]Match, len(matchers))
	one := TopKOptions{RequiredOnly: opts.RequiredOnly}
	err := parallel(ctx, len(matchers), opts.Workers, func(i int) error {
		var err error
		out[i], err = matchers[i].TopKContext(ctx, pop, k, one)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parallel runs f(0) … f(n-1) on the given number of workers, handing out
// indexes in order, and returns the first error.
func parallel(ctx context.Context, n, workers int, f func(i int) error) error {
	if workers < 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				if err := f(i); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// SetMatch is one requirement set's result when sets are ranked for a person.
type SetMatch struct {
	// Index is the set's position in the list of matchers.
	Index int `json:"index"`
	// Score is the person's score against the set, in [0, 1].
	Score float64 `json:"score"`
	// RequiredMet is true when the person meets every required item of the set.
	RequiredMet bool `json:"requiredMet"`
}

// TopSets ranks requirement sets (roles, ladder levels…) for the i-th
// profile of pop, in the other direction from TopK: the k sets the person
// fits best, best first, ties to the smaller index.
func TopSets(ctx context.Context, matchers []*Matcher, pop *Population, i, k int, opts TopKOptions) ([]SetMatch, error) {
	if pop == nil {
		return nil, fmt.Errorf("competency: top sets: nil population: %w", validate.ErrInvalid)
	}
	if i < 0 || i >= pop.Len() {
		return nil, fmt.Errorf("competency: top sets: profile %d out of range [0, %d): %w", i, pop.Len(), validate.ErrInvalid)
	}
	h := newTopK(max(0, min(k, len(matchers))))
	for j, m := range matchers {
		if j%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s, met, err := m.Score(pop, i)
		if err != nil {
			return nil, err
		}
		if !opts.RequiredOnly || met {
			h.push(entry{s, int32(j), met})
		}
	}
	out := make([]SetMatch, 0, len(h.h))
	for _, e := range h.sorted() {
		out = append(out, SetMatch{Index: int(e.idx), Score: e.score, RequiredMet: e.met})
	}
	return out, nil
}
