package ladder

import (
	"fmt"
	"math"

	"github.com/careerkit/careerkit/problem"
)

// ErrUnreachable is matched when no sequence of moves leads from one level to
// another. It is problem.ErrUnreachable.
var ErrUnreachable = problem.ErrUnreachable

// Path returns the fewest moves from one level to another, following moves
// of every kind in their direction. Among equally short paths it returns the
// one whose levels, compared one by one from the start, have the smallest
// IDs, so the answer never varies. A path from a level to itself is empty.
func (g *Graph) Path(from, to LevelID) ([]Move, error) {
	s, t, err := g.ends("path", from, to)
	if err != nil {
		return nil, err
	}
	prev, ok := g.bfs(s, t, nil)
	if !ok {
		return nil, fmt.Errorf("ladder: path %q → %q: %w", from, to, ErrUnreachable)
	}
	return g.trace(prev, s, t), nil
}

// bfs searches breadth first from s for t along the moves that follow
// accepts (every move when follow is nil; it is given the level moved from,
// the move's index and the level moved to) and reports whether it found t.
// prev holds the move index into each level reached, -1 elsewhere. Moves out
// of a level are tried by target ID and levels are expanded in the order
// they were reached, so the path to each level is, among the fewest moves,
// the one whose levels compared one by one from s have the smallest IDs.
func (g *Graph) bfs(s, t int, follow func(from, mi, to int) bool) (prev []int, found bool) {
	prev = make([]int, len(g.l.Levels))
	for i := range prev {
		prev[i] = -1
	}
	seen := make([]bool, len(g.l.Levels))
	seen[s] = true
	queue := []int{s}
	for len(queue) > 0 && !seen[t] {
		n := queue[0]
		queue = queue[1:]
		for _, mi := range g.out[n] {
			m := g.byID[g.l.Moves[mi].To]
			if !seen[m] && (follow == nil || follow(n, mi, m)) {
				seen[m] = true
				prev[m] = mi
				queue = append(queue, m)
			}
		}
	}
	return prev, seen[t]
}

// trace follows prev back from t to s and returns the moves in order.
func (g *Graph) trace(prev []int, s, t int) []Move {
	var rev []Move
	for n := t; n != s; {
		m := g.l.Moves[prev[n]]
		rev = append(rev, m)
		n = g.byID[m.From]
	}
	out := make([]Move, len(rev))
	for i, m := range rev {
		out[len(rev)-1-i] = m
	}
	return out
}

func (g *Graph) ends(op string, from, to LevelID) (int, int, error) {
	s, ok := g.byID[from]
	if !ok {
		return 0, 0, g.unknown(op, from)
	}
	t, ok := g.byID[to]
	if !ok {
		return 0, 0, g.unknown(op, to)
	}
	return s, t, nil
}

// CostFunc gives the cost of taking a move: finite and not negative.
type CostFunc func(m Move) float64

// PathBy returns the cheapest moves from one level to another and their total
// cost, for a caller-supplied cost per move (Dijkstra's algorithm). A cost
// that is negative, NaN or infinite is an error matching ErrInvalid; cost is
// called at most once per move.
//
// Costs are added in float64, from the first move on. Among equally cheap
// paths the answer is fixed, and with a constant cost it is Path's: the
// fewest moves, then the levels with the smallest IDs compared one by one
// from the start. Only paths that reach each level on the way at that
// level's least cost compete. Every cheapest path does when the sums are
// exact; when a sum rounds, a dearer way to a level can cost the same in the
// end (the difference rounds away), and such a path does not compete.
//
// Finite costs can add up past math.MaxFloat64. Such a path is dearer than
// every path whose total is finite; when every path to the target overflows,
// PathBy returns an error matching ErrOverflow (careerkit.ErrOverflow), not
// ErrUnreachable, since there is a path but its cost has no float64 value.
func (g *Graph) PathBy(from, to LevelID, cost CostFunc) ([]Move, float64, error) {
	s, t, err := g.ends("path", from, to)
	if err != nil {
		return nil, 0, err
	}
	if cost == nil {
		return nil, 0, fmt.Errorf("ladder: path %q → %q: nil cost function: %w", from, to, problem.ErrInvalid)
	}
	dist := make([]float64, len(g.l.Levels))
	done := make([]bool, len(g.l.Levels))
	costs := make([]float64, len(g.l.Moves)) // known for the moves out of done levels
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	dist[s] = 0
	overflow := false
	// Settle every level no dearer than t, not only t: the ties among the
	// cheapest paths are broken below, over all of them.
	h := &costHeap{}
	h.push(item{0, s})
	for h.len() > 0 {
		it := h.pop()
		if it.cost > dist[t] {
			break
		}
		if done[it.node] || it.cost > dist[it.node] {
			continue
		}
		done[it.node] = true
		if it.node == t {
			continue // a simple path ends at t
		}
		for _, mi := range g.out[it.node] {
			m := g.l.Moves[mi]
			c := cost(m)
			if math.IsNaN(c) || math.IsInf(c, 0) || c < 0 {
				return nil, 0, fmt.Errorf("ladder: path %q → %q: cost %v of move %s → %s is not a finite number ≥ 0: %w", from, to, c, m.From, m.To, problem.ErrInvalid)
			}
			costs[mi] = c
			n := g.byID[m.To]
			d := it.cost + c
			if math.IsInf(d, 1) {
				overflow = true
				continue
			}
			if d < dist[n] {
				dist[n] = d
				h.push(item{d, n})
			}
		}
	}
	if math.IsInf(dist[t], 1) {
		// No finite sum reaches t; when one overflowed, moves may still.
		if overflow {
			if _, reachable := g.bfs(s, t, nil); reachable {
				return nil, 0, fmt.Errorf("ladder: path %q → %q: every path costs more than %g in all: %w", from, to, math.MaxFloat64, problem.ErrOverflow)
			}
		}
		return nil, 0, fmt.Errorf("ladder: path %q → %q: %w", from, to, ErrUnreachable)
	}
	// The cheapest paths are those along moves that reach their level at its
	// least cost; among them, the fewest moves and smallest IDs, as in Path.
	prev, _ := g.bfs(s, t, func(a, mi, b int) bool {
		return done[b] && dist[a]+costs[mi] == dist[b]
	})
	return g.trace(prev, s, t), dist[t], nil
}

type item struct {
	cost float64
	node int
}

// costHeap is a binary min-heap of items ordered by cost, then level index
// (the order levels are settled in does not change PathBy's answer).
type costHeap struct {
	items []item
}

func (h *costHeap) len() int { return len(h.items) }

func (h *costHeap) less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	return a.node < b.node
}

func (h *costHeap) push(it item) {
	h.items = append(h.items, it)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *costHeap) pop() item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(l, m) {
			m = l
		}
		if r < len(h.items) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top
}
