package role

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestFoldFastPathAgrees(t *testing.T) {
	// fold skips the work for names folded already; on any string it must
	// give what lower-casing and collapsing white space give.
	slow := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	alphabet := []string{"a", "Z", " ", "  ", "\t", "\n", "é", "É", "-", "1", "\u00a0", "\u2003"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := fold(s), slow(s); got != want {
			t.Fatalf("fold(%q) = %q, want %q", s, got, want)
		}
		if f := fold(s); fold(f) != f { // a Pool folds names once, and Same folds them again
			t.Fatalf("fold(fold(%q)) = %q, not %q", s, fold(f), f)
		}
	}
	for _, s := range []string{"computer science", "data science", "a b c"} {
		if !isFolded(s) {
			t.Errorf("isFolded(%q) is false: a folded name should take the fast path", s)
		}
	}
}
