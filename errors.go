package careerkit

import "github.com/careerkit/careerkit/internal/validate"

// FieldError is one problem in a value or document: its JSON path, the rule
// it breaks, a message and, for decoded documents, its line.
type FieldError = validate.FieldError

// ValidationError holds every problem found in a value or document, sorted by
// path. It matches ErrInvalid and the sentinel of each problem.
type ValidationError = validate.ValidationError

// Sentinel errors, matched with errors.Is.
var (
	// ErrInvalid is matched by every *ValidationError.
	ErrInvalid = validate.ErrInvalid
	// ErrSyntax is matched by documents that are not well-formed JSON or YAML.
	ErrSyntax = validate.ErrSyntax
	// ErrLimit is matched by documents that exceed an input limit.
	ErrLimit = validate.ErrLimit
	// ErrRead is matched when a document cannot be read at all: a missing
	// file, a directory, a file without permission, a failing reader. The
	// cause (such as fs.ErrNotExist) matches too.
	ErrRead = validate.ErrRead
	// ErrUnknownCompetency is matched when a reference names no competency.
	ErrUnknownCompetency = validate.ErrUnknownCompetency
	// ErrUnknownScale is matched when a reference names no scale.
	ErrUnknownScale = validate.ErrUnknownScale
	// ErrUnknownLevel is matched when a level is not on its scale.
	ErrUnknownLevel = validate.ErrUnknownLevel
	// ErrUnknownReference is matched when another ID reference does not resolve.
	ErrUnknownReference = validate.ErrUnknownReference
	// ErrDuplicate is matched when an ID, name or key repeats where it must be unique.
	ErrDuplicate = validate.ErrDuplicate
	// ErrCycle is matched when references that must form a DAG form a cycle.
	ErrCycle = validate.ErrCycle
	// ErrCurrencyMismatch is matched when amounts in different currencies or periods are combined.
	ErrCurrencyMismatch = validate.ErrCurrencyMismatch
	// ErrOverflow is matched when an exact computation does not fit.
	ErrOverflow = validate.ErrOverflow
)
