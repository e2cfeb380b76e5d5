package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/careerkit/careerkit/competency"
)

// gapHeader names the columns of a gap table.
var gapHeader = []string{"COMPETENCY", "NAME", "KIND", "IMPORTANCE", "NEED", "HAVE", "VIA", "CREDIT", "STATUS"}

// gapCells are the cells of a gap's row: the competency's ID, name and
// kind, the importance, the levels needed and held with their names, how
// the level was found, the credit and the status.
func gapCells(g competency.Gap, ix *competency.Index) []string {
	id := g.Requirement.Competency
	var name, kind string
	if ix != nil {
		if c, ok := ix.Competency(id); ok {
			name, kind = c.Name, c.Kind.String()
		}
	}
	return []string{string(id), name, kind, g.Requirement.Importance.String(),
		LevelText(ix, id, g.Requirement.Level), LevelText(ix, id, g.Have),
		g.Via.String(), fmt.Sprintf("%.2f", g.Credit), GapStatus(g)}
}

// gapTable writes the gaps as a tab-aligned table, each line prefixed with
// indent.
func gapTable(w io.Writer, gaps []competency.Gap, ix *competency.Index, indent string) error {
	t := newTable(w, indent)
	t.row(gapHeader...)
	for _, g := range gaps {
		t.row(gapCells(g, ix)...)
	}
	return t.flush()
}

// reportSummary is "score 0.720, 20 of 24 requirements met".
func reportSummary(r competency.Report) string {
	return fmt.Sprintf("score %.3f, %d of %d requirements met", r.Score, r.Met(), len(r.Gaps))
}

func unmetList(r competency.Report) string {
	s := make([]string, len(r.Unmet))
	for i, id := range r.Unmet {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

// ReportText writes a gap report as a tab-aligned table, one row per
// requirement (competency ID, name and kind, importance, the levels needed
// and held with their names on the competency's scale, how the level was
// found, the credit and the status), followed by the score, whether every
// required item is met, the unmet required items and the three shortfalls
// that cost the score most (Report.Shortfalls). Names and level names
// come from ix; with a nil ix they are left out.
func ReportText(w io.Writer, r competency.Report, ix *competency.Index) error {
	if err := gapTable(w, r.Gaps, ix, ""); err != nil {
		return err
	}
	p := &printer{w: w}
	p.printf("\n%s; every required item met: %t\n", reportSummary(r), r.RequiredMet)
	if len(r.Unmet) > 0 {
		p.printf("unmet required items (%d): %s\n", len(r.Unmet), unmetList(r))
	}
	if len(r.Shortfalls) > 0 {
		p.printf("work on first: %s\n", shortfallList(r.Shortfalls))
	}
	return p.err
}

// shortfallList writes the first three shortfalls with the share of the
// score each costs: "stakeholder-management (0.068 of the score), …".
func shortfallList(sf []competency.Shortfall) string {
	var s []string
	for _, x := range sf[:min(3, len(sf))] {
		s = append(s, fmt.Sprintf("%s (%.3f of the score)", x.Competency, x.Loss))
	}
	if len(sf) > 3 {
		s = append(s, fmt.Sprintf("and %d more", len(sf)-3))
	}
	return strings.Join(s, ", ")
}

// ReportMarkdown writes a gap report as a Markdown table with the columns
// of ReportText, followed by the same summary as a paragraph.
func ReportMarkdown(w io.Writer, r competency.Report, ix *competency.Index) error {
	p := &printer{w: w}
	reportMarkdownTable(p, r, ix)
	p.printf("\n%s; every required item met: %s.\n", capitalize(reportSummary(r)), yesNo(r.RequiredMet))
	if len(r.Unmet) > 0 {
		p.printf("\nUnmet required items (%d): %s.\n", len(r.Unmet), unmetList(r))
	}
	if len(r.Shortfalls) > 0 {
		p.printf("\nWork on first: %s.\n", mdEscape(shortfallList(r.Shortfalls)))
	}
	return p.err
}

func reportMarkdownTable(p *printer, r competency.Report, ix *competency.Index) {
	head := make([]string, len(gapHeader))
	for i, h := range gapHeader {
		head[i] = capitalize(strings.ToLower(h))
	}
	markdownRow(p, head...)
	markdownRule(p, len(head))
	for _, g := range r.Gaps {
		markdownRow(p, gapCells(g, ix)...)
	}
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
