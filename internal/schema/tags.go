package schema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/validate"
)

// DatePattern is the pattern of a date in the layout 2006-01-02. It goes
// with format "date", which not every validator asserts.
const DatePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`

// rule is one validate tag: a name and its parameter.
type rule struct{ name, param string }

// parseTag splits a validate tag into levels: the rules of the field, then
// after each dive the rules of the list's items.
func parseTag(tag string) ([][]rule, error) {
	levels := [][]rule{nil}
	if tag == "" {
		return levels, nil
	}
	for part := range strings.SplitSeq(tag, ",") {
		name, param, _ := strings.Cut(part, "=")
		switch {
		case name == "":
			return nil, fmt.Errorf("empty rule in validate tag %q", tag)
		case strings.Contains(part, "|"):
			return nil, fmt.Errorf("alternatives (%s) are not supported", part)
		case name == "keys" || name == "endkeys":
			return nil, fmt.Errorf("rules on map keys are not supported")
		case name == "dive":
			levels = append(levels, nil)
			continue
		}
		levels[len(levels)-1] = append(levels[len(levels)-1], rule{name, param})
	}
	return levels, nil
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// level applies one level of rules to the schema s of a value of Go type t,
// and reports whether Go rejects t's zero value under those rules (for a
// field: whether its key is required).
func (b *builder) level(s *jsonschema.Schema, t reflect.Type, rules []rule, where string) bool {
	var omitempty, required bool
	var other []rule
	for _, r := range rules {
		switch r.name {
		case "omitempty":
			omitempty = true
		case "required":
			required = true
		default:
			other = append(other, r)
		}
	}
	isPtr := t.Kind() == reflect.Pointer
	base := deref(t)
	jt := b.jsonType(s)
	kws := b.keywords(s, other, jt, where)
	if base.Implements(customType) {
		kws = b.checkEnum(s, base, other, kws, omitempty && !isPtr, where)
	} else if k := base.Kind(); (k == reflect.Float32 || k == reflect.Float64) && jt == "number" {
		kws = append(kws, floatRange(s, kws, base.Bits())...)
	}

	if required && !isPtr {
		switch {
		case base.Kind() == reflect.Slice || base.Kind() == reflect.Map:
			// Only nil fails: the key is required, [] is fine.
		case jt == "string":
			if b.accepts(all(s, kws...), "") {
				kws = append(kws, &jsonschema.Schema{MinLength: uptr(1)})
			}
		case jt == "integer" || jt == "number":
			if b.accepts(all(s, kws...), json.Number("0")) {
				kws = append(kws, &jsonschema.Schema{Not: &jsonschema.Schema{Const: 0}})
			}
		case jt == "boolean":
			kws = append(kws, &jsonschema.Schema{Const: true})
		default:
			b.unsupported(s, where, "required", fmt.Sprintf("required on a %s", base))
		}
	}

	switch {
	case isPtr:
		// A nil pointer passes omitempty and fails every other rule.
		merge(s, kws...)
		return len(rules) > 0 && !omitempty
	case base.Kind() == reflect.Slice || base.Kind() == reflect.Map:
		// omitempty passes only nil (a missing key); [] meets the rules.
		merge(s, kws...)
		return !omitempty && (required || !b.accepts(all(nil, kws...), emptyOf(base)))
	}
	zero, ok := zeroJSON(base)
	if omitempty {
		// The rules apply to non-zero values only.
		if ok {
			var keep, restrict []*jsonschema.Schema
			for _, k := range kws {
				if b.accepts(k, zero) {
					keep = append(keep, k)
				} else {
					restrict = append(restrict, k)
				}
			}
			switch {
			case len(restrict) == 1 && onlyEnum(restrict[0]):
				restrict[0].Enum = append([]any{zero}, restrict[0].Enum...)
				keep = append(keep, restrict[0])
			case len(restrict) > 0:
				keep = append(keep, &jsonschema.Schema{AnyOf: []*jsonschema.Schema{{Const: zero}, all(nil, restrict...)}})
			}
			kws = keep
		}
		merge(s, kws...)
		return false
	}
	merge(s, kws...)
	switch {
	case required:
		return true
	case base.Kind() == reflect.Struct && !base.Implements(customType):
		return b.structZeroRejected(base)
	case ok:
		return !b.accepts(s, zero)
	}
	return false
}

// floatRange bounds a float that no rule bounds by the largest float of
// its size, on the side where no rule does: Go cannot hold a larger JSON
// number (1e400 overflows a float64), so strict decoding rejects it, and so
// does ajv, for which it is Infinity. Go also accepts the numbers that
// round to that largest float, a sliver above it that no document writes.
func floatRange(s *jsonschema.Schema, kws []*jsonschema.Schema, bits int) []*jsonschema.Schema {
	var upper, lower bool
	for _, k := range append([]*jsonschema.Schema{s}, kws...) {
		upper = upper || k.Maximum != "" || k.ExclusiveMaximum != ""
		lower = lower || k.Minimum != "" || k.ExclusiveMinimum != ""
	}
	limit := math.MaxFloat64
	if bits == 32 {
		limit = math.MaxFloat32
	}
	var out []*jsonschema.Schema
	if !upper {
		out = append(out, &jsonschema.Schema{Maximum: json.Number(strconv.FormatFloat(limit, 'g', -1, bits))})
	}
	if !lower {
		out = append(out, &jsonschema.Schema{Minimum: json.Number(strconv.FormatFloat(-limit, 'g', -1, bits))})
	}
	return out
}

// keywords turns rules into keywords for a value of JSON type jt, one
// schema per keyword, so that they can be told apart by whether they accept
// the zero value.
func (b *builder) keywords(s *jsonschema.Schema, rules []rule, jt, where string) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	for _, r := range rules {
		var k *jsonschema.Schema
		var err error
		switch r.name {
		case "min", "gte", "max", "lte", "gt", "lt", "len":
			k, err = bound(r, jt)
		case "oneof":
			k, err = enum(r.param, jt)
		case "unique":
			if jt != "array" || r.param != "" {
				err = fmt.Errorf("unique%s on a %s", param(r), typeName(jt))
				break
			}
			k = &jsonschema.Schema{UniqueItems: true}
		case "slug":
			if jt != "string" {
				err = fmt.Errorf("slug on a %s", typeName(jt))
				break
			}
			out = append(out, &jsonschema.Schema{MaxLength: uptr(validate.MaxSlugLen)})
			k = &jsonschema.Schema{Pattern: validate.SlugPattern}
		case "datetime":
			if jt != "string" || r.param != "2006-01-02" {
				err = fmt.Errorf("datetime%s on a %s", param(r), typeName(jt))
				break
			}
			out = append(out, &jsonschema.Schema{Format: "date"})
			k = &jsonschema.Schema{Pattern: DatePattern}
		case "finite":
			// JSON has no NaN or infinity.
			continue
		default:
			err = fmt.Errorf("unknown rule %s%s", r.name, param(r))
		}
		if err != nil {
			b.unsupported(s, where, r.name+param(r), err.Error())
			continue
		}
		out = append(out, k)
	}
	return out
}

// unsupported records a rule that the schema does not express and names it
// in the description.
func (b *builder) unsupported(s *jsonschema.Schema, where, r, why string) {
	b.errorf("%s: %s", where, why)
	s.Description = joinText(s.Description, fmt.Sprintf("careerkit also checks the rule %q, which this schema does not express.", r))
}

func param(r rule) string {
	if r.param == "" {
		return ""
	}
	return "=" + r.param
}

func typeName(jt string) string {
	if jt == "" {
		return "value of no single JSON type"
	}
	return jt
}

// bound turns a size rule into minLength/maxLength, minItems/maxItems or
// minimum/maximum by the JSON type.
func bound(r rule, jt string) (*jsonschema.Schema, error) {
	switch jt {
	case "integer", "number":
		if _, err := strconv.ParseFloat(r.param, 64); err != nil {
			return nil, fmt.Errorf("%s=%s: not a number", r.name, r.param)
		}
		n := json.Number(r.param)
		switch r.name {
		case "min", "gte":
			return &jsonschema.Schema{Minimum: n}, nil
		case "max", "lte":
			return &jsonschema.Schema{Maximum: n}, nil
		case "gt":
			return &jsonschema.Schema{ExclusiveMinimum: n}, nil
		case "lt":
			return &jsonschema.Schema{ExclusiveMaximum: n}, nil
		}
		return &jsonschema.Schema{Const: n}, nil
	case "string", "array":
		n, err := strconv.ParseUint(r.param, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s=%s: not a length", r.name, r.param)
		}
		lo, hi := (*uint64)(nil), (*uint64)(nil)
		switch r.name {
		case "min", "gte":
			lo = uptr(n)
		case "max", "lte":
			hi = uptr(n)
		case "gt":
			lo = uptr(n + 1)
		case "lt":
			if n == 0 {
				return &jsonschema.Schema{Not: &jsonschema.Schema{}}, nil
			}
			hi = uptr(n - 1)
		case "len":
			lo, hi = uptr(n), uptr(n)
		}
		if jt == "string" {
			return &jsonschema.Schema{MinLength: lo, MaxLength: hi}, nil
		}
		return &jsonschema.Schema{MinItems: lo, MaxItems: hi}, nil
	}
	return nil, fmt.Errorf("%s%s on a %s", r.name, param(r), typeName(jt))
}

// oneofValues splits the parameter of oneof as the validator does: by
// spaces, with 'single quotes' around a value that holds spaces.
var oneofValues = regexp.MustCompile(`'[^']*'|\S+`)

// enum turns oneof into an enum of strings or numbers.
func enum(p, jt string) (*jsonschema.Schema, error) {
	var vals []any
	for _, v := range oneofValues.FindAllString(p, -1) {
		v = strings.Trim(v, "'")
		switch jt {
		case "string":
			vals = append(vals, v)
		case "integer", "number":
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				return nil, fmt.Errorf("oneof value %q is not a number", v)
			}
			vals = append(vals, json.Number(v))
		default:
			return nil, fmt.Errorf("oneof on a %s", typeName(jt))
		}
	}
	return &jsonschema.Schema{Enum: vals}, nil
}

// checkEnum compares the values a field's oneof tag accepts with the enum
// of its type's own schema, and drops the field's enum when they agree. A
// type that checks its values when it is decoded needs no oneof tag.
func (b *builder) checkEnum(s *jsonschema.Schema, t reflect.Type, rules []rule, kws []*jsonschema.Schema, zeroOK bool, where string) []*jsonschema.Schema {
	def := b.resolve(s)
	if len(def.Enum) == 0 {
		return kws
	}
	selfChecking := reflect.PointerTo(t).Implements(textUnmarshaler) || reflect.PointerTo(t).Implements(jsonUnmarshaler)
	i := -1
	for j, k := range kws {
		if k.Enum != nil {
			i = j
		}
	}
	if i < 0 {
		if !selfChecking {
			b.errorf("%s: the field of enum type %s has no oneof tag: Go accepts any value, its schema only %v", where, t, def.Enum)
		}
		return kws
	}
	accepted := kws[i].Enum
	if zeroOK {
		accepted = append([]any{""}, accepted...)
	}
	if !sameSet(accepted, def.Enum) {
		b.errorf("%s: oneof accepts %v, the schema of %s %v", where, accepted, t, def.Enum)
		return kws
	}
	return append(kws[:i:i], kws[i+1:]...)
}

func sameSet(a, b []any) bool {
	has := func(list []any, v any) bool {
		for _, w := range list {
			if equal(v, w) {
				return true
			}
		}
		return false
	}
	for _, v := range a {
		if !has(b, v) {
			return false
		}
	}
	for _, v := range b {
		if !has(a, v) {
			return false
		}
	}
	return true
}

func onlyEnum(s *jsonschema.Schema) bool {
	e := s.Enum
	c := *s
	c.Enum = nil
	return e != nil && isEmpty(&c)
}

func isEmpty(s *jsonschema.Schema) bool {
	return reflect.DeepEqual(s, &jsonschema.Schema{})
}

func uptr(n uint64) *uint64 { return &n }

// emptyOf returns the JSON value of an empty list or map.
func emptyOf(t reflect.Type) any {
	if t.Kind() == reflect.Map {
		return map[string]any{}
	}
	return []any{}
}
