// Package document reads JSON and YAML documents strictly into Go values,
// in time linear in the document and memory bounded by a constant per input
// byte, and finds the source line and column of any JSON path in them.
//
// Most programs call careerkit.Decode, which uses this package. A program
// that needs the document itself (to tell its kind from its top-level
// keys before decoding it, or to place problems it finds later at their
// lines) calls Read or Parse, then Document.Decode, Keys and Lines.
//
// A JSON document is checked in one pass by a scanner with a running cursor
// (positions are counted as it moves): strict RFC 8259 syntax (no unpaired
// surrogates or invalid escapes), duplicate keys under Unicode simple case
// folding, trailing data and the input limits. No tree is built. A YAML
// document is read with yaml.v3, checked the same way (tags, keys, numbers
// written as JSON writes them, aliases within limits), and converted to the
// equivalent JSON text with a table from its offsets back to YAML lines and
// columns; each YAML node is let go once converted.
//
// The JSON text is then walked together with the target type, recording
// every mismatch (unknown field, wrong JSON type, null where Go writes none,
// integers out of range) at its path; paths are kept as a stack of steps
// and written out only for problems. Only a text that passes is handed to
// encoding/json, into a fresh value, so a target is never half written.
// Positions of paths found later (validation problems) are looked up for
// all paths in one pass.
package document
