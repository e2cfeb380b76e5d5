package document

import (
	"fmt"

	"github.com/careerkit/careerkit/problem"
)

// jsonSyntax checks that a document is strict JSON within the limits: one
// pass, no tree built. It records the keys of the root object for kind
// detection.
type jsonSyntax struct {
	s     scanner
	lim   Limits
	nodes int
	sets  []keySet // one per depth, reused from object to object
	path  []seg    // where the cursor is, for messages
	keys  []string
	root  ValueKind
}

func parseJSON(data []byte, lim Limits) (keys []string, root ValueKind, err error) {
	p := &jsonSyntax{s: newScanner(data), lim: lim}
	p.s.ws()
	if p.s.off >= len(data) {
		return nil, 0, &Error{Msg: "empty document", Err: problem.ErrSyntax}
	}
	p.root = kindAt(p.s.peek())
	if err := p.value(1); err != nil {
		return nil, 0, err
	}
	p.s.ws()
	if p.s.off < len(data) {
		return nil, 0, p.s.syntax(p.s.off, "trailing data after the document")
	}
	return p.keys, p.root, nil
}

// kindAt returns the kind of the value that starts with c.
func kindAt(c byte) ValueKind {
	switch c {
	case '{':
		return Object
	case '[':
		return List
	case '"':
		return String
	case 't', 'f':
		return Bool
	case 'n':
		return Null
	}
	return Number
}

func (p *jsonSyntax) count() error {
	p.nodes++
	if p.nodes > p.lim.MaxNodes {
		return p.s.limit("document has more than %d values", p.lim.MaxNodes)
	}
	return nil
}

func (p *jsonSyntax) value(depth int) error {
	if err := p.count(); err != nil {
		return err
	}
	s := &p.s
	switch c := s.peek(); c {
	case '{', '[':
		if depth > p.lim.MaxDepth {
			return s.limit("document nests deeper than %d levels", p.lim.MaxDepth)
		}
		if c == '{' {
			return p.object(depth)
		}
		return p.array(depth)
	case '"':
		at := s.pos()
		_, _, n, err := s.str()
		if err != nil {
			return err
		}
		if n > p.lim.MaxString {
			return &Error{Line: at.Line, Column: at.Column, Msg: fmt.Sprintf("string at %q is longer than %d bytes (%d)", pathString(p.path), p.lim.MaxString, n), Err: problem.ErrLimit}
		}
		return nil
	case 't', 'f', 'n':
		_, err := s.literal()
		return err
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		_, err := s.number()
		return err
	}
	return s.unexpected("a JSON value")
}

func (p *jsonSyntax) object(depth int) error {
	s := &p.s
	s.off++ // '{'
	for len(p.sets) < depth {
		p.sets = append(p.sets, keySet{})
	}
	set := &p.sets[depth-1]
	set.reset()
	s.ws()
	if s.peek() == '}' {
		s.off++
		return nil
	}
	for {
		s.ws()
		if s.peek() != '"' {
			return s.unexpected("a string key")
		}
		at := s.pos()
		raw, escaped, n, err := s.str()
		if err != nil {
			return err
		}
		if n > p.lim.MaxKey {
			return &Error{Line: at.Line, Column: at.Column, Msg: atPath(p.path) + keyTooLong(n, p.lim.MaxKey), Err: problem.ErrLimit}
		}
		key := raw
		if escaped {
			key = []byte(unescape(raw, true))
		}
		if err := set.add(key); err != nil {
			return &Error{Line: at.Line, Column: at.Column, Msg: atPath(p.path) + err.Error(), Err: problem.ErrSyntax}
		}
		if depth == 1 && p.root == Object {
			p.keys = append(p.keys, string(key))
		}
		s.ws()
		if s.peek() != ':' {
			return s.unexpected("':' after an object key")
		}
		s.off++
		s.ws()
		p.path = append(p.path, seg{key: key})
		if err := p.value(depth + 1); err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		// A nested object reused the sets below this depth; this one's
		// slot is still this object's.
		set = &p.sets[depth-1]
		s.ws()
		switch s.peek() {
		case ',':
			s.off++
		case '}':
			s.off++
			return nil
		default:
			return s.unexpected("',' or '}' in an object")
		}
	}
}

func (p *jsonSyntax) array(depth int) error {
	s := &p.s
	s.off++ // '['
	s.ws()
	if s.peek() == ']' {
		s.off++
		return nil
	}
	for items := 0; ; items++ {
		if items >= p.lim.MaxListItems {
			return s.limit("list at %q has more than %d items", pathString(p.path), p.lim.MaxListItems)
		}
		s.ws()
		p.path = append(p.path, seg{idx: items})
		if err := p.value(depth + 1); err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		s.ws()
		switch s.peek() {
		case ',':
			s.off++
		case ']':
			s.off++
			return nil
		default:
			return s.unexpected("',' or ']' in a list")
		}
	}
}

func keyTooLong(n, max int) string {
	return fmt.Sprintf("key longer than %d bytes (%d)", max, n)
}

// atPath prefixes a message with the path it is about, when there is one.
func atPath(path []seg) string {
	if len(path) == 0 {
		return ""
	}
	return fmt.Sprintf("at %q: ", pathString(path))
}
