package ladder

import "github.com/invopop/jsonschema"

// JSONSchema describes a move kind as a string enum: promotion, lateral or
// switch.
func (MoveKind) JSONSchema() *jsonschema.Schema { return moveKinds.Schema("") }

// JSONSchema describes a change kind as a string enum: added, dropped,
// raised or lowered.
func (ChangeKind) JSONSchema() *jsonschema.Schema { return changeKinds.Schema("") }
