package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/careerkit/careerkit/internal/validate"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"
)

// Base is the URL every schema's $id starts with.
const Base = "https://careerkit.dev/schemas/"

// module is careerkit's module path; its packages name their $defs by the
// last element of their import path.
const module = "github.com/careerkit/careerkit"

// KindID returns the $id of the schema of a kind of document, such as
// "https://careerkit.dev/schemas/role.json".
func KindID(kind string) string { return Base + kind + ".json" }

// TypeID returns the $id of the schema of a Go type that is not a kind of
// document, such as "https://careerkit.dev/schemas/role.FitReport.json".
func TypeID(t reflect.Type) string {
	t = deref(t)
	if n := Name(t); n != "" {
		return Base + n + ".json"
	}
	return Base + "any.json"
}

// Name returns the $defs name of a named Go type: the package name and the
// type name, such as "competency.Requirement", for careerkit's packages,
// and the whole import path with dots for slashes for any other package. It
// returns "" for an unnamed type.
func Name(t reflect.Type) string {
	if t.Name() == "" {
		return ""
	}
	pkg := t.PkgPath()
	switch {
	case pkg == "":
		return t.Name()
	case pkg == module || strings.HasPrefix(pkg, module+"/"):
		pkg = path.Base(pkg)
	}
	// A $defs name is one JSON Pointer token in every $ref: keep '/' and
	// '~' (which a pointer would have to escape) out of it.
	return strings.NewReplacer("/", ".", "~", ".").Replace(pkg + "." + t.Name())
}

// customType is implemented by types that describe their own schema.
var customType = reflect.TypeFor[interface{ JSONSchema() *jsonschema.Schema }]()

// Reflect returns the JSON Schema (draft 2020-12) of the Go type t (a
// pointer type stands for its element type), with the given $id: the
// reflected schema with the keywords of the validate tags, the rules of the
// Validate methods that JSON Schema can say, and descriptions from the doc
// comments. Definitions are in $defs under Name; the root type's own
// definition is the root schema.
//
// The schema is complete even when err is not nil: err lists the validate
// rules it could not express (also named in the descriptions) and enum
// fields whose oneof tag disagrees with their type's schema.
func Reflect(t reflect.Type, id string) (*jsonschema.Schema, error) {
	t = deref(t)
	b := &builder{
		types:   map[string]reflect.Type{},
		done:    map[string]bool{},
		zero:    map[reflect.Type]bool{},
		rules:   typeRules(),
		comment: comments(),
		consts:  constants(),
	}
	r := &jsonschema.Reflector{
		Anonymous:                  true,
		RequiredFromJSONSchemaTags: true,
		Namer:                      b.name,
		CommentMap:                 b.comment,
	}
	s := r.ReflectFromType(t)
	b.defs = s.Definitions
	if b.defs == nil {
		b.defs = jsonschema.Definitions{}
	}
	for _, name := range slices.Sorted(maps.Keys(b.defs)) {
		b.process(name)
	}
	b.finish(s, t)
	// Make the root type's definition the root schema, unless another
	// definition refers to it.
	root := Name(t)
	if def, ok := b.defs[root]; ok && s.Ref == "#/$defs/"+root && !refersTo(b.defs, root) {
		defs := b.defs
		*s = *def
		delete(defs, root)
		s.Definitions = defs
	}
	s.Version = jsonschema.Version
	s.ID = jsonschema.ID(id)
	if len(s.Definitions) == 0 {
		s.Definitions = nil
	}
	return s, errors.Join(b.errs...)
}

// builder holds the state of one Reflect call.
type builder struct {
	types   map[string]reflect.Type // $defs name → Go type
	defs    jsonschema.Definitions
	done    map[string]bool       // definitions processed, or being processed
	zero    map[reflect.Type]bool // struct types whose zero value Go rejects
	rules   map[string]typeRule   // per $defs name
	comment map[string]string     // CommentMap
	consts  map[string][]constant // enum constants per type
	errs    []error
}

// name is the Reflector's Namer: it records which type each name stands for
// and reports two types with one name.
func (b *builder) name(t reflect.Type) string {
	n := Name(t)
	if n == "" {
		return ""
	}
	if prev, ok := b.types[n]; ok && prev != t {
		b.errorf("types %s and %s share the $defs name %q", prev, t, n)
	}
	b.types[n] = t
	return n
}

func (b *builder) errorf(format string, args ...any) {
	b.errs = append(b.errs, fmt.Errorf("schema: "+format, args...))
}

// process completes the definition called name, once; struct definitions
// that a field needs first are processed on demand.
func (b *builder) process(name string) {
	if b.done[name] {
		return
	}
	b.done[name] = true
	s, t := b.defs[name], b.types[name]
	if s == nil || t == nil {
		return
	}
	switch {
	case t.Implements(customType):
		if s.Description == "" {
			s.Description = b.comment[t.PkgPath()+"."+t.Name()]
		}
		if len(s.Enum) > 0 {
			s.Description = joinText(s.Description, b.labels(t, s.Enum))
		}
	case t.Kind() == reflect.Struct:
		b.applyStruct(s, t)
	}
	rule := b.rules[name]
	if rule.extend != nil {
		rule.extend(s)
	}
	if rule.note != "" {
		s.Description = joinText(s.Description, "careerkit also checks, beyond this schema: "+rule.note)
	}
	if t.Kind() == reflect.Struct && !t.Implements(customType) {
		b.zero[t] = len(s.Required) > 0 || rule.zeroInvalid
	}
}

// structZeroRejected reports whether Go rejects the zero value of the struct
// type t: whether its schema requires a key.
func (b *builder) structZeroRejected(t reflect.Type) bool {
	if n := Name(t); n != "" {
		b.process(n)
	}
	return b.zero[t]
}

// applyStruct adds the keywords of the validate tags of t's fields to its
// schema s, and sets s's required keys.
func (b *builder) applyStruct(s *jsonschema.Schema, t reflect.Type) {
	var required []string
	eachField(t, func(owner reflect.Type, f reflect.StructField, key string) {
		prop, ok := s.Properties.Get(key)
		if !ok {
			return
		}
		where := Name(owner) + "." + f.Name
		if Name(owner) == "" {
			where = owner.String() + "." + f.Name
		}
		p, req := b.field(prop, f, where)
		if p != prop {
			s.Properties.Set(key, p)
		}
		if req {
			required = append(required, key)
		}
	})
	s.Required = required
}

// eachField calls fn for every field encoding/json encodes, with its JSON
// key, flattening untagged embedded structs as encoding/json does.
func eachField(t reflect.Type, fn func(owner reflect.Type, f reflect.StructField, key string)) {
	for f := range t.Fields() {
		tag, tagged := f.Tag.Lookup("json")
		key, _, _ := strings.Cut(tag, ",")
		if tag == "-" {
			continue
		}
		if f.Anonymous && !tagged {
			if ft := deref(f.Type); ft.Kind() == reflect.Struct {
				eachField(ft, fn)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if key == "" {
			key = f.Name
		}
		fn(t, f, key)
	}
}

// field applies the validate tag of f to its property schema prop. It
// returns the property's schema (prop, or a new schema wrapping it) and
// whether the key is required: whether Go rejects the zero value a missing
// key leaves.
func (b *builder) field(prop *jsonschema.Schema, f reflect.StructField, where string) (*jsonschema.Schema, bool) {
	tag := f.Tag.Get("validate")
	var levels [][]rule
	if tag != "-" {
		var err error
		levels, err = parseTag(tag)
		if err != nil {
			b.errorf("%s: %v", where, err)
			prop.Description = joinText(prop.Description, fmt.Sprintf("careerkit also checks the rule %q, which this schema does not express.", tag))
			return prop, false
		}
	}
	var first []rule
	if len(levels) > 0 {
		first = levels[0]
	}
	required := b.level(prop, f.Type, first, where)
	cur, ct := prop, f.Type
	for i := 1; i < len(levels); i++ {
		ct = deref(ct)
		items := b.resolve(cur).Items
		if (ct.Kind() != reflect.Slice && ct.Kind() != reflect.Array) || items == nil {
			b.errorf("%s: dive on %s, which is not a list", where, ct)
			break
		}
		ct = ct.Elem()
		b.level(items, ct, levels[i], where+"[]")
		cur = items
	}
	if !required && writesNull(f) {
		desc := prop.Description
		prop.Description = ""
		prop = &jsonschema.Schema{
			Description: desc,
			AnyOf:       []*jsonschema.Schema{prop, {Type: "null"}},
		}
	}
	return prop, required
}

// writesNull reports whether encoding/json writes null for the zero value
// of f, which strict decoding then accepts.
func writesNull(f reflect.StructField) bool { return validate.WritesNull(f) }

// resolve follows s's $ref into $defs.
func (b *builder) resolve(s *jsonschema.Schema) *jsonschema.Schema {
	for range 32 {
		name, ok := strings.CutPrefix(s.Ref, "#/$defs/")
		if !ok {
			return s
		}
		def, ok := b.defs[name]
		if !ok {
			return s
		}
		s = def
	}
	return s
}

// jsonType returns the JSON type s describes, following $ref.
func (b *builder) jsonType(s *jsonschema.Schema) string {
	return b.resolve(s).Type
}

// refersTo reports whether a definition refers to the definition name.
func refersTo(defs jsonschema.Definitions, name string) bool {
	ref := "#/$defs/" + name
	found := false
	var walk func(s *jsonschema.Schema)
	walk = func(s *jsonschema.Schema) {
		if s == nil || found {
			return
		}
		if s.Ref == ref {
			found = true
			return
		}
		for _, sub := range subschemas(s) {
			walk(sub)
		}
	}
	for _, d := range defs {
		walk(d)
	}
	return found
}

// subschemas returns the schemas directly inside s.
func subschemas(s *jsonschema.Schema) []*jsonschema.Schema {
	out := slices.Concat(s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems)
	out = append(out, s.Not, s.If, s.Then, s.Else, s.Items, s.Contains, s.AdditionalProperties, s.PropertyNames, s.ContentSchema)
	for _, k := range slices.Sorted(maps.Keys(s.DependentSchemas)) {
		out = append(out, s.DependentSchemas[k])
	}
	for _, k := range slices.Sorted(maps.Keys(s.PatternProperties)) {
		out = append(out, s.PatternProperties[k])
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			out = append(out, p.Value)
		}
	}
	return slices.DeleteFunc(out, func(s *jsonschema.Schema) bool { return s == nil })
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// joinText joins two descriptions with a blank line.
func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

// Marshal returns s as the files in the schemas directory hold a schema:
// JSON indented by two spaces, with a final newline.
func Marshal(s *jsonschema.Schema) ([]byte, error) {
	data, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, data, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
