package careerkit_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/salary"
)

func TestNullOnlyWhereGoWritesNull(t *testing.T) {
	cases := []struct {
		name, doc, path string
		ok              bool
	}{
		{"null ratings (Go writes null for a nil list)", `{"subject": "p1", "ratings": null}`, "", true},
		{"null optional string", `{"subject": "p1", "ratings": [{"competency": "go", "level": 1, "evidence": null}]}`, "ratings[0].evidence", false},
		{"null required string", `{"subject": null, "ratings": []}`, "subject", false},
		{"null list item", `{"subject": "p1", "ratings": [null]}`, "ratings[0]", false},
		{"empty YAML value", "subject: p1\nratings:\n  - competency: go\n    level: 1\n    source:\n", "ratings[0].source", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var p competency.Profile
			err := careerkit.Decode(strings.NewReader(c.doc), &p)
			if c.ok {
				assert.NoError(t, err, "Decode(%s)", c.doc)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Decode(%s) is a ValidationError", c.doc)
			assert.Equal(t, c.path, ve.Errors[0].Path, "path of the null")
			assert.Equal(t, "type", ve.Errors[0].Rule, "rule")
		})
	}
}

func TestYAMLMoneyKeepsItsText(t *testing.T) {
	var b salary.Band
	err := careerkit.Decode(strings.NewReader("currency: USD\nperiod: year\nmin: 0120000\nmax: 0220000\n"), &b)
	assert.ErrorIs(t, err, careerkit.ErrSyntax, "a leading zero (octal in YAML 1.1) is refused, not read as 40960")
	err = careerkit.Decode(strings.NewReader("currency: USD\nperiod: year\nmin: 140000.25\nmax: 99999999999999.99\n"), &b)
	require.NoError(t, err, "Decode of amounts written as in JSON")
	assert.Equal(t, "99999999999999.99", b.Max.String(), "an amount keeps its exact text")
}

func TestAutoDetectYAMLFlowMapping(t *testing.T) {
	var r competency.Requirement
	require.NoError(t, careerkit.Decode(strings.NewReader("{competency: go, level: 1}"), &r), "a YAML flow mapping starts with '{' too")
	assert.Equal(t, competency.Requirement{Competency: "go", Level: 1}, r, "decoded as YAML")
	err := careerkit.Decode(strings.NewReader(`{"competency": "go", "level": 1,}`), &r)
	assert.ErrorIs(t, err, careerkit.ErrSyntax, "broken JSON that YAML does not take either stays an error")
	err = careerkit.Decode(strings.NewReader("{competency: go, level: 1}"), &r, careerkit.WithFormat(careerkit.FormatJSON))
	assert.ErrorIs(t, err, careerkit.ErrSyntax, "a format that is given is not second-guessed")
}
