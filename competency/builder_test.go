package competency_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
	"github.com/careerkit/careerkit/problem"
)

// streamWorld makes n profiles with repeated ratings of the same
// competency (by ID, name or alias), every source, undated and dated
// ratings, some that expire, and some profiles with no rating: what the
// resolution policy and the date decide between.
func streamWorld(w world, n int) []competency.Profile {
	dates := []civil.Date{{}, civil.MustParseDate("2026-01-01"), civil.MustParseDate("2026-02-01"), civil.MustParseDate("2026-03-01")}
	sources := append([]competency.Source{""}, competency.Sources()...)
	ps := make([]competency.Profile, n)
	for i := range ps {
		ps[i].Subject = competency.SubjectID("p" + itoa((i*7919)%n))
		for range w.rng.IntN(3 * len(w.ids)) {
			c := w.rng.IntN(len(w.ids))
			ref := []string{string(w.ids[c]), "C" + itoa(c), "alias " + itoa(c)}[w.rng.IntN(3)]
			r := competency.Rating{Competency: ref, Level: 1 + w.rng.IntN(5), Source: sources[w.rng.IntN(len(sources))], AssessedAt: dates[w.rng.IntN(len(dates))]}
			if w.rng.IntN(4) == 0 {
				r.ExpiresAt = civil.MustParseDate("2026-06-30")
			}
			ps[i].Ratings = append(ps[i].Ratings, r)
		}
	}
	return ps
}

// buildStream feeds every rating of ps to a builder in a random order, and
// every subject once with AddSubject, then builds.
func buildStream(t *testing.T, ix *competency.Index, ps []competency.Profile, opts competency.Options, rng *rand.Rand) *competency.Population {
	t.Helper()
	type item struct {
		s competency.SubjectID
		r competency.Rating
	}
	var items []item
	for _, p := range ps {
		for _, r := range p.Ratings {
			items = append(items, item{p.Subject, r})
		}
	}
	rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	b, err := ix.NewPopulationBuilder(opts)
	require.NoError(t, err, "NewPopulationBuilder(%+v)", opts)
	for _, p := range ps {
		require.NoError(t, b.AddSubject(p.Subject), "AddSubject(%q)", p.Subject)
	}
	for _, it := range items {
		require.NoError(t, b.Add(it.s, it.r), "Add(%q, %+v)", it.s, it.r)
	}
	pop, err := b.Build(context.Background())
	require.NoError(t, err, "Build")
	return pop
}

func TestPopulationBuilderEqualsPopulation(t *testing.T) {
	options := []competency.Options{
		{},
		{Policy: competency.Highest},
		{Policy: competency.Lowest},
		{AsOf: civil.MustParseDate("2026-05-01")},
		{AsOf: civil.MustParseDate("2026-07-01")}, // after every expiry date
		{Policy: competency.Highest, AsOf: civil.MustParseDate("2026-07-01")},
	}
	ctx := context.Background()
	for seed := uint64(1); seed <= 16; seed++ {
		w := newWorld(seed, 6+int(seed))
		ps := streamWorld(w, 40+int(seed)*11)
		for _, o := range options {
			t.Run(itoa(int(seed))+"/"+o.Policy.String()+"/"+o.AsOf.String(), func(t *testing.T) {
				want, err := w.ix.PopulationWithOptions(ctx, ps, o)
				require.NoError(t, err, "PopulationWithOptions")
				got := buildStream(t, w.ix, ps, o, w.rng)
				require.Equal(t, want.Len(), got.Len(), "Len")
				assert.Equal(t, want.Ratings(), got.Ratings(), "Ratings()")
				assert.Equal(t, want.Dense(), got.Dense(), "Dense()")
				assert.Equal(t, want.Bytes(), got.Bytes(), "Bytes()")
				for i := range want.Len() {
					require.Equal(t, want.Subject(i), got.Subject(i), "Subject(%d)", i)
				}
				for range 3 {
					reqs := w.requirements()
					m, err := w.ix.Matcher(reqs, competency.Options{Policy: o.Policy, AsOf: o.AsOf})
					require.NoError(t, err, "Matcher")
					for i := range want.Len() {
						ws, wm, err := m.Score(want, i)
						require.NoError(t, err, "Score(want, %d)", i)
						gs, gm, err := m.Score(got, i)
						require.NoError(t, err, "Score(got, %d)", i)
						require.Equal(t, ws, gs, "Score of %s", want.Subject(i))
						require.Equal(t, wm, gm, "RequiredMet of %s", want.Subject(i))
					}
					for _, k := range []int{1, 5, want.Len()} {
						wt, err := m.TopK(ctx, want, k, competency.TopKOptions{})
						require.NoError(t, err, "TopK(want, %d)", k)
						gt, err := m.TopK(ctx, got, k, competency.TopKOptions{})
						require.NoError(t, err, "TopK(got, %d)", k)
						assert.Equal(t, wt, gt, "TopK(%d)", k)
					}
				}
			})
		}
	}
}

func TestPopulationBuilderProblems(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "go", Name: "Go", Kind: competency.Hard, DefinedLevels: []int{2, 3}},
	}})
	cases := []struct {
		name     string
		subject  competency.SubjectID
		r        competency.Rating
		path     string
		rule     string
		sentinel error
	}{
		{"unknown competency", "ann", competency.Rating{Competency: "rust", Level: 2}, "[0].competency", "exists", problem.ErrUnknownCompetency},
		{"level off the scale", "ann", competency.Rating{Competency: "go", Level: 9}, "[0].level", "level", problem.ErrUnknownLevel},
		{"level not defined", "ann", competency.Rating{Competency: "Go", Level: 1}, "[0].level", "level", problem.ErrUnknownLevel},
		{"subject not an ID", "Ann Smith", competency.Rating{Competency: "go", Level: 2}, "[0].subject", "slug", nil},
		{"no competency", "ann", competency.Rating{Level: 2}, "[0].competency", "required", nil},
		{"unknown source", "ann", competency.Rating{Competency: "go", Level: 2, Source: "boss"}, "[0].source", "oneof", nil},
		{"expires before assessed", "ann", competency.Rating{Competency: "go", Level: 2,
			AssessedAt: civil.MustParseDate("2026-02-01"), ExpiresAt: civil.MustParseDate("2026-01-01")}, "[0].expiresAt", "order", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := ix.NewPopulationBuilder(competency.Options{})
			require.NoError(t, err, "NewPopulationBuilder")
			err = b.Add(c.subject, c.r)
			var ve *problem.ValidationError
			require.ErrorAs(t, err, &ve, "Add(%q, %+v)", c.subject, c.r)
			require.NotEmpty(t, ve.Errors, "Add(%q, %+v) problems", c.subject, c.r)
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of Add(%q, %+v): %v", c.subject, c.r, err)
			assert.Equal(t, c.rule, ve.Errors[0].Rule, "rule of Add(%q, %+v): %v", c.subject, c.r, err)
			assert.Contains(t, ve.Subject, string(c.subject), "Add's error names the subject")
			if c.sentinel != nil {
				assert.ErrorIs(t, err, c.sentinel, "Add(%q, %+v)", c.subject, c.r)
			}

			// A good rating after it, then Build reports the bad one again
			// with the subject in its message.
			require.NoError(t, b.Add("bob", competency.Rating{Competency: "go", Level: 3}), "Add of a good rating")
			pop, err := b.Build(context.Background())
			assert.Nil(t, pop, "Build after a refused rating returns no population")
			require.ErrorAs(t, err, &ve, "Build after a refused rating")
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of Build's problem: %v", err)
			assert.Contains(t, ve.Errors[0].Message, `subject "`+string(c.subject)+`"`, "Build's problem names the subject")

			// The builder is empty again.
			require.NoError(t, b.Add("bob", competency.Rating{Competency: "go", Level: 3}), "Add after Build")
			pop, err = b.Build(context.Background())
			require.NoError(t, err, "Build of a fresh start")
			assert.Equal(t, 1, pop.Len(), "the population after Build holds only what came after")
		})
	}

	t.Run("ordinal counts every call", func(t *testing.T) {
		b, err := ix.NewPopulationBuilder(competency.Options{})
		require.NoError(t, err, "NewPopulationBuilder")
		require.NoError(t, b.Add("ann", competency.Rating{Competency: "go", Level: 2}), "Add [0]")
		require.NoError(t, b.AddSubject("bob"), "AddSubject [1]")
		err = b.Add("cy", competency.Rating{Competency: "go", Level: 4}) // the third call: [2]
		var ve *problem.ValidationError
		require.ErrorAs(t, err, &ve, "Add [2]")
		assert.Equal(t, "[2].level", ve.Errors[0].Path, "path of the third call's problem")
	})

	t.Run("bad options", func(t *testing.T) {
		_, err := ix.NewPopulationBuilder(competency.Options{Policy: "newest"})
		assert.ErrorIs(t, err, problem.ErrInvalid, "NewPopulationBuilder with policy newest")
		var nilIx *competency.Index
		_, err = nilIx.NewPopulationBuilder(competency.Options{})
		assert.ErrorIs(t, err, problem.ErrInvalid, "NewPopulationBuilder on a nil index")
	})

	t.Run("cancelled", func(t *testing.T) {
		b, err := ix.NewPopulationBuilder(competency.Options{})
		require.NoError(t, err, "NewPopulationBuilder")
		require.NoError(t, b.Add("ann", competency.Rating{Competency: "go", Level: 2}), "Add")
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		pop, err := b.Build(ctx)
		assert.True(t, errors.Is(err, context.Canceled), "Build with a cancelled context: %v", err)
		assert.Nil(t, pop, "Build with a cancelled context returns no population")
	})
}

func TestPopulationBuilderResolves(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "go", Name: "Go", Kind: competency.Hard, Aliases: []string{"golang"}},
		{ID: "sql", Name: "SQL", Kind: competency.Hard},
	}})
	jan, feb := civil.MustParseDate("2026-01-01"), civil.MustParseDate("2026-02-01")
	ratings := []struct {
		s competency.SubjectID
		r competency.Rating
	}{
		{"zoe", competency.Rating{Competency: "go", Level: 4, AssessedAt: jan, Source: competency.Assessment}},
		{"ann", competency.Rating{Competency: "golang", Level: 2, AssessedAt: feb, Source: competency.Self}},
		{"zoe", competency.Rating{Competency: "Go", Level: 1, AssessedAt: feb, Source: competency.Self}},
		{"ann", competency.Rating{Competency: "go", Level: 5, AssessedAt: feb, Source: competency.Manager}},
		{"ann", competency.Rating{Competency: "sql", Level: 3, ExpiresAt: jan}},
	}
	// Latest: zoe's go is February's self-assessment (1); ann's go is
	// February's manager rating (5, a manager over self on the same date);
	// with AsOf February ann's sql (expired in January) is left out.
	// Highest: zoe's go is 4, ann's go is 5.
	cases := []struct {
		opts         competency.Options
		zoeGo, annGo int
		ratings      int
	}{
		{competency.Options{}, 1, 5, 3},
		{competency.Options{AsOf: feb}, 1, 5, 2},
		{competency.Options{Policy: competency.Highest}, 4, 5, 3},
		{competency.Options{Policy: competency.Lowest}, 1, 2, 3},
	}
	for _, c := range cases {
		t.Run(c.opts.Policy.String()+"/"+c.opts.AsOf.String(), func(t *testing.T) {
			b, err := ix.NewPopulationBuilder(c.opts)
			require.NoError(t, err, "NewPopulationBuilder")
			for _, x := range ratings {
				require.NoError(t, b.Add(x.s, x.r), "Add(%q, %+v)", x.s, x.r)
			}
			pop, err := b.Build(context.Background())
			require.NoError(t, err, "Build")
			require.Equal(t, 2, pop.Len(), "two subjects")
			assert.Equal(t, competency.SubjectID("ann"), pop.Subject(0), "subjects in ID order")
			assert.Equal(t, c.ratings, pop.Ratings(), "resolved ratings")
			// A requirement of go at level 5 scores linear credit
			// position(have)/5 on the 1–5 Dreyfus scale.
			m, err := ix.Matcher([]competency.Requirement{{Competency: "go", Level: 5}}, competency.Options{Policy: c.opts.Policy, AsOf: c.opts.AsOf})
			require.NoError(t, err, "Matcher")
			annScore, _, err := m.Score(pop, 0)
			require.NoError(t, err, "Score ann")
			zoeScore, _, err := m.Score(pop, 1)
			require.NoError(t, err, "Score zoe")
			assert.InDelta(t, float64(c.annGo)/5, annScore, 1e-12, "ann's score is her go level %d over 5", c.annGo)
			assert.InDelta(t, float64(c.zoeGo)/5, zoeScore, 1e-12, "zoe's score is her go level %d over 5", c.zoeGo)
		})
	}
}

func ExamplePopulationBuilder() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "go", Name: "Go", Kind: competency.Hard},
		{ID: "sql", Name: "SQL", Kind: competency.Hard},
	}})
	b, err := ix.NewPopulationBuilder(competency.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Ratings as a database cursor would give them: any order, repeats.
	feed := []struct {
		subject competency.SubjectID
		rating  competency.Rating
	}{
		{"zoe", competency.Rating{Competency: "go", Level: 2, AssessedAt: civil.MustParseDate("2025-01-10")}},
		{"ann", competency.Rating{Competency: "sql", Level: 4}},
		{"zoe", competency.Rating{Competency: "go", Level: 4, AssessedAt: civil.MustParseDate("2026-01-10")}},
		{"ann", competency.Rating{Competency: "rust", Level: 3}},
	}
	for _, f := range feed {
		if err := b.Add(f.subject, f.rating); err != nil {
			fmt.Println(err)
		}
	}
	if _, err := b.Build(context.Background()); err != nil {
		fmt.Println("Build:", err != nil)
	}
	// The builder is empty again: feed it the good ratings only.
	for _, f := range feed[:3] {
		b.Add(f.subject, f.rating)
	}
	pop, err := b.Build(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := ix.Matcher([]competency.Requirement{{Competency: "go", Level: 4}}, competency.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	top, err := m.TopK(context.Background(), pop, 2, competency.TopKOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pop)
	for _, t := range top {
		fmt.Printf("%s %.2f\n", t.Subject, t.Score)
	}
	// Output:
	// competency: invalid rating of subject "ann": [3].competency: "rust" is not an ID, name or alias of a competency of the catalog (exists)
	// Build: true
	// Population{2 profiles, 2 ratings, dense=true}
	// zoe 1.00
	// ann 0.00
}

// BenchmarkPopulationBuilder builds the same clustered population at n and
// 4n profiles from a stream of ratings (its count known, as from a SELECT
// count(*)) and with PopulationWithOptions, and reports the bytes the
// builder allocates per rating, the population included.
func BenchmarkPopulationBuilder(b *testing.B) {
	ix := competency.MustCompile(synth.Clustered().Catalog())
	for _, n := range []int{10000, 40000} {
		ps := synth.Clustered().Profiles(n, 1)
		ratings := 0
		for _, p := range ps {
			ratings += len(p.Ratings)
		}
		b.Run(fmt.Sprintf("builder/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var bytes uint64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				pb, err := ix.NewPopulationBuilder(competency.Options{})
				if err != nil {
					b.Fatal(err)
				}
				pb.Grow(ratings)
				for _, p := range ps {
					for _, r := range p.Ratings {
						if err := pb.Add(p.Subject, r); err != nil {
							b.Fatal(err)
						}
					}
				}
				if _, err := pb.Build(context.Background()); err != nil {
					b.Fatal(err)
				}
				runtime.ReadMemStats(&after)
				bytes += after.TotalAlloc - before.TotalAlloc
			}
			b.ReportMetric(float64(bytes)/float64(b.N)/float64(ratings), "B/rating")
		})
		b.Run(fmt.Sprintf("profiles/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ix.PopulationWithOptions(context.Background(), ps, competency.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestPopulationBuilderSlowPathAccepts(t *testing.T) {
	// Evidence of 1,500 two-byte runes is 3,000 bytes: more than a byte
	// count of 2,000 allows, within the 2,000 runes the validator allows.
	// Add's quick check cannot accept it, and its full check does.
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{{ID: "go", Name: "Go", Kind: competency.Hard}}})
	b, err := ix.NewPopulationBuilder(competency.Options{})
	require.NoError(t, err, "NewPopulationBuilder")
	long := competency.Rating{Competency: "go", Level: 3, Evidence: strings.Repeat("é", 1500)} // 3,000 bytes, 1,500 runes
	require.NoError(t, b.Add("ann", long), "Add with evidence of 1,500 runes")
	require.Error(t, b.Add("", competency.Rating{Competency: "go", Level: 3}), "Add with an empty subject after a good one")
	b, err = ix.NewPopulationBuilder(competency.Options{})
	require.NoError(t, err, "NewPopulationBuilder")
	require.NoError(t, b.Add("ann", long), "Add with evidence of 1,500 runes")
	pop, err := b.Build(context.Background())
	require.NoError(t, err, "Build")
	assert.Equal(t, 1, pop.Ratings(), "the rating with long evidence counts")
}

func TestPopulationBuilderGrow(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes allocations of its own")
	}
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{{ID: "go", Name: "Go", Kind: competency.Hard}}})
	b, err := ix.NewPopulationBuilder(competency.Options{})
	require.NoError(t, err, "NewPopulationBuilder")
	b.Grow(-1)
	b.Grow(2000)
	// AllocsPerRun adds 1,000 ratings twice (a warm-up that also registers
	// the subject, then the measured run): 2,000 fit in what Grow reserved.
	allocs := testing.AllocsPerRun(1, func() {
		for range 1000 {
			if err := b.Add("ann", competency.Rating{Competency: "go", Level: 3}); err != nil {
				t.Fatal(err)
			}
		}
	})
	// Nothing in Add allocates; the bound leaves room for the allocations of
	// other goroutines of the test binary, which AllocsPerRun counts too.
	assert.Less(t, allocs, 100.0, "1,000 Adds of a known subject after Grow allocate (next to) nothing")
}
