package salary_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// roundTrip decodes doc strictly into a new T, encodes it as JSON and as YAML,
// decodes each encoding again and checks that every decoded value is equal
// and that encoding is stable.
func roundTrip[T any](t *testing.T, doc string) T {
	t.Helper()
	var first T
	require.NoError(t, careerkit.Decode(strings.NewReader(doc), &first, formatOf(doc)), "careerkit.Decode of %q", doc)

	js, err := json.Marshal(first)
	require.NoError(t, err, "json.Marshal of %q", doc)
	var fromJSON T
	require.NoError(t, careerkit.Decode(bytes.NewReader(js), &fromJSON, careerkit.WithFormat(careerkit.FormatJSON)), "careerkit.Decode of JSON %s", js)
	assert.Equal(t, first, fromJSON, "JSON round trip of %q via %s", doc, js)
	js2, err := json.Marshal(fromJSON)
	require.NoError(t, err, "json.Marshal again")
	assert.JSONEq(t, string(js), string(js2), "JSON encoding is stable")
	var plain T
	require.NoError(t, json.Unmarshal(js, &plain), "json.Unmarshal of %s", js)
	assert.Equal(t, first, plain, "encoding/json round trip of %s", js)

	ys, err := yaml.Marshal(first)
	require.NoError(t, err, "yaml.Marshal of %q", doc)
	var fromYAML T
	require.NoError(t, careerkit.Decode(bytes.NewReader(ys), &fromYAML, careerkit.WithFormat(careerkit.FormatYAML)), "careerkit.Decode of YAML:\n%s", ys)
	assert.Equal(t, first, fromYAML, "YAML round trip of %q via:\n%s", doc, ys)
	var direct T
	require.NoError(t, yaml.Unmarshal(ys, &direct), "yaml.Unmarshal of:\n%s", ys)
	assert.Equal(t, first, direct, "yaml.v3 round trip of:\n%s", ys)
	ys2, err := yaml.Marshal(fromYAML)
	require.NoError(t, err, "yaml.Marshal again")
	assert.Equal(t, string(ys), string(ys2), "YAML encoding is stable")
	return first
}

func TestBandRoundTrip(t *testing.T) {
	for _, doc := range []string{
		`{"currency":"USD","period":"year","min":140000,"max":220000}`,
		`{"currency":"USD","period":"year","min":140000,"mid":185000.5,"max":220000}`,
		"{currency: USD, period: year, min: 140000, max: 220000}",
		"currency: JPY\nperiod: month\nmin: 400000\nmax: 600000\n",
		"currency: BHD\nperiod: month\nmin: 1500.250\nmid: 1750.125\nmax: 2000.750\n",
		"currency: USD\nperiod: hour\nmin: 6.731e1\nmax: 105.77\n",
		`{"currency":"EUR","period":"week","min":0,"max":0}`,
		`{"currency":"USD","period":"year","min":922337203685477,"max":922337203685477}`,
	} {
		t.Run(doc, func(t *testing.T) {
			b := roundTrip[salary.Band](t, doc)
			assert.NoError(t, b.Validate(), "decoded band validates")
		})
	}
	b := roundTrip[salary.Band](t, "{currency: USD, period: year, min: 140000, max: 220000}")
	js, err := json.Marshal(b)
	require.NoError(t, err, "json.Marshal of the seed band")
	assert.JSONEq(t, `{"currency":"USD","period":"year","min":140000,"max":220000}`, string(js), "an unset mid is omitted")
	assert.NotContains(t, string(js), `"140000"`, "amounts are numbers, not strings")
}

func TestDistributionRoundTrip(t *testing.T) {
	for _, doc := range []string{
		`{"currency":"USD","period":"year","p10":130000,"p25":150000,"p50":175000,"p75":200000,"p90":240000,"source":"Example survey","asOf":"2026-01-01"}`,
		"currency: GBP\nperiod: year\np25: 45000.5\np75: 60000\nasOf: 2026-03-31\n",
		"{currency: JPY, period: month, p50: 450000}",
	} {
		t.Run(doc, func(t *testing.T) {
			d := roundTrip[salary.Distribution](t, doc)
			assert.NoError(t, d.Validate(), "decoded distribution validates")
		})
	}
}

const sampleStructureYAML = `
id: us-2026
name: US engineering 2026
currency: USD
period: year
grades:
  - {id: g5, name: Grade 5, band: {currency: USD, period: year, min: 120000, max: 180000}}
  - {id: g6, name: Grade 6, band: {currency: USD, period: year, min: 140000, mid: 185000, max: 220000}}
zones:
  - {id: tier-1, name: Tier 1 metros, factor: 1}
  - {id: tier-2, name: Tier 2 metros, factor: 0.9}
  - {id: tier-3, factor: 0.825}
`

func TestStructureRoundTrip(t *testing.T) {
	s := roundTrip[salary.Structure](t, sampleStructureYAML)
	assert.NoError(t, s.Validate(), "decoded structure validates")
	want := usStructure()
	want.Grades[1].Band = want.Grades[1].Band.WithMid(amt("185000"))
	want.Zones = append(want.Zones, salary.Zone{ID: "tier-3", Factor: salary.MustParseFactor("0.825")})
	assert.Equal(t, want, s, "decoded sample structure")
	js, err := json.Marshal(s)
	require.NoError(t, err, "json.Marshal of the structure")
	roundTrip[salary.Structure](t, string(js))
	roundTrip[salary.Structure](t, `{"id":"x","name":"X","currency":"EUR","period":"month","grades":[{"id":"a","band":{"currency":"EUR","period":"month","min":1,"max":2}}]}`)
}

func TestPayRoundTrip(t *testing.T) {
	roundTrip[salary.Pay](t, "{currency: USD, period: year, amount: 165000}")
	roundTrip[salary.Pay](t, `{"currency":"BHD","period":"hour","amount":4.808}`)
}

func TestStrictDecodingReportsPaths(t *testing.T) {
	for _, tc := range []struct {
		name, doc, path, rule string
	}{
		{"amount as string", `{"currency":"USD","period":"year","min":"140000","max":220000}`, "min", "format"},
		{"too precise for Amount", `{"currency":"USD","period":"year","min":1.23456,"max":2}`, "min", "format"},
		{"JPY decimals", "{currency: JPY, period: year, min: 0.5, max: 1}", "min", "decimals"},
		{"unknown currency", "{currency: XTS, period: year, min: 1, max: 2}", "currency", "format"},
		{"lower-case currency", "{currency: usd, period: year, min: 1, max: 2}", "currency", "format"},
		{"unknown period", "{currency: USD, period: annum, min: 1, max: 2}", "period", "format"},
		{"unknown field", "{currency: USD, period: year, min: 1, max: 2, midpoint: 1.5}", "midpoint", "unknown-field"},
		{"overflow", `{"currency":"USD","period":"year","min":1,"max":1e20}`, "max", "format"},
		{"reversed", "{currency: USD, period: year, min: 2, max: 1}", "max", "range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b salary.Band
			err := careerkit.Decode(strings.NewReader(tc.doc), &b, formatOf(tc.doc))
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "careerkit.Decode(%q)", tc.doc)
			assert.Contains(t, ve.Errors, findProblemLine(ve, tc.path, tc.rule), "careerkit.Decode(%q): %v", tc.doc, err)
		})
	}
	doc := sampleStructureYAML + "  - {id: tier-2, factor: 0}\n"
	var s salary.Structure
	err := careerkit.Decode(strings.NewReader(doc), &s)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "careerkit.Decode of a structure with problems")
	assert.Contains(t, ve.Errors, findProblemLine(ve, "zones[3].id", "unique"), "duplicate zone: %v", err)
	assert.Contains(t, ve.Errors, findProblemLine(ve, "zones[3].factor", "gt"), "zero factor: %v", err)
	assert.ErrorIs(t, err, careerkit.ErrDuplicate, "careerkit.Decode of a duplicate zone")
	for _, fe := range ve.Errors {
		assert.Equal(t, 13, fe.Line, "line of %s", fe.Path)
	}
}

// formatOf tells JSON from YAML flow style, which both start with "{".
func formatOf(doc string) careerkit.Option {
	if json.Valid([]byte(doc)) {
		return careerkit.WithFormat(careerkit.FormatJSON)
	}
	return careerkit.WithFormat(careerkit.FormatYAML)
}

// findProblemLine returns the problem at path with rule, whatever its line.
func findProblemLine(ve *careerkit.ValidationError, path, rule string) careerkit.FieldError {
	for _, fe := range ve.Errors {
		if fe.Path == path && fe.Rule == rule {
			return fe
		}
	}
	return careerkit.FieldError{Path: path, Rule: rule, Message: "(missing)"}
}
