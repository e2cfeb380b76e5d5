package main

import (
	"fmt"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// problemsError is a failure made of problems in documents; fail prints
// them as validate does.
type problemsError struct{ list []finding }

func (e problemsError) Error() string {
	parts := make([]string, len(e.list))
	for i, p := range e.list {
		parts[i] = p.String()
	}
	return strings.Join(parts, "\n")
}

// dataError is the data failing to answer: an unknown role, subject, level…
// in a named file.
func dataError(file, format string, args ...any) error {
	return fmt.Errorf("%s: %s", file, fmt.Sprintf(format, args...))
}

// loadModel loads, validates and compiles the framework file at path ("-"
// for standard input).
func loadModel(path string) (*careerkit.Model, error) {
	src, err := readSource(path)
	if err == nil {
		var f careerkit.Framework
		if err = src.decodeInto(&f); err == nil {
			var m *careerkit.Model
			if m, err = f.Compile(); err == nil {
				return m, nil
			}
		}
		err = careerkit.SuggestCompetencies(err, f.Catalog)
	}
	return nil, problemsError{problemsOf(path, careerkit.KindFramework, src, "", err)}
}

// roleOf returns the role with the given ID and its index in the framework.
func roleOf(m *careerkit.Model, file, id string) (role.Role, int, error) {
	for i, r := range m.Framework().Roles {
		if string(r.ID) == id {
			return r, i, nil
		}
	}
	return role.Role{}, 0, dataError(file, "no role %q; roles: %s", id, ids(m.Framework().Roles, func(r role.Role) string { return string(r.ID) }))
}

// people is a decoded people or candidate document, with its source for
// placing problems found later.
type people struct {
	file string
	src  *source
	kind string
	all  careerkit.People
}

// loadPeople reads a people document, or a candidate or profile document
// as a people document of one, from path.
func loadPeople(path string) (*people, error) {
	src, err := readSource(path)
	if err != nil {
		return nil, problemsError{problemsOf(path, "", nil, "", err)}
	}
	kind, err := careerkit.InferKind(src.doc)
	switch {
	case err != nil:
		return nil, problemsError{[]finding{kindProblem(path, src, err)}}
	case kind != careerkit.KindPeople && kind != careerkit.KindCandidate && kind != careerkit.KindProfile:
		return nil, dataError(path, "is a %s document, not a people, candidate or profile document", kind)
	}
	v, _ := careerkit.New(kind)
	if err := src.decodeInto(v); err != nil {
		return nil, problemsError{problemsOf(path, kind, src, "", err)}
	}
	p := &people{file: path, src: src, kind: kind}
	switch v := v.(type) {
	case *careerkit.People:
		p.all = *v
	case *role.Candidate:
		p.all.Candidates = []role.Candidate{*v}
	case *competency.Profile:
		p.all.Profiles = []competency.Profile{*v}
	}
	return p, nil
}

// candidate returns the candidate with the given subject, or the only
// candidate when subject is "", with its path in the document.
func (p *people) candidate(subject string) (role.Candidate, string, error) {
	cs := p.all.Candidates
	if subject == "" {
		switch {
		case len(cs) == 1:
			return cs[0], p.candidatePath(0), nil
		case len(cs) == 0:
			return role.Candidate{}, "", dataError(p.file, "holds no candidates")
		}
		return role.Candidate{}, "", usagef("%s holds %d candidates: name one with --subject", p.file, len(cs))
	}
	for i, c := range cs {
		if string(c.Profile.Subject) == subject {
			return c, p.candidatePath(i), nil
		}
	}
	return role.Candidate{}, "", dataError(p.file, "no candidate %q; candidates: %s", subject, ids(cs, func(c role.Candidate) string { return string(c.Profile.Subject) }))
}

func (p *people) candidatePath(i int) string {
	if p.kind == careerkit.KindCandidate {
		return ""
	}
	return fmt.Sprintf("candidates[%d]", i)
}

// profile returns the profile with the given subject, from the profiles or
// the candidates, with its path in the document.
func (p *people) profile(subject string) (competency.Profile, string, error) {
	for i, pr := range p.all.Profiles {
		if string(pr.Subject) == subject {
			if p.kind == careerkit.KindProfile {
				return pr, "", nil
			}
			return pr, fmt.Sprintf("profiles[%d]", i), nil
		}
	}
	for i, c := range p.all.Candidates {
		if string(c.Profile.Subject) == subject {
			return c.Profile, problem.JoinPath(p.candidatePath(i), "profile"), nil
		}
	}
	var subjects []string
	for _, pr := range p.all.Profiles {
		subjects = append(subjects, string(pr.Subject))
	}
	for _, c := range p.all.Candidates {
		subjects = append(subjects, string(c.Profile.Subject))
	}
	return competency.Profile{}, "", dataError(p.file, "no person %q; people: %s", subject, ids(subjects, func(s string) string { return s }))
}

// fitProblems places the problems of a role.Fit error: those under
// "candidate" in the people file at the candidate's path, the others in the
// framework file under the role's path.
func fitProblems(err error, p *people, candPath, fwFile, rolePath string) error {
	all := problemsOf("", "", nil, "", err)
	var inPeople []int // problems placed in the people file
	for i, pr := range all {
		switch {
		case pr.Path == "candidate" || strings.HasPrefix(pr.Path, "candidate."):
			pr.File, pr.Kind = p.file, p.kind
			pr.Path = problem.JoinPath(candPath, strings.TrimPrefix(strings.TrimPrefix(pr.Path, "candidate"), "."))
			inPeople = append(inPeople, i)
		case pr.Path == "role" || strings.HasPrefix(pr.Path, "role."):
			pr.File, pr.Kind = fwFile, careerkit.KindFramework
			pr.Path = problem.JoinPath(rolePath, strings.TrimPrefix(strings.TrimPrefix(pr.Path, "role"), "."))
		default:
			pr.File, pr.Kind = p.file, p.kind
		}
		all[i] = pr
	}
	paths := make([]string, len(inPeople))
	for j, i := range inPeople {
		paths[j] = all[i].Path
	}
	pos := p.src.positions(paths)
	for _, i := range inPeople {
		at := pos[all[i].Path]
		all[i].Line, all[i].Column = at.Line, at.Column
	}
	return problemsError{all}
}

// profileProblems places the problems of an analysis of the profile at
// path in the people file.
func profileProblems(err error, p *people, path string) error {
	all := problemsOf(p.file, p.kind, nil, "", err)
	for i := range all {
		all[i].Path = problem.JoinPath(path, all[i].Path)
		all[i].Line, all[i].Column = 0, 0
	}
	return problemsError{p.src.place(all)}
}

// ids lists the IDs of items for a message, at most ten of them.
func ids[T any](items []T, id func(T) string) string {
	if len(items) == 0 {
		return "none"
	}
	var b strings.Builder
	for i, it := range items {
		if i == 10 {
			fmt.Fprintf(&b, ", … (%d in all)", len(items))
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(id(it))
	}
	return b.String()
}
