package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/careerkit/careerkit/internal/validate"
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
	DefaultMaxAliases   = 100
	DefaultMaxListItems = 200_000
)

// Limits bound the resources one document may take. A zero field takes its default.
type Limits struct {
	// MaxBytes is the largest document, in bytes (default 4 MiB).
	MaxBytes int64
	// MaxDepth is the deepest nesting of lists and maps (default 64).
	MaxDepth int
	// MaxNodes is the most values in the document after YAML aliases are
	// expanded (default 1,048,576).
	MaxNodes int
	// MaxString is the longest string or key, in bytes (default 64 KiB).
	MaxString int
	// MaxAliases is the most YAML alias uses (default 100).
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
	def(&l.MaxNodes, DefaultMaxNodes)
	def(&l.MaxString, DefaultMaxString)
	def(&l.MaxAliases, DefaultMaxAliases)
	def(&l.MaxListItems, DefaultMaxListItems)
	return l
}

// Error is a problem with the document's syntax or size, at a position.
type Error struct {
	// Name is the file name, or "" for a reader.
	Name string
	// Line and Column locate the problem (1-based), or are 0 when unknown.
	Line, Column int
	// Msg describes the problem.
	Msg string
	// Err is ErrSyntax or ErrLimit.
	Err error
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

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// Document is a parsed document: its generic tree and the line of every path.
type Document struct {
	// Name is the file name, or "".
	Name string
	// Format is the detected format.
	Format Format
	// Root is the generic tree.
	Root any
	// Lines maps JSON paths to 1-based source lines.
	Lines map[string]int
}

// Line returns the source line of path, or of its nearest ancestor that has
// one, or 0.
func (d *Document) Line(path string) int {
	for {
		if n, ok := d.Lines[path]; ok {
			return n
		}
		if path == "" {
			return 0
		}
		path = parentPath(path)
	}
}

func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
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
		return nil, &Error{Name: name, Msg: "read: " + err.Error(), Err: validate.ErrSyntax}
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, &Error{Name: name, Msg: fmt.Sprintf("document is larger than the limit of %d bytes", lim.MaxBytes), Err: validate.ErrLimit}
	}
	return Parse(data, name, f, lim)
}

// Parse parses a document held in memory.
func Parse(data []byte, name string, f Format, lim Limits) (*Document, error) {
	lim = lim.withDefaults()
	if int64(len(data)) > lim.MaxBytes {
		return nil, &Error{Name: name, Msg: fmt.Sprintf("document is larger than the limit of %d bytes", lim.MaxBytes), Err: validate.ErrLimit}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		line, col := position(data, off)
		return nil, &Error{Name: name, Line: line, Column: col, Msg: "invalid UTF-8", Err: validate.ErrSyntax}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if f == Auto {
		f = detect(data)
	}
	doc := &Document{Name: name, Format: f, Lines: map[string]int{}}
	var err error
	if f == JSON {
		err = parseJSON(data, doc, lim)
	} else {
		err = parseYAML(data, doc, lim)
	}
	if err != nil {
		var de *Error
		if errors.As(err, &de) {
			de.Name = name
		}
		return nil, err
	}
	return doc, nil
}

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
	switch c := rest[0]; {
	case c == '"' || c == '{' || c == '[' || c == ']' || c == '-' || (c >= '0' && c <= '9'):
		return JSON
	case bytes.HasPrefix(rest, []byte("true")) || bytes.HasPrefix(rest, []byte("false")) || bytes.HasPrefix(rest, []byte("null")):
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

// position converts a byte offset to a 1-based line and column (in runes).
func position(data []byte, off int) (int, int) {
	if off > len(data) {
		off = len(data)
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

// Into checks the document's tree against v's type and, when it fits,
// decodes it into v. Problems with the shape of the document come back as a
// *validate.ValidationError with paths and lines.
func (d *Document) Into(v any) error {
	if err := CheckTarget(v); err != nil {
		return err
	}
	var errs validate.Errors
	if d.Root == nil && !nullable(typeOf(v)) {
		errs.Add("", "type", "the document is null, not %s", expectedRoot(typeOf(v)))
	}
	check(d.Root, typeOf(v), "", &errs)
	if err := d.Annotate(errs.Err(d.subject())); err != nil {
		return err
	}
	data, err := json.Marshal(d.Root)
	if err != nil {
		return &Error{Name: d.Name, Msg: err.Error(), Err: validate.ErrSyntax}
	}
	if err := json.Unmarshal(data, v); err != nil {
		// The check above mirrors encoding/json, so this is a safety net.
		path := ""
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			path = te.Field
		}
		errs.Add(path, "type", "%s", err.Error())
		return d.Annotate(errs.Err(d.subject()))
	}
	return nil
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

// Annotate fills in the source line of every field error of a
// *validate.ValidationError, and returns err.
func (d *Document) Annotate(err error) error {
	var ve *validate.ValidationError
	if errors.As(err, &ve) {
		for i := range ve.Errors {
			if ve.Errors[i].Line == 0 {
				ve.Errors[i].Line = d.Line(ve.Errors[i].Path)
			}
		}
	}
	return err
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
