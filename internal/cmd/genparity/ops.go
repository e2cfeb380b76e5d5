package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// op is one change to a document.
type op struct {
	// text says what changes, such as "delete /title".
	text  string
	apply func(root any) (any, error)
}

// del removes the key or list item at path.
func del(path string) op {
	return op{"delete " + path, func(root any) (any, error) {
		p, last, err := parent(root, path)
		if err != nil {
			return nil, err
		}
		switch c := p.(type) {
		case *object:
			i := c.index(last)
			if i < 0 {
				return nil, fmt.Errorf("delete %s: no such key", path)
			}
			c.members = slices.Delete(c.members, i, i+1)
			return root, nil
		case []any:
			i, err := strconv.Atoi(last)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("delete %s: no such item", path)
			}
			return root, replace(root, path[:strings.LastIndex(path, "/")], slices.Delete(c, i, i+1))
		}
		return nil, fmt.Errorf("delete %s: not in an object or list", path)
	}}
}

// set replaces the value at path, which must exist; "" is the whole
// document.
func set(path string, v any) op {
	return op{"set " + orRoot(path) + " to " + show(v), func(root any) (any, error) {
		if path == "" {
			return clone(v), nil
		}
		if _, err := lookup(root, path); err != nil {
			return nil, fmt.Errorf("set %s: %w", path, err)
		}
		return root, replace(root, path, clone(v))
	}}
}

// add adds a key that the object does not have yet, or inserts an item
// into a list at an index ("-" appends).
func add(path string, v any) op {
	return op{"add " + path + ": " + show(v), func(root any) (any, error) {
		p, last, err := parent(root, path)
		if err != nil {
			return nil, err
		}
		switch c := p.(type) {
		case *object:
			if c.index(last) >= 0 {
				return nil, fmt.Errorf("add %s: the key is already there", path)
			}
			c.members = append(c.members, member{last, clone(v)})
			return root, nil
		case []any:
			i := len(c)
			if last != "-" {
				if i, err = strconv.Atoi(last); err != nil || i < 0 || i > len(c) {
					return nil, fmt.Errorf("add %s: no such index", path)
				}
			}
			return root, replace(root, path[:strings.LastIndex(path, "/")], slices.Insert(slices.Clone(c), i, clone(v)))
		}
		return nil, fmt.Errorf("add %s: not in an object or list", path)
	}}
}

// dup writes the key at path a second time, right after the first, with
// the value v.
func dup(path string, v any) op {
	return op{"write the key " + path + " twice, the second time as " + show(v), func(root any) (any, error) {
		p, last, err := parent(root, path)
		if err != nil {
			return nil, err
		}
		o, ok := p.(*object)
		if !ok {
			return nil, fmt.Errorf("dup %s: not in an object", path)
		}
		i := o.index(last)
		if i < 0 {
			return nil, fmt.Errorf("dup %s: no such key", path)
		}
		o.members = slices.Insert(o.members, i+1, member{last, clone(v)})
		return root, nil
	}}
}

// replace puts v at path, which exists.
func replace(root any, path string, v any) error {
	if path == "" {
		return fmt.Errorf("cannot replace the root in place")
	}
	p, last, err := parent(root, path)
	if err != nil {
		return err
	}
	switch c := p.(type) {
	case *object:
		i := c.index(last)
		if i < 0 {
			return fmt.Errorf("no key %s", path)
		}
		c.members[i].value = v
		return nil
	case []any:
		i, err := strconv.Atoi(last)
		if err != nil || i < 0 || i >= len(c) {
			return fmt.Errorf("no item %s", path)
		}
		c[i] = v
		return nil
	}
	return fmt.Errorf("%s is in no object or list", path)
}

func orRoot(path string) string {
	if path == "" {
		return "the document"
	}
	return path
}

// show renders v compactly for an op's text: long strings and lists by
// their length.
func show(v any) string {
	switch v := v.(type) {
	case string:
		if n := utf8.RuneCountInString(v); n > 40 {
			r, _ := utf8.DecodeRuneInString(v)
			if strings.Count(v, string(r)) == n {
				return fmt.Sprintf("%q repeated %d times", string(r), n)
			}
			return fmt.Sprintf("a string of %d characters", n)
		}
		data, _ := json.Marshal(v)
		return string(data)
	case []any:
		if len(v) > 3 {
			return fmt.Sprintf("a list of %d items", len(v))
		}
	}
	s := compact(v)
	if utf8.RuneCountInString(s) > 120 {
		return "a value of " + strconv.Itoa(len(s)) + " bytes"
	}
	return s
}

// Values for ops.

// num is a JSON number written exactly as text.
func num(text string) json.Number { return json.Number(text) }

// js parses a JSON literal, keeping key order and number text.
func js(text string) any {
	v, err := parse([]byte(text))
	if err != nil {
		panic(fmt.Sprintf("genparity: bad JSON literal %s: %v", text, err))
	}
	return v
}

// rep is s repeated n times.
func rep(s string, n int) string { return strings.Repeat(s, n) }

// list returns n items made by item(i), for i from 1.
func list(n int, item func(i int) any) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = item(i + 1)
	}
	return out
}
