package competency_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

func TestTopListOrder(t *testing.T) {
	ms := []competency.Match{
		{Subject: "d", Score: 0.5},
		{Subject: "b", Score: 0.75, RequiredMet: true},
		{Subject: "c", Score: 0.5},
		{Subject: "a", Score: 0.5},
		{Subject: "e", Score: 1, RequiredMet: true},
		{Subject: "f", Score: 0.25},
	}
	// Score descending, then subject ascending: e (1), b (0.75), then the
	// three at 0.5 as a, c, d, then f (0.25).
	cases := []struct {
		k    int
		want []competency.SubjectID
	}{
		{0, nil},
		{-3, nil},
		{1, []competency.SubjectID{"e"}},
		{4, []competency.SubjectID{"e", "b", "a", "c"}},
		{6, []competency.SubjectID{"e", "b", "a", "c", "d", "f"}},
		{10, []competency.SubjectID{"e", "b", "a", "c", "d", "f"}},
	}
	for _, c := range cases {
		t.Run(itoa(c.k), func(t *testing.T) {
			l := competency.TopListOf(c.k, ms)
			var got []competency.SubjectID
			for _, m := range l.Results() {
				got = append(got, m.Subject)
			}
			assert.Equal(t, c.want, got, "TopListOf(%d, ms).Results()", c.k)
			assert.Equal(t, max(c.k, 0), l.K(), "K()")
			assert.Equal(t, len(c.want), l.Len(), "Len()")
		})
	}

	t.Run("merge keeps the smaller k", func(t *testing.T) {
		a := competency.TopListOf(4, ms[:3]) // d, b, c
		b := competency.TopListOf(2, ms[3:]) // e, a (f dropped)
		a.Merge(b)
		assert.Equal(t, 2, a.K(), "K() after merging a list of k 2 into one of k 4")
		assert.Equal(t, []competency.Match{ms[4], ms[1]}, a.Results(), "e and b are the 2 best of the union")
		a.Merge(nil)
		assert.Equal(t, 2, a.Len(), "Merge(nil) changes nothing")
	})

	t.Run("NaN ranks last", func(t *testing.T) {
		l := competency.TopListOf(2, []competency.Match{{Subject: "n", Score: math.NaN()}, {Subject: "z", Score: 0}})
		assert.Equal(t, competency.SubjectID("z"), l.Results()[0].Subject, "a score of 0 ranks above NaN")
	})
}

func TestTopListShardedEqualsWhole(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 20; seed++ {
		w := newWorld(seed, 8+int(seed%5))
		ps := make([]competency.Profile, 60+int(seed)*13)
		for i := range ps {
			ps[i] = w.profile()
			ps[i].Subject = competency.SubjectID("s" + itoa((i*7919)%len(ps)))
		}
		whole, err := w.ix.Population(ctx, ps)
		require.NoError(t, err, "Population seed %d", seed)
		m, err := w.ix.Matcher(w.requirements(), competency.Options{})
		require.NoError(t, err, "Matcher seed %d", seed)

		shards := 1 + w.rng.IntN(7)
		parts := make([][]competency.Profile, shards)
		for _, p := range ps {
			s := w.rng.IntN(shards)
			parts[s] = append(parts[s], p)
		}
		for _, k := range []int{1, 3, 10, len(ps)} {
			for _, opts := range []competency.TopKOptions{{}, {RequiredOnly: true}} {
				want, err := m.TopK(ctx, whole, k, opts)
				require.NoError(t, err, "TopK whole seed %d k %d", seed, k)
				merged := competency.NewTopList(k)
				for s, part := range parts {
					pop, err := w.ix.Population(ctx, part)
					require.NoError(t, err, "Population of shard %d seed %d", s, seed)
					top, err := m.TopK(ctx, pop, k, opts)
					require.NoError(t, err, "TopK shard %d seed %d k %d", s, seed, k)
					l := competency.TopListOf(k, top)
					// Every other shard goes through an encoding, as it
					// would between machines.
					if s%2 == 1 {
						bin, err := l.MarshalBinary()
						require.NoError(t, err, "MarshalBinary")
						l = new(competency.TopList)
						require.NoError(t, l.UnmarshalBinary(bin), "UnmarshalBinary of MarshalBinary")
					} else {
						js, err := json.Marshal(l)
						require.NoError(t, err, "json.Marshal")
						l = new(competency.TopList)
						require.NoError(t, json.Unmarshal(js, l), "json.Unmarshal of %s", js)
					}
					merged.Merge(l)
				}
				got := merged.Results()
				if len(want) == 0 {
					assert.Empty(t, got, "merged top %d of %d shards, seed %d, %+v", k, shards, seed, opts)
					continue
				}
				assert.Equal(t, want, got, "merged top %d of %d shards equals TopK of the whole, seed %d, %+v", k, shards, seed, opts)
			}
		}
	}
}

func TestTopListEncodings(t *testing.T) {
	l := competency.TopListOf(3, []competency.Match{{Subject: "b", Score: 0.5}, {Subject: "a", Score: 1, RequiredMet: true}})
	bin, err := l.MarshalBinary()
	require.NoError(t, err, "MarshalBinary")
	// version 1, k 3, 2 matches; "a": length 1, 'a', 1.0 = 0x3FF0000000000000,
	// met 1; "b": length 1, 'b', 0.5 = 0x3FE0000000000000, met 0.
	want := []byte{1, 3, 2,
		1, 'a', 0x3f, 0xf0, 0, 0, 0, 0, 0, 0, 1,
		1, 'b', 0x3f, 0xe0, 0, 0, 0, 0, 0, 0, 0}
	assert.Equal(t, want, bin, "MarshalBinary of [a 1 met, b 0.5]")
	js, err := json.Marshal(l)
	require.NoError(t, err, "json.Marshal")
	assert.JSONEq(t, `{"k":3,"results":[{"subject":"a","score":1,"requiredMet":true},{"subject":"b","score":0.5,"requiredMet":false}]}`, string(js), "json.Marshal")
	empty, err := json.Marshal(competency.NewTopList(2))
	require.NoError(t, err, "json.Marshal of an empty list")
	assert.JSONEq(t, `{"k":2,"results":[]}`, string(empty), "json.Marshal of an empty list")

	// A score that needs all 17 digits survives both encodings.
	odd := competency.TopListOf(1, []competency.Match{{Subject: "x", Score: 0.1 + 0.2}})
	for name, round := range map[string]func() (*competency.TopList, error){
		"binary": func() (*competency.TopList, error) {
			b, _ := odd.MarshalBinary()
			var out competency.TopList
			return &out, out.UnmarshalBinary(b)
		},
		"json": func() (*competency.TopList, error) {
			b, _ := json.Marshal(odd)
			var out competency.TopList
			return &out, json.Unmarshal(b, &out)
		},
	} {
		out, err := round()
		require.NoError(t, err, "%s round trip", name)
		assert.Equal(t, odd.Results(), out.Results(), "%s round trip keeps 0.1+0.2 exactly", name)
		assert.Equal(t, 1, out.K(), "%s round trip keeps k", name)
	}

	binCases := []struct {
		name string
		data []byte
		path string
	}{
		{"empty", nil, "version"},
		{"other version", []byte{2, 3, 0}, "version"},
		{"no k", []byte{1}, "k"},
		{"more matches than k", []byte{1, 1, 2}, "results"},
		{"cut short", want[:20], "results[1]"},
		{"length past the end", []byte{1, 1, 1, 200}, "results[0].subject"},
		{"bad bool", append(append([]byte{}, want[:13]...), 7), "results[0].requiredMet"},
		{"bytes after the end", append(append([]byte{}, want...), 0), ""},
		{"bad subject", []byte{1, 1, 1, 1, '!', 0x3f, 0xf0, 0, 0, 0, 0, 0, 0, 1}, "results[0].subject"},
		{"score above 1", []byte{1, 1, 1, 1, 'a', 0x40, 0, 0, 0, 0, 0, 0, 0, 1}, "results[0].score"}, // 2.0
	}
	for _, c := range binCases {
		t.Run("binary/"+c.name, func(t *testing.T) {
			var out competency.TopList
			err := out.UnmarshalBinary(c.data)
			var ve *problem.ValidationError
			require.ErrorAs(t, err, &ve, "UnmarshalBinary(%v)", c.data)
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of UnmarshalBinary(%v): %v", c.data, err)
			assert.ErrorIs(t, err, problem.ErrInvalid, "UnmarshalBinary(%v)", c.data)
		})
	}

	jsonCases := []struct {
		name, data, path string
	}{
		{"negative k", `{"k":-1,"results":[]}`, "k"},
		{"more matches than k", `{"k":1,"results":[{"subject":"a","score":1},{"subject":"b","score":1}]}`, "results"},
		{"bad subject", `{"k":1,"results":[{"subject":"","score":1}]}`, "results[0].subject"},
		{"negative score", `{"k":1,"results":[{"subject":"a","score":-0.5}]}`, "results[0].score"},
	}
	for _, c := range jsonCases {
		t.Run("json/"+c.name, func(t *testing.T) {
			var out competency.TopList
			err := json.Unmarshal([]byte(c.data), &out)
			var ve *problem.ValidationError
			require.ErrorAs(t, err, &ve, "json.Unmarshal(%s)", c.data)
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of json.Unmarshal(%s): %v", c.data, err)
		})
	}
	t.Run("json/unknown field", func(t *testing.T) {
		var out competency.TopList
		err := json.Unmarshal([]byte(`{"k":1,"results":[],"top":3}`), &out)
		assert.ErrorIs(t, err, problem.ErrInvalid, "json.Unmarshal with an unknown field")
		assert.ErrorContains(t, err, `"top"`, "the error names the unknown field")
	})
}

func ExampleTopList() {
	// Two shards ranked apart, their top 2 merged: the top 2 of the whole.
	east := competency.TopListOf(2, []competency.Match{{Subject: "ann", Score: 0.9}, {Subject: "cy", Score: 0.5}})
	west := competency.TopListOf(2, []competency.Match{{Subject: "bo", Score: 0.9}, {Subject: "di", Score: 0.7}})
	wire, err := west.MarshalBinary() // as it would travel between machines
	if err != nil {
		fmt.Println(err)
		return
	}
	var got competency.TopList
	if err := got.UnmarshalBinary(wire); err != nil {
		fmt.Println(err)
		return
	}
	east.Merge(&got)
	for _, m := range east.Results() {
		fmt.Println(m.Subject, m.Score)
	}
	js, _ := json.Marshal(east)
	fmt.Println(string(js))
	// Output:
	// ann 0.9
	// bo 0.9
	// {"k":2,"results":[{"subject":"ann","score":0.9,"requiredMet":false},{"subject":"bo","score":0.9,"requiredMet":false}]}
}

// FuzzTopListBinary checks that UnmarshalBinary never panics, and that what
// it accepts encodes back to bytes it decodes to the same list.
func FuzzTopListBinary(f *testing.F) {
	seed, _ := competency.TopListOf(3, []competency.Match{{Subject: "a", Score: 1, RequiredMet: true}, {Subject: "b", Score: 0.5}}).MarshalBinary()
	f.Add(seed)
	f.Add([]byte{1, 0, 0})
	f.Add([]byte{1, 5, 1, 1, 'x', 0x3f, 0xe0, 0, 0, 0, 0, 0, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var l competency.TopList
		if l.UnmarshalBinary(data) != nil {
			return
		}
		require.LessOrEqual(t, l.Len(), l.K(), "Len ≤ K after UnmarshalBinary(%v)", data)
		again, err := l.MarshalBinary()
		require.NoError(t, err, "MarshalBinary")
		var back competency.TopList
		require.NoError(t, back.UnmarshalBinary(again), "UnmarshalBinary of MarshalBinary")
		assert.Equal(t, l.Results(), back.Results(), "round trip of %v", data)
		assert.Equal(t, l.K(), back.K(), "round trip keeps k")
	})
}

// FuzzTopListJSON is FuzzTopListBinary for the JSON encoding.
func FuzzTopListJSON(f *testing.F) {
	f.Add(`{"k":3,"results":[{"subject":"a","score":1,"requiredMet":true},{"subject":"b","score":0.5}]}`)
	f.Add(`{"k":0,"results":[]}`)
	f.Add(`{"k":1,"results":[{"subject":"a","score":0.30000000000000004}]}`)
	f.Fuzz(func(t *testing.T, data string) {
		var l competency.TopList
		if json.Unmarshal([]byte(data), &l) != nil {
			return
		}
		require.LessOrEqual(t, l.Len(), l.K(), "Len ≤ K after json.Unmarshal(%q)", data)
		again, err := json.Marshal(&l)
		require.NoError(t, err, "json.Marshal")
		var back competency.TopList
		require.NoError(t, json.Unmarshal(again, &back), "json.Unmarshal of json.Marshal: %s", again)
		assert.Equal(t, l.Results(), back.Results(), "round trip of %q", data)
	})
}
