package esco

import (
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// Limits of the model that an occupation's values must fit.
const (
	maxTitle        = 200
	maxSummary      = 10000
	maxCodeLabel    = 500
	maxRequirements = 1000
)

// occupation is one row of the occupations file, read.
type occupation struct {
	uri, id, title      string
	isco, iscoLabel     string
	summary, summaryCol string
	line                int
	selected            bool
	rels                []relation
}

// relation is one row of the occupation–skill relations.
type relation struct {
	skill      string
	importance competency.Importance
	line       int
}

// occSet is the occupations file, read.
type occSet struct {
	file    string
	relFile string
	list    []*occupation
	byURI   map[string]*occupation
	left    map[string]bool
}

// readOccupations reads the occupations file and marks the occupations
// the options select.
func (im *importer) readOccupations(t *table, iscoT *table) *occSet {
	set := &occSet{file: t.file, byURI: map[string]*occupation{}, left: map[string]bool{}}
	labels := map[string]string{}
	if iscoT != nil {
		for _, rec := range iscoT.rows {
			code := strings.TrimSpace(iscoT.get(rec, "code"))
			if _, dup := labels[code]; !dup && code != "" {
				labels[code] = strings.TrimSpace(iscoT.get(rec, "preferredLabel"))
			}
		}
	}
	ids := map[string]int{}
	for _, rec := range t.rows {
		src := t.src(rec)
		uri := strings.TrimSpace(t.get(rec, "conceptUri"))
		id, ok := idFor(uri)
		switch {
		case uri == "":
			im.rep.Problem(interop.Malformed, src, "", "occupation left out: no conceptUri")
			continue
		case len(uri) > maxURI || !ok:
			im.rep.Problem(interop.Malformed, src, "", "occupation %.200s left out: its URI does not end in a segment that makes an ID of at most 64 bytes", uri)
			set.left[uri] = true
			continue
		}
		if prev, dup := set.byURI[uri]; dup {
			im.rep.Problem(interop.Skipped, src, "", "occupation %s left out: it repeats row %d", uri, prev.line)
			continue
		}
		if prev, dup := ids[id]; dup {
			im.rep.Problem(interop.Skipped, src, "", "occupation %s left out: its ID %q is already that of row %d", uri, id, prev)
			set.left[uri] = true
			continue
		}
		title := strings.TrimSpace(t.get(rec, "preferredLabel"))
		if title == "" || len([]rune(title)) > maxTitle {
			im.rep.Problem(interop.Malformed, src, "", "occupation %s left out: its preferredLabel is empty or longer than %d characters", uri, maxTitle)
			set.left[uri] = true
			continue
		}
		o := &occupation{uri: uri, id: id, title: title, line: rec.line}
		switch isco := strings.TrimSpace(t.get(rec, "iscoGroup")); {
		case isco == "":
			im.rep.Problem(interop.Missing, src, "", "occupation %s has no iscoGroup: no ISCO-08 code", uri)
		case !iscoRE.MatchString(isco):
			im.rep.Problem(interop.Malformed, src, "", "occupation %s: iscoGroup %q is not an ISCO-08 code of one to four digits; no ISCO-08 code", uri, isco)
		default:
			o.isco = isco
			label, found := labels[isco]
			switch {
			case iscoT != nil && !found:
				im.rep.Problem(interop.Missing, src, "", "occupation %s: ISCO-08 group %s is not in %s: its code has no label", uri, isco, iscoT.file)
			case len([]rune(label)) > maxCodeLabel:
				im.rep.Problem(interop.Skipped, src, "", "occupation %s: the label of ISCO-08 group %s is longer than %d characters and is left out", uri, isco, maxCodeLabel)
			default:
				o.iscoLabel = label
			}
		}
		o.summary, o.summaryCol = strings.TrimSpace(t.get(rec, "description")), "description"
		if o.summary == "" {
			o.summary, o.summaryCol = strings.TrimSpace(t.get(rec, "definition")), "definition"
		}
		ids[id] = rec.line
		set.byURI[uri] = o
		set.list = append(set.list, o)
	}
	im.selectOccupations(set)
	return set
}

// selectOccupations marks the occupations Options.Occupations and
// Options.ISCOGroups select, or every one when both are empty, and reports
// the URIs that select nothing.
func (im *importer) selectOccupations(set *occSet) {
	all := len(im.opts.Occupations) == 0 && len(im.opts.ISCOGroups) == 0
	byURI := map[string]bool{}
	for _, u := range im.opts.Occupations {
		byURI[strings.TrimSpace(u)] = true
	}
	n := 0
	for _, o := range set.list {
		o.selected = all || byURI[o.uri]
		for _, g := range im.opts.ISCOGroups {
			o.selected = o.selected || (o.isco != "" && strings.HasPrefix(o.isco, g))
		}
		if o.selected {
			n++
		}
	}
	for _, u := range im.opts.Occupations {
		if _, ok := set.byURI[strings.TrimSpace(u)]; !ok {
			im.rep.Problem(interop.Missing, interop.Source{File: set.file}, "", "occupation %s of Options.Occupations is not in %s", u, set.file)
		}
	}
	if n < len(set.list) {
		im.rep.Problem(interop.Skipped, interop.Source{File: set.file}, "", "%d of %d occupations left out: Options.Occupations and Options.ISCOGroups do not select them", len(set.list)-n, len(set.list))
	}
}

// readRelations reads the occupation–skill relations into the selected
// occupations, in file order.
func (im *importer) readRelations(t *table, occs *occSet) {
	if t == nil {
		return
	}
	occs.relFile = t.file
	unselected := 0
	for _, rec := range t.rows {
		src := t.src(rec)
		ou := strings.TrimSpace(t.get(rec, "occupationUri"))
		su := strings.TrimSpace(t.get(rec, "skillUri"))
		if ou == "" || su == "" {
			im.rep.Problem(interop.Malformed, src, "", "relation left out: no occupationUri or skillUri")
			continue
		}
		var imp competency.Importance
		switch rt := strings.TrimSpace(t.get(rec, "relationType")); rt {
		case "essential":
			imp = competency.Required
		case "optional":
			imp = competency.Preferred
		default:
			im.rep.Problem(interop.Malformed, src, "", "relation of %s to %s left out: relationType %q is neither essential nor optional", ou, su, rt)
			continue
		}
		o, ok := occs.byURI[ou]
		switch {
		case !ok && occs.left[ou]:
			im.rep.Problem(interop.Skipped, src, "", "relation of %s to %s left out: the occupation's row was left out", ou, su)
		case !ok:
			im.rep.Problem(interop.Skipped, src, "", "relation of %s to %s left out: the occupation is not in %s", ou, su, occs.file)
		case !o.selected:
			unselected++
		default:
			o.rels = append(o.rels, relation{skill: su, importance: imp, line: rec.line})
		}
	}
	if unselected > 0 {
		im.rep.Problem(interop.Skipped, interop.Source{File: t.file}, "", "%d relations of occupations not selected left out", unselected)
	}
}

// buildRoles turns the selected occupations into roles, in the order of
// the occupations file, with a requirement per relation to a skill of the
// catalog.
func (im *importer) buildRoles(occs *occSet, skills *skillSet) []role.Role {
	var roles []role.Role
	reqs := 0
	for _, o := range occs.list {
		if !o.selected {
			continue
		}
		src := interop.Source{File: occs.file, Row: o.line}
		path := problem.Path("roles", len(roles))
		r := role.Role{ID: role.ID(o.id), Title: o.title}
		r.Codes = append(r.Codes, role.Code{Scheme: schemeESCO, Code: o.uri, Label: o.title})
		if o.isco != "" {
			r.Codes = append(r.Codes, role.Code{Scheme: schemeISCO, Code: o.isco, Label: o.iscoLabel})
		}
		summary, cut := clip(o.summary, maxSummary)
		r.Summary = summary
		if cut {
			im.rep.Problem(interop.Mapped, src, path+".summary", "the %s is cut to %d characters, the model's limit", o.summaryCol, maxSummary)
		}
		if o.summaryCol == "definition" && o.summary != "" {
			im.rep.Problem(interop.Mapped, src, path+".summary", "the description is empty; the definition is used")
		}
		im.rep.From(path, src)
		seen := map[string]int{}
		for _, rel := range o.rels {
			rsrc := interop.Source{File: occs.relFile, Row: rel.line}
			rpath := problem.Path(path, "requirements")
			s, ok := skills.byURI[rel.skill]
			_, left := skills.left[rel.skill]
			switch {
			case left:
				im.rep.Problem(interop.Skipped, rsrc, rpath, "requirement of %s left out: the row of skill %s (%s:%d) was left out", o.id, rel.skill, skills.file, skills.left[rel.skill])
				continue
			case !ok:
				im.rep.Problem(interop.Malformed, rsrc, rpath, "requirement of %s left out: skill %s is not in %s", o.id, rel.skill, skills.file)
				continue
			case s.index < 0:
				im.rep.Problem(interop.Skipped, rsrc, rpath, "requirement of %s left out: skill %s is not in this import", o.id, rel.skill)
				continue
			}
			if prev, dup := seen[rel.skill]; dup {
				im.rep.Problem(interop.Skipped, rsrc, rpath, "requirement of %s left out: it repeats the relation to %s of row %d", o.id, s.id, prev)
				continue
			}
			if len(r.Requirements) == maxRequirements {
				im.rep.Problem(interop.Skipped, rsrc, rpath, "requirement of %s left out: a role has at most %d requirements", o.id, maxRequirements)
				continue
			}
			seen[rel.skill] = rel.line
			im.rep.From(problem.Path(rpath, len(r.Requirements)), rsrc)
			r.Requirements = append(r.Requirements, competency.Requirement{Competency: competency.ID(s.id), Level: im.opts.Level, Importance: rel.importance})
		}
		reqs += len(r.Requirements)
		roles = append(roles, r)
	}
	if reqs > 0 {
		im.rep.Problem(interop.Mapped, interop.Source{File: occs.relFile}, "", "ESCO gives no proficiency levels: every requirement is at level %d (%s) of the framework scale, a default (Options.Level); essential → required, optional → preferred; weight 1", im.opts.Level, competency.FrameworkScale().LevelName(im.opts.Level))
	}
	im.rep.Count("roles", len(roles))
	im.rep.Count("requirements", reqs)
	return roles
}
