package decode

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/careerkit/careerkit/internal/validate"
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func typeOf(v any) reflect.Type {
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// fieldsOf returns the JSON name → field map of a struct, flattening
// embedded structs the way encoding/json does for untagged embedded fields.
var fieldCache sync.Map // reflect.Type → map[string]reflect.StructField

func fieldsOf(t reflect.Type) map[string]reflect.StructField {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.StructField)
	}
	m := map[string]reflect.StructField{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for f := range t.Fields() {
			tag, tagged := f.Tag.Lookup("json")
			name, _, _ := strings.Cut(tag, ",")
			if name == "-" && tag == "-" {
				continue
			}
			if f.Anonymous && !tagged {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, dup := m[name]; !dup {
				m[name] = f
			}
		}
	}
	walk(t)
	fieldCache.Store(t, m)
	return m
}

// nullable reports whether encoding/json writes null for a zero value of t.
func nullable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	}
	return false
}

// check compares a generic value with the Go type it will be decoded into and
// records every mismatch at its path.
func check(v any, t reflect.Type, path string, errs *validate.Errors) {
	if t == nil || v == nil {
		return // a null the caller allowed leaves the zero value.
	}
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		checkCustom(v, t, path, errs)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		check(v, t.Elem(), path, errs)
	case reflect.Interface:
		// any value fits.
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			errs.Add(path, "type", "must be an object, not %s", describe(v))
			return
		}
		fields := fieldsOf(t)
		for _, k := range sortedKeys(m) {
			f, ok := fields[k]
			if !ok {
				errs.Add(keyPath(path, k), "unknown-field", "is not a field of this object%s", suggest(k, fields))
				continue
			}
			if m[k] == nil && !validate.WritesNull(f) {
				errs.Add(validate.Path(path, k), "type", "must not be null: leave the key out instead")
				continue
			}
			check(m[k], f.Type, validate.Path(path, k), errs)
		}
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			errs.Add(path, "type", "must be an object, not %s", describe(v))
			return
		}
		for _, k := range sortedKeys(m) {
			if m[k] == nil && !nullable(t.Elem()) {
				errs.Add(validate.Path(path, k), "type", "must not be null")
				continue
			}
			check(m[k], t.Elem(), validate.Path(path, k), errs)
		}
	case reflect.Slice, reflect.Array:
		list, ok := v.([]any)
		if !ok {
			errs.Add(path, "type", "must be a list, not %s", describe(v))
			return
		}
		if t.Kind() == reflect.Array && len(list) > t.Len() {
			errs.Add(path, "max", "must have at most %d items", t.Len())
		}
		for i, item := range list {
			if item == nil && !nullable(t.Elem()) {
				errs.Add(validate.Path(path, i), "type", "must not be null")
				continue
			}
			check(item, t.Elem(), validate.Path(path, i), errs)
		}
	case reflect.String:
		if _, ok := v.(string); !ok {
			errs.Add(path, "type", "must be a string, not %s", describe(v))
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			errs.Add(path, "type", "must be true or false, not %s", describe(v))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			errs.Add(path, "type", "must be an integer, not %s", describe(v))
			return
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			errs.Add(path, "type", "must be an integer between %d and %d, not %s", minInt(t.Bits()), maxInt(t.Bits()), n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if !ok {
			errs.Add(path, "type", "must be a whole number, not %s", describe(v))
			return
		}
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
			errs.Add(path, "type", "must be a whole number below 2^%d, not %s", t.Bits(), n)
		}
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			errs.Add(path, "type", "must be a number, not %s", describe(v))
			return
		}
		f, err := strconv.ParseFloat(string(n), t.Bits())
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			errs.Add(path, "finite", "must be a finite number, not %s", n)
		}
	default:
		errs.Add(path, "type", "cannot be decoded into a Go %s", t)
	}
}

// checkCustom decodes the value into a fresh instance of a type with its own
// UnmarshalJSON or UnmarshalText, so that its error lands at the right path.
func checkCustom(v any, t reflect.Type, path string, errs *validate.Errors) {
	data, err := json.Marshal(v)
	if err != nil {
		errs.Add(path, "type", "%v", err)
		return
	}
	if err := json.Unmarshal(data, reflect.New(t).Interface()); err != nil {
		msg := strings.TrimPrefix(err.Error(), "json: ")
		var te *json.UnmarshalTypeError
		if ok := asTypeError(err, &te); ok {
			msg = fmt.Sprintf("must be %s, not %s", expected(t), te.Value)
		}
		errs.Add(path, "format", "%s", msg)
	}
}

func asTypeError(err error, target **json.UnmarshalTypeError) bool {
	te, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*target = te
	}
	return ok
}

func expected(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) && !reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		return "a string"
	}
	return "a valid " + t.Name()
}

func describe(v any) string {
	switch v := v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "the number " + string(v)
	}
	return fmt.Sprintf("%T", v)
}

// suggest names a field that differs from k only in case, or lists nothing.
func suggest(k string, fields map[string]reflect.StructField) string {
	for name := range fields {
		if strings.EqualFold(name, k) {
			return fmt.Sprintf(" (did you mean %q? keys are case-sensitive)", name)
		}
	}
	return ""
}

func minInt(bits int) int64 { return -1 << (bits - 1) }
func maxInt(bits int) int64 { return 1<<(bits-1) - 1 }

// keyPath joins an unknown key to its object's path. A key that a dotted path
// cannot show (empty, or holding '.', '[' or ']') is written as a quoted
// index, so the error points at the key and not at its object.
func keyPath(path, k string) string {
	if k == "" || strings.ContainsAny(k, ".[]") {
		return path + "[" + strconv.Quote(k) + "]"
	}
	return validate.Path(path, k)
}
