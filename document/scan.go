package document

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/careerkit/careerkit/problem"
)

// scanner reads strict RFC 8259 JSON from a byte slice with a running
// cursor: every step is O(1) in the size of the document, and positions are
// counted as the cursor moves, never by rescanning from the start.
type scanner struct {
	data []byte
	off  int
	// line is the 1-based line of off, lineStart the offset where that line
	// begins, and cont the number of UTF-8 continuation bytes between
	// lineStart and off, so that the column in runes is known at any time.
	line, lineStart, cont int
}

func newScanner(data []byte) scanner { return scanner{data: data, line: 1} }

// pos returns the position of the cursor.
func (s *scanner) pos() Position {
	return Position{Line: s.line, Column: s.off - s.lineStart - s.cont + 1}
}

// posAt returns the position of off, an offset on the cursor's line at or
// after lineStart (only syntax errors inside a token need it).
func (s *scanner) posAt(off int) Position {
	if off > len(s.data) {
		off = len(s.data)
	}
	p := Position{Line: s.line, Column: s.off - s.lineStart - s.cont + 1}
	if off < s.off {
		return p
	}
	return Position{Line: s.line, Column: p.Column + utf8.RuneCount(s.data[s.off:off])}
}

// ws skips white space.
func (s *scanner) ws() {
	for s.off < len(s.data) {
		switch s.data[s.off] {
		case ' ', '\t', '\r':
			s.off++
		case '\n':
			s.off++
			s.line++
			s.lineStart, s.cont = s.off, 0
		default:
			return
		}
	}
}

// peek returns the byte at the cursor, or 0 at the end.
func (s *scanner) peek() byte {
	if s.off < len(s.data) {
		return s.data[s.off]
	}
	return 0
}

func (s *scanner) syntax(off int, format string, args ...any) *Error {
	p := s.posAt(off)
	return &Error{Line: p.Line, Column: p.Column, Msg: fmt.Sprintf(format, args...), Err: problem.ErrSyntax}
}

func (s *scanner) limit(format string, args ...any) *Error {
	p := s.pos()
	return &Error{Line: p.Line, Column: p.Column, Msg: fmt.Sprintf(format, args...), Err: problem.ErrLimit}
}

// unexpected reports the byte at the cursor, or the end of the document.
func (s *scanner) unexpected(want string) *Error {
	if s.off >= len(s.data) {
		return s.syntax(s.off, "unexpected end of document, want %s", want)
	}
	r, _ := utf8.DecodeRune(s.data[s.off:])
	return s.syntax(s.off, "unexpected %q, want %s", r, want)
}

// str reads a string at the cursor (which is on its opening quote). It
// returns the raw bytes between the quotes, whether they hold escapes, and
// the length of the decoded string in bytes. Control characters, invalid
// escapes and unpaired UTF-16 surrogates are errors.
func (s *scanner) str() (raw []byte, escaped bool, n int, err error) {
	start := s.off + 1
	i := start
	cont := 0
	for {
		// Fast path over plain bytes.
		for i < len(s.data) {
			c := s.data[i]
			if c == '"' || c == '\\' || c < 0x20 {
				break
			}
			if c&0xC0 == 0x80 {
				cont++
			}
			i++
		}
		if i >= len(s.data) {
			return nil, false, 0, s.syntax(len(s.data), "unexpected end of document in a string")
		}
		switch c := s.data[i]; {
		case c == '"':
			raw = s.data[start:i]
			n = len(raw)
			if escaped {
				n = decodedLen(raw)
			}
			s.off = i + 1
			s.cont += cont
			return raw, escaped, n, nil
		case c < 0x20:
			return nil, false, 0, s.syntax(i, "control character %U in a string: write it as an escape", c)
		default: // backslash
			escaped = true
			if i+1 >= len(s.data) {
				return nil, false, 0, s.syntax(len(s.data), "unexpected end of document in a string")
			}
			switch s.data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				r, ok := hex4(s.data, i+2)
				if !ok {
					return nil, false, 0, s.syntax(i, "invalid \\u escape: want four hex digits")
				}
				i += 6
				if utf16.IsSurrogate(r) {
					r2, ok := rune(0), false
					if i+1 < len(s.data) && s.data[i] == '\\' && s.data[i+1] == 'u' {
						r2, ok = hex4(s.data, i+2)
					}
					if r >= 0xDC00 || !ok || utf16.DecodeRune(r, r2) == utf8.RuneError {
						return nil, false, 0, s.syntax(i-6, "unpaired UTF-16 surrogate \\u%04X in a string", r)
					}
					i += 6
				}
			default:
				r, _ := utf8.DecodeRune(s.data[i+1:])
				return nil, false, 0, s.syntax(i, "invalid escape \\%c in a string", r)
			}
		}
	}
}

// decodedLen returns the length in bytes of a well-formed escaped string.
func decodedLen(raw []byte) int {
	n := 0
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			n++
			i++
			continue
		}
		if raw[i+1] != 'u' {
			n++
			i += 2
			continue
		}
		r, _ := hex4(raw, i+2)
		i += 6
		if utf16.IsSurrogate(r) {
			r2, _ := hex4(raw, i+2)
			r = utf16.DecodeRune(r, r2)
			i += 6
		}
		n += utf8.RuneLen(r)
	}
	return n
}

// unescape decodes a well-formed string's raw bytes.
func unescape(raw []byte, escaped bool) string {
	if !escaped {
		return string(raw)
	}
	b := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		switch raw[i+1] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, _ := hex4(raw, i+2)
			if utf16.IsSurrogate(r) {
				r2, _ := hex4(raw, i+8)
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
			b = utf8.AppendRune(b, r)
			i += 6
			continue
		default: // " \ /
			b = append(b, raw[i+1])
		}
		i += 2
	}
	return string(b)
}

func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// number reads a number in the JSON grammar at the cursor and returns its text.
func (s *scanner) number() ([]byte, error) {
	start, i := s.off, s.off
	d := s.data
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && '1' <= d[i] && d[i] <= '9':
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	default:
		return nil, s.syntax(i, "invalid number: want a digit")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return nil, s.syntax(i, "invalid number: want a digit after the decimal point")
		}
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return nil, s.syntax(i, "invalid number: want a digit in the exponent")
		}
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == '_' || d[i] == '.' || ('0' <= d[i] && d[i] <= '9') || ('a' <= d[i] && d[i] <= 'z') || ('A' <= d[i] && d[i] <= 'Z')) {
		return nil, s.syntax(i, "invalid number %q", d[start:i+1])
	}
	s.off = i
	return d[start:i], nil
}

// literal reads true, false or null at the cursor.
func (s *scanner) literal() (byte, error) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(s.data[s.off:], []byte(lit)) {
			end := s.off + len(lit)
			if end < len(s.data) && isIdent(s.data[end]) {
				break
			}
			s.off = end
			return lit[0], nil
		}
	}
	return 0, s.unexpected("a JSON value")
}

func isIdent(c byte) bool {
	return c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// members walks the members of the well-formed object at the cursor. For
// each it calls f with the key (decoded) and the key's offset and position,
// the cursor on the member's value; f must move past the value.
func (s *scanner) members(f func(key []byte, off int, pos Position)) {
	s.off++ // '{'
	s.ws()
	if s.peek() == '}' {
		s.off++
		return
	}
	for {
		s.ws()
		off, pos := s.off, s.pos()
		key, escaped, _, _ := s.str()
		if escaped {
			key = []byte(unescape(key, true))
		}
		s.ws()
		s.off++ // ':'
		s.ws()
		f(key, off, pos)
		s.ws()
		c := s.peek()
		s.off++
		if c == '}' {
			return
		}
	}
}

// items walks the items of the well-formed list at the cursor, calling f
// with each index, the cursor on the item; f must move past the item.
// It returns the number of items.
func (s *scanner) items(f func(i int)) int {
	s.off++ // '['
	s.ws()
	if s.peek() == ']' {
		s.off++
		return 0
	}
	for i := 0; ; i++ {
		s.ws()
		f(i)
		s.ws()
		c := s.peek()
		s.off++
		if c == ']' {
			return i + 1
		}
	}
}

// skip moves past one well-formed value (the document has been checked).
func (s *scanner) skip() {
	s.ws()
	switch s.peek() {
	case '{':
		s.members(func([]byte, int, Position) { s.skip() })
	case '[':
		s.items(func(int) { s.skip() })
	case '"':
		s.str()
	case 't', 'f', 'n':
		s.literal()
	default:
		s.number()
	}
}
