// Command quickstart loads the sample competency catalog, rates a senior
// engineer moving into management against the "Manager – Software
// Engineering" role, and prints the gap report.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"text/tabwriter"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	cat, err := examples.Catalog()
	if err != nil {
		return err
	}
	ix, err := competency.Compile(cat)
	if err != nil {
		return err
	}
	reqs, err := examples.ManagerRequirements()
	if err != nil {
		return err
	}
	person, err := examples.SeniorEngineer()
	if err != nil {
		return err
	}
	rep, err := ix.Analyze(person, reqs, competency.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Gap report: %s against Manager – Software Engineering\n", rep.Subject)
	fmt.Fprintf(w, "catalog: %d competencies; requirements: %d\n\n", ix.Len(), len(reqs))
	printReport(w, ix, rep)
	return nil
}

func printReport(w io.Writer, ix *competency.Index, rep competency.Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COMPETENCY\tKIND\tNEED\tHAVE\tVIA\tCREDIT\tSTATUS")
	for _, g := range rep.Gaps {
		c, _ := ix.Competency(g.Requirement.Competency)
		sc, _ := ix.Scale(c.ID)
		status := "met"
		if !g.Met {
			status = fmt.Sprintf("short by %d", g.Shortfall)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d %s\t%d %s\t%s\t%.2f\t%s\n", c.Name, c.Kind,
			g.Requirement.Level, sc.LevelName(g.Requirement.Level),
			g.Have, sc.LevelName(g.Have), g.Via, g.Credit, status)
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
