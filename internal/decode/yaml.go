package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/internal/validate"
)

// jsonNumber matches the JSON number grammar, so YAML numbers written that way
// keep their exact text.
var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// yamlLine finds the line in a yaml.v3 error message, when there is one.
var yamlLine = regexp.MustCompile(`line (\d+)`)

type yamlParser struct {
	doc     *Document
	lim     Limits
	nodes   int
	aliases int
}

func parseYAML(data []byte, doc *Document, lim Limits) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return &Error{Msg: "empty document", Err: validate.ErrSyntax}
		}
		return yamlError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		line := extra.Line
		if err != nil {
			return yamlError(err)
		}
		return &Error{Line: line, Msg: "trailing data: more than one YAML document", Err: validate.ErrSyntax}
	}
	p := &yamlParser{doc: doc, lim: lim}
	n := &root
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return &Error{Msg: "empty document", Err: validate.ErrSyntax}
		}
		n = n.Content[0]
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" && n.Value == "" {
			// "---" and nothing else: no content, not an explicit null.
			return &Error{Line: n.Line, Msg: "empty document", Err: validate.ErrSyntax}
		}
	}
	v, err := p.value(n, "", 1)
	if err != nil {
		return err
	}
	doc.Root = v
	return nil
}

func yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	return &Error{Line: line, Msg: msg, Err: validate.ErrSyntax}
}

func (p *yamlParser) errAt(n *yaml.Node, sentinel error, format string, args ...any) error {
	return &Error{Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...), Err: sentinel}
}

func (p *yamlParser) value(n *yaml.Node, path string, depth int) (any, error) {
	p.nodes++
	if p.nodes > p.lim.MaxNodes {
		return nil, p.errAt(n, validate.ErrLimit, "document has more than %d values (after expanding aliases)", p.lim.MaxNodes)
	}
	if depth > p.lim.MaxDepth && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
		// Only lists and maps nest, as in the JSON parser.
		return nil, p.errAt(n, validate.ErrLimit, "document nests deeper than %d levels", p.lim.MaxDepth)
	}
	if _, ok := p.doc.Lines[path]; !ok {
		p.doc.Lines[path] = n.Line
	}
	switch n.Kind {
	case yaml.AliasNode:
		p.aliases++
		if p.aliases > p.lim.MaxAliases {
			return nil, p.errAt(n, validate.ErrLimit, "more than %d alias uses", p.lim.MaxAliases)
		}
		if n.Alias == nil {
			return nil, p.errAt(n, validate.ErrSyntax, "alias to nothing")
		}
		// The aliased value stands where the alias is: same depth.
		return p.value(n.Alias, path, depth)
	case yaml.MappingNode:
		return p.mapping(n, path, depth)
	case yaml.SequenceNode:
		if len(n.Content) > p.lim.MaxListItems {
			return nil, p.errAt(n, validate.ErrLimit, "list at %q has more than %d items", path, p.lim.MaxListItems)
		}
		list := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			v, err := p.value(c, validate.Path(path, i), depth+1)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		return list, nil
	case yaml.ScalarNode:
		return p.scalar(n, path)
	}
	return nil, p.errAt(n, validate.ErrSyntax, "unsupported YAML node")
}

func (p *yamlParser) mapping(n *yaml.Node, path string, depth int) (any, error) {
	m := make(map[string]any, len(n.Content)/2)
	folded := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
			if k.ShortTag() == "!!merge" {
				return nil, p.errAt(k, validate.ErrSyntax, "merge keys (<<) are not supported")
			}
			return nil, p.errAt(k, validate.ErrSyntax, "%skeys must be strings", at(path))
		}
		if len(k.Value) > p.lim.MaxString {
			return nil, p.errAt(k, validate.ErrLimit, "key longer than %d bytes", p.lim.MaxString)
		}
		if err := checkKey(k.Value, folded); err != nil {
			return nil, p.errAt(k, validate.ErrSyntax, "%s%v", at(path), err)
		}
		child := validate.Path(path, k.Value)
		p.doc.Lines[child] = k.Line
		val, err := p.value(v, child, depth+1)
		if err != nil {
			return nil, err
		}
		m[k.Value] = val
	}
	return m, nil
}

func (p *yamlParser) scalar(n *yaml.Node, path string) (any, error) {
	switch n.ShortTag() {
	case "!!str", "!!timestamp":
		if len(n.Value) > p.lim.MaxString {
			return nil, p.errAt(n, validate.ErrLimit, "string at %q is longer than %d bytes", path, p.lim.MaxString)
		}
		return n.Value, nil
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, p.errAt(n, validate.ErrSyntax, "%s%v", at(path), err)
		}
		return b, nil
	case "!!int", "!!float":
		if jsonNumber.MatchString(n.Value) {
			return json.Number(n.Value), nil
		}
		// Other YAML spellings (leading zeros read as octal, 0x, 0o, "_",
		// "+", ".5", "1.") would reach the model through a conversion that
		// can change the value, money included: they are refused.
		lower := strings.ToLower(strings.TrimLeft(n.Value, "+-"))
		if lower == ".nan" || lower == ".inf" {
			return nil, p.errAt(n, validate.ErrSyntax, "%s%s is not a finite number", at(path), n.Value)
		}
		return nil, p.errAt(n, validate.ErrSyntax, "%snumber %q is not written as in JSON (digits, an optional fraction and exponent; no leading zeros, '+', '_', hex or octal)", at(path), n.Value)
	}
	return nil, p.errAt(n, validate.ErrSyntax, "%sunsupported YAML tag %s", at(path), n.Tag)
}
