package imscase

import (
	"strings"
	"unicode/utf8"

	"github.com/careerkit/careerkit/internal/validate"
)

// Length limits of the model that the reader keeps to (competency.Competency).
const (
	maxName        = 200
	maxDescription = 4000
	maxAlias       = 200
	maxSameAs      = 500
	maxTag         = 100
	maxList        = 50
	// shortName is the length in runes of a name cut from a fullStatement.
	shortName = 100
)

// slugify lowercases s and keeps its ASCII letters and digits; each run of
// other characters becomes one separator: the run's first character when it
// is '.', '_' or '-', otherwise '-'. The result is cut to 64 bytes at a
// separator when it is longer. It returns "" when s has no letter or digit.
func slugify(s string) string {
	var b strings.Builder
	var sep byte
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if sep != 0 && b.Len() > 0 {
				b.WriteByte(sep)
			}
			sep = 0
			b.WriteRune(r)
			continue
		}
		if sep == 0 {
			switch r {
			case '.', '_', '-':
				sep = byte(r)
			default:
				sep = '-'
			}
		}
	}
	return cutSlug(b.String(), validate.MaxSlugLen)
}

// cutSlug shortens a slug to at most n bytes, ending on a letter or digit.
func cutSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	return strings.TrimRight(s, "._-")
}

// normalize folds a name as the catalog compares names, IDs and aliases:
// lowercase, with runs of white space collapsed to one space.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// shorten collapses runs of white space in s to one space and, when the
// result is longer than n runes or max bytes, cuts it at the last space
// before that point (or at the point itself when there is none) and ends
// it with "…".
func shorten(s string, n, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n && len(s) <= max {
		return s
	}
	limit := max - len("…")
	end, k := 0, 0
	for end < len(s) && k < n-1 {
		_, w := utf8.DecodeRuneInString(s[end:])
		if end+w > limit {
			break
		}
		end += w
		k++
	}
	head := s[:end]
	if end < len(s) && s[end] != ' ' {
		if sp := strings.LastIndexByte(head, ' '); sp > 0 {
			head = head[:sp]
		}
	}
	return strings.TrimRight(head, " ") + "…"
}

// cutBytes cuts s to at most n bytes on a rune boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
