package paygap

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/enum"
)

// Method is the rule that splits workers into the four quartile pay bands
// when their count is not a multiple of 4 or workers with the same hourly
// pay straddle a boundary. The zero value is Proportional.
//
// Both methods rank the female and male workers by hourly pay and make
// four bands of sizes as equal as possible, n/4 rounded down each, the
// lowest bands taking one more worker each until the remainder is used up
// (10 workers: 3, 3, 2, 2). They differ in who of a group with the same
// hourly pay goes into which band when the group straddles a boundary.
type Method string

// Methods of splitting workers into quartile pay bands.
const (
	// Proportional is the UK's rule (SI 2017/172, regulation 13(2)): where
	// employees receiving the same hourly rate of pay fall within more than
	// one quartile pay band, the relative proportion of men and women at
	// that rate is, so far as possible, the same in each of those bands
	// (the non-statutory guide to the regulations by ACAS and the
	// Government Equalities Office, "Managing gender pay reporting", 2017,
	// explains the same steps). Here the rule is exact: a band holding
	// k of a group of g workers with m men and w women counts k·m/g men
	// and k·w/g women, fractions included, so each band's shares are
	// exactly the group's.
	Proportional Method = "proportional"
	// Sequential is a simple deterministic rule: sort by hourly pay, then
	// by subject ID, and fill the bands in that order; a tied group is cut
	// where the boundary falls.
	Sequential Method = "sequential"
)

var methods = enum.New("paygap", "quartile method", true, Proportional, Sequential)

// Methods returns every method, in a new slice: proportional, sequential.
func Methods() []Method { return methods.Values() }

// IsValid reports whether m is proportional, sequential or "" (which means
// proportional).
func (m Method) IsValid() bool { return methods.Has(m) }

// String returns the method's name; "" is proportional.
func (m Method) String() string {
	if m == "" {
		return string(Proportional)
	}
	return string(m)
}

// MarshalText returns the method's name; "" is proportional.
func (m Method) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText accepts exactly proportional or sequential (or "");
// anything else is an error that lists them.
func (m *Method) UnmarshalText(text []byte) error { return methods.Unmarshal(m, text) }

// JSONSchema describes a method as a string enum of its values.
func (Method) JSONSchema() *jsonschema.Schema { return methods.Schema("") }

// ranked is one female or male worker in the quartile ranking.
type ranked struct {
	subject SubjectID
	male    bool
	hourly  ratio
}

// bandCounts are the women and men of a band, as exact (possibly
// fractional) counts, and the band's size.
type bandCounts struct {
	female, male ratio
	size         int
}

// bandSizes returns the sizes of the four bands of n workers: n/4 each,
// the lowest n%4 bands one more.
func bandSizes(n int) [4]int {
	var s [4]int
	for i := range s {
		s[i] = n / 4
		if i < n%4 {
			s[i]++
		}
	}
	return s
}

// split places the workers into four bands, lowest paid first, by m.
func split(workers []ranked, m Method) [4]bandCounts {
	ws := slices.Clone(workers)
	slices.SortFunc(ws, func(a, b ranked) int {
		return cmp.Or(a.hourly.Cmp(b.hourly), cmp.Compare(a.subject, b.subject))
	})
	sizes := bandSizes(len(ws))
	var out [4]bandCounts
	// bandAt[i] is the band of rank i.
	bandAt := make([]int, 0, len(ws))
	for b, s := range sizes {
		out[b] = bandCounts{female: new(big.Rat), male: new(big.Rat), size: s}
		for range s {
			bandAt = append(bandAt, b)
		}
	}
	for start := 0; start < len(ws); {
		end := start + 1
		for end < len(ws) && ws[end].hourly.Cmp(ws[start].hourly) == 0 {
			end++
		}
		group := ws[start:end]
		if m == Sequential || bandAt[start] == bandAt[end-1] {
			for i, w := range group {
				c := &out[bandAt[start+i]]
				if w.male {
					c.male.Add(c.male, big.NewRat(1, 1))
				} else {
					c.female.Add(c.female, big.NewRat(1, 1))
				}
			}
		} else {
			men := 0
			for _, w := range group {
				if w.male {
					men++
				}
			}
			g := len(group)
			for i := range group {
				// Each seat of the group holds men/g of a man and
				// (g−men)/g of a woman.
				c := &out[bandAt[start+i]]
				c.male.Add(c.male, big.NewRat(int64(men), int64(g)))
				c.female.Add(c.female, big.NewRat(int64(g-men), int64(g)))
			}
		}
		start = end
	}
	return out
}
