// Command archcheck prints, bit for bit, what the ranking engine computes on
// fixed synthetic data: TopK on clustered and dense populations (the exact
// sparse and dense kernels), TopK with weights that are no small fraction
// (the float path and its exact rescoring), Analyze's scores and the
// similarity of requirement sets. .ci/run runs it built for amd64 and for
// arm64 (under qemu, where it is installed) and compares the outputs, since
// Go lets arm64 fuse a multiply and an add that amd64 rounds twice.
package main

import (
	"bufio"
	"context"
	"fmt"
	"log"
	"math"
	"os"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	ctx := context.Background()
	for _, s := range []synth.Shape{synth.Clustered(), synth.Dense()} {
		ix := competency.MustCompile(s.Catalog())
		profiles := s.Profiles(20_000, 7)
		pop, err := ix.Population(ctx, profiles)
		if err != nil {
			log.Fatal(err)
		}
		sets := s.RequirementSets(6, 3)
		for i, reqs := range sets {
			irrational := make([]competency.Requirement, len(reqs))
			for j, r := range reqs {
				irrational[j] = r.WithWeight(math.Sqrt(float64(2 + j)))
			}
			for _, c := range []struct {
				name string
				rs   []competency.Requirement
			}{{"weights", reqs}, {"sqrt-weights", irrational}} {
				name, rs := c.name, c.rs
				m, err := ix.Matcher(rs, competency.Options{})
				if err != nil {
					log.Fatal(err)
				}
				for _, required := range []bool{false, true} {
					top, err := m.TopK(ctx, pop, 25, competency.TopKOptions{RequiredOnly: required})
					if err != nil {
						log.Fatal(err)
					}
					for place, t := range top {
						fmt.Fprintf(w, "%s set %d %s required-only %v place %d: %s %016x %v\n", s.Name, i, name, required, place+1, t.Subject, math.Float64bits(t.Score), t.RequiredMet)
					}
				}
				for _, p := range profiles[:50] {
					rep, err := ix.Analyze(ctx, p, rs, competency.Options{})
					if err != nil {
						log.Fatal(err)
					}
					fmt.Fprintf(w, "%s set %d %s analyze %s: %016x\n", s.Name, i, name, p.Subject, math.Float64bits(rep.Score))
				}
			}
			for j := range i {
				sim, err := ix.Similarity(sets[j], reqs)
				if err != nil {
					log.Fatal(err)
				}
				fmt.Fprintf(w, "%s similarity %d %d: %016x\n", s.Name, j, i, math.Float64bits(sim))
			}
		}
	}
}
