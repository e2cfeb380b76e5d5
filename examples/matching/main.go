// Command matching ranks the sample people for the "Manager – Software
// Engineering" role twice: with the built-in weighted mean, and with a custom
// Scorer in which required competencies are must-haves (a person missing
// any scores 0) and preferred ones add a bonus. Both run through the same
// compiled Population and Matcher.
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

// mustHaves is a custom scorer: every required item gates the score, and the
// score is the mean credit of the required items plus up to 0.2 of bonus from
// preferred ones.
type mustHaves struct{}

// Credit is linear: min(have/need, 1).
func (mustHaves) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	return competency.Linear(have, r.Level, s)
}

// Score is 0 when a required item is unmet; otherwise 0.8 × the mean credit
// of required items plus 0.05 per met preferred item, up to 0.2.
func (mustHaves) Score(items []competency.Item) float64 {
	var sum, n, bonus float64
	for _, it := range items {
		switch {
		case it.Required && !it.Met:
			return 0
		case it.Required:
			sum += it.Credit
			n++
		case it.Met:
			bonus += 0.05
		}
	}
	base := 0.8
	if n > 0 {
		base = 0.8 * sum / n
	}
	return base + min(bonus, 0.2)
}

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, w io.Writer) error {
	f, err := examples.Framework()
	if err != nil {
		return err
	}
	model, err := f.Compile()
	if err != nil {
		return err
	}
	people, err := examples.People()
	if err != nil {
		return err
	}
	r, _ := model.Role("manager-software-engineering")

	// The role's requirements, with the soft skills marked preferred so that
	// the custom scorer has must-haves (the hard skills) and bonuses.
	reqs := r.Requirements // r is the model's copy: changing it is safe
	for i, q := range reqs {
		if c, _ := model.Index().Competency(q.Competency); c.Kind == competency.Soft {
			reqs[i].Importance = competency.Preferred
		}
	}
	profiles := make([]competency.Profile, len(people.Candidates))
	for i, c := range people.Candidates {
		profiles[i] = c.Profile
	}
	pop, err := model.Index().Population(ctx, profiles)
	if err != nil {
		return err
	}
	for _, s := range []struct {
		name   string
		scorer competency.Scorer
	}{{"built-in weighted mean", competency.LinearScorer()}, {"custom: hard skills are must-haves, soft skills a bonus", mustHaves{}}} {
		m, err := model.Index().Matcher(reqs, competency.Options{Scorer: s.scorer})
		if err != nil {
			return err
		}
		top, err := m.TopK(ctx, pop, 10, competency.TopKOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "Competency ranking for %s (%s):\n", r.Title, s.name)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  RANK\tSUBJECT\tSCORE\tREQUIRED MET")
		for i, mt := range top {
			fmt.Fprintf(tw, "  %d\t%s\t%.3f\t%v\n", i+1, mt.Subject, mt.Score, mt.RequiredMet)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}

	r.Requirements = reqs
	ranked, err := role.RankCandidates(ctx, model.Index(), r, people.Candidates, 10, role.FitOptions{Competency: competency.Options{Scorer: mustHaves{}}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Fit ranking (competencies with the custom scorer, then experience and education):\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  RANK\tSUBJECT\tSCORE\tCOMPETENCY\tEXPERIENCE\tEDUCATION\tREADY")
	for i, rk := range ranked {
		fmt.Fprintf(tw, "  %d\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%v\n", i+1, rk.Subject, rk.Score, rk.Competency, rk.Experience, rk.Education, rk.Ready)
	}
	return tw.Flush()
}
