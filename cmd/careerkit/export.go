package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/interop/jsonld"
	"github.com/careerkit/careerkit/posting"
)

const exportHelp = `usage: careerkit export jsonld --framework F --role ID --posting FILE
                             [-o FILE]

Writes the role ID of the framework F, published as the job posting in
FILE (a posting document, YAML or JSON), as schema.org JobPosting JSON-LD:
the object a page holds in a <script type="application/ld+json"> element
for search engines. The description is HTML built from the role; the pay is
the posting's baseSalary, or else the role's band. The output goes to
standard output, or to the file -o names.

The JSON-LD is then checked against Google's required and recommended
properties of a job posting, and each finding is printed on standard error
as "FILE: severity property: message (rule)".

Exit status: 0 when the JSON-LD is written, even with warnings; 1 when the
framework or the posting has problems (printed as validate prints them),
the role is unknown, the posting is for another role, or the JSON-LD misses
a property Google requires; 2 on a wrong command line.
`

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("export")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	postingFile := fs.String("posting", "", "the posting `FILE`")
	out := fs.String("o", "", "write the JSON-LD to `FILE` instead of standard output")
	rest, err := parseFlags(fs, exportHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(rest) == 0:
		err = usagef("name a format: jsonld")
	case rest[0] != "jsonld":
		err = usagef("unknown format %q: the one format is jsonld", rest[0])
	case len(rest) > 1:
		err = usagef("unexpected arguments: %s", strings.Join(rest[1:], " "))
	default:
		err = required([2]string{"framework", *fw}, [2]string{"role", *roleID}, [2]string{"posting", *postingFile})
	}
	if err != nil {
		return fail(stderr, "export", err)
	}
	m, err := loadModel(*fw)
	if err != nil {
		return fail(stderr, "export", err)
	}
	r, _, err := roleOf(m, *fw, *roleID)
	if err != nil {
		return fail(stderr, "export", err)
	}
	p, err := loadPosting(*postingFile)
	if err != nil {
		return fail(stderr, "export", err)
	}
	if p.Role != r.ID {
		return fail(stderr, "export", dataError(*postingFile, "the posting is for role %q, not %q", p.Role, r.ID))
	}
	data, err := jsonld.JobPosting(r, p, m.Framework().Catalog)
	if err != nil {
		return fail(stderr, "export", err)
	}
	if *out != "" {
		err = os.WriteFile(*out, data, 0o644)
	} else {
		_, err = stdout.Write(data)
	}
	if err != nil {
		return fail(stderr, "export", err)
	}
	code := exitOK
	for _, f := range jsonld.Lint(data) {
		fmt.Fprintf(stderr, "%s: %s\n", *postingFile, f)
		if f.Severity == jsonld.Error {
			code = exitFindings
		}
	}
	return code
}

// loadPosting reads and validates the posting document at path ("-" for
// standard input).
func loadPosting(path string) (posting.Posting, error) {
	var p posting.Posting
	src, err := readSource(path)
	if err == nil {
		if err = src.decodeInto(&p); err == nil {
			return p, nil
		}
	}
	return posting.Posting{}, problemsError{problemsOf(path, careerkit.KindPosting, src, "", err)}
}
