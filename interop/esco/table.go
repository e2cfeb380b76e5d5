package esco

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/careerkit/careerkit/interop"
)

// table is one CSV file of the release: its header and its well-formed
// records, each with the line it starts on.
type table struct {
	file string
	cols map[string]int
	rows []record
}

// record is one row of a table.
type record struct {
	line   int
	fields []string
}

// get returns the value of column col in rec, or "" when the table has no
// such column.
func (t *table) get(rec record, col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	return rec.fields[i]
}

// src returns the source of rec.
func (t *table) src(rec record) interop.Source {
	return interop.Source{File: t.file, Row: rec.line}
}

// errNotFound is returned by findFile when neither name of a file exists.
var errNotFound = errors.New("not found")

// findFile returns the name under which base is in fsys: base_<lang>.csv,
// else base.csv (the language-independent name of the relation files in
// some packages).
func findFile(fsys fs.FS, base, lang string) (string, error) {
	for _, name := range []string{base + "_" + lang + ".csv", base + ".csv"} {
		st, err := fs.Stat(fsys, name)
		if err == nil && !st.IsDir() {
			return name, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("esco: %s: %w", name, err)
		}
	}
	return "", errNotFound
}

// readTable reads the CSV file name of fsys. The header must name every
// column of required. Records that cannot be parsed, that have a number of
// fields other than the header's, or that are not valid UTF-8 are reported
// as malformed with their line and left out. A file larger than max bytes,
// a header that cannot be read and a missing required column are errors.
func readTable(fsys fs.FS, name string, max int64, required []string, rep *interop.Report) (*table, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("esco: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("esco: read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("esco: %s is larger than the limit of %d bytes (Options.MaxFileBytes)", name, max)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("esco: %s is empty: it needs a header row", name)
		}
		return nil, fmt.Errorf("esco: %s: header: %w", name, err)
	}
	t := &table{file: name, cols: make(map[string]int, len(header))}
	for i, col := range header {
		if _, dup := t.cols[col]; !dup {
			t.cols[col] = i
		}
	}
	for _, col := range required {
		if _, ok := t.cols[col]; !ok {
			return nil, fmt.Errorf("esco: %s: the header has no column %q (it needs %q)", name, col, required)
		}
	}
	for {
		fields, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				rep.Problem(interop.Malformed, interop.Source{File: name, Row: pe.StartLine}, "", "row left out: %v", pe.Err)
				continue
			}
			return nil, fmt.Errorf("esco: read %s: %w", name, err)
		}
		line, _ := r.FieldPos(0)
		src := interop.Source{File: name, Row: line}
		switch {
		case len(fields) != len(header):
			rep.Problem(interop.Malformed, src, "", "row left out: %d fields where the header has %d", len(fields), len(header))
		case !validUTF8(fields):
			rep.Problem(interop.Malformed, src, "", "row left out: it is not valid UTF-8")
		default:
			t.rows = append(t.rows, record{line: line, fields: fields})
		}
	}
	return t, nil
}

func validUTF8(fields []string) bool {
	for _, f := range fields {
		if !utf8.ValidString(f) {
			return false
		}
	}
	return true
}
