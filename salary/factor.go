package salary

import (
	"fmt"
	"math/big"

	"github.com/invopop/jsonschema"
	"go.yaml.in/yaml/v3"
)

// FactorDigits is the number of decimal places a Factor holds: factors are
// exact multiples of 0.000001.
const FactorDigits = 6

// factorScale is 10^FactorDigits.
const factorScale = 1_000_000

// Factor is an exact decimal number used as a multiplier or a ratio, never a
// float: a zone's geographic factor (0.9), a scale factor, a spread (0.5 for
// 50 %), a lint threshold, or a count of a Basis (37.5 hours a week). It is
// stored as an int64 count of 0.000001 units, so it is finite by
// construction, comparable with == and immutable. In JSON and YAML it is a
// plain number read from its exact text. The zero value is 0, which the
// types that hold a Factor treat as "unset" where they say so.
type Factor struct {
	micros int64 // in 10^-FactorDigits
}

// ParseFactor parses a decimal number such as "0.9", "1.125" or "37.5", with
// the syntax of ParseAmount and at most FactorDigits decimals.
func ParseFactor(s string) (Factor, error) {
	u, err := parseDecimal(s, FactorDigits)
	if err != nil {
		return Factor{}, fmt.Errorf("salary: parse factor %s: %w", quoteShort(s), err)
	}
	return Factor{u}, nil
}

// MustParseFactor is ParseFactor for constants in code and tests: it panics,
// naming itself and the input, when s is not a valid Factor.
func MustParseFactor(s string) Factor {
	f, err := ParseFactor(s)
	if err != nil {
		panic("salary.MustParseFactor: " + err.Error())
	}
	return f
}

// FactorOf returns the whole number n as a Factor; n is clamped to the range
// a Factor holds (about ±9.2 × 10^12).
func FactorOf(n int64) Factor {
	const limit = (1<<63 - 1) / factorScale
	n = max(-limit, min(n, limit))
	return Factor{n * factorScale}
}

// String formats the factor with as few decimals as its value needs: "0.9",
// "1", "37.5".
func (f Factor) String() string { return formatDecimal(f.micros, FactorDigits) }

// IsZero reports whether the factor is 0.
func (f Factor) IsZero() bool { return f.micros == 0 }

// Sign returns -1, 0 or +1 as the factor is negative, zero or positive.
func (f Factor) Sign() int {
	switch {
	case f.micros < 0:
		return -1
	case f.micros > 0:
		return 1
	}
	return 0
}

// Equal reports whether f and g are the same factor: f == g, as a method
// so that github.com/google/go-cmp compares factors by value.
func (f Factor) Equal(g Factor) bool { return f.micros == g.micros }

// Compare compares f and g and returns -1, 0 or +1 as f is less than, equal
// to or greater than g; it orders factors for slices.SortFunc.
func (f Factor) Compare(g Factor) int {
	switch {
	case f.micros < g.micros:
		return -1
	case f.micros > g.micros:
		return 1
	}
	return 0
}

// Rat returns the exact value of the factor as a new math/big.Rat.
func (f Factor) Rat() *big.Rat { return big.NewRat(f.micros, factorScale) }

// Float64 returns the factor as the nearest float64, for display.
func (f Factor) Float64() float64 {
	x, _ := f.Rat().Float64()
	return x
}

// MarshalText returns the factor as String does.
func (f Factor) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses text with ParseFactor.
func (f *Factor) UnmarshalText(text []byte) error {
	v, err := ParseFactor(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// MarshalJSON encodes the factor as a plain JSON number, such as 0.9.
func (f Factor) MarshalJSON() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalJSON decodes a JSON number from its exact text with ParseFactor's
// rules; a string or any other JSON value is an error, and null leaves the
// factor unchanged.
func (f *Factor) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if s == "" || !(s[0] == '-' || (s[0] >= '0' && s[0] <= '9')) {
		return notJSONNumber("factor", data, FactorDigits)
	}
	return f.UnmarshalText(data)
}

// MarshalYAML encodes the factor as a plain YAML number with its exact text.
func (f Factor) MarshalYAML() (any, error) { return numberNode(f.String()), nil }

// UnmarshalYAML decodes a YAML number from its exact text with ParseFactor's
// rules; a string or any other YAML value is an error, and null leaves the
// factor unchanged.
func (f *Factor) UnmarshalYAML(n *yaml.Node) error {
	text, err := yamlNumber(n, "factor", FactorDigits)
	if err != nil || text == "" {
		return err
	}
	return f.UnmarshalText([]byte(text))
}

// JSONSchema describes a factor: a JSON number greater than 0.
func (Factor) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:             "number",
		ExclusiveMinimum: "0",
		Description:      "An exact decimal factor greater than 0, with at most 6 decimals, such as 0.9.",
	}
}
