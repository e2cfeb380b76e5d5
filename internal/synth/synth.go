// Package synth generates synthetic, repeatable competency data for
// benchmarks and load tests: catalogs, populations of profiles and
// requirement sets in three shapes (dense, clustered, uniform).
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/careerkit/careerkit/competency"
)

// Shape describes a distribution of data.
type Shape struct {
	// Name names the shape in benchmark output.
	Name string
	// Competencies is the size of the catalog.
	Competencies int
	// Families is the number of job families; 0 means none (uniform draws).
	Families int
	// FamilySize is the size of each family's pool of competencies.
	FamilySize int
	// Ratings is how many ratings a person holds; 0 means every competency.
	Ratings int
	// InFamily is the share of a person's ratings drawn from their family's pool.
	InFamily float64
	// Requirements is the size of a requirement set.
	Requirements int
}

// Dense is a company competency matrix: 30 competencies, everyone rated on
// all of them, requirement sets of 18.
func Dense() Shape {
	return Shape{Name: "dense", Competencies: 30, Requirements: 18}
}

// Clustered has 3,000 competencies in 40 job families with pools of about 120;
// a person holds about 35 ratings, 90 % from their family's pool; requirement
// sets of 18 come from one family.
func Clustered() Shape {
	return Shape{Name: "clustered", Competencies: 3000, Families: 40, FamilySize: 120, Ratings: 35, InFamily: 0.9, Requirements: 18}
}

// Uniform has the sizes of Clustered with every draw uniform over the catalog.
func Uniform() Shape {
	return Shape{Name: "uniform", Competencies: 3000, Ratings: 35, Requirements: 18}
}

// ID returns the ID of the i-th competency.
func ID(i int) competency.ID { return competency.ID(fmt.Sprintf("c%04d", i)) }

// Catalog returns the shape's catalog on the framework scale (levels 1–5).
func (s Shape) Catalog() competency.Catalog {
	comps := make([]competency.Competency, s.Competencies)
	for i := range comps {
		comps[i] = competency.Competency{ID: ID(i), Name: fmt.Sprintf("Competency %d", i), Kind: competency.Hard}
	}
	return competency.Catalog{Competencies: comps}
}

// familySeed fixes the families, so that profiles and requirement sets drawn
// with any seeds share them.
const familySeed = 42

// families returns each family's pool.
func (s Shape) families(rng *rand.Rand) [][]int {
	pools := make([][]int, s.Families)
	for f := range pools {
		pools[f] = rng.Perm(s.Competencies)[:s.FamilySize]
	}
	return pools
}

// Profiles returns n profiles with subjects "p000000"…, repeatable for a seed.
func (s Shape) Profiles(n int, seed uint64) []competency.Profile {
	rng := rand.New(rand.NewPCG(seed, 1))
	pools := s.families(rand.New(rand.NewPCG(familySeed, 99)))
	out := make([]competency.Profile, n)
	for i := range out {
		p := competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("p%06d", i))}
		if s.Ratings == 0 {
			p.Ratings = make([]competency.Rating, s.Competencies)
			for c := range p.Ratings {
				p.Ratings[c] = competency.Rating{Competency: string(ID(c)), Level: 1 + rng.IntN(5)}
			}
			out[i] = p
			continue
		}
		seen := map[int]bool{}
		var pool []int
		if len(pools) > 0 {
			pool = pools[rng.IntN(len(pools))]
		}
		for len(p.Ratings) < s.Ratings {
			c := rng.IntN(s.Competencies)
			if pool != nil && rng.Float64() < s.InFamily {
				c = pool[rng.IntN(len(pool))]
			}
			if seen[c] {
				continue
			}
			seen[c] = true
			p.Ratings = append(p.Ratings, competency.Rating{Competency: string(ID(c)), Level: 1 + rng.IntN(5)})
		}
		out[i] = p
	}
	return out
}

// RequirementSets returns m requirement sets, repeatable for a seed: levels
// 2–5, a third preferred, weights 1–3.
func (s Shape) RequirementSets(m int, seed uint64) [][]competency.Requirement {
	rng := rand.New(rand.NewPCG(seed, 2))
	pools := s.families(rand.New(rand.NewPCG(familySeed, 99)))
	out := make([][]competency.Requirement, m)
	for i := range out {
		var draw []int
		switch {
		case len(pools) > 0:
			pool := pools[rng.IntN(len(pools))]
			for _, k := range rng.Perm(len(pool))[:s.Requirements] {
				draw = append(draw, pool[k])
			}
		default:
			draw = rng.Perm(s.Competencies)[:s.Requirements]
		}
		for _, c := range draw {
			r := competency.Requirement{Competency: ID(c), Level: 2 + rng.IntN(4)}.WithWeight(float64(1 + rng.IntN(3)))
			if rng.IntN(3) == 0 {
				r.Importance = competency.Preferred
			}
			out[i] = append(out[i], r)
		}
	}
	return out
}
