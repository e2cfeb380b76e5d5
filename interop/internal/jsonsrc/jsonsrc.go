// Package jsonsrc reads JSON sources for the importers: objects in file
// order, members checked against the keys a format knows, values reported
// with their JSON pointers into an interop.Report.
package jsonsrc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/interop"
)

// Member is one key and value of a JSON object, in the file's order.
type Member struct {
	Key   string
	Value json.RawMessage
}

// Members splits a JSON object into its members, in order; an error when
// raw is not an object.
func Members(raw json.RawMessage) ([]Member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not an object")
	}
	var out []Member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, Member{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// Pointer joins JSON pointer tokens, escaping "~" and "/".
func Pointer(base string, tokens ...any) string {
	var b strings.Builder
	b.WriteString(base)
	for _, t := range tokens {
		s := fmt.Sprint(t)
		s = strings.ReplaceAll(s, "~", "~0")
		s = strings.ReplaceAll(s, "/", "~1")
		b.WriteString("/" + s)
	}
	return b.String()
}

// reader reads JSON values, reporting what it cannot take.
// Reader reads the values of one JSON file, reporting problems.
type Reader struct {
	// File names the source in the report.
	File string
	// Rep is the report problems go to.
	Rep *interop.Report
}

// At is the source of the value at JSON pointer ptr.
func (rd *Reader) At(ptr string) interop.Source { return interop.Source{File: rd.File, Pointer: ptr} }

// Object returns an object's members by key, reporting a value that is not
// an object (malformed), unknown keys (skipped) and repeated keys
// (malformed; the first is kept).
func (rd *Reader) Object(raw json.RawMessage, ptr string, known ...string) (map[string]json.RawMessage, bool) {
	ms, err := Members(raw)
	if err != nil {
		rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "%s must be an object: %v; left out", OrRoot(ptr), err)
		return nil, false
	}
	out := map[string]json.RawMessage{}
	for _, m := range ms {
		switch _, dup := out[m.Key]; {
		case dup:
			rd.Rep.Problem(interop.Malformed, rd.At(Pointer(ptr, m.Key)), "", "key %q is repeated; the first is kept", m.Key)
		case known != nil && !slices.Contains(known, m.Key):
			rd.Rep.Problem(interop.Skipped, rd.At(Pointer(ptr, m.Key)), "", "unknown key %q (known: %s)", m.Key, strings.Join(known, ", "))
		default:
			out[m.Key] = m.Value
		}
	}
	return out, true
}

func OrRoot(ptr string) string {
	if ptr == "" {
		return "the document"
	}
	return ptr
}

// str reads a required string member, trimmed and not empty.
func (rd *Reader) Str(obj map[string]json.RawMessage, key, ptr string) (string, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "%s has no %s; left out", OrRoot(ptr), key)
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil || strings.TrimSpace(s) == "" {
		rd.Rep.Problem(interop.Malformed, rd.At(Pointer(ptr, key)), "", "%s must be a string that is not empty; left out", Pointer(ptr, key))
		return "", false
	}
	return strings.TrimSpace(s), true
}

// integer reads a required whole-number member in [lo, hi].
func (rd *Reader) Integer(obj map[string]json.RawMessage, key, ptr string, lo, hi int) (int, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "%s has no %s; left out", OrRoot(ptr), key)
		return 0, false
	}
	var f float64
	if err := json.Unmarshal(raw, &f); err != nil || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		rd.Rep.Problem(interop.Malformed, rd.At(Pointer(ptr, key)), "", "%s must be a whole number from %d to %d, not %s; left out", Pointer(ptr, key), lo, hi, raw)
		return 0, false
	}
	return int(f), true
}

// list splits a required array member into its elements.
func (rd *Reader) List(obj map[string]json.RawMessage, key, ptr string) ([]json.RawMessage, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "%s has no %s; left out", OrRoot(ptr), key)
		return nil, false
	}
	var out []json.RawMessage
	if err := json.Unmarshal(raw, &out); err != nil {
		rd.Rep.Problem(interop.Malformed, rd.At(Pointer(ptr, key)), "", "%s must be a list; left out", Pointer(ptr, key))
		return nil, false
	}
	return out, true
}

// ReadLimited reads r whole, refusing more than limit bytes; errors start
// with the format's name.
func ReadLimited(r io.Reader, limit int64, format, file string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read %s: %w", format, file, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %s is larger than the limit of %d bytes (Options.MaxBytes)", format, file, limit)
	}
	return data, nil
}

// Optional reads a string member that may be absent.
func (rd *Reader) Optional(obj map[string]json.RawMessage, key, ptr string) (string, bool) {
	if _, ok := obj[key]; !ok {
		return "", false
	}
	return rd.Str(obj, key, ptr)
}
