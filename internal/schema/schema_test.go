package schema_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/internal/schema"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// sample has one field per kind of rule the schema derives from tags.
type sample struct {
	ID     string   `json:"id" validate:"required,slug"`
	Name   string   `json:"name" validate:"required,max=5"`
	Note   string   `json:"note,omitempty" validate:"max=5"`
	Ref    string   `json:"ref,omitempty" validate:"omitempty,slug"`
	Color  string   `json:"color,omitempty" validate:"omitempty,oneof=red green"`
	Shape  string   `json:"shape" validate:"oneof=round square"`
	Date   string   `json:"date,omitempty" validate:"omitempty,datetime=2006-01-02"`
	Count  int      `json:"count" validate:"gte=0,lte=10"`
	Rank   int      `json:"rank" validate:"gte=1"`
	Score  float64  `json:"score,omitempty" validate:"omitempty,gt=0,lt=1"`
	Weight *float64 `json:"weight,omitempty" validate:"omitempty,finite,gt=0"`
	Must   *int     `json:"must,omitempty" validate:"required,lte=3"`
	Tags   []string `json:"tags,omitempty" validate:"max=3,unique,dive,required,max=4"`
	Items  []string `json:"items" validate:"required,min=1,dive,slug"`
	Maybe  []int    `json:"maybe" validate:"omitempty,min=2"`
	List   []int    `json:"list"`
	Flag   bool     `json:"flag,omitempty"`
	Child  child    `json:"child"`
	Opt    *child   `json:"opt,omitempty"`
}

type child struct {
	Key string `json:"key" validate:"required"`
}

// compile compiles s with santhosh-tekuri/jsonschema, formats asserted.
func compile(t *testing.T, s *jsonschema.Schema) *sjs.Schema {
	t.Helper()
	data, err := json.Marshal(s)
	require.NoError(t, err, "json.Marshal(schema)")
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err, "UnmarshalJSON(schema)")
	c := sjs.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(string(s.ID), doc), "AddResource(%s)", s.ID)
	sch, err := c.Compile(string(s.ID))
	require.NoError(t, err, "Compile(%s)\n%s", s.ID, data)
	return sch
}

func TestReflectAgreesWithGo(t *testing.T) {
	s, err := schema.Reflect(reflect.TypeFor[sample](), schema.Base+"sample.json")
	require.NoError(t, err, "Reflect(sample)")
	sch := compile(t, s)

	const base = `{"id": "a", "name": "n", "shape": "round", "rank": 1, "must": 1, "items": ["x"], "child": {"key": "k"}}`
	cases := []struct {
		name  string
		doc   string
		valid bool
	}{
		{"base", base, true},
		{"missing id", `{"name": "n", "shape": "round", "rank": 1, "must": 1, "items": ["x"], "child": {"key": "k"}}`, false},
		{"empty id", strings.Replace(base, `"id": "a"`, `"id": ""`, 1), false},
		{"id not a slug", strings.Replace(base, `"id": "a"`, `"id": "A b"`, 1), false},
		{"id of 64 bytes", strings.Replace(base, `"id": "a"`, `"id": "`+strings.Repeat("a", 64)+`"`, 1), true},
		{"id of 65 bytes", strings.Replace(base, `"id": "a"`, `"id": "`+strings.Repeat("a", 65)+`"`, 1), false},
		{"id a number", strings.Replace(base, `"id": "a"`, `"id": 1`, 1), false},
		{"empty name", strings.Replace(base, `"name": "n"`, `"name": ""`, 1), false},
		{"name of 5 characters in 6 bytes", strings.Replace(base, `"name": "n"`, `"name": "héllo"`, 1), true},
		{"name of 6 characters", strings.Replace(base, `"name": "n"`, `"name": "hellos"`, 1), false},
		{"empty note", strings.Replace(base, `{`, `{"note": "", `, 1), true},
		{"long note", strings.Replace(base, `{`, `{"note": "123456", `, 1), false},
		{"empty ref", strings.Replace(base, `{`, `{"ref": "", `, 1), true},
		{"bad ref", strings.Replace(base, `{`, `{"ref": "a b", `, 1), false},
		{"empty color", strings.Replace(base, `{`, `{"color": "", `, 1), true},
		{"color", strings.Replace(base, `{`, `{"color": "green", `, 1), true},
		{"bad color", strings.Replace(base, `{`, `{"color": "blue", `, 1), false},
		{"missing shape", strings.Replace(base, `"shape": "round", `, ``, 1), false},
		{"empty shape", strings.Replace(base, `"shape": "round"`, `"shape": ""`, 1), false},
		{"empty date", strings.Replace(base, `{`, `{"date": "", `, 1), true},
		{"date", strings.Replace(base, `{`, `{"date": "2024-02-29", `, 1), true},
		{"no such date", strings.Replace(base, `{`, `{"date": "2026-02-29", `, 1), false},
		{"short month", strings.Replace(base, `{`, `{"date": "2026-2-03", `, 1), false},
		{"count above", strings.Replace(base, `{`, `{"count": 11, `, 1), false},
		{"count below", strings.Replace(base, `{`, `{"count": -1, `, 1), false},
		{"count a fraction", strings.Replace(base, `{`, `{"count": 1.5, `, 1), false},
		{"missing rank", strings.Replace(base, `"rank": 1, `, ``, 1), false},
		{"rank 0", strings.Replace(base, `"rank": 1`, `"rank": 0`, 1), false},
		{"score 0", strings.Replace(base, `{`, `{"score": 0, `, 1), true},
		{"score 1", strings.Replace(base, `{`, `{"score": 1, `, 1), false},
		{"score inside", strings.Replace(base, `{`, `{"score": 0.5, `, 1), true},
		{"weight 0", strings.Replace(base, `{`, `{"weight": 0, `, 1), false},
		{"weight", strings.Replace(base, `{`, `{"weight": 0.1, `, 1), true},
		{"weight 1e300", strings.Replace(base, `{`, `{"weight": 1e300, `, 1), true},
		{"weight beyond float64", strings.Replace(base, `{`, `{"weight": 1e400, `, 1), false},
		{"missing must", strings.Replace(base, `"must": 1, `, ``, 1), false},
		{"must above", strings.Replace(base, `"must": 1`, `"must": 4`, 1), false},
		{"tags", strings.Replace(base, `{`, `{"tags": ["a", "b"], `, 1), true},
		{"tags twice", strings.Replace(base, `{`, `{"tags": ["a", "a"], `, 1), false},
		{"empty tag", strings.Replace(base, `{`, `{"tags": [""], `, 1), false},
		{"long tag", strings.Replace(base, `{`, `{"tags": ["abcde"], `, 1), false},
		{"four tags", strings.Replace(base, `{`, `{"tags": ["a", "b", "c", "d"], `, 1), false},
		{"no items", strings.Replace(base, `"items": ["x"]`, `"items": []`, 1), false},
		{"missing items", strings.Replace(base, `"items": ["x"], `, ``, 1), false},
		{"null items", strings.Replace(base, `"items": ["x"]`, `"items": null`, 1), false},
		{"bad item", strings.Replace(base, `"items": ["x"]`, `"items": ["X"]`, 1), false},
		{"maybe empty", strings.Replace(base, `{`, `{"maybe": [], `, 1), false},
		{"maybe one", strings.Replace(base, `{`, `{"maybe": [1], `, 1), false},
		{"maybe two", strings.Replace(base, `{`, `{"maybe": [1, 2], `, 1), true},
		{"maybe null", strings.Replace(base, `{`, `{"maybe": null, `, 1), true},
		{"list null", strings.Replace(base, `{`, `{"list": null, `, 1), true},
		{"missing child", strings.Replace(base, `, "child": {"key": "k"}`, ``, 1), false},
		{"empty child", strings.Replace(base, `"child": {"key": "k"}`, `"child": {}`, 1), false},
		{"unknown key in child", strings.Replace(base, `"child": {"key": "k"}`, `"child": {"key": "k", "x": 1}`, 1), false},
		{"unknown key", strings.Replace(base, `{`, `{"colour": "red", `, 1), false},
		{"empty opt", strings.Replace(base, `{`, `{"opt": {}, `, 1), false},
		{"opt", strings.Replace(base, `{`, `{"opt": {"key": "k"}, `, 1), true},
		{"flag a string", strings.Replace(base, `{`, `{"flag": "yes", `, 1), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var v sample
			goValid := true
			doc, err := document.Parse([]byte(c.doc), "", document.JSON, document.Limits{})
			require.NoError(t, err, "document.Parse(%s)", c.doc)
			if err := doc.Into(&v); err != nil {
				goValid = false
			} else if fes := validate.Struct(v); len(fes) > 0 {
				goValid = false
			}
			inst, err := sjs.UnmarshalJSON(strings.NewReader(c.doc))
			require.NoError(t, err, "UnmarshalJSON(%s)", c.doc)
			schemaErr := sch.Validate(inst)
			assert.Equal(t, c.valid, goValid, "Go's verdict on %s", c.doc)
			// Go reads an empty enum value as the field left out; the
			// schema's enum holds no empty string.
			stricter := c.name == "empty color"
			assert.Equal(t, c.valid && !stricter, schemaErr == nil, "the schema's verdict on %s: %v", c.doc, schemaErr)
		})
	}
}

func TestReflectKeywords(t *testing.T) {
	s, err := schema.Reflect(reflect.TypeFor[*sample](), schema.Base+"sample.json")
	require.NoError(t, err, "Reflect(*sample)")
	assert.Equal(t, "https://careerkit.dev/schemas/sample.json", string(s.ID), "$id")
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", s.Version, "$schema")
	assert.Equal(t, []string{"id", "name", "shape", "rank", "must", "items", "child"}, s.Required, "required keys")
	assert.Equal(t, jsonschema.FalseSchema, s.AdditionalProperties, "additionalProperties")
	prop := func(name string) *jsonschema.Schema {
		p, ok := s.Properties.Get(name)
		require.True(t, ok, "property %s", name)
		return p
	}
	assert.Equal(t, validate.SlugPattern, prop("id").Pattern, "id pattern")
	assert.Equal(t, uint64(64), *prop("id").MaxLength, "id maxLength")
	assert.Nil(t, prop("id").MinLength, "id needs no minLength: the pattern rejects \"\"")
	assert.Equal(t, uint64(1), *prop("name").MinLength, "name minLength from required")
	consts := func(s *jsonschema.Schema) (out []any) {
		for _, br := range s.OneOf {
			assert.Equal(t, "string", br.Type, "a oneOf branch of an enum says its type")
			assert.NotEmpty(t, br.Title, "a oneOf branch of an enum has a title")
			out = append(out, br.Const)
		}
		return out
	}
	assert.Nil(t, prop("color").Enum, "oneof with omitempty is a oneOf, not an enum")
	assert.Equal(t, []any{"red", "green"}, consts(prop("color")), "oneof with omitempty leaves \"\" out")
	assert.Equal(t, []any{"round", "square"}, consts(prop("shape")), "oneof")
	assert.Equal(t, "Round", prop("shape").OneOf[0].Title, "an enum value's title")
	assert.Equal(t, "Weight", prop("weight").Title, "a property's title")
	assert.Equal(t, "Sample", s.Title, "the root's title")
	assert.Equal(t, "string", prop("date").AnyOf[0].Type, "an anyOf branch says its type")
	assert.Equal(t, "string", prop("date").AnyOf[1].Type, "an anyOf branch says its type")
	assert.Equal(t, "date", prop("date").AnyOf[1].Format, "datetime=2006-01-02")
	assert.Equal(t, schema.DatePattern, prop("date").AnyOf[1].Pattern, "datetime=2006-01-02")
	assert.Equal(t, json.Number("0"), prop("count").Minimum, "gte")
	assert.Equal(t, json.Number("10"), prop("count").Maximum, "lte")
	assert.Equal(t, json.Number("0"), prop("weight").ExclusiveMinimum, "gt on a pointer")
	assert.Equal(t, json.Number("0"), prop("score").AnyOf[1].ExclusiveMinimum, "gt with omitempty on a number")
	assert.Equal(t, json.Number("1"), prop("score").ExclusiveMaximum, "lt, which accepts 0, outside the anyOf")
	assert.Equal(t, json.Number("1.7976931348623157e+308"), prop("weight").Maximum, "a float no rule bounds above: the largest float64")
	assert.Empty(t, prop("weight").Minimum, "a float that gt bounds below gets no minimum")
	assert.Empty(t, prop("score").Maximum, "a float that lt bounds above gets no maximum")
	assert.True(t, prop("tags").UniqueItems, "unique")
	assert.Equal(t, uint64(3), *prop("tags").MaxItems, "max on a list")
	assert.Equal(t, uint64(4), *prop("tags").Items.MaxLength, "max after dive")
	assert.Equal(t, uint64(1), *prop("tags").Items.MinLength, "required after dive")
	assert.Equal(t, uint64(1), *prop("items").MinItems, "min on a list")
	assert.Equal(t, validate.SlugPattern, prop("items").Items.Pattern, "slug after dive")
	assert.Equal(t, "null", prop("list").AnyOf[1].Type, "a list Go writes as null accepts null")
}

type badEnum struct {
	Kind color `json:"kind" validate:"required,oneof=red"`
	Free color `json:"free"`
}

type color string

func (color) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{"red", "green"}}
}

type unknownRule struct {
	Mail string `json:"mail" validate:"required,email"`
}

func TestReflectReportsWhatItCannotSay(t *testing.T) {
	_, err := schema.Reflect(reflect.TypeFor[badEnum](), schema.Base+"bad.json")
	require.Error(t, err, "Reflect(badEnum)")
	assert.Contains(t, err.Error(), "schema_test.badEnum.Kind: oneof accepts [red]", "Reflect(badEnum): oneof and the type's enum disagree")
	assert.Contains(t, err.Error(), "schema_test.badEnum.Free: the field of enum type", "Reflect(badEnum): an enum field without oneof")

	s, err := schema.Reflect(reflect.TypeFor[unknownRule](), schema.Base+"unknown.json")
	require.Error(t, err, "Reflect(unknownRule)")
	assert.Contains(t, err.Error(), "unknown rule email", "Reflect(unknownRule)")
	p, _ := s.Properties.Get("mail")
	assert.Contains(t, p.Description, `the rule "email"`, "the description names the rule the schema lacks")
	assert.Equal(t, []string{"mail"}, s.Required, "the rules it can say still apply")
}

func TestName(t *testing.T) {
	assert.Equal(t, "problem.FieldError", schema.Name(reflect.TypeFor[problem.FieldError]()), "Name of a careerkit type")
	assert.Equal(t, "github.com.invopop.jsonschema.Schema", schema.Name(reflect.TypeFor[jsonschema.Schema]()), "Name of another module's type")
	assert.Equal(t, "", schema.Name(reflect.TypeFor[[]int]()), "Name of an unnamed type")
	assert.Equal(t, "https://careerkit.dev/schemas/problem.FieldError.json", schema.TypeID(reflect.TypeFor[*problem.FieldError]()), "TypeID")
	assert.Equal(t, "https://careerkit.dev/schemas/role.json", schema.KindID("role"), "KindID")
}
