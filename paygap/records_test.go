package paygap_test

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/problem"
)

func TestDecodeRecords(t *testing.T) {
	const doc = `workers:
  - {subject: w1, gender: female, category: c1, currency: EUR, basePay: 41600, weeklyHours: 40}
  - {subject: m1, gender: male, category: c1, currency: EUR, basePay: 52000, variablePay: 1000.50, weeklyHours: 37.5}
`
	var recs paygap.Records
	require.NoError(t, careerkit.Decode(strings.NewReader(doc), &recs), "Decode(records YAML)")
	want := paygap.Records{Workers: []paygap.Worker{
		worker("w1", paygap.Female, "c1", "41600", "0", "40"),
		worker("m1", paygap.Male, "c1", "52000", "1000.50", "37.5"),
	}}
	assert.Equal(t, want, recs, "Decode(records YAML)")

	data, err := json.Marshal(recs)
	require.NoError(t, err, "json.Marshal(records)")
	var back paygap.Records
	require.NoError(t, careerkit.Decode(strings.NewReader(string(data)), &back), "Decode(%s)", data)
	assert.Equal(t, recs, back, "records round trip through JSON")

	cases := []struct {
		name, doc, path, rule string
		sentinel              error
	}{
		{"currency written twice", strings.Replace(doc, "basePay: 52000", "basePay: 52000, currency: USD", 1), "", "", nil},
		{"usd second", strings.Replace(doc, "category: c1, currency: EUR, basePay: 52000", "category: c1, currency: USD, basePay: 52000", 1), "workers[1].currency", "currency", problem.ErrCurrencyMismatch},
		{"duplicate subject", strings.Replace(doc, "subject: m1", "subject: w1", 1), "workers[1].subject", "unique", problem.ErrDuplicate},
		{"unknown gender", strings.Replace(doc, "gender: male", "gender: man", 1), "workers[1].gender", "", nil},
		{"hours 0", strings.Replace(doc, "weeklyHours: 40", "weeklyHours: 0", 1), "workers[0].weeklyHours", "range", nil},
		{"a name", strings.Replace(doc, "subject: w1", "subject: Jane Doe", 1), "workers[0].subject", "slug", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var recs paygap.Records
			err := careerkit.Decode(strings.NewReader(c.doc), &recs)
			require.Error(t, err, "Decode(%s)", c.name)
			if c.path == "" {
				return // a key written twice: a decoding error
			}
			var ve *problem.ValidationError
			require.ErrorAs(t, err, &ve, "Decode(%s) returns a ValidationError", c.name)
			found := false
			for _, fe := range ve.Errors {
				if fe.Path == c.path && (c.rule == "" || fe.Rule == c.rule) {
					found = true
					assert.NotZero(t, fe.Line, "Decode(%s): %s has a line", c.name, fe)
				}
			}
			assert.True(t, found, "Decode(%s) reports %s %s: %v", c.name, c.path, c.rule, err)
			if c.sentinel != nil {
				assert.ErrorIs(t, err, c.sentinel, "Decode(%s)", c.name)
			}
		})
	}
}

func TestPercentText(t *testing.T) {
	r, err := paygap.Analyze(paygap.Records{Workers: []paygap.Worker{
		worker("f", paygap.Female, "c", "2", "0", "40"),
		worker("m", paygap.Male, "c", "3", "0", "40"),
	}}, paygap.Options{Threshold: 1})
	require.NoError(t, err, "Analyze(2 against 3)")
	p := r.Hourly.Mean
	require.NotNil(t, p, "gap of 2 against 3")
	// (3 − 2)/3 × 100 = 100/3 = 33.333…
	assert.Equal(t, big.NewRat(100, 3), p.Rat(), "Rat")
	assert.Equal(t, "33.3333333333", p.Text(paygap.PercentDigits), "Text(10)")
	assert.Equal(t, "33", p.Text(0), "Text(0)")
	assert.Equal(t, "33.3 %", p.String(), "String")
	data, err := json.Marshal(p)
	require.NoError(t, err, "json.Marshal(Percent)")
	assert.Equal(t, "33.3333333333", string(data), "MarshalJSON")
	assert.InDelta(t, 33.333333333333, p.Float64(), 1e-12, "Float64")
	p.Rat().SetInt64(7)
	assert.Equal(t, big.NewRat(100, 3), p.Rat(), "Rat returns a copy: changing it leaves the Percent alone")

	var zero paygap.Percent
	assert.Equal(t, "0", zero.Text(3), "the zero Percent is 0")
	// A gap of −0.01 ÷ 10^11 × 100 = −10^-11 % rounds to "0", never "-0".
	r, err = paygap.Analyze(paygap.Records{Workers: []paygap.Worker{
		worker("f", paygap.Female, "c", "100000000000.01", "0", "40"),
		worker("m", paygap.Male, "c", "100000000000", "0", "40"),
	}}, paygap.Options{Threshold: 1})
	require.NoError(t, err, "Analyze(a tiny negative gap)")
	assert.Equal(t, -1, r.Hourly.Mean.Sign(), "the gap is negative")
	assert.Equal(t, "0", r.Hourly.Mean.Text(10), "a tiny negative gap rounds to 0")
}

func TestWeeksPerYear(t *testing.T) {
	for _, c := range []struct {
		weeks int
		ok    bool
	}{{1, true}, {53, true}, {54, false}, {-1, false}} {
		_, err := paygap.Analyze(small(), paygap.Options{WeeksPerYear: c.weeks})
		assert.Equal(t, c.ok, err == nil, "Analyze(weeks %d): %v", c.weeks, err)
	}
	// Hourly gaps do not depend on the weeks when everyone's are the same.
	a, err := paygap.Analyze(small(), paygap.Options{Threshold: 1, WeeksPerYear: 48})
	require.NoError(t, err, "Analyze(48 weeks)")
	assertPercent(t, "1900/363", a.Hourly.Mean, "hourly mean gap with 48 weeks")
	assert.Equal(t, 48, a.WeeksPerYear, "WeeksPerYear reported")
}
