package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

const fitHelp = `usage: careerkit fit --framework F --role ID --candidate FILE [--subject S]
                     [--pay-blocks] [--format text|json]

Compares a candidate with a role of the framework F: the competency gaps,
experience against each experience requirement, education against the
minimum and preferred credentials, expected pay against the role's band, one
score in [0, 1] and a verdict, ready or not, with the blocking reasons.

FILE is a candidate document, or a people document with --subject naming the
candidate (it may be left out when the file holds one candidate). --format
json prints the fit report as JSON.

Exit status: 0 when the report is printed, whatever the verdict; 1 when a
file has problems (printed as validate prints them) or the role or subject
is unknown; 2 on a wrong command line.
`

func runFit(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("fit")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	candFile := fs.String("candidate", "", "the candidate or people `FILE`")
	subject := fs.String("subject", "", "the candidate's `SUBJECT` in a people file")
	payBlocks := fs.Bool("pay-blocks", false, "expected pay above the band blocks readiness")
	format := addFormat(fs)
	rest, err := parseFlags(fs, fitHelp, args, true, stdout)
	if err == nil && len(rest) > 0 {
		err = usagef("unexpected arguments: %s", strings.Join(rest, " "))
	}
	if err == nil {
		err = required([2]string{"framework", *fw}, [2]string{"role", *roleID}, [2]string{"candidate", *candFile})
	}
	if err != nil {
		return fail(stderr, "fit", err)
	}
	rep, err := fit(*fw, *roleID, *candFile, *subject, role.FitOptions{PayBlocks: *payBlocks})
	if err != nil {
		return fail(stderr, "fit", err)
	}
	if *format == "json" {
		err = writeJSON(stdout, rep)
	} else {
		err = printFit(stdout, rep)
	}
	if err != nil {
		return fail(stderr, "fit", err)
	}
	return exitOK
}

// fitReport is a fit report with the role's title, for printing.
type fitReport struct {
	role.FitReport
	title string
	ix    *competency.Index
}

func fit(fw, roleID, candFile, subject string, opts role.FitOptions) (fitReport, error) {
	m, err := loadModel(fw)
	if err != nil {
		return fitReport{}, err
	}
	r, ri, err := roleOf(m, fw, roleID)
	if err != nil {
		return fitReport{}, err
	}
	p, err := loadPeople(candFile)
	if err != nil {
		return fitReport{}, err
	}
	c, cpath, err := p.candidate(subject)
	if err != nil {
		return fitReport{}, err
	}
	rep, err := m.Fit(context.Background(), role.ID(roleID), c, opts)
	if err != nil {
		err = careerkit.SuggestCompetencies(err, m.Framework().Catalog)
		return fitReport{}, fitProblems(err, p, cpath, fw, fmt.Sprintf("roles[%d]", ri))
	}
	return fitReport{FitReport: rep, title: r.Title, ix: m.Index()}, nil
}

func printFit(w io.Writer, f fitReport) error {
	verdict := "READY"
	if !f.Ready {
		verdict = "NOT READY"
	}
	fmt.Fprintf(w, "Fit of %s for %s (%s): %s, score %.3f\n\n", f.Subject, f.Role, f.title, verdict, f.Score)

	c := f.Competencies
	fmt.Fprintf(w, "Competencies: score %.3f, %d of %d requirements met\n", c.Score, c.Met(), len(c.Gaps))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  COMPETENCY\tIMPORTANCE\tNEED\tHAVE\tVIA\tCREDIT\tSTATUS")
	for _, g := range c.Gaps {
		status, imp := g.Status(), g.Requirement.Importance.String()
		need, have := levelText(f.ix, g.Requirement.Competency, g.Requirement.Level), levelText(f.ix, g.Requirement.Competency, g.Have)
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", g.Requirement.Competency, imp, need, have, g.Via, g.Credit, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nExperience: score %.3f\n", f.ExperienceScore)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, g := range f.Experience {
		e := g.Requirement
		fmt.Fprintf(tw, "  %s\t%s\t%s years\thas %g\t%s\n", e.Area, e.Kind(), e.Range(), g.Years, g.Status())
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nEducation: %s\n", f.Education.Summary())
	fmt.Fprintf(w, "Pay: %s\n", f.Pay.Summary())
	if len(f.Blocking) > 0 {
		fmt.Fprintf(w, "\nBlocking (%d):\n", len(f.Blocking))
		for _, b := range f.Blocking {
			fmt.Fprintf(w, "  - [%s] %s\n", b.Kind, b.Message)
		}
	}
	return nil
}

// levelText is "3 Working": a level with its name on the competency's scale.
func levelText(ix *competency.Index, id competency.ID, level int) string {
	if sc, ok := ix.Scale(id); ok {
		if name := sc.LevelName(level); name != "" {
			return fmt.Sprintf("%d %s", level, name)
		}
	}
	return fmt.Sprint(level)
}

const rankHelp = `usage: careerkit rank --framework F --role ID --people FILE [-k N] [--pay-blocks]
                      [--format text|json]

Fits every candidate of the people file to a role of the framework F and
lists the best N (default 10) by score, highest first, ties by subject, with
the ready verdict and the number of blocking reasons. Scores are Fit's:
--pay-blocks counts expected pay above the band as blocking. --format json
prints an array of {rank, subject, score, ready, blocking, competency,
experience, education} objects: blocking is the number of blocking reasons,
the last three are the parts of the score.

Exit status: 0 when the ranking is printed; 1 when a file has problems
(printed as validate prints them; candidates whose profiles do not fit the
catalog are reported and left out of the ranking) or the role is unknown; 2
on a wrong command line.
`

// ranked is one line of a ranking.
type ranked struct {
	Rank       int     `json:"rank"`
	Subject    string  `json:"subject"`
	Score      float64 `json:"score"`
	Ready      bool    `json:"ready"`
	Blocking   int     `json:"blocking"`
	Competency float64 `json:"competency"`
	Experience float64 `json:"experience"`
	Education  float64 `json:"education"`
}

// rank ranks the candidates of p whose profiles fit the catalog with
// Model.RankCandidates, and counts the blocking reasons of the best k with
// Fit. The problems of the other candidates come back as problems.
func rank(m *careerkit.Model, r role.Role, ri int, p *people, fw string, k int, opts role.FitOptions) ([]ranked, []finding, error) {
	var probs []finding
	var valid []role.Candidate
	for i, c := range p.all.Candidates {
		if err := m.Index().ValidateProfile(c.Profile); err != nil {
			err = careerkit.SuggestCompetencies(err, m.Framework().Catalog)
			pe := profileProblems(err, p, problem.JoinPath(p.candidatePath(i), "profile")).(problemsError)
			probs = append(probs, pe.list...)
			continue
		}
		valid = append(valid, c)
	}
	top, err := m.RankCandidates(context.Background(), r.ID, careerkit.People{Candidates: valid}, k, opts)
	if err != nil {
		return nil, nil, err
	}
	list := make([]ranked, len(top))
	for i, t := range top {
		c, path, err := p.candidate(string(t.Subject))
		if err != nil {
			return nil, nil, err
		}
		rep, err := m.Fit(context.Background(), r.ID, c, opts)
		if err != nil {
			err = careerkit.SuggestCompetencies(err, m.Framework().Catalog)
			return nil, nil, fitProblems(err, p, path, fw, fmt.Sprintf("roles[%d]", ri))
		}
		list[i] = ranked{Rank: i + 1, Subject: string(t.Subject), Score: t.Score, Ready: t.Ready, Blocking: len(rep.Blocking),
			Competency: t.Competency, Experience: t.Experience, Education: t.Education}
	}
	return list, probs, nil
}

func runRank(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("rank")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	peopleFile := fs.String("people", "", "the people `FILE`")
	k := fs.Int("k", 10, "list the best `N` candidates")
	payBlocks := fs.Bool("pay-blocks", false, "expected pay above the band blocks readiness")
	format := addFormat(fs)
	rest, err := parseFlags(fs, rankHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(rest) > 0:
		err = usagef("unexpected arguments: %s", strings.Join(rest, " "))
	case *k < 1:
		err = usagef("-k must be at least 1, not %d", *k)
	default:
		err = required([2]string{"framework", *fw}, [2]string{"role", *roleID}, [2]string{"people", *peopleFile})
	}
	if err != nil {
		return fail(stderr, "rank", err)
	}

	m, err := loadModel(*fw)
	if err != nil {
		return fail(stderr, "rank", err)
	}
	r, ri, err := roleOf(m, *fw, *roleID)
	if err != nil {
		return fail(stderr, "rank", err)
	}
	p, err := loadPeople(*peopleFile)
	if err != nil {
		return fail(stderr, "rank", err)
	}
	list, probs, err := rank(m, r, ri, p, *fw, *k, role.FitOptions{PayBlocks: *payBlocks})
	if err != nil {
		return fail(stderr, "rank", err)
	}
	printProblems(stderr, probs)

	if *format == "json" {
		if list == nil {
			list = []ranked{}
		}
		err = writeJSON(stdout, list)
	} else {
		fmt.Fprintf(stdout, "Best %d of %s for %s (%s):\n\n", len(list), plural(len(p.all.Candidates), "candidate"), r.ID, r.Title)
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "RANK\tSUBJECT\tSCORE\tREADY\tBLOCKING")
		for _, x := range list {
			ready := "no"
			if x.Ready {
				ready = "yes"
			}
			fmt.Fprintf(tw, "%d\t%s\t%.3f\t%s\t%d\n", x.Rank, x.Subject, x.Score, ready, x.Blocking)
		}
		err = tw.Flush()
	}
	if err != nil {
		return fail(stderr, "rank", err)
	}
	if len(probs) > 0 {
		return exitFindings
	}
	return exitOK
}
