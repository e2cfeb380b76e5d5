package salary

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/invopop/jsonschema"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/problem"
)

// AmountDigits is the number of decimal places an Amount holds: amounts are
// exact multiples of 0.0001. Every currency in use has at most 3 minor-unit
// digits, so one more digit keeps the default midpoint of any valid band
// exact.
const AmountDigits = 4

// amountScale is 10^AmountDigits.
const amountScale = 10_000

// Amount is an exact decimal sum of money in major units (dollars, not
// cents), stored as an int64 count of 0.0001 units. It holds values from
// -922337203685477.5808 to 922337203685477.5807.
//
// An Amount carries no currency: Pay and Band pair it with one, and their
// validation rejects amounts with more decimals than the currency allows.
// Amounts are comparable with == (equal values are equal: 60.5 and 60.50 are
// the same Amount) and immutable; arithmetic returns new values and reports
// ErrOverflow instead of wrapping. The zero value is 0.
type Amount struct {
	units int64 // in 10^-AmountDigits major units
}

// NewAmount returns the whole number of major units n as an Amount, or an
// error matching ErrOverflow when it does not fit.
func NewAmount(n int64) (Amount, error) {
	return AmountFromMinor(n, 0)
}

// AmountFromMinor returns minor × 10^-digits as an Amount, such as
// AmountFromMinor(1999, 2) for 19.99. Digits must be between 0 and
// AmountDigits; a result that does not fit is an error matching ErrOverflow.
func AmountFromMinor(minor int64, digits int) (Amount, error) {
	if digits < 0 || digits > AmountDigits {
		return Amount{}, fmt.Errorf("salary: amount from minor units %d: digits %d is not between 0 and %d", minor, digits, AmountDigits)
	}
	u, ok := mul64(minor, pow10[AmountDigits-digits])
	if !ok {
		return Amount{}, fmt.Errorf("salary: amount from minor units \"%de-%d\": %w", minor, digits, problem.ErrOverflow)
	}
	return Amount{u}, nil
}

// ParseAmount parses a decimal number in major units, such as "140000",
// "60.5", "-0.25" or "1.4e5": an optional sign, digits, an optional
// fraction and an optional exponent, with no spaces, separators or currency.
// The value must be an exact multiple of 0.0001 (trailing zeros are fine:
// "1.500000" is 1.5) and fit in an Amount; a value too large is an error
// matching ErrOverflow.
func ParseAmount(s string) (Amount, error) {
	u, err := parseDecimal(s, AmountDigits)
	if err != nil {
		return Amount{}, fmt.Errorf("salary: parse amount %s: %w", quoteShort(s), err)
	}
	return Amount{u}, nil
}

// MustParseAmount is ParseAmount for constants in code and tests: it panics,
// naming itself and the input, when s is not a valid Amount.
func MustParseAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic("salary.MustParseAmount: " + err.Error())
	}
	return a
}

// String formats the amount in major units with as few decimals as its value
// needs: "140000", "60.5", "-0.0001". ParseAmount reads it back exactly.
func (a Amount) String() string { return formatDecimal(a.units, AmountDigits) }

// StringFixed formats the amount with exactly digits decimals (0 to
// AmountDigits), rounding half-even when it has more: StringFixed(2) of
// 67.5 is "67.50". It is meant for display; a value that rounds beyond the
// range of an Amount is formatted without rounding.
func (a Amount) StringFixed(digits int) string {
	digits = max(0, min(digits, AmountDigits))
	r, err := a.Round(digits)
	if err != nil {
		r = a
	}
	s := r.String()
	if digits == 0 {
		return s
	}
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) < digits {
		frac += "0"
	}
	return whole + "." + frac[:digits]
}

// IsZero reports whether the amount is 0.
func (a Amount) IsZero() bool { return a.units == 0 }

// Sign returns -1, 0 or +1 as the amount is negative, zero or positive.
func (a Amount) Sign() int {
	switch {
	case a.units < 0:
		return -1
	case a.units > 0:
		return 1
	}
	return 0
}

// Equal reports whether a and b are the same amount: a == b, as a method
// so that github.com/google/go-cmp compares amounts by value.
func (a Amount) Equal(b Amount) bool { return a.units == b.units }

// Compare compares a and b and returns -1, 0 or +1 as a is less than, equal
// to or greater than b; it orders amounts for slices.SortFunc.
func (a Amount) Compare(b Amount) int {
	switch {
	case a.units < b.units:
		return -1
	case a.units > b.units:
		return 1
	}
	return 0
}

// Add returns a + b, or an error matching ErrOverflow when the sum does not
// fit in an Amount.
func (a Amount) Add(b Amount) (Amount, error) {
	s := a.units + b.units
	if (a.units > 0 && b.units > 0 && s < 0) || (a.units < 0 && b.units < 0 && s >= 0) {
		return Amount{}, fmt.Errorf("salary: add \"%s + %s\": %w", a, b, problem.ErrOverflow)
	}
	return Amount{s}, nil
}

// Sub returns a − b, or an error matching ErrOverflow when the difference
// does not fit in an Amount.
func (a Amount) Sub(b Amount) (Amount, error) {
	d := a.units - b.units
	if (a.units >= 0 && b.units < 0 && d < 0) || (a.units < 0 && b.units > 0 && d >= 0) {
		return Amount{}, fmt.Errorf("salary: subtract \"%s - %s\": %w", a, b, problem.ErrOverflow)
	}
	return Amount{d}, nil
}

// Mul returns a × n, exactly, or an error matching ErrOverflow when the
// product does not fit in an Amount. To multiply by a non-integer factor
// with rounding, use Band.Scale or Pay.ConvertPeriod.
func (a Amount) Mul(n int64) (Amount, error) {
	p, ok := mul64(a.units, n)
	if !ok {
		return Amount{}, fmt.Errorf("salary: multiply \"%s × %d\": %w", a, n, problem.ErrOverflow)
	}
	return Amount{p}, nil
}

// Decimals returns the number of decimals the amount's value needs, from 0
// (a whole number) to AmountDigits: 2 for 19.99, 1 for 60.50.
func (a Amount) Decimals() int {
	r := a.units % amountScale
	if r == 0 {
		return 0
	}
	d := AmountDigits
	for r%10 == 0 {
		r /= 10
		d--
	}
	return d
}

// Minor returns the amount as a whole number of 10^-digits units, such as
// cents for digits 2: 19.99 is 1999. Digits must be between 0 and
// AmountDigits, and the amount must have at most digits decimals.
func (a Amount) Minor(digits int) (int64, error) {
	if digits < 0 || digits > AmountDigits {
		return 0, fmt.Errorf("salary: minor units of %q: digits %d is not between 0 and %d", a.String(), digits, AmountDigits)
	}
	if a.Decimals() > digits {
		return 0, fmt.Errorf("salary: minor units of %q: has more than %d decimal place(s)", a.String(), digits)
	}
	return a.units / pow10[AmountDigits-digits], nil
}

// Round returns the amount rounded half-even to digits decimals (0 to
// AmountDigits; outside that range digits is clamped), such as 2 for cents:
// 0.125 becomes 0.12 and 0.135 becomes 0.14. A result beyond the range of an
// Amount is an error matching ErrOverflow.
func (a Amount) Round(digits int) (Amount, error) {
	digits = max(0, min(digits, AmountDigits))
	r, err := roundRat(a.Rat(), digits)
	if err != nil {
		return Amount{}, fmt.Errorf("salary: round %q to %d decimal(s): %w", a.String(), digits, problem.ErrOverflow)
	}
	return r, nil
}

// Rat returns the exact value of the amount as a new math/big.Rat.
func (a Amount) Rat() *big.Rat { return big.NewRat(a.units, amountScale) }

// MarshalText returns the amount as String does.
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText parses text with ParseAmount.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := ParseAmount(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON encodes the amount as a plain JSON number in major units, such
// as 140000 or 60.5, never as a string.
func (a Amount) MarshalJSON() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalJSON decodes a JSON number from its exact text (no float on the
// way) with ParseAmount's rules; a string or any other JSON value is an
// error, and null leaves the amount unchanged.
func (a *Amount) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if s == "" || !(s[0] == '-' || (s[0] >= '0' && s[0] <= '9')) {
		return notJSONNumber("amount", data, AmountDigits)
	}
	return a.UnmarshalText(data)
}

// MarshalYAML encodes the amount as a plain YAML number with its exact text.
func (a Amount) MarshalYAML() (any, error) {
	return numberNode(a.String()), nil
}

// UnmarshalYAML decodes a YAML number from its exact text with ParseAmount's
// rules; a string or any other YAML value is an error, and null leaves the
// amount unchanged.
func (a *Amount) UnmarshalYAML(n *yaml.Node) error {
	text, err := yamlNumber(n, "amount", AmountDigits)
	if err != nil || text == "" {
		return err
	}
	return a.UnmarshalText([]byte(text))
}

// JSONSchema describes an amount in a document: a JSON number in major
// units, at least 0 (every amount of Pay, Band and Distribution is). The
// rule "at most as many decimals as the currency allows" depends on a
// sibling field, so the description states it instead of a keyword.
func (Amount) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "number",
		Minimum:     "0",
		Description: "An exact amount of money in major units (140000, 60.5), at least 0, with at most as many decimals as its currency allows (and never more than 4).",
	}
}

// numberNode is a plain YAML number scalar with the given exact text.
func numberNode(text string) *yaml.Node {
	tag := "!!int"
	if strings.ContainsAny(text, ".eE") {
		tag = "!!float"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: text}
}

// yamlNumber returns the exact text of a YAML number node, "" for null, or
// an error naming what (such as "amount") for any other node.
func yamlNumber(n *yaml.Node, what string, digits int) (string, error) {
	if n.Kind == yaml.ScalarNode {
		switch n.ShortTag() {
		case "!!null":
			return "", nil
		case "!!int", "!!float":
			return n.Value, nil
		case "!!str":
			quoted := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
			return "", notANumber(what, n.Value, quoted, digits)
		}
		return "", notANumber(what, n.Value, false, digits)
	}
	return "", fmt.Errorf("salary: decode %s: write it as a number, not a list or a mapping, %s", what, example(what))
}

// notJSONNumber explains how to write the JSON value data, which is not a
// number, as the number an amount or factor (what) is.
func notJSONNumber(what string, data []byte, digits int) error {
	var s string
	if len(data) > 0 && data[0] == '"' && json.Unmarshal(data, &s) == nil {
		return notANumber(what, s, true, digits)
	}
	return fmt.Errorf("salary: decode %s %s: write it as a number, %s", what, quoteShort(string(data)), example(what))
}

// notANumber explains how to write text, given where a number is wanted, as
// that number: "42,000" is "write 42000, without the comma"; "$95" is
// "write 95, without the currency symbol"; "140000" in quotes is "write
// 140000, without the quotes". Text that is no number in any of these ways
// gets an example of how numbers are written.
func notANumber(what, text string, quoted bool, digits int) error {
	s := strings.TrimSpace(text)
	var without []string
	if r, size := utf8.DecodeRuneInString(s); size > 0 && unicode.Is(unicode.Sc, r) {
		s, without = strings.TrimSpace(s[size:]), append(without, "the currency symbol")
	} else if r, size := utf8.DecodeLastRuneInString(s); size > 0 && unicode.Is(unicode.Sc, r) {
		s, without = strings.TrimSpace(s[:len(s)-size]), append(without, "the currency symbol")
	}
	if n := strings.Count(s, ","); n > 0 && groupedInThrees(s) {
		s = strings.ReplaceAll(s, ",", "")
		if n == 1 {
			without = append(without, "the comma")
		} else {
			without = append(without, "the commas")
		}
	}
	if len(without) == 0 && quoted {
		without = append(without, "the quotes")
	}
	if _, err := parseDecimal(s, digits); err == nil && len(without) > 0 {
		return fmt.Errorf("salary: decode %s %s: write %s, without %s", what, quoteShort(text), s, strings.Join(without, " and "))
	}
	return fmt.Errorf("salary: decode %s %s: write it as a number, %s", what, quoteShort(text), example(what))
}

// groupedInThrees reports whether the commas of s group the digits of its
// whole part in threes, as in 1,250,000.50.
func groupedInThrees(s string) bool {
	whole, _, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	groups := strings.Split(whole, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// example shows how a value of what is written.
func example(what string) string {
	if what == "factor" {
		return "such as 0.9"
	}
	return "in major units, such as 140000 or 60.5"
}

// Problems parseDecimal reports; the callers prefix them with the operation.
var (
	errDecimalSyntax = errors.New("not a decimal number: use digits with an optional sign, fraction and exponent, such as 140000 or 60.5")
	errDecimalEmpty  = errors.New("empty text is not a number")
)

// errTooPrecise reports a value that is not a multiple of 10^-digits.
type errTooPrecise int

// Error says how many decimal places are allowed.
func (e errTooPrecise) Error() string {
	return fmt.Sprintf("has more than %d decimal places", int(e))
}

// pow10[i] is 10^i for i up to 18.
var pow10 = [...]int64{
	1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
	10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
}

// parseDecimal parses s (sign, digits, optional fraction, optional exponent)
// into an int64 count of 10^-scale units, exactly. It reports
// errDecimalSyntax, errTooPrecise or an error matching ErrOverflow.
func parseDecimal(s string, scale int) (int64, error) {
	if s == "" {
		return 0, errDecimalEmpty
	}
	neg := false
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	mant, expText := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expText = s[:i], s[i+1:]
	}
	intPart, fracPart, hasDot := strings.Cut(mant, ".")
	if intPart == "" || !allDigits(intPart) || (hasDot && (fracPart == "" || !allDigits(fracPart))) {
		return 0, errDecimalSyntax
	}
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e := expText
		eneg := false
		if e != "" && (e[0] == '+' || e[0] == '-') {
			eneg, e = e[0] == '-', e[1:]
		}
		if e == "" || !allDigits(e) {
			return 0, errDecimalSyntax
		}
		e = strings.TrimLeft(e, "0")
		if len(e) > 7 {
			e = "9999999" // any larger exponent behaves the same: overflow or too precise, unless the value is 0
		}
		for _, c := range e {
			exp = exp*10 + int(c-'0')
		}
		if eneg {
			exp = -exp
		}
	}
	digits := strings.TrimLeft(intPart+fracPart, "0")
	// value = digits × 10^(exp − len(fracPart)); units = value × 10^scale.
	k := exp - len(fracPart) + scale
	if digits == "" {
		return 0, nil
	}
	trimmed := strings.TrimRight(digits, "0")
	k += len(digits) - len(trimmed)
	digits = trimmed
	if k < 0 {
		return 0, errTooPrecise(scale)
	}
	overflow := fmt.Errorf("out of range (at most %s in magnitude): %w", formatDecimal(math.MaxInt64, scale), problem.ErrOverflow)
	if len(digits)+k > 19 {
		return 0, overflow
	}
	var u uint64
	for i := 0; i < len(digits); i++ {
		u = u*10 + uint64(digits[i]-'0')
	}
	for range k {
		hi, lo := bits.Mul64(u, 10)
		if hi != 0 {
			return 0, overflow
		}
		u = lo
	}
	if neg {
		if u > 1<<63 {
			return 0, overflow
		}
		return int64(-u), nil
	}
	if u > math.MaxInt64 {
		return 0, overflow
	}
	return int64(u), nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatDecimal formats v × 10^-scale with as few decimals as needed.
func formatDecimal(v int64, scale int) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	p := uint64(pow10[scale])
	whole, frac := u/p, u%p
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	fmt.Fprintf(&b, "%d", whole)
	if frac != 0 {
		f := fmt.Sprintf("%0*d", scale, frac)
		b.WriteByte('.')
		b.WriteString(strings.TrimRight(f, "0"))
	}
	return b.String()
}

// mul64 returns a × b and whether it fits in an int64.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := uint64(a), uint64(b)
	if a < 0 {
		ua = -ua
	}
	if b < 0 {
		ub = -ub
	}
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

// roundRat rounds r half-even to digits decimals (0 to AmountDigits) and
// returns it as an Amount, or an error matching ErrOverflow.
func roundRat(r *big.Rat, digits int) (Amount, error) {
	scaled := new(big.Int).Mul(r.Num(), big.NewInt(pow10[digits]))
	den := r.Denom()
	q, m := new(big.Int).DivMod(scaled, den, new(big.Int)) // Euclidean: 0 ≤ m < den
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, big.NewInt(pow10[AmountDigits-digits]))
	if !q.IsInt64() {
		return Amount{}, problem.ErrOverflow
	}
	return Amount{q.Int64()}, nil
}

// quoteShort quotes s for an error message, cut to 64 bytes.
func quoteShort(s string) string {
	if len(s) > 64 {
		cut := 61
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return fmt.Sprintf("%q", s)
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
