package salary_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/salary"
)

func TestParseFactor(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0.9", "0.9"}, {"1", "1"}, {"1.125", "1.125"}, {"37.5", "37.5"}, {"0.000001", "0.000001"}, {"-0.5", "-0.5"}, {"9e-1", "0.9"},
	} {
		f, err := salary.ParseFactor(tc.in)
		require.NoError(t, err, "ParseFactor(%q)", tc.in)
		assert.Equal(t, tc.want, f.String(), "ParseFactor(%q)", tc.in)
	}
	for _, in := range []string{"", "0.0000001", "x", "0,9", "NaN", "1e20"} {
		_, err := salary.ParseFactor(in)
		assert.Error(t, err, "ParseFactor(%q)", in)
	}
	assert.Panics(t, func() { salary.MustParseFactor("x") }, "MustParseFactor(x)")
	assert.Equal(t, salary.MustParseFactor("40"), salary.FactorOf(40), "FactorOf(40)")
	assert.Equal(t, big.NewRat(9, 10), salary.MustParseFactor("0.9").Rat(), "Rat(0.9)")
	assert.InDelta(t, 0.9, salary.MustParseFactor("0.9").Float64(), 0, "Float64(0.9)")
	assert.Equal(t, 1, salary.MustParseFactor("0.9").Sign(), "Sign(0.9)")
	assert.Equal(t, -1, salary.MustParseFactor("0.9").Compare(salary.FactorOf(1)), "Compare(0.9, 1)")
	assert.Equal(t, 0, salary.MustParseFactor("1.0").Compare(salary.FactorOf(1)), "Compare(1.0, 1)")
	assert.True(t, salary.MustParseFactor("0.90").Equal(salary.MustParseFactor("0.9")), "Equal(0.90, 0.9)")
	assert.False(t, salary.MustParseFactor("0.9").Equal(salary.FactorOf(1)), "Equal(0.9, 1)")
	assert.True(t, salary.Factor{}.IsZero(), "zero Factor IsZero")
}

func TestFactorEncoding(t *testing.T) {
	type doc struct {
		F salary.Factor `json:"f" yaml:"f"`
	}
	var d doc
	require.NoError(t, json.Unmarshal([]byte(`{"f":0.90}`), &d), "json.Unmarshal(0.90)")
	out, err := json.Marshal(d)
	require.NoError(t, err, "json.Marshal")
	assert.JSONEq(t, `{"f":0.9}`, string(out), "JSON of factor 0.9")
	assert.Error(t, json.Unmarshal([]byte(`{"f":"0.9"}`), &d), "json.Unmarshal of a string factor")
	require.NoError(t, yaml.Unmarshal([]byte("f: 1.125\n"), &d), "yaml.Unmarshal(1.125)")
	y, err := yaml.Marshal(d)
	require.NoError(t, err, "yaml.Marshal")
	assert.Equal(t, "f: 1.125\n", string(y), "YAML of factor 1.125")
	assert.Error(t, yaml.Unmarshal([]byte("f: abc\n"), &d), "yaml.Unmarshal of a string factor")
	assert.Equal(t, "number", salary.Factor{}.JSONSchema().Type, "Factor.JSONSchema().Type")
}
