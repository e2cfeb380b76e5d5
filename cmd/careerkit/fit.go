package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/render"
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
		err = render.JSON(stdout, rep.FitReport)
	} else {
		err = render.FitText(stdout, rep.FitReport, rep.role, rep.ix)
	}
	if err != nil {
		return fail(stderr, "fit", err)
	}
	return exitOK
}

// fitReport is a fit report with the role it is for and the index that
// names its competencies and levels, for printing.
type fitReport struct {
	role.FitReport
	role role.Role
	ix   *competency.Index
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
	return fitReport{FitReport: rep, role: r, ix: m.Index()}, nil
}

const rankHelp = `usage: careerkit rank --framework F --role ID --people FILE [-k N] [--pay-blocks]
                      [--format text|json] [--ndjson]

Fits every candidate of the people file to a role of the framework F and
lists the best N (default 10) by score, highest first, ties by subject, with
the ready verdict and the number of blocking reasons. Scores are Fit's:
--pay-blocks counts expected pay above the band as blocking. --format json
prints an array of {rank, subject, score, ready, blocking, competency,
experience, education} objects: blocking is the number of blocking reasons,
the last three are the parts of the score. --ndjson prints the same objects
one a line, without indentation, for "careerkit topk-merge" and the engines
that pipe lines; it takes the place of --format.

Exit status: 0 when the ranking is printed; 1 when a file has problems
(printed as validate prints them; candidates whose profiles do not fit the
catalog are reported and left out of the ranking) or the role is unknown; 2
on a wrong command line.
`

// rank ranks the candidates of p whose profiles fit the catalog with
// Model.RankCandidates, and counts the blocking reasons of the best k with
// Fit. The problems of the other candidates come back as problems.
func rank(m *careerkit.Model, r role.Role, ri int, p *people, fw string, k int, opts role.FitOptions) ([]render.RankingRow, []finding, error) {
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
	blocking := make(map[string]int, len(top))
	for _, t := range top {
		c, path, err := p.candidate(string(t.Subject))
		if err != nil {
			return nil, nil, err
		}
		rep, err := m.Fit(context.Background(), r.ID, c, opts)
		if err != nil {
			err = careerkit.SuggestCompetencies(err, m.Framework().Catalog)
			return nil, nil, fitProblems(err, p, path, fw, fmt.Sprintf("roles[%d]", ri))
		}
		blocking[string(t.Subject)] = len(rep.Blocking)
	}
	return render.RankingRows(top, blocking), probs, nil
}

func runRank(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("rank")
	fw := fs.String("framework", "", "the framework `FILE`")
	roleID := fs.String("role", "", "the role `ID`")
	peopleFile := fs.String("people", "", "the people `FILE`")
	k := fs.Int("k", 10, "list the best `N` candidates")
	payBlocks := fs.Bool("pay-blocks", false, "expected pay above the band blocks readiness")
	format := addFormat(fs)
	ndjson := fs.Bool("ndjson", false, "print one JSON object per line")
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

	switch {
	case *ndjson:
		err = writeNDJSON(stdout, list)
	case *format == "json":
		if list == nil {
			list = []render.RankingRow{}
		}
		err = render.JSON(stdout, list)
	default:
		err = render.RankingText(stdout, r, len(p.all.Candidates), list)
	}
	if err != nil {
		return fail(stderr, "rank", err)
	}
	if len(probs) > 0 {
		return exitFindings
	}
	return exitOK
}
