package document

import (
	"encoding"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// MaxFieldErrors is the most problems of shape one document reports; past
// it, one last problem says how many more there were.
const MaxFieldErrors = 1000

// seg is one step of a path: a key, or an index when key is nil.
type seg struct {
	key []byte
	idx int
}

// pathString writes a path in JSON terms: keys joined with dots, indexes in
// brackets, and a key that a dotted path cannot show (empty, or holding '.',
// '[', ']' or '"') as a quoted index.
func pathString(segs []seg) string {
	var b strings.Builder
	for _, sg := range segs {
		switch {
		case sg.key == nil:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(sg.idx))
			b.WriteByte(']')
		case len(sg.key) == 0 || strings.ContainsAny(string(sg.key), `.[]"`):
			b.WriteByte('[')
			b.WriteString(strconv.Quote(string(sg.key)))
			b.WriteByte(']')
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.Write(sg.key)
		}
	}
	return b.String()
}

// located is a field error with the offset of its value in the JSON text and,
// for a JSON source, the Position the scanner saw there.
type located struct {
	off int
	pos Position
	fe  problem.FieldError
}

// typed walks a well-formed JSON text together with the Go type it will be
// decoded into, and records every mismatch at its path. It builds no tree:
// memory is the depth of the path plus the errors.
type typed struct {
	s      scanner
	path   []seg
	errs   []located
	more   int
	custom bool // also try types with their own unmarshalers
	// at is the value's Position: for an object member its key's, for a
	// list item the item's.
	at    int
	atPos Position
}

func (w *typed) add(rule, format string, args ...any) {
	if len(w.errs) >= MaxFieldErrors {
		w.more++
		return
	}
	var sentinel error
	if rule == "unknown-field" {
		sentinel = problem.ErrUnknownField
	}
	w.errs = append(w.errs, located{off: w.at, pos: w.atPos, fe: problem.FieldError{Path: pathString(w.path), Rule: rule, Message: fmt.Sprintf(format, args...), Err: sentinel}})
}

// mark records the cursor as the Position of the value about to be read.
func (w *typed) mark() { w.at, w.atPos = w.s.off, w.s.pos() }

var customCache sync.Map // reflect.Type → bool

// custom reports whether t (or *t) decodes itself.
func isCustom(t reflect.Type) bool {
	if v, ok := customCache.Load(t); ok {
		return v.(bool)
	}
	pt := reflect.PointerTo(t)
	c := pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler)
	customCache.Store(t, c)
	return c
}

// value checks the value at the cursor against t (null was handled by the caller).
func (w *typed) value(t reflect.Type) {
	s := &w.s
	s.ws()
	if t == nil || s.peek() == 'n' {
		s.skip()
		return
	}
	for t.Kind() == reflect.Pointer && !isCustom(t) {
		t = t.Elem()
	}
	if isCustom(t) {
		start := s.off
		s.skip()
		if w.custom {
			w.checkCustom(s.data[start:s.off], t)
		}
		return
	}
	c := s.peek()
	switch t.Kind() {
	case reflect.Interface:
		s.skip()
	case reflect.Struct:
		if c != '{' {
			w.mismatch("must be an object, not %s")
			return
		}
		w.object(t, fieldsOf(t))
	case reflect.Map:
		if c != '{' {
			w.mismatch("must be an object, not %s")
			return
		}
		w.object(t, nil)
	case reflect.Slice, reflect.Array:
		if c != '[' {
			w.mismatch("must be a list, not %s")
			return
		}
		w.list(t)
	case reflect.String:
		if c != '"' {
			w.mismatch("must be a string, not %s")
			return
		}
		s.skip()
	case reflect.Bool:
		if c != 't' && c != 'f' {
			w.mismatch("must be true or false, not %s")
			return
		}
		s.skip()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := w.num("must be an integer, not %s")
		if ok {
			if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
				w.add("type", "must be an integer between %d and %d, not %s", minInt(t.Bits()), maxInt(t.Bits()), n)
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := w.num("must be a whole number, not %s")
		if ok {
			if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
				w.add("type", "must be a whole number below 2^%d, not %s", t.Bits(), n)
			}
		}
	case reflect.Float32, reflect.Float64:
		n, ok := w.num("must be a number, not %s")
		if ok && !finite(n, t.Bits()) {
			w.add("finite", "must be a finite number, not %s", n)
		}
	default:
		s.skip()
		w.add("type", "cannot be decoded into a Go %s", t)
	}
}

// finite reports whether the JSON number n is finite as a float of the given size.
func finite(n []byte, bits int) bool {
	if bits == 64 && len(n) < 300 && !strings.ContainsAny(string(n), "eE") {
		return true // fewer than 300 digits and no exponent fit a float64
	}
	_, err := strconv.ParseFloat(string(n), bits)
	return err == nil
}

// num reads a number, or records a mismatch and skips the value.
func (w *typed) num(msg string) ([]byte, bool) {
	c := w.s.peek()
	if c != '-' && (c < '0' || c > '9') {
		w.mismatch(msg)
		return nil, false
	}
	n, _ := w.s.number()
	return n, true
}

// mismatch records that the value at the cursor has the wrong JSON type, and skips it.
func (w *typed) mismatch(msg string) {
	w.add("type", msg, w.describe())
}

// describe names the value at the cursor and skips it.
func (w *typed) describe() string {
	s := &w.s
	start := s.off
	c := s.peek()
	s.skip()
	switch c {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "the number " + string(s.data[start:s.off])
}

// object checks the members of an object: against fields for a struct, or
// against t's element type for a map (fields nil).
func (w *typed) object(t reflect.Type, fields map[string]reflect.StructField) {
	s := &w.s
	s.members(func(key []byte, off int, pos Position) {
		w.path = append(w.path, seg{key: key})
		w.at, w.atPos = off, pos
		null := s.peek() == 'n'
		if fields == nil {
			w.item(t.Elem(), null)
		} else if f, ok := fields[string(key)]; !ok {
			w.add("unknown-field", "is not a field of this object%s", suggest(string(key), fields))
			s.skip()
		} else if null && !validate.WritesNull(f) {
			w.add("type", "must not be null: leave the key out instead")
			s.skip()
		} else {
			w.value(f.Type)
		}
		w.path = w.path[:len(w.path)-1]
	})
}

// item checks a map value or list item of type t: null only where Go
// writes null.
func (w *typed) item(t reflect.Type, null bool) {
	if null && !nullable(t) {
		w.add("type", "must not be null")
		w.s.skip()
		return
	}
	w.value(t)
}

func (w *typed) list(t reflect.Type) {
	s := &w.s
	listAt, listPos := w.at, w.atPos
	n := s.items(func(i int) {
		w.path = append(w.path, seg{idx: i})
		w.mark()
		w.item(t.Elem(), s.peek() == 'n')
		w.path = w.path[:len(w.path)-1]
	})
	if t.Kind() == reflect.Array && n > t.Len() {
		w.at, w.atPos = listAt, listPos
		w.add("max", "must have at most %d items", t.Len())
	}
}

// checkCustom decodes raw into a fresh value of a type with its own
// UnmarshalJSON or UnmarshalText, so that its error lands at the right path.
func (w *typed) checkCustom(raw []byte, t reflect.Type) {
	err := json.Unmarshal(raw, reflect.New(t).Interface())
	if err == nil {
		return
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		msg = fmt.Sprintf("must be %s, not %s", expected(t), te.Value)
	}
	w.add("format", "%s", msg)
}

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

func expected(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) && !reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		return "a string"
	}
	return "a valid " + t.Name()
}

// suggest names the field k may have been meant as: one that differs from
// it only in case, or else the closest few by edit distance
// ("requirments" for "requirements"); "" when none is close.
func suggest(k string, fields map[string]reflect.StructField) string {
	names := slices.Sorted(maps.Keys(fields))
	for _, name := range names {
		if strings.EqualFold(name, k) {
			return fmt.Sprintf(" (did you mean %q? keys are case-sensitive)", name)
		}
	}
	return problem.DidYouMean(k, names)
}

func minInt(bits int) int64 { return -1 << (bits - 1) }
func maxInt(bits int) int64 { return 1<<(bits-1) - 1 }
