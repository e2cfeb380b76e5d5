// Command ladder loads the sample engineering ladder and prints its
// competency matrix for the management track, its Mermaid graph, the path
// from Senior Engineer to Director of Engineering, and the readiness of the
// sample senior engineer for the "Manager – Software Engineering" level.
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/ladder"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, w io.Writer) error {
	cat, err := examples.Catalog()
	if err != nil {
		return err
	}
	ix, err := competency.Compile(cat)
	if err != nil {
		return err
	}
	l, err := examples.Ladder()
	if err != nil {
		return err
	}
	r, err := examples.ManagerRole()
	if err != nil {
		return err
	}
	pay, err := examples.PayStructure()
	if err != nil {
		return err
	}
	g, err := ladder.Compile(l, ix, ladder.WithRoles(r), ladder.WithStructure(pay))
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "# %s\n\n## Management track: competency matrix\n\n", l.Name)
	m, err := g.Matrix("mgmt")
	if err != nil {
		return err
	}
	fmt.Fprintln(w, m)

	fmt.Fprintf(w, "## Levels and moves (Mermaid)\n\n```mermaid\n%s```\n\n", g.Mermaid())

	fmt.Fprintln(w, "## Path from Senior Engineer to Director of Engineering")
	fmt.Fprintln(w)
	path, err := g.Path("e3", "m2")
	if err != nil {
		return err
	}
	for i, mv := range path {
		from, _ := g.Level(mv.From)
		to, _ := g.Level(mv.To)
		fmt.Fprintf(w, "%d. %s → %s (%s)\n", i+1, from.Title, to.Title, mv.Kind)
		changes, err := g.Diff(mv.From, mv.To)
		if err != nil {
			return err
		}
		for _, c := range changes {
			fmt.Fprintf(w, "   - %s %s (%d → %d)\n", c.Competency, c.Kind, c.From, c.To)
		}
	}

	senior, err := examples.SeniorEngineer()
	if err != nil {
		return err
	}
	rep, err := g.Readiness(ctx, senior.Profile, "m1")
	if err != nil {
		return err
	}
	lv, _ := g.Level("m1")
	fmt.Fprintf(w, "\n## Readiness of %s for %s\n\n", rep.Subject, lv.Title)
	if gr, ok := g.Grade("m1"); ok {
		fmt.Fprintf(w, "Grade %s, band %s.\n\n", gr.ID, gr.Band)
	}
	fmt.Fprintf(w, "Score %.3f; ready: %v; %d of %d expectations met.\n\n", rep.Score, rep.RequiredMet, len(rep.Gaps)-len(rep.Unmet), len(rep.Gaps))
	fmt.Fprintln(w, "| Competency | Expected | Held | Short by |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, gap := range rep.Gaps {
		if gap.Met {
			continue
		}
		c, _ := ix.Competency(gap.Requirement.Competency)
		fmt.Fprintf(w, "| %s | %d | %d | %d |\n", c.Name, gap.Requirement.Level, gap.Have, gap.Shortfall)
	}
	return nil
}
