package topk

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
	"github.com/careerkit/careerkit/problem"
)

// TestMain runs the pipelines on Beam's local Prism runner.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// lines returns n profiles as NDJSON lines, and the whole population.
func lines(t *testing.T, ix *competency.Index, n int, seed uint64) ([]string, *competency.Population) {
	t.Helper()
	ps := synth.Clustered().Profiles(n, seed)
	out := make([]string, len(ps))
	for i, p := range ps {
		b, err := json.Marshal(p)
		require.NoError(t, err, "json.Marshal(profile %d)", i)
		out[i] = string(b)
	}
	pop, err := ix.Population(context.Background(), ps)
	require.NoError(t, err, "Population of %d profiles", n)
	return out, pop
}

// TestRankEqualsSingleMachine checks that random shardings on Prism give
// exactly the single-machine TopK, in order, scores to the last bit.
func TestRankEqualsSingleMachine(t *testing.T) {
	cat := synth.Clustered().Catalog()
	ix, err := competency.Compile(cat)
	require.NoError(t, err, "Compile")
	in, pop := lines(t, ix, 600, 9)
	sets := synth.Clustered().RequirementSets(3, 21)
	// A fourth set where RequiredOnly keeps some and drops others: the
	// items of set 0 as preferred, and one required item at the lowest
	// level on a competency of the first profile's family.
	var first competency.Profile
	require.NoError(t, json.Unmarshal([]byte(in[0]), &first), "the first line")
	mixed := []competency.Requirement{{Competency: competency.ID(first.Ratings[0].Competency), Level: 1}}
	for _, r := range sets[0] {
		if r.Competency != mixed[0].Competency {
			r.Importance = competency.Preferred
			mixed = append(mixed, r)
		}
	}
	sets = append(sets, mixed)
	cases := []struct {
		set, k, shards int
		seed           uint64
		requiredOnly   bool
	}{
		{0, 10, 1, 0, false},
		{0, 10, 7, 1, false},
		{1, 25, 4, 2, false},
		{2, 5, 13, 3, false},
		{1, 600, 3, 4, false}, // every profile: the whole order
		{3, 10, 5, 5, true},
		{3, 10, 6, 6, false},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("set%d/k%d/shards%d/seed%d/req%v", c.set, c.k, c.shards, c.seed, c.requiredOnly), func(t *testing.T) {
			m, err := ix.Matcher(sets[c.set], competency.Options{})
			require.NoError(t, err, "Matcher")
			want, err := m.TopK(context.Background(), pop, c.k, competency.TopKOptions{RequiredOnly: c.requiredOnly})
			require.NoError(t, err, "single-machine TopK")
			if want == nil {
				want = []competency.Match{}
			}
			if c.requiredOnly {
				require.NotEmpty(t, want, "some profiles meet the required item")
				all, err := m.TopK(context.Background(), pop, pop.Len(), competency.TopKOptions{RequiredOnly: true})
				require.NoError(t, err, "TopK of every profile")
				require.Less(t, len(all), pop.Len(), "RequiredOnly leaves some profiles out")
			}
			wantJSON, err := json.Marshal(want)
			require.NoError(t, err, "json.Marshal of the single-machine result")

			p, s := beam.NewPipelineWithRoot()
			col := beam.CreateList(s, in)
			top, err := Rank(s, col, Config{Catalog: cat, Requirements: sets[c.set], K: c.k, Shards: c.shards, Seed: c.seed, RequiredOnly: c.requiredOnly})
			require.NoError(t, err, "Rank")
			passert.Equals(s, JSON(s, top), string(wantJSON))
			ptest.RunAndValidate(t, p)
		})
	}
}

func TestRankRefuses(t *testing.T) {
	cat := synth.Clustered().Catalog()
	reqs := synth.Clustered().RequirementSets(1, 1)[0]
	cases := []struct {
		name string
		cfg  Config
		path string
	}{
		{"k 0", Config{Catalog: cat, Requirements: reqs, K: 0, Shards: 2}, "k"},
		{"no shards", Config{Catalog: cat, Requirements: reqs, K: 3}, "shards"},
		{"unknown competency", Config{Catalog: cat, Requirements: []competency.Requirement{{Competency: "nope", Level: 2}}, K: 3, Shards: 2}, "[0].competency"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := beam.NewPipelineWithRoot()
			_, err := Rank(s, beam.CreateList(s, []string{"{}"}), c.cfg)
			var ve *problem.ValidationError
			require.ErrorAs(t, err, &ve, "Rank with %s", c.name)
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of the problem: %v", err)
		})
	}

	t.Run("bad profile fails the pipeline", func(t *testing.T) {
		p, s := beam.NewPipelineWithRoot()
		bad := []string{`{"subject":"ann","ratings":[{"competency":"c0001","level":9}]}`}
		_, err := Rank(s, beam.CreateList(s, bad), Config{Catalog: cat, Requirements: reqs, K: 3, Shards: 2})
		require.NoError(t, err, "Rank")
		err = ptest.Run(p)
		require.Error(t, err, "a level off the scale fails the pipeline")
		assert.Contains(t, err.Error(), "level 9 is not on scale", "the pipeline's error says why")
	})
}

func TestTopListCoder(t *testing.T) {
	l := competency.TopListOf(2, []competency.Match{{Subject: "a", Score: 0.5}, {Subject: "b", Score: 0.75, RequiredMet: true}, {Subject: "c", Score: 0.25}})
	b, err := encodeTopList(l)
	require.NoError(t, err, "encodeTopList")
	got, err := decodeTopList(b)
	require.NoError(t, err, "decodeTopList")
	assert.Equal(t, l.Results(), got.Results(), "the coder keeps the matches")
	assert.Equal(t, 2, got.K(), "the coder keeps k")
	_, err = decodeTopList([]byte{9})
	assert.ErrorIs(t, err, problem.ErrInvalid, "decodeTopList of a bad encoding")
}
