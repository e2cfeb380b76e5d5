package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/render"
)

const topkMergeHelp = `usage: careerkit topk-merge [-k N] [FILE...]

Merges top-k lists written as NDJSON, one JSON object per line such as
"careerkit rank --ndjson" prints, into the N best (default 10) of them all:
score descending, ties by subject ascending, as a ranking of the whole
population orders them. It reads the files in turn, or standard input when
there is none or a file is "-", so that the shards of an engine that pipes
lines (Spark's pipe, Ray, Dask) can each rank their part and one merge gives
the exact global top N, as long as every shard kept at least N.

Each object needs "subject" (an ID) and "score" (a number from 0 to 1); its
other fields are kept as they are. It prints the N best objects, one a line,
with "rank" set to their place from 1, then "subject" and "score", then
the other fields by name. Blank lines are skipped.

Exit status: 0 when the merged list is printed; 1 when a line is not such an
object or a subject comes twice (each problem printed as FILE:LINE); 2 on a
wrong command line.
`

// maxLine bounds one NDJSON line.
const maxLine = 1 << 20

// mergeLine is one object of a top-k stream: what it ranks by, and its
// fields as they were written.
type mergeLine struct {
	match  competency.Match
	fields map[string]json.RawMessage
}

// topkMerger keeps the best k lines seen and the fields of the kept ones.
type topkMerger struct {
	top      *competency.TopList
	kept     map[competency.SubjectID]map[string]json.RawMessage
	seen     map[competency.SubjectID]string // where each subject was read
	k        int
	problems []finding
}

func runTopkMerge(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("topk-merge")
	k := fs.Int("k", 10, "keep the best `N` lines")
	files, err := parseFlags(fs, topkMergeHelp, args, true, stdout)
	switch {
	case err != nil:
	case *k < 1:
		err = usagef("-k must be at least 1, not %d", *k)
	}
	if err != nil {
		return fail(stderr, "topk-merge", err)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	m := &topkMerger{top: competency.NewTopList(*k), kept: map[competency.SubjectID]map[string]json.RawMessage{}, seen: map[competency.SubjectID]string{}, k: *k}
	for _, f := range files {
		if err := m.readFile(f); err != nil {
			return fail(stderr, "topk-merge", err)
		}
	}
	if len(m.problems) > 0 {
		printProblems(stderr, m.problems)
		return exitFindings
	}
	w := bufio.NewWriter(stdout)
	for i, t := range m.top.Results() {
		w.Write(encodeLine(i+1, m.kept[t.Subject]))
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fail(stderr, "topk-merge", err)
	}
	return exitOK
}

// readFile merges the lines of the file at path, or of standard input for "-".
func (m *topkMerger) readFile(path string) error {
	var r io.Reader = os.Stdin
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, path
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		l, err := parseLine(sc.Bytes())
		if err != nil {
			m.problems = append(m.problems, finding{File: name, Severity: severityError, Line: n, Rule: "ndjson", Message: err.Error()})
			continue
		}
		at := fmt.Sprintf("%s:%d", name, n)
		if prev, dup := m.seen[l.match.Subject]; dup {
			m.problems = append(m.problems, finding{File: name, Severity: severityError, Line: n, Rule: "unique",
				Message: fmt.Sprintf("subject %q is already in %s: the merged lists overlap", l.match.Subject, prev)})
			continue
		}
		m.seen[l.match.Subject] = at
		m.add(l)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// add offers a line, and forgets the fields of lines that fell out of the
// best k once twice k are held.
func (m *topkMerger) add(l mergeLine) {
	m.top.Add(l.match)
	m.kept[l.match.Subject] = l.fields
	if len(m.kept) < 2*m.k {
		return
	}
	keep := make(map[competency.SubjectID]map[string]json.RawMessage, m.k)
	for _, t := range m.top.Results() {
		keep[t.Subject] = m.kept[t.Subject]
	}
	m.kept = keep
}

// parseLine reads one object: its subject and score, and every field as it
// was written.
func parseLine(b []byte) (mergeLine, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil || fields == nil {
		return mergeLine{}, fmt.Errorf("not a JSON object")
	}
	var l mergeLine
	l.fields = fields
	var subject string
	if err := json.Unmarshal(fields["subject"], &subject); err != nil || !validate.IsSlug(subject) {
		return mergeLine{}, fmt.Errorf(`"subject" is missing or not an ID`)
	}
	l.match.Subject = competency.SubjectID(subject)
	raw, ok := fields["score"]
	if !ok || json.Unmarshal(raw, &l.match.Score) != nil || !(l.match.Score >= 0 && l.match.Score <= 1) {
		return mergeLine{}, fmt.Errorf(`"score" of %q is missing or not a number from 0 to 1`, subject)
	}
	return l, nil
}

// encodeLine writes a kept object with rank set: rank, subject and score
// first, then the other fields by name, each value as it was read.
func encodeLine(rank int, fields map[string]json.RawMessage) []byte {
	b := []byte(`{"rank":` + strconv.Itoa(rank))
	keys := []string{"subject", "score"}
	var rest []string
	for key := range fields {
		if key != "rank" && key != "subject" && key != "score" {
			rest = append(rest, key)
		}
	}
	slices.Sort(rest)
	for _, key := range append(keys, rest...) {
		name, _ := json.Marshal(key)
		b = append(b, ',')
		b = append(b, name...)
		b = append(b, ':')
		var compact bytes.Buffer
		if json.Compact(&compact, fields[key]) == nil {
			b = append(b, compact.Bytes()...)
		} else {
			b = append(b, fields[key]...)
		}
	}
	return append(b, '}')
}

// writeNDJSON writes each row as one line of JSON.
func writeNDJSON(w io.Writer, rows []render.RankingRow) error {
	enc := json.NewEncoder(w)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
