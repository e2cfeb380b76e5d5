package schema

import (
	"fmt"
	"reflect"
	"strings"
)

// constant is a typed constant of a model package, as extracted from the
// source by go generate: the labels of an enum's values.
type constant struct {
	// Name is the constant's Go name, such as "Hard".
	Name string
	// Value is its string value, such as "hard".
	Value string
	// Doc is its doc comment, such as "Hard is a technical skill."
	Doc string
}

// labels describes every value of an enum of type t from the doc comments
// of its constants, as a list ("- \"hard\": a technical skill."). It returns
// "" unless every value but "" has a documented constant.
func (b *builder) labels(t reflect.Type, enum []any) string {
	byValue := map[string]constant{}
	for _, c := range b.consts[t.PkgPath()+"."+t.Name()] {
		byValue[c.Value] = c
	}
	var lines []string
	for _, v := range enum {
		s, ok := v.(string)
		if !ok {
			return ""
		}
		if s == "" {
			continue
		}
		c, ok := byValue[s]
		if !ok || c.Doc == "" {
			return ""
		}
		lines = append(lines, fmt.Sprintf("- %q: %s", s, label(c)))
	}
	if len(lines) == 0 {
		return ""
	}
	return "Values:\n" + strings.Join(lines, "\n")
}

// label is a constant's doc comment without the leading "Name is ".
func label(c constant) string {
	for _, verb := range []string{" is ", " are "} {
		if rest, ok := strings.CutPrefix(c.Doc, c.Name+verb); ok {
			return rest
		}
	}
	return c.Doc
}
