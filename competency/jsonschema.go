package competency

import "github.com/invopop/jsonschema"

// JSONSchema describes a kind as a string enum: hard, soft or knowledge.
func (Kind) JSONSchema() *jsonschema.Schema { return kinds.Schema("") }

// JSONSchema describes an importance as a string enum: required, preferred
// or "" (required).
func (Importance) JSONSchema() *jsonschema.Schema { return importances.Schema("") }

// JSONSchema describes a source as a string enum: self, manager, peer,
// assessment, import or "" (unknown).
func (Source) JSONSchema() *jsonschema.Schema { return sources.Schema("") }

// JSONSchema describes a policy as a string enum: latest, highest, lowest
// or "" (latest).
func (Policy) JSONSchema() *jsonschema.Schema { return policies.Schema("") }

// JSONSchema describes a way of resolving as a string enum: none, direct,
// name, alias or descendant.
func (Via) JSONSchema() *jsonschema.Schema { return vias.Schema("") }
