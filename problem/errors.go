package problem

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Sentinel errors. Callers branch on them with errors.Is; a ValidationError
// matches ErrInvalid and the sentinel of each of its field errors.
var (
	// ErrInvalid is matched by every ValidationError.
	ErrInvalid = errors.New("invalid")
	// ErrSyntax is matched by documents that are not well-formed JSON or YAML.
	ErrSyntax = errors.New("syntax error")
	// ErrLimit is matched by documents that exceed an input limit.
	ErrLimit = errors.New("input limit exceeded")
	// ErrRead is matched when a document cannot be read at all: a missing
	// file, a directory, a file without permission, a failing reader.
	ErrRead = errors.New("read error")
	// ErrUnknownCompetency is matched when a reference names no competency of the catalog.
	ErrUnknownCompetency = errors.New("unknown competency")
	// ErrUnknownScale is matched when a reference names no scale.
	ErrUnknownScale = errors.New("unknown scale")
	// ErrUnknownLevel is matched when a level is not on the scale it is measured on.
	ErrUnknownLevel = errors.New("level not on scale")
	// ErrUnknownReference is matched when any other ID reference does not resolve.
	ErrUnknownReference = errors.New("unknown reference")
	// ErrDuplicate is matched when an ID, name or key appears twice where it must be unique.
	ErrDuplicate = errors.New("duplicate")
	// ErrCycle is matched when references that must form a DAG form a cycle.
	ErrCycle = errors.New("cycle")
	// ErrCurrencyMismatch is matched when amounts in different currencies or periods are combined.
	ErrCurrencyMismatch = errors.New("currency or period mismatch")
	// ErrOverflow is matched when an exact computation does not fit its representation.
	ErrOverflow = errors.New("overflow")
	// ErrUnknownField is matched when a document has a key its type has no field for.
	ErrUnknownField = errors.New("unknown field")
	// ErrUnreachable is matched when no sequence of moves leads from one
	// ladder level to another.
	ErrUnreachable = errors.New("unreachable")
	// ErrPanic is matched when a worker goroutine the library started
	// panicked (a custom Scorer's, say): the panic is recovered and returned
	// as an error instead of ending the program.
	ErrPanic = errors.New("a worker goroutine panicked")
)

// FieldError is one problem found in a document: where it is, which rule it
// breaks, and a message a person can act on.
type FieldError struct {
	// Path is the location in JSON terms, such as "competencies[3].parents[0]";
	// empty for the document as a whole.
	Path string `json:"path"`
	// Rule names the broken rule: a validate tag such as "required" or "slug",
	// or a named cross-field rule such as "unique", "acyclic", "exists" or "unknown-field".
	Rule string `json:"rule"`
	// Message describes the problem in plain English, without the path.
	Message string `json:"message"`
	// Line is the 1-based line of the value in the source document, or 0 when
	// the problem was not found while decoding a document.
	Line int `json:"line,omitempty"`
	// Column is the 1-based column, in characters, of the value on its
	// line, or 0 when unknown.
	Column int `json:"column,omitempty"`
	// File names the document the problem is in, when a program reports
	// problems of several files together; "" otherwise.
	File string `json:"file,omitempty"`
	// Err is the sentinel the problem matches with errors.Is, or nil.
	Err error `json:"-"`
}

// Error formats the problem as "path: message (rule)".
func (e FieldError) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("%s (%s)", e.Message, e.Rule)
	}
	return fmt.Sprintf("%s: %s (%s)", e.Path, e.Message, e.Rule)
}

// ValidationError holds every problem found in one value or document, sorted
// by path. It matches ErrInvalid and the sentinels of its field errors.
type ValidationError struct {
	// Subject names what was checked, such as "competency.Catalog" or a file name.
	Subject string
	// Errors lists the problems, sorted by path then rule; never empty.
	Errors []FieldError
}

// Error reports the subject and every problem, separated by "; ".
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Subject)
	if len(e.Errors) == 1 {
		b.WriteString(": ")
	} else {
		fmt.Fprintf(&b, ": %d problems: ", len(e.Errors))
	}
	for i, fe := range e.Errors {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(fe.Error())
	}
	return b.String()
}

// Unwrap returns ErrInvalid followed by the distinct sentinels of the field errors.
func (e *ValidationError) Unwrap() []error {
	out := []error{ErrInvalid}
	for _, fe := range e.Errors {
		if fe.Err != nil && !slices.Contains(out, fe.Err) {
			out = append(out, fe.Err)
		}
	}
	return out
}

// Errors collects field errors while a value is checked. The zero value is
// ready to use.
type Errors struct {
	list []FieldError
}

// Add records a problem at path breaking rule.
func (e *Errors) Add(path, rule, format string, args ...any) {
	e.list = append(e.list, FieldError{Path: path, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

// AddErr records a problem that also matches sentinel with errors.Is.
func (e *Errors) AddErr(sentinel error, path, rule, format string, args ...any) {
	e.list = append(e.list, FieldError{Path: path, Rule: rule, Message: fmt.Sprintf(format, args...), Err: sentinel})
}

// Append records field errors as they are.
func (e *Errors) Append(fes ...FieldError) {
	e.list = append(e.list, fes...)
}

// Merge records the problems of err under prefix. A ValidationError
// contributes each of its field errors, with prefix joined to its path; any
// other non-nil error becomes one problem at prefix with rule "invalid"
// that still matches the error's sentinels with errors.Is.
func (e *Errors) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	var ve *ValidationError
	if errors.As(err, &ve) {
		for _, fe := range ve.Errors {
			fe.Path = JoinPath(prefix, fe.Path)
			e.list = append(e.list, fe)
		}
		return
	}
	e.list = append(e.list, FieldError{Path: prefix, Rule: "invalid", Message: err.Error(), Err: err})
}

// Len reports how many problems were recorded.
func (e *Errors) Len() int { return len(e.list) }

// Err returns nil when nothing was recorded, or a *ValidationError for
// subject holding the problems sorted by path and rule, without repeats.
func (e *Errors) Err(subject string) error {
	if len(e.list) == 0 {
		return nil
	}
	list := slices.Clone(e.list)
	Sort(list)
	list = slices.CompactFunc(list, func(a, b FieldError) bool {
		return a.Path == b.Path && a.Rule == b.Rule && a.Message == b.Message
	})
	return &ValidationError{Subject: subject, Errors: list}
}

// Sort orders field errors by path (indexes compared as numbers), then rule, then message.
func Sort(list []FieldError) {
	slices.SortStableFunc(list, func(a, b FieldError) int {
		if c := ComparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// ComparePaths orders two JSON paths so that "a[2]" sorts before "a[10]":
// runs of digits compare as numbers (of any length), everything else byte by
// byte. Paths whose numbers differ only in leading zeros ("a[01]", "a[1]")
// are ordered by their spelling, so only equal paths compare equal.
func ComparePaths(a, b string) int {
	tie := 0
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			if c := compareNumbers(a[:da], b[:db]); c != 0 {
				return c
			}
			if tie == 0 {
				tie = strings.Compare(a[:da], b[:db])
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	return tie
}

// digitRun returns the length of the run of ASCII digits that starts s.
func digitRun(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// compareNumbers compares two runs of digits by their value, whatever their length.
func compareNumbers(x, y string) int {
	x, y = strings.TrimLeft(x, "0"), strings.TrimLeft(y, "0")
	if c := cmp.Compare(len(x), len(y)); c != 0 {
		return c
	}
	return strings.Compare(x, y)
}

// Path builds a JSON path from parts: strings are field names joined with
// dots, ints are indexes in brackets. Path("roles", 3, "level") is
// "roles[3].level".
func Path(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		switch p := p.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", p)
		case string:
			if p == "" {
				continue
			}
			if b.Len() > 0 && !strings.HasPrefix(p, "[") {
				b.WriteByte('.')
			}
			b.WriteString(p)
		default:
			panic(fmt.Sprintf("problem.Path: part of type %T", p))
		}
	}
	return b.String()
}

// JoinPath joins a prefix and a relative path.
func JoinPath(prefix, rel string) string {
	return Path(prefix, rel)
}
