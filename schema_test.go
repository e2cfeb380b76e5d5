package careerkit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/internal/schema"
	"github.com/careerkit/careerkit/internal/schema/commentgen"
	"github.com/careerkit/careerkit/internal/schema/sample"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

func TestSchemaFilesAreUpToDate(t *testing.T) {
	for _, k := range careerkit.Kinds() {
		want, err := sample.Marshal(k)
		require.NoError(t, err, "sample.Marshal(%q)", k)
		got, err := os.ReadFile(filepath.Join("schemas", k+".json"))
		require.NoError(t, err, "schemas/%s.json is missing: run go generate ./...", k)
		assert.Equal(t, string(want), string(got), "schemas/%s.json differs from what the code generates: run go generate ./...", k)
	}
	files, err := filepath.Glob(filepath.Join("schemas", "*.json"))
	require.NoError(t, err, "Glob(schemas/*.json)")
	assert.Len(t, files, len(careerkit.Kinds()), "schemas/ holds one file per kind and no other (%v): run go generate ./...", files)
}

func TestCommentsFileIsUpToDate(t *testing.T) {
	want, err := commentgen.Generate(".")
	require.NoError(t, err, "commentgen.Generate(.)")
	got, err := os.ReadFile(filepath.Join("internal", "schema", "comments_gen.go"))
	require.NoError(t, err, "internal/schema/comments_gen.go is missing: run go generate ./...")
	assert.Equal(t, string(want), string(got), "internal/schema/comments_gen.go differs from the doc comments: run go generate ./...")
}

func TestMarshalSchemaIsStable(t *testing.T) {
	for _, k := range careerkit.Kinds() {
		a, err := careerkit.MarshalSchema(k)
		require.NoError(t, err, "MarshalSchema(%q)", k)
		b, err := careerkit.MarshalSchema(k)
		require.NoError(t, err, "MarshalSchema(%q) again", k)
		assert.Equal(t, string(a), string(b), "MarshalSchema(%q) twice", k)
		assert.True(t, bytes.HasSuffix(a, []byte("}\n")), "MarshalSchema(%q) ends with a newline", k)
	}
}

// compiled compiles the committed schema of every kind with
// santhosh-tekuri/jsonschema, formats asserted, and returns them by kind.
func compiled(t *testing.T) map[string]*sjs.Schema {
	t.Helper()
	c := sjs.NewCompiler()
	c.AssertFormat()
	for _, k := range careerkit.Kinds() {
		data, err := os.ReadFile(filepath.Join("schemas", k+".json"))
		require.NoError(t, err, "ReadFile(schemas/%s.json)", k)
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err, "UnmarshalJSON(schemas/%s.json)", k)
		require.NoError(t, c.AddResource(schema.KindID(k), doc), "AddResource(%s)", k)
	}
	out := map[string]*sjs.Schema{}
	for _, k := range careerkit.Kinds() {
		s, err := c.Compile(schema.KindID(k))
		require.NoError(t, err, "Compile(%s)", schema.KindID(k))
		out[k] = s
	}
	return out
}

// instance returns v as santhosh-tekuri/jsonschema wants a JSON value.
func instance(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err, "json.Marshal(%T)", v)
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err, "UnmarshalJSON(%T)", v)
	return doc
}

func TestSchemasCompile(t *testing.T) {
	assert.Len(t, compiled(t), len(careerkit.Kinds()), "a compiled schema per kind")
}

func TestExamplesMatchTheirSchemas(t *testing.T) {
	schemas := compiled(t)
	check := func(kind, what string, v any) {
		t.Helper()
		assert.NoError(t, schemas[kind].Validate(instance(t, v)), "the %s schema on %s", kind, what)
	}
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	people, err := examples.People()
	require.NoError(t, err, "examples.People()")

	check(careerkit.KindFramework, "examples.Framework()", f)
	check(careerkit.KindPeople, "examples.People()", people)
	check(careerkit.KindCatalog, "the example catalog", f.Catalog)
	for _, r := range f.Roles {
		check(careerkit.KindRole, "role "+string(r.ID), r)
		if r.Pay != nil {
			check(careerkit.KindBand, "the pay of role "+string(r.ID), *r.Pay)
		}
	}
	for _, l := range f.Ladders {
		check(careerkit.KindLadder, "ladder "+string(l.ID), l)
	}
	for _, s := range f.PayStructures {
		check(careerkit.KindStructure, "pay structure "+string(s.ID), s)
		for _, g := range s.Grades {
			check(careerkit.KindBand, "the band of grade "+string(g.ID), g.Band)
		}
	}
	for _, c := range people.Candidates {
		check(careerkit.KindCandidate, "candidate "+string(c.Profile.Subject), c)
		check(careerkit.KindProfile, "the profile of candidate "+string(c.Profile.Subject), c.Profile)
	}
	for _, p := range people.Profiles {
		check(careerkit.KindProfile, "profile "+string(p.Subject), p)
	}
	check(careerkit.KindProfile, "a profile without ratings, which Go writes with \"ratings\": null", competency.Profile{Subject: "nobody"})

	// The YAML files as written, not as Go writes them back.
	for file, kind := range map[string]string{"data/framework.yaml": careerkit.KindFramework, "data/people.yaml": careerkit.KindPeople} {
		data, err := fs.ReadFile(examples.FS(), file)
		require.NoError(t, err, "ReadFile(%s)", file)
		var v any
		require.NoError(t, yaml.Unmarshal(data, &v), "yaml.Unmarshal(%s)", file)
		check(kind, file, v)
	}
}

func TestSchemaKeywords(t *testing.T) {
	of := func(kind string) *jsonschema.Schema {
		s, err := careerkit.SchemaOf(kind)
		require.NoError(t, err, "SchemaOf(%q)", kind)
		return s
	}
	prop := func(s *jsonschema.Schema, name string) *jsonschema.Schema {
		p, ok := s.Properties.Get(name)
		require.True(t, ok, "property %s", name)
		return p
	}
	catalog, rl, structure := of(careerkit.KindCatalog), of(careerkit.KindRole), of(careerkit.KindStructure)

	comp := catalog.Definitions["competency.Competency"]
	require.NotNil(t, comp, "the catalog schema defines competency.Competency")
	assert.Equal(t, validate.SlugPattern, prop(comp, "id").Pattern, "competency ID pattern")
	assert.Equal(t, uint64(validate.MaxSlugLen), *prop(comp, "id").MaxLength, "competency ID maxLength")
	assert.Equal(t, "#/$defs/competency.Kind", prop(comp, "kind").Ref, "competency kind")
	assert.Equal(t, []string{"id", "name", "kind"}, comp.Required, "a competency's required keys")
	assert.True(t, prop(comp, "tags").UniqueItems, "unique tags")
	kind := catalog.Definitions["competency.Kind"]
	assert.Nil(t, kind.Enum, "competency.Kind is a oneOf, not an enum")
	require.Len(t, kind.OneOf, 3, "competency.Kind oneOf")
	for i, want := range []string{"hard", "soft", "knowledge"} {
		assert.Equal(t, want, kind.OneOf[i].Const, "competency.Kind oneOf[%d] const", i)
		assert.Equal(t, "string", kind.OneOf[i].Type, "competency.Kind oneOf[%d] type", i)
	}
	assert.Equal(t, "Soft", kind.OneOf[1].Title, "competency.Kind soft's title")
	assert.Equal(t, "An interpersonal or behavioural skill.", kind.OneOf[1].Description, "competency.Kind soft's label")
	assert.Equal(t, []string{"competencies"}, catalog.Required, "a catalog's required keys")
	assert.Equal(t, uint64(1), *prop(catalog, "competencies").MinItems, "a catalog has a competency")

	req := rl.Definitions["competency.Requirement"]
	require.NotNil(t, req, "the role schema defines competency.Requirement")
	assert.Equal(t, json.Number("0"), prop(req, "level").Minimum, "Requirement.level minimum")
	assert.Equal(t, json.Number("1000"), prop(req, "level").Maximum, "Requirement.level maximum")
	assert.Equal(t, json.Number("0"), prop(req, "weight").ExclusiveMinimum, "Requirement.weight exclusiveMinimum")
	assert.Equal(t, []string{"competency"}, req.Required, "a requirement's required keys")
	assert.Contains(t, req.Description, "names each competency once", "what the schema cannot say is in the description")
	assert.Equal(t, []string{"id", "title"}, rl.Required, "a role's required keys")
	assert.Equal(t, "https://careerkit.dev/schemas/role.json", string(rl.ID), "a role's $id")
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", rl.Version, "draft 2020-12")
	assert.Contains(t, rl.Description, "Role is a job description as data.", "the root's description is the type's doc comment")

	assert.Equal(t, []string{"id", "factor"}, structure.Definitions["salary.Zone"].Required, "a zone's factor is required: Go rejects a zero factor")
	assert.Equal(t, []string{"id", "band"}, structure.Definitions["salary.Grade"].Required, "a grade's band is required: Go rejects a zero band")
	assert.Equal(t, []string{"profile"}, of(careerkit.KindCandidate).Required, "a candidate's profile is required")
	rating := of(careerkit.KindProfile).Definitions["competency.Rating"]
	assert.Equal(t, "#/$defs/civil.Date", prop(rating, "assessedAt").Ref, "Rating.assessedAt is a civil.Date")
	assert.Equal(t, "date", of(careerkit.KindProfile).Definitions["civil.Date"].AnyOf[1].Format, "Rating.assessedAt is a date or empty")

	for _, k := range careerkit.Kinds() {
		s := of(k)
		assert.Equal(t, schema.KindID(k), string(s.ID), "$id of %s", k)
		objects := map[string]*jsonschema.Schema{"(root)": s}
		for name, d := range s.Definitions {
			assert.Contains(t, name, ".", "$defs name %q names its package", name)
			if d.Type == "object" {
				objects[name] = d
			}
		}
		for name, o := range objects {
			assert.Equal(t, jsonschema.FalseSchema, o.AdditionalProperties, "%s of %s allows no unknown key", name, k)
			assert.NotEmpty(t, o.Description, "%s of %s has a description", name, k)
			for p := o.Properties.Oldest(); p != nil; p = p.Next() {
				assert.NotEmpty(t, p.Value.Description, "%s.%s of %s has a description", name, p.Key, k)
			}
		}
	}
}

// TestSchemaRejectsWhatGoRejects checks one mutation of each sort on the
// example documents: Go (strict decoding and Validate) and the schema both
// reject it.
func TestSchemaRejectsWhatGoRejects(t *testing.T) {
	schemas := compiled(t)
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	docs := map[string]any{
		careerkit.KindRole:    instance(t, r),
		careerkit.KindCatalog: instance(t, f.Catalog),
		careerkit.KindLadder:  instance(t, f.Ladders[0]),
	}
	at := func(v any, path ...any) map[string]any {
		for _, p := range path {
			switch p := p.(type) {
			case string:
				v = v.(map[string]any)[p]
			case int:
				v = v.([]any)[p]
			}
		}
		return v.(map[string]any)
	}
	cases := []struct {
		name, kind string
		mutate     func(doc any)
	}{
		{"missing required key", careerkit.KindRole, func(d any) { delete(at(d), "title") }},
		{"wrong type", careerkit.KindRole, func(d any) { at(d)["title"] = json.Number("5") }},
		{"out of bounds", careerkit.KindRole, func(d any) { at(d, "requirements", 0)["level"] = json.Number("1001") }},
		{"bad enum", careerkit.KindRole, func(d any) { at(d)["track"] = "manager" }},
		{"bad pattern", careerkit.KindRole, func(d any) { at(d)["id"] = "Manager Software" }},
		{"unknown key", careerkit.KindRole, func(d any) { at(d)["salary"] = json.Number("1") }},
		{"too long", careerkit.KindRole, func(d any) { at(d)["title"] = strings.Repeat("x", 201) }},
		{"empty item", careerkit.KindRole, func(d any) { at(d)["tags"] = []any{""} }},
		{"duplicate item", careerkit.KindRole, func(d any) { at(d)["tags"] = []any{"a", "a"} }},
		{"move to nowhere", careerkit.KindRole, func(d any) { at(d, "career")["lateral"] = []any{map[string]any{"note": "somewhere"}} }},
		{"open-ended with no minimum", careerkit.KindRole, func(d any) { delete(at(d, "experience", 0), "minYears") }},
		{"empty list where one item is required", careerkit.KindCatalog, func(d any) { at(d)["competencies"] = []any{} }},
		{"bad enum in a list", careerkit.KindCatalog, func(d any) { at(d, "competencies", 0)["kind"] = "hard-skill" }},
		{"missing required key in a list", careerkit.KindLadder, func(d any) { delete(at(d, "levels", 0), "title") }},
		{"bad date", careerkit.KindProfile, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var doc any
			if c.mutate == nil {
				doc = map[string]any{"subject": "s", "ratings": []any{map[string]any{"competency": "x", "level": json.Number("1"), "assessedAt": "2026-13-01"}}}
			} else {
				data, err := json.Marshal(docs[c.kind])
				require.NoError(t, err, "json.Marshal(%s)", c.kind)
				doc, err = sjs.UnmarshalJSON(bytes.NewReader(data))
				require.NoError(t, err, "copy of %s", c.kind)
				require.NoError(t, schemas[c.kind].Validate(doc), "the unchanged %s is valid", c.kind)
				c.mutate(doc)
			}
			data, err := json.Marshal(doc)
			require.NoError(t, err, "json.Marshal(mutated %s)", c.kind)
			v, err := careerkit.New(c.kind)
			require.NoError(t, err, "New(%q)", c.kind)
			assert.Error(t, careerkit.Decode(bytes.NewReader(data), v), "Go rejects %s", data)
			assert.Error(t, schemas[c.kind].Validate(doc), "the schema rejects %s", data)
		})
	}
}

func TestSchemaOfTypes(t *testing.T) {
	assert.Nil(t, careerkit.Schema(nil), "Schema(nil)")
	_, err := careerkit.SchemaOf("résumé")
	assert.Error(t, err, "SchemaOf of an unknown kind")

	byKind, err := careerkit.SchemaOf(careerkit.KindRole)
	require.NoError(t, err, "SchemaOf(role)")
	for _, v := range []any{role.Role{}, &role.Role{}} {
		s := careerkit.Schema(v)
		require.NotNil(t, s, "Schema(%T)", v)
		a, _ := json.Marshal(s)
		b, _ := json.Marshal(byKind)
		assert.JSONEq(t, string(b), string(a), "Schema(%T) is SchemaOf(role)", v)
	}

	// Types that are no kind of document have schemas too, such as reports
	// an API returns.
	for _, v := range []any{role.FitReport{}, competency.Report{}, problem.FieldError{}} {
		typ := reflect.TypeOf(v)
		s, err := schema.Reflect(typ, schema.TypeID(typ))
		assert.NoError(t, err, "Reflect(%s)", typ)
		assert.Equal(t, schema.TypeID(typ), string(careerkit.Schema(v).ID), "$id of %s", typ)
		assert.NotZero(t, s.Properties.Len(), "Schema(%s) has properties", typ)
	}
}

func ExampleSchemaOf() {
	s, err := careerkit.SchemaOf(careerkit.KindRole)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.ID)
	fmt.Println(s.Required)
	id, _ := s.Properties.Get("id")
	fmt.Println(id.Pattern)
	// Output:
	// https://careerkit.dev/schemas/role.json
	// [id title]
	// ^[a-z0-9]+([._-][a-z0-9]+)*$
}

// goWords are words of Go doc comments that mean nothing to a reader of a
// JSON document.
var goWords = regexp.MustCompile(`\b(nil|zero value|slice|pointer|struct)\b`)

// TestSchemaShape checks the committed schemas for what front ends and
// typed clients need: string enums as a oneOf of {const, title} without the
// empty string, a type in every branch of anyOf and oneOf, a title on
// every definition and property, and descriptions in JSON terms.
func TestSchemaShape(t *testing.T) {
	for _, k := range careerkit.Kinds() {
		data, err := os.ReadFile(filepath.Join("schemas", k+".json"))
		require.NoError(t, err, "ReadFile(schemas/%s.json)", k)
		var doc map[string]any
		require.NoError(t, json.Unmarshal(data, &doc), "json.Unmarshal(schemas/%s.json)", k)
		assert.NotEmpty(t, doc["title"], "schemas/%s.json has a title", k)
		var walk func(s map[string]any, at string, negated bool)
		walk = func(s map[string]any, at string, negated bool) {
			if enum, ok := s["enum"].([]any); ok && !negated {
				for _, v := range enum {
					_, isString := v.(string)
					assert.False(t, isString, "schemas/%s.json %s: a string enum (%v) is a oneOf of {const, title}", k, at, enum)
				}
			}
			if c, ok := s["const"]; ok && !negated && c == "" {
				_, inAnyOf := s["type"]
				assert.True(t, inAnyOf, "schemas/%s.json %s: const \"\" says its type", k, at)
			}
			if d, ok := s["description"].(string); ok {
				assert.NotRegexp(t, goWords, d, "schemas/%s.json %s: the description speaks of JSON, not Go", k, at)
			}
			for _, kw := range []string{"anyOf", "oneOf"} {
				list, _ := s[kw].([]any)
				for i, br := range list {
					b := br.(map[string]any)
					assert.Contains(t, b, "type", "schemas/%s.json %s/%s/%d says its type", k, at, kw, i)
					if kw == "oneOf" && b["const"] != nil {
						assert.NotEmpty(t, b["title"], "schemas/%s.json %s/%s/%d: an enum value has a title", k, at, kw, i)
						assert.NotEqual(t, "", b["const"], "schemas/%s.json %s/%s/%d: no enum value is empty", k, at, kw, i)
					}
					walk(b, fmt.Sprintf("%s/%s/%d", at, kw, i), negated)
				}
			}
			if props, ok := s["properties"].(map[string]any); ok {
				for name, p := range props {
					ps := p.(map[string]any)
					assert.NotEmpty(t, ps["title"], "schemas/%s.json %s/properties/%s has a title", k, at, name)
					walk(ps, at+"/properties/"+name, negated)
				}
			}
			for _, kw := range []string{"items", "additionalProperties", "if", "then", "else"} {
				if sub, ok := s[kw].(map[string]any); ok {
					walk(sub, at+"/"+kw, negated)
				}
			}
			if list, ok := s["allOf"].([]any); ok {
				for i, sub := range list {
					walk(sub.(map[string]any), fmt.Sprintf("%s/allOf/%d", at, i), negated)
				}
			}
			if sub, ok := s["not"].(map[string]any); ok {
				walk(sub, at+"/not", !negated)
			}
		}
		walk(doc, "#", false)
		defs, _ := doc["$defs"].(map[string]any)
		for name, d := range defs {
			assert.NotEmpty(t, d.(map[string]any)["title"], "schemas/%s.json $defs/%s has a title", k, name)
			walk(d.(map[string]any), "#/$defs/"+name, false)
		}
	}
}

// TestSchemaDefaults checks that the schemas' defaults are what Go takes
// for a key left out.
func TestSchemaDefaults(t *testing.T) {
	def := func(kind, name, key string) any {
		s, err := careerkit.SchemaOf(kind)
		require.NoError(t, err, "SchemaOf(%q)", kind)
		if name != "" {
			s = s.Definitions[name]
			require.NotNil(t, s, "the %s schema defines %s", kind, name)
		}
		p, ok := s.Properties.Get(key)
		require.True(t, ok, "%s %s has the property %s", kind, name, key)
		return p.Default
	}
	assert.EqualValues(t, competency.Requirement{}.EffectiveWeight(), def(careerkit.KindRole, "competency.Requirement", "weight"), "SchemaOf(role): a requirement's weight defaults to EffectiveWeight of no weight")
	assert.Equal(t, "required", def(careerkit.KindRole, "competency.Requirement", "importance"), "SchemaOf(role): a requirement's importance defaults to required")
	assert.True(t, competency.Importance("").IsRequired(), "Importance(\"\").IsRequired()")
	assert.Equal(t, string(competency.ScaleFramework), def(careerkit.KindCatalog, "", "defaultScale"), "SchemaOf(catalog): defaultScale defaults to ScaleFramework")
	assert.Equal(t, string(competency.ScaleFramework), def(careerkit.KindFramework, "", "defaultScale"), "SchemaOf(framework): defaultScale defaults to ScaleFramework")
}

// TestLicenseAndNotice checks that the module carries the Apache-2.0 text
// and a NOTICE with the notice of the O*NET data its example ships.
func TestLicenseAndNotice(t *testing.T) {
	license, err := os.ReadFile("LICENSE")
	require.NoError(t, err, "ReadFile(LICENSE)")
	assert.Contains(t, string(license), "Apache License\n                           Version 2.0, January 2004", "LICENSE is the Apache License 2.0")
	assert.Contains(t, string(license), "END OF TERMS AND CONDITIONS", "LICENSE holds the full text")
	notice, err := os.ReadFile("NOTICE")
	require.NoError(t, err, "ReadFile(NOTICE)")
	sample, err := os.ReadFile(filepath.Join("examples", "data", "framework.yaml"))
	require.NoError(t, err, "ReadFile(examples/data/framework.yaml)")
	if strings.Contains(string(sample), "onet:") {
		assert.Contains(t, strings.Join(strings.Fields(string(notice)), " "),
			"This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.",
			"NOTICE carries the O*NET notice, as examples/data/framework.yaml ships O*NET element IDs")
	}
}
