// Command quickstart models the "Manager – Software Engineering" role,
// validates it against the sample competency catalog, prints the gap report
// of a senior engineer moving into management, and the fit of two
// candidates for the role.
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, w io.Writer) error {
	// One framework document holds the catalog, the role, the ladder and the
	// pay structure; it is decoded strictly and validated across sections.
	f, err := examples.Framework()
	if err != nil {
		return err
	}
	model, err := f.Compile()
	if err != nil {
		return err
	}
	ix := model.Index()
	r, ok := model.Role("manager-software-engineering")
	if !ok {
		return fmt.Errorf("the framework has no role manager-software-engineering")
	}
	people, err := examples.People()
	if err != nil {
		return err
	}
	senior, ok := people.Candidate("sample-senior-engineer")
	if !ok {
		return fmt.Errorf("people.yaml has no sample-senior-engineer")
	}
	manager, ok := people.Candidate("sample-engineering-manager")
	if !ok {
		return fmt.Errorf("people.yaml has no sample-engineering-manager")
	}

	fmt.Fprintf(w, "Role: %s (%s track, %s)\n", r.Title, r.Track, r.Pay)
	fmt.Fprintf(w, "  %d primary and %d secondary responsibilities, %d competency requirements, %d experience requirements\n",
		len(r.Responsibilities.Primary), len(r.Responsibilities.Secondary), len(r.Requirements), len(r.Experience))
	fmt.Fprintf(w, "  framework %q %s: %d competencies, %d role(s), %d ladder(s), %d pay structure(s); validated\n\n",
		f.Name, f.Version, ix.Len(), len(f.Roles), len(f.Ladders), len(f.PayStructures))

	rep, err := ix.Analyze(ctx, senior.Profile, r.Requirements, competency.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Gap report: %s\n\n", rep.Subject)
	if err := render.ReportText(w, rep, ix); err != nil {
		return err
	}

	for _, c := range []role.Candidate{senior, manager} {
		fit, err := model.Fit(context.Background(), r.ID, c, role.FitOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintln(w)
		if err := render.FitText(w, fit, r, ix); err != nil {
			return err
		}
	}
	return nil
}
