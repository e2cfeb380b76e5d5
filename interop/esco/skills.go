package esco

import (
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
)

// Limits of the model that a skill's values must fit.
const (
	maxName        = 200
	maxDescription = 4000
	maxAliases     = 50
	maxAlias       = 200
	maxParents     = 50
	maxURI         = 200
)

// skill is one row of the skills file, read.
type skill struct {
	uri, id, name string
	kind          competency.Kind
	transversal   bool
	alts          []string
	desc          string
	descFrom      string // the column the description came from
	line          int
	included      bool
	index         int // position in the catalog, -1 when not in it
}

// skillSet is the skills file, read: the skills in file order, and the
// URIs of rows left out.
type skillSet struct {
	file  string
	list  []*skill
	byURI map[string]*skill
	left  map[string]int // URI → line of a row left out
}

// edge is one broader relation: the broader concept and the relation's row.
type edge struct {
	uri  string
	line int
}

// broaderSet is the broader relations of the skills pillar, read.
type broaderSet struct {
	file    string
	parents map[string][]edge // skill URI → broader skills
	groups  map[string][]edge // skill URI → broader skill groups
	labels  map[string]string // skill group URI → preferred label
	gfile   string
}

// readSkills reads the skills file, reporting and leaving out rows without
// a URI, label or skill type.
func (im *importer) readSkills(t *table) *skillSet {
	set := &skillSet{file: t.file, byURI: map[string]*skill{}, left: map[string]int{}}
	ids := map[string]int{}
	for _, rec := range t.rows {
		src := t.src(rec)
		uri := strings.TrimSpace(t.get(rec, "conceptUri"))
		id, ok := idFor(uri)
		switch {
		case uri == "":
			im.rep.Problem(interop.Malformed, src, "", "skill left out: no conceptUri")
			continue
		case len(uri) > maxURI:
			im.rep.Problem(interop.Malformed, src, "", "skill left out: its URI is longer than %d bytes", maxURI)
			set.left[uri] = rec.line
			continue
		case !ok:
			im.rep.Problem(interop.Malformed, src, "", "skill %s left out: its URI does not end in a segment that makes an ID (%q is not a slug)", uri, id)
			set.left[uri] = rec.line
			continue
		}
		if prev, dup := set.byURI[uri]; dup {
			im.rep.Problem(interop.Skipped, src, "", "skill %s left out: it repeats row %d", uri, prev.line)
			continue
		}
		if prev, dup := ids[id]; dup {
			im.rep.Problem(interop.Skipped, src, "", "skill %s left out: its ID %q is already that of row %d", uri, id, prev)
			set.left[uri] = rec.line
			continue
		}
		name := strings.TrimSpace(t.get(rec, "preferredLabel"))
		if name == "" {
			im.rep.Problem(interop.Missing, src, "", "skill %s left out: no preferredLabel", uri)
			set.left[uri] = rec.line
			continue
		}
		if len([]rune(name)) > maxName {
			im.rep.Problem(interop.Malformed, src, "", "skill %s left out: its preferredLabel is longer than %d characters", uri, maxName)
			set.left[uri] = rec.line
			continue
		}
		s := &skill{uri: uri, id: id, name: name, line: rec.line, index: -1}
		switch st := strings.TrimSpace(t.get(rec, "skillType")); st {
		case skillTypeKnowledge:
			s.kind = competency.Knowledge
		case skillTypeSkill:
			s.kind = competency.Hard
			if strings.TrimSpace(t.get(rec, "reuseLevel")) == reuseTransversal {
				s.kind, s.transversal = competency.Soft, true
			}
		case "":
			im.rep.Problem(interop.Missing, src, "", "skill %s (%s) left out: no skillType, so its kind is unknown", uri, name)
			set.left[uri] = rec.line
			continue
		default:
			im.rep.Problem(interop.Malformed, src, "", "skill %s (%s) left out: skillType %q is neither %q nor %q", uri, name, st, skillTypeKnowledge, skillTypeSkill)
			set.left[uri] = rec.line
			continue
		}
		for _, a := range strings.Split(t.get(rec, "altLabels"), "\n") {
			if a = strings.TrimSpace(a); a != "" {
				s.alts = append(s.alts, a)
			}
		}
		s.desc, s.descFrom = strings.TrimSpace(t.get(rec, "description")), "description"
		if s.desc == "" {
			s.desc, s.descFrom = strings.TrimSpace(t.get(rec, "definition")), "definition"
		}
		ids[id] = rec.line
		set.byURI[uri] = s
		set.list = append(set.list, s)
	}
	return set
}

// readBroader reads the broader relations of the skills pillar and the
// labels of the skill groups. Relations between skill groups are counted
// and reported once: groups are not imported.
func (im *importer) readBroader(t *table, skills *skillSet, groupT *table) *broaderSet {
	b := &broaderSet{parents: map[string][]edge{}, groups: map[string][]edge{}, labels: map[string]string{}}
	if groupT != nil {
		b.gfile = groupT.file
		for _, rec := range groupT.rows {
			uri := strings.TrimSpace(groupT.get(rec, "conceptUri"))
			if label := strings.TrimSpace(groupT.get(rec, "preferredLabel")); uri != "" && label != "" {
				if _, dup := b.labels[uri]; !dup {
					b.labels[uri] = label
				}
			}
		}
	}
	if t == nil {
		return b
	}
	b.file = t.file
	groupRows, leftRows := 0, 0
	for _, rec := range t.rows {
		src := t.src(rec)
		uri := strings.TrimSpace(t.get(rec, "conceptUri"))
		to := strings.TrimSpace(t.get(rec, "broaderUri"))
		if uri == "" || to == "" {
			im.rep.Problem(interop.Malformed, src, "", "broader relation left out: no conceptUri or broaderUri")
			continue
		}
		if _, isSkill := skills.byURI[uri]; !isSkill {
			if _, left := skills.left[uri]; left {
				leftRows++
			} else {
				groupRows++
			}
			continue
		}
		if uri == to {
			im.rep.Problem(interop.Malformed, src, "", "broader relation left out: skill %s is broader than itself", uri)
			continue
		}
		_, toSkill := skills.byURI[to]
		_, toLeft := skills.left[to]
		_, toGroup := b.labels[to]
		isGroup := strings.TrimSpace(t.get(rec, "broaderType")) == typeSkillGroup
		if toGroup || (isGroup && !toSkill && !toLeft) {
			b.groups[uri] = append(b.groups[uri], edge{to, rec.line})
		} else {
			b.parents[uri] = append(b.parents[uri], edge{to, rec.line})
		}
	}
	if groupRows > 0 {
		im.rep.Problem(interop.Skipped, interop.Source{File: t.file}, "", "%d broader relations of skill groups (or of concepts not in the skills file) left out: skill groups are not imported as competencies", groupRows)
	}
	if leftRows > 0 {
		im.rep.Problem(interop.Skipped, interop.Source{File: t.file}, "", "%d broader relations of skills whose rows were left out left out", leftRows)
	}
	return b
}

// selectSkills marks the skills to import: every skill, or with
// NeededSkillsOnly those the imported occupations link to and their
// broader skills.
func (im *importer) selectSkills(skills *skillSet, occs *occSet, broader *broaderSet) {
	if !im.opts.NeededSkillsOnly {
		for _, s := range skills.list {
			s.included = true
		}
		return
	}
	var queue []*skill
	mark := func(uri string) {
		if s, ok := skills.byURI[uri]; ok && !s.included {
			s.included = true
			queue = append(queue, s)
		}
	}
	for _, o := range occs.list {
		if o.selected {
			for _, r := range o.rels {
				mark(r.skill)
			}
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range broader.parents[s.uri] {
			mark(e.uri)
		}
	}
	left := 0
	for _, s := range skills.list {
		if !s.included {
			left++
		}
	}
	if left > 0 {
		im.rep.Problem(interop.Skipped, interop.Source{File: skills.file}, "", "%d skills left out: no imported occupation needs them (Options.NeededSkillsOnly)", left)
	}
}

// buildCompetencies turns the selected skills into competencies, in the
// order of the skills file.
func (im *importer) buildCompetencies(skills *skillSet, broader *broaderSet, haveGroups bool) []competency.Competency {
	var (
		comps []competency.Competency
		srcs  []*skill
		names = map[string]int{} // normalized name or ID → competency index
	)
	for _, s := range skills.list {
		if !s.included {
			continue
		}
		src := interop.Source{File: skills.file, Row: s.line}
		key := normalize(s.name)
		if prev, dup := names[key]; dup {
			im.rep.Problem(interop.Skipped, src, "", "skill %s left out: its name %q is already that of %s (row %d)", s.uri, s.name, comps[prev].ID, srcs[prev].line)
			s.included = false
			skills.left[s.uri] = s.line
			continue
		}
		s.index = len(comps)
		names[key] = s.index
		names[normalize(s.id)] = s.index
		c := competency.Competency{ID: competency.ID(s.id), Name: s.name, Kind: s.kind, SameAs: []string{s.uri}}
		path := problem.Path("competencies", s.index)
		if desc, cut := clip(s.desc, maxDescription); cut {
			im.rep.Problem(interop.Mapped, src, path+".description", "the %s is cut to %d characters, the model's limit", s.descFrom, maxDescription)
			c.Description = desc
		} else {
			c.Description = s.desc
		}
		if s.descFrom == "definition" && s.desc != "" {
			im.rep.Problem(interop.Mapped, src, path+".description", "the description is empty; the definition is used")
		}
		comps = append(comps, c)
		srcs = append(srcs, s)
	}
	im.aliases(comps, srcs, names, skills.file)
	im.categories(comps, srcs, broader, haveGroups)
	im.parents(comps, srcs, skills, broader)

	kinds := map[competency.Kind]int{}
	soft := 0
	for i, c := range comps {
		kinds[c.Kind]++
		if srcs[i].transversal {
			soft++
		}
		im.rep.From(problem.Path("competencies", i), interop.Source{File: skills.file, Row: srcs[i].line})
	}
	if len(comps) > 0 {
		im.rep.Problem(interop.Mapped, interop.Source{File: skills.file}, "", "skillType mapped to kind: knowledge → knowledge (%d); skill/competence → hard (%d), or soft when reuseLevel is transversal (%d)", kinds[competency.Knowledge], kinds[competency.Hard], soft)
	}
	im.rep.Count("competencies", len(comps))
	return comps
}

// aliases sets each competency's aliases from its altLabels: trimmed,
// without repeats of its own name or aliases (ignoring case and spacing;
// counted in one problem, as nothing is lost), and without labels that are
// another competency's name or ID or that several competencies share, each
// reported.
func (im *importer) aliases(comps []competency.Competency, srcs []*skill, names map[string]int, file string) {
	own := make([][]string, len(comps))
	holders := map[string][]int{}
	repeats := 0
	for i, s := range srcs {
		src := interop.Source{File: file, Row: s.line}
		path := problem.Path("competencies", i, "aliases")
		seen := map[string]bool{normalize(s.name): true}
		for _, a := range s.alts {
			key := normalize(a)
			switch {
			case seen[key]:
				repeats++
			case len([]rune(a)) > maxAlias:
				im.rep.Problem(interop.Skipped, src, path, "altLabel %q left out: longer than %d characters", a, maxAlias)
			default:
				seen[key] = true
				own[i] = append(own[i], a)
				holders[key] = append(holders[key], i)
			}
		}
	}
	if repeats > 0 {
		im.rep.Problem(interop.Skipped, interop.Source{File: file}, "", "%d altLabels left out that repeat their skill's preferredLabel or another of its altLabels, ignoring case and spacing", repeats)
	}
	for i, s := range srcs {
		src := interop.Source{File: file, Row: s.line}
		path := problem.Path("competencies", i, "aliases")
		for _, a := range own[i] {
			key := normalize(a)
			if other, ok := names[key]; ok && other != i {
				im.rep.Problem(interop.Skipped, src, path, "altLabel %q left out: it is the name of %s", a, comps[other].ID)
				continue
			}
			if h := holders[key]; len(h) > 1 {
				im.rep.Problem(interop.Skipped, src, path, "altLabel %q left out: %d skills share it (%s)", a, len(h), idList(comps, h))
				continue
			}
			if len(comps[i].Aliases) == maxAliases {
				im.rep.Problem(interop.Skipped, src, path, "altLabel %q left out: a competency has at most %d aliases", a, maxAliases)
				continue
			}
			comps[i].Aliases = append(comps[i].Aliases, a)
		}
	}
}

func idList(comps []competency.Competency, idx []int) string {
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = string(comps[i].ID)
	}
	return strings.Join(ids, ", ")
}

// categories sets each competency's category to the label of its first
// broader skill group; further groups are reported.
func (im *importer) categories(comps []competency.Competency, srcs []*skill, broader *broaderSet, haveGroups bool) {
	if !haveGroups {
		return
	}
	for i, s := range srcs {
		path := problem.Path("competencies", i, "category")
		for _, e := range broader.groups[s.uri] {
			src := interop.Source{File: broader.file, Row: e.line}
			label, ok := broader.labels[e.uri]
			switch {
			case !ok:
				im.rep.Problem(interop.Missing, src, path, "skill group %s is not in %s: no category from it", e.uri, broader.gfile)
			case comps[i].Category != "":
				im.rep.Problem(interop.Skipped, src, path, "skill group %s (%s) left out: the category is the first group's, %q", e.uri, label, comps[i].Category)
			case len([]rune(label)) > maxName:
				im.rep.Problem(interop.Skipped, src, path, "skill group %s left out: its label is longer than %d characters", e.uri, maxName)
			default:
				comps[i].Category = label
				im.rep.From(path, src)
			}
		}
	}
}

// parents sets each competency's parents from the broader skills that are
// in the catalog, reporting the others, then breaks any cycle.
func (im *importer) parents(comps []competency.Competency, srcs []*skill, skills *skillSet, broader *broaderSet) {
	lines := make([][]int, len(comps))
	for i, s := range srcs {
		path := problem.Path("competencies", i, "parents")
		for _, e := range broader.parents[s.uri] {
			src := interop.Source{File: broader.file, Row: e.line}
			p, ok := skills.byURI[e.uri]
			_, left := skills.left[e.uri]
			switch {
			case ok && p.index >= 0:
				if containsID(comps[i].Parents, competency.ID(p.id)) {
					im.rep.Problem(interop.Skipped, src, path, "broader skill %s left out: it repeats a relation", e.uri)
					continue
				}
				if len(comps[i].Parents) == maxParents {
					im.rep.Problem(interop.Skipped, src, path, "broader skill %s left out: a competency has at most %d parents", e.uri, maxParents)
					continue
				}
				comps[i].Parents = append(comps[i].Parents, competency.ID(p.id))
				lines[i] = append(lines[i], e.line)
			case left:
				im.rep.Problem(interop.Skipped, src, path, "broader skill %s left out: its row (%s:%d) was left out", e.uri, skills.file, skills.left[e.uri])
			case ok:
				im.rep.Problem(interop.Skipped, src, path, "broader skill %s (%s) left out: it is not in this import", e.uri, p.name)
			default:
				im.rep.Problem(interop.Skipped, src, path, "broader skill %s left out: it is not in %s", e.uri, skills.file)
			}
		}
	}
	im.breakCycles(comps, lines, broader.file)
	n := 0
	for i := range comps {
		for j := range comps[i].Parents {
			im.rep.From(problem.Path("competencies", i, "parents", j), interop.Source{File: broader.file, Row: lines[i][j]})
			n++
		}
	}
	im.rep.Count("parents", n)
}

func containsID(ids []competency.ID, id competency.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// breakCycles removes each relation that closes a cycle of parents, in a
// depth-first walk in catalog order, and reports it.
func (im *importer) breakCycles(comps []competency.Competency, lines [][]int, file string) {
	at := make(map[competency.ID]int, len(comps))
	for i, c := range comps {
		at[c.ID] = i
	}
	const (
		white = iota
		grey
		black
	)
	color := make([]int, len(comps))
	var visit func(i int)
	visit = func(i int) {
		color[i] = grey
		keep, keepLines := comps[i].Parents[:0:0], lines[i][:0:0]
		for j, p := range comps[i].Parents {
			k := at[p]
			if color[k] == grey {
				im.rep.Problem(interop.Malformed, interop.Source{File: file, Row: lines[i][j]}, problem.Path("competencies", i, "parents"),
					"broader skill %s left out: it closes a cycle of broader relations through %s", p, comps[i].ID)
				continue
			}
			if color[k] == white {
				visit(k)
			}
			keep, keepLines = append(keep, p), append(keepLines, lines[i][j])
		}
		if len(keep) == 0 {
			keep, keepLines = nil, nil
		}
		comps[i].Parents, lines[i] = keep, keepLines
		color[i] = black
	}
	for i := range comps {
		if color[i] == white {
			visit(i)
		}
	}
}
