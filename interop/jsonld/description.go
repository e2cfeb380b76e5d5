package jsonld

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/role"
)

// description returns the HTML description of role r posted as p: the
// summary, then lists of responsibilities, skills, education, experience,
// qualifications and benefits, and the remote terms and the application
// deadline. It uses only the tags Google's job postings recognise (p, ul,
// li, strong), and every text of the role is escaped.
func description(r role.Role, p posting.Posting, s skills) string {
	var b strings.Builder
	para := func(text string) {
		if text != "" {
			b.WriteString("<p>" + html.EscapeString(text) + "</p>")
		}
	}
	list := func(head string, items []string) {
		if len(items) == 0 {
			return
		}
		b.WriteString("<p><strong>" + html.EscapeString(head) + "</strong></p><ul>")
		for _, it := range items {
			b.WriteString("<li>" + html.EscapeString(it) + "</li>")
		}
		b.WriteString("</ul>")
	}
	para(r.Summary)
	list("Responsibilities", append(append([]string(nil), r.Responsibilities.Primary...), r.Responsibilities.Secondary...))
	list("Skills", s.required)
	list("Also valued", s.preferred)
	list("Education", education(r.Education))
	list("Experience", experience(r.Experience))
	list("Qualifications", r.Qualifications)
	list("Preferred qualifications", r.PreferredQualifications)
	list("Benefits", p.Benefits)
	if p.Remote == posting.Remote {
		places := make([]string, len(p.ApplicantLocationRequirements))
		for i, a := range p.ApplicantLocationRequirements {
			places[i] = string(a.Country)
			if a.Region != "" {
				places[i] = a.Region + ", " + places[i]
			}
		}
		para("This job is fully remote, for applicants living in: " + strings.Join(places, "; ") + ".")
	}
	if !p.ApplicationDeadline.IsZero() {
		para("Apply by " + p.ApplicationDeadline.String() + ".")
	}
	return b.String()
}

// education lists the credentials a role asks for, in words.
func education(e role.Education) []string {
	var out []string
	if accepted := e.Accepted(); len(accepted) > 0 {
		words := make([]string, len(accepted))
		for i, c := range accepted {
			words[i] = c.String()
		}
		line := "Required: " + strings.Join(words, ", or ")
		if len(e.Fields) > 0 {
			line += "; or a degree in " + strings.Join(e.Fields, ", ")
		}
		if e.EquivalentExperience {
			line += "; or equivalent experience"
		}
		out = append(out, line)
	}
	for _, c := range e.Preferred {
		out = append(out, "Preferred: "+c.String())
	}
	return out
}

// experience lists the experience a role asks for, in words: "6–12+ years
// of software-engineering".
func experience(es []role.Experience) []string {
	var out []string
	for _, e := range es {
		line := years(e.MinYears, e.MaxYears, e.OpenEnded) + strings.Join(e.AcceptedAreas(), " or ")
		for _, part := range e.Including {
			line += ", including " + years(part.MinYears, part.MaxYears, part.OpenEnded) + strings.Join(part.AcceptedAreas(), " or ")
		}
		if e.Note != "" {
			line += " (" + e.Note + ")"
		}
		if e.Preferred {
			line = "Preferred: " + line
		}
		out = append(out, line)
	}
	return out
}

// years writes a range of years followed by "of ", or "experience in "
// when it has none.
func years(minimum, maximum float64, openEnded bool) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	plus := ""
	if openEnded {
		plus = "+"
	}
	switch {
	case minimum == 0 && maximum == 0:
		return "experience in "
	case maximum > 0:
		return fmt.Sprintf("%s–%s%s years of ", f(minimum), f(maximum), plus)
	case minimum == 1 && !openEnded:
		return "1 year of "
	}
	return fmt.Sprintf("%s%s years of ", f(minimum), plus)
}
