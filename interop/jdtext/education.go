package jdtext

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// degreeRE finds words that name a degree level or a credential; abbreviations
// count in capitals only.
var (
	degreeWordsRE = regexp.MustCompile(`(?i)\b(?:high school|secondary school|ged|associate'?s?|bachelor'?s?|master'?s|masters|master of|mba|ph\.?d|doctorate|doctoral|degree|diploma|certification|certifications|certificate|certified|licen[cs]e)\b`)
	degreeAbbrRE  = regexp.MustCompile(`\b(?:BS|BA|BSc|B\.S\.|B\.A\.|MS|MSc|MA|M\.S\.|MBA|PhD)\b`)
	equivRE       = regexp.MustCompile(`(?i),?\s*(?:or|and/or)?\s*(?:an?\s+)?equivalent\s+(?:practical\s+|work\s+|professional\s+|combination of education and\s+)?experience`)
	orEquivRE     = regexp.MustCompile(`(?i),?\s+or\s+(?:the\s+)?equivalent$`)
	relatedRE     = regexp.MustCompile(`(?i)\b(?:related|similar|relevant)\b.*\b(?:field|discipline|area)s?\b`)
	certRE        = regexp.MustCompile(`(?i)\b(?:certifications?|certificate|certified|licen[cs]e)\b`)
)

// isEducation reports whether a line names a degree or a certification.
func isEducation(text string) bool {
	if !educationHint(text) {
		return false
	}
	return degreeWordsRE.MatchString(text) || degreeAbbrRE.MatchString(text)
}

// levelWords are the words (lowercase, whole words) and abbreviations
// (capitals, whole words) that name each degree level, in the order they
// are tried.
var levelWords = []struct {
	level role.DegreeLevel
	name  string
	words *regexp.Regexp
	abbr  *regexp.Regexp
}{
	{role.Master, "MBA", regexp.MustCompile(`\bmba\b`), nil},
	{role.Doctorate, "", regexp.MustCompile(`\b(?:ph\.?d|doctorate|doctoral)\b`), nil},
	{role.Master, "", regexp.MustCompile(`\b(?:master|master's|masters|graduate degree|advanced degree)\b`), regexp.MustCompile(`(?:^|[^A-Za-z.])(?:MS|MSc|MA|M\.S\.)(?:$|[^A-Za-z])`)},
	{role.Bachelor, "", regexp.MustCompile(`\b(?:bachelor|bachelor's|bachelors|undergraduate degree)\b`), regexp.MustCompile(`(?:^|[^A-Za-z.])(?:BS|BA|BSc|B\.S\.|B\.A\.)(?:$|[^A-Za-z])`)},
	{role.Associate, "", regexp.MustCompile(`\b(?:associate|associate's|associates)\b`), nil},
	{role.HighSchool, "", regexp.MustCompile(`\b(?:high school|secondary school|ged)\b`), nil},
}

// degreeLevel returns the level a piece of text names, and the name of a
// named degree (MBA).
func degreeLevel(piece string) (role.DegreeLevel, string) {
	l := strings.ToLower(piece)
	for _, w := range levelWords {
		if w.words.MatchString(l) || (w.abbr != nil && w.abbr.MatchString(piece)) {
			return w.level, w.name
		}
	}
	return "", ""
}

// ParseCredentials reads a line of education into credentials, with the
// mappings it made in words, and whether it says "or equivalent
// experience". The line is cut at the first " in ": before it, the degree
// levels (each piece of a list naming a level is a credential; "MBA" is a
// master's named MBA; a piece naming a certification is a certification;
// "or equivalent" is left out, reported); after it, the fields of study of
// the degrees named after the last comma before " in ", except pieces that name
// a degree (MBA: a credential of its own), "equivalent … degree" (a degree
// at the line's level in any field), a certification (a certification
// named by the piece, singular, without "relevant"/"a"/"any", capitalised;
// parenthesised text its aliases) and "a related … field" (left out,
// reported as a mapping).
func ParseCredentials(text string) (creds []role.Credential, equivalent bool, mapped []string) {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "."))
	if loc := equivRE.FindStringIndex(s); loc != nil {
		equivalent = true
		s = strings.TrimSpace(s[:loc[0]] + s[loc[1]:])
	}
	if loc := orEquivRE.FindStringIndex(s); loc != nil {
		mapped = append(mapped, "\"or equivalent\" names no credential: left out")
		s = s[:loc[0]]
	}
	head, tail, hasFields := strings.Cut(s, " in ")
	var degrees []int // indexes in creds of the degrees of the head's last group
	groups := strings.Split(head, ",")
	for g, group := range groups {
		for _, piece := range splitList(group) {
			if strings.EqualFold(piece, "equivalent") || strings.EqualFold(piece, "the equivalent") {
				mapped = append(mapped, "\"or equivalent\" names no credential: left out")
				continue
			}
			if c, ok := credential(piece); ok {
				if c.EffectiveKind() == role.Degree && g == len(groups)-1 {
					degrees = append(degrees, len(creds))
				}
				creds = append(creds, c)
			}
		}
	}
	if !hasFields {
		return creds, equivalent, mapped
	}
	level := role.DegreeLevel("")
	if len(degrees) > 0 {
		level = creds[degrees[0]].Level
	}
	var fields []string
	var extra []role.Credential
	for _, piece := range splitList(tail) {
		switch {
		case relatedRE.MatchString(piece):
			mapped = append(mapped, "\""+piece+"\" names no field: the fields named are kept")
		case strings.Contains(strings.ToLower(piece), "equivalent") && strings.Contains(strings.ToLower(piece), "degree"):
			if level != "" {
				extra = append(extra, role.Credential{Level: level})
			}
		default:
			if c, ok := credential(piece); ok && (c.Name != "" || c.Kind != "") {
				extra = append(extra, c)
				continue
			}
			if len(piece) <= 200 && len(fields) < 50 {
				fields = append(fields, piece)
			}
		}
	}
	for _, i := range degrees {
		creds[i].Fields = fields
	}
	return append(creds, extra...), equivalent, mapped
}

// credential reads one piece of a list as a credential.
func credential(piece string) (role.Credential, bool) {
	if certRE.MatchString(piece) {
		name, aliases := piece, []string(nil)
		if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
			for _, a := range strings.Split(name[i+2:len(name)-1], ",") {
				if a = strings.TrimSpace(a); a != "" {
					aliases = append(aliases, a)
				}
			}
			name = name[:i]
		}
		for _, lead := range []string{"relevant ", "a ", "an ", "any ", "the "} {
			if len(name) > len(lead) && strings.EqualFold(name[:len(lead)], lead) {
				name = name[len(lead):]
			}
		}
		name = strings.Replace(name, "certifications", "certification", 1)
		name = strings.Replace(name, "Certifications", "Certification", 1)
		if r := []rune(name); len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
			name = string(r)
		}
		if name == "" || len(name) > 200 {
			return role.Credential{}, false
		}
		return role.Credential{Kind: role.Certification, Name: name, Aliases: aliases}, true
	}
	level, name := degreeLevel(piece)
	if level == "" {
		return role.Credential{}, false
	}
	return role.Credential{Level: level, Name: name}, true
}

// education places a line of education: in a minimum section the first
// degree is the minimum and the other credentials are alternatives; in a
// preferred section every credential is preferred.
func (p *parser) education(text string, n int, preferred bool, rule string) {
	src := p.src(n, n)
	creds, equiv, mapped := ParseCredentials(text)
	for _, m := range mapped {
		p.rep.Problem(interop.Mapped, src, "", "%s", m)
	}
	if equiv && !preferred {
		p.r.Education.EquivalentExperience = true
		p.equivFrom = n
		p.rep.FromRule("roles[0].education.equivalentExperience", src, rule+"/equivalent-experience")
	}
	if len(creds) == 0 {
		if !equiv {
			p.qualification(text, n, preferred, rule)
		}
		return
	}
	ed := &p.r.Education
	for _, c := range creds {
		if slices.ContainsFunc(c.Aliases, func(a string) bool { return len(a) > 200 }) || len(c.Aliases) > 50 {
			p.rep.Problem(interop.Malformed, src, "", "%q names a credential with more than 50 other names or one above 200 bytes", text)
			continue
		}
		var path string
		switch {
		case preferred:
			path = problem.Path("roles[0].education.preferred", len(ed.Preferred))
			if len(ed.Preferred) >= 50 {
				continue
			}
			ed.Preferred = append(ed.Preferred, c)
		case ed.Minimum == nil && !p.eduMinGiven && c.EffectiveKind() == role.Degree:
			path = "roles[0].education.minimum"
			ed.Minimum = &c
		default:
			path = problem.Path("roles[0].education.alternatives", len(ed.Alternatives))
			if len(ed.Alternatives) >= 50 {
				continue
			}
			ed.Alternatives = append(ed.Alternatives, c)
		}
		if !preferred {
			p.eduMinGiven = true
		}
		p.rep.FromRule(path, src, rule+"/degree")
	}
}

// finishEducation drops "equivalent experience" when the role has no
// required experience to stand for the credential.
func (p *parser) finishEducation() {
	ed := &p.r.Education
	if !ed.EquivalentExperience || (ed.Minimum == nil && len(ed.Alternatives) == 0) {
		return
	}
	for _, e := range p.r.Experience {
		if !e.Preferred {
			return
		}
	}
	ed.EquivalentExperience = false
	p.rep.Problem(interop.Skipped, p.src(p.equivFrom, p.equivFrom), "roles[0].education.equivalentExperience",
		"\"equivalent experience\" is left out: the text states no required experience to stand for the credential")
}

// educationHints are substrings one of which every line naming a degree or
// certification has (lowercased): a cheap test before the patterns.
var educationHints = []string{"school", "ged", "associate", "bachelor", "master", "mba", "ph", "doctor", "degree",
	"diploma", "certif", "licen", "bs", "ba", "ms", "ma"}

func educationHint(text string) bool {
	l := strings.ToLower(text)
	for _, h := range educationHints {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}
