package role

import "github.com/invopop/jsonschema"

// JSONSchema describes a track as a string enum: ic, management or ""
// (unspecified).
func (Track) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(IC), string(Management), ""}}
}

// JSONSchema describes a degree level as a string enum of DegreeLevels, in
// increasing order.
func (DegreeLevel) JSONSchema() *jsonschema.Schema {
	var enum []any
	for _, l := range DegreeLevels() {
		enum = append(enum, string(l))
	}
	return &jsonschema.Schema{Type: "string", Enum: enum}
}
