// Package validate holds careerkit's one validator instance and its custom
// tags (slug, finite …), and turns the validator's findings into
// problem.FieldErrors with JSON paths.
package validate
