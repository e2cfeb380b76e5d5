package ladder

import (
	"errors"
	"fmt"
	"math"

	"github.com/careerkit/careerkit/internal/validate"
)

// ErrUnreachable is matched when no sequence of moves leads from one level to
// another.
var ErrUnreachable = errors.New("unreachable")

// Path returns the fewest moves from one level to another, following moves
// of every kind in their direction. Among equally short paths it returns the
// one whose levels, compared one by one from the start, have the smallest
// IDs, so the answer never varies. A path from a level to itself is empty.
func (g *Graph) Path(from, to string) ([]Move, error) {
	s, t, err := g.ends("path", from, to)
	if err != nil {
		return nil, err
	}
	prev := make([]int, len(g.l.Levels)) // move index into each level, -1 unseen
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
			if !seen[m] {
				seen[m] = true
				prev[m] = mi
				queue = append(queue, m)
			}
		}
	}
	if !seen[t] {
		return nil, fmt.Errorf("ladder: path %q → %q: %w", from, to, ErrUnreachable)
	}
	return g.trace(prev, s, t), nil
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

func (g *Graph) ends(op, from, to string) (int, int, error) {
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
// cost, for a caller-supplied cost per move (Dijkstra's algorithm). Among
// equally cheap paths the answer is fixed: levels are settled in order of
// cost, then ID, and a path is replaced only by a strictly cheaper one. A cost
// that is negative, NaN or infinite is an error.
func (g *Graph) PathBy(from, to string, cost CostFunc) ([]Move, float64, error) {
	s, t, err := g.ends("path", from, to)
	if err != nil {
		return nil, 0, err
	}
	if cost == nil {
		return nil, 0, fmt.Errorf("ladder: path %q → %q: nil cost function: %w", from, to, validate.ErrInvalid)
	}
	dist := make([]float64, len(g.l.Levels))
	prev := make([]int, len(g.l.Levels))
	done := make([]bool, len(g.l.Levels))
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), -1
	}
	dist[s] = 0
	h := &costHeap{ids: g.l.Levels}
	h.push(item{0, s})
	for h.len() > 0 {
		it := h.pop()
		if done[it.node] || it.cost > dist[it.node] {
			continue
		}
		done[it.node] = true
		if it.node == t {
			break
		}
		for _, mi := range g.out[it.node] {
			m := g.l.Moves[mi]
			c := cost(m)
			if math.IsNaN(c) || math.IsInf(c, 0) || c < 0 {
				return nil, 0, fmt.Errorf("ladder: path %q → %q: cost %v of move %s → %s is not a finite number ≥ 0: %w", from, to, c, m.From, m.To, validate.ErrInvalid)
			}
			n := g.byID[m.To]
			if d := it.cost + c; d < dist[n] {
				dist[n], prev[n] = d, mi
				h.push(item{d, n})
			}
		}
	}
	if math.IsInf(dist[t], 1) {
		return nil, 0, fmt.Errorf("ladder: path %q → %q: %w", from, to, ErrUnreachable)
	}
	return g.trace(prev, s, t), dist[t], nil
}

type item struct {
	cost float64
	node int
}

// costHeap is a binary min-heap of items ordered by cost, then level ID.
type costHeap struct {
	items []item
	ids   []Level
}

func (h *costHeap) len() int { return len(h.items) }

func (h *costHeap) less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	return h.ids[a.node].ID < h.ids[b.node].ID
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
