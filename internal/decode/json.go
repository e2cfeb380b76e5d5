package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/careerkit/careerkit/internal/validate"
)

// jsonParser builds the generic tree from a token stream, checking keys and
// limits as it goes.
type jsonParser struct {
	data  []byte
	dec   *json.Decoder
	doc   *Document
	lim   Limits
	nodes int
}

func parseJSON(data []byte, doc *Document, lim Limits) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &jsonParser{data: data, dec: dec, doc: doc, lim: lim}
	tok, err := p.token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return &Error{Msg: "empty document", Err: validate.ErrSyntax}
		}
		return err
	}
	root, err := p.value(tok, "", 1)
	if err != nil {
		return err
	}
	// Anything but white space after the document is trailing data. Look at
	// the bytes rather than for another token, so that the position is where
	// the trailing data starts, whatever it is.
	rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")
	if len(rest) > 0 {
		line, col := position(data, len(data)-len(rest))
		return &Error{Line: line, Column: col, Msg: "trailing data after the document", Err: validate.ErrSyntax}
	}
	doc.Root = root
	return nil
}

func (p *jsonParser) errAt(off int64, sentinel error, format string, args ...any) error {
	line, col := position(p.data, int(off))
	return &Error{Line: line, Column: col, Msg: fmt.Sprintf(format, args...), Err: sentinel}
}

func (p *jsonParser) token() (json.Token, error) {
	off := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, err
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// A json.Decoder's SyntaxError.Offset does not count the
			// delimiters and white space that Token consumed, so it points
			// too early, even at an earlier line. Everything before this
			// token was well-formed, so the first syntax error of the whole
			// document is this one: find its offset with a fresh scan.
			var raw json.RawMessage
			if errors.As(json.Unmarshal(p.data, &raw), &se) && se.Offset > 0 {
				off = se.Offset - 1 // the offending byte
			}
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			off = int64(len(p.data))
			return nil, p.errAt(off, validate.ErrSyntax, "unexpected end of document")
		}
		return nil, p.errAt(off, validate.ErrSyntax, "%s", strings.TrimPrefix(err.Error(), "json: "))
	}
	return tok, nil
}

// line returns the line of the token just read.
func (p *jsonParser) line() int {
	l, _ := position(p.data, int(p.dec.InputOffset()))
	return l
}

func (p *jsonParser) value(tok json.Token, path string, depth int) (any, error) {
	p.nodes++
	if p.nodes > p.lim.MaxNodes {
		return nil, p.errAt(p.dec.InputOffset(), validate.ErrLimit, "document has more than %d values", p.lim.MaxNodes)
	}
	p.doc.Lines[path] = p.line()
	switch t := tok.(type) {
	case json.Delim:
		if depth > p.lim.MaxDepth {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrLimit, "document nests deeper than %d levels", p.lim.MaxDepth)
		}
		if t == '{' {
			return p.object(path, depth)
		}
		return p.array(path, depth)
	case string:
		if len(t) > p.lim.MaxString {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrLimit, "string at %q is longer than %d bytes", path, p.lim.MaxString)
		}
		return t, nil
	case json.Number, bool, nil:
		return t, nil
	}
	return nil, p.errAt(p.dec.InputOffset(), validate.ErrSyntax, "unexpected token %v", tok)
}

func (p *jsonParser) object(path string, depth int) (any, error) {
	m := map[string]any{}
	folded := map[string]string{}
	for {
		tok, err := p.token()
		if err != nil {
			return nil, p.eof(err)
		}
		if d, ok := tok.(json.Delim); ok && d == '}' {
			return m, nil
		}
		key, ok := tok.(string)
		if !ok {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrSyntax, "object key is not a string")
		}
		if len(key) > p.lim.MaxString {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrLimit, "key longer than %d bytes", p.lim.MaxString)
		}
		if err := checkKey(key, folded); err != nil {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrSyntax, "%s%v", at(path), err)
		}
		tok, err = p.token()
		if err != nil {
			return nil, p.eof(err)
		}
		v, err := p.value(tok, validate.Path(path, key), depth+1)
		if err != nil {
			return nil, err
		}
		m[key] = v
	}
}

func (p *jsonParser) array(path string, depth int) (any, error) {
	list := []any{}
	for {
		tok, err := p.token()
		if err != nil {
			return nil, p.eof(err)
		}
		if d, ok := tok.(json.Delim); ok && d == ']' {
			return list, nil
		}
		if len(list) >= p.lim.MaxListItems {
			return nil, p.errAt(p.dec.InputOffset(), validate.ErrLimit, "list at %q has more than %d items", path, p.lim.MaxListItems)
		}
		v, err := p.value(tok, validate.Path(path, len(list)), depth+1)
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
}

func (p *jsonParser) eof(err error) error {
	if errors.Is(err, io.EOF) {
		return p.errAt(int64(len(p.data)), validate.ErrSyntax, "unexpected end of document")
	}
	return err
}

// checkKey reports a key that repeats, exactly or in another case, a key
// already seen in the same map. folded maps lowercased keys to their first spelling.
func checkKey(key string, folded map[string]string) error {
	low := strings.ToLower(key)
	if prev, ok := folded[low]; ok {
		if prev == key {
			return fmt.Errorf("duplicate key %q", key)
		}
		return fmt.Errorf("key %q repeats key %q in another case", key, prev)
	}
	folded[low] = key
	return nil
}

// at prefixes a message with the path it is about, when there is one.
func at(path string) string {
	if path == "" {
		return ""
	}
	return fmt.Sprintf("at %q: ", path)
}
