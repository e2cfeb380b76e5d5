package salary_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

func TestParseRangeForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want salary.Band
	}{
		// Every form of pay range the library promises to read.
		{"$140,000 - $220,000", band(salary.USD, salary.Year, "140000", "220000")},
		{"$140k–$220k", band(salary.USD, salary.Year, "140000", "220000")},
		{"$140K to $220K", band(salary.USD, salary.Year, "140000", "220000")},
		{"USD 140000-220000", band(salary.USD, salary.Year, "140000", "220000")},
		{"140,000–220,000 USD", band(salary.USD, salary.Year, "140000", "220000")},
		{"£45,000 to £55,000 per annum", band(salary.GBP, salary.Year, "45000", "55000")},
		{"€55.000 – €70.000", band(salary.EUR, salary.Year, "55000", "70000")},
		{"$60/hr", band(salary.USD, salary.Hour, "60", "60")},
		{"$60 - $75 per hour", band(salary.USD, salary.Hour, "60", "75")},
		{"₹18,00,000 - ₹24,00,000", band(salary.INR, salary.Year, "1800000", "2400000")},
		// More of the ways postings write pay.
		{"$140–220k", band(salary.USD, salary.Year, "140000", "220000")},
		{"$1.2M - $1.5M", band(salary.USD, salary.Year, "1200000", "1500000")},
		{"US$140,000.00 — US$220,000.00 a year", band(salary.USD, salary.Year, "140000", "220000")},
		{"USD 60.50 - 75.25 hourly", band(salary.USD, salary.Hour, "60.5", "75.25")},
		{"1.234,56 EUR p.a.", band(salary.EUR, salary.Year, "1234.56", "1234.56")},
		{"CHF 120'000 – 150'000", band(salary.CHF, salary.Year, "120000", "150000")},
		{"55\u00a0000 € – 70\u00a0000 €", band(salary.EUR, salary.Year, "55000", "70000")},
		{"¥6,000,000 - ¥8,000,000", band(salary.JPY, salary.Year, "6000000", "8000000")},
		{"BHD 1,500.250 - 2,000.750 monthly", band(salary.BHD, salary.Month, "1500.25", "2000.75")},
		{"£500 per day", band(salary.GBP, salary.Day, "500", "500")},
		{"$2,000/wk", band(salary.USD, salary.Week, "2000", "2000")},
		{"€4,000 - €5,000 /month", band(salary.EUR, salary.Month, "4000", "5000")},
		{"₹1,00,00,000", band(salary.INR, salary.Year, "10000000", "10000000")},
		{"C$90k-C$110k", band(salary.CAD, salary.Year, "90000", "110000")},
		{"  $140,000   -   $220,000  ", band(salary.USD, salary.Year, "140000", "220000")},
		{"$140,000 - $220,000 USD", band(salary.USD, salary.Year, "140000", "220000")},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got, err := salary.ParseRange(tc.text, salary.ParseOptions{})
			require.NoError(t, err, "ParseRange(%q)", tc.text)
			assert.Equal(t, tc.want, got, "ParseRange(%q)", tc.text)
			assert.NoError(t, got.Validate(), "ParseRange(%q) validates", tc.text)
		})
	}
}

func TestParseRangeOptions(t *testing.T) {
	cad := salary.ParseOptions{Symbols: map[string]salary.Currency{"$": salary.CAD}}
	got, err := salary.ParseRange("$140,000 - $220,000", cad)
	require.NoError(t, err, "ParseRange with $ → CAD")
	assert.Equal(t, salary.CAD, got.Currency, "ParseRange with $ → CAD")

	kr := salary.ParseOptions{Symbols: map[string]salary.Currency{"kr": "SEK"}}
	got, err = salary.ParseRange("45 000 kr", kr)
	require.Error(t, err, "plain spaces never group digits")
	got, err = salary.ParseRange("45\u00a0000 kr per month", kr)
	require.NoError(t, err, "ParseRange with kr → SEK")
	assert.Equal(t, band("SEK", salary.Month, "45000", "45000"), got, "ParseRange with kr → SEK")

	got, err = salary.ParseRange("140,000 - 220,000", salary.ParseOptions{Currency: salary.USD})
	require.NoError(t, err, "ParseRange with a default currency")
	assert.Equal(t, seedBand(), got, "ParseRange with a default currency")

	got, err = salary.ParseRange("€4,000 - €5,000", salary.ParseOptions{Currency: salary.USD, Period: salary.Month})
	require.NoError(t, err, "ParseRange with a default period")
	assert.Equal(t, band(salary.EUR, salary.Month, "4000", "5000"), got, "the text's currency wins; the default period applies")

	got, err = salary.ParseRange("€25 per hour", salary.ParseOptions{Period: salary.Month})
	require.NoError(t, err, "ParseRange with a period in the text")
	assert.Equal(t, salary.Hour, got.Period, "the text's period wins")

	for _, opts := range []salary.ParseOptions{
		{Currency: "XXX"}, {Period: "annum"}, {Symbols: map[string]salary.Currency{"$": "usd"}},
	} {
		_, err := salary.ParseRange("$1", opts)
		assert.Error(t, err, "ParseRange with bad options %+v", opts)
		assert.Regexp(t, "default currency|default period|symbol", err.Error(), "ParseRange with bad options %+v names the option", opts)
	}
	syms := salary.DefaultSymbols()
	assert.Equal(t, salary.USD, syms["$"], "DefaultSymbols()[$]")
	for sym, c := range syms {
		assert.True(t, c.IsValid(), "DefaultSymbols()[%q] = %q is valid", sym, c)
	}
	syms["$"] = salary.CAD
	assert.Equal(t, salary.USD, salary.DefaultSymbols()["$"], "DefaultSymbols returns a fresh map")
}

func TestParseRangeErrors(t *testing.T) {
	for _, tc := range []struct {
		text, msg string
		sentinel  error
	}{
		{"", "empty", nil},
		{"   \t ", "empty", nil},
		{"competitive salary", "unexpected word \"competitive\"", nil},
		{"$", "no amount", nil},
		{"$abc", "unknown currency symbol \"$abc\"", nil},
		{"$220,000 - $140,000", "reversed range", nil},
		{"$140k - 120", "reversed range", nil},
		{"$100 - €200", "mixed currencies", careerkit.ErrCurrencyMismatch},
		{"100 USD - 200 EUR", "mixed currencies", careerkit.ErrCurrencyMismatch},
		{"₿100", "unknown currency symbol \"₿\"", nil},
		{"XXX 100", "currency code \"XXX\"", nil},
		{"ABC 100 - 200", "currency code \"ABC\": not an ISO 4217 currency code", nil},
		{"usd 60.50 - 75.25 hourly", "unexpected word \"usd\" (a currency code is written in upper case: USD)", nil},
		{"140,000 - 220,000", "no currency", nil},
		{"$140k+", "open-ended", nil},
		{"$1,0000,00", "not grouped in threes", nil},
		{"$1,234.567.890", "more than once", nil},
		{"€1.234 567", "unexpected number", nil},
		{"$1'000,000", "grouped with both", nil},
		{"$100 -", "no amount", nil},
		{"- $100", "expected a number", nil},
		{"$100 - $200 - $300", "unexpected \"-\"", nil},
		{"$100 $200", "unexpected number", nil},
		{"$100 per", "must be followed by a unit", nil},
		{"$100 per fortnight", "unexpected word \"fortnight\"", nil},
		{"$100/hr per year", "unexpected \"per\"", nil},
		{"¥500.5", "JPY allows 0", careerkit.ErrInvalid},
		{"BHD 1.2345", "BHD allows 3", careerkit.ErrInvalid},
		{"$99999999999999999999", "out of range", careerkit.ErrOverflow},
		{"$999999999999999m", "out of range", careerkit.ErrOverflow},
		{"$100 (negotiable)", "unexpected character '('", nil},
		{"$140km", "unexpected word \"km\"", nil},
		{"\xff$100", "not valid UTF-8", nil},
		{"$" + strings.Repeat("1", 600), "longer than", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			b, err := salary.ParseRange(tc.text, salary.ParseOptions{})
			require.Error(t, err, "ParseRange(%q) = %v", tc.text, b)
			assert.Contains(t, err.Error(), tc.msg, "ParseRange(%q) error", tc.text)
			assert.True(t, strings.HasPrefix(err.Error(), "salary: parse range "), "ParseRange(%q) error style: %v", tc.text, err)
			if tc.sentinel != nil {
				assert.ErrorIs(t, err, tc.sentinel, "ParseRange(%q)", tc.text)
			}
			assert.Equal(t, salary.Band{}, b, "ParseRange(%q) returns the zero band on error", tc.text)
		})
	}
}

// FuzzParseRange runs ParseRange on any text: it never panics, and any band
// it returns validates, is in order, has a valid currency and period and no
// midpoint. Invisible marks change nothing, lower-case text never names a
// currency, and a currency the text names does not depend on
// ParseOptions.Currency.
func FuzzParseRange(f *testing.F) {
	for _, s := range []string{
		"$140,000 - $220,000", "$140k–$220k", "$140K to $220K", "USD 140000-220000", "140,000–220,000 USD",
		"£45,000 to £55,000 per annum", "€55.000 – €70.000", "$60/hr", "$60 - $75 per hour", "₹18,00,000 - ₹24,00,000",
		"1.234,56 EUR p.a.", "CHF 120'000 – 150'000", "$100 - €200", "¥500.5", "$99999999999999999999", "", "garbage", "$1,0000,00",
		"$60/hr - $85/hr", "$140,000/year to $220,000/year", "$155k–$205k + bonus", "\u200e$120,000 - \u200f$150,000",
		"$950 - 1.2k per week", "BHD 1.125", "$1.250k", "$1,250k", "$1.5 - 2.000", "up to 5000 all in", "5000 ALL IN",
		"Between £30,000 and £35,000 p.a.", "From $120k", "$15 + tips per hour", "$140k+", "1.125", "try 5000",
	} {
		f.Add(s)
	}
	eur := salary.ParseOptions{Currency: salary.EUR}
	bhd := salary.ParseOptions{Currency: salary.BHD}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := salary.ParseRange(s, eur)
		if len(s)+len("\u200f") <= salary.MaxRangeText {
			mid := len(s) / 2
			for mid > 0 && !utf8.RuneStart(s[mid]) {
				mid--
			}
			marked := s[:mid] + "\u200f" + s[mid:]
			mb, merr := salary.ParseRange(marked, eur)
			if (err == nil) != (merr == nil) || mb != b {
				t.Fatalf("ParseRange(%q) = %v, %v but ParseRange(%q) = %v, %v", s, b, err, marked, mb, merr)
			}
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "salary: parse range ") {
				t.Fatalf("ParseRange(%q) error %q lacks the prefix", s, err)
			}
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("ParseRange(%q) = %v, which does not validate: %v", s, b, err)
		}
		if b.Min.Compare(b.Max) > 0 || !b.Currency.IsValid() || !b.Period.IsValid() {
			t.Fatalf("ParseRange(%q) = %v: reversed, or an invalid currency or period", s, b)
		}
		if b.Mid != nil {
			t.Fatalf("ParseRange(%q) set Mid", s)
		}
		if !utf8.ValidString(s) || len(s) > salary.MaxRangeText {
			t.Fatalf("ParseRange(%q) accepted invalid or long text", s)
		}
		namesCurrency := strings.ContainsFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Sc, r) || r == 'ł' })
		if !namesCurrency && b.Currency != salary.EUR {
			t.Fatalf("ParseRange(%q) = %v: lower-case text named a currency over ParseOptions.Currency EUR", s, b)
		}
		if b.Currency != salary.EUR {
			if bb, err := salary.ParseRange(s, bhd); err != nil || bb != b {
				t.Fatalf("ParseRange(%q) = %v with Currency EUR but %v, %v with Currency BHD", s, b, bb, err)
			}
		}
	})
}
