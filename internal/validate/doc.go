// Package validate holds careerkit's one validator instance, its custom tags,
// and the error types every careerkit package reports problems with.
//
// The root package re-exports the error types as aliases, so callers never
// import this package: they check errors with errors.Is and errors.As against
// careerkit.ErrInvalid, careerkit.ValidationError and friends.
package validate
