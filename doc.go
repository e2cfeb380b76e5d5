// Package careerkit is the front door of careerkit, a library for role and
// competency modeling: typed models of competencies, roles, career ladders
// and pay bands, with strict loading, validation, JSON Schema export and gap
// analysis.
//
// # Packages
//
//   - competency: scales, competencies, catalogs and their compiled Index;
//     requirements, ratings, profiles and gap analysis (Index.Analyze).
//   - careerkit (this package): strict decoding of JSON and YAML documents
//     into any model type (Decode, DecodeFile) and the error types shared by
//     every package.
//
// # Quick start
//
//	var cat competency.Catalog
//	if err := careerkit.DecodeFile("catalog.yaml", &cat); err != nil {
//		log.Fatal(err) // every problem, with paths and lines
//	}
//	ix, err := competency.Compile(cat)
//	...
//	report, err := ix.Analyze(profile, requirements, competency.Options{})
//
// # Errors
//
// Invalid values and documents produce a *ValidationError listing every
// problem as a FieldError with a JSON path ("competencies[3].parents[0]"), the
// rule broken and a message; it matches ErrInvalid with errors.Is, and the
// sentinel of each problem (ErrUnknownCompetency, ErrCycle, ErrDuplicate …).
// Documents that are not well-formed, or exceed a limit, produce a
// *DecodeError with a line and column that matches ErrSyntax or ErrLimit;
// input that cannot be read at all matches ErrRead (and its cause).
// Nothing panics on bad input; only the Must helpers panic, by name.
//
// # Concurrency
//
// Compiled values (competency.Index) are immutable and safe for concurrent
// use. Plain model structs are values: copy them or guard them like any Go
// struct.
package careerkit
