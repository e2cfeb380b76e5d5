package competency

import (
	"slices"
	"strings"

	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
)

// Catalog is a set of competencies and the scales they are measured on.
type Catalog struct {
	// DefaultScale is the ID of the scale of competencies that name none;
	// empty means "framework".
	DefaultScale ScaleID `json:"defaultScale,omitempty" validate:"omitempty,slug"`
	// Scales are the catalog's own scales, in addition to the built-in
	// "dreyfus", "framework" and "onet-level", whose IDs they may not reuse.
	Scales []Scale `json:"scales,omitempty" validate:"max=100,dive"`
	// Competencies lists the competencies; IDs are unique.
	Competencies []Competency `json:"competencies" validate:"required,min=1,max=100000,dive"`
}

// Validate reports every problem in the catalog: tag rules, duplicate IDs and
// names, aliases that collide with another competency's ID, name or alias,
// unknown parents, cycles among parents, unknown scales, and indicator or
// defined levels that the scale lacks.
func (c Catalog) Validate() error {
	_, err := Compile(c)
	return err
}

// Clone returns a deep copy of c.
func (c Catalog) Clone() Catalog {
	c.Scales = slices.Clone(c.Scales)
	for i, s := range c.Scales {
		c.Scales[i] = cloneScale(s)
	}
	c.Competencies = slices.Clone(c.Competencies)
	for i, comp := range c.Competencies {
		c.Competencies[i] = cloneCompetency(comp)
	}
	return c
}

// normalize folds a name for lookups: lowercase, with runs of white space
// collapsed to one space and the ends trimmed.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Compile validates c and builds an immutable Index of it. The Index keeps
// its own copy of the catalog: later changes to c do not affect it.
func Compile(c Catalog) (*Index, error) {
	var errs problem.Errors
	for _, fe := range enum.Struct(c) {
		errs.Append(fe)
	}
	ix := &Index{
		byID:   make(map[ID]int32, len(c.Competencies)),
		byKey:  make(map[string]keyEntry, 3*len(c.Competencies)),
		scales: map[ScaleID]*Scale{},
	}
	// Scales: built-ins, then the catalog's own.
	for _, s := range BuiltinScales() {
		ix.scales[s.ID] = &s
	}
	for i, s := range c.Scales {
		path := problem.Path("scales", i)
		s.check(path, &errs)
		if _, dup := ix.scales[s.ID]; dup {
			if slices.ContainsFunc(BuiltinScales(), func(b Scale) bool { return b.ID == s.ID }) {
				errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "scale %q is built in; give your scale another ID", s.ID)
			} else {
				errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "scale %q is defined twice", s.ID)
			}
			continue
		}
		s := cloneScale(s)
		ix.scales[s.ID] = &s
	}
	defScale := c.DefaultScale
	if defScale == "" {
		defScale = ScaleFramework
	}
	if _, ok := ix.scales[defScale]; !ok && c.DefaultScale != "" {
		errs.AddErr(problem.ErrUnknownScale, "defaultScale", "exists", "scale %q is neither built in nor in scales", c.DefaultScale)
	}

	ix.comps = make([]Competency, len(c.Competencies))
	ix.scaleOf = make([]*Scale, len(c.Competencies))
	firstName := map[string]int{}
	for i, comp := range c.Competencies {
		ix.comps[i] = cloneCompetency(comp)
		path := problem.Path("competencies", i)
		if prev, dup := ix.byID[comp.ID]; dup {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "ID %q is already used by competencies[%d]", comp.ID, prev)
		} else if comp.ID != "" {
			ix.byID[comp.ID] = int32(i)
		}
		if n := normalize(comp.Name); n != "" {
			if prev, dup := firstName[n]; dup {
				errs.AddErr(problem.ErrDuplicate, problem.Path(path, "name"), "unique", "name %q is already used by competencies[%d]", comp.Name, prev)
			} else {
				firstName[n] = i
			}
		}
		sid := comp.Scale
		if sid == "" {
			sid = defScale
		}
		sc, ok := ix.scales[sid]
		if !ok {
			if comp.Scale != "" {
				errs.AddErr(problem.ErrUnknownScale, problem.Path(path, "scale"), "exists", "scale %q is neither built in nor in scales", comp.Scale)
			}
			continue
		}
		ix.scaleOf[i] = sc
		for j, ind := range comp.Indicators {
			if !sc.Has(ind.Level) {
				errs.AddErr(problem.ErrUnknownLevel, problem.Path(path, "indicators", j, "level"), "level", "level %d is not on scale %q", ind.Level, sc.ID)
			}
		}
		for j, l := range comp.DefinedLevels {
			if !sc.Has(l) {
				errs.AddErr(problem.ErrUnknownLevel, problem.Path(path, "definedLevels", j), "level", "level %d is not on scale %q", l, sc.ID)
			}
		}
	}

	// Lookup keys: IDs and names first, then aliases, which may not collide
	// with any other competency's key.
	// IDs first, then names: a name may not be another competency's ID
	// (names among themselves are checked above).
	for i, comp := range c.Competencies {
		if k := normalize(string(comp.ID)); k != "" {
			if _, taken := ix.byKey[k]; !taken {
				ix.byKey[k] = keyEntry{int32(i), ViaDirect}
			}
		}
	}
	for i, comp := range c.Competencies {
		k := normalize(comp.Name)
		if k == "" {
			continue
		}
		if prev, taken := ix.byKey[k]; taken {
			if int(prev.idx) != i && prev.via == ViaDirect {
				errs.AddErr(problem.ErrDuplicate, problem.Path("competencies", i, "name"), "unique",
					"name %q is the ID of competencies[%d]", comp.Name, prev.idx)
			}
			continue
		}
		ix.byKey[k] = keyEntry{int32(i), ViaName}
	}
	for i, comp := range c.Competencies {
		for j, a := range comp.Aliases {
			key := normalize(a)
			if key == "" {
				continue
			}
			if prev, taken := ix.byKey[key]; taken {
				if int(prev.idx) != i {
					errs.AddErr(problem.ErrDuplicate, problem.Path("competencies", i, "aliases", j), "unique",
						"alias %q collides with the %s of competencies[%d] (%q)", a, prev.via.noun(), prev.idx, c.Competencies[prev.idx].ID)
				}
				continue
			}
			ix.byKey[key] = keyEntry{int32(i), ViaAlias}
		}
	}

	// Parents: every reference resolves, then no cycles.
	ix.parents = make([][]int32, len(c.Competencies))
	ix.children = make([][]int32, len(c.Competencies))
	for i, comp := range c.Competencies {
		for j, p := range comp.Parents {
			path := problem.Path("competencies", i, "parents", j)
			pi, ok := ix.byID[p]
			switch {
			case !ok:
				errs.AddErr(problem.ErrUnknownCompetency, path, "exists", "parent %q is not a competency of the catalog", p)
			case int(pi) == i:
				errs.AddErr(problem.ErrCycle, path, "acyclic", "competency %q is its own parent", p)
			default:
				ix.parents[i] = append(ix.parents[i], pi)
				ix.children[pi] = append(ix.children[pi], int32(i))
			}
		}
	}
	ix.findCycles(&errs)

	if err := errs.Err("competency: invalid Catalog"); err != nil {
		return nil, err
	}
	ix.defaultScale = defScale
	return ix, nil
}

// findCycles reports each cycle among parents once, with the cycle spelled
// out, using an iterative depth-first search.
func (ix *Index) findCycles(errs *problem.Errors) {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(ix.comps))
	type frame struct {
		node int32
		next int
	}
	for start := range ix.comps {
		if color[start] != white {
			continue
		}
		stack := []frame{{int32(start), 0}}
		color[start] = grey
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(ix.parents[top.node]) {
				color[top.node] = black
				stack = stack[:len(stack)-1]
				continue
			}
			edge := top.next
			p := ix.parents[top.node][edge]
			top.next++
			switch color[p] {
			case white:
				color[p] = grey
				stack = append(stack, frame{p, 0})
			case grey:
				// Back edge: the cycle is the stack from p to the top, then p.
				var ids []string
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].node == p {
						for _, f := range stack[k:] {
							ids = append(ids, string(ix.comps[f.node].ID))
						}
						break
					}
				}
				ids = append(ids, string(ix.comps[p].ID))
				errs.AddErr(problem.ErrCycle, problem.Path("competencies", int(top.node), "parents", parentPos(ix.comps[top.node], ix.comps[p].ID)), "acyclic",
					"parents form a cycle: %s", strings.Join(ids, " → "))
			}
		}
	}
}

// parentPos returns the index of parent id in c.Parents.
func parentPos(c Competency, id ID) int {
	return max(slices.Index(c.Parents, id), 0)
}

func cloneScale(s Scale) Scale {
	s.Levels = slices.Clone(s.Levels)
	return s
}

func cloneCompetency(c Competency) Competency {
	c.Parents = slices.Clone(c.Parents)
	c.Aliases = slices.Clone(c.Aliases)
	c.Indicators = slices.Clone(c.Indicators)
	c.DefinedLevels = slices.Clone(c.DefinedLevels)
	c.SameAs = slices.Clone(c.SameAs)
	c.Tags = slices.Clone(c.Tags)
	return c
}
