package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A JSON value as the corpus needs it: an *object (ordered, and able to
// hold a key twice), a []any, a json.Number (its exact text, so 1.0 stays
// 1.0), a string, a bool or nil.

// member is one key and its value in an object.
type member struct {
	key   string
	value any
}

// object is a JSON object with its keys in order.
type object struct{ members []member }

// parse reads one JSON value, keeping key order and number text.
func parse(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := parseValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the top-level value")
	}
	return v, nil
}

func parseValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &object{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				o.members = append(o.members, member{k.(string), v})
			}
			_, err := dec.Token()
			return o, err
		case '[':
			list := []any{}
			for dec.More() {
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			_, err := dec.Token()
			return list, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	}
	return tok, nil
}

// encode writes v as JSON indented by two spaces, with a final newline.
// Strings are escaped as encoding/json does, except that <, > and & are
// written as they are.
func encode(v any) []byte {
	var b bytes.Buffer
	writeJSON(&b, v, "")
	b.WriteByte('\n')
	return b.Bytes()
}

func writeJSON(b *bytes.Buffer, v any, indent string) {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case json.Number:
		b.WriteString(string(v))
	case string:
		var s bytes.Buffer
		enc := json.NewEncoder(&s)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(v) // a string always encodes
		b.Write(bytes.TrimSuffix(s.Bytes(), []byte("\n")))
	case []any:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, item := range v {
			b.WriteString(indent + "  ")
			writeJSON(b, item, indent+"  ")
			if i < len(v)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case *object:
		if len(v.members) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, m := range v.members {
			b.WriteString(indent + "  ")
			writeJSON(b, m.key, "")
			b.WriteString(": ")
			writeJSON(b, m.value, indent+"  ")
			if i < len(v.members)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	default:
		panic(fmt.Sprintf("genparity: no JSON value: %T", v))
	}
}

// compact writes v as JSON on one line, with a space after each comma and
// colon.
func compact(v any) string {
	var b bytes.Buffer
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case []any:
			b.WriteByte('[')
			for i, item := range v {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(item)
			}
			b.WriteByte(']')
		case *object:
			b.WriteByte('{')
			for i, m := range v.members {
				if i > 0 {
					b.WriteString(", ")
				}
				writeJSON(&b, m.key, "")
				b.WriteString(": ")
				walk(m.value)
			}
			b.WriteByte('}')
		default:
			writeJSON(&b, v, "")
		}
	}
	walk(v)
	return b.String()
}

// clone returns a deep copy of v.
func clone(v any) any {
	switch v := v.(type) {
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = clone(item)
		}
		return out
	case *object:
		out := &object{members: make([]member, len(v.members))}
		for i, m := range v.members {
			out.members[i] = member{m.key, clone(m.value)}
		}
		return out
	}
	return v
}

// index returns the position of key in o, or -1.
func (o *object) index(key string) int {
	for i, m := range o.members {
		if m.key == key {
			return i
		}
	}
	return -1
}

// splitPath splits a JSON Pointer ("/levels/0/title") into its tokens.
func splitPath(path string) []string {
	if path == "" {
		return nil
	}
	if !strings.HasPrefix(path, "/") {
		panic("genparity: path " + path + " does not start with /")
	}
	toks := strings.Split(path[1:], "/")
	for i, t := range toks {
		toks[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(t)
	}
	return toks
}

// lookup returns the value at the JSON Pointer path in root.
func lookup(root any, path string) (any, error) {
	v := root
	for _, tok := range splitPath(path) {
		switch c := v.(type) {
		case *object:
			i := c.index(tok)
			if i < 0 {
				return nil, fmt.Errorf("no key %q on the way to %s", tok, path)
			}
			v = c.members[i].value
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("no item %q on the way to %s", tok, path)
			}
			v = c[i]
		default:
			return nil, fmt.Errorf("%q is inside no object or list on the way to %s", tok, path)
		}
	}
	return v, nil
}

// parent returns the container holding the last token of path, and that
// token.
func parent(root any, path string) (any, string, error) {
	toks := splitPath(path)
	if len(toks) == 0 {
		return nil, "", fmt.Errorf("the root has no parent")
	}
	last := toks[len(toks)-1]
	up := ""
	for _, t := range toks[:len(toks)-1] {
		up += "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(t)
	}
	p, err := lookup(root, up)
	return p, last, err
}
