package salary

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/invopop/jsonschema"
	"golang.org/x/text/currency"

	"github.com/careerkit/careerkit/problem"
)

// Currency is an ISO 4217 currency code in upper case, such as "USD".
//
// A currency is valid when golang.org/x/text/currency recognises the code
// and CLDR lists it as legal tender in use in at least one region. That
// rejects codes that are not money a person is paid in: XXX (no currency),
// XTS (testing), precious metals (XAU), funds codes (XDR, USN) and
// withdrawn currencies (DEM). The set and the minor-unit digits are those of
// the x/text version in go.mod. The zero value "" is no currency and is
// invalid.
type Currency string

// Common currencies. Any valid ISO 4217 code works; these are shorthands.
const (
	// USD is the United States dollar (2 decimals).
	USD Currency = "USD"
	// EUR is the euro (2 decimals).
	EUR Currency = "EUR"
	// GBP is the pound sterling (2 decimals).
	GBP Currency = "GBP"
	// JPY is the Japanese yen (0 decimals).
	JPY Currency = "JPY"
	// CAD is the Canadian dollar (2 decimals).
	CAD Currency = "CAD"
	// AUD is the Australian dollar (2 decimals).
	AUD Currency = "AUD"
	// CHF is the Swiss franc (2 decimals).
	CHF Currency = "CHF"
	// INR is the Indian rupee (2 decimals).
	INR Currency = "INR"
	// BHD is the Bahraini dinar (3 decimals).
	BHD Currency = "BHD"
)

// currencyInfo holds the valid codes and their digits, computed once from
// x/text's tables and never changed.
type currencyInfo struct {
	digits map[Currency]int
	codes  []Currency
}

var currencies = sync.OnceValue(func() currencyInfo {
	info := currencyInfo{digits: map[Currency]int{}}
	for it := currency.Query(); it.Next(); {
		u := it.Unit()
		c := Currency(u.String())
		if _, seen := info.digits[c]; seen || c == "XXX" || c == "XTS" {
			continue
		}
		scale, _ := currency.Standard.Rounding(u)
		info.digits[c] = scale
		info.codes = append(info.codes, c)
	}
	slices.Sort(info.codes)
	return info
})

// Currencies returns every valid currency code, sorted, in a new slice.
func Currencies() []Currency {
	return slices.Clone(currencies().codes)
}

// ParseCurrency parses an ISO 4217 code in any case ("usd" gives USD) and
// reports an error when it is not a valid currency (see Currency).
func ParseCurrency(s string) (Currency, error) {
	if len(s) != 3 {
		return "", fmt.Errorf("salary: parse currency %s: not a three-letter ISO 4217 code", quoteShort(s))
	}
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		case c >= 'A' && c <= 'Z':
		default:
			return "", fmt.Errorf("salary: parse currency %s: not a three-letter ISO 4217 code", quoteShort(s))
		}
	}
	c := Currency(b)
	if !c.IsValid() {
		return "", fmt.Errorf("salary: parse currency %s: %s", quoteShort(s), c.problem())
	}
	return c, nil
}

// MustParseCurrency is ParseCurrency for constants in code and tests: it
// panics, naming itself and the input, when s is not a valid currency.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic("salary.MustParseCurrency: " + err.Error())
	}
	return c
}

// IsValid reports whether c is the upper-case ISO 4217 code of a currency in
// use as legal tender (see Currency).
func (c Currency) IsValid() bool {
	_, ok := currencies().digits[c]
	return ok
}

// Digits returns the number of minor-unit digits of the currency, from
// x/text's CLDR data: 2 for USD, 0 for JPY, 3 for BHD. It returns 0 for an
// invalid currency.
func (c Currency) Digits() int { return currencies().digits[c] }

// String returns the code.
func (c Currency) String() string { return string(c) }

// MarshalText returns the code as it is; decoding and Validate are where
// invalid codes are rejected.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts only the upper-case code of a valid currency, as the
// JSON Schema does; ParseCurrency is the lenient form for code.
func (c *Currency) UnmarshalText(text []byte) error {
	v := Currency(text)
	if !v.IsValid() {
		return fmt.Errorf("salary: decode currency %s: %s", quoteShort(string(text)), v.problem())
	}
	*c = v
	return nil
}

// JSONSchema describes a currency as a string enum of every valid code.
func (Currency) JSONSchema() *jsonschema.Schema {
	codes := currencies().codes
	enum := make([]any, len(codes))
	for i, c := range codes {
		enum[i] = string(c)
	}
	return &jsonschema.Schema{
		Type:        "string",
		Enum:        enum,
		Description: "An upper-case ISO 4217 code of a currency in use as legal tender, such as USD.",
	}
}

// currencyNames returns the valid codes as strings.
func currencyNames() []string {
	codes := currencies().codes
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = string(c)
	}
	return out
}

// problem explains why c is not valid.
func (c Currency) problem() string {
	if c == "" {
		return "no currency given"
	}
	u, err := currency.ParseISO(string(c))
	if err != nil || len(c) != 3 {
		return "not an ISO 4217 currency code" + problem.DidYouMean(strings.ToUpper(string(c)), currencyNames())
	}
	if string(c) != u.String() {
		return fmt.Sprintf("currency codes are upper case (%s)", u.String())
	}
	return "not a currency in use as legal tender (codes such as XXX, XTS, XAU and withdrawn currencies are not money a person is paid in)"
}
