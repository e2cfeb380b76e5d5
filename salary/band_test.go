package salary_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

func band(cur salary.Currency, per salary.Period, lo, hi string) salary.Band {
	return salary.Band{Currency: cur, Period: per, Min: amt(lo), Max: amt(hi)}
}

// seedBand is the seed's "$140,000 - $220,000".
func seedBand() salary.Band { return band(salary.USD, salary.Year, "140000", "220000") }

func TestSeedBandNumbers(t *testing.T) {
	b, err := salary.ParseRange("$140,000 - $220,000", salary.ParseOptions{})
	require.NoError(t, err, "ParseRange of the seed's pay")
	require.Equal(t, seedBand(), b, "ParseRange of the seed's pay")
	assert.Equal(t, "180000", b.Midpoint().String(), "Midpoint()")

	fromMin, err := b.Spread(salary.SpreadFromMin)
	require.NoError(t, err, "Spread(SpreadFromMin)")
	assert.Equal(t, "57.1", fmt.Sprintf("%.1f", 100*fromMin), "Spread(SpreadFromMin) in %%")
	assert.Equal(t, 4.0/7, fromMin, "Spread(SpreadFromMin) is 80000/140000")
	fromMid, err := b.Spread(salary.SpreadFromMid)
	require.NoError(t, err, "Spread(SpreadFromMid)")
	assert.Equal(t, "44.4", fmt.Sprintf("%.1f", 100*fromMid), "Spread(SpreadFromMid) in %%")
	assert.Equal(t, 4.0/9, fromMid, "Spread(SpreadFromMid) is 80000/180000")

	offer := pay(salary.USD, salary.Year, "165000")
	cr, err := b.CompaRatio(offer)
	require.NoError(t, err, "CompaRatio(165000)")
	assert.Equal(t, "0.917", fmt.Sprintf("%.3f", cr), "CompaRatio(165000)")
	assert.Equal(t, 11.0/12, cr, "CompaRatio(165000) is 165000/180000")
	pen, err := b.Penetration(offer)
	require.NoError(t, err, "Penetration(165000)")
	assert.Equal(t, 0.3125, pen, "Penetration(165000)")
	pos, err := b.Position(offer)
	require.NoError(t, err, "Position(165000)")
	assert.Equal(t, salary.Within, pos, "Position(165000)")

	zoned, err := b.Scale(salary.MustParseFactor("0.9"))
	require.NoError(t, err, "Scale(0.9)")
	assert.Equal(t, band(salary.USD, salary.Year, "126000", "198000"), zoned, "Scale(0.9) of the seed band")
	assert.Equal(t, "162000", zoned.Midpoint().String(), "Scale(0.9) midpoint")

	hourly, err := b.ConvertPeriod(salary.Hour, salary.Basis{})
	require.NoError(t, err, "ConvertPeriod(Hour)")
	assert.Equal(t, band(salary.USD, salary.Hour, "67.31", "105.77"), hourly, "ConvertPeriod(Hour) of the seed band")
	assert.Equal(t, "86.54", hourly.Midpoint().String(), "hourly Midpoint()")
}

// TestBandFormulaEdges runs every formula with pay at the minimum, the
// midpoint and the maximum, below and above the band, in currencies with 2,
// 0 and 3 decimals.
func TestBandFormulaEdges(t *testing.T) {
	type want struct {
		compa, pen float64
		pos        salary.Position
	}
	for _, tc := range []struct {
		name string
		band salary.Band
		pay  string
		want want
	}{
		{"USD at min", seedBand(), "140000", want{140000.0 / 180000, 0, salary.Within}},
		{"USD at mid", seedBand(), "180000", want{1, 0.5, salary.Within}},
		{"USD at max", seedBand(), "220000", want{220000.0 / 180000, 1, salary.Within}},
		{"USD below", seedBand(), "120000", want{120000.0 / 180000, -0.25, salary.Below}},
		{"USD just below", seedBand(), "139999.99", want{139999.99 / 180000, -0.01 / 80000, salary.Below}},
		{"USD above", seedBand(), "240000", want{240000.0 / 180000, 1.25, salary.Above}},
		{"USD just above", seedBand(), "220000.01", want{220000.01 / 180000, 1 + 0.01/80000, salary.Above}},
		{"USD zero pay", seedBand(), "0", want{0, -1.75, salary.Below}},
		{"USD explicit mid", seedBand().WithMid(amt("200000")), "200000", want{1, 0.75, salary.Within}},
		{"JPY at min", band(salary.JPY, salary.Year, "5000000", "8000000"), "5000000", want{5000000.0 / 6500000, 0, salary.Within}},
		{"JPY at mid", band(salary.JPY, salary.Year, "5000000", "8000000"), "6500000", want{1, 0.5, salary.Within}},
		{"JPY odd midpoint", band(salary.JPY, salary.Month, "1", "2"), "2", want{2 / 1.5, 1, salary.Within}},
		{"JPY above", band(salary.JPY, salary.Year, "5000000", "8000000"), "8600000", want{8600000.0 / 6500000, 1.2, salary.Above}},
		{"BHD at max", band(salary.BHD, salary.Month, "1000.500", "1500.500"), "1500.5", want{1500.5 / 1250.5, 1, salary.Within}},
		{"BHD fils", band(salary.BHD, salary.Month, "1000", "2000"), "1000.001", want{1000.001 / 1500, 0.000001, salary.Within}},
		{"BHD below", band(salary.BHD, salary.Month, "1000", "2000"), "999.999", want{999.999 / 1500, -0.000001, salary.Below}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := salary.Pay{Currency: tc.band.Currency, Period: tc.band.Period, Amount: amt(tc.pay)}
			cr, err := tc.band.CompaRatio(p)
			require.NoError(t, err, "CompaRatio(%s) in %v", tc.pay, tc.band)
			assert.InDelta(t, tc.want.compa, cr, 1e-12, "CompaRatio(%s) in %v", tc.pay, tc.band)
			pen, err := tc.band.Penetration(p)
			require.NoError(t, err, "Penetration(%s) in %v", tc.pay, tc.band)
			assert.InDelta(t, tc.want.pen, pen, 1e-12, "Penetration(%s) in %v", tc.pay, tc.band)
			pos, err := tc.band.Position(p)
			require.NoError(t, err, "Position(%s) in %v", tc.pay, tc.band)
			assert.Equal(t, tc.want.pos, pos, "Position(%s) in %v", tc.pay, tc.band)
		})
	}
}

func TestZeroWidthBand(t *testing.T) {
	b := band(salary.USD, salary.Hour, "60", "60")
	require.NoError(t, b.Validate(), "Validate() of a zero-width band")
	for _, tc := range []struct {
		pay   string
		pos   salary.Position
		compa float64
	}{{"59.99", salary.Below, 59.99 / 60}, {"60", salary.Within, 1}, {"60.01", salary.Above, 60.01 / 60}} {
		p := pay(salary.USD, salary.Hour, tc.pay)
		pos, err := b.Position(p)
		require.NoError(t, err, "Position(%s) in %v", tc.pay, b)
		assert.Equal(t, tc.pos, pos, "Position(%s) in %v", tc.pay, b)
		cr, err := b.CompaRatio(p)
		require.NoError(t, err, "CompaRatio(%s) in %v", tc.pay, b)
		assert.InDelta(t, tc.compa, cr, 1e-12, "CompaRatio(%s) in %v", tc.pay, b)
		_, err = b.Penetration(p)
		assert.ErrorContains(t, err, "zero width", "Penetration(%s) in a zero-width band", tc.pay)
	}
	sp, err := b.Spread(salary.SpreadFromMin)
	require.NoError(t, err, "Spread of a zero-width band")
	assert.Zero(t, sp, "Spread of a zero-width band")

	zero := band(salary.USD, salary.Year, "0", "0")
	require.NoError(t, zero.Validate(), "Validate() of 0–0")
	_, err = zero.CompaRatio(pay(salary.USD, salary.Year, "1"))
	assert.ErrorContains(t, err, "midpoint is 0", "CompaRatio in 0–0")
	_, err = zero.Spread(salary.SpreadFromMid)
	assert.ErrorContains(t, err, "midpoint is 0", "Spread(from-mid) of 0–0")
	_, err = band(salary.USD, salary.Year, "0", "10").Spread(salary.SpreadFromMin)
	assert.ErrorContains(t, err, "minimum is 0", "Spread(from-min) of 0–10")
}

func TestBandMismatchesAreErrors(t *testing.T) {
	b := seedBand()
	for _, tc := range []struct {
		name string
		pay  salary.Pay
	}{
		{"currency", pay(salary.EUR, salary.Year, "165000")},
		{"period", pay(salary.USD, salary.Hour, "80")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := b.CompaRatio(tc.pay)
			assert.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "CompaRatio(%v)", tc.pay)
			_, err = b.Penetration(tc.pay)
			assert.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "Penetration(%v)", tc.pay)
			_, err = b.Position(tc.pay)
			assert.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "Position(%v)", tc.pay)
		})
	}
	_, err := b.CompaRatio(pay(salary.USD, salary.Year, "0.001"))
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "CompaRatio of a pay with too many decimals")
	_, err = band(salary.USD, salary.Year, "2", "1").Position(pay(salary.USD, salary.Year, "1"))
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Position in a reversed band")
}

func TestBandValidate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		band       salary.Band
		path, rule string // "" when valid
	}{
		{"seed", seedBand(), "", ""},
		{"zero width", band(salary.USD, salary.Year, "1", "1"), "", ""},
		{"mid at min", seedBand().WithMid(amt("140000")), "", ""},
		{"mid at max", seedBand().WithMid(amt("220000")), "", ""},
		{"JPY whole", band(salary.JPY, salary.Year, "5000000", "8000000"), "", ""},
		{"BHD 3 decimals", band(salary.BHD, salary.Month, "1.234", "2.345"), "", ""},
		{"reversed", band(salary.USD, salary.Year, "220000", "140000"), "max", "range"},
		{"min just above max", band(salary.USD, salary.Year, "100.01", "100"), "max", "range"},
		{"negative min", band(salary.USD, salary.Year, "-1", "10"), "min", "gte"},
		{"mid below min", seedBand().WithMid(amt("139999.99")), "mid", "range"},
		{"mid above max", seedBand().WithMid(amt("220000.01")), "mid", "range"},
		{"negative mid", band(salary.USD, salary.Year, "0", "1").WithMid(amt("-1")), "mid", "gte"},
		{"JPY 0.5", band(salary.JPY, salary.Year, "0.5", "1"), "min", "decimals"},
		{"JPY mid decimals", band(salary.JPY, salary.Year, "1", "3").WithMid(amt("1.5")), "mid", "decimals"},
		{"BHD 1.2345", band(salary.BHD, salary.Month, "1", "1.2345"), "max", "decimals"},
		{"USD 3 decimals", band(salary.USD, salary.Year, "1.001", "2"), "min", "decimals"},
		{"no currency", band("", salary.Year, "1", "2"), "currency", "required"},
		{"XTS", band("XTS", salary.Year, "1", "2"), "currency", "currency"},
		{"lower-case currency", band("usd", salary.Year, "1", "2"), "currency", "currency"},
		{"no period", band(salary.USD, "", "1", "2"), "period", "required"},
		{"bad period", band(salary.USD, "annum", "1", "2"), "period", "oneof"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.band.Validate()
			if tc.path == "" {
				assert.NoError(t, err, "Validate() of %v", tc.band)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Validate() of %v", tc.band)
			assert.Equal(t, "salary: invalid Band", ve.Subject, "Validate() subject of %v", tc.band)
			assert.Contains(t, ve.Errors, findProblem(ve, tc.path, tc.rule), "Validate() of %v: %v", tc.band, err)
		})
	}
	// Every problem at once.
	err := salary.Band{Currency: "XXX", Period: "fortnight", Min: amt("-2"), Max: amt("-3")}.Validate()
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Validate() of a band with four problems")
	assert.Len(t, ve.Errors, 5, "Validate() reports every problem: %v", err)
}

func TestBandSpreadNeedsBasis(t *testing.T) {
	for _, basis := range []salary.SpreadBasis{"", "min", "max"} {
		_, err := seedBand().Spread(basis)
		assert.ErrorContains(t, err, "no default", "Spread(%q)", basis)
	}
	_, err := band(salary.USD, salary.Year, "2", "1").Spread(salary.SpreadFromMin)
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Spread of an invalid band")
}

func TestBandScaleAndConvert(t *testing.T) {
	b := seedBand().WithMid(amt("185000"))
	for _, tc := range []struct {
		factor string
		want   salary.Band
	}{
		{"1", b},
		{"0.9", band(salary.USD, salary.Year, "126000", "198000").WithMid(amt("166500"))},
		{"1.123457", band(salary.USD, salary.Year, "157283.98", "247160.54").WithMid(amt("207839.54"))}, // 207839.545 rounds half-even to .54
	} {
		t.Run(tc.factor, func(t *testing.T) {
			got, err := b.Scale(salary.MustParseFactor(tc.factor))
			require.NoError(t, err, "Scale(%s)", tc.factor)
			assert.Equal(t, tc.want, got, "Scale(%s) of %v", tc.factor, b)
			assert.NotSame(t, b.Mid, got.Mid, "Scale(%s) copies Mid", tc.factor)
		})
	}
	for _, f := range []string{"0", "-0.9"} {
		_, err := b.Scale(salary.MustParseFactor(f))
		assert.ErrorContains(t, err, "greater than 0", "Scale(%s)", f)
	}
	_, err := band(salary.USD, salary.Year, "1", "900000000000000").Scale(salary.FactorOf(2))
	assert.ErrorIs(t, err, careerkit.ErrOverflow, "Scale overflowing")

	monthly := band(salary.EUR, salary.Month, "4000", "5000").WithMid(amt("4500.5"))
	annual, err := monthly.Annualize(salary.Basis{})
	require.NoError(t, err, "Annualize of %v", monthly)
	assert.Equal(t, band(salary.EUR, salary.Year, "48000", "60000").WithMid(amt("54006")), annual, "Annualize of %v", monthly)
	_, err = monthly.ConvertPeriod("fortnight", salary.Basis{})
	assert.Error(t, err, "ConvertPeriod(fortnight)")
	_, err = band(salary.JPY, salary.Year, "0.5", "1").ConvertPeriod(salary.Hour, salary.Basis{})
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "ConvertPeriod of an invalid band")
}

func TestNewBandAndString(t *testing.T) {
	b, err := salary.NewBand(salary.USD, salary.Year, amt("140000"), amt("220000"))
	require.NoError(t, err, "NewBand(USD, year, 140000, 220000)")
	assert.Equal(t, seedBand(), b, "NewBand")
	assert.Equal(t, "USD 140000–220000/year", b.String(), "Band.String()")
	assert.Equal(t, "USD 140000–220000/year (mid 185000)", b.WithMid(amt("185000")).String(), "Band.String() with Mid")
	assert.Nil(t, b.Mid, "WithMid does not change the receiver")
	_, err = salary.NewBand(salary.USD, salary.Year, amt("2"), amt("1"))
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "NewBand(2, 1)")
}

func TestProgressionAndOverlap(t *testing.T) {
	g5 := band(salary.USD, salary.Year, "120000", "180000")
	g6 := seedBand()
	for _, tc := range []struct {
		name          string
		lower, higher salary.Band
		prog, overlap float64
	}{
		{"g5 to g6", g5, g6, 0.2, 40.0 / 60},
		{"touching", band(salary.USD, salary.Year, "100", "200"), band(salary.USD, salary.Year, "200", "300"), 100.0 / 150, 0},
		{"gap", band(salary.USD, salary.Year, "100", "200"), band(salary.USD, salary.Year, "250", "350"), 1.0 * 150 / 150, -0.5},
		{"nested", band(salary.USD, salary.Year, "100", "200"), band(salary.USD, salary.Year, "50", "400"), 75.0 / 150, 1},
		{"same", g6, g6, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := salary.MidpointProgression(tc.lower, tc.higher)
			require.NoError(t, err, "MidpointProgression(%v, %v)", tc.lower, tc.higher)
			assert.InDelta(t, tc.prog, p, 1e-12, "MidpointProgression(%v, %v)", tc.lower, tc.higher)
			o, err := salary.Overlap(tc.lower, tc.higher)
			require.NoError(t, err, "Overlap(%v, %v)", tc.lower, tc.higher)
			assert.InDelta(t, tc.overlap, o, 1e-12, "Overlap(%v, %v)", tc.lower, tc.higher)
		})
	}
	_, err := salary.Overlap(g5, band(salary.EUR, salary.Year, "1", "2"))
	assert.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "Overlap across currencies")
	_, err = salary.MidpointProgression(g5, band(salary.USD, salary.Month, "1", "2"))
	assert.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "MidpointProgression across periods")
	_, err = salary.Overlap(band(salary.USD, salary.Year, "1", "1"), g6)
	assert.ErrorContains(t, err, "zero width", "Overlap of a zero-width lower band")
	_, err = salary.MidpointProgression(band(salary.USD, salary.Year, "0", "0"), g6)
	assert.ErrorContains(t, err, "midpoint is 0", "MidpointProgression from 0–0")
	_, err = salary.Overlap(band(salary.USD, salary.Year, "2", "1"), g6)
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Overlap of an invalid band")
}

func TestEnumTypes(t *testing.T) {
	for _, p := range []salary.Position{salary.Below, salary.Within, salary.Above} {
		text, err := p.MarshalText()
		require.NoError(t, err, "MarshalText(%s)", p)
		var back salary.Position
		require.NoError(t, back.UnmarshalText(text), "UnmarshalText(%s)", text)
		assert.Equal(t, p, back, "Position text round trip of %s", p)
		assert.True(t, p.IsValid(), "%s.IsValid()", p)
		assert.Equal(t, string(p), p.String(), "%s.String()", p)
	}
	var p salary.Position
	assert.Error(t, p.UnmarshalText([]byte("inside")), "Position.UnmarshalText(inside)")
	assert.False(t, salary.Position("").IsValid(), "zero Position is invalid")
	assert.Equal(t, []any{"below", "within", "above"}, p.JSONSchema().Enum, "Position.JSONSchema().Enum")

	for _, s := range []salary.SpreadBasis{salary.SpreadFromMin, salary.SpreadFromMid} {
		text, err := s.MarshalText()
		require.NoError(t, err, "MarshalText(%s)", s)
		var back salary.SpreadBasis
		require.NoError(t, back.UnmarshalText(text), "UnmarshalText(%s)", text)
		assert.Equal(t, s, back, "SpreadBasis text round trip of %s", s)
		assert.Equal(t, string(s), s.String(), "%s.String()", s)
	}
	var s salary.SpreadBasis
	assert.Error(t, s.UnmarshalText([]byte("min")), "SpreadBasis.UnmarshalText(min)")
	assert.False(t, s.IsValid(), "zero SpreadBasis is invalid")
	assert.Equal(t, []any{"from-min", "from-mid"}, s.JSONSchema().Enum, "SpreadBasis.JSONSchema().Enum")
}
