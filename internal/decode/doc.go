// Package decode reads JSON and YAML documents strictly into Go values.
//
// A document is first parsed into a generic tree (maps, lists, json.Number,
// strings, booleans, nil) while duplicate keys, case variants of keys,
// trailing data, non-finite numbers, invalid UTF-8 and input limits are
// checked and the source line of every value is recorded. The tree is then
// checked against the target type (unknown fields, wrong JSON types, integers
// out of range) so that every problem is reported with its JSON path, and only
// a tree that passes is handed to encoding/json.
package decode
