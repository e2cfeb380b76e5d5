package paygap

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// CSVColumns are the columns of records in CSV, in the order WriteCSV
// writes them:
//
//	subject      the worker's subject ID, a slug (never a name)
//	gender       female, male, other or undisclosed
//	category     the category ID, a slug (a ladder level or grade ID)
//	basePay      gross annual basic pay, a plain decimal number (52000, 41000.50)
//	variablePay  gross annual complementary or variable pay; empty means 0
//	weeklyHours  contractual hours a week, such as 40 or 37.5
//	currency     the ISO 4217 code of the pay, such as EUR
func CSVColumns() []string {
	return []string{"subject", "gender", "category", "basePay", "variablePay", "weeklyHours", "currency"}
}

// MaxCSVBytes is the largest CSV text ReadCSV reads: 64 MiB.
const MaxCSVBytes = 64 << 20

// ReadCSV reads records from CSV text with a header row. The header names
// each of CSVColumns exactly once, in any order; values are trimmed of
// surrounding spaces. Reading is strict: an unknown, repeated or missing
// column, a row with the wrong number of fields, a value that is not of
// its column's type and every rule of Records.Validate are errors. They
// come back together as a *problem.ValidationError whose FieldErrors have
// the path of the value (workers[3].basePay), its line and its column (in
// bytes, 1-based); a CSV syntax error is one FieldError at its line. At
// most MaxWorkers rows and MaxCSVBytes bytes are read; more is a problem
// matching ErrLimit.
//
// When known is not nil, every worker's category must be among known (as
// Options.Categories requires, say from FrameworkCategories), else the
// problem matches ErrUnknownReference at the category's line and column.
func ReadCSV(r io.Reader, known []CategoryID) (Records, error) {
	return readCSV(r, known, MaxCSVBytes)
}

// readCSV is ReadCSV with a limit of maxBytes.
func readCSV(r io.Reader, known []CategoryID, maxBytes int64) (Records, error) {
	lr := &limitReader{r: r, left: maxBytes}
	cr := csv.NewReader(lr)
	cr.FieldsPerRecord = -1
	var errs problem.Errors
	const subject = "paygap: invalid CSV records"
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			errs.Add("", "required", "the CSV has no header row: want %s", strings.Join(CSVColumns(), ","))
		} else {
			addCSVError(&errs, err)
		}
		return Records{}, errs.Err(subject)
	}
	col := map[string]int{}
	for i, name := range header {
		name = strings.TrimSpace(strings.TrimPrefix(name, "\ufeff"))
		line, column := cr.FieldPos(i)
		switch {
		case !slices.Contains(CSVColumns(), name):
			errs.Append(problem.FieldError{Path: "", Rule: "unknown-field", Line: line, Column: column, Err: problem.ErrUnknownField,
				Message: fmt.Sprintf("header column %d %q is not a column of records%s; the columns are %s", i+1, name, problem.DidYouMean(name, CSVColumns()), strings.Join(CSVColumns(), ", "))})
		case col[name] != 0:
			errs.Append(problem.FieldError{Path: "", Rule: "unique", Line: line, Column: column, Err: problem.ErrDuplicate,
				Message: fmt.Sprintf("header column %d %q is already column %d", i+1, name, col[name])})
		default:
			col[name] = i + 1
		}
	}
	for _, name := range CSVColumns() {
		if col[name] == 0 {
			errs.Add("", "required", "the header has no column %q; the columns are %s", name, strings.Join(CSVColumns(), ", "))
		}
	}
	if errs.Len() > 0 {
		return Records{}, errs.Err(subject)
	}
	var recs Records
	// pos[i] maps the field names of workers[i] to their line and column.
	var pos []map[string][2]int
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			addCSVError(&errs, err)
			return Records{}, errs.Err(subject)
		}
		i := len(recs.Workers)
		if i == MaxWorkers {
			line, _ := cr.FieldPos(0)
			errs.Append(problem.FieldError{Rule: "max", Line: line, Column: 1, Err: problem.ErrLimit, Message: fmt.Sprintf("more than %d rows", MaxWorkers)})
			return Records{}, errs.Err(subject)
		}
		line, _ := cr.FieldPos(0)
		if len(row) != len(header) {
			errs.Append(problem.FieldError{Path: problem.Path("workers", i), Rule: "fields", Line: line, Column: 1,
				Message: fmt.Sprintf("row %d has %d fields; the header has %d", i+1, len(row), len(header))})
			recs.Workers = append(recs.Workers, Worker{})
			pos = append(pos, nil)
			continue
		}
		at := map[string][2]int{}
		for name, c := range col {
			l, cc := cr.FieldPos(c - 1)
			at[name] = [2]int{l, cc}
		}
		w, fes := parseRow(row, col, i)
		for _, fe := range fes {
			name := fe.Path[strings.LastIndex(fe.Path, ".")+1:]
			fe.Line, fe.Column = at[name][0], at[name][1]
			errs.Append(fe)
		}
		recs.Workers = append(recs.Workers, w)
		pos = append(pos, at)
	}
	if len(recs.Workers) == 0 {
		errs.Add("workers", "min", "the CSV has a header but no rows")
	}
	if errs.Len() > 0 {
		return Records{}, errs.Err(subject)
	}
	err = recs.Validate()
	if err == nil {
		err = recs.CheckCategories(known)
	}
	if err != nil {
		var ve *problem.ValidationError
		if !errors.As(err, &ve) {
			return Records{}, err
		}
		for _, fe := range ve.Errors {
			var i int
			var name string
			if n, _ := fmt.Sscanf(fe.Path, "workers[%d].", &i); n == 1 && i < len(pos) {
				name = fe.Path[strings.LastIndex(fe.Path, ".")+1:]
				fe.Line, fe.Column = pos[i][name][0], pos[i][name][1]
			}
			errs.Append(fe)
		}
		return Records{}, errs.Err(subject)
	}
	return recs, nil
}

// parseRow converts one row; its problems have paths but no positions.
func parseRow(row []string, col map[string]int, i int) (Worker, []problem.FieldError) {
	var w Worker
	var out []problem.FieldError
	get := func(name string) string { return strings.TrimSpace(row[col[name]-1]) }
	bad := func(name, rule, format string, args ...any) {
		out = append(out, problem.FieldError{Path: problem.Path("workers", i, name), Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	w.Subject = SubjectID(get("subject"))
	w.Category = CategoryID(get("category"))
	w.Currency = salary.Currency(get("currency"))
	if g := get("gender"); g != "" {
		if err := w.Gender.UnmarshalText([]byte(g)); err != nil {
			bad("gender", "oneof", "%s", genders.Problem(Gender(g)))
			w.Gender = ""
		}
	}
	for _, a := range []struct {
		name     string
		dst      *salary.Amount
		optional bool
	}{{"basePay", &w.BasePay, false}, {"variablePay", &w.VariablePay, true}} {
		text := get(a.name)
		if text == "" {
			if !a.optional {
				bad(a.name, "required", "is required: the gross annual amount, such as 52000")
			}
			continue
		}
		v, err := salary.ParseAmount(text)
		if err != nil {
			bad(a.name, "number", "%v", err)
			continue
		}
		*a.dst = v
	}
	if text := get("weeklyHours"); text == "" {
		bad("weeklyHours", "required", "is required: the hours a week, such as 40 or 37.5")
	} else if h, err := ParseHours(text); err != nil {
		bad("weeklyHours", "number", "%v", err)
	} else {
		w.WeeklyHours = h
	}
	return w, out
}

// limitReader reads from r until left bytes are read, then fails with
// an error matching ErrLimit if r has more.
type limitReader struct {
	r     io.Reader
	left  int64
	limit int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.limit == 0 {
		l.limit = l.left
	}
	if l.left <= 0 {
		var one [1]byte
		if n, err := l.r.Read(one[:]); n == 0 && err != nil {
			return 0, err
		}
		return 0, fmt.Errorf("the CSV text is larger than %d bytes: %w", l.limit, problem.ErrLimit)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// addCSVError records a CSV syntax error at its line and column, or a
// read error.
func addCSVError(errs *problem.Errors, err error) {
	fe := problem.FieldError{Rule: "syntax", Message: err.Error(), Err: problem.ErrSyntax}
	if errors.Is(err, problem.ErrLimit) {
		fe.Rule, fe.Err = "limit", problem.ErrLimit
	} else if !errors.As(err, new(*csv.ParseError)) {
		fe.Rule, fe.Err = "read", problem.ErrRead
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fe.Line, fe.Column, fe.Message = pe.Line, pe.Column, pe.Err.Error()
	}
	errs.Append(fe)
}

// WriteCSV writes records as CSV with the header CSVColumns, one row per
// worker; ReadCSV reads it back to equal records.
func WriteCSV(w io.Writer, recs Records) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns()); err != nil {
		return err
	}
	for _, r := range recs.Workers {
		variable := ""
		if !r.VariablePay.IsZero() {
			variable = r.VariablePay.String()
		}
		if err := cw.Write([]string{string(r.Subject), string(r.Gender), string(r.Category), r.BasePay.String(), variable, r.WeeklyHours.String(), string(r.Currency)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
