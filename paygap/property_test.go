package paygap_test

import (
	"cmp"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/salary"
)

// random returns n workers with pay drawn from a seeded source: genders
// mostly female and male, four categories, base pay 20000–120000 in
// whole euros, variable pay for about a third, hours 20–40 in halves.
func random(seed uint64, n int) paygap.Records {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	gs := []paygap.Gender{paygap.Female, paygap.Male, paygap.Female, paygap.Male, paygap.Female, paygap.Male, paygap.Other, paygap.Undisclosed}
	var recs paygap.Records
	for i := range n {
		variable := "0"
		if rng.IntN(3) == 0 {
			variable = fmt.Sprint(rng.IntN(20000) + 1)
		}
		recs.Workers = append(recs.Workers, worker(
			fmt.Sprintf("s%04d", i), gs[rng.IntN(len(gs))], fmt.Sprintf("c%d", rng.IntN(4)),
			fmt.Sprint(20000+rng.IntN(100000)), variable, fmt.Sprint(float64(40+rng.IntN(41))/2)))
	}
	return recs
}

// swapped returns the records with every woman a man and every man a woman.
func swapped(recs paygap.Records) paygap.Records {
	out := paygap.Records{Workers: slices.Clone(recs.Workers)}
	for i, w := range out.Workers {
		switch w.Gender {
		case paygap.Female:
			out.Workers[i].Gender = paygap.Male
		case paygap.Male:
			out.Workers[i].Gender = paygap.Female
		}
	}
	return out
}

// gaps lists every gap of a report with a name.
func gaps(r *paygap.Report) map[string]*paygap.Percent {
	out := map[string]*paygap.Percent{
		"annual mean": r.Annual.Mean, "annual median": r.Annual.Median,
		"hourly mean": r.Hourly.Mean, "hourly median": r.Hourly.Median,
		"variable mean": r.Variable.Mean, "variable median": r.Variable.Median,
	}
	for _, c := range r.Categories {
		out[string(c.ID)+" basic mean"] = c.Basic.Mean
		out[string(c.ID)+" basic median"] = c.Basic.Median
		out[string(c.ID)+" total mean"] = c.Total.Mean
		if c.Variable != nil {
			out[string(c.ID)+" variable mean"] = c.Variable.Mean
		}
	}
	return out
}

// TestSwapSexes checks the exact effect of swapping women and men. A gap
// is g = (m − w)/m × 100; after the swap it is g' = (w − m)/w × 100, which
// is not −g: with q = w/m = 1 − g/100, g' = (1 − 1/q) × 100 = −g/(1 − g/100).
// Shares of women and men trade places.
func TestSwapSexes(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		recs := random(seed, 240)
		opts := paygap.Options{Threshold: 5}
		r, err := paygap.Analyze(recs, opts)
		require.NoError(t, err, "Analyze(random %d)", seed)
		s, err := paygap.Analyze(swapped(recs), opts)
		require.NoError(t, err, "Analyze(swapped random %d)", seed)
		got := gaps(s)
		checked := 0
		for name, g := range gaps(r) {
			if g == nil {
				assert.Nil(t, got[name], "seed %d %s: null before the swap, null after", seed, name)
				continue
			}
			require.NotNil(t, got[name], "seed %d %s: defined before the swap, defined after", seed, name)
			// g' = −g / (1 − g/100)
			gr := g.Rat()
			want := new(big.Rat).Neg(gr)
			want.Quo(want, new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Quo(gr, big.NewRat(100, 1))))
			assert.Equal(t, want.String(), got[name].Rat().String(), "seed %d %s: g' = -g/(1 - g/100) with g = %s", seed, name, g.Text(6))
			checked++
		}
		assert.Greater(t, checked, 10, "seed %d: most gaps are defined", seed)
		assert.Equal(t, r.Variable.Receiving.Female, s.Variable.Receiving.Male, "seed %d: receiving shares trade places", seed)
		for i := range 4 {
			assert.Equal(t, r.Quartiles[i].Female, s.Quartiles[i].Male, "seed %d: band %d shares trade places", seed, i+1)
		}
	}
}

// TestScaleInvariance checks that multiplying every amount by a positive
// whole number, or every worker's hours by the same factor, changes no
// figure.
func TestScaleInvariance(t *testing.T) {
	recs := random(7, 200)
	opts := paygap.Options{Threshold: 5}
	r, err := paygap.Analyze(recs, opts)
	require.NoError(t, err, "Analyze(random 7)")
	for _, k := range []int64{3, 1000} {
		scaled := paygap.Records{Workers: slices.Clone(recs.Workers)}
		for i, w := range scaled.Workers {
			var err1, err2 error
			scaled.Workers[i].BasePay, err1 = w.BasePay.Mul(k)
			scaled.Workers[i].VariablePay, err2 = w.VariablePay.Mul(k)
			require.NoError(t, err1, "BasePay.Mul(%d)", k)
			require.NoError(t, err2, "VariablePay.Mul(%d)", k)
		}
		s, err := paygap.Analyze(scaled, opts)
		require.NoError(t, err, "Analyze(pay × %d)", k)
		assert.Equal(t, r.Annual, s.Annual, "pay × %d: annual gaps", k)
		assert.Equal(t, r.Hourly, s.Hourly, "pay × %d: hourly gaps", k)
		assert.Equal(t, r.Variable, s.Variable, "pay × %d: variable figures", k)
		assert.Equal(t, r.Quartiles, s.Quartiles, "pay × %d: quartiles", k)
		assert.Equal(t, r.Categories, s.Categories, "pay × %d: categories", k)
	}
	halved := paygap.Records{Workers: slices.Clone(recs.Workers)}
	for i, w := range halved.Workers {
		h, _ := w.WeeklyHours.Rat().Float64()
		halved.Workers[i].WeeklyHours = paygap.MustParseHours(fmt.Sprint(h / 2))
	}
	s, err := paygap.Analyze(halved, opts)
	require.NoError(t, err, "Analyze(hours ÷ 2)")
	assert.Equal(t, r.Hourly, s.Hourly, "hours ÷ 2: hourly gaps")
	assert.Equal(t, r.Categories, s.Categories, "hours ÷ 2: categories")
}

// floatGap is an independent float64 calculation of the mean and median
// gap of women's and men's values, written without the package's code.
func floatGap(women, men []float64) (meanGap, medianGap float64) {
	avg := func(x []float64) float64 {
		s := 0.0
		for _, v := range x {
			s += v
		}
		return s / float64(len(x))
	}
	mid := func(x []float64) float64 {
		y := slices.Clone(x)
		slices.Sort(y)
		if len(y)%2 == 1 {
			return y[len(y)/2]
		}
		return (y[len(y)/2-1] + y[len(y)/2]) / 2
	}
	return (avg(men) - avg(women)) / avg(men) * 100, (mid(men) - mid(women)) / mid(men) * 100
}

// TestAgainstFloat checks the exact figures of a random dataset against a
// float64 calculation to a relative tolerance of 1e-9.
func TestAgainstFloat(t *testing.T) {
	recs := random(42, 1000)
	r, err := paygap.Analyze(recs, paygap.Options{})
	require.NoError(t, err, "Analyze(random 42)")
	f := func(a salary.Amount) float64 { v, _ := a.Rat().Float64(); return v }
	var wa, ma, wh, mh, wv, mv []float64
	var wRecv, mRecv, nw, nm float64
	for _, w := range recs.Workers {
		hours, _ := w.WeeklyHours.Rat().Float64()
		annual := f(w.BasePay) + f(w.VariablePay)
		hourly := annual / (hours * 52)
		switch w.Gender {
		case paygap.Female:
			wa, wh, nw = append(wa, annual), append(wh, hourly), nw+1
			if f(w.VariablePay) > 0 {
				wv, wRecv = append(wv, f(w.VariablePay)), wRecv+1
			}
		case paygap.Male:
			ma, mh, nm = append(ma, annual), append(mh, hourly), nm+1
			if f(w.VariablePay) > 0 {
				mv, mRecv = append(mv, f(w.VariablePay)), mRecv+1
			}
		}
	}
	near := func(want float64, got *paygap.Percent, what string) {
		t.Helper()
		require.NotNil(t, got, "%s is computed", what)
		assert.InDelta(t, want, got.Float64(), 1e-9*math.Max(1, math.Abs(want)), "%s: float64 %v, exact %s", what, want, got.Text(12))
	}
	mean, med := floatGap(wa, ma)
	near(mean, r.Annual.Mean, "annual mean")
	near(med, r.Annual.Median, "annual median")
	mean, med = floatGap(wh, mh)
	near(mean, r.Hourly.Mean, "hourly mean")
	near(med, r.Hourly.Median, "hourly median")
	mean, med = floatGap(wv, mv)
	near(mean, r.Variable.Mean, "variable mean")
	near(med, r.Variable.Median, "variable median")
	near(wRecv/nw*100, r.Variable.Receiving.Female, "women receiving")
	near(mRecv/nm*100, r.Variable.Receiving.Male, "men receiving")

	// Quartiles, by the sequential rule: rank the women and men by hourly
	// pay then subject, bands of ⌈n/4⌉ or ⌊n/4⌋ with the larger ones first.
	type one struct {
		subject string
		female  bool
		hourly  float64
	}
	var all []one
	for _, w := range recs.Workers {
		if w.Gender == paygap.Female || w.Gender == paygap.Male {
			hours, _ := w.WeeklyHours.Rat().Float64()
			all = append(all, one{string(w.Subject), w.Gender == paygap.Female, (f(w.BasePay) + f(w.VariablePay)) / (hours * 52)})
		}
	}
	slices.SortFunc(all, func(a, b one) int {
		if a.hourly != b.hourly {
			return cmp.Compare(a.hourly, b.hourly)
		}
		return cmp.Compare(a.subject, b.subject)
	})
	seq, err := paygap.Analyze(recs, paygap.Options{Quartiles: paygap.Sequential})
	require.NoError(t, err, "Analyze(random 42, sequential)")
	start := 0
	for b := range 4 {
		size := len(all) / 4
		if b < len(all)%4 {
			size++
		}
		women := 0.0
		for _, o := range all[start : start+size] {
			if o.female {
				women++
			}
		}
		start += size
		near(women/float64(size)*100, seq.Quartiles[b].Female, fmt.Sprintf("band %d women", b+1))
		assert.Equal(t, size, seq.Quartiles[b].Workers, "band %d size", b+1)
	}
}
