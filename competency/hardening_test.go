package competency_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
	"github.com/careerkit/careerkit/problem"
)

// hardeningPopulation is a small population on the small catalog.
func hardeningPopulation(t *testing.T, ix *competency.Index) *competency.Population {
	t.Helper()
	var profiles []competency.Profile
	for i := range 40 {
		profiles = append(profiles, competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("p%02d", i)), Ratings: []competency.Rating{
			rating("coaching", 1+i%5), rating("distributed-systems", 1+(i/5)%5)}})
	}
	pop, err := ix.Population(context.Background(), profiles)
	require.NoError(t, err, "Population")
	return pop
}

func TestTopKBatchAndTopSetsRefuseNil(t *testing.T) {
	ix := competency.MustCompile(small())
	pop := hardeningPopulation(t, ix)
	m, err := ix.Matcher([]competency.Requirement{req("coaching", 3)}, competency.Options{})
	require.NoError(t, err, "Matcher")
	ctx := context.Background()
	for _, workers := range []int{0, 1, 2, 8, -1} {
		opts := competency.TopKOptions{Workers: workers}
		_, err := competency.TopKBatch(ctx, []*competency.Matcher{m, nil, m}, pop, 3, opts)
		assert.ErrorIs(t, err, problem.ErrInvalid, "TopKBatch with a nil matcher, workers %d", workers)
		assert.ErrorContains(t, err, "[1]", "the error names the nil matcher's index (workers %d)", workers)
		_, err = competency.TopKBatch(ctx, []*competency.Matcher{m}, nil, 3, opts)
		assert.ErrorIs(t, err, problem.ErrInvalid, "TopKBatch with a nil population, workers %d", workers)
		_, err = competency.TopSets(ctx, []*competency.Matcher{m, nil}, pop, 0, 2, opts)
		assert.ErrorIs(t, err, problem.ErrInvalid, "TopSets with a nil matcher, workers %d", workers)
		_, err = competency.TopSets(ctx, []*competency.Matcher{m}, nil, 0, 2, opts)
		assert.ErrorIs(t, err, problem.ErrInvalid, "TopSets with a nil population, workers %d", workers)
	}
	var nilM *competency.Matcher
	_, err = nilM.TopK(context.Background(), pop, 3, competency.TopKOptions{Workers: 4})
	assert.ErrorIs(t, err, problem.ErrInvalid, "TopK on a nil matcher")
	_, _, err = nilM.Score(pop, 0)
	assert.ErrorIs(t, err, problem.ErrInvalid, "Score on a nil matcher")
	_, err = m.TopK(context.Background(), nil, 3, competency.TopKOptions{Workers: 4})
	assert.ErrorIs(t, err, problem.ErrInvalid, "TopK on a nil population")
	_, _, err = m.Score(nil, 0)
	assert.ErrorIs(t, err, problem.ErrInvalid, "Score on a nil population")
	var nilIx *competency.Index
	_, err = nilIx.Matcher([]competency.Requirement{req("coaching", 3)}, competency.Options{})
	assert.ErrorIs(t, err, problem.ErrInvalid, "Matcher on a nil index")
	_, err = nilIx.Population(context.Background(), nil)
	assert.ErrorIs(t, err, problem.ErrInvalid, "Population on a nil index")
	_, err = nilIx.Analyze(context.Background(), competency.Profile{Subject: "p"}, nil, competency.Options{})
	assert.ErrorIs(t, err, problem.ErrInvalid, "Analyze on a nil index")
	assert.Zero(t, nilM.Len(), "a nil matcher has no requirements")
	assert.Nil(t, nilM.Requirements(), "a nil matcher has no requirements")
}

var errBoom = errors.New("boom")

// panicky is a user scorer whose aggregate panics (credits are fine, so it
// compiles).
type panicky struct{ value any }

func (panicky) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}
func (p panicky) Score([]competency.Item) float64 { panic(p.value) }

func TestWorkerPanicIsAnError(t *testing.T) {
	ix := competency.MustCompile(small())
	pop := hardeningPopulation(t, ix)
	ctx := context.Background()
	for _, value := range []any{errBoom, "a string"} {
		m, err := ix.Matcher([]competency.Requirement{req("coaching", 3)}, competency.Options{Scorer: panicky{value}})
		require.NoError(t, err, "Matcher")
		_, err = m.TopK(context.Background(), pop, 3, competency.TopKOptions{Workers: 4})
		require.Error(t, err, "TopK with a panicking scorer on 4 workers returns an error")
		assert.Contains(t, err.Error(), "top k", "the error names the operation: %v", err)
		assert.Contains(t, err.Error(), "panic", "the error says it was a panic: %v", err)
		assert.Contains(t, err.Error(), fmt.Sprint(value), "the error carries the panic value: %v", err)
		assert.ErrorIs(t, err, competency.ErrPanic, "the error matches ErrPanic")
		var pe interface {
			PanicValue() any
			Stack() []byte
		}
		require.ErrorAs(t, err, &pe, "the error gives the panic value and stack")
		assert.Equal(t, value, pe.PanicValue(), "PanicValue is the panic value")
		assert.Contains(t, string(pe.Stack()), "panicky", "Stack is the worker's, at the panic")
		if value == errBoom {
			assert.ErrorIs(t, err, errBoom, "an error panic value is wrapped")
		}

		_, err = competency.TopKBatch(ctx, []*competency.Matcher{m, m, m}, pop, 3, competency.TopKOptions{Workers: 3})
		require.Error(t, err, "TopKBatch with a panicking scorer on 3 workers returns an error")
		assert.Contains(t, err.Error(), "top k batch", "the error names the operation: %v", err)
		assert.ErrorIs(t, err, competency.ErrPanic, "the error matches ErrPanic")
	}
}

// goroutineID returns the current goroutine's ID, from its stack header.
func goroutineID() string {
	var b [64]byte
	return strings.Fields(string(b[:runtime.Stack(b[:], false)]))[1]
}

// recorder is a scorer that notes the goroutines its aggregate runs on.
type recorder struct {
	mu  *sync.Mutex
	ids map[string]bool
}

func (recorder) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}
func (r recorder) Score(items []competency.Item) float64 {
	r.mu.Lock()
	r.ids[goroutineID()] = true
	r.mu.Unlock()
	return competency.WeightedMean{}.Score(items)
}

func TestOneWorkerRunsOnTheCaller(t *testing.T) {
	ix := competency.MustCompile(small())
	pop := hardeningPopulation(t, ix)
	me := goroutineID()
	for _, workers := range []int{0, 1} {
		rec := recorder{&sync.Mutex{}, map[string]bool{}}
		m, err := ix.Matcher([]competency.Requirement{req("coaching", 3)}, competency.Options{Scorer: rec})
		require.NoError(t, err, "Matcher")
		_, err = m.TopK(context.Background(), pop, 3, competency.TopKOptions{Workers: workers})
		require.NoError(t, err, "TopK")
		_, err = competency.TopKBatch(context.Background(), []*competency.Matcher{m, m}, pop, 3, competency.TopKOptions{Workers: workers})
		require.NoError(t, err, "TopKBatch")
		assert.Equal(t, map[string]bool{me: true}, rec.ids, "Workers %d scores on the calling goroutine only", workers)

		// And so a panic there is the caller's own, as with any call.
		pm, err := ix.Matcher([]competency.Requirement{req("coaching", 3)}, competency.Options{Scorer: panicky{errBoom}})
		require.NoError(t, err, "Matcher")
		assert.PanicsWithValue(t, errBoom, func() { _, _ = pm.TopK(context.Background(), pop, 3, competency.TopKOptions{Workers: workers}) }, "Workers %d: the panic stays on the caller", workers)
	}
}

// scorePaths compiles reqs and returns the scores of p by Analyze, by Score
// and by TopK, on a sparse and on a dense population, for options that take
// every path: the dense and sparse fast paths, the general weighted path
// (descendant credit) and a custom scorer.
func scorePaths(t *testing.T, ix *competency.Index, p competency.Profile, reqs []competency.Requirement) []float64 {
	t.Helper()
	full := competency.Profile{Subject: "zz-full"} // rates everything: makes the population dense
	for _, c := range ix.Competencies() {
		full.Ratings = append(full.Ratings, rating(string(c.ID), 1))
	}
	var out []float64
	for _, o := range []competency.Options{{}, {DescendantCredit: 0.5}, {Scorer: competency.WeightedMean{CreditFunc: competency.Linear}}} {
		rep, err := ix.Analyze(context.Background(), p, reqs, o)
		require.NoError(t, err, "Analyze")
		out = append(out, rep.Score)
		m, err := ix.Matcher(reqs, o)
		require.NoError(t, err, "Matcher")
		empty := func(s competency.SubjectID) competency.Profile { return competency.Profile{Subject: s} }
		for _, ps := range [][]competency.Profile{{p, empty("zz-1"), empty("zz-2"), empty("zz-3")}, {p, full}} {
			pop, err := ix.Population(context.Background(), ps)
			require.NoError(t, err, "Population")
			require.Equal(t, len(ps) == 2, pop.Dense(), "a sparse and a dense population")
			s, _, err := m.Score(pop, 0)
			require.NoError(t, err, "Score")
			out = append(out, s)
			top, err := m.TopK(context.Background(), pop, len(ps), competency.TopKOptions{})
			require.NoError(t, err, "TopK")
			for _, x := range top {
				if x.Subject == p.Subject {
					out = append(out, x.Score)
				}
			}
		}
	}
	return out
}

func TestExtremeWeightsNeverOverflow(t *testing.T) {
	ix := competency.MustCompile(small())
	// coaching 5 meets its requirement; distributed-systems 3 is 3/5 of 5.
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 5), rating("distributed-systems", 3)}}
	for _, c := range []struct {
		name   string
		w1, w2 float64
		want   float64
	}{
		{"ordinary", 1, 1, 0.8},
		{"1e308 twice", 1e308, 1e308, 0.8},
		{"MaxFloat64 twice", math.MaxFloat64, math.MaxFloat64, 0.8},
		{"5e-324 twice", 5e-324, 5e-324, 0.8},
		{"1e-308 twice", 1e-308, 1e-308, 0.8},
		{"MaxFloat64 met, 1 unmet", math.MaxFloat64, 1, 1},
		{"1e308 met, 1e-308 partly", 1e308, 1e-308, 1},
		{"1e-308 met, 1e308 partly", 1e-308, 1e308, 0.6},
		{"5e-324 met, MaxFloat64 partly", 5e-324, math.MaxFloat64, 0.6},
		{"MaxFloat64 and twice 5e-324", math.MaxFloat64, 2 * 5e-324, 1},
	} {
		reqs := []competency.Requirement{req("coaching", 5).WithWeight(c.w1), req("distributed-systems", 5).WithWeight(c.w2)}
		got := scorePaths(t, ix, p, reqs)
		for i, s := range got {
			assert.False(t, math.IsNaN(s) || math.IsInf(s, 0), "%s: path %d score is finite, got %v", c.name, i, s)
			assert.InDelta(t, c.want, s, 1e-15, "%s: path %d score", c.name, i)
			assert.Equal(t, math.Float64bits(got[0]), math.Float64bits(s), "%s: path %d has the bits of Analyze", c.name, i)
		}
	}
	// One met, one not, with the largest weight on each: exactly one half.
	none := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 5)}}
	for _, w := range []float64{math.MaxFloat64, 1e308, 5e-324, 1} {
		reqs := []competency.Requirement{req("coaching", 5).WithWeight(w), req("distributed-systems", 5).WithWeight(w)}
		for i, s := range scorePaths(t, ix, none, reqs) {
			assert.Equal(t, 0.5, s, "weights %v: one of two met scores 0.5 (path %d)", w, i)
		}
	}
	// The built-in aggregate on its own, with many huge weights.
	items := make([]competency.Item, 1000)
	for i := range items {
		items[i] = competency.Item{Weight: math.MaxFloat64, Credit: float64(i%2) * 1}
	}
	assert.Equal(t, 0.5, competency.WeightedMean{}.Score(items), "1000 weights of MaxFloat64, half with full credit")
}

func TestWeightedMeanIsExact(t *testing.T) {
	// The mean is Σ w·c / Σ w in exact arithmetic, rounded once; each value
	// is read as the small fraction whose float it is, when there is one,
	// else as the float it is. The reference below is big.Rat by hand.
	third := 1.0 / 3
	cases := []struct {
		items []competency.Item
		want  *big.Rat
	}{
		// (2·2/5 + 1·1/3 + 7/10·9/10) / (2 + 1 + 7/10) = (4/5 + 1/3 + 63/100) / (37/10) = (529/300) / (37/10) = 529/1110.
		{[]competency.Item{{Weight: 2, Credit: 0.4}, {Weight: 1, Credit: third}, {Weight: 0.7, Credit: 0.9}}, big.NewRat(529, 1110)},
		// Three thirds over three is a third exactly, as one whole over three is.
		{[]competency.Item{{Weight: 1, Credit: third}, {Weight: 1, Credit: third}, {Weight: 1, Credit: third}}, big.NewRat(1, 3)},
		{[]competency.Item{{Weight: 1, Credit: 1}, {Weight: 1, Credit: 0}, {Weight: 1, Credit: 0}}, big.NewRat(1, 3)},
		// 0.1·1 + 0.2·1 over 0.1 + 0.2 + 0.3 is (3/10)/(6/10) = 1/2.
		{[]competency.Item{{Weight: 0.1, Credit: 1}, {Weight: 0.2, Credit: 1}, {Weight: 0.3, Credit: 0}}, big.NewRat(1, 2)},
		// A weight no small fraction reads as its float: √2·1 / (√2 + 1).
		{[]competency.Item{{Weight: math.Sqrt2, Credit: 1}, {Weight: 1, Credit: 0}}, new(big.Rat).Quo(new(big.Rat).SetFloat64(math.Sqrt2), new(big.Rat).Add(new(big.Rat).SetFloat64(math.Sqrt2), big.NewRat(1, 1)))},
		// Weights far apart: (1e300·1/2 + 1·1) / (1e300 + 1), with 1e300 read as its float.
		{[]competency.Item{{Weight: 1e300, Credit: 0.5}, {Weight: 1, Credit: 1}}, func() *big.Rat {
			big300 := new(big.Rat).SetFloat64(1e300)
			num := new(big.Rat).Add(new(big.Rat).Mul(big300, big.NewRat(1, 2)), big.NewRat(1, 1))
			return num.Quo(num, new(big.Rat).Add(big300, big.NewRat(1, 1)))
		}()},
		// A weight of a subnormal size: 5e-324·1 / (5e-324 + 1) is just under the smallest float, and rounds to it.
		{[]competency.Item{{Weight: 5e-324, Credit: 1}, {Weight: 1, Credit: 0}}, new(big.Rat).Quo(new(big.Rat).SetFloat64(5e-324), new(big.Rat).Add(new(big.Rat).SetFloat64(5e-324), big.NewRat(1, 1)))},
		// Only weights of 0: the mean of nothing, 1.
		{[]competency.Item{{Weight: 0, Credit: 0.5}}, big.NewRat(1, 1)},
	}
	for i, c := range cases {
		want, _ := c.want.Float64()
		got := competency.WeightedMean{}.Score(c.items)
		assert.Equal(t, math.Float64bits(want), math.Float64bits(got), "case %d: %v, want %v", i, got, want)
		rev := slices.Clone(c.items)
		slices.Reverse(rev)
		assert.Equal(t, math.Float64bits(got), math.Float64bits(competency.WeightedMean{}.Score(rev)), "case %d: the order of the items changes no bit", i)
	}
	// Not finite: float sums, and NaN stays NaN for the caller to clamp.
	assert.True(t, math.IsNaN(competency.WeightedMean{}.Score([]competency.Item{{Weight: 1, Credit: math.NaN()}})), "NaN credit")
}

func TestMatcherRequirementsAreCopies(t *testing.T) {
	ix := competency.MustCompile(small())
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 5)}}
	pop, err := ix.Population(context.Background(), []competency.Profile{p})
	require.NoError(t, err, "Population")
	for _, o := range []competency.Options{{}, {DescendantCredit: 0.5}, {Scorer: mustHave{}}} {
		reqs := []competency.Requirement{req("coaching", 5).WithWeight(3), req("distributed-systems", 5).WithWeight(1)}
		m, err := ix.Matcher(reqs, o)
		require.NoError(t, err, "Matcher")
		before, _, err := m.Score(pop, 0)
		require.NoError(t, err, "Score")

		*reqs[0].Weight = 1000 // the caller edits its own requirements after compiling
		reqs[1].Level = 1
		after, _, err := m.Score(pop, 0)
		require.NoError(t, err, "Score")
		assert.Equal(t, before, after, "editing the caller's requirements changes nothing (%+v)", o)
		got := m.Requirements()
		assert.Equal(t, 3.0, *got[0].Weight, "the matcher kept its own weight")
		assert.Equal(t, 5, got[1].Level, "the matcher kept its own level")
		assert.NotSame(t, reqs[0].Weight, got[0].Weight, "the matcher does not keep the caller's weight pointer")

		*got[0].Weight = 7 // and editing what Requirements returned changes nothing either
		again := m.Requirements()
		assert.Equal(t, 3.0, *again[0].Weight, "Requirements returns a deep copy")
		assert.NotSame(t, got[0].Weight, again[0].Weight, "each call returns fresh weights")
		s, _, err := m.Score(pop, 0)
		require.NoError(t, err, "Score")
		assert.Equal(t, before, s, "editing a returned requirement changes no score")
	}
}

// favourHigh is a scorer whose credit keeps rising past the required level,
// so a descendant rated higher wins on credit over a direct rating that
// meets the requirement.
type favourHigh struct{ competency.WeightedMean }

func (favourHigh) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return float64(s.Position(have)) / 5
}

// gateHigh is favourHigh's credit with mustHave's aggregate, which gates on
// Met.
type gateHigh struct{ mustHave }

func (gateHigh) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return float64(s.Position(have)) / 5
}

func TestMetDirectlyWhateverWinsOnCredit(t *testing.T) {
	ix := competency.MustCompile(small())
	// distributed-systems is a child of software-architecture.
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("software-architecture", 3), rating("distributed-systems", 5)}}
	reqs := []competency.Requirement{req("software-architecture", 3)}
	for _, o := range []competency.Options{
		{DescendantCredit: 0.8, Scorer: favourHigh{}}, // weighted-mean path
		{DescendantCredit: 0.8, Credit: func(have, _ int, s competency.Scale) float64 { return float64(s.Position(have)) / 5 }},
		{DescendantCredit: 0.8, Scorer: gateHigh{}}, // custom aggregate: gates on Met
	} {
		rep, err := ix.Analyze(context.Background(), p, reqs, o)
		require.NoError(t, err, "Analyze")
		g := rep.Gaps[0]
		assert.Equal(t, competency.ViaDescendant, g.Via, "the descendant wins on credit (5/5·0.8 > 3/5)")
		assert.Equal(t, 0.8, g.Credit, "the descendant's credit")
		assert.Equal(t, 5, g.Have, "the descendant's level is credited")
		assert.True(t, g.Met, "met directly, whatever wins on credit")
		assert.Zero(t, g.Shortfall, "no shortfall when met")
		assert.True(t, rep.RequiredMet, "RequiredMet")
		assert.Empty(t, rep.Unmet, "nothing unmet")
		checkMatcherEqualsAnalyze(t, ix, []competency.Profile{p, {Subject: "q", Ratings: []competency.Rating{rating("distributed-systems", 5)}}}, reqs, o, fmt.Sprintf("%+v", o))
	}
	// Through a descendant alone, only DescendantCredit 1 meets.
	q := competency.Profile{Subject: "q", Ratings: []competency.Rating{rating("distributed-systems", 5)}}
	rep, err := ix.Analyze(context.Background(), q, reqs, competency.Options{DescendantCredit: 0.8, Scorer: favourHigh{}})
	require.NoError(t, err, "Analyze")
	assert.False(t, rep.Gaps[0].Met, "a descendant at reduced credit does not meet")
}

// heapAfterGC returns HeapAlloc after a collection.
func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// barrier is a scorer whose aggregate holds every goroutine that calls it
// until n goroutines have: n TopK calls then hold their scratch at once.
type barrier struct {
	n   int
	mu  *sync.Mutex
	ids map[string]bool
	all chan struct{}
}

func newBarrier(n int) barrier {
	return barrier{n: n, mu: &sync.Mutex{}, ids: map[string]bool{}, all: make(chan struct{})}
}

func (barrier) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}
func (b barrier) Score(items []competency.Item) float64 {
	select {
	case <-b.all:
	default:
		b.mu.Lock()
		if id := goroutineID(); !b.ids[id] {
			b.ids[id] = true
			if len(b.ids) == b.n {
				close(b.all)
			}
		}
		b.mu.Unlock()
		<-b.all
	}
	return competency.WeightedMean{}.Score(items)
}

// retainedAfterConcurrentTopK runs calls concurrent TopK calls and returns
// the heap bytes still held afterwards, with the population kept alive.
func retainedAfterConcurrentTopK(tb testing.TB, pop *competency.Population, m *competency.Matcher, calls int) int64 {
	tb.Helper()
	before := heapAfterGC()
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, calls)
	for i := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = m.TopK(context.Background(), pop, 10, competency.TopKOptions{})
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		require.NoError(tb, err, "TopK")
	}
	after := heapAfterGC()
	runtime.KeepAlive(pop)
	runtime.KeepAlive(m)
	return int64(after) - int64(before)
}

// sparsePopulation is 300,000 profiles with one rating each: 4.8 MB
// compiled, the size at which 64 concurrent rankings used to keep 326 MiB.
// The matcher uses the built-in scorer (the sparse fast path) or, with
// overlap, a barrier that makes 64 calls hold their scratch at once (the
// general sparse path).
func sparsePopulation(tb testing.TB, overlap bool) (*competency.Population, *competency.Matcher) {
	tb.Helper()
	s := synth.Uniform()
	s.Ratings = 1
	ix := competency.MustCompile(s.Catalog())
	pop, err := ix.Population(context.Background(), s.Profiles(300_000, 1))
	require.NoError(tb, err, "Population")
	require.False(tb, pop.Dense(), "a sparse population")
	var o competency.Options
	if overlap {
		o.Scorer = newBarrier(64)
	}
	m, err := ix.Matcher(s.RequirementSets(1, 1)[0], o)
	require.NoError(tb, err, "Matcher")
	return pop, m
}

func TestScratchIsNotRetained(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("builds a 300,000-profile population; the race detector skews heap figures")
	}
	for _, overlap := range []bool{false, true} {
		pop, m := sparsePopulation(t, overlap)
		retained := retainedAfterConcurrentTopK(t, pop, m, 64)
		t.Logf("64 concurrent TopK (all at once: %v) on a %.1f MB population: %.2f MiB retained after a GC", overlap, float64(pop.Bytes())/1e6, float64(retained)/(1<<20))
		assert.Less(t, retained, int64(pop.Bytes()/4), "scratch of concurrent rankings is released (retained %d bytes, all at once: %v)", retained, overlap)
	}
}

func TestDenseTopKAllocatesNoScratch(t *testing.T) {
	s := synth.Dense()
	ix := competency.MustCompile(s.Catalog())
	pop, err := ix.Population(context.Background(), s.Profiles(5_000, 1))
	require.NoError(t, err, "Population")
	require.True(t, pop.Dense(), "a dense population")
	m, err := ix.Matcher(s.RequirementSets(1, 1)[0], competency.Options{})
	require.NoError(t, err, "Matcher")
	// The first call builds the matcher's tables for dense populations, once.
	_, err = m.TopK(context.Background(), pop, 10, competency.TopKOptions{})
	require.NoError(t, err, "TopK")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const calls = 10
	for range calls {
		_, err := m.TopK(context.Background(), pop, 10, competency.TopKOptions{})
		require.NoError(t, err, "TopK")
	}
	runtime.ReadMemStats(&after)
	perCall := (after.TotalAlloc - before.TotalAlloc) / calls
	assert.Less(t, perCall, uint64(4096), "the dense fast path allocates no per-profile scratch (%d bytes a call)", perCall)
}

// BenchmarkRetainedScratch reports the heap still held after 64 concurrent
// TopK calls on a 4.8 MB sparse population.
func BenchmarkRetainedScratch(b *testing.B) {
	for _, overlap := range []bool{false, true} {
		b.Run(fmt.Sprintf("all-at-once=%v", overlap), func(b *testing.B) {
			var retained, size float64
			for b.Loop() {
				pop, m := sparsePopulation(b, overlap) // fresh: nothing kept from an earlier round
				retained += float64(retainedAfterConcurrentTopK(b, pop, m, 64))
				size = float64(pop.Bytes())
			}
			b.ReportMetric(retained/float64(b.N)/(1<<20), "MiB-retained")
			b.ReportMetric(size/1e6, "MB-population")
		})
	}
}
