package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/problem"
)

// A YAML document is read with yaml.v3 into its node tree, checked, and
// written out as the equivalent strict JSON text; the rest of the decoder
// (the type check, encoding/json, path lookup) reads that text. A table maps
// offsets in the JSON text back to lines and columns of the YAML source.

// jsonNumber matches the JSON number grammar, so YAML numbers written that way
// keep their exact text.
var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// yamlLine finds the line in a yaml.v3 error message, when there is one.
var yamlLine = regexp.MustCompile(`^line (\d+): `)

// yamlDirective12 matches a "%YAML 1.2" directive line.
var yamlDirective12 = regexp.MustCompile(`(?m)^%YAML[ \t]+1\.2[ \t]*(#.*)?$`)

// ypos is the source position of the JSON text from off on.
type ypos struct {
	off          uint32
	line, column uint32
}

type yamlConv struct {
	out     []byte
	track   bool // build pos
	pos     []ypos
	lim     Limits
	nodes   int
	aliases int
	// expanded counts the bytes written while expanding aliases, limited to
	// maxExpanded.
	inAlias     int
	expanded    int
	maxExpanded int
	keys        []string
	sets        []keySet
	path        []seg // where the conversion is, for messages
	// anchored counts the anchored nodes around the conversion: their
	// subtrees may be aliased later, so they are kept; every other node is
	// let go once converted, so that the tree and its JSON are never both
	// whole in memory.
	anchored int
}

// maxAliasSlack is what alias expansion may add to the smallest documents.
const maxAliasSlack = 64 << 10

// parseYAML converts a YAML document to JSON text. The table of source
// positions is not built: problems are the exception, so the table is
// built, by converting again, only when a position is first asked for.
func parseYAML(data []byte, lim Limits) (*Document, error) {
	return convertYAML(data, lim, false)
}

func convertYAML(data []byte, lim Limits, track bool) (*Document, error) {
	src := data
	if loc := yamlDirective12.FindIndex(data); loc != nil && beforeContent(data, loc[0]) {
		// yaml.v3 reads YAML 1.2 but accepts only the 1.1 directive; the
		// replacement has the same length, so positions do not move.
		src = bytes.Clone(data)
		copy(src[loc[0]:], "%YAML 1.1")
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{Msg: "empty document", Err: problem.ErrSyntax}
		}
		return nil, yamlError(err, data, lim)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, yamlError(err, data, lim)
		}
		return nil, &Error{Line: extra.Line, Msg: "trailing data: more than one YAML document", Err: problem.ErrSyntax}
	}
	n := &root
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil, &Error{Msg: "empty document", Err: problem.ErrSyntax}
		}
		n = n.Content[0]
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" && n.Value == "" && n.Style&yaml.TaggedStyle == 0 {
			// "---" and nothing else: no content, not an explicit null.
			return nil, &Error{Line: n.Line, Msg: "empty document", Err: problem.ErrSyntax}
		}
	}
	c := &yamlConv{lim: lim, track: track, out: make([]byte, 0, len(data)+len(data)/4), maxExpanded: len(data) + maxAliasSlack}
	doc := &Document{Format: YAML, src: data, lim: lim}
	doc.Root = yamlKind(n)
	c.mark(n)
	if err := c.value(n, 1); err != nil {
		return nil, err
	}
	doc.Keys, doc.text, doc.ypos = c.keys, c.out, c.pos
	return doc, nil
}

// beforeContent reports whether off is in the directives part of the
// document: only directives, comments and blank lines come before it.
func beforeContent(data []byte, off int) bool {
	for _, line := range strings.Split(string(data[:off]), "\n") {
		t := strings.TrimSpace(line)
		if t != "" && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "%") {
			return false
		}
	}
	return true
}

func yamlKind(n *yaml.Node) ValueKind {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		return Object
	case yaml.SequenceNode:
		return List
	}
	switch n.ShortTag() {
	case "!!null":
		return Null
	case "!!bool":
		return Bool
	case "!!int", "!!float":
		return Number
	}
	return String
}

// yamlError turns a yaml.v3 error into a syntax error with its line, or into
// a limit error when the cause is a key longer than YAML reads. yaml.v3's
// own "line N: " is taken off the message, since the Error carries the
// line. For a tab in the indentation, yaml.v3 names the line where the
// scalar before it starts (or no line at all on the first line), so the
// line is corrected to the tab's, with its column.
func yamlError(err error, data []byte, lim Limits) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	if l, n := longKey(data, line, lim.MaxKey); l > 0 {
		return &Error{Line: l, Column: 1, Msg: keyTooLong(n, lim.MaxKey), Err: problem.ErrLimit}
	}
	col := 0
	switch msg {
	case "found character that cannot start any token":
		// The line is right when yaml.v3 gives one; none means the first.
		line = max(line, 1)
		if l, c := indentTab(data, line, line); l > 0 {
			col = c
		}
	case "found a tab character that violates indentation":
		if l, c := indentTab(data, max(line, 1), 0); l > 0 {
			line, col = l, c
		}
	}
	return &Error{Line: line, Column: col, Msg: msg, Err: problem.ErrSyntax}
}

// indentTab finds the first line from line from on (up to line to, or to
// the end when to is 0) whose indentation holds a tab, and returns that
// line and the column of the tab, or 0, 0.
func indentTab(data []byte, from, to int) (int, int) {
	lines := bytes.Split(data, []byte("\n"))
	for n := max(from, 1); n <= len(lines) && (to == 0 || n <= to); n++ {
		l := lines[n-1]
		indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if i := bytes.IndexByte(indent, '\t'); i >= 0 {
			return n, i + 1
		}
	}
	return 0, 0
}

// longKey looks on the line of a YAML error and the one before it for a
// plain or quoted key longer than max, which yaml.v3 cannot read (YAML
// limits an implicit key to 1,024 characters); it returns its line and length.
func longKey(data []byte, line, max int) (int, int) {
	if line <= 0 {
		return 0, 0
	}
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	for l := line; l >= line-1 && l >= 1; l-- {
		if l > len(lines) {
			continue
		}
		t := bytes.TrimLeft(lines[l-1], " \t")
		for bytes.HasPrefix(t, []byte("- ")) || bytes.HasPrefix(t, []byte("? ")) {
			t = bytes.TrimLeft(t[2:], " \t")
		}
		key := t
		if i := bytes.Index(t, []byte(": ")); i >= 0 {
			key = t[:i]
		} else if bytes.HasSuffix(bytes.TrimRight(t, " \t\r"), []byte(":")) {
			key = bytes.TrimSuffix(bytes.TrimRight(t, " \t\r"), []byte(":"))
		} else {
			continue
		}
		if n := len(key); n > max || n > 1024 {
			return l, n
		}
	}
	return 0, 0
}

func (c *yamlConv) errAt(n *yaml.Node, sentinel error, format string, args ...any) error {
	return &Error{Line: n.Line, Column: n.Column, Msg: atPath(c.path) + fmt.Sprintf(format, args...), Err: sentinel}
}

// mark records that the JSON text from here on comes from n.
func (c *yamlConv) mark(n *yaml.Node) {
	if !c.track {
		return
	}
	c.pos = append(c.pos, ypos{off: uint32(len(c.out)), line: uint32(n.Line), column: uint32(n.Column)})
}

func (c *yamlConv) value(n *yaml.Node, depth int) error {
	c.nodes++
	if c.nodes > c.lim.MaxNodes {
		return c.errAt(n, problem.ErrLimit, "document has more than %d values (after expanding aliases)", c.lim.MaxNodes)
	}
	if depth > c.lim.MaxDepth && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
		// Only lists and maps nest, as in JSON.
		return c.errAt(n, problem.ErrLimit, "document nests deeper than %d levels", c.lim.MaxDepth)
	}
	if n.Style&yaml.TaggedStyle != 0 {
		if err := c.checkTag(n); err != nil {
			return err
		}
	}
	if len(n.Anchor) > c.lim.MaxKey {
		return c.errAt(n, problem.ErrLimit, "anchor name of %d bytes is longer than the limit of %d", len(n.Anchor), c.lim.MaxKey)
	}
	if n.Anchor != "" {
		c.anchored++
		defer func() { c.anchored-- }()
	}
	switch n.Kind {
	case yaml.AliasNode:
		c.aliases++
		if c.aliases > c.lim.MaxAliases {
			return c.errAt(n, problem.ErrLimit, "more than %d alias uses", c.lim.MaxAliases)
		}
		if n.Alias == nil {
			return c.errAt(n, problem.ErrSyntax, "alias to nothing")
		}
		start := len(c.out)
		c.inAlias++
		// The aliased value stands where the alias is: same depth, and
		// errors inside it point at the alias.
		c.nodes-- // the alias itself is not a value
		saved := len(c.pos)
		err := c.value(n.Alias, depth)
		c.inAlias--
		if c.track {
			c.pos = append(c.pos[:saved], ypos{off: uint32(start), line: uint32(n.Line), column: uint32(n.Column)})
		}
		if err != nil {
			return err
		}
		if c.inAlias == 0 {
			c.expanded += len(c.out) - start
			if c.expanded > c.maxExpanded {
				return c.errAt(n, problem.ErrLimit, "aliases repeat more than %d bytes of the document", c.maxExpanded)
			}
		}
		return nil
	case yaml.MappingNode:
		return c.mapping(n, depth)
	case yaml.SequenceNode:
		if len(n.Content) > c.lim.MaxListItems {
			return &Error{Line: n.Line, Column: n.Column, Msg: fmt.Sprintf("list at %q has more than %d items", pathString(c.path), c.lim.MaxListItems), Err: problem.ErrLimit}
		}
		c.out = append(c.out, '[')
		for i, item := range n.Content {
			if i > 0 {
				c.out = append(c.out, ',')
			}
			c.mark(item)
			c.path = append(c.path, seg{idx: i})
			if err := c.value(item, depth+1); err != nil {
				return err
			}
			c.path = c.path[:len(c.path)-1]
			c.release(n, i)
		}
		c.out = append(c.out, ']')
		return nil
	case yaml.ScalarNode:
		return c.scalar(n)
	}
	return c.errAt(n, problem.ErrSyntax, "unsupported YAML node")
}

// checkTag refuses explicit tags other than the standard ones for JSON's
// kinds of value: "!!python/object:…" on a mapping is as foreign as on a scalar.
func (c *yamlConv) checkTag(n *yaml.Node) error {
	tag := n.ShortTag()
	ok := false
	switch n.Kind {
	case yaml.MappingNode:
		ok = tag == "!!map"
	case yaml.SequenceNode:
		ok = tag == "!!seq"
	case yaml.ScalarNode:
		switch tag {
		case "!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp":
			ok = true
		}
	default:
		ok = true
	}
	if !ok {
		return c.errAt(n, problem.ErrSyntax, "unsupported YAML tag %s", n.Tag)
	}
	return nil
}

func (c *yamlConv) mapping(n *yaml.Node, depth int) error {
	for len(c.sets) < depth {
		c.sets = append(c.sets, keySet{})
	}
	c.sets[depth-1].reset()
	c.out = append(c.out, '{')
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
			if k.ShortTag() == "!!merge" {
				return c.errAt(k, problem.ErrSyntax, "merge keys (<<) are not supported")
			}
			return c.errAt(k, problem.ErrSyntax, "keys must be strings")
		}
		if len(k.Value) > c.lim.MaxKey {
			return c.errAt(k, problem.ErrLimit, "%s", keyTooLong(len(k.Value), c.lim.MaxKey))
		}
		if !utf8.ValidString(k.Value) {
			return c.errAt(k, problem.ErrSyntax, "key is not valid UTF-8")
		}
		if err := c.sets[depth-1].add([]byte(k.Value)); err != nil {
			return c.errAt(k, problem.ErrSyntax, "%v", err)
		}
		if depth == 1 && c.inAlias == 0 {
			c.keys = append(c.keys, k.Value)
		}
		if i > 0 {
			c.out = append(c.out, ',')
		}
		c.mark(k)
		c.out = appendJSONString(c.out, k.Value)
		c.out = append(c.out, ':')
		c.path = append(c.path, seg{key: []byte(k.Value)})
		if err := c.value(v, depth+1); err != nil {
			return err
		}
		c.path = c.path[:len(c.path)-1]
		c.release(n, i)
		c.release(n, i+1)
	}
	c.out = append(c.out, '}')
	return nil
}

// release lets go of child i of n once it is converted, unless it may be
// aliased later (it or an ancestor has an anchor) or is being expanded
// through an alias now.
func (c *yamlConv) release(n *yaml.Node, i int) {
	if c.anchored == 0 && c.inAlias == 0 {
		n.Content[i] = nil
	}
}

func (c *yamlConv) scalar(n *yaml.Node) error {
	switch n.ShortTag() {
	case "!!str", "!!timestamp":
		if len(n.Value) > c.lim.MaxString {
			return &Error{Line: n.Line, Column: n.Column, Msg: fmt.Sprintf("string at %q is longer than %d bytes (%d)", pathString(c.path), c.lim.MaxString, len(n.Value)), Err: problem.ErrLimit}
		}
		if !utf8.ValidString(n.Value) {
			// An escape such as "\ud800" decodes to no character.
			return c.errAt(n, problem.ErrSyntax, "string is not valid UTF-8 (an escape names no character)")
		}
		c.out = appendJSONString(c.out, n.Value)
		return nil
	case "!!null":
		c.out = append(c.out, "null"...)
		return nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return c.errAt(n, problem.ErrSyntax, "%v", err)
		}
		c.out = strconv.AppendBool(c.out, b)
		return nil
	case "!!int", "!!float":
		if jsonNumber.MatchString(n.Value) {
			c.out = append(c.out, n.Value...)
			return nil
		}
		// Other YAML spellings (leading zeros read as octal, 0x, 0o, "_",
		// "+", ".5", "1.") would reach the model through a conversion that
		// can change the value, money included: they are refused.
		lower := strings.ToLower(strings.TrimLeft(n.Value, "+-"))
		if lower == ".nan" || lower == ".inf" {
			return c.errAt(n, problem.ErrSyntax, "%s is not a finite number", n.Value)
		}
		return c.errAt(n, problem.ErrSyntax, "number %q is not written as in JSON (digits, an optional fraction and exponent; no leading zeros, '+', '_', hex or octal)", n.Value)
	}
	return c.errAt(n, problem.ErrSyntax, "unsupported YAML tag %s", n.Tag)
}

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// yamlPosition returns the source position of the JSON text at off.
func (d *Document) yamlPosition(off int) Position {
	d.posOnce.Do(func() {
		if again, err := convertYAML(d.src, d.lim, true); err == nil {
			d.ypos = again.ypos
		}
	})
	i := sort.Search(len(d.ypos), func(i int) bool { return int(d.ypos[i].off) > off }) - 1
	if i < 0 {
		return Position{Line: 1, Column: 1}
	}
	return Position{Line: int(d.ypos[i].line), Column: int(d.ypos[i].column)}
}
