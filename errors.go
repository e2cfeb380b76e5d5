package careerkit

import "github.com/careerkit/careerkit/problem"

// FieldError is one problem in a value or document: its JSON path, the rule
// it breaks, a message and, for decoded documents, its line.
type FieldError = problem.FieldError

// ValidationError holds every problem found in a value or document, sorted by
// path. It matches ErrInvalid and the sentinel of each problem.
type ValidationError = problem.ValidationError

// Sentinel errors, matched with errors.Is.
var (
	// ErrInvalid is matched by every *ValidationError.
	ErrInvalid = problem.ErrInvalid
	// ErrSyntax is matched by documents that are not well-formed JSON or YAML.
	ErrSyntax = problem.ErrSyntax
	// ErrLimit is matched by documents that exceed an input limit.
	ErrLimit = problem.ErrLimit
	// ErrRead is matched when a document cannot be read at all: a missing
	// file, a directory, a file without permission, a failing reader. The
	// cause (such as fs.ErrNotExist) matches too.
	ErrRead = problem.ErrRead
	// ErrUnknownCompetency is matched when a reference names no competency.
	ErrUnknownCompetency = problem.ErrUnknownCompetency
	// ErrUnknownScale is matched when a reference names no scale.
	ErrUnknownScale = problem.ErrUnknownScale
	// ErrUnknownLevel is matched when a level is not on its scale.
	ErrUnknownLevel = problem.ErrUnknownLevel
	// ErrUnknownReference is matched when another ID reference does not resolve.
	ErrUnknownReference = problem.ErrUnknownReference
	// ErrDuplicate is matched when an ID, name or key repeats where it must be unique.
	ErrDuplicate = problem.ErrDuplicate
	// ErrCycle is matched when references that must form a DAG form a cycle.
	ErrCycle = problem.ErrCycle
	// ErrCurrencyMismatch is matched when amounts in different currencies or periods are combined.
	ErrCurrencyMismatch = problem.ErrCurrencyMismatch
	// ErrOverflow is matched when an exact computation does not fit.
	ErrOverflow = problem.ErrOverflow
	// ErrUnknownField is matched when a document has a key its type has no field for.
	ErrUnknownField = problem.ErrUnknownField
	// ErrUnreachable is matched when no sequence of moves leads from one ladder level to another.
	ErrUnreachable = problem.ErrUnreachable
	// ErrPanic is matched when a worker goroutine the library started panicked.
	ErrPanic = problem.ErrPanic
)
