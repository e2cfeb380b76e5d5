package ladder

import "github.com/invopop/jsonschema"

// JSONSchema describes a track kind as a string enum: ic or management.
func (TrackKind) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(IC), string(Management)}}
}

// JSONSchema describes a move kind as a string enum: promotion, lateral or
// switch.
func (MoveKind) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Enum: []any{string(Promotion), string(Lateral), string(Switch)}}
}
