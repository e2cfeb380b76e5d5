package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/careerkit/careerkit/problem"
)

// Format is the syntax of a document.
type Format int

const (
	// Auto detects the format: JSON when the document starts as JSON does
	// ('{' then '"' or '}'; '[' then a JSON value or ']'), YAML otherwise, so
	// that a YAML flow mapping such as "{id: go}" reads as YAML.
	Auto Format = iota
	// JSON is RFC 8259 JSON.
	JSON
	// YAML is YAML 1.2 (a superset of JSON in practice).
	YAML
)

// String returns "auto", "json" or "yaml".
func (f Format) String() string {
	switch f {
	case JSON:
		return "json"
	case YAML:
		return "yaml"
	}
	return "auto"
}

// FormatOf returns the format named by a file name's extension, or Auto.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSON
	case ".yaml", ".yml":
		return YAML
	}
	return Auto
}

// Default limits.
const (
	DefaultMaxBytes     = 4 << 20
	DefaultMaxDepth     = 64
	DefaultMaxNodes     = 1 << 20
	DefaultMaxString    = 64 << 10
	DefaultMaxKey       = 1024
	DefaultMaxAliases   = 100
	DefaultMaxListItems = 200_000

	maxDepthCeiling = 10_000
)

// Limits bound the resources one document may take. A zero field takes its
// default. Within them, decoding takes time linear in the document and
// memory bounded by a constant per input byte.
type Limits struct {
	// MaxBytes is the largest document, in bytes (default 4 MiB).
	MaxBytes int64
	// MaxDepth is the deepest nesting of lists and maps (default 64, at
	// most 10,000: yaml.v3 refuses deeper documents, and JSON is held to
	// the same so that no document can exhaust the stack).
	MaxDepth int
	// MaxNodes is the most values in the document after YAML aliases are
	// expanded (default 1,048,576).
	MaxNodes int
	// MaxString is the longest string value, in bytes once decoded (default 64 KiB).
	MaxString int
	// MaxKey is the longest object key or YAML anchor name, in bytes
	// (default 1,024, the longest key YAML can read without an explicit "?").
	MaxKey int
	// MaxAliases is the most YAML alias uses (default 100). The values that
	// aliases repeat also count towards MaxNodes, and together they may add
	// at most as many bytes to the document as it has, plus 64 KiB.
	MaxAliases int
	// MaxListItems is the most items in one list (default 200,000).
	MaxListItems int
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	def(&l.MaxDepth, DefaultMaxDepth)
	l.MaxDepth = min(l.MaxDepth, maxDepthCeiling)
	def(&l.MaxNodes, DefaultMaxNodes)
	def(&l.MaxString, DefaultMaxString)
	def(&l.MaxKey, DefaultMaxKey)
	def(&l.MaxAliases, DefaultMaxAliases)
	def(&l.MaxListItems, DefaultMaxListItems)
	return l
}

// Error is a problem with the syntax or size of a document, or a failure
// to read it, with its position when known.
type Error struct {
	// Name is the file name, or "" for a reader.
	Name string
	// Line and Column locate the problem (1-based), or are 0 when unknown.
	Line, Column int
	// Msg describes the problem.
	Msg string
	// Err is ErrSyntax, ErrLimit or ErrRead.
	Err error
	// cause is the error behind ErrRead.
	cause error
}

// ReadError is the error for a document that could not be read: it matches
// ErrRead and err.
func ReadError(name string, err error) *Error {
	msg := "read: " + err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Op + ": " + pe.Err.Error()
	}
	return &Error{Name: name, Msg: msg, Err: problem.ErrRead, cause: err}
}

// Error formats the problem as "name:line:col: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("careerkit: decode ")
	if e.Name != "" {
		b.WriteString(e.Name)
	} else {
		b.WriteString("document")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the sentinel and, for a read error, its cause.
func (e *Error) Unwrap() []error {
	if e.cause != nil {
		return []error{e.Err, e.cause}
	}
	return []error{e.Err}
}

// ValueKind is the kind of a JSON value.
type ValueKind uint8

// Kinds of value.
const (
	Null ValueKind = iota
	Bool
	Number
	String
	List
	Object
)

// String names the kind as a message does: "an object", "a list", "a
// string", "a number", "a boolean" or "null".
func (k ValueKind) String() string {
	switch k {
	case Object:
		return "an object"
	case List:
		return "a list"
	case String:
		return "a string"
	case Number:
		return "a number"
	case Bool:
		return "a boolean"
	}
	return "null"
}

// Position is a place in a document's source: a 1-based line and column,
// the column counted in characters. The zero Position means unknown.
type Position struct{ Line, Column int }

// Document is a parsed document: well-formed, within its limits, held as
// strict JSON text (a YAML source is converted), with the means to find the
// source position of any path.
type Document struct {
	// Name is the file name, or "".
	Name string
	// Format is the detected format.
	Format Format
	// Root is the kind of the root value.
	Root ValueKind
	// Keys lists the keys of the root object in document order, or is nil
	// when the root is not an object.
	Keys []string

	text []byte // the document as strict JSON
	// For YAML: the source, its limits, and the source positions by offset
	// in text, built when first needed.
	src     []byte
	lim     Limits
	posOnce sync.Once
	ypos    []ypos
}

// Read reads and parses a document in the given format within limits.
func Read(r io.Reader, name string, f Format, lim Limits) (*Document, error) {
	lim = lim.withDefaults()
	n := lim.MaxBytes
	if n < math.MaxInt64 {
		n++ // one byte more than allowed tells a document at the limit from one over it
	}
	data, err := io.ReadAll(io.LimitReader(r, n))
	if err != nil {
		return nil, ReadError(name, err)
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, &Error{Name: name, Msg: fmt.Sprintf("document is larger than the limit of %d bytes", lim.MaxBytes), Err: problem.ErrLimit}
	}
	return Parse(data, name, f, lim)
}

// Parse parses a document held in memory. A JSON document's text is kept,
// not copied: data must not change while the Document is in use.
func Parse(data []byte, name string, f Format, lim Limits) (*Document, error) {
	lim = lim.withDefaults()
	if int64(len(data)) > lim.MaxBytes {
		return nil, &Error{Name: name, Msg: fmt.Sprintf("document is larger than the limit of %d bytes", lim.MaxBytes), Err: problem.ErrLimit}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		p := offsetPosition(data, off)
		return nil, &Error{Name: name, Line: p.Line, Column: p.Column, Msg: "invalid UTF-8", Err: problem.ErrSyntax}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if f == Auto {
		f = detect(data)
	}
	var doc *Document
	var err error
	if f == JSON {
		doc = &Document{Format: JSON, text: data}
		doc.Keys, doc.Root, err = parseJSON(data, lim)
	} else {
		doc, err = parseYAML(data, lim)
	}
	if err != nil {
		var de *Error
		if errors.As(err, &de) {
			de.Name = name
		}
		return nil, err
	}
	doc.Name = name
	return doc, nil
}

// detect tells JSON from YAML by the first value: a document is JSON when it
// starts with '{' followed by '"' or '}', or with '[' followed by ']', '{',
// '[', a string, or a number or literal that ends where JSON's would. Any
// other start, such as the YAML flow collections "{id: go}" and "[trueish,
// nullable]", is YAML.
func detect(data []byte) Format {
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || (t[0] != '{' && t[0] != '[') {
		return YAML
	}
	rest := bytes.TrimLeft(t[1:], " \t\r\n")
	if len(rest) == 0 {
		return JSON // let the JSON parser report the truncation
	}
	if t[0] == '{' {
		if rest[0] == '"' || rest[0] == '}' {
			return JSON
		}
		return YAML
	}
	switch c := rest[0]; c {
	case '"', '{', '[', ']':
		return JSON
	}
	s := newScanner(rest)
	var err error
	switch rest[0] {
	case 't', 'f', 'n':
		_, err = s.literal()
	default:
		_, err = s.number()
	}
	if err != nil {
		return YAML
	}
	s.ws()
	if c := s.peek(); c == ',' || c == ']' || c == 0 {
		return JSON
	}
	return YAML
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// offsetPosition converts a byte offset to a line and column by counting
// from the start: for single errors only.
func offsetPosition(data []byte, off int) Position {
	if off > len(data) {
		off = len(data)
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return Position{Line: line, Column: 1 + utf8.RuneCount(data[start:off])}
}

// Into checks the document against v's type and, when it fits, decodes it
// into v, replacing what v held. Problems with the shape of the document
// (unknown fields, wrong types, nulls where no null is written, values their
// own types refuse) come back together as a *problem.ValidationError with
// paths and positions; v is then left as it was.
func (d *Document) Into(v any) error {
	if err := CheckTarget(v); err != nil {
		return err
	}
	t := typeOf(v)
	if errs := d.check(t, false); len(errs) > 0 {
		return d.fieldErrors(d.check(t, true))
	}
	fresh := reflect.New(t)
	err := json.Unmarshal(d.text, fresh.Interface())
	if err == nil {
		reflect.ValueOf(v).Elem().Set(fresh.Elem())
		return nil
	}
	// A value that its own UnmarshalJSON or UnmarshalText refused: find
	// every such value with its path.
	if errs := d.check(t, true); len(errs) > 0 {
		return d.fieldErrors(errs)
	}
	var errs problem.Errors
	errs.Add("", "type", "%s", strings.TrimPrefix(err.Error(), "json: "))
	return d.Annotate(errs.Err(d.subject()))
}

// check runs the type check; custom also decodes every value of a type with
// its own unmarshaler.
func (d *Document) check(t reflect.Type, custom bool) []located {
	w := &typed{s: newScanner(d.text), custom: custom}
	w.s.ws()
	w.mark()
	if w.s.peek() == 'n' && !nullable(t) {
		w.add("type", "the document is null, not %s", expectedRoot(t))
	}
	w.value(t)
	if w.more > 0 {
		w.errs = append(w.errs, located{fe: problem.FieldError{Rule: "limit", Message: fmt.Sprintf("%d more problems of this document are not listed", w.more), Err: problem.ErrLimit}})
	}
	return w.errs
}

func (d *Document) fieldErrors(list []located) error {
	var errs problem.Errors
	for _, l := range list {
		fe := l.fe
		if fe.Rule != "limit" {
			p := l.pos
			if d.Format == YAML {
				p = d.yamlPosition(l.off)
			}
			fe.Line, fe.Column = p.Line, p.Column
		}
		errs.Append(fe)
	}
	return errs.Err(d.subject())
}

// CheckTarget reports an error unless v is a non-nil pointer, the only kind
// of value a document can be decoded into.
func CheckTarget(v any) error {
	if rv := reflect.ValueOf(v); rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("careerkit: decode: target must be a non-nil pointer, not %T", v)
	}
	return nil
}

func (d *Document) subject() string {
	if d.Name != "" {
		return "careerkit: decode " + d.Name
	}
	return "careerkit: decode document"
}

// Annotate fills in the source position of every field error of a
// *problem.ValidationError that has none, and returns err. All paths are
// found in one pass over the document.
func (d *Document) Annotate(err error) error {
	var ve *problem.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	var paths []string
	for _, fe := range ve.Errors {
		if fe.Line == 0 {
			paths = append(paths, fe.Path)
		}
	}
	if len(paths) == 0 {
		return err
	}
	pos := d.positions(paths)
	for i := range ve.Errors {
		if fe := &ve.Errors[i]; fe.Line == 0 {
			p := pos[fe.Path]
			fe.Line, fe.Column = p.Line, p.Column
		}
	}
	return err
}

// Line returns the source line of path, or of its nearest ancestor in the
// document, or 0. For many paths, Annotate finds them all in one pass.
func (d *Document) Line(path string) int {
	return d.positions([]string{path})[path].Line
}

// expectedRoot names what a document for t must be.
func expectedRoot(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	}
	return "a " + t.String()
}

// validator is implemented by every aggregate of the model.
type validator interface{ Validate() error }

// Decode is Into followed, when check is set and v has the method, by
// v.Validate, whose problems get the document's name and source positions.
func (d *Document) Decode(v any, check bool) error {
	if err := d.Into(v); err != nil {
		return err
	}
	vv, ok := v.(validator)
	if !check || !ok {
		return nil
	}
	err := vv.Validate()
	var ve *problem.ValidationError
	if errors.As(err, &ve) {
		if d.Name != "" {
			ve.Subject = d.Name + ": " + ve.Subject
		}
		return d.Annotate(ve)
	}
	return err
}

// Positions returns the source position of each path, or of its nearest
// ancestor in the document, finding them all in one pass.
func (d *Document) Positions(paths []string) map[string]Position {
	return d.positions(paths)
}

// Lines returns the source line of each path, or of its nearest ancestor in
// the document, finding them all in one pass.
func (d *Document) Lines(paths []string) map[string]int {
	pos := d.positions(paths)
	out := make(map[string]int, len(pos))
	for p, at := range pos {
		out[p] = at.Line
	}
	return out
}
