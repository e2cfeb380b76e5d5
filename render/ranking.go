package render

import (
	"fmt"
	"io"
	"strconv"

	"github.com/careerkit/careerkit/role"
)

// RankingRow is one line of a ranking of candidates for a role.
type RankingRow struct {
	// Rank is the place in the ranking, from 1.
	Rank int `json:"rank"`
	// Subject is the candidate's subject ID.
	Subject string `json:"subject"`
	// Score is the fit score, in [0, 1].
	Score float64 `json:"score"`
	// Ready is the fit verdict.
	Ready bool `json:"ready"`
	// Blocking is the number of blocking reasons.
	Blocking int `json:"blocking"`
	// Competency is the competency part of the score.
	Competency float64 `json:"competency"`
	// Experience is the experience part of the score.
	Experience float64 `json:"experience"`
	// Education is the education part of the score.
	Education float64 `json:"education"`
}

// RankingRows numbers a ranking from 1, in its order, with the number of
// blocking reasons of each entry taken from blocking (by subject; 0 when
// absent).
func RankingRows(list []role.Ranked, blocking map[string]int) []RankingRow {
	rows := make([]RankingRow, len(list))
	for i, t := range list {
		rows[i] = RankingRow{Rank: i + 1, Subject: string(t.Subject), Score: t.Score, Ready: t.Ready,
			Blocking: blocking[string(t.Subject)], Competency: t.Competency, Experience: t.Experience, Education: t.Education}
	}
	return rows
}

// rankingHeadline is "Best 2 of 5 candidates for R (Title)".
func rankingHeadline(r role.Role, total, shown int) string {
	cands := "candidates"
	if total == 1 {
		cands = "candidate"
	}
	title := ""
	if r.Title != "" {
		title = " (" + r.Title + ")"
	}
	return fmt.Sprintf("Best %d of %d %s for %s%s", shown, total, cands, r.ID, title)
}

// RankingText writes a ranking of candidates for role r as a headline
// ("Best 2 of 5 candidates for ...", total being the number of candidates
// considered) and a tab-aligned table of rank, subject, score, readiness
// and the number of blocking reasons.
func RankingText(w io.Writer, r role.Role, total int, rows []RankingRow) error {
	p := &printer{w: w}
	p.printf("%s:\n\n", rankingHeadline(r, total, len(rows)))
	if p.err != nil {
		return p.err
	}
	t := newTable(w, "")
	t.row("RANK", "SUBJECT", "SCORE", "READY", "BLOCKING")
	for _, x := range rows {
		t.row(strconv.Itoa(x.Rank), x.Subject, fmt.Sprintf("%.3f", x.Score), yesNo(x.Ready), strconv.Itoa(x.Blocking))
	}
	return t.flush()
}

// RankingMarkdown writes a ranking as RankingText does, with the headline
// as a paragraph and the table in Markdown, with the parts of the score.
func RankingMarkdown(w io.Writer, r role.Role, total int, rows []RankingRow) error {
	p := &printer{w: w}
	p.printf("%s.\n\n", mdEscape(rankingHeadline(r, total, len(rows))))
	markdownRow(p, "Rank", "Subject", "Score", "Ready", "Blocking", "Competency", "Experience", "Education")
	markdownRule(p, 8)
	for _, x := range rows {
		markdownRow(p, strconv.Itoa(x.Rank), x.Subject, fmt.Sprintf("%.3f", x.Score), yesNo(x.Ready), strconv.Itoa(x.Blocking),
			fmt.Sprintf("%.3f", x.Competency), fmt.Sprintf("%.3f", x.Experience), fmt.Sprintf("%.3f", x.Education))
	}
	return p.err
}
