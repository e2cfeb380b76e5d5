package salary

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/problem"
)

// Currency is an ISO 4217 currency code in upper case, such as "USD".
//
// The codes and their minor units are those of the ISO 4217 lists that SIX
// Financial Information publishes for ISO, as taken on 2026-02-01: list
// one (current currencies and funds) and list three (withdrawn codes),
// compiled into the package by internal/cmd/gencurrency. A currency is
// valid when list one has it as money a person can be paid in. That
// refuses XXX (no currency), XTS (testing), the precious metals (XAU, XAG,
// XPT, XPD), units of account (XDR, XSU, XUA, XBA to XBD, XAD, the Arab
// Accounting Dinar, and UYW, the Uruguayan Unidad Previsional) and the
// codes list one marks as funds (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI).
// Codes only in list three, such as HRK, VEF and DEM, are refused as
// withdrawn, and the error names the successor where there is one (HRK:
// EUR). The zero value "" is no currency and is invalid.
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

// isoKind says what an ISO 4217 code stands for.
type isoKind uint8

const (
	isoPay       isoKind = iota + 1 // a currency of list one that people are paid in
	isoFund                         // a code list one marks as a fund
	isoUnit                         // a unit of account
	isoMetal                        // a precious metal
	isoTest                         // XTS, reserved for testing
	isoNone                         // XXX, no currency involved
	isoWithdrawn                    // a code only in list three
)

// isoCode is one code of the generated isoTable.
type isoCode struct {
	code      Currency
	name      string // ISO's name of the currency, fund or unit
	kind      isoKind
	digits    int    // list one's minor unit; 0 where it is N.A.
	withdrawn string // list three's withdrawal date: "2023-01", "1989 to 1990"
	successor Currency
}

// currencyInfo holds the codes of isoTable by code, and the valid codes in
// order, computed once and never changed.
type currencyInfo struct {
	byCode map[Currency]*isoCode
	codes  []Currency
}

var currencies = sync.OnceValue(func() currencyInfo {
	info := currencyInfo{byCode: make(map[Currency]*isoCode, len(isoTable))}
	for i := range isoTable {
		e := &isoTable[i]
		info.byCode[e.code] = e
		if e.kind == isoPay {
			info.codes = append(info.codes, e.code)
		}
	}
	return info
})

// lookup returns c's entry when c is a valid currency.
func (c Currency) lookup() (*isoCode, bool) {
	e := currencies().byCode[c]
	return e, e != nil && e.kind == isoPay
}

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

// IsValid reports whether c is the upper-case code of a current ISO 4217
// currency that people are paid in (see Currency).
func (c Currency) IsValid() bool {
	_, ok := c.lookup()
	return ok
}

// Digits returns the number of minor-unit digits of the currency, as ISO
// 4217 list one gives them: 2 for USD and COP, 0 for JPY, 3 for BHD and
// IQD. It returns 0 for an invalid currency.
func (c Currency) Digits() int {
	if e, ok := c.lookup(); ok {
		return e.digits
	}
	return 0
}

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
		Description: "An upper-case ISO 4217 code of a current currency, such as USD. Funds, precious metals, units of account and withdrawn codes are not currencies here.",
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

// problem explains why c is not valid, in words that follow "is".
func (c Currency) problem() string {
	if c == "" {
		return "no currency given"
	}
	upper := Currency(strings.ToUpper(string(c)))
	e := currencies().byCode[upper]
	switch {
	case len(c) != 3 || e == nil:
		return "not an ISO 4217 currency code" + problem.DidYouMean(string(upper), currencyNames())
	case upper != c && e.kind == isoPay:
		return fmt.Sprintf("not in upper case: currency codes are upper case (%s)", upper)
	}
	const notPay = "not money a person is paid in"
	switch e.kind {
	case isoFund:
		return fmt.Sprintf("a fund code, %s: ISO 4217 lists %s (%s) as a fund", notPay, e.code, e.name)
	case isoUnit:
		return fmt.Sprintf("a unit of account (%s, %s), %s", e.code, e.name, notPay)
	case isoMetal:
		return fmt.Sprintf("a precious metal (%s, %s), %s", e.code, e.name, notPay)
	case isoTest:
		return "the code ISO 4217 reserves for testing, " + notPay
	case isoNone:
		return "the code ISO 4217 gives to transactions where no currency is involved, " + notPay
	}
	msg := fmt.Sprintf("a withdrawn currency: the %s (%s) was withdrawn from ISO 4217 %s", e.name, e.code, withdrawnWhen(e.withdrawn))
	if e.successor != "" {
		msg += fmt.Sprintf(" and replaced by %s", e.successor)
	}
	return msg
}

// withdrawnWhen words a withdrawal date of list three: "in January 2023"
// for "2023-01", "in 1990" for "1990", "between 1989 and 1990" for
// "1989 to 1990" or "1989-1990".
func withdrawnWhen(date string) string {
	from, to, ok := strings.Cut(date, " to ")
	if !ok && len(date) == 9 && date[4] == '-' {
		from, to, ok = date[:4], date[5:], true
	}
	if ok {
		return "between " + monthYear(from) + " and " + monthYear(to)
	}
	return "in " + monthYear(date)
}

// monthYear words "2023-01" as "January 2023"; other text stays as it is.
func monthYear(date string) string {
	t, err := time.Parse("2006-01", date)
	if err != nil {
		return date
	}
	return t.Format("January 2006")
}
