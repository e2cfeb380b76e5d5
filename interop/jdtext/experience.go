package jdtext

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// yearsRE matches a number of years: an optional "typically" (and kin), an
// optional "at least" (and kin), a number or a range of two joined by "-",
// "–", "—" or "to", an optional "+", and "year(s)" or "yr(s)".
var yearsRE = regexp.MustCompile(`(?i)(?:\b(typically|usually|generally|normally)\s+)?(?:\b(at least|a minimum of|minimum of|no less than|more than|over)\s+)?\b(\d{1,2}(?:\.\d)?)\s*(?:(?:-|–|—|to)\s*(\d{1,2}(?:\.\d)?)\s*)?(\+)?\s*(?:years?|yrs?)\b(\s*\+)?`)

// maxParts is the most nested parts an experience statement keeps.
const maxParts = 20

// yearsSpan is one number of years matched in a statement.
type yearsSpan struct {
	min, max  float64
	openEnded bool
	kind      role.RangeKind
	mapped    string // a mapping to report, such as "more than"
	start     int    // where the match starts in the statement
	end       int    // where it ends
}

func readYears(s string, m []int) yearsSpan {
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	y := yearsSpan{start: m[0], end: m[1]}
	y.min, _ = strconv.ParseFloat(group(3), 64)
	if g := group(4); g != "" {
		y.max, _ = strconv.ParseFloat(g, 64)
	}
	y.openEnded = group(5) != "" || strings.TrimSpace(group(6)) != ""
	if group(1) != "" {
		y.kind = role.Typical
	}
	switch strings.ToLower(group(2)) {
	case "more than", "over":
		if !y.openEnded {
			y.openEnded = true
			y.mapped = "\"" + group(2) + " " + group(3) + "\" is read as " + group(3) + "+"
		}
	case "":
	default:
		if y.max > 0 && y.kind == "" && !y.openEnded {
			y.kind = role.Minimum
		}
	}
	return y
}

// segmentEnd cuts a statement's area text at the connector that leads to
// the next number of years.
var connectorRE = regexp.MustCompile(`(?i)(?:[,;]?\s*(?:with|including|of which|and|plus|in addition to)\s*|[,;]\s*)$`)

// areaStops end an area phrase: the words after them qualify it.
var areaStops = []string{" with ", " including ", " and ", ";", ",", ". ", " — ", " – ", " - ", "(", ":"}

// areaLead are words dropped from the start of an area phrase.
var areaLead = map[string]bool{"of": true, "in": true, "as": true, "at": true, "on": true, "within": true,
	"the": true, "a": true, "an": true, "relevant": true, "professional": true, "progressive": true,
	"hands-on": true, "related": true, "combined": true, "total": true, "proven": true, "or": true}

// areaTail are words dropped from the end of an area phrase.
var areaTail = map[string]bool{"experience": true, "roles": true, "role": true, "work": true,
	"positions": true, "position": true, "background": true}

// AreaSlugs returns the area slugs of an area phrase, the text that
// follows a number of years ("of software engineering experience", "in
// people management or engineering leadership roles"): the phrase is cut
// at the first " with ", " including ", " and ", ",", ";", ". ", dash,
// "(" or ":"; split into alternatives at " or "; each alternative loses its
// leading "of", "in", "as", "at", "on", "within", "the", "a", "an",
// "relevant", "professional", "progressive", "hands-on", "related",
// "combined", "total", "proven" and its trailing "experience", "role(s)",
// "work", "position(s)", "background", and is then slugged (lowercase
// ASCII letters and digits, other runs one hyphen). Empty and repeated
// slugs are dropped.
func AreaSlugs(phrase string) []string {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(phrase), "."))
	for _, c := range areaStops {
		if i := strings.Index(s, c); i >= 0 {
			s = s[:i]
		}
	}
	var out []string
	for _, alt := range strings.Split(s, " or ") {
		words := strings.Fields(strings.ToLower(alt))
		for len(words) > 0 && areaLead[words[0]] {
			words = words[1:]
		}
		for len(words) > 0 && areaTail[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if a := slug(strings.Join(words, " ")); a != "" && !contains(out, a) && len(out) < 20 {
			out = append(out, a)
		}
	}
	return out
}

// generalArea is the area of a statement that names none ("5+ years of
// experience").
const generalArea = "general"

// experience reads a statement of years into the role's experience. It
// reports false when the text states no years it can read.
func (p *parser) experience(text string, n int, preferred bool, rule string) bool {
	src := p.src(n, n)
	exps, mapped, ok := ParseExperience(text)
	if !ok {
		return false
	}
	if len(text) > 2000 {
		p.rep.Problem(interop.Malformed, src, "", "the experience statement has %d bytes; a note has at most 2000", len(text))
		return true
	}
	for _, m := range mapped {
		p.rep.Problem(interop.Mapped, src, "", "%s", m)
	}
	for _, e := range exps {
		e.Preferred = preferred
		path := problem.Path("roles[0].experience", len(p.r.Experience))
		if len(p.r.Experience) >= 50 {
			p.rep.Problem(interop.Skipped, src, path, "the role already has the most experience statements a role keeps (50)")
			return true
		}
		if why := badRange(e.MinYears, e.MaxYears, e.OpenEnded, e.EffectiveRangeKind()); why != "" {
			p.rep.Problem(interop.Malformed, src, path, "the years cannot be an experience requirement: %s", why)
			return false
		}
		for _, part := range e.Including {
			if why := badRange(part.MinYears, part.MaxYears, part.OpenEnded, part.EffectiveRangeKind()); why != "" {
				p.rep.Problem(interop.Malformed, src, path, "the years of a nested part cannot be an experience requirement: %s", why)
				return false
			}
		}
		p.r.Experience = append(p.r.Experience, e)
		r := "experience:range"
		if len(e.Including) > 0 {
			r = "experience:range-with-part"
		}
		p.rep.FromRule(path, src, rule+"/"+r)
	}
	return true
}

// ParseExperience reads an experience statement ("6–12+ years of software
// engineering experience with 2–6 years in people management") into
// experience requirements, with the mappings it made in words. The first
// number of years is the requirement; each later one is a nested part
// (Including) when its range lies inside the requirement's, and a
// requirement of its own otherwise. Areas come from AreaSlugs: the first
// is Area, the others Areas; a statement that names no area gets the area
// "general" (a mapping). The whole statement is the Note of each
// requirement it gives. It reports false when the text states no years.
func ParseExperience(text string) ([]role.Experience, []string, bool) {
	s := strings.TrimSpace(text)
	if !hasDigit(s) {
		return nil, nil, false
	}
	ms := yearsRE.FindAllStringSubmatchIndex(s, maxParts+1)
	if len(ms) == 0 {
		return nil, nil, false
	}
	var mapped []string
	spans := make([]yearsSpan, len(ms))
	for i, m := range ms {
		spans[i] = readYears(s, m)
		if spans[i].mapped != "" {
			mapped = append(mapped, spans[i].mapped)
		}
	}
	areas := func(i int) []string {
		end := len(s)
		if i+1 < len(spans) {
			end = spans[i+1].start
		}
		seg := s[spans[i].end:end]
		if loc := connectorRE.FindStringIndex(seg); loc != nil {
			seg = seg[:loc[0]]
		}
		a := AreaSlugs(seg)
		if len(a) == 0 {
			mapped = append(mapped, "the statement names no area for "+s[spans[i].start:spans[i].end]+": the area is \""+generalArea+"\"")
			a = []string{generalArea}
		}
		return a
	}
	var out []role.Experience
	for i, y := range spans {
		a := areas(i)
		if len(out) > 0 && inside(y, out[len(out)-1]) && len(out[len(out)-1].Including) < maxParts {
			cur := &out[len(out)-1]
			cur.Including = append(cur.Including, role.ExperiencePart{Area: a[0], Areas: rest(a), MinYears: y.min, MaxYears: y.max, RangeKind: y.kind, OpenEnded: y.openEnded})
			continue
		}
		out = append(out, role.Experience{Area: a[0], Areas: rest(a), MinYears: y.min, MaxYears: y.max, RangeKind: y.kind, OpenEnded: y.openEnded, Note: s})
	}
	return out, mapped, true
}

func rest(a []string) []string {
	if len(a) < 2 {
		return nil
	}
	return a[1:]
}

// inside reports whether a later range can be a nested part of e: its
// minimum is at most e's and, when e is closed, so is its maximum.
func inside(y yearsSpan, e role.Experience) bool {
	if y.min > e.MinYears {
		return false
	}
	return !e.Closed() || y.max <= e.MaxYears
}

// hasDigit reports whether s has an ASCII digit: a cheap test before the
// years pattern.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// badRange says why a range breaks the rules of role.Experience, or ""
// when it keeps them. Areas need no check: AreaSlugs gives slugs, once
// each, and at least one.
func badRange(minYears, maxYears float64, openEnded bool, kind role.RangeKind) string {
	switch {
	case maxYears > 0 && minYears > maxYears:
		return "the maximum is below the minimum"
	case openEnded && minYears <= 0:
		return "an open-ended range needs a minimum above 0"
	case kind == role.Typical && minYears <= 0:
		return "a typical range needs a minimum above 0"
	case maxYears > 80 || minYears > 80:
		return "more than 80 years"
	}
	return ""
}
