package paygap

import (
	"fmt"
	"math/big"

	"github.com/invopop/jsonschema"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/salary"
)

// MaxWeeklyHours is the most hours a week has: 7 × 24.
const MaxWeeklyHours = 168

// Hours is an exact decimal number of hours, such as 37.5, with at most 6
// decimals (the precision of salary.Factor). It is comparable with == and
// immutable. In JSON and YAML it is a plain number read from its exact
// text. The zero value is 0 hours, which a Worker refuses.
type Hours struct {
	f salary.Factor
}

// ParseHours parses a decimal number of hours such as "40" or "37.5".
func ParseHours(s string) (Hours, error) {
	f, err := salary.ParseFactor(s)
	if err != nil {
		return Hours{}, fmt.Errorf("paygap: parse hours: %w", err)
	}
	return Hours{f}, nil
}

// MustParseHours is ParseHours for constants in code and tests: it panics,
// naming itself and the input, when s is not a number of hours.
func MustParseHours(s string) Hours {
	h, err := ParseHours(s)
	if err != nil {
		panic("paygap.MustParseHours: " + err.Error())
	}
	return h
}

// String formats the hours with as few decimals as they need: "40", "37.5".
func (h Hours) String() string { return h.f.String() }

// Sign returns -1, 0 or +1 as h is negative, zero or positive.
func (h Hours) Sign() int { return h.f.Sign() }

// Compare returns -1, 0 or +1 as h is less than, equal to or greater than g.
func (h Hours) Compare(g Hours) int { return h.f.Compare(g.f) }

// Equal reports whether h and g are the same number of hours.
func (h Hours) Equal(g Hours) bool { return h.f.Equal(g.f) }

// Rat returns the hours as a new exact rational.
func (h Hours) Rat() *big.Rat { return h.f.Rat() }

// MarshalText returns the hours as a decimal number.
func (h Hours) MarshalText() ([]byte, error) { return h.f.MarshalText() }

// UnmarshalText reads a decimal number of hours.
func (h *Hours) UnmarshalText(text []byte) error { return h.f.UnmarshalText(text) }

// MarshalJSON writes the hours as a JSON number.
func (h Hours) MarshalJSON() ([]byte, error) { return h.f.MarshalJSON() }

// UnmarshalJSON reads a JSON number of hours, from its exact text.
func (h *Hours) UnmarshalJSON(data []byte) error { return h.f.UnmarshalJSON(data) }

// MarshalYAML writes the hours as a YAML number.
func (h Hours) MarshalYAML() (any, error) { return h.f.MarshalYAML() }

// UnmarshalYAML reads a YAML number of hours, from its exact text.
func (h *Hours) UnmarshalYAML(n *yaml.Node) error { return h.f.UnmarshalYAML(n) }

// JSONSchema describes hours in a document: a number greater than 0 and at
// most 168.
func (Hours) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:             "number",
		ExclusiveMinimum: "0",
		Maximum:          "168",
		Description:      "An exact number of hours a week (40, 37.5), greater than 0 and at most 168, with at most 6 decimals.",
	}
}

// JSONSchema describes a gender as a string enum of its values.
func (Gender) JSONSchema() *jsonschema.Schema { return genders.Schema("") }
