package schema

import (
	"bytes"
	"encoding/json"
	"math/big"
	"reflect"
	"regexp"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/invopop/jsonschema"
)

// accepts reports whether the JSON value v (as decoded with UseNumber)
// meets s, for the keywords careerkit's schemas use. It tells which rules
// reject a zero value; it is no general validator.
func (b *builder) accepts(s *jsonschema.Schema, v any) bool {
	switch {
	case s == nil || s == jsonschema.TrueSchema:
		return true
	case s == jsonschema.FalseSchema:
		return false
	}
	if s.Ref != "" {
		if d := b.resolve(s); d != s && !b.accepts(d, v) {
			return false
		}
	}
	if s.Type != "" && !hasType(v, s.Type) {
		return false
	}
	if s.Enum != nil && !slices.ContainsFunc(s.Enum, func(e any) bool { return equal(e, v) }) {
		return false
	}
	if s.Const != nil && !equal(s.Const, v) {
		return false
	}
	if s.Not != nil && b.accepts(s.Not, v) {
		return false
	}
	for _, a := range s.AllOf {
		if !b.accepts(a, v) {
			return false
		}
	}
	if len(s.AnyOf) > 0 && !slices.ContainsFunc(s.AnyOf, func(a *jsonschema.Schema) bool { return b.accepts(a, v) }) {
		return false
	}
	if len(s.OneOf) > 0 {
		n := 0
		for _, a := range s.OneOf {
			if b.accepts(a, v) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	switch v := v.(type) {
	case string:
		n := uint64(utf8.RuneCountInString(v))
		if s.MinLength != nil && n < *s.MinLength || s.MaxLength != nil && n > *s.MaxLength {
			return false
		}
		if s.Pattern != "" {
			if re, err := regexp.Compile(s.Pattern); err == nil && !re.MatchString(v) {
				return false
			}
		}
		if s.Format == "date" {
			if _, err := time.Parse(time.DateOnly, v); err != nil {
				return false
			}
		}
	case json.Number:
		x, ok := new(big.Rat).SetString(string(v))
		if !ok {
			return false
		}
		for _, c := range []struct {
			bound json.Number
			ok    func(int) bool
		}{
			{s.Minimum, func(c int) bool { return c >= 0 }},
			{s.Maximum, func(c int) bool { return c <= 0 }},
			{s.ExclusiveMinimum, func(c int) bool { return c > 0 }},
			{s.ExclusiveMaximum, func(c int) bool { return c < 0 }},
		} {
			if c.bound == "" {
				continue
			}
			y, ok := new(big.Rat).SetString(string(c.bound))
			if ok && !c.ok(x.Cmp(y)) {
				return false
			}
		}
	case []any:
		n := uint64(len(v))
		if s.MinItems != nil && n < *s.MinItems || s.MaxItems != nil && n > *s.MaxItems {
			return false
		}
		if s.UniqueItems {
			for i := range v {
				for j := range i {
					if equal(v[i], v[j]) {
						return false
					}
				}
			}
		}
		for _, item := range v {
			if s.Items != nil && !b.accepts(s.Items, item) {
				return false
			}
		}
	case map[string]any:
		for _, k := range s.Required {
			if _, ok := v[k]; !ok {
				return false
			}
		}
		if s.Properties != nil {
			for p := s.Properties.Oldest(); p != nil; p = p.Next() {
				if x, ok := v[p.Key]; ok && !b.accepts(p.Value, x) {
					return false
				}
			}
		}
	}
	return true
}

// hasType reports whether v is of the JSON type t.
func hasType(v any, t string) bool {
	switch v := v.(type) {
	case nil:
		return t == "null"
	case bool:
		return t == "boolean"
	case string:
		return t == "string"
	case json.Number:
		if t == "number" {
			return true
		}
		r, ok := new(big.Rat).SetString(string(v))
		return t == "integer" && ok && r.IsInt()
	case []any:
		return t == "array"
	case map[string]any:
		return t == "object"
	}
	return false
}

// equal compares two JSON values by their encoding, numbers by value.
func equal(a, b any) bool {
	if x, ok := number(a); ok {
		y, ok := number(b)
		return ok && x.Cmp(y) == 0
	}
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

func number(v any) (*big.Rat, bool) {
	switch v := v.(type) {
	case json.Number:
		return new(big.Rat).SetString(string(v))
	case int:
		return new(big.Rat).SetInt64(int64(v)), true
	case float64:
		r := new(big.Rat)
		if r.SetFloat64(v) == nil {
			return nil, false
		}
		return r, true
	}
	return nil, false
}

// zeroJSON returns the JSON value of t's zero value, decoded with UseNumber.
func zeroJSON(t reflect.Type) (any, bool) {
	data, err := json.Marshal(reflect.Zero(t).Interface())
	if err != nil {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	return v, true
}

// all returns one schema with the keywords of s (when not nil) and kws.
func all(s *jsonschema.Schema, kws ...*jsonschema.Schema) *jsonschema.Schema {
	out := &jsonschema.Schema{}
	if s != nil {
		out.AllOf = []*jsonschema.Schema{s}
	}
	merge(out, kws...)
	return out
}

// merge adds the keywords of kws to dst; a keyword dst already has is
// tightened (bounds) or added under allOf (anything else).
func merge(dst *jsonschema.Schema, kws ...*jsonschema.Schema) {
	for _, k := range kws {
		var rest jsonschema.Schema
		dst.MinLength = maxU(dst.MinLength, k.MinLength)
		dst.MaxLength = minU(dst.MaxLength, k.MaxLength)
		dst.MinItems = maxU(dst.MinItems, k.MinItems)
		dst.MaxItems = minU(dst.MaxItems, k.MaxItems)
		dst.UniqueItems = dst.UniqueItems || k.UniqueItems
		dst.Minimum = maxN(dst.Minimum, k.Minimum)
		dst.Maximum = minN(dst.Maximum, k.Maximum)
		dst.ExclusiveMinimum = maxN(dst.ExclusiveMinimum, k.ExclusiveMinimum)
		dst.ExclusiveMaximum = minN(dst.ExclusiveMaximum, k.ExclusiveMaximum)
		set := func(d *string, v string, r *string) {
			switch {
			case v == "":
			case *d == "":
				*d = v
			case *d != v:
				*r = v
			}
		}
		set(&dst.Pattern, k.Pattern, &rest.Pattern)
		set(&dst.Format, k.Format, &rest.Format)
		if k.Enum != nil {
			if dst.Enum == nil {
				dst.Enum = k.Enum
			} else {
				rest.Enum = k.Enum
			}
		}
		if k.Const != nil {
			if dst.Const == nil {
				dst.Const = k.Const
			} else {
				rest.Const = k.Const
			}
		}
		if k.Not != nil {
			if dst.Not == nil {
				dst.Not = k.Not
			} else {
				rest.Not = k.Not
			}
		}
		if k.AnyOf != nil {
			if dst.AnyOf == nil {
				dst.AnyOf = k.AnyOf
			} else {
				rest.AnyOf = k.AnyOf
			}
		}
		dst.AllOf = append(dst.AllOf, k.AllOf...)
		if !isEmpty(&rest) {
			dst.AllOf = append(dst.AllOf, &rest)
		}
	}
}

func maxU(a, b *uint64) *uint64 {
	if a == nil || b != nil && *b > *a {
		return b
	}
	return a
}

func minU(a, b *uint64) *uint64 {
	if a == nil || b != nil && *b < *a {
		return b
	}
	return a
}

func maxN(a, b json.Number) json.Number {
	if a == "" {
		return b
	}
	if x, ok := number(a); ok && b != "" {
		if y, ok := number(b); ok && y.Cmp(x) > 0 {
			return b
		}
	}
	return a
}

func minN(a, b json.Number) json.Number {
	if a == "" {
		return b
	}
	if x, ok := number(a); ok && b != "" {
		if y, ok := number(b); ok && y.Cmp(x) < 0 {
			return b
		}
	}
	return a
}
