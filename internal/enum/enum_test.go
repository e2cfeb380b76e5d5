package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/internal/enum"
)

type color string

var colors = enum.New("paint", "color", false, color("red"), color("green"))

func (c color) IsValid() bool                    { return colors.Has(c) }
func (c *color) UnmarshalText(text []byte) error { return colors.Unmarshal(c, text) }

type shade string

var shades = enum.New("paint", "shade", true, shade("light"), shade("dark"))

func (s shade) IsValid() bool                    { return shades.Has(s) }
func (s *shade) UnmarshalText(text []byte) error { return shades.Unmarshal(s, text) }

type inner struct {
	Color color `json:"color"`
}

type Embedded struct {
	Shade shade `json:"shade,omitempty"`
}

type outer struct {
	Embedded
	Main    color    `json:"main"`
	Items   []inner  `json:"items"`
	Ptr     *inner   `json:"ptr,omitempty"`
	Skipped inner    `json:"skipped" validate:"-"`
	Names   []string `json:"names"`
	Colors  []color  `json:"colors"`
	plain   color
}

func TestSet(t *testing.T) {
	assert.Equal(t, []color{"red", "green"}, colors.Values(), "Values")
	assert.True(t, colors.Has("red"), "Has(red)")
	assert.False(t, colors.Has(""), "Has(\"\") of a required enum")
	assert.True(t, shades.Has(""), "Has(\"\") of an optional enum")

	var c color
	err := c.UnmarshalText([]byte("gren"))
	require.Error(t, err, "UnmarshalText(gren)")
	assert.Equal(t, `paint: decode color "gren": not one of red, green (did you mean "green"?)`, err.Error(), "UnmarshalText(gren)")
	assert.Equal(t, color(""), c, "UnmarshalText(gren) leaves the value alone")
	_, err = colors.Parse("blue")
	assert.EqualError(t, err, `paint: parse color "blue": not one of red, green`, "Parse(blue)")
	assert.Equal(t, `"gren" is not one of: red, green (did you mean "green"?)`, colors.Problem("gren"), "Problem(gren)")
	assert.Equal(t, "", colors.Problem("red"), "Problem(red)")

	s := shades.Schema("Shades.")
	assert.Equal(t, []any{"light", "dark", ""}, s.Enum, "Schema of an optional enum ends with \"\"")
	assert.Equal(t, "Shades.", s.Description, "Schema description")
}

func TestCheck(t *testing.T) {
	v := outer{
		Embedded: Embedded{Shade: "grey"},
		Main:     "blue",
		Items:    []inner{{"red"}, {"pink"}, {""}},
		Ptr:      &inner{"teal"},
		Skipped:  inner{"black"},
		Colors:   []color{"red", "white"},
		plain:    "nope",
	}
	var got []string
	for _, fe := range enum.Check(&v) {
		assert.Equal(t, "oneof", fe.Rule, "Check: rule at %s", fe.Path)
		got = append(got, fe.Path+": "+fe.Message)
	}
	assert.ElementsMatch(t, []string{
		`shade: "grey" is not one of: light, dark`,
		`main: "blue" is not one of: red, green`,
		`items[1].color: "pink" is not one of: red, green`,
		`ptr.color: "teal" is not one of: red, green`,
		`colors[1]: "white" is not one of: red, green`,
	}, got, "Check(outer)")
	assert.Empty(t, enum.Check(outer{}), "Check of zero values: empty enums are left to required")
}
