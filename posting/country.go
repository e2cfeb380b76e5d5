package posting

import (
	"fmt"

	"github.com/invopop/jsonschema"
	"golang.org/x/text/language"

	"github.com/careerkit/careerkit/internal/enum"
)

// Country is a country as its ISO 3166-1 alpha-2 code in upper case, such
// as "US" or "DE". The zero value is no country. Which codes are countries
// comes from golang.org/x/text/language: a region that is a country there
// (not a grouping such as "EU" or "419"), under its current code ("GB", not
// the withdrawn "UK"), with a UN M49 number outside the private-use range
// (which leaves out the exceptionally reserved "AC" and the user-assigned
// "XK").
type Country string

// ParseCountry returns s as a Country, or an error saying why it is not an
// ISO 3166-1 alpha-2 country code.
func ParseCountry(s string) (Country, error) {
	c := Country(s)
	if !c.IsValid() {
		return "", fmt.Errorf("posting: parse country %q: %s", s, c.problem())
	}
	return c, nil
}

// IsValid reports whether c is an ISO 3166-1 alpha-2 country code in upper
// case.
func (c Country) IsValid() bool { return c.problem() == "" }

// problem says why c is not a country code, or returns "".
func (c Country) problem() string {
	s := string(c)
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return "a country is its ISO 3166-1 alpha-2 code: two capital letters, such as US or DE"
	}
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() {
		return fmt.Sprintf("%q is no ISO 3166-1 country code", s)
	}
	if c := r.Canonicalize(); c != r {
		return fmt.Sprintf("%q is no longer the country's code: write %s", s, c)
	}
	if m := r.M49(); m == 0 || m >= 900 {
		return fmt.Sprintf("%q is reserved, not assigned to a country in ISO 3166-1", s)
	}
	return ""
}

// String returns the code.
func (c Country) String() string { return string(c) }

// MarshalText returns the code as it is.
func (c Country) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText accepts an ISO 3166-1 alpha-2 country code in upper case;
// anything else is an error that says why it is not one.
func (c *Country) UnmarshalText(text []byte) error {
	v := Country(text)
	if !v.IsValid() {
		return fmt.Errorf("posting: decode country %s: %s", enum.Quote(string(text)), v.problem())
	}
	*c = v
	return nil
}

// Countries returns every code IsValid accepts, in alphabetical order.
func Countries() []Country {
	var out []Country
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if c := Country([]byte{a, b}); c.IsValid() {
				out = append(out, c)
			}
		}
	}
	return out
}

// JSONSchema describes a country as a string enum of Countries.
func (Country) JSONSchema() *jsonschema.Schema {
	cs := Countries()
	enum := make([]any, len(cs))
	for i, c := range cs {
		enum[i] = string(c)
	}
	return &jsonschema.Schema{Type: "string", Enum: enum, Description: "An ISO 3166-1 alpha-2 country code, such as US or DE."}
}
