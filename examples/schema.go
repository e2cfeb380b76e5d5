package examples

// The JSON Schemas with examples: the sample data of this package is the
// source of the "examples" of careerkit's schemas. An example is a sample
// value of a model type, written as Go writes it (encoding/json, in field
// order). It goes on the schema of its type wherever that schema is: the
// root schema when the type is the kind's document type, such as the
// sample role on role.json, and its $defs entry otherwise, such as the
// sample role on the "role.Role" definition of framework.json. The whole
// sample framework and the whole catalog are not examples: they are too
// long to be read as one.

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/internal/schema"
)

// SchemaExamples returns the sample values that become examples, by the $defs name
// of their type (schema.Name), such as "role.Role": the first role, ladder,
// pay structure and competency of the sample framework, the role's first
// requirement and its pay band, the sample people with their first
// candidate and that candidate's profile, and the sample posting.
func SchemaExamples() (map[string][]any, error) {
	f, err := Framework()
	if err != nil {
		return nil, fmt.Errorf("sample framework: %w", err)
	}
	people, err := People()
	if err != nil {
		return nil, fmt.Errorf("sample people: %w", err)
	}
	if len(f.Roles) == 0 || len(f.Ladders) == 0 || len(f.PayStructures) == 0 || len(f.Catalog.Competencies) == 0 || len(people.Candidates) == 0 {
		return nil, fmt.Errorf("the sample data lacks a role, ladder, pay structure, competency or candidate")
	}
	post, err := Posting()
	if err != nil {
		return nil, fmt.Errorf("sample posting: %w", err)
	}
	r := f.Roles[0]
	vals := []any{r, f.Ladders[0], f.PayStructures[0], f.Catalog.Competencies[0], people, people.Candidates[0], people.Candidates[0].Profile, post}
	if len(r.Requirements) > 0 {
		vals = append(vals, r.Requirements[0])
	}
	if r.Pay != nil {
		vals = append(vals, *r.Pay)
	}
	out := map[string][]any{}
	for _, v := range vals {
		n := schema.Name(reflect.TypeOf(v))
		out[n] = append(out[n], v)
	}
	return out, nil
}

// Schema returns the schema of a kind of document (careerkit.SchemaOf)
// with the examples of SchemaExamples added.
func Schema(kind string) (*jsonschema.Schema, error) {
	s, err := careerkit.SchemaOf(kind)
	if err != nil {
		return nil, err
	}
	v, err := careerkit.New(kind) // a pointer to the kind's document type
	if err != nil {
		return nil, err
	}
	vals, err := SchemaExamples()
	if err != nil {
		return nil, err
	}
	set := func(s *jsonschema.Schema, name string) error {
		for _, v := range vals[name] {
			data, err := json.Marshal(v)
			if err != nil {
				return fmt.Errorf("example of %s: %w", name, err)
			}
			s.Examples = append(s.Examples, json.RawMessage(data))
		}
		return nil
	}
	if err := set(s, schema.Name(reflect.TypeOf(v).Elem())); err != nil {
		return nil, err
	}
	for _, name := range slices.Sorted(maps.Keys(s.Definitions)) {
		if err := set(s.Definitions[name], name); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// MarshalSchema returns the schema of a kind of document with its
// examples, exactly as the schemas directory of the module holds it and
// as the command's "schema" prints it: Schema, as JSON indented by two
// spaces with a final newline.
func MarshalSchema(kind string) ([]byte, error) {
	s, err := Schema(kind)
	if err != nil {
		return nil, err
	}
	return schema.Marshal(s)
}
