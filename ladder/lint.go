package ladder

import (
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/problem"
)

// Advice is a finding of Lint: the ladder is valid, but practice would
// question it. Path locates it ("levels[3]", "moves[2]"), Rule names the
// check, Message explains.
type Advice = problem.Advice

// Lint rules.
const (
	// RuleFallingExpectation: a promotion lowers or drops an expectation.
	RuleFallingExpectation = "falling-expectation"
	// RuleNoExpectations: a level expects nothing.
	RuleNoExpectations = "no-expectations"
	// RuleUnreachable: no moves lead to a level from the lowest level of any track.
	RuleUnreachable = "unreachable"
)

// Lint returns advice, in path order:
//   - falling-expectation: along a promotion, a competency expected at the
//     lower level is expected lower, or not at all, at the higher one;
//   - no-expectations: a level with no expectations;
//   - unreachable: a level that no sequence of moves reaches from an entry
//     level (a level of the lowest rank on its track).
func (g *Graph) Lint() []Advice {
	var out []Advice
	for i, lv := range g.l.Levels {
		if len(lv.Expectations) == 0 {
			out = append(out, Advice{Path: problem.Path("levels", i), Rule: RuleNoExpectations,
				Message: fmt.Sprintf("level %q expects no competencies", lv.ID)})
		}
	}
	for i, m := range g.l.Moves {
		if m.Kind != Promotion {
			continue
		}
		changes, err := g.Diff(m.From, m.To)
		if err != nil {
			continue
		}
		for _, c := range changes {
			if c.Kind == Lowered || c.Kind == Dropped {
				out = append(out, Advice{Path: problem.Path("moves", i), Rule: RuleFallingExpectation,
					Message: fallMessage(m, c)})
			}
		}
	}
	reach := g.reachableFromEntries()
	for i, lv := range g.l.Levels {
		if !reach[i] {
			out = append(out, Advice{Path: problem.Path("levels", i), Rule: RuleUnreachable,
				Message: fmt.Sprintf("no moves lead to level %q from the lowest level of any track", lv.ID)})
		}
	}
	slices.SortStableFunc(out, func(a, b Advice) int { return problem.ComparePaths(a.Path, b.Path) })
	return out
}

func fallMessage(m Move, c Change) string {
	if c.Kind == Dropped {
		return fmt.Sprintf("promotion %s → %s drops %s (expected at %d)", m.From, m.To, c.Competency, c.From)
	}
	return fmt.Sprintf("promotion %s → %s lowers %s from %d to %d", m.From, m.To, c.Competency, c.From, c.To)
}

// reachableFromEntries marks the levels reachable by moves from the levels of
// the lowest rank on each track.
func (g *Graph) reachableFromEntries() []bool {
	lowest := map[TrackID]int{}
	for _, lv := range g.l.Levels {
		if r, ok := lowest[lv.Track]; !ok || lv.Rank < r {
			lowest[lv.Track] = lv.Rank
		}
	}
	seen := make([]bool, len(g.l.Levels))
	var queue []int
	for i, lv := range g.l.Levels {
		if lv.Rank == lowest[lv.Track] {
			seen[i] = true
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		n := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, mi := range g.out[n] {
			if m := g.byID[g.l.Moves[mi].To]; !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return seen
}
