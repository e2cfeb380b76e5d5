package careerkit

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Framework is one organisation's whole career model in one document: the
// competency catalog (its fields inline), the roles, the career ladders and
// the pay structures.
type Framework struct {
	// Name is the framework's display name.
	Name string `json:"name" validate:"required,max=200"`
	// Version labels this edition of the framework, such as "2026.1".
	Version string `json:"version,omitempty" validate:"max=100"`
	// Catalog holds the scales and competencies; its JSON fields
	// (defaultScale, scales, competencies) sit at the top of the document.
	competency.Catalog `validate:"-"`
	// Roles are the job descriptions; IDs are unique.
	Roles []role.Role `json:"roles,omitempty" validate:"-"`
	// Ladders are the career ladders; IDs are unique.
	Ladders []ladder.Ladder `json:"ladders,omitempty" validate:"-"`
	// PayStructures are the pay structures the ladders' grades refer to;
	// IDs are unique.
	PayStructures []salary.Structure `json:"payStructures,omitempty" validate:"-"`
}

// Validate reports every problem in the framework at once: the rules of each
// section, and the references across sections: each role's requirements name
// catalog competencies at levels their scales have, each role's ladder level
// and career moves name a level and roles of the framework, each ladder's
// expectations, roles and grades resolve, and IDs are unique per section.
func (f Framework) Validate() error {
	_, err := f.compile()
	return err
}

// Model is a compiled Framework, ready to query: an immutable competency
// index, the roles by ID, the compiled ladders and the pay structures. It is
// safe for concurrent use.
//
// A Model is immutable: it keeps its own deep copy of the framework, and
// every value its methods return is the caller's own (a deep copy) or, for
// Index and Ladder, an immutable compiled value.
type Model struct {
	ix    *competency.Index
	f     Framework
	roles map[role.ID]int
	lads  map[ladder.ID]*ladder.Graph
	pay   map[salary.StructureID]int
	// sim, set once by roleSets, serves the similarity queries.
	simOnce sync.Once
	sim     *roleSets
}

// Compile validates the framework and builds its Model.
func (f Framework) Compile() (*Model, error) { return f.compile() }

func (f Framework) compile() (*Model, error) {
	var errs problem.Errors
	errs.Append(validate.Struct(f)...)
	ix, err := competency.Compile(f.Catalog)
	errs.Merge("", err)
	f = f.Clone()
	m := &Model{ix: ix, f: f, roles: map[role.ID]int{}, lads: map[ladder.ID]*ladder.Graph{}, pay: map[salary.StructureID]int{}}

	for i, s := range f.PayStructures {
		path := problem.Path("payStructures", i)
		errs.Merge(path, s.Validate())
		if prev, dup := m.pay[s.ID]; dup && s.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "pay structure ID %q is already used by payStructures[%d]", s.ID, prev)
		} else {
			m.pay[s.ID] = i
		}
	}
	for i, r := range f.Roles {
		if prev, dup := m.roles[r.ID]; dup && r.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path("roles", i, "id"), "unique", "role ID %q is already used by roles[%d]", r.ID, prev)
		} else {
			m.roles[r.ID] = i
		}
	}
	// When the catalog does not compile, references to competencies are
	// still checked against its IDs, so that one catalog problem does not
	// hide the others (levels need the compiled scales and wait).
	known := competencyIDs{}
	for _, c := range f.Competencies {
		known[c.ID] = true
	}
	levels := map[ladder.LevelID]bool{}
	for _, l := range f.Ladders {
		for _, lv := range l.Levels {
			levels[lv.ID] = true
		}
	}
	for i, r := range f.Roles {
		path := problem.Path("roles", i)
		if ix != nil {
			errs.Merge(path, r.ValidateWith(ix))
		} else {
			errs.Merge(path, r.Validate())
			known.check(problem.Path(path, "requirements"), r.Requirements, &errs)
		}
		if r.Level != "" && len(f.Ladders) > 0 && !levels[r.Level] {
			errs.AddErr(problem.ErrUnknownReference, problem.Path(path, "level"), "exists", "level %q is not a level of any ladder", r.Level)
		}
		for _, moves := range []struct {
			name string
			list []role.Move
		}{{"entryFrom", r.Career.EntryFrom}, {"advanceTo", r.Career.AdvanceTo}, {"lateral", r.Career.Lateral}} {
			for j, mv := range moves.list {
				if _, ok := m.roles[mv.Role]; mv.Role != "" && !ok {
					errs.AddErr(problem.ErrUnknownReference, problem.Path(path, "career", moves.name, j, "role"), "exists", "role %q is not a role of the framework", mv.Role)
				}
			}
		}
	}
	ladderAt := map[ladder.ID]int{}
	for i, l := range f.Ladders {
		path := problem.Path("ladders", i)
		if prev, dup := ladderAt[l.ID]; dup && l.ID != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "id"), "unique", "ladder ID %q is already used by ladders[%d]", l.ID, prev)
		} else {
			ladderAt[l.ID] = i
		}
		if ix == nil {
			errs.Merge(path, l.Validate())
			for j, lv := range l.Levels {
				known.check(problem.Path(path, "levels", j, "expectations"), lv.Expectations, &errs)
			}
			continue
		}
		opts := []ladder.Option{ladder.WithRoles(f.Roles...)}
		for _, s := range f.PayStructures {
			opts = append(opts, ladder.WithStructure(s))
		}
		g, err := ladder.Compile(l, ix, opts...)
		errs.Merge(path, err)
		if _, seen := m.lads[l.ID]; !seen && g != nil {
			m.lads[l.ID] = g
		}
	}
	if err := errs.Err("careerkit: invalid Framework"); err != nil {
		return nil, err
	}
	return m, nil
}

// Load reads a framework document (JSON or YAML) strictly and validates it.
func Load(r io.Reader, opts ...Option) (Framework, error) {
	var f Framework
	err := Decode(r, &f, opts...)
	return f, err
}

// LoadFile is Load on the file at path.
func LoadFile(path string, opts ...Option) (Framework, error) {
	var f Framework
	err := DecodeFile(path, &f, opts...)
	return f, err
}

// Index returns the compiled competency catalog. It is shared, not copied:
// an *Index has no way to change it, and every value its methods return is
// the caller's own copy.
func (m *Model) Index() *competency.Index { return m.ix }

// Framework returns a deep copy of the compiled framework.
func (m *Model) Framework() Framework { return m.f.Clone() }

// Clone returns a deep copy of f: its catalog, roles, ladders and pay
// structures, with every slice and pointer in them (requirement weights,
// band midpoints, …) its own, so changing the copy leaves f as it was. It
// replaces the Clone of the embedded Catalog, which copies the catalog
// alone.
func (f Framework) Clone() Framework {
	f.Catalog = f.Catalog.Clone()
	f.Roles = slices.Clone(f.Roles)
	for i, r := range f.Roles {
		f.Roles[i] = r.Clone()
	}
	f.Ladders = slices.Clone(f.Ladders)
	for i, l := range f.Ladders {
		f.Ladders[i] = l.Clone()
	}
	f.PayStructures = slices.Clone(f.PayStructures)
	for i, s := range f.PayStructures {
		f.PayStructures[i] = s.Clone()
	}
	return f
}

// Role returns a deep copy of the role with the given ID.
func (m *Model) Role(id role.ID) (role.Role, bool) {
	i, ok := m.roles[id]
	if !ok {
		return role.Role{}, false
	}
	return m.f.Roles[i].Clone(), true
}

// Ladder returns the compiled ladder with the given ID. It is shared, not
// copied: a *ladder.Graph is immutable and returns deep copies.
func (m *Model) Ladder(id ladder.ID) (*ladder.Graph, bool) {
	g, ok := m.lads[id]
	return g, ok
}

// PayStructure returns a deep copy of the pay structure with the given ID.
func (m *Model) PayStructure(id salary.StructureID) (salary.Structure, bool) {
	i, ok := m.pay[id]
	if !ok {
		return salary.Structure{}, false
	}
	return m.f.PayStructures[i].Clone(), true
}

// Fit compares a candidate with the role of the given ID, as role.Fit does.
func (m *Model) Fit(ctx context.Context, roleID role.ID, c role.Candidate, opts role.FitOptions) (role.FitReport, error) {
	r, ok := m.Role(roleID)
	if !ok {
		return role.FitReport{}, fmt.Errorf("careerkit: fit %q: %w: no such role", roleID, ErrUnknownReference)
	}
	return role.Fit(ctx, m.ix, r, c, opts)
}

// People holds the people a framework is applied to: candidates for roles
// and plain competency profiles. Subjects are unique across both lists.
type People struct {
	// Candidates are people considered for roles.
	Candidates []role.Candidate `json:"candidates,omitempty" validate:"max=1000000,dive"`
	// Profiles are competency profiles without the rest of a candidate.
	Profiles []competency.Profile `json:"profiles,omitempty" validate:"max=1000000,dive"`
}

// Validate reports every problem of each person and subjects used twice.
func (p People) Validate() error {
	var errs problem.Errors
	seen := map[competency.SubjectID]string{}
	note := func(subject competency.SubjectID, path string) {
		if prev, dup := seen[subject]; dup && subject != "" {
			errs.AddErr(problem.ErrDuplicate, path, "unique", "subject %q is already used by %s", subject, prev)
		} else {
			seen[subject] = path
		}
	}
	for i, c := range p.Candidates {
		path := problem.Path("candidates", i)
		errs.Merge(path, c.Validate())
		note(c.Profile.Subject, problem.Path(path, "profile", "subject"))
	}
	for i, pr := range p.Profiles {
		path := problem.Path("profiles", i)
		errs.Merge(path, pr.Validate())
		note(pr.Subject, problem.Path(path, "subject"))
	}
	return errs.Err("careerkit: invalid People")
}

// Candidate returns the candidate with the given subject.
func (p People) Candidate(subject competency.SubjectID) (role.Candidate, bool) {
	for _, c := range p.Candidates {
		if c.Profile.Subject == subject {
			return c, true
		}
	}
	return role.Candidate{}, false
}

// Profile returns the profile with the given subject, from the profiles or
// from a candidate.
func (p People) Profile(subject competency.SubjectID) (competency.Profile, bool) {
	for _, pr := range p.Profiles {
		if pr.Subject == subject {
			return pr, true
		}
	}
	c, ok := p.Candidate(subject)
	return c.Profile, ok
}

// RankCandidates ranks the candidates of people for the role of the given
// ID, as role.RankCandidates does.
func (m *Model) RankCandidates(ctx context.Context, roleID role.ID, people People, k int, opts role.FitOptions) ([]role.Ranked, error) {
	r, ok := m.Role(roleID)
	if !ok {
		return nil, fmt.Errorf("careerkit: rank candidates for %q: %w: no such role", roleID, ErrUnknownReference)
	}
	return role.RankCandidates(ctx, m.ix, r, people.Candidates, k, opts)
}

// RankRoles ranks every role of the framework for a candidate, as
// role.RankRoles does. It ranks copies of the roles, so that a custom
// Scorer, which sees each requirement, cannot reach the model's own.
func (m *Model) RankRoles(ctx context.Context, c role.Candidate, k int, opts role.FitOptions) ([]role.Ranked, error) {
	roles := make([]role.Role, len(m.f.Roles))
	for i, r := range m.f.Roles {
		roles[i] = r.Clone()
	}
	return role.RankRoles(ctx, m.ix, roles, c, k, opts)
}

// competencyIDs is the set of IDs of a catalog that does not compile.
type competencyIDs map[competency.ID]bool

// check reports requirements naming no competency of the catalog.
func (known competencyIDs) check(prefix string, reqs []competency.Requirement, errs *problem.Errors) {
	for i, r := range reqs {
		if r.Competency != "" && !known[r.Competency] {
			errs.AddErr(problem.ErrUnknownCompetency, problem.Path(prefix, i, "competency"), "exists", "%q is not a competency of the catalog", r.Competency)
		}
	}
}

// NewPool validates and compiles the candidates of people once, to rank
// them for any number of the model's roles with RankPool (role.NewPool).
func (m *Model) NewPool(ctx context.Context, people People, opts role.FitOptions) (*role.Pool, error) {
	return role.NewPool(ctx, m.ix, people.Candidates, opts)
}

// RankPool ranks the candidates of a pool built with NewPool for the role
// of the given ID, as role.Pool.Rank does.
func (m *Model) RankPool(ctx context.Context, roleID role.ID, pool *role.Pool, k int, opts role.FitOptions) ([]role.Ranked, error) {
	r, ok := m.Role(roleID)
	if !ok {
		return nil, fmt.Errorf("careerkit: rank candidates for %q: %w: no such role", roleID, ErrUnknownReference)
	}
	return pool.Rank(ctx, r, k, opts)
}
