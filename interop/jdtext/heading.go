package jdtext

import (
	"strings"
	"unicode"
)

// section is the kind of list a heading opens.
type section int

const (
	secNone          section = iota // before the first heading: the header block
	secSummary                      // the role's definition
	secPrimary                      // primary responsibilities
	secSecondary                    // secondary responsibilities
	secEntry                        // career: entry points
	secAdvance                      // career: advancement
	secLateral                      // career: lateral moves
	secHard                         // hard skills, required
	secSoft                         // soft skills, required
	secKnowledge                    // knowledge, required
	secPrefHard                     // hard skills, preferred
	secPrefSoft                     // soft skills, preferred
	secPrefKnowledge                // knowledge, preferred
	secRequirements                 // a mixed list of requirements
	secNice                         // a mixed list of nice-to-haves
	secEduMin                       // minimum education
	secEduPref                      // preferred education
	secFields                       // relevant fields of study
	secExperience                   // required experience
	secExpPref                      // preferred experience
	secPay                          // compensation
	secGroup                        // a heading that only groups others
	secSkip                         // a section left out on purpose (benefits, about us)
	secPreferred                    // "Preferred": its meaning follows the section before it
	secUnknown                      // a heading the table does not know
)

// headings is the table of heading synonyms, keyed by the folded heading
// (see foldHeading). The package documentation lists it.
var headings = map[string]section{
	// The role's definition.
	"role definition": secSummary, "summary": secSummary, "role summary": secSummary, "job summary": secSummary,
	"position summary": secSummary, "overview": secSummary, "role overview": secSummary, "about the role": secSummary,
	"about this role": secSummary, "the role": secSummary, "job description": secSummary, "description": secSummary,
	// Responsibilities.
	"responsibilities": secPrimary, "key responsibilities": secPrimary, "core responsibilities": secPrimary,
	"primary responsibilities": secPrimary, "primary functions": secPrimary, "essential functions": secPrimary,
	"duties": secPrimary, "key duties": secPrimary, "duties and responsibilities": secPrimary,
	"your responsibilities": secPrimary, "what you'll do": secPrimary, "what you will do": secPrimary,
	"in this role you will": secPrimary, "day to day": secPrimary, "the job": secPrimary,
	"secondary functions": secSecondary, "secondary responsibilities": secSecondary,
	"additional responsibilities": secSecondary, "other duties": secSecondary, "other responsibilities": secSecondary,
	// Career.
	"career progression": secGroup, "typical career path": secGroup, "career path": secGroup,
	"entry point from": secEntry, "entry points": secEntry, "entry point": secEntry,
	"advancement to": secAdvance, "advancement": secAdvance, "next roles": secAdvance,
	"lateral moves": secLateral, "lateral moves to": secLateral,
	// Skills.
	"hard skills": secHard, "technical skills": secHard, "hard skills and tools": secHard,
	"soft skills": secSoft, "interpersonal skills": secSoft, "behavioral competencies": secSoft,
	"behavioural competencies": secSoft,
	"knowledge":                secKnowledge, "knowledge areas": secKnowledge, "required knowledge": secKnowledge,
	"preferred hard skills": secPrefHard, "preferred technical skills": secPrefHard,
	"preferred soft skills": secPrefSoft, "preferred knowledge": secPrefKnowledge,
	// Mixed requirements.
	"requirements": secRequirements, "qualifications": secRequirements, "required qualifications": secRequirements,
	"minimum qualifications": secRequirements, "basic qualifications": secRequirements,
	"required skills": secRequirements, "required skills and competencies": secRequirements,
	"skills": secRequirements, "skills and qualifications": secRequirements, "skills and experience": secRequirements,
	"requirements and qualifications": secRequirements, "what you'll bring": secRequirements,
	"what you will bring": secRequirements, "what you bring": secRequirements, "what we're looking for": secRequirements,
	"what we are looking for": secRequirements, "you have": secRequirements, "must have": secRequirements,
	"must haves": secRequirements, "about you": secRequirements, "education and experience": secRequirements,
	"nice to have": secNice, "nice to haves": secNice, "nice-to-have": secNice, "nice-to-haves": secNice,
	"bonus points": secNice, "bonus points if you have": secNice, "bonus": secNice, "preferred qualifications": secNice,
	"preferred skills": secNice, "desired skills": secNice, "good to have": secNice, "pluses": secNice,
	"it's a plus if you have": secNice,
	"preferred":               secPreferred,
	// Education.
	"minimum education": secEduMin, "education": secEduMin, "educational background": secEduMin,
	"required education": secEduMin, "education requirements": secEduMin,
	"preferred education":      secEduPref,
	"relevant fields of study": secFields, "fields of study": secFields,
	// Experience.
	"experience requirements": secExperience, "typical experience range": secExperience,
	"experience": secExperience, "required experience": secExperience,
	"preferred experience": secExpPref,
	// Pay.
	"compensation": secPay, "salary": secPay, "pay": secPay, "pay range": secPay, "salary range": secPay,
	// Left out.
	"benefits": secSkip, "perks": secSkip, "perks and benefits": secSkip, "what we offer": secSkip,
	"about us": secSkip, "about the company": secSkip, "how to apply": secSkip, "equal opportunity": secSkip,
	"location": secSkip, "work arrangement": secSkip,
}

// foldHeading folds a heading for the table: leading marks (emoji, "#",
// "*", digits with a dot) are dropped, parenthesised text and a trailing
// colon are removed, "&" reads "and", curly apostrophes are straight, and
// letters are lowercase with runs of space as one.
func foldHeading(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.ReplaceAll(s, "*", "")
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	s = strings.TrimSpace(b.String())
	s = strings.TrimRight(s, ": ")
	return strings.Join(strings.Fields(s), " ")
}

// heading reports whether a line that is not a bullet is a heading, and
// which section it opens. A line is a heading when it starts with "#",
// when its folded text is in the table, or when it ends in ":" and is
// short (at most 80 bytes) with no sentence inside.
func heading(line string) (section, string, bool) {
	md := strings.HasPrefix(line, "#")
	name := foldHeading(line)
	if sec, ok := headings[name]; ok {
		return sec, name, true
	}
	if md || (strings.HasSuffix(line, ":") && len(line) <= 80 && !strings.Contains(line, ". ")) {
		return secUnknown, name, true
	}
	return secNone, "", false
}

// ruleName is the name of a section in provenance rules: "heading:…".
func (s section) ruleName() string {
	switch s {
	case secNone:
		return "header"
	case secSummary:
		return "summary"
	case secPrimary:
		return "responsibilities"
	case secSecondary:
		return "secondary-responsibilities"
	case secEntry:
		return "entry-from"
	case secAdvance:
		return "advance-to"
	case secLateral:
		return "lateral"
	case secHard, secSoft, secKnowledge:
		return "skills"
	case secPrefHard, secPrefSoft, secPrefKnowledge:
		return "preferred-skills"
	case secRequirements:
		return "requirements"
	case secNice:
		return "nice-to-have"
	case secEduMin:
		return "minimum-education"
	case secEduPref:
		return "preferred-education"
	case secFields:
		return "fields-of-study"
	case secExperience:
		return "experience"
	case secExpPref:
		return "preferred-experience"
	case secPay:
		return "pay"
	}
	return "other"
}
