// Package schema builds the JSON Schemas (draft 2020-12) of careerkit's
// model types with invopop/jsonschema, and makes them agree with what Go
// accepts: strict decoding followed by Validate.
//
// The validate tags are the single source of truth. After reflection, every
// struct's fields are walked and their tags turned into keywords:
//
//	required                 the key is required; a string gets minLength 1
//	min, max, gte, lte, len  minLength/maxLength (strings, counted in
//	                         characters), minItems/maxItems (lists),
//	                         minimum/maximum (numbers)
//	gt, lt                   exclusiveMinimum/exclusiveMaximum (numbers),
//	                         a length one more or one less (strings, lists)
//	oneof                    enum
//	unique                   uniqueItems
//	slug                     pattern ^[a-z0-9]+([._-][a-z0-9]+)*$, maxLength 64
//	datetime=2006-01-02      format "date" and pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
//	finite                   nothing: JSON has no NaN or infinity (but see
//	                         floats below)
//	dive                     the rules after it apply to the list's items
//	omitempty                the rules apply to present, non-zero values: for
//	                         a string or number, the zero value is also
//	                         accepted; for a list or pointer, the key may be
//	                         left out
//	-                        nothing for the field itself; its type keeps its
//	                         own schema, as careerkit's Validate methods
//	                         check such fields themselves
//
// A float gets maximum 1.7976931348623157e+308, the largest float64, unless
// a rule bounds it above, and minimum -1.7976931348623157e+308 unless one
// bounds it below: Go cannot hold a larger JSON number, such as 1e400, and
// strict decoding rejects it.
//
// A missing key and null leave the Go zero value, so a key is required
// exactly when Go rejects its zero value: a required tag, a rule such as
// min=1 or slug without omitempty, or a type that rejects its own zero value
// (a pay structure zone's factor, a candidate's profile, a grade's band).
// Optional keys do not accept null, which Go reads as the zero value (leave
// the key out instead), except those Go itself writes as null: a list
// without omitempty in its json tag, such as a profile's ratings. JSON
// Schema counts 1.0 as an integer; Go's strict decoding wants 1 for an
// integer field.
//
// Types with their own JSONSchema method (salary.Currency, salary.Amount,
// competency.Kind …) are authoritative for their values. A field of an enum
// type must carry a oneof tag that accepts the same values as the type's
// schema, unless the type checks its values when it is decoded; Reflect
// reports any disagreement.
//
// Rules of the Validate methods that JSON Schema can say (a career move
// names a role or a title; an open-ended experience range has a minimum)
// are added per type. Rules it cannot say — references between documents
// and within one, uniqueness of IDs in lists of objects, cycles, levels of a
// scale, one field bounded by another — are named in the description of the
// type they belong to.
//
// Descriptions come from the doc comments of the model packages, which
// go generate extracts into comments_gen.go, so that a program built from
// careerkit has them without its source.
package schema
