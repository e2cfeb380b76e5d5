package competency

import "github.com/invopop/jsonschema"

// JSONSchema describes a kind as a string enum: hard, soft or knowledge.
func (Kind) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(Hard), string(Soft), string(Knowledge)}}
}

// JSONSchema describes an importance as a string enum: required, preferred
// or "" (required).
func (Importance) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(Required), string(Preferred), ""}}
}

// JSONSchema describes a source as a string enum: self, manager, peer,
// assessment, import or "" (unknown).
func (Source) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(Self), string(Manager), string(Peer), string(Assessment), string(Import), ""}}
}
