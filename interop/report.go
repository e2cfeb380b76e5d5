package interop

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/enum"
)

// ProblemKind says what kind of problem an import met.
type ProblemKind string

// Kinds of import problem.
const (
	// Missing is data the source lacks: an occupation without ratings, an
	// empty column that the model needs.
	Missing ProblemKind = "missing"
	// Mapped is a value the reader had to map to the model's terms, such
	// as a distribution turned into a minimum, or a name turned into a slug.
	Mapped ProblemKind = "mapped"
	// Skipped is a row or item left out on purpose, with the reason: a
	// value the source flags as unreliable, a duplicate, an unsupported kind.
	Skipped ProblemKind = "skipped"
	// Malformed is a row or item the reader could not read: a wrong number
	// of columns, a number that is not one, a reference to nothing.
	Malformed ProblemKind = "malformed"
)

var problemKinds = enum.New("interop", "problem kind", false, Missing, Mapped, Skipped, Malformed)

// ProblemKinds returns every kind, in a new slice: missing, mapped,
// skipped, malformed.
func ProblemKinds() []ProblemKind { return problemKinds.Values() }

// IsValid reports whether k is one of ProblemKinds.
func (k ProblemKind) IsValid() bool { return problemKinds.Has(k) }

// String returns the kind's JSON value.
func (k ProblemKind) String() string { return string(k) }

// MarshalText returns the kind's JSON value, as it is.
func (k ProblemKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts exactly one of ProblemKinds; anything else is an
// error that lists them.
func (k *ProblemKind) UnmarshalText(text []byte) error { return problemKinds.Unmarshal(k, text) }

// Source locates something in an external source: a file and a row (1-based,
// counting the header as row 1, so it is the line number of a one-line
// record) or a JSON pointer inside it.
type Source struct {
	// File is the file's name, relative to what was read (a folder's file
	// name, or the file itself).
	File string `json:"file"`
	// Row is the 1-based row or line; 0 when the source is not in rows.
	Row int `json:"row,omitempty"`
	// ToRow is the last line of a span of lines that starts at Row, such as
	// a bullet list; 0 for a single row.
	ToRow int `json:"toRow,omitempty"`
	// Pointer is a JSON pointer or a path inside a structured file, such as
	// "/CFItems/3"; empty for row-based files.
	Pointer string `json:"pointer,omitempty"`
}

// String writes the source as "file:row", "file:row-toRow" or
// "file#pointer".
func (s Source) String() string {
	switch {
	case s.Row > 0 && s.ToRow > s.Row:
		return fmt.Sprintf("%s:%d-%d", s.File, s.Row, s.ToRow)
	case s.Row > 0 && s.Pointer != "":
		return fmt.Sprintf("%s:%d#%s", s.File, s.Row, s.Pointer)
	case s.Row > 0:
		return fmt.Sprintf("%s:%d", s.File, s.Row)
	case s.Pointer != "":
		return s.File + "#" + s.Pointer
	}
	return s.File
}

// Provenance says where one imported value came from.
type Provenance struct {
	// Path is the value's path in the imported document, in JSON terms:
	// "competencies[3]", "roles[0].requirements[5].level".
	Path string `json:"path"`
	// From is where in the source it was read.
	From Source `json:"from"`
	// Rule names the rule of the reader that produced the value, when the
	// reader has several (a text parser's grammar rules); empty otherwise.
	Rule string `json:"rule,omitempty"`
}

// Problem is one thing an import could not take as it was.
type Problem struct {
	// Kind is missing, mapped, skipped or malformed.
	Kind ProblemKind `json:"kind"`
	// From is where in the source the problem is.
	From Source `json:"from"`
	// Path is the path of the value concerned in the imported document,
	// when there is one.
	Path string `json:"path,omitempty"`
	// Message says what happened and why, in words.
	Message string `json:"message"`
}

// Report is what an import did: what it read, how many of each thing it
// imported, where every imported value came from, and every problem.
type Report struct {
	// Format names the external format, such as "onet" or "case".
	Format string `json:"format"`
	// Source is what was read: a folder or a file.
	Source string `json:"source"`
	// Counts are the numbers imported, by kind of thing: "competencies",
	// "roles", "ladders", "rows" …
	Counts map[string]int `json:"counts"`
	// Provenance has one entry per imported value that comes from the
	// source, in document order.
	Provenance []Provenance `json:"provenance,omitempty"`
	// Problems lists every problem, in the order met.
	Problems []Problem `json:"problems,omitempty"`
}

// NewReport returns an empty report for format and source.
func NewReport(format, source string) *Report {
	return &Report{Format: format, Source: source, Counts: map[string]int{}}
}

// Count adds n to the count of kind.
func (r *Report) Count(kind string, n int) { r.Counts[kind] += n }

// From records that the value at path came from src.
func (r *Report) From(path string, src Source) {
	r.Provenance = append(r.Provenance, Provenance{Path: path, From: src})
}

// FromRule records that the value at path came from src by the reader's
// rule.
func (r *Report) FromRule(path string, src Source, rule string) {
	r.Provenance = append(r.Provenance, Provenance{Path: path, From: src, Rule: rule})
}

// Problem records a problem of kind k at src, with the value's path (or
// "") and a message built as by fmt.Sprintf.
func (r *Report) Problem(k ProblemKind, src Source, path, format string, args ...any) {
	r.Problems = append(r.Problems, Problem{Kind: k, From: src, Path: path, Message: fmt.Sprintf(format, args...)})
}

// ProblemCounts returns the number of problems of each kind.
func (r *Report) ProblemCounts() map[ProblemKind]int {
	out := map[ProblemKind]int{}
	for _, p := range r.Problems {
		out[p.Kind]++
	}
	return out
}

// ProblemsOf returns the problems of kind k, in order, in a new slice.
func (r *Report) ProblemsOf(k ProblemKind) []Problem {
	var out []Problem
	for _, p := range r.Problems {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}

// Lookup returns the source of the value at path, or false.
func (r *Report) Lookup(path string) (Source, bool) {
	for _, p := range r.Provenance {
		if p.Path == path {
			return p.From, true
		}
	}
	return Source{}, false
}

// Summary writes the counts and problem counts in one line, kinds sorted:
// "onet ../data/onet: 68 competencies, 34 roles; problems: 6 missing, 120 skipped".
func (r *Report) Summary() string {
	s := r.Format + " " + r.Source + ":"
	keys := make([]string, 0, len(r.Counts))
	for k := range r.Counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) == 0 {
		s += " no counts"
	}
	for i, k := range keys {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %d %s", r.Counts[k], k)
	}
	pc := r.ProblemCounts()
	if len(pc) == 0 {
		return s + "; no problems"
	}
	kinds := make([]ProblemKind, 0, len(pc))
	for k := range pc {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b ProblemKind) int { return cmp.Compare(a, b) })
	s += "; problems:"
	for i, k := range kinds {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %d %s", pc[k], k)
	}
	return s
}

// JSONSchema describes the kind as an enum of its values.
func (ProblemKind) JSONSchema() *jsonschema.Schema { return problemKinds.Schema("") }
