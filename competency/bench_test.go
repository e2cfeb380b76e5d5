package competency_test

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"
	"testing"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
)

// naivePerson is how a user keeps people in memory: a map of ratings.
type naivePerson struct {
	subject string
	levels  map[string]int
}

func naivePeople(ps []competency.Profile) []naivePerson {
	out := make([]naivePerson, len(ps))
	for i, p := range ps {
		m := make(map[string]int, len(p.Ratings))
		for _, r := range p.Ratings {
			m[r.Competency] = r.Level
		}
		out[i] = naivePerson{string(p.Subject), m}
	}
	return out
}

// naiveLinear is linear credit on a scale whose levels are 1, 2, 3, …, so
// that positions are values; 0 is not held.
func naiveLinear(have, need int) float64 {
	if have >= need {
		return 1
	}
	return float64(have) / float64(need)
}

// naiveTopK is the baseline: string-keyed map lookups for every pair, then a
// sort of every score.
func naiveTopK(people []naivePerson, reqs []competency.Requirement, k int) []competency.Match {
	all := make([]competency.Match, 0, len(people))
	for _, p := range people {
		var sumW, sumWC float64
		met := true
		for _, r := range reqs {
			have := p.levels[string(r.Competency)]
			w := r.EffectiveWeight()
			sumW += w
			sumWC += w * naiveLinear(have, r.Level)
			if have < r.Level && r.Importance.IsRequired() {
				met = false
			}
		}
		all = append(all, competency.Match{Subject: competency.SubjectID(p.subject), Score: sumWC / sumW, RequiredMet: met})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Score != all[j].Score {
			return all[i].Score > all[j].Score
		}
		return all[i].Subject < all[j].Subject
	})
	return all[:min(k, len(all))]
}

type fixture struct {
	ix     *competency.Index
	pop    *competency.Population
	naive  []naivePerson
	sets   [][]competency.Requirement
	match  []*competency.Matcher
	people int
}

var (
	fixtures   = map[string]*fixture{}
	fixturesMu sync.Mutex
)

func getFixture(b *testing.B, s synth.Shape, people, sets int) *fixture {
	b.Helper()
	key := fmt.Sprintf("%s/%d/%d", s.Name, people, sets)
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	if f, ok := fixtures[key]; ok {
		return f
	}
	ix := competency.MustCompile(s.Catalog())
	profiles := s.Profiles(people, 1)
	pop, err := ix.Population(context.Background(), profiles)
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{ix: ix, pop: pop, naive: naivePeople(profiles), sets: s.RequirementSets(sets, 2), people: people}
	for _, reqs := range f.sets {
		m, err := ix.Matcher(reqs, competency.Options{})
		if err != nil {
			b.Fatal(err)
		}
		f.match = append(f.match, m)
	}
	fixtures[key] = f
	runtime.GC() // the build's garbage, collected before the timed loop rather than during it
	return f
}

// BenchmarkTopK ranks the population for one requirement set per operation:
// the naive baseline and the compiled path in the same run.
func BenchmarkTopK(b *testing.B) {
	for _, c := range []struct {
		shape  synth.Shape
		people int
	}{{synth.Dense(), 10_000}, {synth.Clustered(), 100_000}, {synth.Uniform(), 100_000}} {
		f := getFixture(b, c.shape, c.people, 16)
		b.Run(c.shape.Name+"/naive", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				naiveTopK(f.naive, f.sets[i%len(f.sets)], 10)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(f.people), "ns/pair")
		})
		b.Run(c.shape.Name+"/compiled", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := f.match[i%len(f.match)].TopK(context.Background(), f.pop, 10, competency.TopKOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(f.people), "ns/pair")
		})
	}
}

// BenchmarkDenseBatch ranks 10,000 dense profiles for 1,000 requirement sets
// (10⁷ pairs) per operation, on one core and on every core.
func BenchmarkDenseBatch(b *testing.B) {
	f := getFixture(b, synth.Dense(), 10_000, 1000)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := competency.TopKBatch(context.Background(), f.match, f.pop, 10, competency.TopKOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e7, "ns/pair")
		})
	}
}

// BenchmarkPopulation builds populations of 10× different sizes, to show the
// build is linear, and reports the bytes kept per rating.
func BenchmarkPopulation(b *testing.B) {
	for _, s := range []synth.Shape{synth.Clustered(), synth.Dense()} {
		ix := competency.MustCompile(s.Catalog())
		for _, n := range []int{1_000, 10_000, 100_000} {
			profiles := s.Profiles(n, 1)
			b.Run(fmt.Sprintf("%s/%d", s.Name, n), func(b *testing.B) {
				b.ReportAllocs()
				var pop *competency.Population
				for b.Loop() {
					var err error
					if pop, err = ix.Population(context.Background(), profiles); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(pop.Bytes())/float64(pop.Ratings()), "bytes/rating")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(pop.Ratings()), "ns/rating")
			})
		}
	}
}

// BenchmarkAnalyze analyzes one clustered profile (35 ratings, a catalog of
// 3,000 competencies) against an 18-item requirement set per operation.
func BenchmarkAnalyze(b *testing.B) {
	s := synth.Clustered()
	ix := competency.MustCompile(s.Catalog())
	p := s.Profiles(1, 1)[0]
	reqs := s.RequirementSets(1, 2)[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Analyze(context.Background(), p, reqs, competency.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTopKScale ranks clustered populations of 10,000, 100,000 and
// 1,000,000 profiles (18-item sets, top 10), the naive baseline and the
// compiled path in the same run, and a dense population of 1,000,000
// profiles × 30 competencies against 18-item sets; on the clustered ones
// also the same sets with weights that are no small fractions
// (compiled-float). The populations of a
// million are built once per benchmark process, and skipped with -short.
// Compare ns/profile across sizes for the cost exponent.
func BenchmarkTopKScale(b *testing.B) {
	for _, c := range []struct {
		shape  synth.Shape
		people int
	}{{synth.Clustered(), 10_000}, {synth.Clustered(), 100_000}, {synth.Clustered(), 1_000_000}, {synth.Dense(), 1_000_000}} {
		if c.people >= 1_000_000 && testing.Short() {
			continue
		}
		name := fmt.Sprintf("%s/%d", c.shape.Name, c.people)
		b.Run(name+"/naive", func(b *testing.B) {
			f := getFixture(b, c.shape, c.people, 16)
			for i := 0; b.Loop(); i++ {
				naiveTopK(f.naive, f.sets[i%len(f.sets)], 10)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(f.people), "ns/profile")
		})
		b.Run(name+"/compiled", func(b *testing.B) {
			f := getFixture(b, c.shape, c.people, 16)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := f.match[i%len(f.match)].TopK(context.Background(), f.pop, 10, competency.TopKOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(f.people), "ns/profile")
		})
		if c.shape.Name != "clustered" {
			continue
		}
		// The same sets with weights √(1+w), no small fractions: the float
		// kernel and the exact rescoring near the cut.
		b.Run(name+"/compiled-float", func(b *testing.B) {
			f := getFixture(b, c.shape, c.people, 16)
			var ms []*competency.Matcher
			for _, reqs := range f.sets {
				rs := make([]competency.Requirement, len(reqs))
				for j, r := range reqs {
					rs[j] = r.WithWeight(math.Sqrt(1 + r.EffectiveWeight()))
				}
				m, err := f.ix.Matcher(rs, competency.Options{})
				if err != nil {
					b.Fatal(err)
				}
				ms = append(ms, m)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if _, err := ms[i%len(ms)].TopK(context.Background(), f.pop, 10, competency.TopKOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(f.people), "ns/profile")
		})
	}
}
