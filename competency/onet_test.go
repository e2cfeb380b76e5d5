package competency_test

import (
	"context"
	"encoding/csv"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
)

// onetDir is the O*NET 29.3 slice, outside the module; tests that read it
// skip when it is absent.
var onetDir = filepath.Join("..", "..", "shared", "data", "onet")

// onetOccupation is one rated occupation: its SOC code and, per element,
// the level (LV, 0–7) and importance (IM, 1–5).
type onetOccupation struct {
	code  string
	level map[string]float64
	imp   map[string]float64
}

// readONet reads Skills.txt and Knowledge.txt of the slice, skipping values
// O*NET recommends suppressing or marks not relevant. Occupations come back
// in code order.
func readONet(t testing.TB) ([]onetOccupation, []string) {
	t.Helper()
	if _, err := os.Stat(onetDir); err != nil {
		t.Skipf("the O*NET slice is not at %s: %v", onetDir, err)
	}
	byCode := map[string]*onetOccupation{}
	elements := map[string]bool{}
	for _, name := range []string{"Skills.txt", "Knowledge.txt"} {
		f, err := os.Open(filepath.Join(onetDir, name))
		require.NoError(t, err, "open %s", name)
		r := csv.NewReader(f)
		r.Comma, r.LazyQuotes = '\t', true
		head, err := r.Read()
		require.NoError(t, err, "read the header of %s", name)
		col := map[string]int{}
		for i, h := range head {
			col[h] = i
		}
		for {
			row, err := r.Read()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, "read %s", name)
			if row[col["Recommend Suppress"]] == "Y" || row[col["Not Relevant"]] == "Y" {
				continue
			}
			v, err := strconv.ParseFloat(row[col["Data Value"]], 64)
			require.NoError(t, err, "Data Value in %s", name)
			code, el := row[col["O*NET-SOC Code"]], row[col["Element ID"]]
			o := byCode[code]
			if o == nil {
				o = &onetOccupation{code: code, level: map[string]float64{}, imp: map[string]float64{}}
				byCode[code] = o
			}
			elements[el] = true
			switch row[col["Scale ID"]] {
			case "LV":
				o.level[el] = v
			case "IM":
				o.imp[el] = v
			}
		}
		require.NoError(t, f.Close(), "close %s", name)
	}
	var occs []onetOccupation
	for _, o := range byCode {
		occs = append(occs, *o)
	}
	slices.SortFunc(occs, func(a, b onetOccupation) int { return strings.Compare(a.code, b.code) })
	els := make([]string, 0, len(elements))
	for e := range elements {
		els = append(els, e)
	}
	slices.Sort(els)
	return occs, els
}

// onetSlug turns an element ID such as "2.A.1.a" into a competency ID.
func onetSlug(el string) competency.ID { return competency.ID("onet-" + strings.ToLower(el)) }

// onetModel builds a catalog on the tenths scale and one requirement set per
// occupation: LV rounded to tenths as the level, IM as the weight, for the
// elements with both.
func onetModel(t testing.TB, occs []onetOccupation, els []string) (*competency.Index, [][]competency.Requirement) {
	t.Helper()
	cat := competency.Catalog{DefaultScale: competency.ScaleONetLevelTenths}
	for _, e := range els {
		cat.Competencies = append(cat.Competencies, competency.Competency{ID: onetSlug(e), Name: "O*NET " + e, Kind: competency.Knowledge})
	}
	ix, err := competency.Compile(cat)
	require.NoError(t, err, "Compile the O*NET catalog")
	sets := make([][]competency.Requirement, len(occs))
	for i, o := range occs {
		for _, e := range els {
			lv, okL := o.level[e]
			im, okI := o.imp[e]
			if !okL || !okI {
				continue
			}
			sets[i] = append(sets[i], competency.Requirement{Competency: onetSlug(e), Level: int(math.Round(lv * 10))}.WithWeight(im))
		}
	}
	return ix, sets
}

// TestSimilarityONet ranks every rated O*NET occupation of the slice by
// similarity to every other and scores precision at 5 against a reference
// that owes nothing to skill or knowledge ratings: the occupations of the
// same SOC minor group (the first four characters of the code, such as
// "15-1", computer occupations), for the occupations that have at least
// five others in their group. The baseline is a cosine of the raw LV
// vectors, computed here independently of the library.
func TestSimilarityONet(t *testing.T) {
	occs, els := readONet(t)
	require.Len(t, occs, 34, "the slice has 34 rated occupations")
	ix, sets := onetModel(t, occs, els)
	compiled, err := ix.Sets(context.Background(), sets)
	require.NoError(t, err, "Sets")

	group := func(code string) string { return code[:4] }
	truth := func(i int) map[int]bool {
		out := map[int]bool{}
		for j, o := range occs {
			if j != i && group(o.code) == group(occs[i].code) {
				out[j] = true
			}
		}
		return out
	}
	precision := func(rank func(i int) []int) float64 {
		sum, n := 0.0, 0
		for i := range occs {
			want := truth(i)
			if len(want) < 5 {
				continue
			}
			hits := 0
			for _, j := range rank(i)[:5] {
				if want[j] {
					hits++
				}
			}
			sum += float64(hits) / 5
			n++
		}
		return sum / float64(n)
	}
	ours := precision(func(i int) []int {
		ns, err := compiled.Similar(context.Background(), i, 5)
		require.NoError(t, err, "Similar(%d)", i)
		require.Len(t, ns, 5, "five neighbours of %s", occs[i].code)
		out := make([]int, len(ns))
		for k, n := range ns {
			out[k] = n.Index
		}
		return out
	})
	baseline := precision(func(i int) []int {
		type scored struct {
			j int
			s float64
		}
		var all []scored
		for j := range occs {
			if j == i {
				continue
			}
			var dot, na, nb float64
			for _, e := range els {
				a, b := occs[i].level[e], occs[j].level[e]
				dot, na, nb = dot+a*b, na+a*a, nb+b*b
			}
			all = append(all, scored{j, dot / math.Sqrt(na*nb)})
		}
		slices.SortStableFunc(all, func(a, b scored) int {
			if a.s != b.s {
				if a.s > b.s {
					return -1
				}
				return 1
			}
			return a.j - b.j
		})
		out := make([]int, len(all))
		for k, s := range all {
			out[k] = s.j
		}
		return out
	})
	t.Logf("O*NET 29.3, 34 occupations: P@5 against the SOC minor group: similarity %.3f, cosine of raw levels %.3f", ours, baseline)
	assert.Greater(t, ours, baseline, "the similarity finds an occupation's group better than a cosine of raw levels")
}
