// Command jobposting takes a job description from text to a role to the
// schema.org JobPosting JSON-LD that search engines read: the sample role is
// written out as a job description in the seed's layout, read back by the
// job-description parser, published with the sample posting, and checked
// against Google's rules.
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/interop/jdtext"
	"github.com/careerkit/careerkit/interop/jsonld"
	"github.com/careerkit/careerkit/posting"
)

func main() {
	if err := run(os.Stdout, len(os.Args) > 1 && os.Args[1] == "-print"); err != nil {
		log.Fatal(err)
	}
}

// run writes the steps to w, and the JSON-LD too when print is true.
func run(w io.Writer, print bool) error {
	fw, err := examples.Framework()
	if err != nil {
		return err
	}
	text := jdtext.Render(fw.Roles[0], fw.Catalog) // the role as a job description
	fmt.Fprintf(w, "Job description: %d bytes of text\n", len(text))

	parsed, rep, err := jdtext.Parse(text, jdtext.Options{Name: "job-description.txt"})
	if err != nil {
		return err
	}
	r := parsed.Roles[0]
	fmt.Fprintf(w, "Parsed: %s, %d responsibilities, %d skills, %d experience requirements, pay %s\n",
		r.Title, len(r.Responsibilities.Primary)+len(r.Responsibilities.Secondary), len(r.Requirements), len(r.Experience), r.Pay)
	fmt.Fprintln(w, rep.Summary())

	p, err := examples.Posting()
	if err != nil {
		return err
	}
	p.Role = r.ID
	out, err := jsonld.JobPosting(r, p, parsed.Catalog)
	if err != nil {
		return err
	}
	findings := jsonld.Lint(out)
	fmt.Fprintf(w, "JSON-LD: %d bytes, %d findings of Google's rules\n", len(out), len(findings))
	for _, f := range findings {
		fmt.Fprintln(w, " ", f)
	}
	for _, j := range []string{"us-co", "us-ny", "us-ca"} {
		advice, err := posting.Check(p, r, j, p.DatePosted)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "Pay transparency in %s: %d things missing\n", j, len(advice))
	}
	if print {
		_, err = w.Write(out)
	}
	return err
}
