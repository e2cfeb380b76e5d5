package careerkit

import (
	"reflect"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/schema"
)

// Schema returns the JSON Schema (draft 2020-12) of the Go type of v, a
// value or pointer of any model type, such as role.Role{} or
// &careerkit.Framework{}. It returns nil for a nil v.
//
// The schema accepts and rejects what strict decoding followed by Validate
// does, wherever JSON Schema can say so: its keywords come from the types'
// validate tags, and the rules it cannot say (references between
// documents, unique IDs in lists of objects, cycles, levels of a scale)
// are named in the descriptions, which come from the doc comments. The $id
// of a kind of document is https://careerkit.dev/schemas/KIND.json; the
// $defs are named by package and type, such as "competency.Requirement".
// Each call returns a new schema.
func Schema(v any) *jsonschema.Schema {
	s, _ := reflectSchema(v)
	return s
}

// SchemaOf returns the JSON Schema of a kind of document (one of Kinds),
// as Schema does for the Go type New returns.
func SchemaOf(kind string) (*jsonschema.Schema, error) {
	v, err := New(kind)
	if err != nil {
		return nil, err
	}
	return reflectSchema(v)
}

// MarshalSchema returns the JSON Schema of a kind of document as JSON
// indented by two spaces, with a final newline. The output is the same on
// every run. The files in the schemas directory, and the command's "schema",
// hold it with examples from the sample data added: examples.MarshalSchema.
func MarshalSchema(kind string) ([]byte, error) {
	s, err := SchemaOf(kind)
	if err != nil {
		return nil, err
	}
	return schema.Marshal(s)
}

// reflectSchema builds the schema of v's type with the $id of its kind, or
// of its type when it is no kind of document.
func reflectSchema(v any) (*jsonschema.Schema, error) {
	t := reflect.TypeOf(v)
	if t == nil {
		return nil, nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	id := schema.TypeID(t)
	for _, k := range Kinds() {
		if kv, err := New(k); err == nil && reflect.TypeOf(kv).Elem() == t {
			id = schema.KindID(k)
			break
		}
	}
	return schema.Reflect(t, id)
}
