// Package problem holds what careerkit reports problems with: FieldError
// (a path, the rule broken, a message and, for documents, the file, line
// and column), ValidationError (every problem of a value or document at
// once), Advice (the findings of Lint methods), the sentinel errors matched
// with errors.Is, and the helpers that build and order JSON paths.
//
// Every careerkit package reports with these types; the root package
// re-exports the ones most programs need.
package problem
