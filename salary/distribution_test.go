package salary_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/salary"
)

func ptr(s string) *salary.Amount {
	a := amt(s)
	return &a
}

// market is a distribution with every percentile.
func market() salary.Distribution {
	return salary.Distribution{
		Currency: salary.USD, Period: salary.Year,
		P10: ptr("130000"), P25: ptr("150000"), P50: ptr("175000"), P75: ptr("200000"), P90: ptr("240000"),
		Source: "Example survey, software engineering managers, US", AsOf: civil.MustParseDate("2026-01-01"),
	}
}

func TestDistributionValidate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		edit       func(*salary.Distribution)
		path, rule string
	}{
		{"full", func(*salary.Distribution) {}, "", ""},
		{"median only", func(d *salary.Distribution) { d.P10, d.P25, d.P75, d.P90 = nil, nil, nil, nil }, "", ""},
		{"quartiles only", func(d *salary.Distribution) { d.P10, d.P50, d.P90 = nil, nil, nil }, "", ""},
		{"flat", func(d *salary.Distribution) { d.P25, d.P50 = ptr("150000"), ptr("150000") }, "", ""},
		{"no source or date", func(d *salary.Distribution) { d.Source, d.AsOf = "", civil.Date{} }, "", ""},
		{"none given", func(d *salary.Distribution) { d.P10, d.P25, d.P50, d.P75, d.P90 = nil, nil, nil, nil, nil }, "", "required"},
		{"decreasing", func(d *salary.Distribution) { d.P75 = ptr("174999.99") }, "p75", "order"},
		{"decreasing across a gap", func(d *salary.Distribution) { d.P50 = nil; d.P75 = ptr("149999") }, "p75", "order"},
		{"negative", func(d *salary.Distribution) { d.P10 = ptr("-1") }, "p10", "gte"},
		{"too many decimals", func(d *salary.Distribution) { d.P50 = ptr("175000.001") }, "p50", "decimals"},
		{"bad currency", func(d *salary.Distribution) { d.Currency = "XXX" }, "currency", "currency"},
		{"no period", func(d *salary.Distribution) { d.Period = "" }, "period", "required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := market()
			tc.edit(&d)
			err := d.Validate()
			if tc.rule == "" {
				assert.NoError(t, err, "Validate() of %s", tc.name)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Validate() of %s", tc.name)
			assert.Contains(t, ve.Errors, findProblem(ve, tc.path, tc.rule), "Validate() of %s: %v", tc.name, err)
		})
	}
}

func TestDistributionDate(t *testing.T) {
	var d salary.Distribution
	err := careerkit.Decode(strings.NewReader(`{"currency": "USD", "period": "year", "p50": 175000, "asOf": "2026-01-01"}`), &d)
	require.NoError(t, err, "Decode(asOf 2026-01-01)")
	assert.Equal(t, civil.MustParseDate("2026-01-01"), d.AsOf, "Decode(asOf 2026-01-01)")

	err = careerkit.Decode(strings.NewReader(`{"currency": "USD", "period": "year", "p50": 175000, "asOf": "January 2026"}`), &d)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(asOf January 2026)")
	require.Len(t, ve.Errors, 1, "Decode(asOf January 2026)")
	assert.Equal(t, "asOf", ve.Errors[0].Path, "Decode(asOf January 2026): path")
	assert.Contains(t, ve.Errors[0].Message, "write the date as YYYY-MM-DD", "Decode(asOf January 2026): message")

	out, err := json.Marshal(salary.Distribution{Currency: salary.USD, Period: salary.Year, P50: ptr("1")})
	require.NoError(t, err, "json.Marshal")
	assert.NotContains(t, string(out), "asOf", "json.Marshal leaves out no date")
}

func TestDistributionPercentile(t *testing.T) {
	quartiles := salary.Distribution{Currency: salary.USD, Period: salary.Year, P25: ptr("100000"), P50: ptr("120000"), P75: ptr("150000")}
	for _, tc := range []struct {
		name string
		d    salary.Distribution
		p    int
		want string
	}{
		{"given", market(), 50, "175000"},
		{"given p10", market(), 10, "130000"},
		{"given p90", market(), 90, "240000"},
		{"interpolated p40", quartiles, 40, "112000"},
		{"interpolated p60", quartiles, 60, "132000"},
		{"interpolated p30", quartiles, 30, "104000"},
		{"rounded to cents", salary.Distribution{Currency: salary.USD, Period: salary.Year, P25: ptr("0"), P50: ptr("1")}, 26, "0.04"},
		{"half-even to yen", salary.Distribution{Currency: salary.JPY, Period: salary.Year, P10: ptr("0"), P90: ptr("10")}, 30, "2"},    // 2.5 → 2
		{"half-even to yen up", salary.Distribution{Currency: salary.JPY, Period: salary.Year, P10: ptr("0"), P90: ptr("30")}, 30, "8"}, // 7.5 → 8
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.d.Percentile(tc.p)
			require.NoError(t, err, "Percentile(%d)", tc.p)
			assert.Equal(t, tc.want, got.String(), "Percentile(%d)", tc.p)
		})
	}
	for _, p := range []int{10, 24, 76, 90, 0, 100} {
		_, err := quartiles.Percentile(p)
		assert.Error(t, err, "Percentile(%d) outside p25–p75", p)
	}
	_, err := salary.Distribution{Currency: salary.USD, Period: salary.Year}.Percentile(50)
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Percentile of an empty distribution")
}

func TestBandFromDistribution(t *testing.T) {
	med := salary.Distribution{Currency: salary.USD, Period: salary.Year, P50: ptr("180000")}
	for _, tc := range []struct {
		name   string
		d      salary.Distribution
		target int
		spread string
		basis  salary.SpreadBasis
		want   salary.Band
	}{
		{"seed from mid", med, 50, "0.444444", salary.SpreadFromMid, band(salary.USD, salary.Year, "140000.04", "219999.96")},
		{"from mid 40 %", med, 50, "0.4", salary.SpreadFromMid, band(salary.USD, salary.Year, "144000", "216000")},
		{"seed from min", med, 50, "0.571428", salary.SpreadFromMin, band(salary.USD, salary.Year, "140000.03", "219999.97")},
		{"from min 50 %", med, 50, "0.5", salary.SpreadFromMin, band(salary.USD, salary.Year, "144000", "216000")},
		{"zero spread", med, 50, "0", salary.SpreadFromMid, band(salary.USD, salary.Year, "180000", "180000")},
		{"p60 interpolated", market(), 60, "0.5", salary.SpreadFromMid, band(salary.USD, salary.Year, "138750", "231250")},
		{"JPY rounds to yen", salary.Distribution{Currency: salary.JPY, Period: salary.Year, P50: ptr("1000001")}, 50, "0.333333", salary.SpreadFromMin,
			band(salary.JPY, salary.Year, "857144", "1142858")},
		{"JPY ties stay centred", salary.Distribution{Currency: salary.JPY, Period: salary.Year, P50: ptr("3")}, 50, "1", salary.SpreadFromMid,
			band(salary.JPY, salary.Year, "2", "4")}, // 1.5 → 2, 4.5 → 4
		{"spread 2 from mid", med, 50, "2", salary.SpreadFromMid, band(salary.USD, salary.Year, "0", "360000")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := salary.BandFromDistribution(tc.d, tc.target, salary.MustParseFactor(tc.spread), tc.basis)
			require.NoError(t, err, "BandFromDistribution(p%d, %s, %s)", tc.target, tc.spread, tc.basis)
			assert.Equal(t, tc.want, got, "BandFromDistribution(p%d, %s, %s)", tc.target, tc.spread, tc.basis)
			assert.NoError(t, got.Validate(), "BandFromDistribution result validates")
		})
	}
	for _, tc := range []struct {
		name   string
		target int
		spread string
		basis  salary.SpreadBasis
	}{
		{"no basis", 50, "0.5", ""},
		{"negative spread", 50, "-0.1", salary.SpreadFromMid},
		{"spread over 2 from mid", 50, "2.000001", salary.SpreadFromMid},
		{"no data at p10", 10, "0.5", salary.SpreadFromMid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := salary.BandFromDistribution(med, tc.target, salary.MustParseFactor(tc.spread), tc.basis)
			assert.Error(t, err, "BandFromDistribution(p%d, %s, %q)", tc.target, tc.spread, tc.basis)
		})
	}
}
