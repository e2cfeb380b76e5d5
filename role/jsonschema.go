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

// JSONSchema describes a range kind as a string enum: minimum, typical,
// hard or "" (derived from the notation).
func (RangeKind) JSONSchema() *jsonschema.Schema { return rangeKinds.Schema("") }

// JSONSchema describes a credential kind as a string enum: degree,
// certification, school or "" (a degree).
func (CredentialKind) JSONSchema() *jsonschema.Schema { return credentialKinds.Schema("") }
