package render

import (
	"fmt"
	"io"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
)

// fitHeadline is "Fit of S for R (Title): NOT READY, score 0.640".
func fitHeadline(f role.FitReport, r role.Role) string {
	title := ""
	if r.Title != "" {
		title = " (" + r.Title + ")"
	}
	return fmt.Sprintf("Fit of %s for %s%s: %s, score %.3f", f.Subject, f.Role, title, Verdict(f.Ready), f.Score)
}

// experienceRows are the rows of an experience gap: the requirement's
// (the accepted areas, required or preferred, the range asked for, the
// years held and the status), then one per nested part, its areas written
// "including …" and its kind "part".
func experienceRows(g role.ExperienceGap, has string) [][]string {
	e := g.Requirement
	rows := [][]string{{AreasText(e.AcceptedAreas()), e.Kind(), RangeText(e.MinYears, e.MaxYears, e.OpenEnded, e.RangeKind),
		heldText(has, e.AcceptedAreas(), e.NoYears(), g.Area, g.Years, g.Declared), ExperienceStatus(g)}}
	for _, p := range g.Parts {
		q := p.Requirement
		rows = append(rows, []string{"including " + AreasText(q.AcceptedAreas()), "part", RangeText(q.MinYears, q.MaxYears, q.OpenEnded, q.RangeKind),
			heldText(has, q.AcceptedAreas(), q.NoYears(), p.Area, p.Years, p.Declared), PartStatus(p)})
	}
	return rows
}

// heldText is has followed by "9", or by "5 in software-engineering" when
// several areas are accepted; "declared" or "not declared" for a
// requirement without years.
func heldText(has string, areas []string, noYears bool, area string, years float64, declared bool) string {
	switch {
	case noYears && declared:
		return "declared"
	case noYears:
		return "not declared"
	case len(areas) > 1 && declared:
		return fmt.Sprintf("%s%g in %s", has, years, area)
	}
	return fmt.Sprintf("%s%g", has, years)
}

// FitText writes a fit report as text: a headline with the verdict and the
// score, the competency gaps as in ReportText, the experience requirements
// with the years held, the education and pay verdicts and the blocking
// reasons. r is the role the report is for (its title is printed); names
// and level names come from ix, which may be nil.
func FitText(w io.Writer, f role.FitReport, r role.Role, ix *competency.Index) error {
	p := &printer{w: w}
	c := f.Competencies
	p.printf("%s\n\nCompetencies: %s\n", fitHeadline(f, r), reportSummary(c))
	if p.err != nil {
		return p.err
	}
	if err := gapTable(w, c.Gaps, ix, "  "); err != nil {
		return err
	}
	p.printf("\nExperience: score %.3f\n", f.ExperienceScore)
	if p.err != nil {
		return p.err
	}
	t := newTable(w, "  ")
	for _, g := range f.Experience {
		for _, row := range experienceRows(g, "has ") {
			t.row(row...)
		}
	}
	if err := t.flush(); err != nil {
		return err
	}
	p.printf("\nEducation: %s\nPay: %s\n", EducationSummary(f.Education), PaySummary(f.Pay))
	if len(f.Blocking) > 0 {
		p.printf("\nBlocking (%d):\n", len(f.Blocking))
		for _, b := range f.Blocking {
			p.printf("  - [%s] %s\n", b.Kind, b.Message)
		}
	}
	return p.err
}

// FitMarkdown writes a fit report as Markdown: the headline as a level-2
// heading, then a level-3 section each for the competencies (a table as in
// ReportMarkdown), experience (a table), education, pay and, when there are
// any, the blocking reasons (a list).
func FitMarkdown(w io.Writer, f role.FitReport, r role.Role, ix *competency.Index) error {
	p := &printer{w: w}
	c := f.Competencies
	p.printf("## %s\n\n### Competencies\n\n%s.\n\n", mdEscape(fitHeadline(f, r)), capitalize(reportSummary(c)))
	reportMarkdownTable(p, c, ix)
	p.printf("\n### Experience\n\nScore %.3f.\n", f.ExperienceScore)
	if len(f.Experience) > 0 {
		p.printf("\n")
		markdownRow(p, "Area", "Kind", "Range", "Years held", "Status")
		markdownRule(p, 5)
		for _, g := range f.Experience {
			for _, row := range experienceRows(g, "") {
				markdownRow(p, row...)
			}
		}
	}
	p.printf("\n### Education\n\n%s.\n\n### Pay\n\n%s.\n", capitalize(EducationSummary(f.Education)), capitalize(mdEscape(PaySummary(f.Pay))))
	if len(f.Blocking) > 0 {
		p.printf("\n### Blocking (%d)\n\n", len(f.Blocking))
		for _, b := range f.Blocking {
			p.printf("- **%s**: %s\n", b.Kind, mdEscape(b.Message))
		}
	}
	return p.err
}
