package jdtext

import (
	"reflect"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Render writes a role in the layout of the seed job description: a title
// line, the pay line, the tags, "Role Definition", "Career Progression",
// "Core Responsibilities", "Required Skills & Competencies" (hard, soft and
// knowledge skills by the kind the catalog gives, preferred ones under
// "Preferred … Skills"), and "Education & Experience". Parse reads it back
// to the same role for what the layout can say; the package documentation
// lists what it cannot (levels, weights, codes, moves by role ID …).
func Render(r role.Role, cat competency.Catalog) string {
	comps := map[competency.ID]competency.Competency{}
	for _, c := range cat.Competencies {
		comps[c.ID] = c
	}
	var w writer
	w.line("Key Responsibilities and Required Skills for " + r.Title)
	if r.Pay != nil {
		w.para("💰 " + payText(*r.Pay))
	}
	switch len(r.Tags) {
	case 0:
	case 1:
		w.para("Tags: " + r.Tags[0])
	default:
		w.para(strings.Join(r.Tags, " · "))
	}
	if r.Summary != "" {
		w.para("🎯 Role Definition")
		w.para(r.Summary)
	}
	c := r.Career
	if len(c.EntryFrom)+len(c.AdvanceTo)+len(c.Lateral) > 0 {
		w.para("📈 Career Progression")
		w.para("Typical Career Path")
		w.list("Entry Point From:", moves(c.EntryFrom))
		w.list("Advancement To:", moves(c.AdvanceTo))
		w.list("Lateral Moves:", moves(c.Lateral))
	}
	if len(r.Responsibilities.Primary)+len(r.Responsibilities.Secondary) > 0 {
		w.para("Core Responsibilities")
		w.list("Primary Functions", r.Responsibilities.Primary)
		w.list("Secondary Functions", r.Responsibilities.Secondary)
	}
	if len(r.Requirements) > 0 {
		skills := map[string][]string{}
		for _, q := range r.Requirements {
			comp, ok := comps[q.Competency]
			if !ok {
				comp = competency.Competency{ID: q.Competency, Name: string(q.Competency), Kind: competency.Hard}
			}
			key := string(comp.Kind)
			if !q.Importance.IsRequired() {
				key = "preferred " + key
			}
			skills[key] = append(skills[key], skillText(comp))
		}
		w.para("Required Skills & Competencies")
		w.list("Hard Skills (Technical)", skills["hard"])
		w.list("Soft Skills", skills["soft"])
		w.list("Knowledge", skills["knowledge"])
		w.list("Preferred Hard Skills", skills["preferred hard"])
		w.list("Preferred Soft Skills", skills["preferred soft"])
		w.list("Preferred Knowledge", skills["preferred knowledge"])
	}
	ed := r.Education
	var required, preferred []string
	for _, e := range r.Experience {
		if e.Preferred {
			preferred = append(preferred, experienceText(e))
		} else {
			required = append(required, experienceText(e))
		}
	}
	required = append(required, r.Qualifications...)
	preferred = append(preferred, r.PreferredQualifications...)
	minimum := credentialLines(ed.Accepted())
	if ed.EquivalentExperience {
		if len(minimum) > 0 {
			minimum[0] += ", or equivalent experience"
		} else {
			minimum = []string{"Equivalent experience"}
		}
	}
	if len(minimum)+len(ed.Preferred)+len(ed.Fields)+len(required)+len(preferred) > 0 {
		w.para("Education & Experience")
		if len(minimum)+len(ed.Preferred)+len(ed.Fields) > 0 {
			w.para("Educational Background")
			w.list("Minimum Education:", minimum)
			w.list("Preferred Education:", credentialLines(ed.Preferred))
			w.list("Relevant Fields of Study:", ed.Fields)
		}
		if len(required)+len(preferred) > 0 {
			w.para("Experience Requirements")
			w.list("Typical Experience Range:", required)
			w.list("Preferred:", preferred)
		}
	}
	return w.b.String()
}

// writer writes the layout: paragraphs apart by a blank line, bullets
// indented.
type writer struct{ b strings.Builder }

func (w *writer) line(s string) { w.b.WriteString(s + "\n") }

func (w *writer) para(s string) { w.line(""); w.line(s) }

func (w *writer) list(heading string, items []string) {
	if len(items) == 0 {
		return
	}
	w.para(heading)
	w.line("")
	for _, it := range items {
		w.line("  • " + it)
	}
}

// payText writes a band as ParseRange reads it: "USD 140000 - 220000 per
// year".
func payText(b salary.Band) string {
	return string(b.Currency) + " " + b.Min.String() + " - " + b.Max.String() + " per " + string(b.Period)
}

// moves writes career moves: the title, then the note after it when it
// starts with a small letter, in parentheses otherwise.
func moves(ms []role.Move) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		t := m.Title
		if t == "" {
			t = string(m.Role)
		}
		switch {
		case m.Note == "":
		case splitMove(t+" "+m.Note) == role.Move{Title: t, Note: m.Note}:
			t += " " + m.Note
		default:
			t += " (" + m.Note + ")"
		}
		out = append(out, t)
	}
	return out
}

// skillText writes a skill so that Parse finds it again: the description
// when its head phrase gives the competency's ID, else the name.
func skillText(c competency.Competency) string {
	for _, t := range []string{c.Description, c.Name} {
		if t != "" && SkillID(t) == c.ID {
			return t
		}
	}
	if c.Name != "" {
		return c.Name
	}
	return string(c.ID)
}

// experienceText writes an experience requirement: its note when the note
// reads back as the requirement, else a statement built from its fields
// ("typically 6–12+ years of software engineering with 2–6 years in
// people management or engineering leadership").
func experienceText(e role.Experience) string {
	if e.Note != "" {
		if got, _, ok := ParseExperience(e.Note); ok && len(got) == 1 {
			got[0].Preferred = e.Preferred
			if reflect.DeepEqual(got[0], e) {
				return e.Note
			}
		}
	}
	s := yearsText(e.MinYears, e.MaxYears, e.OpenEnded, e.RangeKind) + " of " + areasText(e.AcceptedAreas())
	for _, p := range e.Including {
		s += " with " + yearsText(p.MinYears, p.MaxYears, p.OpenEnded, p.RangeKind) + " in " + areasText(p.AcceptedAreas())
	}
	return s + "."
}

func yearsText(minYears, maxYears float64, openEnded bool, kind role.RangeKind) string {
	s := role.Experience{MinYears: minYears, MaxYears: maxYears, OpenEnded: openEnded}.Range()
	if s == "" {
		s = "0"
	}
	s += " years"
	switch {
	case kind == role.Typical:
		s = "typically " + s
	case kind == role.Minimum && maxYears > 0 && !openEnded:
		s = "at least " + s
	}
	return s
}

func areasText(areas []string) string {
	words := make([]string, len(areas))
	for i, a := range areas {
		words[i] = strings.ReplaceAll(a, "-", " ")
	}
	return strings.Join(words, " or ")
}

// credentialLines writes credentials one a line: "Bachelor's degree in
// Computer Science, Software Engineering", "MBA", "Kubernetes certification
// (CKA)".
func credentialLines(cs []role.Credential) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		var s string
		switch {
		case c.EffectiveKind() == role.Certification:
			s = c.Name
			if len(c.Aliases) > 0 {
				s += " (" + strings.Join(c.Aliases, ", ") + ")"
			}
		case c.Name == "MBA":
			s = "MBA"
		default:
			s = degreeWords[c.Level]
		}
		if len(c.Fields) > 0 {
			s += " in " + strings.Join(c.Fields, ", ")
		}
		out = append(out, s)
	}
	return out
}

// degreeWords write each degree level as postings do.
var degreeWords = map[role.DegreeLevel]string{
	role.NoDegree: "No degree", role.HighSchool: "High school diploma", role.Associate: "Associate degree",
	role.Bachelor: "Bachelor's degree", role.Master: "Master's degree", role.Doctorate: "Doctorate",
}
