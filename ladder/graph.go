package ladder

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Graph is a compiled Ladder: immutable and safe for concurrent use.
//
// A Graph keeps its own deep copy of the ladder, roles and pay grades it was
// compiled from, and every value a method returns is the caller's own (a
// deep copy, requirement weights and band midpoints included): changing it
// changes nothing the Graph answers later.
type Graph struct {
	l       Ladder
	ix      *competency.Index
	opts    competency.Options
	byID    map[LevelID]int
	tracks  map[TrackID]int
	out     [][]int // per level: indexes into l.Moves, by target ID then kind
	in      [][]int // per level: indexes into l.Moves
	roles   map[role.ID]role.Role
	grades  map[salary.GradeID]salary.Grade
	hasPay  bool
	hasRole bool
}

// Option tunes Compile.
type Option func(*config)

type config struct {
	roles      []role.Role
	hasRoles   bool
	structures []salary.Structure
	analyze    competency.Options
}

// WithRoles makes Compile check that every level's role is one of roles.
// Without it, role references are not checked.
func WithRoles(roles ...role.Role) Option {
	return func(c *config) { c.roles, c.hasRoles = roles, true }
}

// WithStructure makes Compile check that every level's grade is a grade of
// s. Given more than once, a grade of any of the structures will do, and
// Graph.Grade answers from the first that has it. Without it, grade
// references are not checked.
func WithStructure(s salary.Structure) Option {
	return func(c *config) { c.structures = append(c.structures, s) }
}

// WithAnalyzeOptions sets the options Readiness analyses profiles with; the
// default is the zero competency.Options.
func WithAnalyzeOptions(o competency.Options) Option {
	return func(c *config) { c.analyze = o }
}

// Compile validates l against the catalog ix (and the roles and pay
// structure given as options) and builds its Graph. Every problem is
// reported at once, as a *ValidationError with JSON paths. Compile works
// iteratively: very long ladders do not exhaust the stack.
func Compile(l Ladder, ix *competency.Index, opts ...Option) (*Graph, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	var errs problem.Errors
	if ix == nil {
		errs.Add("", "required", "a competency index is required to compile a ladder")
		return nil, errs.Err("ladder: compile")
	}
	g := newGraph(l, &errs)
	g.ix, g.opts = ix, cfg.analyze
	for i, lv := range l.Levels {
		var ve *problem.ValidationError
		if err := ix.ValidateRequirements(lv.Expectations); err != nil && asValidation(err, &ve) {
			for _, fe := range ve.Errors {
				if fe.Rule == "exists" || fe.Rule == "level" {
					fe.Path = problem.JoinPath(problem.Path("levels", i, "expectations"), fe.Path)
					errs.Append(fe)
				}
			}
		}
	}
	if cfg.hasRoles {
		g.hasRole = true
		g.roles = make(map[role.ID]role.Role, len(cfg.roles))
		for _, r := range cfg.roles {
			g.roles[r.ID] = r.Clone()
		}
		for i, lv := range l.Levels {
			if _, ok := g.roles[lv.Role]; lv.Role != "" && !ok {
				errs.AddErr(problem.ErrUnknownReference, problem.Path("levels", i, "role"), "exists", "role %q is not among the roles", lv.Role)
			}
		}
	}
	if len(cfg.structures) > 0 {
		g.hasPay = true
		g.grades = map[salary.GradeID]salary.Grade{}
		var names []string
		for _, st := range cfg.structures {
			names = append(names, string(st.ID))
			for _, gr := range st.Grades {
				if _, seen := g.grades[gr.ID]; !seen {
					g.grades[gr.ID] = gr.Clone()
				}
			}
		}
		for i, lv := range l.Levels {
			if _, ok := g.grades[lv.Grade]; lv.Grade != "" && !ok {
				errs.AddErr(problem.ErrUnknownReference, problem.Path("levels", i, "grade"), "exists", "grade %q is not a grade of pay structure %s", lv.Grade, strings.Join(names, ", "))
			}
		}
	}
	if err := errs.Err("ladder: invalid Ladder"); err != nil {
		return nil, err
	}
	return g, nil
}

// MustCompile is like Compile but panics on error. It is for tests and
// package-level variables built from trusted data.
func MustCompile(l Ladder, ix *competency.Index, opts ...Option) *Graph {
	g, err := Compile(l, ix, opts...)
	if err != nil {
		panic("ladder.MustCompile: " + err.Error())
	}
	return g
}

// newGraph indexes l and records its structural problems.
func newGraph(l Ladder, errs *problem.Errors) *Graph {
	errs.Append(enum.Struct(l)...)
	l = clone(l)
	g := &Graph{l: l, byID: make(map[LevelID]int, len(l.Levels)), tracks: map[TrackID]int{}}
	for i, t := range l.Tracks {
		if prev, dup := g.tracks[t.ID]; dup {
			errs.AddErr(problem.ErrDuplicate, problem.Path("tracks", i, "id"), "unique", "track ID %q is already used by tracks[%d]", t.ID, prev)
			continue
		}
		g.tracks[t.ID] = i
	}
	for i, lv := range l.Levels {
		path := problem.Path("levels", i)
		if prev, dup := g.byID[lv.ID]; dup {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "level ID %q is already used by levels[%d]", lv.ID, prev)
		} else {
			g.byID[lv.ID] = i
		}
		if _, ok := g.tracks[lv.Track]; !ok && lv.Track != "" {
			errs.AddErr(problem.ErrUnknownReference, problem.Path(path, "track"), "exists", "track %q is not a track of the ladder", lv.Track)
		}
		seen := map[competency.ID]int{}
		for j, e := range lv.Expectations {
			if prev, dup := seen[e.Competency]; dup {
				errs.AddErr(problem.ErrDuplicate, problem.Path(path, "expectations", j, "competency"), "unique", "competency %q is already expected by expectations[%d]", e.Competency, prev)
			} else {
				seen[e.Competency] = j
			}
		}
	}
	g.out = make([][]int, len(l.Levels))
	g.in = make([][]int, len(l.Levels))
	type edge struct{ from, to LevelID }
	moves := map[edge]int{}
	for i, m := range l.Moves {
		path := problem.Path("moves", i)
		from, okF := g.byID[m.From]
		to, okT := g.byID[m.To]
		if !okF && m.From != "" {
			errs.AddErr(problem.ErrUnknownReference, problem.Path(path, "from"), "exists", "level %q is not a level of the ladder", m.From)
		}
		if !okT && m.To != "" {
			errs.AddErr(problem.ErrUnknownReference, problem.Path(path, "to"), "exists", "level %q is not a level of the ladder", m.To)
		}
		if !okF || !okT {
			continue
		}
		if prev, dup := moves[edge{m.From, m.To}]; dup {
			errs.AddErr(problem.ErrDuplicate, path, "unique", "a move from %q to %q is already given by moves[%d]", m.From, m.To, prev)
			continue
		}
		moves[edge{m.From, m.To}] = i
		a, b := l.Levels[from], l.Levels[to]
		switch m.Kind {
		case Promotion:
			if b.Rank <= a.Rank {
				errs.Add(path, "rank", "a promotion from %q (rank %d) to %q (rank %d) must raise the rank", a.ID, a.Rank, b.ID, b.Rank)
			}
		case Switch:
			if a.Track == b.Track {
				errs.Add(path, "track", "a switch from %q to %q must join two different tracks, not %q to itself", a.ID, b.ID, a.Track)
			}
		}
		if from == to && m.Kind != Promotion {
			errs.Add(path, "self", "a move from %q to itself goes nowhere", m.From)
		}
		g.out[from] = append(g.out[from], i)
		g.in[to] = append(g.in[to], i)
	}
	for _, out := range g.out {
		slices.SortFunc(out, func(x, y int) int {
			return cmp.Or(cmp.Compare(l.Moves[x].To, l.Moves[y].To), cmp.Compare(l.Moves[x].Kind, l.Moves[y].Kind))
		})
	}
	g.promotionCycles(errs)
	return g
}

// promotionCycles reports each cycle of promotions once, spelled out, using
// an iterative depth-first search.
func (g *Graph) promotionCycles(errs *problem.Errors) {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(g.l.Levels))
	type frame struct{ node, next int }
	for start := range g.l.Levels {
		if color[start] != white {
			continue
		}
		color[start] = grey
		stack := []frame{{start, 0}}
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(g.out[top.node]) {
				color[top.node] = black
				stack = stack[:len(stack)-1]
				continue
			}
			mi := g.out[top.node][top.next]
			top.next++
			m := g.l.Moves[mi]
			if m.Kind != Promotion {
				continue
			}
			to := g.byID[m.To]
			switch color[to] {
			case white:
				color[to] = grey
				stack = append(stack, frame{to, 0})
			case grey:
				var ids []string
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].node == to {
						for _, f := range stack[k:] {
							ids = append(ids, string(g.l.Levels[f.node].ID))
						}
						break
					}
				}
				ids = append(ids, string(m.To))
				errs.AddErr(problem.ErrCycle, problem.Path("moves", mi), "acyclic", "promotions form a cycle: %s", strings.Join(ids, " → "))
			}
		}
	}
}

// Clone returns a deep copy of l.
func (l Ladder) Clone() Ladder { return clone(l) }

func clone(l Ladder) Ladder {
	l.Tracks = slices.Clone(l.Tracks)
	l.Levels = slices.Clone(l.Levels)
	for i, lv := range l.Levels {
		l.Levels[i] = lv.Clone()
	}
	l.Moves = slices.Clone(l.Moves)
	return l
}

// Clone returns a deep copy of lv: its expectations, weights included, are
// its own.
func (lv Level) Clone() Level {
	lv.Expectations = competency.CloneRequirements(lv.Expectations)
	return lv
}

func asValidation(err error, target **problem.ValidationError) bool {
	ve, ok := err.(*problem.ValidationError)
	if ok {
		*target = ve
	}
	return ok
}

// Ladder returns a deep copy of the compiled ladder.
func (g *Graph) Ladder() Ladder { return clone(g.l) }

// Level returns a deep copy of the level with the given ID.
func (g *Graph) Level(id LevelID) (Level, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Level{}, false
	}
	return g.l.Levels[i].Clone(), true
}

// Moves returns the moves out of a level, sorted by target ID.
func (g *Graph) Moves(from LevelID) []Move {
	i, ok := g.byID[from]
	if !ok {
		return nil
	}
	out := make([]Move, 0, len(g.out[i]))
	for _, mi := range g.out[i] {
		out = append(out, g.l.Moves[mi])
	}
	return out
}

// Next returns deep copies of the levels a promotion from level leads to,
// sorted by ID.
func (g *Graph) Next(level LevelID) ([]Level, error) {
	i, ok := g.byID[level]
	if !ok {
		return nil, g.unknown("next", level)
	}
	var out []Level
	for _, mi := range g.out[i] {
		if m := g.l.Moves[mi]; m.Kind == Promotion {
			lv, _ := g.Level(m.To)
			out = append(out, lv)
		}
	}
	return out, nil
}

func (g *Graph) unknown(op string, level LevelID) error {
	return fmt.Errorf("ladder: %s %q: %w: no such level in ladder %q", op, level, problem.ErrUnknownReference, g.l.ID)
}

// Readiness analyses a profile against a level's expectations, with the
// options given to Compile, as competency.Index.Analyze does (ctx too). The
// analysis runs on a copy of the expectations, so neither the report's
// requirements nor a custom Scorer can reach the Graph's own.
func (g *Graph) Readiness(ctx context.Context, p competency.Profile, level LevelID) (competency.Report, error) {
	i, ok := g.byID[level]
	if !ok {
		return competency.Report{}, g.unknown("readiness", level)
	}
	return g.ix.Analyze(ctx, p, competency.CloneRequirements(g.l.Levels[i].Expectations), g.opts)
}

// Role returns a deep copy of the role that fills a level, when the level
// names one and Compile was given the roles.
func (g *Graph) Role(level LevelID) (role.Role, bool) {
	i, ok := g.byID[level]
	if !ok || !g.hasRole {
		return role.Role{}, false
	}
	r, ok := g.roles[g.l.Levels[i].Role]
	return r.Clone(), ok
}

// Grade returns a copy of the pay grade of a level (its band's Mid its own),
// when the level names one and Compile was given the pay structure.
func (g *Graph) Grade(level LevelID) (salary.Grade, bool) {
	i, ok := g.byID[level]
	if !ok || !g.hasPay {
		return salary.Grade{}, false
	}
	gr, ok := g.grades[g.l.Levels[i].Grade]
	return gr.Clone(), ok
}
