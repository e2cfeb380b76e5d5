package salary_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// TestParseRangePostings reads pay as real job postings write it, with the
// band each one means written out.
func TestParseRangePostings(t *testing.T) {
	usd := salary.ParseOptions{Currency: salary.USD}
	for _, tc := range []struct {
		text string
		opts salary.ParseOptions
		want salary.Band
	}{
		// Hourly.
		{"$60/hr - $85/hr", salary.ParseOptions{}, band(salary.USD, salary.Hour, "60", "85")},
		{"$22/hour to $26/hour", salary.ParseOptions{}, band(salary.USD, salary.Hour, "22", "26")},
		{"$18.50 - $22.00 per hour", salary.ParseOptions{}, band(salary.USD, salary.Hour, "18.5", "22")},
		{"£12.50 an hour", salary.ParseOptions{}, band(salary.GBP, salary.Hour, "12.5", "12.5")},
		{"$45 - $55/hr + benefits", salary.ParseOptions{}, band(salary.USD, salary.Hour, "45", "55")},
		{"CA$28–CA$34 hourly", salary.ParseOptions{}, band(salary.CAD, salary.Hour, "28", "34")},
		{"$25/hr + tips", salary.ParseOptions{}, band(salary.USD, salary.Hour, "25", "25")},
		{"¥1,200 - ¥1,500 per hour", salary.ParseOptions{}, band(salary.JPY, salary.Hour, "1200", "1500")},
		// Daily and weekly.
		{"£450 - £550 per day", salary.ParseOptions{}, band(salary.GBP, salary.Day, "450", "550")},
		{"$950 - 1.2k per week", salary.ParseOptions{}, band(salary.USD, salary.Week, "950", "1200")},
		{"$1.250k - $1.500k per week", salary.ParseOptions{}, band(salary.USD, salary.Week, "1250", "1500")},
		// Monthly.
		{"€3.500 - €4.200 per month", salary.ParseOptions{}, band(salary.EUR, salary.Month, "3500", "4200")},
		{"2.850,00 € per month", salary.ParseOptions{}, band(salary.EUR, salary.Month, "2850", "2850")},
		{"₹85,000 - ₹1,20,000 per month", salary.ParseOptions{}, band(salary.INR, salary.Month, "85000", "120000")},
		{"AED 15,000 - 20,000 per month", salary.ParseOptions{}, band("AED", salary.Month, "15000", "20000")},
		{"£2,500 pcm", salary.ParseOptions{}, band(salary.GBP, salary.Month, "2500", "2500")},
		{"$5,000/mo", salary.ParseOptions{}, band(salary.USD, salary.Month, "5000", "5000")},
		{"Up to $5,000 per month", salary.ParseOptions{}, band(salary.USD, salary.Month, "5000", "5000")},
		{"TRY 50.000 - 70.000 per month", salary.ParseOptions{}, band("TRY", salary.Month, "50000", "70000")},
		{"MAD 8,000 - 10,000 per month", salary.ParseOptions{}, band("MAD", salary.Month, "8000", "10000")},
		{"¥250,000/month", salary.ParseOptions{}, band(salary.JPY, salary.Month, "250000", "250000")},
		// Yearly, with k and m.
		{"$155k–$205k + bonus", salary.ParseOptions{}, band(salary.USD, salary.Year, "155000", "205000")},
		{"$180k - $240k + equity", salary.ParseOptions{}, band(salary.USD, salary.Year, "180000", "240000")},
		{"$140,000 - $180,000 plus bonus", salary.ParseOptions{}, band(salary.USD, salary.Year, "140000", "180000")},
		{"£60,000 - £70,000 per annum + 10% bonus", salary.ParseOptions{}, band(salary.GBP, salary.Year, "60000", "70000")},
		{"€60k–€75k per annum + bonus + stock options", salary.ParseOptions{}, band(salary.EUR, salary.Year, "60000", "75000")},
		{"$120K - $150K/yr", salary.ParseOptions{}, band(salary.USD, salary.Year, "120000", "150000")},
		{"$95K/yr", salary.ParseOptions{}, band(salary.USD, salary.Year, "95000", "95000")},
		{"£45k-£55k p.a.", salary.ParseOptions{}, band(salary.GBP, salary.Year, "45000", "55000")},
		{"$1.2M–$1.8M", salary.ParseOptions{}, band(salary.USD, salary.Year, "1200000", "1800000")},
		{"$140,000/year to $220,000/year", salary.ParseOptions{}, band(salary.USD, salary.Year, "140000", "220000")},
		{"$70,000 per year - $90,000 per year", salary.ParseOptions{}, band(salary.USD, salary.Year, "70000", "90000")},
		{"from $120k to $150k", salary.ParseOptions{}, band(salary.USD, salary.Year, "120000", "150000")},
		{"From £35,000 per annum", salary.ParseOptions{}, band(salary.GBP, salary.Year, "35000", "35000")},
		{"Between £30,000 and £35,000 per annum", salary.ParseOptions{}, band(salary.GBP, salary.Year, "30000", "35000")},
		{"£45,000 - £55,000 a year", salary.ParseOptions{}, band(salary.GBP, salary.Year, "45000", "55000")},
		{"£32,000 p.a.", salary.ParseOptions{}, band(salary.GBP, salary.Year, "32000", "32000")},
		{"¥4,500,000 - ¥6,000,000 per year", salary.ParseOptions{}, band(salary.JPY, salary.Year, "4500000", "6000000")},
		{"JPY 6,000,000 – 8,000,000", salary.ParseOptions{}, band(salary.JPY, salary.Year, "6000000", "8000000")},
		{"₹12,00,000 - ₹18,00,000 per annum", salary.ParseOptions{}, band(salary.INR, salary.Year, "1200000", "1800000")},
		// ISO codes before and after.
		{"USD 120,000 - 150,000", salary.ParseOptions{}, band(salary.USD, salary.Year, "120000", "150000")},
		{"120,000–150,000 USD per year", salary.ParseOptions{}, band(salary.USD, salary.Year, "120000", "150000")},
		{"90,000 - 110,000 EUR per year", salary.ParseOptions{}, band(salary.EUR, salary.Year, "90000", "110000")},
		{"ALL 90,000 per month", salary.ParseOptions{}, band("ALL", salary.Month, "90000", "90000")},
		// European and Swiss grouping.
		{"€55.000 – €70.000", salary.ParseOptions{}, band(salary.EUR, salary.Year, "55000", "70000")},
		{"45.000 - 55.000 EUR", salary.ParseOptions{}, band(salary.EUR, salary.Year, "45000", "55000")},
		{"CHF 110'000 – 130'000 p.a.", salary.ParseOptions{}, band(salary.CHF, salary.Year, "110000", "130000")},
		{"CHF 9’500 per month", salary.ParseOptions{}, band(salary.CHF, salary.Month, "9500", "9500")},
		// Three-decimal dinars.
		{"BHD 4.125 per hour", salary.ParseOptions{}, band(salary.BHD, salary.Hour, "4.125", "4.125")},
		{"KWD 2.750/hr", salary.ParseOptions{}, band("KWD", salary.Hour, "2.75", "2.75")},
		{"KWD 850 - 1,200 monthly", salary.ParseOptions{}, band("KWD", salary.Month, "850", "1200")},
		{"KWD 1,250.500 per month", salary.ParseOptions{}, band("KWD", salary.Month, "1250.5", "1250.5")},
		{"OMR 1,200 - 1,800 per month", salary.ParseOptions{}, band("OMR", salary.Month, "1200", "1800")},
		// Invisible marks from right-to-left pages and copy-paste.
		{"\u200e$120,000 - \u200e$150,000", salary.ParseOptions{}, band(salary.USD, salary.Year, "120000", "150000")},
		{"\u200fAED 12,000\u200f - \u200f15,000\u200f per month", salary.ParseOptions{}, band("AED", salary.Month, "12000", "15000")},
		{"\ufeff$140,\u2060000 - $220,000", salary.ParseOptions{}, band(salary.USD, salary.Year, "140000", "220000")},
		// Words that are ISO codes in upper case.
		{"up to 5000 all in", usd, band(salary.USD, salary.Year, "5000", "5000")},
		{"$5,000 per month all-in", salary.ParseOptions{}, band(salary.USD, salary.Month, "5000", "5000")},
		{"4,000 - 5,000 per month ALL IN", usd, band(salary.USD, salary.Month, "4000", "5000")},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got, err := salary.ParseRange(tc.text, tc.opts)
			require.NoError(t, err, "ParseRange(%q)", tc.text)
			assert.Equal(t, tc.want, got, "ParseRange(%q)", tc.text)
		})
	}
}

// TestParseRangeDecimals pins down when "." and "," are a decimal point and
// when they group digits: the currency's minor-unit digits and a k or m
// decide a separator followed by exactly three digits.
func TestParseRangeDecimals(t *testing.T) {
	for _, tc := range []struct {
		text string
		opts salary.ParseOptions
		want salary.Band
	}{
		{"BHD 1.125", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1.125", "1.125")},
		{"1.125 BHD", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1.125", "1.125")},
		{"1.125", salary.ParseOptions{Currency: salary.BHD}, band(salary.BHD, salary.Year, "1.125", "1.125")},
		{"BHD 1,125", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1125", "1125")},
		{"BHD 1.250.000", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1250000", "1250000")},
		{"$1.125", salary.ParseOptions{}, band(salary.USD, salary.Year, "1125", "1125")},
		{"1.125", salary.ParseOptions{Currency: salary.USD}, band(salary.USD, salary.Year, "1125", "1125")},
		{"$1,125", salary.ParseOptions{}, band(salary.USD, salary.Year, "1125", "1125")},
		{"¥1.500", salary.ParseOptions{}, band(salary.JPY, salary.Year, "1500", "1500")},
		{"$1.250k", salary.ParseOptions{}, band(salary.USD, salary.Year, "1250", "1250")},
		{"€1.250k", salary.ParseOptions{}, band(salary.EUR, salary.Year, "1250", "1250")},
		{"BHD 1.250k", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1250", "1250")},
		{"€1,5k", salary.ParseOptions{}, band(salary.EUR, salary.Year, "1500", "1500")},
		{"$1.250 - 1.500k", salary.ParseOptions{}, band(salary.USD, salary.Year, "1250", "1500")},
		{"$140–220k", salary.ParseOptions{}, band(salary.USD, salary.Year, "140000", "220000")},
		{"$140,000 - 220k", salary.ParseOptions{}, band(salary.USD, salary.Year, "140000", "220000")},
		{"BHD 1.234,567", salary.ParseOptions{}, band(salary.BHD, salary.Year, "1234.567", "1234.567")},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got, err := salary.ParseRange(tc.text, tc.opts)
			require.NoError(t, err, "ParseRange(%q)", tc.text)
			assert.Equal(t, tc.want, got, "ParseRange(%q)", tc.text)
		})
	}
}

// TestParseRangeCurrencyWords checks that only an upper-case word is an ISO
// code: English words that are codes in upper case never name a currency.
func TestParseRangeCurrencyWords(t *testing.T) {
	usd := salary.ParseOptions{Currency: salary.USD}
	got, err := salary.ParseRange("up to 5000 all in", usd)
	require.NoError(t, err, "ParseRange(up to 5000 all in)")
	assert.Equal(t, salary.USD, got.Currency, "\"all\" is a word, not Albanian lek")

	for _, text := range []string{"5000 all", "try 5000", "5000 cup", "top 5000", "5000 mad", "usd 5000", "5000 Usd"} {
		b, err := salary.ParseRange(text, usd)
		require.Error(t, err, "ParseRange(%q, USD) = %v", text, b)
		assert.ErrorContains(t, err, "unexpected word", "ParseRange(%q, USD)", text)
		assert.NotErrorIs(t, err, careerkit.ErrCurrencyMismatch, "ParseRange(%q, USD)", text)
	}
	_, err = salary.ParseRange("usd 5000", salary.ParseOptions{})
	assert.ErrorContains(t, err, "a currency code is written in upper case: USD", "the error names the code")

	for text, want := range map[string]salary.Currency{"TRY 5000": "TRY", "5000 ALL": "ALL", "MAD 5000": "MAD", "TOP 5000": "TOP", "5000 CUP": "CUP"} {
		got, err := salary.ParseRange(text, usd)
		require.NoError(t, err, "ParseRange(%q, USD)", text)
		assert.Equal(t, want, got.Currency, "ParseRange(%q, USD): an upper-case code in the text wins", text)
	}
}

func TestParseRangePostingErrors(t *testing.T) {
	for _, tc := range []struct {
		text, msg string
	}{
		{"$60/hr - $85/yr", "different periods"},
		{"$60/hr - $85", "only the lower amount names a period"},
		{"$140k +", "open-ended"},
		{"$140k plus", "open-ended"},
		{"$155k–$205k+ bonus", "open-ended"},
		{"$15 - $18 + tips per hour", "period \"per hour\" after"},
		{"up to $100 - $200", "\"up to\" takes one amount"},
		{"between $100", "\"between\" takes two amounts"},
		{"$100 and $200", "unexpected word \"and\""},
		{"$100k + 20k", "must be followed by what the pay comes with"},
		{"$100 + $200", "must be followed by what the pay comes with"},
		{"$1,250k", "ambiguous"},
		{"$1.5 - 2.000", "decimal point"},
		{"$100 all", "unexpected word \"all\""},
		{"$100 all out", "unexpected word \"all\""},
		{"\u200e", "empty"},
		{"$1\u200e00 - \u200f", "no amount"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			b, err := salary.ParseRange(tc.text, salary.ParseOptions{})
			require.Error(t, err, "ParseRange(%q) = %v", tc.text, b)
			assert.Contains(t, err.Error(), tc.msg, "ParseRange(%q) error", tc.text)
			assert.True(t, strings.HasPrefix(err.Error(), "salary: parse range "), "ParseRange(%q) error style: %v", tc.text, err)
			assert.Equal(t, salary.Band{}, b, "ParseRange(%q) returns the zero band on error", tc.text)
		})
	}
}
