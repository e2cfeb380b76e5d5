package problem_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/careerkit/careerkit/problem"
)

func TestSuggest(t *testing.T) {
	keys := []string{"requirements", "responsibilities", "qualifications", "experience", "education"}
	cases := []struct {
		word       string
		candidates []string
		want       []string
	}{
		// "requirments" drops one letter of "requirements": distance 1.
		{"requirments", keys, []string{"requirements"}},
		// "kubernets" drops one letter of "kubernetes".
		{"kubernets", []string{"kubernetes", "terraform", "go"}, []string{"kubernetes"}},
		// "GPB" swaps two neighbours of "GBP": one edit.
		{"GPB", []string{"GBP", "USD", "EUR"}, []string{"GBP"}},
		// "UKP" is two substitutions from "GBP", more than the one edit a
		// three-letter word allows: a code is better named by its caller.
		{"UKP", []string{"GBP", "USD", "EUR"}, nil},
		// Case is ignored.
		{"Requirements", keys, []string{"requirements"}},
		// A word that is a candidate gets no suggestion.
		{"education", keys, nil},
		// Nothing close.
		{"salary", keys, nil},
		// A four-letter word allows one edit: "level" (insert l), "lever"
		// (insert r) and "eve" (delete l) qualify; "levels" and "leaves"
		// are two edits away.
		{"leve", []string{"level", "levels", "lever", "eve", "leaves"}, []string{"level", "lever", "eve"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, problem.Suggest(c.word, c.candidates), "Suggest(%q, %v)", c.word, c.candidates)
	}
	assert.Equal(t, ` (did you mean "requirements"?)`, problem.DidYouMean("requirments", keys), "DidYouMean(requirments)")
	assert.Equal(t, ` (did you mean "level", "lever" or "eve"?)`, problem.DidYouMean("leve", []string{"level", "levels", "lever", "eve"}), "DidYouMean(leve)")
	assert.Equal(t, "", problem.DidYouMean("zzz", keys), "DidYouMean(zzz)")
}
