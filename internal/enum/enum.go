// Package enum is the one implementation behind careerkit's enums: the
// values of a string type, decoding them with a message that lists the
// valid ones (and suggests the nearest), their JSON Schema, and the check
// that Validate methods run over a value's enum fields.
//
// An enum type of a model package holds a Set of its values and implements
// String, MarshalText, UnmarshalText, IsValid and JSONSchema with it, so
// that decoding, validation and the schema accept exactly the same values.
package enum

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Set is the values of an enum type T. The zero Set has no values.
type Set[T ~string] struct {
	pkg, noun string
	values    []T
	optional  bool
}

// New returns the set of values of an enum, named for messages by its
// package and a noun ("competency", "kind"). When optional is true, the
// empty string is valid too and means "not set".
func New[T ~string](pkg, noun string, optional bool, values ...T) Set[T] {
	return Set[T]{pkg: pkg, noun: noun, values: slices.Clone(values), optional: optional}
}

// Values returns the values, in their order, in a new slice; "" is not
// among them.
func (s Set[T]) Values() []T { return slices.Clone(s.values) }

// Names returns the values as strings, in their order.
func (s Set[T]) Names() []string {
	out := make([]string, len(s.values))
	for i, v := range s.values {
		out[i] = string(v)
	}
	return out
}

// Has reports whether v is one of the values, or "" in an optional set.
func (s Set[T]) Has(v T) bool {
	return (v == "" && s.optional) || slices.Contains(s.values, v)
}

// Parse returns text as a value, or an *Error naming the valid values
// whose operation is "parse".
func (s Set[T]) Parse(text string) (T, error) { return s.parse("parse", text) }

func (s Set[T]) parse(op, text string) (T, error) {
	v := T(text)
	if !s.Has(v) {
		return "", &Error{Pkg: s.pkg, Op: op, Noun: s.noun, Value: text, Valid: s.Names()}
	}
	return v, nil
}

// Unmarshal is UnmarshalText for the enum: it sets *dst to text when text
// is a value and otherwise leaves it alone and returns an *Error whose
// operation is "decode".
func (s Set[T]) Unmarshal(dst *T, text []byte) error {
	v, err := s.parse("decode", string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Problem describes why v is not a value, for a Validate message:
// `"x" is not one of: a, b, c (did you mean "a"?)`. It returns "" for a
// value of the set.
func (s Set[T]) Problem(v T) string {
	if s.Has(v) {
		return ""
	}
	return (&Error{Pkg: s.pkg, Op: "check", Noun: s.noun, Value: string(v), Valid: s.Names()}).Message()
}

// Schema describes the enum as a string enum of its values, "" last when
// the set is optional, with the given description (which may be empty).
func (s Set[T]) Schema(description string) *jsonschema.Schema {
	enum := make([]any, 0, len(s.values)+1)
	for _, v := range s.values {
		enum = append(enum, string(v))
	}
	if s.optional {
		enum = append(enum, "")
	}
	return &jsonschema.Schema{Type: "string", Enum: enum, Description: description}
}

// Error is a value that is not one of its enum's values.
type Error struct {
	// Pkg and Noun name the enum, such as "competency" and "kind".
	Pkg, Noun string
	// Op is the operation refused, such as "decode" or "parse".
	Op string
	// Value is the value refused.
	Value string
	// Valid lists the values accepted, in order.
	Valid []string
}

// Error says what was refused and what to write instead:
// `competency: decode kind "hrad": not one of hard, soft, knowledge (did you mean "hard"?)`.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s %s %s: not one of %s%s", e.Pkg, e.Op, e.Noun, Quote(e.Value), strings.Join(e.Valid, ", "), problem.DidYouMean(e.Value, e.Valid))
}

// Message is the problem without the operation, for a FieldError:
// `"hrad" is not one of: hard, soft, knowledge (did you mean "hard"?)`.
func (e *Error) Message() string {
	return fmt.Sprintf("%s is not one of: %s%s", Quote(e.Value), strings.Join(e.Valid, ", "), problem.DidYouMean(e.Value, e.Valid))
}

// Quote quotes s for a message, cut to 64 bytes at a character boundary.
func Quote(s string) string {
	const limit = 64
	if len(s) <= limit {
		return fmt.Sprintf("%q", s)
	}
	cut := limit - 3
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return fmt.Sprintf("%q", s[:cut]+"...")
}

// valid is implemented by every enum type.
type valid interface{ IsValid() bool }

var (
	validType         = reflect.TypeFor[valid]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Check walks v (a struct, a pointer to one, or a list of them) as the
// validator does, and returns a problem (rule "oneof") for every field of an
// enum type — a string type with IsValid and UnmarshalText — that is set
// but not valid. Paths are in JSON terms, relative to v. Empty values are
// left to the "required" rule of the field's validate tag, and fields
// tagged validate:"-" are skipped, as the validator skips them.
func Check(v any) []problem.FieldError {
	var out []problem.FieldError
	check(reflect.ValueOf(v), "", &out)
	return out
}

func check(v reflect.Value, path string, out *[]problem.FieldError) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	t := v.Type()
	switch t.Kind() {
	case reflect.String:
		if v.Len() == 0 || !t.Implements(validType) || !reflect.PointerTo(t).Implements(textUnmarshalType) {
			return
		}
		if v.Interface().(valid).IsValid() {
			return
		}
		err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(v.String()))
		msg := fmt.Sprintf("%s is not valid", Quote(v.String()))
		var e *Error
		switch {
		case errors.As(err, &e):
			msg = e.Message()
		case err != nil:
			msg = err.Error()
		}
		*out = append(*out, problem.FieldError{Path: path, Rule: "oneof", Message: msg})
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("validate") == "-" {
				continue
			}
			name := validate.JSONName(f)
			if name == "" {
				continue
			}
			p := path
			if !f.Anonymous || f.Tag.Get("json") != "" {
				p = problem.Path(path, name)
			}
			check(v.Field(i), p, out)
		}
	case reflect.Slice, reflect.Array:
		if !elemMayHold(t.Elem()) {
			return
		}
		for i := range v.Len() {
			check(v.Index(i), problem.Path(path, i), out)
		}
	}
}

// elemMayHold reports whether a list's items can hold an enum field, so
// that long lists of plain values are not walked.
func elemMayHold(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array, reflect.Interface:
		return true
	case reflect.String:
		return t.Implements(validType)
	}
	return false
}

// Struct returns the problems of v's validate tags (validate.Struct) and of
// its enum fields (Check) together.
func Struct(v any) []problem.FieldError {
	return append(validate.Struct(v), Check(v)...)
}
