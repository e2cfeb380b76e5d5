package careerkit

import (
	"io"
	"os"

	"github.com/careerkit/careerkit/document"
)

// DecodeError is a problem with a document's syntax or size, with the line
// and column where it was found. It matches ErrSyntax or ErrLimit.
type DecodeError = document.Error

// Limits bound what one document may take; a zero field takes its default.
type Limits = document.Limits

// Default input limits.
const (
	// DefaultMaxBytes is the largest document: 4 MiB.
	DefaultMaxBytes = document.DefaultMaxBytes
	// DefaultMaxDepth is the deepest nesting of lists and objects: 64.
	DefaultMaxDepth = document.DefaultMaxDepth
	// DefaultMaxNodes is the most values in a document, after YAML aliases are expanded.
	DefaultMaxNodes = document.DefaultMaxNodes
	// DefaultMaxString is the longest string value: 64 KiB.
	DefaultMaxString = document.DefaultMaxString
	// DefaultMaxKey is the longest object key or YAML anchor name: 1,024 bytes.
	DefaultMaxKey = document.DefaultMaxKey
	// DefaultMaxAliases is the most YAML alias uses: 100.
	DefaultMaxAliases = document.DefaultMaxAliases
	// DefaultMaxListItems is the most items in one list: 200,000.
	DefaultMaxListItems = document.DefaultMaxListItems
)

// Format is the syntax of a document.
type Format = document.Format

// Document formats.
const (
	// FormatAuto detects JSON or YAML from the file extension or the content.
	FormatAuto = document.Auto
	// FormatJSON is JSON.
	FormatJSON = document.JSON
	// FormatYAML is YAML.
	FormatYAML = document.YAML
)

// Option tunes Decode and DecodeFile.
type Option func(*decodeConfig)

type decodeConfig struct {
	limits     Limits
	format     Format
	name       string
	noValidate bool
}

// WithLimits replaces the default input limits; zero fields keep their default.
func WithLimits(l Limits) Option { return func(c *decodeConfig) { c.limits = l } }

// WithFormat forces the document's format instead of detecting it.
func WithFormat(f Format) Option { return func(c *decodeConfig) { c.format = f } }

// WithName names the document in errors, as DecodeFile does with the path.
func WithName(name string) Option { return func(c *decodeConfig) { c.name = name } }

// WithoutValidate skips the call of v's Validate method after decoding.
func WithoutValidate() Option { return func(c *decodeConfig) { c.noValidate = true } }

// Decode reads one JSON or YAML document from r into v, a pointer to any
// model type, then calls v.Validate when v has that method. A v that is not
// a non-nil pointer is an error (matching none of the sentinels), reported
// before r is read.
//
// Decoding is strict: unknown fields (keys are case-sensitive), duplicate
// keys (also keys that differ only under Unicode simple case folding, the
// folding encoding/json matches keys with: "id"/"ID", "s"/"ſ"), trailing
// data, NaN and infinite numbers, invalid UTF-8, invalid JSON escapes and
// unpaired UTF-16 surrogates, YAML tags other than the standard ones, and
// documents over the limits are errors. Time is linear in the document and
// memory bounded by a constant per input byte, on every shape.
//
// Problems of syntax or size come back as a *DecodeError with a line and
// column (matching ErrSyntax or ErrLimit; a reader or file that cannot be
// read matches ErrRead and the cause); problems of shape (unknown field,
// wrong type) and validation problems come back together as a
// *ValidationError whose FieldErrors carry paths and positions. A document
// of the right shape replaces what *v held; on error v is left as it was,
// except when the document decoded but did not validate.
func Decode(r io.Reader, v any, opts ...Option) error {
	if err := document.CheckTarget(v); err != nil {
		return err
	}
	var cfg decodeConfig
	for _, o := range opts {
		o(&cfg)
	}
	doc, err := document.Read(r, cfg.name, cfg.format, cfg.limits)
	if err != nil {
		return err
	}
	return into(doc, v, cfg)
}

// DecodeFile is Decode on the file at path; the extension (.json, .yaml,
// .yml) picks the format unless WithFormat is given, and errors name the path.
func DecodeFile(path string, v any, opts ...Option) error {
	f, err := os.Open(path)
	if err != nil {
		return document.ReadError(path, err)
	}
	defer f.Close()
	all := append([]Option{WithName(path), WithFormat(document.FormatOf(path))}, opts...)
	return Decode(f, v, all...)
}

func into(doc *document.Document, v any, cfg decodeConfig) error {
	return doc.Decode(v, !cfg.noValidate)
}
