package paygap

import (
	"slices"

	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/salary"
)

// FrameworkCategories returns the categories a framework defines, sorted
// and without repeats: the ID of every level of the ladders and of every
// grade of the pay structures. A ladder level describes work of equal
// value in the terms of Article 4(4) of Directive (EU) 2023/970 (skills,
// effort, responsibility and working conditions); a grade groups jobs of
// equal value by pay. Records name a worker's category by that ID, such as
// "l5" or "g6"; Options.Categories takes the result.
func FrameworkCategories(ladders []ladder.Ladder, structures []salary.Structure) []CategoryID {
	out := []CategoryID{}
	for _, l := range ladders {
		for _, lv := range l.Levels {
			out = append(out, CategoryID(lv.ID))
		}
	}
	for _, s := range structures {
		for _, g := range s.Grades {
			out = append(out, CategoryID(g.ID))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
