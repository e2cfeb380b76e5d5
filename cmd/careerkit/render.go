package main

import (
	"io"
	"strings"

	"github.com/careerkit/careerkit/interop/jdtext"
)

const renderHelp = `usage: careerkit render --framework F --role ID

Writes the role ID of the framework F as a job description in the layout
that "careerkit import jd" reads: title, pay, tags, role definition, career
progression, responsibilities, skills by kind, education and experience.
Importing the text gives the role back, except what the layout cannot say
(requirement levels and weights, codes, family, track, level).

Exit status: 0 when the text is written; 1 when the framework has problems
(printed as validate prints them) or the role is unknown; 2 on a wrong
command line.
`

func runRender(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("render")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	rest, err := parseFlags(fs, renderHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(rest) > 0:
		err = usagef("unexpected arguments: %s", strings.Join(rest, " "))
	default:
		err = required([2]string{"framework", *fw}, [2]string{"role", *roleID})
	}
	if err != nil {
		return fail(stderr, "render", err)
	}
	m, err := loadModel(*fw)
	if err != nil {
		return fail(stderr, "render", err)
	}
	r, _, err := roleOf(m, *fw, *roleID)
	if err != nil {
		return fail(stderr, "render", err)
	}
	if _, err := io.WriteString(stdout, jdtext.Render(r, m.Framework().Catalog)); err != nil {
		return fail(stderr, "render", err)
	}
	return exitOK
}
