package onet

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/careerkit/careerkit/interop"
)

// table is one tab-separated O*NET file: its header and rows, each with
// its line number.
type table struct {
	file  string
	col   map[string]int // the first column of each name
	width int            // the header's number of fields
	rows  []row
}

type row struct {
	line   int
	fields []string
}

// get returns the value of column name in r, trimmed.
func (t *table) get(r row, name string) string {
	return strings.TrimSpace(r.fields[t.col[name]])
}

// has reports whether m has key k.
func has(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// errNoFile is returned by readTable for a file the release lacks.
var errNoFile = errors.New("no such file")

// readTable reads file from fsys, checking that the header has the columns
// wanted. Rows with another number of fields than the header are reported
// as malformed and left out; an empty line is skipped. A file above
// maxBytes is an error.
func readTable(fsys fs.FS, file string, wanted []string, maxBytes int64, rep *interop.Report) (*table, error) {
	f, err := fsys.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errNoFile
	}
	if err != nil {
		return nil, fmt.Errorf("onet: open %s: %w", file, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > maxBytes {
		return nil, fmt.Errorf("onet: %s is %d bytes, above the limit of %d (Options.MaxFileBytes)", file, st.Size(), maxBytes)
	}
	sc := bufio.NewScanner(io.LimitReader(f, maxBytes+1))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	t := &table{file: file, col: map[string]int{}}
	line := 0
	read := int64(0)
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		read += int64(len(sc.Bytes())) + 1
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
			hs := strings.Split(text, "\t")
			t.width = len(hs)
			for i, h := range hs {
				if h = strings.TrimSpace(h); !has(t.col, h) {
					t.col[h] = i
				}
			}
			var missing []string
			for _, w := range wanted {
				if _, ok := t.col[w]; !ok {
					missing = append(missing, w)
				}
			}
			if len(missing) > 0 {
				rep.Problem(interop.Malformed, interop.Source{File: file, Row: 1}, "", "the header lacks the column(s) %s: the file is not read", strings.Join(missing, ", "))
				return nil, nil
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != t.width {
			rep.Problem(interop.Malformed, interop.Source{File: file, Row: line}, "", "%d fields where the header has %d: the row is left out", len(fields), t.width)
			continue
		}
		t.rows = append(t.rows, row{line: line, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("onet: read %s at line %d: %w", file, line+1, err)
	}
	if read > maxBytes {
		return nil, fmt.Errorf("onet: %s is above the limit of %d bytes (Options.MaxFileBytes)", file, maxBytes)
	}
	if line == 0 {
		rep.Problem(interop.Malformed, interop.Source{File: file}, "", "the file is empty: it has no header")
		return nil, nil
	}
	rep.Count("rows", len(t.rows))
	return t, nil
}
