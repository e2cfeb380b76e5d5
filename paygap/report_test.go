package paygap_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/salary"
)

// worker returns a EUR worker with the given annual pay and weekly hours.
func worker(subject string, g paygap.Gender, category, base, variable, hours string) paygap.Worker {
	return paygap.Worker{
		Subject:     paygap.SubjectID(subject),
		Gender:      g,
		Category:    paygap.CategoryID(category),
		Currency:    "EUR",
		BasePay:     salary.MustParseAmount(base),
		VariablePay: salary.MustParseAmount(variable),
		WeeklyHours: paygap.MustParseHours(hours),
	}
}

// small is the hand-computed dataset of TestAnalyzeSmall. Hourly pay is
// annual ÷ (hours × 52); 40 hours a week are 2080 hours a year.
//
//	subject gender category  base   variable hours  annual  hourly basic/h
//	w1      female c1        41600      0     40    41600    20     20
//	w2      female c1        52000   2080     40    54080    26     25
//	w3      female c2        62400      0     30    62400    40     40
//	m1      male   c1        52000      0     40    52000    25     25
//	m2      male   c1        62400   4160     40    66560    32     30
//	m3      male   c2        83200   8320     40    91520    44     40
//	m4      male   c2        41600      0     40    41600    20     20
//	o1      other  c1        50000      0     40    (not in the figures)
//	u1      undisclosed c2   50000      0     40    (not in the figures)
func small() paygap.Records {
	return paygap.Records{Workers: []paygap.Worker{
		worker("w1", paygap.Female, "c1", "41600", "0", "40"),
		worker("w2", paygap.Female, "c1", "52000", "2080", "40"),
		worker("w3", paygap.Female, "c2", "62400", "0", "30"),
		worker("m1", paygap.Male, "c1", "52000", "0", "40"),
		worker("m2", paygap.Male, "c1", "62400", "4160", "40"),
		worker("m3", paygap.Male, "c2", "83200", "8320", "40"),
		worker("m4", paygap.Male, "c2", "41600", "0", "40"),
		worker("o1", paygap.Other, "c1", "50000", "0", "40"),
		worker("u1", paygap.Undisclosed, "c2", "50000", "0", "40"),
	}}
}

// frac parses "a/b" as an exact rational.
func frac(t *testing.T, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	require.True(t, ok, "SetString(%q)", s)
	return r
}

// assertPercent checks that p is exactly want ("a/b"), or nil for "null".
func assertPercent(t *testing.T, want string, p *paygap.Percent, what string) {
	t.Helper()
	if want == "null" {
		assert.Nil(t, p, "%s is null", what)
		return
	}
	if !assert.NotNil(t, p, "%s is set", what) {
		return
	}
	assert.Equal(t, frac(t, want).String(), p.Rat().String(), "%s = %s exactly (got %s)", what, want, p.Text(10))
}

func TestAnalyzeSmall(t *testing.T) {
	r, err := paygap.Analyze(small(), paygap.Options{Threshold: 1})
	require.NoError(t, err, "Analyze(small, threshold 1)")

	assert.Equal(t, paygap.Workers{Female: 3, Male: 4, Other: 2, GenderOther: 1, Undisclosed: 1}, r.Workers, "Workers")
	assert.Equal(t, salary.Currency("EUR"), r.Currency, "Currency")
	assert.Equal(t, paygap.Proportional, r.Method, "the default method")
	assert.Equal(t, 52, r.WeeksPerYear, "the default weeks")

	cases := []struct {
		name, want string
		got        *paygap.Percent
	}{
		// Annual: women 41600, 54080, 62400, mean 158080/3, median 54080;
		// men 52000, 66560, 91520, 41600, mean 251680/4 = 62920, median
		// (52000 + 66560)/2 = 59280.
		// Mean gap (62920 − 158080/3)/62920 × 100 = (30680/3)/62920 × 100 = 5900/363 ≈ 16.2534.
		{"annual mean", "5900/363", r.Annual.Mean},
		// Median gap (59280 − 54080)/59280 × 100 = 5200/59280 × 100 = 500/57 ≈ 8.7719.
		{"annual median", "500/57", r.Annual.Median},
		// Hourly: women 20, 26, 40 (62400 ÷ 1560), mean 86/3, median 26;
		// men 25, 32, 44, 20, mean 121/4, median (25 + 32)/2 = 57/2.
		// Mean gap (121/4 − 86/3)/(121/4) × 100 = (19/12)/(121/4) × 100 = 1900/363 ≈ 5.2342.
		{"hourly mean", "1900/363", r.Hourly.Mean},
		// Median gap (57/2 − 26)/(57/2) × 100 = 500/57.
		{"hourly median", "500/57", r.Hourly.Median},
		// Variable pay among recipients: women 2080; men 4160, 8320 (mean
		// and median 6240). Gap (6240 − 2080)/6240 × 100 = 200/3.
		{"variable mean", "200/3", r.Variable.Mean},
		{"variable median", "200/3", r.Variable.Median},
		// Receiving: 1 of 3 women, 2 of 4 men.
		{"receiving female", "100/3", r.Variable.Receiving.Female},
		{"receiving male", "50", r.Variable.Receiving.Male},
		// Quartiles: 7 workers in bands of 2, 2, 2, 1 by hourly pay:
		// [w1 20, m4 20], [m1 25, w2 26], [m2 32, w3 40], [m3 44]. The tie at
		// 20 lies inside the first band.
		{"band 1 female", "50", r.Quartiles[0].Female},
		{"band 1 male", "50", r.Quartiles[0].Male},
		{"band 2 female", "50", r.Quartiles[1].Female},
		{"band 3 male", "50", r.Quartiles[2].Male},
		{"band 4 female", "0", r.Quartiles[3].Female},
		{"band 4 male", "100", r.Quartiles[3].Male},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assertPercent(t, c.want, c.got, c.name) })
	}
	assert.Equal(t, []int{2, 2, 2, 1}, []int{r.Quartiles[0].Workers, r.Quartiles[1].Workers, r.Quartiles[2].Workers, r.Quartiles[3].Workers}, "band sizes")

	require.Len(t, r.Categories, 2, "categories c1 and c2")
	c1, c2 := r.Categories[0], r.Categories[1]
	assert.Equal(t, paygap.CategoryID("c1"), c1.ID, "categories sorted by ID")
	assert.Equal(t, paygap.Workers{Female: 2, Male: 2, Other: 1, GenderOther: 1}, c1.Workers, "c1 workers")
	// c1 basic/h: women 20, 25 (mean = median 22.5); men 25, 30 (27.5):
	// (27.5 − 22.5)/27.5 × 100 = 200/11 ≈ 18.18.
	assertPercent(t, "200/11", c1.Basic.Mean, "c1 basic mean")
	assertPercent(t, "200/11", c1.Basic.Median, "c1 basic median")
	// c1 total/h: women 20, 26 (23); men 25, 32 (28.5): 5.5/28.5 × 100 = 1100/57.
	assertPercent(t, "1100/57", c1.Total.Mean, "c1 total mean")
	// c1 variable: women 2080, men 4160: 50.
	require.NotNil(t, c1.Variable, "c1 has variable pay")
	assertPercent(t, "50", c1.Variable.Mean, "c1 variable mean")
	assert.True(t, c1.JointAssessment, "c1: a basic pay gap of 18 %% calls for a joint assessment")
	assert.Equal(t, paygap.Male, c1.Favours, "c1's gap favours men")

	// c2 basic/h: women 40; men 40, 20 (mean 30): (30 − 40)/30 × 100 = −100/3.
	assertPercent(t, "-100/3", c2.Basic.Mean, "c2 basic mean")
	// c2 total/h: women 40; men 44, 20 (mean 32): (32 − 40)/32 × 100 = −25.
	assertPercent(t, "-25", c2.Total.Mean, "c2 total mean")
	assert.True(t, c2.JointAssessment, "c2: a basic pay gap of −33 %% calls for a joint assessment")
	assert.Equal(t, paygap.Female, c2.Favours, "c2's gap favours women")
	// c2 variable: only m3 receives it, so no woman does: suppressed.
	require.NotNil(t, c2.Variable, "c2 has variable pay")
	assert.True(t, c2.Variable.Suppressed, "c2's variable gap has no women and is suppressed")
	assert.Nil(t, c2.Variable.Mean, "c2's suppressed variable gap is null")
}

func TestUK(t *testing.T) {
	r, err := paygap.Analyze(small(), paygap.Options{Threshold: 1})
	require.NoError(t, err, "Analyze(small)")
	uk := r.UK()
	// Regulations 8 and 9 on the hourly rate (base + bonus spread over the
	// year): the EU's hourly gaps, 1900/363 and 500/57 (see TestAnalyzeSmall).
	assertPercent(t, "1900/363", uk.Hourly.Mean, "reg. 8 mean hourly gap")
	assertPercent(t, "500/57", uk.Hourly.Median, "reg. 9 median hourly gap")
	// Regulations 10 and 11: bonus gaps among those paid bonus, 200/3.
	assertPercent(t, "200/3", uk.Bonus.Mean, "reg. 10 mean bonus gap")
	assertPercent(t, "200/3", uk.Bonus.Median, "reg. 11 median bonus gap")
	// Regulation 12: 1 of 3 women, 2 of 4 men paid bonus.
	assertPercent(t, "100/3", uk.Bonus.Receiving.Female, "reg. 12 women paid bonus")
	assertPercent(t, "50", uk.Bonus.Receiving.Male, "reg. 12 men paid bonus")
	assert.Equal(t, r.Quartiles, uk.Quartiles, "reg. 13 quartiles are the EU's")
}

func TestThreshold(t *testing.T) {
	t.Run("default 10 suppresses a small dataset", func(t *testing.T) {
		r, err := paygap.Analyze(small(), paygap.Options{})
		require.NoError(t, err, "Analyze(small)")
		assert.Equal(t, paygap.DefaultThreshold, r.Threshold, "the default threshold")
		for _, g := range []paygap.Gap{r.Annual, r.Hourly, r.Variable.Gap, r.Categories[0].Basic} {
			assert.Equal(t, paygap.Gap{Suppressed: true}, g, "3 women and 4 men are below 10: suppressed")
		}
		assert.Equal(t, paygap.Shares{Suppressed: true}, r.Variable.Receiving, "receiving suppressed")
		assert.True(t, r.Quartiles[0].Suppressed, "quartiles suppressed")
		assert.Equal(t, 2, r.Quartiles[0].Workers, "a suppressed band still has its size")
		assert.False(t, r.Categories[0].JointAssessment, "a suppressed category calls for no assessment")
		assert.True(t, r.Categories[0].Suppressed, "category c1 suppressed")
	})
	t.Run("just inside and just outside", func(t *testing.T) {
		// 3 women and 4 men: a threshold of 3 computes, 4 suppresses.
		r, err := paygap.Analyze(small(), paygap.Options{Threshold: 3})
		require.NoError(t, err, "Analyze(threshold 3)")
		assert.False(t, r.Annual.Suppressed, "3 women meet a threshold of 3")
		r, err = paygap.Analyze(small(), paygap.Options{Threshold: 4})
		require.NoError(t, err, "Analyze(threshold 4)")
		assert.True(t, r.Annual.Suppressed, "3 women are below a threshold of 4")
	})
	t.Run("a category below the threshold", func(t *testing.T) {
		// 10 women and 10 men in "big", 1 woman and 1 man in "tiny".
		var recs paygap.Records
		for i := range 10 {
			recs.Workers = append(recs.Workers,
				worker(fmt.Sprintf("f%02d", i), paygap.Female, "big", "40000", "0", "40"),
				worker(fmt.Sprintf("m%02d", i), paygap.Male, "big", "50000", "0", "40"))
		}
		recs.Workers = append(recs.Workers,
			worker("f-tiny", paygap.Female, "tiny", "90000", "0", "40"),
			worker("m-tiny", paygap.Male, "tiny", "30000", "0", "40"))
		r, err := paygap.Analyze(recs, paygap.Options{})
		require.NoError(t, err, "Analyze(big and tiny)")
		require.Len(t, r.Categories, 2, "two categories")
		assert.False(t, r.Categories[0].Suppressed, "big is computed")
		// big: (50000 − 40000)/50000 × 100 = 20.
		assertPercent(t, "20", r.Categories[0].Basic.Mean, "big basic mean")
		assert.True(t, r.Categories[1].Suppressed, "tiny is suppressed")
		assert.Nil(t, r.Categories[1].Basic.Mean, "tiny's gap is null")
		assert.Nil(t, r.Categories[1].Variable, "tiny has no variable pay")
		// Overall: 11 women, 11 men. Women 10 × 40000 + 90000 = 490000, men
		// 10 × 50000 + 30000 = 530000: (530000 − 490000)/530000 × 100 = 400/53.
		assertPercent(t, "400/53", r.Annual.Mean, "overall mean gap")
		// Medians: women 40000, men 50000: 20.
		assertPercent(t, "20", r.Annual.Median, "overall median gap")
	})
}

func TestJointAssessmentBoundary(t *testing.T) {
	// Men 208000 a year at 40 h (100/h); women 197600 (95/h): a gap of
	// exactly (100 − 95)/100 × 100 = 5, which calls for an assessment.
	// Women at 197601: 10399/208000 × 100 ≈ 4.9995, which does not.
	cases := []struct {
		women string
		want  bool
	}{{"197600", true}, {"197601", false}, {"218400", true}, {"218399", false}}
	// 218400 is 105/h, a gap of −5 (favouring women); 218399 just under.
	for _, c := range cases {
		t.Run(c.women, func(t *testing.T) {
			recs := paygap.Records{Workers: []paygap.Worker{
				worker("f", paygap.Female, "c", c.women, "0", "40"),
				worker("m", paygap.Male, "c", "208000", "0", "40"),
			}}
			r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
			require.NoError(t, err, "Analyze(women %s)", c.women)
			assert.Equal(t, c.want, r.Categories[0].JointAssessment, "jointAssessment with women at %s (gap %s)", c.women, r.Categories[0].Basic.Mean.Text(6))
		})
	}
}

func TestEdgeCases(t *testing.T) {
	t.Run("one sex absent", func(t *testing.T) {
		recs := paygap.Records{Workers: []paygap.Worker{
			worker("f1", paygap.Female, "c", "40000", "100", "40"),
			worker("f2", paygap.Female, "c", "50000", "0", "40"),
		}}
		r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
		require.NoError(t, err, "Analyze(women only)")
		assert.Equal(t, paygap.Gap{Suppressed: true}, r.Hourly, "no men: the gap is suppressed")
		assert.True(t, r.Variable.Receiving.Suppressed, "no men: receiving is suppressed")
		assert.True(t, r.Quartiles[0].Suppressed, "no men: quartiles are suppressed")
		assert.False(t, r.Categories[0].JointAssessment, "no men: no assessment")
	})
	t.Run("all pay equal", func(t *testing.T) {
		var recs paygap.Records
		for i := range 6 {
			g := paygap.Female
			if i%2 == 1 {
				g = paygap.Male
			}
			recs.Workers = append(recs.Workers, worker(fmt.Sprintf("s%d", i), g, "c", "50000", "0", "40"))
		}
		r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
		require.NoError(t, err, "Analyze(equal pay)")
		assertPercent(t, "0", r.Hourly.Mean, "equal pay: mean gap")
		assertPercent(t, "0", r.Hourly.Median, "equal pay: median gap")
		// No one receives variable pay: the gap has no recipients.
		assert.True(t, r.Variable.Suppressed, "no variable pay: gap suppressed")
		assertPercent(t, "0", r.Variable.Receiving.Female, "no woman receives variable pay")
		// 6 tied workers, 3 women and 3 men, in bands of 2, 2, 1, 1:
		// proportional gives every band half women.
		for i, b := range r.Quartiles {
			assertPercent(t, "50", b.Female, fmt.Sprintf("band %d female", i+1))
		}
		assert.Nil(t, r.Categories[0].Variable, "no variable pay in the category")
	})
	t.Run("fewer workers than bands", func(t *testing.T) {
		// One woman at 10/h and one man at 20/h: bands of 1, 1, 0, 0.
		recs := paygap.Records{Workers: []paygap.Worker{
			worker("f", paygap.Female, "c", "20800", "0", "40"),
			worker("m", paygap.Male, "c", "41600", "0", "40"),
		}}
		r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
		require.NoError(t, err, "Analyze(two workers)")
		assertPercent(t, "100", r.Quartiles[0].Female, "band 1 holds the woman")
		assertPercent(t, "100", r.Quartiles[1].Male, "band 2 holds the man")
		for _, i := range []int{2, 3} {
			assert.Equal(t, paygap.Band{}, r.Quartiles[i], "band %d is empty: no workers, null shares", i+1)
		}
		// (20 − 10)/20 × 100 = 50.
		assertPercent(t, "50", r.Hourly.Mean, "hourly mean gap")
	})
	t.Run("men paid nothing", func(t *testing.T) {
		recs := paygap.Records{Workers: []paygap.Worker{
			worker("f", paygap.Female, "c", "100", "0", "40"),
			worker("m", paygap.Male, "c", "0", "0", "40"),
		}}
		r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
		require.NoError(t, err, "Analyze(men at 0)")
		assert.Equal(t, paygap.Gap{}, r.Hourly, "a gap relative to 0 is undefined: null, not suppressed")
	})
}

func TestQuartileTies(t *testing.T) {
	// Five workers at 40 h: hourly 10 (w-a), 20 (m-b, w-c, m-d), 30 (m-e);
	// bands of 2, 1, 1, 1 hold ranks 0–1, 2, 3, 4. The group at 20 (ranks
	// 1–3: 2 men, 1 woman) straddles bands 1, 2 and 3.
	recs := paygap.Records{Workers: []paygap.Worker{
		worker("w-a", paygap.Female, "c", "20800", "0", "40"),
		worker("m-b", paygap.Male, "c", "41600", "0", "40"),
		worker("w-c", paygap.Female, "c", "41600", "0", "40"),
		worker("m-d", paygap.Male, "c", "41600", "0", "40"),
		worker("m-e", paygap.Male, "c", "62400", "0", "40"),
	}}
	cases := []struct {
		method paygap.Method
		female [4]string
	}{
		// Proportional: every seat of the group holds 1/3 woman and 2/3 man.
		// Band 1: w-a + 1/3 woman of 2 seats = (4/3)/2 = 2/3 → 200/3 %;
		// bands 2 and 3: 1/3 → 100/3 %; band 4: m-e → 0.
		{paygap.Proportional, [4]string{"200/3", "100/3", "100/3", "0"}},
		// Sequential: the group in subject order m-b, m-d, w-c. Band 1: w-a,
		// m-b → 50; band 2: m-d → 0; band 3: w-c → 100; band 4: m-e → 0.
		{paygap.Sequential, [4]string{"50", "0", "100", "0"}},
	}
	for _, c := range cases {
		t.Run(string(c.method), func(t *testing.T) {
			r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1, Quartiles: c.method})
			require.NoError(t, err, "Analyze(%s)", c.method)
			for i, want := range c.female {
				assertPercent(t, want, r.Quartiles[i].Female, fmt.Sprintf("%s band %d female", c.method, i+1))
				male := new(big.Rat).Sub(big.NewRat(100, 1), frac(t, want))
				assertPercent(t, male.RatString(), r.Quartiles[i].Male, fmt.Sprintf("%s band %d male", c.method, i+1))
			}
		})
	}
	t.Run("all tied, not divisible by 4", func(t *testing.T) {
		// 2 women, 6 men, all at the same pay, bands of 2: proportional gives
		// each band 2 × 2/8 = 1/2 woman → 25 %; sequential (f1, f2, m1 …)
		// puts both women in band 1.
		var recs paygap.Records
		for i := range 8 {
			g, s := paygap.Male, fmt.Sprintf("m%d", i)
			if i < 2 {
				g, s = paygap.Female, fmt.Sprintf("f%d", i)
			}
			recs.Workers = append(recs.Workers, worker(s, g, "c", "50000", "0", "40"))
		}
		r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
		require.NoError(t, err, "Analyze(all tied)")
		for i := range 4 {
			assertPercent(t, "25", r.Quartiles[i].Female, fmt.Sprintf("proportional band %d", i+1))
		}
		r, err = paygap.Analyze(recs, paygap.Options{Threshold: 1, Quartiles: paygap.Sequential})
		require.NoError(t, err, "Analyze(all tied, sequential)")
		assertPercent(t, "100", r.Quartiles[0].Female, "sequential band 1")
		assertPercent(t, "0", r.Quartiles[1].Female, "sequential band 2")
	})
}

func TestOptionsAndRecordsRefused(t *testing.T) {
	cases := []struct {
		name string
		recs paygap.Records
		opts paygap.Options
		want string
	}{
		{"negative threshold", small(), paygap.Options{Threshold: -1}, "threshold: must be at least 1"},
		{"54 weeks", small(), paygap.Options{WeeksPerYear: 54}, "weeksPerYear: must be between 1 and 53"},
		{"unknown method", small(), paygap.Options{Quartiles: "even"}, `quartiles: "even" is not one of`},
		{"unknown category", small(), paygap.Options{Categories: []paygap.CategoryID{"c1"}}, `workers[2].category: category "c2" is no ladder level or grade`},
		{"no workers", paygap.Records{}, paygap.Options{}, "workers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := paygap.Analyze(c.recs, c.opts)
			assert.ErrorContains(t, err, c.want, "Analyze(%s)", c.name)
		})
	}
}
