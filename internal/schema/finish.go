package schema

import (
	"encoding/json"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"
)

// finish shapes a reflected schema for front ends and typed clients, after
// every definition has its keywords: string enums become a oneOf of
// {const, title} without the empty string, every definition and property
// gets a title, every branch of anyOf and oneOf (and every schema that
// uses keywords of one JSON type) says its type, and the descriptions speak
// of JSON documents rather than Go values.
func (b *builder) finish(s *jsonschema.Schema, root reflect.Type) {
	for _, name := range slices.Sorted(maps.Keys(b.defs)) {
		def := b.defs[name]
		if def.Title == "" {
			def.Title = typeTitle(b.types[name], name)
		}
		if t := b.types[name]; t != nil {
			b.enumOneOf(def, t)
		}
		setDefaults(def, defaults[name])
	}
	setDefaults(s, defaults[Name(root)])
	if s.Ref == "" && s.Title == "" {
		s.Title = typeTitle(root, Name(root))
	}
	b.walk(s, "", false)
}

// walk finishes s and everything inside it. ctx is the JSON type the
// enclosing schema says s's instance has, "" when none; negated is true
// under "not".
func (b *builder) walk(s *jsonschema.Schema, ctx string, negated bool) {
	if s == nil {
		return
	}
	if !negated && len(s.Enum) > 0 {
		enumToOneOf(s, nil)
	}
	if s.Type == "" {
		switch {
		case s.Ref != "":
			// A $ref is typed by its definition; keywords beside it need
			// the type said again.
			if inferType(s) != "" {
				s.Type = b.jsonType(s)
			}
		case ctx != "":
			if needsType(s) {
				s.Type = ctx
			}
		default:
			s.Type = inferType(s)
		}
	}
	s.Description = jsonTerms(s.Description)
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			if p.Value.Title == "" {
				p.Value.Title = keyTitle(p.Key)
			}
			b.walk(p.Value, "", negated)
		}
	}
	typ := s.Type
	if typ == "" && s.Ref != "" {
		typ = b.jsonType(s)
	}
	for _, list := range [][]*jsonschema.Schema{s.AnyOf, s.OneOf} {
		for _, br := range list {
			if br.Type == "" {
				if br.Ref != "" {
					br.Type = b.jsonType(br)
				} else if typ != "" {
					br.Type = typ
				} else {
					br.Type = inferType(br)
				}
			}
			b.walk(br, typ, negated)
		}
	}
	for _, sub := range slices.Concat(s.AllOf, []*jsonschema.Schema{s.If, s.Then, s.Else}) {
		b.walk(sub, typ, negated)
	}
	b.walk(s.Not, typ, !negated)
	for _, sub := range []*jsonschema.Schema{s.Items, s.AdditionalProperties, s.Contains} {
		b.walk(sub, "", negated)
	}
	for _, k := range slices.Sorted(maps.Keys(s.Definitions)) {
		b.walk(s.Definitions[k], "", false)
	}
}

// needsType reports whether s uses a keyword that applies to one JSON type
// only, which ajv's strict mode wants next to a type.
func needsType(s *jsonschema.Schema) bool {
	return inferType(s) != "" || len(s.OneOf) > 0 || len(s.AnyOf) > 0
}

// inferType returns the JSON type s's keywords apply to, or "".
func inferType(s *jsonschema.Schema) string {
	switch {
	case s.Properties != nil || len(s.Required) > 0 || s.AdditionalProperties != nil || s.MinProperties != nil || s.MaxProperties != nil:
		return "object"
	case s.Items != nil || s.MinItems != nil || s.MaxItems != nil || s.UniqueItems || s.Contains != nil:
		return "array"
	case s.MinLength != nil || s.MaxLength != nil || s.Pattern != "" || s.Format != "":
		return "string"
	case s.Minimum != "" || s.Maximum != "" || s.ExclusiveMinimum != "" || s.ExclusiveMaximum != "" || s.MultipleOf != "":
		return "number"
	case s.Const != nil:
		return constType(s.Const)
	}
	return ""
}

// constType returns the JSON type of a const value.
func constType(v any) string {
	switch v := v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		if strings.ContainsAny(string(v), ".eE") {
			return "number"
		}
		return "integer"
	case int, int64, uint64:
		return "integer"
	case float64:
		return "number"
	}
	return ""
}

// enumOneOf turns the enum of the schema of an enum type t into a oneOf,
// titled by its constants' names and described by their doc comments.
func (b *builder) enumOneOf(s *jsonschema.Schema, t reflect.Type) {
	if len(s.Enum) == 0 {
		return
	}
	byValue := map[string]constant{}
	for _, c := range b.consts[t.PkgPath()+"."+t.Name()] {
		byValue[c.Value] = c
	}
	// The list of values in the description is now in the branches.
	if i := strings.Index(s.Description, "\n\nValues:\n"); i >= 0 {
		s.Description = s.Description[:i]
	}
	enumToOneOf(s, byValue)
}

// enumToOneOf replaces a string enum with a oneOf of {const, title},
// leaving out the empty string. Other enums are left alone.
func enumToOneOf(s *jsonschema.Schema, byValue map[string]constant) {
	var branches []*jsonschema.Schema
	for _, v := range s.Enum {
		str, ok := v.(string)
		if !ok {
			return
		}
		if str == "" {
			continue
		}
		br := &jsonschema.Schema{Type: "string", Const: str, Title: valueTitle(str)}
		if c, ok := byValue[str]; ok {
			br.Title = words(c.Name)
			if c.Doc != "" {
				br.Description = upperFirst(label(c))
			}
		}
		branches = append(branches, br)
	}
	if s.Type == "" {
		s.Type = "string"
	}
	s.Enum = nil
	if len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
		// Keep existing alternatives: add the enum beside them.
		s.AllOf = append(s.AllOf, &jsonschema.Schema{Type: "string", OneOf: branches})
		return
	}
	s.OneOf = branches
}

// typeTitle is the title of the definition of a type: its Go name in
// words, such as "Degree level".
func typeTitle(t reflect.Type, name string) string {
	n := name
	if t != nil && t.Name() != "" {
		n = t.Name()
	} else if i := strings.LastIndex(n, "."); i >= 0 {
		n = n[i+1:]
	}
	return words(n)
}

// keyTitle is the title of a property: its JSON key in words, such as
// "Entry from" for entryFrom.
func keyTitle(key string) string { return words(key) }

// valueTitle is the title of an enum value without a constant, such as
// "High school" for high-school.
func valueTitle(v string) string {
	return upperFirst(strings.NewReplacer("-", " ", "_", " ").Replace(v))
}

// initialisms stay upper case in titles.
var initialisms = map[string]string{"id": "ID", "ids": "IDs", "url": "URL", "uri": "URI", "ic": "IC", "soc": "SOC", "onet": "O*NET"}

// words splits a camelCase or PascalCase identifier into lower-case words
// and capitalises the first: "entryFrom" is "Entry from", "IC" is "IC",
// "sameAs" is "Same as".
func words(id string) string {
	var parts []string
	rs := []rune(id)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || (unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])))) {
			parts = append(parts, string(rs[start:i]))
			start = i
		}
	}
	for i, p := range parts {
		lp := strings.ToLower(p)
		switch {
		case initialisms[lp] != "":
			parts[i] = initialisms[lp]
		case p == strings.ToUpper(p) && len(p) > 1:
			// An acronym stays as it is.
		default:
			parts[i] = lp
		}
	}
	if len(parts) == 0 {
		return id
	}
	parts[0] = upperFirst(parts[0])
	return strings.Join(parts, " ")
}

func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// goTerms rewrites phrases of Go doc comments that speak of Go values into
// what a JSON document says.
var goTerms = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\bThe zero value is invalid(?: \([^)]*\))?\.\s*`), ""},
	{regexp.MustCompile(`\bThe zero value means\b`), "Absent means"},
	{regexp.MustCompile(`\b[Nn]il means\b`), "absent means"},
	{regexp.MustCompile(`\bnil when\b`), "absent when"},
	{regexp.MustCompile(`\bnil or empty\b`), "absent or empty"},
	{regexp.MustCompile(`\ban empty slice\b`), "an empty list"},
	{regexp.MustCompile(`\bnil\b`), "absent"},
	{regexp.MustCompile(` \(see [A-Z][A-Za-z.]*\)`), ""},
}

// jsonTerms rewrites the Go terms of a description.
func jsonTerms(d string) string {
	for _, t := range goTerms {
		d = t.re.ReplaceAllString(d, t.with)
	}
	return strings.TrimSpace(d)
}

// defaults are the values Go takes for a key left out, by $defs name and
// JSON key (a test compares them with what the model does).
var defaults = map[string]map[string]any{
	"competency.Requirement": {"weight": 1, "importance": "required"},
	"competency.Catalog":     {"defaultScale": "framework"},
	"careerkit.Framework":    {"defaultScale": "framework"},
}

// setDefaults sets the default of the properties of s named in d.
func setDefaults(s *jsonschema.Schema, d map[string]any) {
	if s == nil || s.Properties == nil {
		return
	}
	for key, v := range d {
		if p, ok := s.Properties.Get(key); ok {
			p.Default = v
		}
	}
}
