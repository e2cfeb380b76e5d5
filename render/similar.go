package render

import (
	"fmt"
	"io"
	"strconv"

	"github.com/careerkit/careerkit/role"
)

// SimilarRow is one line of a list of similar roles.
type SimilarRow struct {
	// Rank is the 1-based position.
	Rank int `json:"-"`
	// Role is the similar role's ID.
	Role role.ID `json:"role"`
	// Title is its title.
	Title string `json:"-"`
	// Score is its similarity, in (0, 1].
	Score float64 `json:"score"`
}

// SimilarText writes the roles most like role r as a headline ("Roles most
// like engineering-manager (Engineering Manager)") and a tab-aligned table
// of rank, role, title and similarity; a list with no roles says so.
func SimilarText(w io.Writer, r role.Role, rows []SimilarRow) error {
	p := &printer{w: w}
	title := ""
	if r.Title != "" {
		title = " (" + r.Title + ")"
	}
	if len(rows) == 0 {
		p.printf("No role asks for any competency %s%s asks for.\n", r.ID, title)
		return p.err
	}
	p.printf("Roles most like %s%s:\n\n", r.ID, title)
	if p.err != nil {
		return p.err
	}
	t := newTable(w, "")
	t.row("RANK", "ROLE", "TITLE", "SIMILARITY")
	for _, x := range rows {
		t.row(strconv.Itoa(x.Rank), string(x.Role), x.Title, fmt.Sprintf("%.3f", x.Score))
	}
	return t.flush()
}
