package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/problem"
)

// Severities of a problem.
const (
	severityError   = "error"
	severityWarning = "warning"
)

// problem is one finding in a file, as validate prints it.
type finding struct {
	File     string `json:"file"`
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Path     string `json:"path"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// String formats the problem as "FILE:LINE:COLUMN: PATH: message (rule)",
// with "warning: " before the path for advice, ":LINE" only when the line is
// known, ":COLUMN" only when the line and column are known, and "PATH: "
// only when there is a path.
func (p finding) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Column > 0 {
			fmt.Fprintf(&b, ":%d", p.Column)
		}
	}
	b.WriteString(": ")
	if p.Severity == severityWarning {
		b.WriteString("warning: ")
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%s (%s)", p.Message, p.Rule)
	return b.String()
}

// source is a document read from a file: its generic tree and the lines of
// its paths, used to infer its kind and to place problems found after
// decoding (advice, problems of a profile against a catalog).
type source struct {
	file string
	doc  *document.Document
}

// at returns the source position of path (or of its nearest ancestor), or
// the zero Position.
func (s *source) at(path string) document.Position {
	return s.positions([]string{path})[path]
}

// positions returns the source position of each path (or of its nearest
// ancestor), finding them all in one pass over the document.
func (s *source) positions(paths []string) map[string]document.Position {
	if s == nil || s.doc == nil || len(paths) == 0 {
		return nil
	}
	return s.doc.Positions(paths)
}

// place fills in the line and column of every problem in list that has no
// line, finding all their paths in one pass over the document, and returns
// list.
func (s *source) place(list []finding) []finding {
	var paths []string
	for _, p := range list {
		if p.Line == 0 {
			paths = append(paths, p.Path)
		}
	}
	pos := s.positions(paths)
	for i := range list {
		if list[i].Line == 0 {
			at := pos[list[i].Path]
			list[i].Line, list[i].Column = at.Line, at.Column
		}
	}
	return list
}

// kindProblem is the problem of a document whose kind cannot be inferred.
func kindProblem(file string, src *source, err error) finding {
	at := src.at("")
	return finding{File: file, Severity: severityError, Line: at.Line, Column: at.Column, Rule: "kind", Message: strings.TrimPrefix(err.Error(), "careerkit: ")}
}

// readSource reads and parses the file at path, or standard input for "-",
// exactly once, with the default limits. Pipes, FIFOs and /dev/stdin work
// like files; a directory or unreadable file is a read error.
func readSource(path string) (*source, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, document.ReadError(path, err)
		}
		defer f.Close()
		r = f
	}
	doc, err := document.Read(r, path, document.FormatOf(path), document.Limits{})
	if err != nil {
		return nil, err
	}
	return &source{file: path, doc: doc}, nil
}

// decodeInto decodes the parsed document into v and validates it.
func (s *source) decodeInto(v any) error { return s.doc.Decode(v, true) }

// problemsOf turns an error about file into problems: one per field error
// of a *careerkit.ValidationError (paths joined under prefix, lines from src
// when the error has none), the position of a *careerkit.DecodeError, or
// one problem for any other error.
func problemsOf(file, kind string, src *source, prefix string, err error) []finding {
	var ve *careerkit.ValidationError
	var de *careerkit.DecodeError
	var pe *fs.PathError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ve):
		out := make([]finding, 0, len(ve.Errors))
		for _, fe := range ve.Errors {
			path := problem.JoinPath(prefix, fe.Path)
			out = append(out, finding{File: file, Kind: kind, Severity: severityError, Line: fe.Line, Column: fe.Column, Path: path, Rule: fe.Rule, Message: fe.Message})
		}
		return src.place(out)
	case errors.As(err, &de):
		rule := "syntax"
		switch {
		case errors.Is(de, careerkit.ErrLimit):
			rule = "limit"
		case errors.Is(de, careerkit.ErrRead):
			rule = "read"
		}
		return []finding{{File: file, Kind: kind, Severity: severityError, Line: de.Line, Column: de.Column, Rule: rule, Message: de.Msg}}
	case errors.As(err, &pe):
		return []finding{{File: file, Kind: kind, Severity: severityError, Rule: "read", Message: pe.Op + ": " + pe.Err.Error()}}
	}
	return []finding{{File: file, Kind: kind, Severity: severityError, Rule: "invalid", Message: err.Error()}}
}

// advice turns Lint advice on the value at prefix of file into warnings.
func advice(file, kind string, src *source, prefix string, list []problem.Advice) []finding {
	out := make([]finding, 0, len(list))
	for _, a := range list {
		path := problem.JoinPath(prefix, a.Path)
		out = append(out, finding{File: file, Kind: kind, Severity: severityWarning, Path: path, Rule: a.Rule, Message: a.Message})
	}
	return src.place(out)
}

// printProblems writes problems one a line.
func printProblems(w io.Writer, list []finding) {
	for _, p := range list {
		fmt.Fprintln(w, p)
	}
}
