package role

import "github.com/invopop/jsonschema"

// JSONSchema describes a track as a string enum: ic, management or ""
// (unspecified).
func (Track) JSONSchema() *jsonschema.Schema { return tracks.Schema("") }

// JSONSchema describes a degree level as a string enum of DegreeLevels, in
// increasing order.
func (DegreeLevel) JSONSchema() *jsonschema.Schema { return degreeLevels.Schema("") }

// JSONSchema describes a kind of reason as a string enum: competency,
// experience, education or pay.
func (ReasonKind) JSONSchema() *jsonschema.Schema { return reasonKinds.Schema("") }
