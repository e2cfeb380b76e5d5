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
	"text/tabwriter"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
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
	printGaps(w, ix, rep)

	for _, c := range []role.Candidate{senior, manager} {
		fit, err := model.Fit(context.Background(), r.ID, c, role.FitOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintln(w)
		printFit(w, fit)
	}
	return nil
}

func printGaps(w io.Writer, ix *competency.Index, rep competency.Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COMPETENCY\tKIND\tNEED\tHAVE\tVIA\tCREDIT\tSTATUS")
	for _, g := range rep.Gaps {
		c, _ := ix.Competency(g.Requirement.Competency)
		sc, _ := ix.Scale(c.ID)
		fmt.Fprintf(tw, "%s\t%s\t%d %s\t%d %s\t%s\t%.2f\t%s\n", c.Name, c.Kind,
			g.Requirement.Level, sc.LevelName(g.Requirement.Level),
			g.Have, sc.LevelName(g.Have), g.Via, g.Credit, g.Status())
	}
	tw.Flush()
	fmt.Fprintf(w, "\nscore %.3f; every required item met: %v\n", rep.Score, rep.RequiredMet)
	if len(rep.Unmet) > 0 {
		fmt.Fprintf(w, "unmet required items (%d):", len(rep.Unmet))
		for _, id := range rep.Unmet {
			fmt.Fprintf(w, " %s", id)
		}
		fmt.Fprintln(w)
	}
}

func printFit(w io.Writer, f role.FitReport) {
	verdict := "READY"
	if !f.Ready {
		verdict = "NOT READY"
	}
	fmt.Fprintf(w, "Fit: %s for %s: %s, score %.3f\n", f.Subject, f.Role, verdict, f.Score)
	fmt.Fprintf(w, "  competencies  score %.3f, %d of %d requirements met\n", f.Competencies.Score, f.Competencies.Met(), len(f.Competencies.Gaps))
	for _, g := range f.Experience {
		e := g.Requirement
		fmt.Fprintf(w, "  experience    %-24s %-9s %-7s has %-4g %s\n", e.Area, e.Kind(), e.Range(), g.Years, g.Status())
	}
	fmt.Fprintf(w, "  education     %s\n", f.Education.Summary())
	fmt.Fprintf(w, "  pay           %s\n", f.Pay.Summary())
	if len(f.Blocking) > 0 {
		fmt.Fprintf(w, "  blocking (%d):\n", len(f.Blocking))
		for _, b := range f.Blocking {
			fmt.Fprintf(w, "    - [%s] %s\n", b.Kind, b.Message)
		}
	}
}
