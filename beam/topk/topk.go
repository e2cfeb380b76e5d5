// Package topk ranks a population past one machine with Apache Beam: it
// shards the profiles, ranks each shard with competency.Matcher.TopK on a
// population built by a competency.PopulationBuilder, and merges the
// shards' top lists with a combiner whose accumulator is a
// competency.TopList, carried between workers in its binary encoding. The
// k best of the union are among the k best of each shard, so the result is
// exactly the single-machine ranking: score descending, ties by subject.
package topk

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

func init() {
	beam.RegisterCoder(reflect.TypeOf((*competency.TopList)(nil)), encodeTopList, decodeTopList)
	register.DoFn1x3[string, int, string, error](&shardFn{})
	register.DoFn3x2[context.Context, int, func(*string) bool, []byte, error](&rankFn{})
	register.Iter1[string]()
	register.Combiner3[*competency.TopList, []byte, []byte](&mergeFn{})
	register.DoFn1x2[[]byte, string, error](&jsonFn{})
}

func encodeTopList(t *competency.TopList) ([]byte, error) { return t.MarshalBinary() }

func decodeTopList(b []byte) (*competency.TopList, error) {
	t := new(competency.TopList)
	return t, t.UnmarshalBinary(b)
}

// Config says what to rank and how to shard.
type Config struct {
	// Catalog is the competency catalog the profiles and requirements use.
	Catalog competency.Catalog `json:"catalog"`
	// Requirements is the requirement set to rank the profiles against.
	Requirements []competency.Requirement `json:"requirements"`
	// Policy resolves a competency rated more than once; empty means Latest.
	Policy competency.Policy `json:"policy,omitempty"`
	// AsOf leaves out ratings that expired before it; the zero date counts
	// every rating.
	AsOf civil.Date `json:"asOf,omitzero"`
	// K is how many profiles to keep, at least 1.
	K int `json:"k"`
	// RequiredOnly keeps only profiles that meet every required item.
	RequiredOnly bool `json:"requiredOnly,omitempty"`
	// Shards is how many shards the profiles are split into, at least 1.
	Shards int `json:"shards"`
	// Seed chooses the split: a profile's shard is a hash of the seed and
	// its subject.
	Seed uint64 `json:"seed,omitempty"`
}

// check compiles the catalog and the matcher, as every worker does, and
// reports what is wrong with the configuration.
func (c Config) check() (*competency.Index, *competency.Matcher, error) {
	var errs problem.Errors
	if c.K < 1 {
		errs.AddErr(problem.ErrInvalid, "k", "min", "k is %d, less than 1", c.K)
	}
	if c.Shards < 1 {
		errs.AddErr(problem.ErrInvalid, "shards", "min", "shards is %d, less than 1", c.Shards)
	}
	if err := errs.Err("topk: invalid Config"); err != nil {
		return nil, nil, err
	}
	ix, err := competency.Compile(c.Catalog)
	if err != nil {
		return nil, nil, err
	}
	m, err := ix.Matcher(c.Requirements, competency.Options{Policy: c.Policy, AsOf: c.AsOf})
	if err != nil {
		return nil, nil, err
	}
	return ix, m, nil
}

// Rank adds to the pipeline the ranking of profiles, a PCollection of
// strings that each hold one competency.Profile as JSON (a line of NDJSON),
// and returns a PCollection of one element: the binary encoding of the
// competency.TopList of the K best profiles (JSON turns it into matches).
// Profiles of a subject that comes on several lines are merged, as a
// PopulationBuilder merges them. A configuration whose catalog or
// requirements do not compile is an error here; a line that is not a
// valid profile fails the pipeline with its problems.
func Rank(s beam.Scope, profiles beam.PCollection, cfg Config) (beam.PCollection, error) {
	if _, _, err := cfg.check(); err != nil {
		return beam.PCollection{}, err
	}
	spec, err := json.Marshal(cfg)
	if err != nil {
		return beam.PCollection{}, err
	}
	s = s.Scope("careerkit.topk")
	keyed := beam.ParDo(s, &shardFn{Shards: cfg.Shards, Seed: cfg.Seed}, profiles)
	shards := beam.GroupByKey(s, keyed)
	tops := beam.ParDo(s, &rankFn{Spec: string(spec)}, shards)
	return beam.Combine(s, &mergeFn{K: cfg.K}, tops), nil
}

// JSON turns the output of Rank into one string: the JSON array of its
// matches, best first, as competency.Match encodes them.
func JSON(s beam.Scope, top beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("careerkit.topk.json"), &jsonFn{}, top)
}

// shardFn keys each profile line by its shard.
type shardFn struct {
	Shards int    `json:"shards"`
	Seed   uint64 `json:"seed"`
}

// ProcessElement returns the shard of the line's subject.
func (f *shardFn) ProcessElement(line string) (int, string, error) {
	var p struct {
		Subject string `json:"subject"`
	}
	if err := json.Unmarshal([]byte(line), &p); err != nil {
		return 0, "", fmt.Errorf("topk: a profile line is not JSON: %w", err)
	}
	h := fnv.New64a()
	h.Write(strconv.AppendUint(nil, f.Seed, 10))
	h.Write([]byte{0})
	h.Write([]byte(p.Subject))
	return int(h.Sum64() % uint64(f.Shards)), line, nil
}

// rankFn ranks one shard.
type rankFn struct {
	Spec string `json:"spec"` // the Config as JSON
	cfg  Config
	ix   *competency.Index
	m    *competency.Matcher
}

// Setup compiles the catalog and the matcher once per worker.
func (f *rankFn) Setup() error {
	if err := json.Unmarshal([]byte(f.Spec), &f.cfg); err != nil {
		return fmt.Errorf("topk: configuration: %w", err)
	}
	var err error
	f.ix, f.m, err = f.cfg.check()
	return err
}

// ProcessElement builds the shard's population from its lines, one rating
// at a time, and returns the binary encoding of its top list.
func (f *rankFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) ([]byte, error) {
	b, err := f.ix.NewPopulationBuilder(competency.Options{Policy: f.cfg.Policy, AsOf: f.cfg.AsOf})
	if err != nil {
		return nil, err
	}
	var line string
	for lines(&line) {
		var p competency.Profile
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("topk: shard %d: a profile line: %w", shard, err)
		}
		if err := b.AddSubject(p.Subject); err != nil {
			return nil, err
		}
		for _, r := range p.Ratings {
			if err := b.Add(p.Subject, r); err != nil {
				return nil, err
			}
		}
	}
	pop, err := b.Build(ctx)
	if err != nil {
		return nil, err
	}
	top, err := f.m.TopK(ctx, pop, f.cfg.K, competency.TopKOptions{RequiredOnly: f.cfg.RequiredOnly})
	if err != nil {
		return nil, err
	}
	return competency.TopListOf(f.cfg.K, top).MarshalBinary()
}

// mergeFn merges the shards' top lists.
type mergeFn struct {
	K int `json:"k"`
}

// CreateAccumulator returns an empty list that keeps K.
func (f *mergeFn) CreateAccumulator() *competency.TopList { return competency.NewTopList(f.K) }

// AddInput merges one shard's encoded list.
func (f *mergeFn) AddInput(acc *competency.TopList, in []byte) (*competency.TopList, error) {
	t, err := decodeTopList(in)
	if err != nil {
		return nil, err
	}
	acc.Merge(t)
	return acc, nil
}

// MergeAccumulators merges two partial results.
func (f *mergeFn) MergeAccumulators(a, b *competency.TopList) *competency.TopList {
	a.Merge(b)
	return a
}

// ExtractOutput encodes the merged list.
func (f *mergeFn) ExtractOutput(acc *competency.TopList) ([]byte, error) { return acc.MarshalBinary() }

// jsonFn writes an encoded list's matches as JSON.
type jsonFn struct{}

// ProcessElement decodes the list and returns its matches as a JSON array.
func (jsonFn) ProcessElement(b []byte) (string, error) {
	t, err := decodeTopList(b)
	if err != nil {
		return "", err
	}
	res := t.Results()
	if res == nil {
		res = []competency.Match{}
	}
	out, err := json.Marshal(res)
	return string(out), err
}
