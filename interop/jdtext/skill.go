package jdtext

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// headCuts end a skill's head phrase: the text before the first of them.
var headCuts = []string{":", " — ", " – ", " - ", "(", ";", ",", ". "}

// headConnectors end a head phrase as well: the words after them qualify
// the skill.
var headConnectors = []string{" for ", " to ", " with ", " including ", " while ", " that ", " tailored ", " such as "}

// headFillers are words dropped from the start of a head phrase.
var headFillers = []string{"strong ", "deep ", "solid ", "proven ", "excellent ", "exceptional ", "demonstrated ",
	"good ", "advanced ", "working ", "familiarity with ", "knowledge of ", "experience with ", "experience in ",
	"understanding of ", "ability to ", "proficiency in ", "proficiency with ", "proficient in ", "expertise in ",
	"a ", "an ", "the "}

// headTails are words dropped from the end of a head phrase.
var headTails = []string{" skills", " skill", " expertise", " abilities"}

// maxHeadWords is the most words a head phrase keeps.
const maxHeadWords = 8

// HeadPhrase returns the head phrase of a skill's line: the text before
// the first ":", " — ", " – ", " - ", "(", ";", "," or ". "; without its
// leading fillers ("Strong", "Deep", "Familiarity with", "Knowledge of",
// "Ability to" …, case ignored); then before the first of " for ", " to ",
// " with ", " including ", " while ", " that ", " tailored " and
// " such as "; without a trailing "skills" or "expertise"; at most 8 words,
// not ending in "and", "or", "of", "the", "a", "an", "in", "for", "to" or
// "with". A trailing period is removed first. When that leaves nothing,
// the line is the head phrase.
func HeadPhrase(line string) string {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), "."))
	full := s
	for _, c := range headCuts {
		if i := strings.Index(s, c); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	for again := true; again; {
		again = false
		for _, f := range headFillers {
			if len(s) > len(f) && strings.EqualFold(s[:len(f)], f) {
				s, again = s[len(f):], true
			}
		}
	}
	for _, c := range headConnectors {
		if i := strings.Index(s, c); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	for _, t := range headTails {
		if len(s) > len(t) && strings.EqualFold(s[len(s)-len(t):], t) {
			s = s[:len(s)-len(t)]
		}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		s = full
	}
	words := strings.Fields(s)
	if len(words) > maxHeadWords {
		words = words[:maxHeadWords]
	}
	s = strings.Join(words, " ")
	return s
}

// SkillID returns the ID a skill's line gets when no catalog matches it:
// the slug of its head phrase.
func SkillID(line string) competency.ID { return competency.ID(slug(HeadPhrase(line))) }

// toolLists returns the items of the parenthesised lists of a line, split
// at commas and "or"/"and", without "e.g." and "such as".
func toolLists(line string) []string {
	var out []string
	for rest := line; ; {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			break
		}
		inner := rest[i+1 : i+j]
		rest = rest[i+j+1:]
		for _, t := range splitList(inner) {
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "e.g."), "such as "))
			t = strings.TrimSuffix(t, ".")
			if t != "" && len(t) <= 100 && !contains(out, t) && len(out) < 50 {
				out = append(out, t)
			}
		}
	}
	return out
}

// splitList splits a list at commas and at " or " and " and ", outside
// parentheses, dropping a leading "or"/"and" of an item.
func splitList(s string) []string {
	var out []string
	depth, start := 0, 0
	cut := func(i, skip int) {
		out = append(out, s[start:i])
		start = i + skip
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				cut(i, 1)
			}
		case ' ':
			if depth == 0 && strings.HasPrefix(s[i:], " or ") {
				cut(i, 4)
				i += 3
			} else if depth == 0 && strings.HasPrefix(s[i:], " and ") {
				cut(i, 5)
				i += 4
			}
		}
	}
	out = append(out, s[start:])
	res := out[:0]
	for _, x := range out {
		x = strings.TrimSpace(x)
		x = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(x, "or "), "and "))
		if x != "" {
			res = append(res, x)
		}
	}
	return res
}

// skill makes a line a requirement of the role: of a catalog competency
// when one matches, else of a new competency.
func (p *parser) skill(text string, n int, kind competency.Kind, imp competency.Importance, rule string) {
	src := p.src(n, n)
	if len(text) > 4000 {
		p.rep.Problem(interop.Malformed, src, "", "the skill line has %d bytes; a description has at most 4000", len(text))
		return
	}
	head := HeadPhrase(text)
	id, matched := p.match(text, head)
	if i, seen := p.compAt[competency.ID(slug(head))]; !matched && seen && i >= p.newAt && p.comps[i].Description == text {
		id, matched = p.comps[i].ID, true // the same line again
	}
	if !matched {
		id = competency.ID(slug(head))
		if id == "" {
			p.rep.Problem(interop.Skipped, src, "", "the skill line %q has no letters or digits for an ID", text)
			return
		}
		if len(head) > 180 {
			p.rep.Problem(interop.Malformed, src, "", "the skill's name has %d bytes; a new competency's name has at most 180 (200 with a suffix)", len(head))
			return
		}
		id, head = p.unique(id, head, src)
		c := competency.Competency{ID: id, Name: head, Kind: kind, Description: text, Tags: toolLists(text)}
		path := problem.Path("competencies", len(p.comps))
		p.compAt[id] = len(p.comps)
		p.comps = append(p.comps, c)
		p.rep.FromRule(path, src, "skill:"+string(kind))
		if p.ix != nil {
			p.rep.Problem(interop.Mapped, src, path, "skill %q matches no competency of the catalog by ID, alias or name: added as %q", head, id)
		}
	}
	if prev, dup := p.reqAt[id]; dup {
		p.rep.Problem(interop.Skipped, src, "", "skill %q is already required by roles[0].requirements[%d]", id, prev)
		return
	}
	if len(p.r.Requirements) >= 1000 {
		p.rep.Problem(interop.Skipped, src, "", "the role already has the most requirements a role keeps (1000)")
		return
	}
	level := p.level(id, src)
	path := problem.Path("roles[0].requirements", len(p.r.Requirements))
	p.reqAt[id] = len(p.r.Requirements)
	p.r.Requirements = append(p.r.Requirements, competency.Requirement{Competency: id, Level: level, Importance: imp})
	p.rep.FromRule(path, src, rule)
	p.rep.Problem(interop.Mapped, src, path+".level", "the posting states no level: %s at the default level %d", imp, level)
}

// match looks a skill up in the catalog: by the whole line, by its head
// phrase and by the slug of the head phrase, each by ID, alias or name.
func (p *parser) match(text, head string) (competency.ID, bool) {
	if p.ix == nil {
		return "", false
	}
	for _, ref := range []string{text, head, slug(head)} {
		if id, _, ok := p.ix.Lookup(ref); ok {
			return id, true
		}
	}
	return "", false
}

// unique makes a new competency's ID and name unique among the
// competencies so far by a suffix "-2", "-3" …, reporting the collision.
func (p *parser) unique(id competency.ID, name string, src interop.Source) (competency.ID, string) {
	if _, taken := p.compAt[id]; !taken && !p.nameTaken(name) {
		return id, name
	}
	for k := 2; ; k++ {
		suffix := fmt.Sprintf("-%d", k)
		base := string(id)
		if len(base)+len(suffix) > 64 {
			base = base[:64-len(suffix)]
		}
		cand := competency.ID(strings.TrimRight(base, "-._") + suffix)
		candName := fmt.Sprintf("%s (%d)", name, k)
		if _, taken := p.compAt[cand]; !taken && !p.nameTaken(candName) {
			p.rep.Problem(interop.Mapped, src, "", "skill ID %q is already taken: this skill is %q", id, cand)
			return cand, candName
		}
	}
}

func (p *parser) nameTaken(name string) bool {
	if p.ix != nil {
		if _, _, ok := p.ix.Lookup(name); ok {
			return true
		}
	}
	for _, c := range p.comps[p.newAt:] {
		if strings.EqualFold(strings.Join(strings.Fields(c.Name), " "), strings.Join(strings.Fields(name), " ")) {
			return true
		}
	}
	return false
}

// level returns the default level, or, when a catalog competency's scale
// lacks it, the scale's middle level (reported).
func (p *parser) level(id competency.ID, src interop.Source) int {
	if p.ix == nil {
		return p.opts.Level
	}
	s, ok := p.ix.Scale(id)
	if !ok || s.Has(p.opts.Level) || len(s.Levels) == 0 {
		return p.opts.Level
	}
	mid := s.Levels[(len(s.Levels)-1)/2].Value
	p.rep.Problem(interop.Mapped, src, "", "the scale %q of %q has no level %d: its middle level %d is used", s.ID, id, p.opts.Level, mid)
	return mid
}

// splitMove reads a career move: the title is the run of capitalised
// words at the start (with "/", "&", "-", and "of", "and", "for", "in",
// "the" between capitalised words); the rest is the note. A line ending
// in a parenthesis has the title before it and the note inside it.
func splitMove(text string) role.Move {
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	if strings.HasSuffix(text, ")") {
		if i := strings.LastIndex(text, " ("); i > 0 {
			return role.Move{Title: strings.TrimSpace(text[:i]), Note: strings.TrimSpace(text[i+2 : len(text)-1])}
		}
	}
	words := strings.Fields(text)
	k := 0
	for k < len(words) {
		w := words[k]
		switch {
		case titleWord(w):
			k++
			continue
		case w == "/" || w == "&" || w == "-" || w == "–":
			k++
			continue
		case (w == "of" || w == "and" || w == "for" || w == "in" || w == "the") && k+1 < len(words) && k > 0 && titleWord(words[k+1]):
			k++
			continue
		}
		break
	}
	for k > 0 && !titleWord(words[k-1]) {
		k--
	}
	if k == 0 || k == len(words) {
		return role.Move{Title: text}
	}
	return role.Move{Title: strings.Join(words[:k], " "), Note: strings.Join(words[k:], " ")}
}

func titleWord(w string) bool {
	r := []rune(w)
	return len(r) > 0 && (unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]))
}
