package problem

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Suggest returns up to three of candidates that word may have been meant
// as: those within a small edit distance of it (case is ignored; one edit
// for words of up to four characters, two up to eight, three beyond), the
// closest first, ties in the order of candidates. It returns nil when none
// is close, or when word is itself a candidate.
func Suggest(word string, candidates []string) []string {
	if word == "" || slices.Contains(candidates, word) {
		return nil
	}
	w := strings.ToLower(word)
	max := 1
	switch n := utf8.RuneCountInString(w); {
	case n > 8:
		max = 3
	case n > 4:
		max = 2
	}
	type hit struct {
		s string
		d int
	}
	var hits []hit
	for _, c := range candidates {
		if d := distance(w, strings.ToLower(c), max); d <= max {
			hits = append(hits, hit{c, d})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.d - b.d })
	var out []string
	for _, h := range hits {
		if len(out) == 3 {
			break
		}
		if !slices.Contains(out, h.s) {
			out = append(out, h.s)
		}
	}
	return out
}

// DidYouMean formats Suggest's answer for a message: ` (did you mean "a"?)`,
// ` (did you mean "a" or "b"?)`, or "" when there is nothing to suggest.
func DidYouMean(word string, candidates []string) string {
	s := Suggest(word, candidates)
	if len(s) == 0 {
		return ""
	}
	q := make([]string, len(s))
	for i, c := range s {
		q[i] = `"` + c + `"`
	}
	if len(q) == 1 {
		return " (did you mean " + q[0] + "?)"
	}
	return " (did you mean " + strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1] + "?)"
}

// distance is the optimal string alignment distance between a and b (edits:
// insert, delete, substitute, swap two neighbours), in runes; it stops
// early and returns max+1 once the distance must exceed max.
func distance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
