package careerkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/problem"
)

// Marshal writes v, any of the model's documents (a Framework, a
// competency.Catalog, a role.Role, People …), in format: document.YAML
// (the default for Auto) or document.JSON. The output is canonical: keys in
// the order of the Go fields, no empty fields (no "", no empty lists or
// objects, no false, no zero numbers: each of them means the same as the
// key left out), amounts as exact decimal numbers and dates as YYYY-MM-DD,
// so that Decode of the output gives v back (up to nil and empty lists, which
// mean the same). JSON is indented by two spaces; both end with a newline.
func Marshal(v any, format document.Format) ([]byte, error) {
	var buf bytes.Buffer
	if err := Encode(&buf, v, format); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Encode is Marshal writing to w.
func Encode(w io.Writer, v any, format document.Format) error {
	var rawBuf bytes.Buffer
	je := json.NewEncoder(&rawBuf)
	je.SetEscapeHTML(false)
	err := je.Encode(v)
	raw := rawBuf.Bytes()
	if err != nil {
		return fmt.Errorf("careerkit: marshal %T: %w", v, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	tree, err := readTree(dec)
	if err != nil {
		return fmt.Errorf("careerkit: marshal %T: %w", v, err)
	}
	tree = prune(tree)
	if tree == nil {
		tree = &node{kind: objectNode}
	}
	switch format {
	case document.JSON:
		var out bytes.Buffer
		writeJSON(&out, tree, "")
		out.WriteByte('\n')
		_, err = w.Write(out.Bytes())
	case document.Auto, document.YAML:
		var out bytes.Buffer
		enc := yaml.NewEncoder(&out)
		enc.SetIndent(2)
		if err = enc.Encode(tree.yaml()); err == nil {
			err = enc.Close()
		}
		if err == nil {
			_, err = w.Write(out.Bytes())
		}
	default:
		return fmt.Errorf("careerkit: marshal %T: unknown format %d: %w", v, format, problem.ErrInvalid)
	}
	if err != nil {
		return fmt.Errorf("careerkit: marshal %T: %w", v, err)
	}
	return nil
}

type nodeKind int

const (
	objectNode nodeKind = iota
	arrayNode
	stringNode
	numberNode
	boolNode
	nullNode
)

// node is a JSON value that keeps the order of object keys.
type node struct {
	kind  nodeKind
	keys  []string
	vals  []*node // object values, in key order, or array items
	text  string  // string, number
	truth bool
}

func readTree(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{kind: objectNode}
		if t == '[' {
			n.kind = arrayNode
		}
		for dec.More() {
			if n.kind == objectNode {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, kt.(string))
			}
			v, err := readTree(dec)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return n, nil
	case string:
		return &node{kind: stringNode, text: t}, nil
	case json.Number:
		return &node{kind: numberNode, text: t.String()}, nil
	case bool:
		return &node{kind: boolNode, truth: t}, nil
	}
	return &node{kind: nullNode}, nil
}

// prune drops empty values from objects: "", false, 0, null, and objects
// and lists left empty. It returns nil when n itself is empty. List items
// are kept, emptied or not, so that positions do not move.
func prune(n *node) *node {
	switch n.kind {
	case objectNode:
		out := &node{kind: objectNode}
		for i, v := range n.vals {
			if p := prune(v); p != nil {
				out.keys = append(out.keys, n.keys[i])
				out.vals = append(out.vals, p)
			}
		}
		if len(out.keys) == 0 {
			return nil
		}
		return out
	case arrayNode:
		if len(n.vals) == 0 {
			return nil
		}
		out := &node{kind: arrayNode}
		for _, v := range n.vals {
			p := prune(v)
			if p == nil {
				p = empty(v)
			}
			out.vals = append(out.vals, p)
		}
		return out
	case stringNode:
		if n.text == "" {
			return nil
		}
	case numberNode:
		if isZero(n.text) {
			return nil
		}
	case boolNode:
		if !n.truth {
			return nil
		}
	case nullNode:
		return nil
	}
	return n
}

// empty is the value an emptied list item keeps: {} for an object, [] for
// a list, the zero value otherwise.
func empty(v *node) *node {
	switch v.kind {
	case objectNode, arrayNode:
		return &node{kind: v.kind}
	}
	return v
}

func isZero(num string) bool {
	return strings.Trim(strings.TrimPrefix(strings.SplitN(strings.ToLower(num), "e", 2)[0], "-"), "0.") == ""
}

func (n *node) yaml() *yaml.Node {
	switch n.kind {
	case objectNode:
		y := &yaml.Node{Kind: yaml.MappingNode}
		for i, k := range n.keys {
			y.Content = append(y.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, n.vals[i].yaml())
		}
		return y
	case arrayNode:
		y := &yaml.Node{Kind: yaml.SequenceNode}
		for _, v := range n.vals {
			y.Content = append(y.Content, v.yaml())
		}
		return y
	case stringNode:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: n.text}
	case numberNode:
		tag := "!!float"
		if !strings.ContainsAny(n.text, ".eE") {
			tag = "!!int"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: n.text}
	case boolNode:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(n.truth)}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
}

func writeJSON(b *bytes.Buffer, n *node, indent string) {
	switch n.kind {
	case objectNode, arrayNode:
		open, close := byte('{'), byte('}')
		if n.kind == arrayNode {
			open, close = '[', ']'
		}
		b.WriteByte(open)
		if len(n.vals) == 0 {
			b.WriteByte(close)
			return
		}
		inner := indent + "  "
		for i, v := range n.vals {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n" + inner)
			if n.kind == objectNode {
				writeString(b, n.keys[i])
				b.WriteString(": ")
			}
			writeJSON(b, v, inner)
		}
		b.WriteString("\n" + indent)
		b.WriteByte(close)
	case stringNode:
		writeString(b, n.text)
	case numberNode:
		b.WriteString(n.text)
	case boolNode:
		fmt.Fprint(b, n.truth)
	default:
		b.WriteString("null")
	}
}

// writeString writes s as a JSON string, leaving <, > and & as they are.
func writeString(b *bytes.Buffer, s string) {
	var out bytes.Buffer
	e := json.NewEncoder(&out)
	e.SetEscapeHTML(false)
	_ = e.Encode(s) // a string always encodes
	b.Write(bytes.TrimSuffix(out.Bytes(), []byte("\n")))
}
