package ladder_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

// lateral is a ladder of lateral moves between levels named by ids, on one
// track.
func lateral(ids []string, moves [][2]string) ladder.Ladder {
	l := ladder.Ladder{ID: "x", Name: "X", Tracks: []ladder.Track{{ID: "t", Name: "T", Kind: role.IC}}}
	for _, id := range ids {
		l.Levels = append(l.Levels, ladder.Level{ID: ladder.LevelID(id), Track: "t", Rank: 1, Title: id})
	}
	for _, m := range moves {
		l.Moves = append(l.Moves, ladder.Move{From: ladder.LevelID(m[0]), To: ladder.LevelID(m[1]), Kind: ladder.Lateral})
	}
	return l
}

// costs returns a cost function from "from>to" to the cost of that move.
func costs(c map[string]float64) ladder.CostFunc {
	return func(m ladder.Move) float64 { return c[string(m.From+">"+m.To)] }
}

func TestPathByOverflow(t *testing.T) {
	const huge = math.MaxFloat64
	g := ladder.MustCompile(lateral([]string{"a", "b", "c", "d", "e", "z"}, [][2]string{
		{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"e", "d"},
	}), catalog())
	cases := []struct {
		name  string
		cost  map[string]float64
		to    string
		via   []string
		total float64
		err   error
	}{
		{"halves add up to the largest float64", map[string]float64{"a>b": huge / 2, "b>c": huge / 2},
			"c", []string{"a", "b", "c"}, huge, nil},
		{"three halves overflow", map[string]float64{"a>b": huge / 2, "b>c": huge / 2, "c>d": huge / 2, "a>e": huge, "e>d": huge},
			"d", nil, 0, careerkit.ErrOverflow},
		{"two of the largest overflow", map[string]float64{"a>b": huge, "b>c": huge},
			"c", nil, 0, careerkit.ErrOverflow},
		{"a finite way beats an overflowing one", map[string]float64{"a>b": huge / 2, "b>c": huge / 2, "c>d": huge / 2, "a>e": huge / 2, "e>d": huge / 4},
			"d", []string{"a", "e", "d"}, huge / 2 * 1.5, nil},
		{"a finite way with more moves beats an overflowing one", map[string]float64{"a>b": huge / 4, "b>c": huge / 4, "c>d": huge / 4, "a>e": huge, "e>d": huge},
			"d", []string{"a", "b", "c", "d"}, huge / 4 * 3, nil},
		{"overflow elsewhere leaves an unreachable level unreachable", map[string]float64{"a>b": huge, "b>c": huge},
			"z", nil, 0, ladder.ErrUnreachable},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, total, err := g.PathBy("a", ladder.LevelID(tc.to), costs(tc.cost))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err, "PathBy(a, %s)", tc.to)
				if errors.Is(tc.err, careerkit.ErrOverflow) {
					assert.NotErrorIs(t, err, ladder.ErrUnreachable, "PathBy(a, %s): a level reached only by overflowing sums is not unreachable", tc.to)
				}
				return
			}
			require.NoError(t, err, "PathBy(a, %s)", tc.to)
			assert.Equal(t, tc.via, levelsOf(p), "PathBy(a, %s) levels", tc.to)
			assert.Equal(t, tc.total, total, "PathBy(a, %s) cost", tc.to)
		})
	}
}

func TestPathByTies(t *testing.T) {
	// a → b → d, a → c → d and a → d, every move free: the fewest moves win,
	// then the smallest IDs, as in Path.
	g := ladder.MustCompile(lateral([]string{"a", "b", "c", "d"}, [][2]string{{"a", "c"}, {"c", "d"}, {"a", "b"}, {"b", "d"}, {"a", "d"}}), catalog())
	p, total, err := g.PathBy("a", "d", func(ladder.Move) float64 { return 0 })
	require.NoError(t, err, "PathBy(a, d) free")
	assert.Equal(t, []string{"a", "d"}, levelsOf(p), "PathBy(a, d) free: the fewest moves")
	assert.Equal(t, 0.0, total, "PathBy(a, d) free: cost")
	p, _, err = g.PathBy("a", "d", costs(map[string]float64{"a>d": 3, "a>b": 1, "b>d": 1, "a>c": 1, "c>d": 1}))
	require.NoError(t, err, "PathBy(a, d)")
	assert.Equal(t, []string{"a", "b", "d"}, levelsOf(p), "PathBy(a, d): equal cost and moves, smallest IDs")

	// With a constant cost, PathBy answers as Path does for every pair.
	sm := ladder.MustCompile(small(), catalog())
	for _, a := range small().Levels {
		for _, b := range small().Levels {
			p, perr := sm.Path(a.ID, b.ID)
			pb, total, pberr := sm.PathBy(a.ID, b.ID, func(ladder.Move) float64 { return 1 })
			if perr != nil {
				assert.ErrorIs(t, pberr, ladder.ErrUnreachable, "PathBy(%s, %s) when Path finds none", a.ID, b.ID)
				continue
			}
			require.NoError(t, pberr, "PathBy(%s, %s)", a.ID, b.ID)
			assert.Equal(t, p, pb, "PathBy(%s, %s) with cost 1 is Path's answer", a.ID, b.ID)
			assert.Equal(t, float64(len(p)), total, "PathBy(%s, %s) cost", a.ID, b.ID)
		}
	}

	// Rounding: a → b costs 1, a → c → b nothing, b → d half the largest
	// float64, so that both ways to d cost the same after rounding. Only
	// the way that reaches b at its least cost competes.
	r := ladder.MustCompile(lateral([]string{"a", "b", "c", "d"}, [][2]string{{"a", "b"}, {"a", "c"}, {"c", "b"}, {"b", "d"}}), catalog())
	p, total, err = r.PathBy("a", "d", costs(map[string]float64{"a>b": 1, "b>d": math.MaxFloat64 / 2}))
	require.NoError(t, err, "PathBy(a, d) with a rounded sum")
	assert.Equal(t, []string{"a", "c", "b", "d"}, levelsOf(p), "PathBy(a, d): b is reached at its least cost")
	assert.Equal(t, math.MaxFloat64/2, total, "PathBy(a, d) cost")
}

func TestPathByCallsCostOncePerMove(t *testing.T) {
	g := ladder.MustCompile(small(), catalog())
	calls := map[ladder.Move]int{}
	_, _, err := g.PathBy("e1", "m2", func(m ladder.Move) float64 { calls[m]++; return 0 })
	require.NoError(t, err, "PathBy(e1, m2)")
	for m, n := range calls {
		assert.Equal(t, 1, n, "cost calls for %s → %s", m.From, m.To)
	}
	_, _, err = g.PathBy("e1", "e1", func(ladder.Move) float64 { return math.NaN() })
	assert.NoError(t, err, "PathBy to the level itself takes no move, so no cost is asked for")
}

func ExampleGraph_PathBy() {
	g := ladder.MustCompile(small(), catalog())
	// Switching track costs 3, any other move 1: the cheapest way from e1 to
	// m2 still switches at e2, since switching at e3 takes a move more.
	cost := func(m ladder.Move) float64 {
		if m.Kind == ladder.Switch {
			return 3
		}
		return 1
	}
	path, total, _ := g.PathBy("e1", "m2", cost)
	for _, m := range path {
		fmt.Printf("%s → %s (%s)\n", m.From, m.To, m.Kind)
	}
	fmt.Println("cost", total)

	// Costs whose sum has no float64 value are an error, not "unreachable".
	_, _, err := g.PathBy("e1", "m2", func(ladder.Move) float64 { return math.MaxFloat64 })
	fmt.Println(errors.Is(err, careerkit.ErrOverflow), errors.Is(err, ladder.ErrUnreachable))
	// Output:
	// e1 → e2 (promotion)
	// e2 → m1 (switch)
	// m1 → m2 (promotion)
	// cost 5
	// true false
}

// FuzzPathBruteForce checks Path and PathBy on small random ladders against
// an enumeration of every simple path: the same number of moves or the same
// cost, the tie-break their doc comments give, and the same errors.
func FuzzPathBruteForce(f *testing.F) {
	f.Add([]byte{4, 0, 1, 2, 3, 0xff, 0x0f, 0xf0, 0x33, 0x55, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add([]byte{6, 5, 4, 3, 2, 1, 0, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 6, 6, 6, 7, 7, 7, 8, 8, 8, 0, 0, 0})
	f.Add([]byte{3, 2, 0, 1, 0xff, 0xff, 0xff, 7, 7, 7, 7, 7, 7})
	f.Add([]byte{5, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, l, cost, err := randomLadder(data)
		if err != nil {
			t.Fatalf("Compile of a ladder built to be valid: %v\n%+v", err, l)
		}
		bf := newBrute(l, cost)
		for _, from := range l.Levels {
			for _, to := range l.Levels {
				bf.check(t, g, string(from.ID), string(to.ID))
			}
		}
	})
}

// costChoices are the costs a fuzzed move may have: small integers, whose
// sums are exact, fractions, and values near the largest float64, whose sums
// round and overflow.
var costChoices = []float64{0, 1, 2, 3, 0.1, 0.2, 0.3, 1e-300, math.MaxFloat64 / 2, math.MaxFloat64 / 3, math.MaxFloat64, 1 << 53}

// randomLadder builds a ladder from data: up to 6 levels on two tracks with
// shuffled IDs, ranks in level order, and moves between any two levels
// (promotions upward, switches across tracks, lateral moves otherwise), each
// with a cost.
func randomLadder(data []byte) (*ladder.Graph, ladder.Ladder, map[ladder.Move]float64, error) {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	n := 2 + int(next())%5
	ids := []string{"a", "b", "c", "d", "e", "f"}[:n]
	for i := range ids { // a shuffle driven by data
		j := i + int(next())%(n-i)
		ids[i], ids[j] = ids[j], ids[i]
	}
	l := ladder.Ladder{ID: "fuzz", Name: "Fuzz", Tracks: []ladder.Track{{ID: "t0", Name: "T0", Kind: role.IC}, {ID: "t1", Name: "T1", Kind: role.Management}}}
	tracks := next()
	for i, id := range ids {
		l.Levels = append(l.Levels, ladder.Level{ID: ladder.LevelID(id), Track: []ladder.TrackID{"t0", "t1"}[tracks>>i&1], Rank: i, Title: id})
	}
	cost := map[ladder.Move]float64{}
	for i := range n {
		edges := next()
		for j := range n {
			if i == j || edges>>j&1 == 0 {
				continue
			}
			a, b := l.Levels[i], l.Levels[j]
			k := next()
			m := ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Lateral}
			switch {
			case k&1 == 1 && j > i:
				m.Kind = ladder.Promotion
			case k&2 == 2 && a.Track != b.Track:
				m.Kind = ladder.Switch
			}
			l.Moves = append(l.Moves, m)
			cost[m] = costChoices[int(k>>2)%len(costChoices)]
		}
	}
	g, err := ladder.Compile(l, catalog())
	return g, l, cost, err
}

// brute enumerates the simple paths of a ladder.
type brute struct {
	out  map[string][]ladder.Move
	cost map[ladder.Move]float64
}

func newBrute(l ladder.Ladder, cost map[ladder.Move]float64) brute {
	b := brute{out: map[string][]ladder.Move{}, cost: cost}
	for _, m := range l.Moves {
		b.out[string(m.From)] = append(b.out[string(m.From)], m)
	}
	return b
}

// paths returns every simple path from from, the empty one included, with
// the cost of each prefix, summed from the start as PathBy sums.
func (b brute) paths(from string) [][]ladder.Move {
	var out [][]ladder.Move
	var walk func(at string, path []ladder.Move, seen map[string]bool)
	walk = func(at string, path []ladder.Move, seen map[string]bool) {
		out = append(out, slices.Clone(path))
		for _, m := range b.out[at] {
			if !seen[string(m.To)] {
				seen[string(m.To)] = true
				walk(string(m.To), append(path, m), seen)
				seen[string(m.To)] = false
			}
		}
	}
	walk(from, nil, map[string]bool{from: true})
	return out
}

func end(from string, p []ladder.Move) string {
	if len(p) == 0 {
		return from
	}
	return string(p[len(p)-1].To)
}

// sums returns the cost after each move of p, added from the start.
func (b brute) sums(p []ladder.Move) []float64 {
	out := make([]float64, len(p))
	total := 0.0
	for i, m := range p {
		total += b.cost[m]
		out[i] = total
	}
	return out
}

// better reports whether p comes before q under the tie-break: fewer moves,
// then smaller level IDs compared one by one from the start.
func better(from string, p, q []ladder.Move) bool {
	if len(p) != len(q) {
		return len(p) < len(q)
	}
	return slices.Compare(levelsOrStart(from, p), levelsOrStart(from, q)) < 0
}

func levelsOrStart(from string, p []ladder.Move) []string {
	if len(p) == 0 {
		return []string{from}
	}
	return levelsOf(p)
}

func (b brute) check(t *testing.T, g *ladder.Graph, from, to string) {
	all := b.paths(from)

	// Path: the fewest moves, then the smallest IDs.
	var want []ladder.Move
	found := false
	for _, p := range all {
		if end(from, p) == to && (!found || better(from, p, want)) {
			want, found = p, true
		}
	}
	got, err := g.Path(ladder.LevelID(from), ladder.LevelID(to))
	if !found {
		if !errors.Is(err, ladder.ErrUnreachable) {
			t.Fatalf("Path(%s, %s) = %v, %v; want ErrUnreachable", from, to, got, err)
		}
	} else if err != nil || !slices.Equal(got, want) {
		t.Fatalf("Path(%s, %s) = %v, %v; want %v", from, to, got, err, want)
	}

	// PathBy: the least cost; among the paths that reach every level on
	// the way at its least cost, the fewest moves, then the smallest IDs.
	least := map[string]float64{from: 0}
	for _, p := range all {
		if len(p) == 0 {
			continue
		}
		s := b.sums(p)
		if c, ok := least[end(from, p)]; !ok || s[len(s)-1] < c {
			least[end(from, p)] = s[len(s)-1]
		}
	}
	var best []ladder.Move
	foundBy := false
	for _, p := range all {
		if end(from, p) != to {
			continue
		}
		tight := true
		for i, s := range b.sums(p) {
			tight = tight && s == least[string(p[i].To)] && !math.IsInf(s, 1)
		}
		if tight && (!foundBy || better(from, p, best)) {
			best, foundBy = p, true
		}
	}
	cost := func(m ladder.Move) float64 { return b.cost[m] }
	gotBy, total, err := g.PathBy(ladder.LevelID(from), ladder.LevelID(to), cost)
	switch {
	case !found:
		if !errors.Is(err, ladder.ErrUnreachable) {
			t.Fatalf("PathBy(%s, %s) = %v, %v, %v; want ErrUnreachable", from, to, gotBy, total, err)
		}
	case !foundBy: // every path overflows
		if !errors.Is(err, careerkit.ErrOverflow) || errors.Is(err, ladder.ErrUnreachable) {
			t.Fatalf("PathBy(%s, %s) = %v, %v, %v; want ErrOverflow", from, to, gotBy, total, err)
		}
	default:
		if err != nil || !slices.Equal(gotBy, best) || total != least[to] {
			t.Fatalf("PathBy(%s, %s) = %v, %v, %v; want %v, %v", from, to, gotBy, total, err, best, least[to])
		}
	}
}
