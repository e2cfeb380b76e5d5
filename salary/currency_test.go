package salary_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/salary"
)

func TestCurrencyValidity(t *testing.T) {
	for _, tc := range []struct {
		code   salary.Currency
		valid  bool
		digits int
	}{
		{"USD", true, 2},
		{"EUR", true, 2},
		{"GBP", true, 2},
		{"JPY", true, 0},
		{"BHD", true, 3},
		{"KWD", true, 3},
		{"INR", true, 2},
		{"CAD", true, 2},
		{"XXX", false, 0},
		{"XTS", false, 0},
		{"XAU", false, 0},
		{"XDR", false, 0},
		{"DEM", false, 0},
		{"usd", false, 0},
		{"US", false, 0},
		{"", false, 0},
		{"ABC", false, 0},
	} {
		t.Run(string(tc.code), func(t *testing.T) {
			assert.Equal(t, tc.valid, tc.code.IsValid(), "Currency(%q).IsValid()", tc.code)
			assert.Equal(t, tc.digits, tc.code.Digits(), "Currency(%q).Digits()", tc.code)
		})
	}
}

func TestParseCurrency(t *testing.T) {
	for in, want := range map[string]salary.Currency{"USD": salary.USD, "usd": salary.USD, "Jpy": salary.JPY, "bhd": salary.BHD} {
		got, err := salary.ParseCurrency(in)
		require.NoError(t, err, "ParseCurrency(%q)", in)
		assert.Equal(t, want, got, "ParseCurrency(%q)", in)
	}
	for in, msg := range map[string]string{
		"XXX": "legal tender", "XTS": "legal tender", "XAU": "legal tender", "ABC": "not an ISO 4217",
		"": "three-letter", "US$": "three-letter", "USDD": "three-letter", "12A": "three-letter",
	} {
		_, err := salary.ParseCurrency(in)
		require.Error(t, err, "ParseCurrency(%q)", in)
		assert.Contains(t, err.Error(), msg, "ParseCurrency(%q) error", in)
	}
	assert.Panics(t, func() { salary.MustParseCurrency("XXX") }, "MustParseCurrency(XXX)")
	assert.Equal(t, salary.EUR, salary.MustParseCurrency("eur"), "MustParseCurrency(eur)")
}

func TestCurrencyText(t *testing.T) {
	var c salary.Currency
	require.NoError(t, c.UnmarshalText([]byte("BHD")), "UnmarshalText(BHD)")
	assert.Equal(t, salary.BHD, c, "UnmarshalText(BHD)")
	for _, in := range []string{"usd", "XXX", "", "DOLLAR"} {
		err := c.UnmarshalText([]byte(in))
		assert.Error(t, err, "UnmarshalText(%q) is strict", in)
	}
	err := c.UnmarshalText([]byte("usd"))
	assert.ErrorContains(t, err, "upper case (USD)", "UnmarshalText(usd) says why")
	text, err := salary.GBP.MarshalText()
	require.NoError(t, err, "MarshalText(GBP)")
	assert.Equal(t, "GBP", string(text), "MarshalText(GBP)")
	assert.Equal(t, "GBP", salary.GBP.String(), "String(GBP)")
}

func TestCurrencyListAndSchema(t *testing.T) {
	all := salary.Currencies()
	assert.Contains(t, all, salary.USD, "Currencies() has USD")
	assert.Contains(t, all, salary.BHD, "Currencies() has BHD")
	assert.NotContains(t, all, salary.Currency("XXX"), "Currencies() lacks XXX")
	assert.NotContains(t, all, salary.Currency("XTS"), "Currencies() lacks XTS")
	assert.IsIncreasing(t, all, "Currencies() is sorted")
	all[0] = "ZZZ"
	assert.NotEqual(t, salary.Currency("ZZZ"), salary.Currencies()[0], "Currencies() returns a fresh slice")

	s := salary.USD.JSONSchema()
	assert.Equal(t, "string", s.Type, "Currency.JSONSchema().Type")
	assert.Len(t, s.Enum, len(salary.Currencies()), "Currency.JSONSchema().Enum lists every code")
	assert.Contains(t, s.Enum, "JPY", "Currency.JSONSchema().Enum")
	assert.NotContains(t, s.Enum, "XXX", "Currency.JSONSchema().Enum")
}
