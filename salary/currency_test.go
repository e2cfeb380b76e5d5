package salary_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// TestCurrencyValidity checks codes and minor units against ISO 4217 list
// one as SIX publishes it, written out here: the table in the package is
// generated, so these figures are the check on it.
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
		// Replacements that CLDR's data lacked or had later than ISO.
		{"VES", true, 2}, // Bolívar Soberano, 2018
		{"VED", true, 2}, // Bolívar digital, 2021
		{"MRU", true, 2}, // Ouguiya, 2018
		{"SLE", true, 2}, // Leone, 2022
		{"ZWG", true, 2}, // Zimbabwe Gold, 2024
		{"XCG", true, 2}, // Caribbean Guilder, 2025
		// Minor units where CLDR's cash or accounting digits differ from ISO.
		{"COP", true, 2},
		{"IDR", true, 2},
		{"PKR", true, 2},
		{"IQD", true, 3},
		{"RSD", true, 2},
		{"LBP", true, 2},
		{"SYP", true, 2},
		{"YER", true, 2},
		{"MGA", true, 2},
		{"IRR", true, 2},
		{"ISK", true, 0},
		{"CLP", true, 0},
		{"KRW", true, 0},
		{"VND", true, 0},
		{"UGX", true, 0},
		{"XOF", true, 0},
		{"XAF", true, 0},
		{"OMR", true, 3},
		{"TND", true, 3},
		{"LYD", true, 3},
		{"SVC", true, 2}, // list one still has the colón beside the dollar
		// Not money a person is paid in.
		{"XXX", false, 0},
		{"XTS", false, 0},
		{"XAU", false, 0},
		{"XAG", false, 0},
		{"XPT", false, 0},
		{"XPD", false, 0},
		{"XDR", false, 0},
		{"XSU", false, 0},
		{"XUA", false, 0},
		{"XBA", false, 0},
		{"XAD", false, 0},
		{"UYW", false, 0},
		{"CLF", false, 0},
		{"UYI", false, 0},
		{"BOV", false, 0},
		{"COU", false, 0},
		{"MXV", false, 0},
		{"CHE", false, 0},
		{"CHW", false, 0},
		{"USN", false, 0},
		// Withdrawn.
		{"HRK", false, 0},
		{"VEF", false, 0},
		{"MRO", false, 0},
		{"CUC", false, 0},
		{"SLL", false, 0},
		{"ZWL", false, 0},
		{"ANG", false, 0},
		{"BGN", false, 0},
		{"DEM", false, 0},
		// Not codes.
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
	for in, want := range map[string]salary.Currency{
		"USD": salary.USD, "usd": salary.USD, "Jpy": salary.JPY, "bhd": salary.BHD,
		"ves": "VES", "XCG": "XCG", "zwg": "ZWG",
	} {
		got, err := salary.ParseCurrency(in)
		require.NoError(t, err, "ParseCurrency(%q)", in)
		assert.Equal(t, want, got, "ParseCurrency(%q)", in)
	}
	for in, msg := range map[string]string{
		"XXX": "the code ISO 4217 gives to transactions where no currency is involved, not money a person is paid in",
		"XTS": "the code ISO 4217 reserves for testing, not money a person is paid in",
		"XAU": "a precious metal (XAU, Gold), not money a person is paid in",
		"XDR": "a unit of account (XDR, SDR (Special Drawing Right)), not money a person is paid in",
		"UYW": "a unit of account (UYW, Unidad Previsional), not money a person is paid in",
		"CLF": "a fund code, not money a person is paid in: ISO 4217 lists CLF (Unidad de Fomento) as a fund",
		"HRK": "a withdrawn currency: the Kuna (HRK) was withdrawn from ISO 4217 in January 2023 and replaced by EUR",
		"hrk": "a withdrawn currency: the Kuna (HRK) was withdrawn from ISO 4217 in January 2023 and replaced by EUR",
		"VEF": "withdrawn from ISO 4217 in August 2018 and replaced by VES",
		"MRO": "withdrawn from ISO 4217 in December 2017 and replaced by MRU",
		"CUC": "the Peso Convertible (CUC) was withdrawn from ISO 4217 in June 2021 and replaced by CUP",
		"SLL": "withdrawn from ISO 4217 in December 2023 and replaced by SLE",
		"ZWL": "withdrawn from ISO 4217 in September 2024 and replaced by ZWG",
		"ANG": "withdrawn from ISO 4217 in March 2025 and replaced by XCG",
		"DEM": "the Deutsche Mark (DEM) was withdrawn from ISO 4217 in March 2002 and replaced by EUR",
		// List three's ranges, and a code with no single successor.
		"ARY": "the Peso (ARY) was withdrawn from ISO 4217 between 1989 and 1990",
		"VNC": "the Old Dong (VNC) was withdrawn from ISO 4217 between 1989 and 1990",
		"ABC": "not an ISO 4217", "": "three-letter", "US$": "three-letter", "USDD": "three-letter", "12A": "three-letter",
	} {
		_, err := salary.ParseCurrency(in)
		require.Error(t, err, "ParseCurrency(%q)", in)
		assert.Contains(t, err.Error(), msg, "ParseCurrency(%q) error", in)
	}
	_, err := salary.ParseCurrency("ARY")
	assert.NotContains(t, err.Error(), "replaced", "ParseCurrency(ARY) names no successor")
	assert.Panics(t, func() { salary.MustParseCurrency("XXX") }, "MustParseCurrency(XXX)")
	assert.Equal(t, salary.EUR, salary.MustParseCurrency("eur"), "MustParseCurrency(eur)")
}

// TestWithdrawnCurrencyInDocument decodes pay and bands in withdrawn
// currencies: the error says the code was withdrawn and names its successor.
func TestWithdrawnCurrencyInDocument(t *testing.T) {
	for _, tc := range []struct {
		name, doc, msg string
		into           any
	}{
		{"pay HRK", `{"currency": "HRK", "period": "year", "amount": 30000}`,
			"the Kuna (HRK) was withdrawn from ISO 4217 in January 2023 and replaced by EUR", &salary.Pay{}},
		{"band VEF", `{"currency": "VEF", "period": "month", "min": 100, "max": 200}`,
			"the Bolívar (VEF) was withdrawn from ISO 4217 in August 2018 and replaced by VES", &salary.Band{}},
		{"band MRO in YAML", "currency: MRO\nperiod: month\nmin: 100\nmax: 200\n",
			"withdrawn from ISO 4217 in December 2017 and replaced by MRU", &salary.Band{}},
		{"pay CUC", `{"currency": "CUC", "period": "hour", "amount": 5}`,
			"the Peso Convertible (CUC) was withdrawn", &salary.Pay{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := careerkit.Decode(strings.NewReader(tc.doc), tc.into)
			require.Error(t, err, "careerkit.Decode(%s)", tc.doc)
			assert.Contains(t, err.Error(), tc.msg, "careerkit.Decode(%s)", tc.doc)
			assert.Contains(t, err.Error(), "currency", "careerkit.Decode(%s) names the field", tc.doc)
		})
	}
	var p salary.Pay
	err := json.Unmarshal([]byte(`{"currency": "HRK", "period": "year", "amount": 30000}`), &p)
	assert.ErrorContains(t, err, "withdrawn from ISO 4217 in January 2023 and replaced by EUR", "json.Unmarshal of a Pay in HRK")

	require.NoError(t, careerkit.Decode(strings.NewReader(`{"currency": "VES", "period": "month", "amount": 1500.25}`), &p),
		"careerkit.Decode of a Pay in VES")
	assert.Equal(t, pay("VES", salary.Month, "1500.25"), p, "careerkit.Decode of a Pay in VES")
}

// TestAmountsUnderISOMinorUnits checks amounts against each currency's
// minor unit in ISO 4217 list one: two decimals for COP, IDR, PKR, RSD,
// LBP, SYP, YER, MGA and IRR (so "1234.56" is valid and "1234.567" has one
// decimal too many), three for IQD.
func TestAmountsUnderISOMinorUnits(t *testing.T) {
	for _, cur := range []salary.Currency{"COP", "IDR", "PKR", "RSD", "LBP", "SYP", "YER", "MGA", "IRR"} {
		t.Run(string(cur), func(t *testing.T) {
			ok := pay(cur, salary.Month, "1234.56")
			assert.NoError(t, ok.Validate(), "Validate() of %v", ok)
			bad := pay(cur, salary.Month, "1234.567")
			var ve *careerkit.ValidationError
			require.ErrorAs(t, bad.Validate(), &ve, "Validate() of %v", bad)
			fe := findProblem(ve, "amount", "decimals")
			assert.Equal(t, fmt.Sprintf("1234.567 has 3 decimal place(s); %s allows 2", cur), fe.Message, "Validate() of %v", bad)
		})
	}
	t.Run("IQD", func(t *testing.T) {
		ok := pay("IQD", salary.Month, "1234.567")
		assert.NoError(t, ok.Validate(), "Validate() of %v", ok)
		bad := pay("IQD", salary.Month, "1234.5678")
		var ve *careerkit.ValidationError
		require.ErrorAs(t, bad.Validate(), &ve, "Validate() of %v", bad)
		assert.Equal(t, "1234.5678 has 4 decimal place(s); IQD allows 3", findProblem(ve, "amount", "decimals").Message, "Validate() of %v", bad)
	})
	t.Run("ParseRange", func(t *testing.T) {
		// ParseRange reads a "." before three digits as the decimal point
		// only for currencies with three minor-unit digits: IQD 1.125 is
		// one dinar and 125 fils, COP 1.125 is one thousand one hundred and
		// twenty-five pesos.
		b, err := salary.ParseRange("1234.56 - 2000.50 COP a month", salary.ParseOptions{})
		require.NoError(t, err, "ParseRange(1234.56 - 2000.50 COP a month)")
		assert.Equal(t, amt("1234.56"), b.Min, "ParseRange(1234.56 - 2000.50 COP a month).Min")
		assert.NoError(t, b.Validate(), "ParseRange(1234.56 - 2000.50 COP a month) validates")
		b, err = salary.ParseRange("IQD 1.125 - 2.250 an hour", salary.ParseOptions{})
		require.NoError(t, err, "ParseRange(IQD 1.125 - 2.250 an hour)")
		assert.Equal(t, amt("1.125"), b.Min, "ParseRange(IQD 1.125 - 2.250 an hour).Min")
		b, err = salary.ParseRange("COP 1.125 - 2.250 an hour", salary.ParseOptions{})
		require.NoError(t, err, "ParseRange(COP 1.125 - 2.250 an hour)")
		assert.Equal(t, amt("1125"), b.Min, "ParseRange(COP 1.125 - 2.250 an hour).Min")
	})
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
	for _, c := range []salary.Currency{salary.USD, salary.BHD, "VES", "MRU", "SLE", "ZWG", "XCG"} {
		assert.Contains(t, all, c, "Currencies() has %s", c)
	}
	for _, c := range []salary.Currency{"XXX", "XTS", "XAU", "XDR", "CLF", "UYW", "HRK", "VEF", "MRO", "CUC", "ANG"} {
		assert.NotContains(t, all, c, "Currencies() lacks %s", c)
	}
	// ISO 4217 list one has 165 codes with a minor unit; less the 8 it
	// marks as funds and the units of account UYW and XAD, 155 remain.
	assert.Len(t, all, 155, "Currencies()")
	assert.IsIncreasing(t, all, "Currencies() is sorted")
	all[0] = "ZZZ"
	assert.NotEqual(t, salary.Currency("ZZZ"), salary.Currencies()[0], "Currencies() returns a fresh slice")

	s := salary.USD.JSONSchema()
	assert.Equal(t, "string", s.Type, "Currency.JSONSchema().Type")
	assert.Len(t, s.Enum, len(salary.Currencies()), "Currency.JSONSchema().Enum lists every code")
	for i, c := range salary.Currencies() {
		assert.Equal(t, string(c), s.Enum[i], "Currency.JSONSchema().Enum[%d]", i)
	}
	assert.NotContains(t, s.Enum, "XXX", "Currency.JSONSchema().Enum")
	assert.NotContains(t, s.Enum, "HRK", "Currency.JSONSchema().Enum")
}
