package careerkit

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Check validates v, a document decoded on its own, against the model's
// framework, and returns nil or a *ValidationError with JSON paths relative
// to v. v is a value or pointer of one of the types New returns:
//
//   - a role: its own rules, its requirements name competencies of the
//     catalog by ID at levels their scales have, its level is a level of a
//     ladder of the framework, and its career moves name roles of the
//     framework (or the role itself);
//   - a profile, a candidate or a people document: its own rules, and every
//     rating names a competency of the catalog (by ID, name or alias) at a
//     level its scale has;
//   - a ladder: its own rules, its expectations resolve against the
//     catalog, its roles are roles of the framework and its grades grades
//     of the framework's pay structures;
//   - a framework, catalog, pay structure or band: its own rules only.
//
// A competency reference that does not resolve comes with the catalog IDs
// (and, for ratings, aliases) it may have been meant as, as
// SuggestCompetencies gives them (a framework's from its own catalog).
func (m *Model) Check(v any) error {
	var errs problem.Errors
	switch v := v.(type) {
	case *role.Role:
		return m.Check(*v)
	case role.Role:
		errs.Merge("", v.ValidateWith(m.ix))
		m.checkRole(v, &errs)
		return SuggestCompetencies(errs.Err("careerkit: invalid Role"), m.f.Catalog)
	case *competency.Profile:
		return m.Check(*v)
	case competency.Profile:
		errs.Merge("", m.ix.ValidateProfile(v))
		return SuggestCompetencies(errs.Err("careerkit: invalid Profile"), m.f.Catalog)
	case *role.Candidate:
		return m.Check(*v)
	case role.Candidate:
		errs.Merge("", v.Validate())
		m.mergeProfile("profile", v.Profile, &errs)
		return SuggestCompetencies(errs.Err("careerkit: invalid Candidate"), m.f.Catalog)
	case *People:
		return m.Check(*v)
	case People:
		errs.Merge("", v.Validate())
		for i, c := range v.Candidates {
			m.mergeProfile(problem.Path("candidates", i, "profile"), c.Profile, &errs)
		}
		for i, p := range v.Profiles {
			m.mergeProfile(problem.Path("profiles", i), p, &errs)
		}
		return SuggestCompetencies(errs.Err("careerkit: invalid People"), m.f.Catalog)
	case *ladder.Ladder:
		return m.Check(*v)
	case ladder.Ladder:
		opts := []ladder.Option{ladder.WithRoles(m.f.Roles...)}
		for _, s := range m.f.PayStructures {
			opts = append(opts, ladder.WithStructure(s))
		}
		_, err := ladder.Compile(v, m.ix, opts...)
		errs.Merge("", err)
		return SuggestCompetencies(errs.Err("careerkit: invalid Ladder"), m.f.Catalog)
	case *Framework:
		return m.Check(*v)
	case Framework:
		return SuggestCompetencies(v.Validate(), v.Catalog)
	case *competency.Catalog:
		return v.Validate()
	case competency.Catalog:
		return v.Validate()
	case *salary.Structure:
		return v.Validate()
	case salary.Structure:
		return v.Validate()
	case *salary.Band:
		return v.Validate()
	case salary.Band:
		return v.Validate()
	}
	return fmt.Errorf("careerkit: Check of a %T: want a document type that New returns", v)
}

// mergeProfile records the problems of a profile checked against the
// catalog, its own rules aside (they are the document's own), under prefix.
func (m *Model) mergeProfile(prefix string, p competency.Profile, errs *problem.Errors) {
	var ve *ValidationError
	if !errors.As(m.ix.ValidateProfile(p), &ve) {
		return
	}
	for _, fe := range ve.Errors {
		if fe.Rule == "exists" || fe.Rule == "level" {
			fe.Path = problem.JoinPath(prefix, fe.Path)
			errs.Append(fe)
		}
	}
}

// checkRole records the references of a role to the rest of the framework
// that do not resolve: its ladder level and its career moves.
func (m *Model) checkRole(r role.Role, errs *problem.Errors) {
	if r.Level != "" && len(m.f.Ladders) > 0 {
		var levels []string
		found := false
		for _, l := range m.f.Ladders {
			for _, lv := range l.Levels {
				levels = append(levels, string(lv.ID))
				found = found || string(lv.ID) == string(r.Level)
			}
		}
		if !found {
			errs.AddErr(ErrUnknownReference, "level", "exists", "level %q is not a level of any ladder of the framework%s", r.Level, problem.DidYouMean(string(r.Level), levels))
		}
	}
	roles := []string{string(r.ID)}
	for _, fr := range m.f.Roles {
		roles = append(roles, string(fr.ID))
	}
	for _, moves := range []struct {
		name string
		list []role.Move
	}{{"entryFrom", r.Career.EntryFrom}, {"advanceTo", r.Career.AdvanceTo}, {"lateral", r.Career.Lateral}} {
		for j, mv := range moves.list {
			if _, ok := m.roles[mv.Role]; mv.Role != "" && mv.Role != r.ID && !ok {
				errs.AddErr(ErrUnknownReference, problem.Path("career", moves.name, j, "role"), "exists", "role %q is not a role of the framework%s", mv.Role, problem.DidYouMean(string(mv.Role), roles))
			}
		}
	}
}

// SuggestCompetencies adds to each problem of err (a *ValidationError)
// that names no competency of the catalog c the competencies it may have
// been meant as, ` (did you mean "kubernetes"?)`: for a rating, among the
// IDs and aliases of c (ratings may use either); for a requirement or
// expectation, among its IDs. It changes err in place and returns it; any
// other error is returned as it is.
func SuggestCompetencies(err error, c competency.Catalog) error {
	var ve *ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	var ids, refs []string
	for _, comp := range c.Competencies {
		ids = append(ids, string(comp.ID))
	}
	refs = append(refs, ids...)
	for _, comp := range c.Competencies {
		refs = append(refs, comp.Aliases...)
	}
	for i := range ve.Errors {
		fe := &ve.Errors[i]
		if !errors.Is(fe.Err, ErrUnknownCompetency) || strings.Contains(fe.Message, "(did you mean") {
			continue
		}
		q, qerr := strconv.QuotedPrefix(fe.Message)
		if qerr != nil {
			continue
		}
		ref, _ := strconv.Unquote(q)
		candidates := ids
		if strings.Contains(fe.Path, "ratings[") {
			candidates = refs
		}
		fe.Message += problem.DidYouMean(ref, candidates)
	}
	return err
}
