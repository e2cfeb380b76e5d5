// Command bench writes the synthetic populations and requirement sets of the
// competency benchmarks as flat binary arrays, so that other engines
// (numpy_topk.py) can run the same queries on the same data:
//
//	go run ./bench -shape clustered -people 100000 -o /tmp/bench
//
// It writes, little-endian: rows.i32, cols.i32 and levels.i8 (one entry
// per rating: the profile's index in subject order, the competency's
// index, the level), and sets.i32 (per requirement: set, competency, level,
// weight, 1 when required).
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
)

func main() {
	shapeName := flag.String("shape", "clustered", "clustered, uniform or dense")
	people := flag.Int("people", 100_000, "the number of profiles")
	sets := flag.Int("sets", 16, "the number of requirement sets")
	out := flag.String("o", ".", "the folder to write into")
	flag.Parse()
	var shape synth.Shape
	switch *shapeName {
	case "clustered":
		shape = synth.Clustered()
	case "uniform":
		shape = synth.Uniform()
	case "dense":
		shape = synth.Dense()
	default:
		log.Fatalf("bench: unknown shape %q", *shapeName)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	// The same seeds as the competency benchmarks' fixtures.
	profiles := shape.Profiles(*people, 1)
	var rows, cols []int32
	var levels []int8
	for i, p := range profiles {
		rs := slices.Clone(p.Ratings)
		slices.SortFunc(rs, func(a, b competency.Rating) int { return strings.Compare(a.Competency, b.Competency) })
		for _, r := range rs {
			rows = append(rows, int32(i))
			cols = append(cols, index(r.Competency))
			levels = append(levels, int8(r.Level))
		}
	}
	var req []int32
	for s, set := range shape.RequirementSets(*sets, 2) {
		for _, r := range set {
			required := int32(0)
			if r.Importance.IsRequired() {
				required = 1
			}
			req = append(req, int32(s), index(string(r.Competency)), int32(r.Level), int32(r.EffectiveWeight()), required)
		}
	}
	for name, data := range map[string]any{"rows.i32": rows, "cols.i32": cols, "levels.i8": levels, "sets.i32": req} {
		f, err := os.Create(filepath.Join(*out, name))
		if err != nil {
			log.Fatal(err)
		}
		if err := binary.Write(f, binary.LittleEndian, data); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("%d profiles, %d ratings, %d competencies, %d sets\n", len(profiles), len(rows), shape.Competencies, *sets)
}

// index returns the position of a synthetic competency ID ("c0042" is 42).
func index(id string) int32 {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "c"))
	if err != nil {
		log.Fatalf("bench: %q is not a synthetic competency ID", id)
	}
	return int32(n)
}
