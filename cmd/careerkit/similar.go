package main

import (
	"context"
	"io"
	"strings"

	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
)

const similarHelp = `usage: careerkit similar --framework F --role ID [-k N] [--format text|json]

Lists the N roles of the framework F (default 10) whose competency
requirements are most like those of the role ID: candidates for lateral
moves and "roles like this one". The similarity is symmetric, from 0 to 1:
the cosine of the two roles' requirements seen as vectors of weight times
the level's position on its scale. Ties go to the smaller role ID; roles with
no competency in common are left out. --format json prints an array of
{role, score} objects, most similar first.

Exit status: 0 when the list is printed, even empty; 1 when the framework
has problems (printed as validate prints them) or the role is unknown; 2 on
a wrong command line.
`

func runSimilar(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("similar")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	k := fs.Int("k", 10, "list the `N` most similar roles")
	format := addFormat(fs)
	rest, err := parseFlags(fs, similarHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(rest) > 0:
		err = usagef("unexpected arguments: %s", strings.Join(rest, " "))
	case *k < 1:
		err = usagef("-k must be at least 1, not %d", *k)
	default:
		err = required([2]string{"framework", *fw}, [2]string{"role", *roleID})
	}
	if err != nil {
		return fail(stderr, "similar", err)
	}
	m, err := loadModel(*fw)
	if err != nil {
		return fail(stderr, "similar", err)
	}
	r, _, err := roleOf(m, *fw, *roleID)
	if err != nil {
		return fail(stderr, "similar", err)
	}
	found, err := m.SimilarRoles(context.Background(), role.ID(*roleID), *k)
	if err != nil {
		return fail(stderr, "similar", err)
	}
	rows := make([]render.SimilarRow, len(found))
	for i, s := range found {
		other, _ := m.Role(s.Role)
		rows[i] = render.SimilarRow{Rank: i + 1, Role: s.Role, Title: other.Title, Score: s.Score}
	}
	if *format == "json" {
		err = render.JSON(stdout, rows)
	} else {
		err = render.SimilarText(stdout, r, rows)
	}
	if err != nil {
		return fail(stderr, "similar", err)
	}
	return exitOK
}
