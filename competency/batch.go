package competency

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/careerkit/careerkit/problem"
)

// TopKBatch ranks pop for many requirement sets: result i is
// matchers[i].TopK(ctx, pop, k, opts) with opts.Workers ignored. With
// opts.Workers other than 0 or 1, the sets are shared among that many
// goroutines (negative: GOMAXPROCS), each ranking whole sets, which scales
// with the cores for batches of many sets; with 0 or 1 they are ranked one
// after the other on the calling goroutine. The result does not depend on the
// number of workers. A nil population or a nil matcher is an error, found
// before any ranking starts; a panic in a worker goroutine (a custom
// Scorer's, say) is recovered and returned as an error matching ErrPanic.
// It stops with
// ctx's error when ctx is done.
func TopKBatch(ctx context.Context, matchers []*Matcher, pop *Population, k int, opts TopKOptions) ([][]Match, error) {
	if err := checkBatch("top k batch", matchers, pop); err != nil {
		return nil, err
	}
	out := make([][]Match, len(matchers))
	one := TopKOptions{RequiredOnly: opts.RequiredOnly}
	err := parallel(ctx, "top k batch", len(matchers), opts.Workers, func(i int) error {
		var err error
		out[i], err = matchers[i].TopK(ctx, pop, k, one)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkBatch refuses a nil population and nil matchers, naming the first.
func checkBatch(op string, matchers []*Matcher, pop *Population) error {
	if pop == nil {
		return fmt.Errorf("competency: %s: nil population: %w", op, problem.ErrInvalid)
	}
	if i := slices.Index(matchers, nil); i >= 0 {
		return fmt.Errorf("competency: %s: matchers[%d] is nil: %w", op, i, problem.ErrInvalid)
	}
	return nil
}

// ErrPanic is matched (with errors.Is) by the error TopK and TopKBatch
// return when a worker goroutine they started panicked, a custom Scorer's
// say: the panic is recovered and returned instead of ending the program. The error names the operation and wraps the panic value when it
// is an error; its PanicValue() any and Stack() []byte methods (reach them
// with errors.As and an interface) give the value and the worker's stack.
// A panic on the caller's own goroutine (Workers 0 or 1) is left alone.
var ErrPanic = problem.ErrPanic

// panicError is a panic recovered in a worker goroutine.
type panicError struct {
	op    string
	value any
	stack []byte
}

// Error names the operation and the panic value.
func (e *panicError) Error() string {
	return fmt.Sprintf("competency: %s: a worker goroutine panicked: %v", e.op, e.value)
}

// Unwrap gives ErrPanic and, when it is an error, the panic value.
func (e *panicError) Unwrap() []error {
	if err, ok := e.value.(error); ok {
		return []error{ErrPanic, err}
	}
	return []error{ErrPanic}
}

// PanicValue returns the value the worker panicked with.
func (e *panicError) PanicValue() any { return e.value }

// Stack returns the worker's stack when it panicked.
func (e *panicError) Stack() []byte { return e.stack }

// recoverInto, deferred in a worker goroutine, turns a panic into an error
// matching ErrPanic, stored in *err.
func recoverInto(err *error, op string) {
	if v := recover(); v != nil {
		*err = &panicError{op: op, value: v, stack: debug.Stack()}
	}
}

// parallel runs f(0) … f(n-1) on the given number of workers, handing out
// indexes in order, and returns the first error (in worker order); after an
// error no worker starts another index. With 0 or 1 workers it runs on the
// calling goroutine; worker goroutines recover panics (see ErrPanic).
func parallel(ctx context.Context, op string, n, workers int, f func(i int) error) error {
	if workers < 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	if workers == 1 {
		for i := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := f(i); err != nil {
				return err
			}
		}
		return nil
	}
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if errs[w] != nil {
					failed.Store(true)
				}
			}()
			defer recoverInto(&errs[w], op)
			for !failed.Load() {
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
// fits best, best first, ties to the smaller index. A nil population or a
// nil matcher is an error. It scores on the calling goroutine.
func TopSets(ctx context.Context, matchers []*Matcher, pop *Population, i, k int, opts TopKOptions) ([]SetMatch, error) {
	if err := checkBatch("top sets", matchers, pop); err != nil {
		return nil, err
	}
	if i < 0 || i >= pop.Len() {
		return nil, fmt.Errorf("competency: top sets: profile %d out of range [0, %d): %w", i, pop.Len(), problem.ErrInvalid)
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
