package sample_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/internal/schema"
	"github.com/careerkit/careerkit/internal/schema/sample"
)

// withExamples is the part of a written schema this test reads.
type withExamples struct {
	Examples []json.RawMessage          `json:"examples"`
	Defs     map[string]json.RawMessage `json:"$defs"`
}

// TestExamples checks, for the schema of every kind as sample.Marshal
// writes it, that every example is valid three times over: for
// santhosh-tekuri/jsonschema against the (sub)schema it sits on, and for
// careerkit's strict decoding and Validate as a value of its Go type. It
// also checks that every sample value is an example somewhere, and that
// role.json carries the sample role.
func TestExamples(t *testing.T) {
	vals, err := sample.Values()
	require.NoError(t, err, "Values()")
	types := map[string]reflect.Type{}
	for name, vs := range vals {
		require.NotEmpty(t, vs, "Values()[%q]", name)
		types[name] = reflect.TypeOf(vs[0])
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	written := map[string]withExamples{}
	for _, k := range careerkit.Kinds() {
		data, err := sample.Marshal(k)
		require.NoError(t, err, "Marshal(%q)", k)
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err, "UnmarshalJSON(%s)", k)
		require.NoError(t, c.AddResource(schema.KindID(k), doc), "AddResource(%s)", k)
		var w withExamples
		require.NoError(t, json.Unmarshal(data, &w), "decode %s.json", k)
		written[k] = w
	}

	used := map[string]int{}
	check := func(k, loc, name string, examples []json.RawMessage) {
		t.Helper()
		if len(examples) == 0 {
			return
		}
		typ, ok := types[name]
		require.True(t, ok, "%s.json%s: examples on %q, which has no sample value", k, loc, name)
		s, err := c.Compile(schema.KindID(k) + loc)
		require.NoError(t, err, "Compile(%s%s)", k, loc)
		for i, ex := range examples {
			inst, err := sjs.UnmarshalJSON(bytes.NewReader(ex))
			require.NoError(t, err)
			assert.NoError(t, s.Validate(inst), "%s.json%s: the schema rejects its example %d", k, loc, i)
			v := reflect.New(typ).Interface()
			assert.NoError(t, careerkit.Decode(bytes.NewReader(ex), v, careerkit.WithFormat(careerkit.FormatJSON)), "%s.json%s: careerkit rejects example %d as a %v", k, loc, i, typ)
			used[name]++
		}
	}
	for _, k := range careerkit.Kinds() {
		w := written[k]
		v, err := careerkit.New(k)
		require.NoError(t, err)
		check(k, "", schema.Name(reflect.TypeOf(v).Elem()), w.Examples)
		for name, raw := range w.Defs {
			var d withExamples
			require.NoError(t, json.Unmarshal(raw, &d), "%s.json: decode $defs/%s", k, name)
			check(k, "#/$defs/"+name, name, d.Examples)
		}
	}
	for name := range vals {
		assert.NotZero(t, used[name], "the sample %s is an example in some schema", name)
	}

	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	role := written[careerkit.KindRole].Examples
	require.Len(t, role, 1, "role.json has one example")
	var got struct {
		ID string `json:"id"`
	}
	require.NoError(t, json.Unmarshal(role[0], &got))
	assert.Equal(t, string(r.ID), got.ID, "role.json's example is the sample role")
	var comp withExamples
	require.NoError(t, json.Unmarshal(written[careerkit.KindCatalog].Defs["competency.Competency"], &comp))
	assert.Len(t, comp.Examples, 1, "catalog.json's competency definition has the sample competency as its example")
}
