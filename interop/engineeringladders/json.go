package engineeringladders

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

// member is one key and value of a JSON object, in the file's order.
type member struct {
	key   string
	value json.RawMessage
}

// members splits a JSON object into its members, in order; an error when
// raw is not an object.
func members(raw json.RawMessage) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not an object")
	}
	var out []member
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
		out = append(out, member{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// pointer joins JSON pointer tokens, escaping "~" and "/".
func pointer(base string, tokens ...any) string {
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
type reader struct {
	file string
	rep  *interop.Report
}

func (rd *reader) at(ptr string) interop.Source { return interop.Source{File: rd.file, Pointer: ptr} }

// object returns an object's members by key, reporting a value that is not
// an object (malformed), unknown keys (skipped) and repeated keys
// (malformed; the first is kept).
func (rd *reader) object(raw json.RawMessage, ptr string, known ...string) (map[string]json.RawMessage, bool) {
	ms, err := members(raw)
	if err != nil {
		rd.rep.Problem(interop.Malformed, rd.at(ptr), "", "%s must be an object: %v; left out", orRoot(ptr), err)
		return nil, false
	}
	out := map[string]json.RawMessage{}
	for _, m := range ms {
		switch _, dup := out[m.key]; {
		case dup:
			rd.rep.Problem(interop.Malformed, rd.at(pointer(ptr, m.key)), "", "key %q is repeated; the first is kept", m.key)
		case known != nil && !slices.Contains(known, m.key):
			rd.rep.Problem(interop.Skipped, rd.at(pointer(ptr, m.key)), "", "unknown key %q (known: %s)", m.key, strings.Join(known, ", "))
		default:
			out[m.key] = m.value
		}
	}
	return out, true
}

func orRoot(ptr string) string {
	if ptr == "" {
		return "the document"
	}
	return ptr
}

// str reads a required string member, trimmed and not empty.
func (rd *reader) str(obj map[string]json.RawMessage, key, ptr string) (string, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.rep.Problem(interop.Malformed, rd.at(ptr), "", "%s has no %s; left out", orRoot(ptr), key)
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil || strings.TrimSpace(s) == "" {
		rd.rep.Problem(interop.Malformed, rd.at(pointer(ptr, key)), "", "%s must be a string that is not empty; left out", pointer(ptr, key))
		return "", false
	}
	return strings.TrimSpace(s), true
}

// integer reads a required whole-number member in [lo, hi].
func (rd *reader) integer(obj map[string]json.RawMessage, key, ptr string, lo, hi int) (int, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.rep.Problem(interop.Malformed, rd.at(ptr), "", "%s has no %s; left out", orRoot(ptr), key)
		return 0, false
	}
	var f float64
	if err := json.Unmarshal(raw, &f); err != nil || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		rd.rep.Problem(interop.Malformed, rd.at(pointer(ptr, key)), "", "%s must be a whole number from %d to %d, not %s; left out", pointer(ptr, key), lo, hi, raw)
		return 0, false
	}
	return int(f), true
}

// list splits a required array member into its elements.
func (rd *reader) list(obj map[string]json.RawMessage, key, ptr string) ([]json.RawMessage, bool) {
	raw, ok := obj[key]
	if !ok {
		rd.rep.Problem(interop.Malformed, rd.at(ptr), "", "%s has no %s; left out", orRoot(ptr), key)
		return nil, false
	}
	var out []json.RawMessage
	if err := json.Unmarshal(raw, &out); err != nil {
		rd.rep.Problem(interop.Malformed, rd.at(pointer(ptr, key)), "", "%s must be a list; left out", pointer(ptr, key))
		return nil, false
	}
	return out, true
}

// readLimited reads r whole, refusing more than limit bytes.
func readLimited(r io.Reader, limit int64, file string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read %s: %w", Format, file, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %s is larger than the limit of %d bytes (Options.MaxBytes)", Format, file, limit)
	}
	return data, nil
}
