package careerkit_test

import (
	"encoding"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// enumCase is one enum type of the module: its type, its values (without
// ""), and whether "" is valid (the value is optional).
type enumCase struct {
	typ      reflect.Type
	values   []string
	optional bool
	// closed is false for an enum whose values are a large external set
	// (currencies): its refusal suggests a value instead of listing them.
	closed bool
}

func enumOf[T ~string](values []T, optional bool) enumCase {
	c := enumCase{typ: reflect.TypeFor[T](), optional: optional, closed: true}
	for _, v := range values {
		c.values = append(c.values, string(v))
	}
	return c
}

// enums lists every enum type of the module's model packages.
// TestEnumListIsComplete checks the list against the source.
func enums() []enumCase {
	currencies := enumOf(salary.Currencies(), false)
	currencies.closed = false
	return []enumCase{
		enumOf(competency.Kinds(), false),
		enumOf(competency.Importances(), true),
		enumOf(competency.Sources(), true),
		enumOf(competency.Policies(), true),
		enumOf(competency.Vias(), false),
		enumOf(salary.Periods(), false),
		enumOf(salary.Positions(), false),
		enumOf(salary.SpreadBases(), false),
		currencies,
		enumOf(role.Tracks(), true),
		enumOf(role.DegreeLevels(), false),
		enumOf(role.ReasonKinds(), false),
		enumOf(role.RangeKinds(), true),
		enumOf(role.CredentialKinds(), true),
		enumOf(ladder.MoveKinds(), false),
		enumOf(interop.ProblemKinds(), false),
		enumOf(ladder.ChangeKinds(), false),
		enumOf(paygap.Genders(), false),
		enumOf(paygap.Methods(), true),
	}
}

var (
	stringerType      = reflect.TypeFor[interface{ String() string }]()
	textMarshalType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
	isValidType       = reflect.TypeFor[interface{ IsValid() bool }]()
	schemaType        = reflect.TypeFor[interface{ JSONSchema() *jsonschema.Schema }]()
)

// newEnum returns a new *T of the enum type as the interfaces it implements.
func newEnum(t reflect.Type) reflect.Value { return reflect.New(t) }

func unmarshal(t reflect.Type, text string) (reflect.Value, error) {
	p := newEnum(t)
	err := p.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(text))
	return p.Elem(), err
}

func TestEnumMethods(t *testing.T) {
	for _, c := range enums() {
		t.Run(c.typ.String(), func(t *testing.T) {
			require.NotEmpty(t, c.values, "%s has values", c.typ)
			for _, want := range []struct {
				name string
				typ  reflect.Type
				ptr  bool
			}{
				{"String", stringerType, false},
				{"MarshalText", textMarshalType, false},
				{"UnmarshalText", textUnmarshalType, true},
				{"IsValid", isValidType, false},
				{"JSONSchema", schemaType, false},
			} {
				has := c.typ
				if want.ptr {
					has = reflect.PointerTo(c.typ)
				}
				assert.True(t, has.Implements(want.typ), "%s has the method %s", has, want.name)
			}
			if t.Failed() {
				return
			}

			for _, v := range c.values {
				got, err := unmarshal(c.typ, v)
				require.NoError(t, err, "%s.UnmarshalText(%q)", c.typ, v)
				assert.Equal(t, v, got.String(), "%s.UnmarshalText(%q) keeps the value", c.typ, v)
				assert.True(t, got.Interface().(interface{ IsValid() bool }).IsValid(), "%s(%q).IsValid()", c.typ, v)
				text, err := got.Interface().(encoding.TextMarshaler).MarshalText()
				require.NoError(t, err, "%s(%q).MarshalText()", c.typ, v)
				assert.Equal(t, v, string(text), "%s(%q).MarshalText()", c.typ, v)
				assert.Equal(t, v, got.Interface().(interface{ String() string }).String(), "%s(%q).String()", c.typ, v)
			}

			s := reflect.Zero(c.typ).Interface().(interface{ JSONSchema() *jsonschema.Schema }).JSONSchema()
			assert.Equal(t, "string", s.Type, "%s.JSONSchema(): type", c.typ)
			var enum []string
			for _, e := range s.Enum {
				enum = append(enum, e.(string))
			}
			want := slices.Clone(c.values)
			if c.optional {
				want = append(want, "")
			}
			assert.ElementsMatch(t, want, enum, "%s.JSONSchema(): enum is the valid values", c.typ)

			_, err := unmarshal(c.typ, "")
			zero := reflect.Zero(c.typ).Interface().(interface{ IsValid() bool })
			if c.optional {
				assert.NoError(t, err, "%s.UnmarshalText(\"\"): an optional enum's empty value is \"not set\"", c.typ)
				assert.True(t, zero.IsValid(), "%s(\"\").IsValid() of an optional enum", c.typ)
			} else {
				assert.Error(t, err, "%s.UnmarshalText(\"\"): the zero value of a required enum is refused", c.typ)
				assert.False(t, zero.IsValid(), "%s(\"\").IsValid() of a required enum", c.typ)
			}
		})
	}
}

func TestEnumRefusesUnknownValues(t *testing.T) {
	for _, c := range enums() {
		t.Run(c.typ.String(), func(t *testing.T) {
			got, err := unmarshal(c.typ, "no-such-value")
			require.Error(t, err, "%s.UnmarshalText(no-such-value)", c.typ)
			assert.Equal(t, "", got.String(), "%s.UnmarshalText(no-such-value) leaves the value alone", c.typ)
			assert.Contains(t, err.Error(), `"no-such-value"`, "%s.UnmarshalText(no-such-value) names the value", c.typ)
			if c.closed {
				for _, v := range c.values {
					assert.Contains(t, err.Error(), v, "%s.UnmarshalText(no-such-value) lists the valid value %q", c.typ, v)
				}
			}
			assert.False(t, reflect.ValueOf("no-such-value").Convert(c.typ).Interface().(interface{ IsValid() bool }).IsValid(),
				"%s(no-such-value).IsValid()", c.typ)

			// A near miss: the first value with its last letter doubled.
			v := c.values[0]
			typo := v + v[len(v)-1:]
			_, err = unmarshal(c.typ, typo)
			require.Error(t, err, "%s.UnmarshalText(%q)", c.typ, typo)
			assert.Contains(t, err.Error(), `did you mean "`+v+`"`, "%s.UnmarshalText(%q) suggests %q", c.typ, typo, v)
			assert.NotContains(t, err.Error(), "Go", "%s.UnmarshalText(%q): the message is plain words", c.typ, typo)
		})
	}
}

// TestEnumListIsComplete finds every string type of the model packages that
// has typed constants (an enum) and checks that enums lists it, so that a
// new enum cannot miss the checks above. ID types, whose constants are
// built-in IDs, are not enums.
func TestEnumListIsComplete(t *testing.T) {
	listed := map[string]bool{}
	for _, c := range enums() {
		listed[filepath.Base(c.typ.PkgPath())+"."+c.typ.Name()] = true
	}
	found := map[string]bool{}
	for _, dir := range []string{".", "competency", "salary", "role", "ladder", "interop", "paygap"} {
		fset := token.NewFileSet()
		entries, err := os.ReadDir(dir)
		require.NoError(t, err, "read %s", dir)
		var files []*ast.File
		for _, e := range entries {
			if name := e.Name(); strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
				f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
				require.NoError(t, err, "parse %s", name)
				files = append(files, f)
			}
		}
		require.NotEmpty(t, files, "%s has Go files", dir)
		pkg := struct {
			Name  string
			Files []*ast.File
		}{files[0].Name.Name, files}
		{
			strs := map[string]bool{}
			for _, f := range pkg.Files {
				for _, d := range f.Decls {
					g, ok := d.(*ast.GenDecl)
					if !ok || g.Tok != token.TYPE {
						continue
					}
					for _, s := range g.Specs {
						ts := s.(*ast.TypeSpec)
						if id, ok := ts.Type.(*ast.Ident); ok && id.Name == "string" && ts.Assign == 0 && ts.Name.IsExported() {
							strs[ts.Name.Name] = true
						}
					}
				}
			}
			for _, f := range pkg.Files {
				for _, d := range f.Decls {
					g, ok := d.(*ast.GenDecl)
					if !ok || g.Tok != token.CONST {
						continue
					}
					for _, s := range g.Specs {
						vs := s.(*ast.ValueSpec)
						if id, ok := vs.Type.(*ast.Ident); ok && strs[id.Name] && !strings.HasSuffix(id.Name, "ID") {
							found[pkg.Name+"."+id.Name] = true
						}
					}
				}
			}
		}
	}
	require.NotEmpty(t, found, "the model packages have enums")
	for name := range found {
		assert.True(t, listed[name], "enum %s is listed in enums()", name)
	}
	for name := range listed {
		assert.True(t, found[name], "enums() lists %s, an enum of the source", name)
	}
}

// TestEnumFieldsDecode checks enum fields in documents: an optional enum
// left out, or given as "", decodes to "" (not set); an unknown value is
// refused at its path with the valid values; and Validate refuses an
// unknown value set in Go.
func TestEnumFieldsDecode(t *testing.T) {
	var r competency.Requirement
	require.NoError(t, careerkit.Decode(strings.NewReader(`{"competency": "go", "level": 3}`), &r), "Decode(requirement without importance)")
	assert.Equal(t, competency.Importance(""), r.Importance, "an importance left out is not set")
	assert.True(t, r.Importance.IsRequired(), "an importance left out means required")
	require.NoError(t, careerkit.Decode(strings.NewReader(`{"competency": "go", "level": 3, "importance": ""}`), &r), "Decode(requirement with importance \"\")")
	assert.Equal(t, competency.Importance(""), r.Importance, "an empty importance is not set")

	err := careerkit.Decode(strings.NewReader(`{"competency": "go", "level": 3, "importance": "essential"}`), &r)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(importance essential)")
	require.Len(t, ve.Errors, 1, "Decode(importance essential): one problem")
	assert.Equal(t, "importance", ve.Errors[0].Path, "Decode(importance essential): path")
	assert.Contains(t, ve.Errors[0].Message, "required, preferred", "Decode(importance essential): the valid values")

	err = careerkit.Decode(strings.NewReader("id: x\nname: X\ntracks: [{id: t, name: T, kind: managment}]\nlevels: [{id: l1, track: t, title: L}]\n"), new(ladder.Ladder))
	require.ErrorAs(t, err, &ve, "Decode(track kind managment)")
	require.Len(t, ve.Errors, 1, "Decode(track kind managment): one problem")
	assert.Equal(t, "tracks[0].kind", ve.Errors[0].Path, "Decode(track kind managment): path")
	assert.Contains(t, ve.Errors[0].Message, `did you mean "management"`, "Decode(track kind managment): a suggestion")

	bad := competency.Profile{Subject: "p", Ratings: []competency.Rating{{Competency: "go", Level: 1, Source: "boss"}}}
	err = bad.Validate()
	require.ErrorAs(t, err, &ve, "Profile.Validate(source boss)")
	require.Len(t, ve.Errors, 1, "Profile.Validate(source boss): one problem")
	assert.Equal(t, "ratings[0].source", ve.Errors[0].Path, "Profile.Validate(source boss): path")
	assert.Equal(t, "oneof", ve.Errors[0].Rule, "Profile.Validate(source boss): rule")
	assert.Contains(t, ve.Errors[0].Message, "self, manager, peer, assessment, import", "Profile.Validate(source boss): the valid values")
}
