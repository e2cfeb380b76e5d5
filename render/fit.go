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

// experienceCells are the cells of an experience gap's row: the area,
// required or preferred, the range asked for, the years held and the status.
func experienceCells(g role.ExperienceGap) []string {
	e := g.Requirement
	return []string{e.Area, e.Kind(), e.Range() + " years", fmt.Sprintf("has %g", g.Years), ExperienceStatus(g)}
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
		t.row(experienceCells(g)...)
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
			e := g.Requirement
			markdownRow(p, e.Area, e.Kind(), e.Range()+" years", fmt.Sprintf("%g", g.Years), ExperienceStatus(g))
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
