// Package careerkit is the front door of careerkit, a library for role and
// competency modeling: typed models of competencies, roles, career ladders
// and pay bands, with strict loading, validation, JSON Schema export and gap
// analysis.
//
// # Packages
//
//   - careerkit (this package): the whole model in one document (Framework,
//     Load, Validate, Compile into a Model), People, strict decoding of any
//     model type (Decode, DecodeFile), canonical YAML and JSON out (Marshal,
//     Encode), similar roles (Model.SimilarRoles), kinds of document (Kinds,
//     New, InferKind) and the error types re-exported from problem.
//   - problem: FieldError, ValidationError, Advice, the sentinel errors and
//     path helpers every package reports with.
//   - document: strict JSON and YAML documents with the line and column of
//     any path, and their Limits.
//   - civil: Date, a calendar date (YYYY-MM-DD) with no time zone, for the
//     dates of ratings and market data.
//   - competency: scales, competencies, catalogs and their compiled Index;
//     requirements, ratings, profiles, gap analysis (Index.Analyze) and
//     matching (Matcher, Population, PopulationBuilder, TopK, and TopList
//     to merge the rankings of shards).
//   - salary: exact money, currencies, periods, pay, bands, market
//     distributions, pay structures and ParseRange.
//   - role: a job description as data, candidates and Fit, ranking.
//   - ladder: career ladders compiled into a Graph: paths, readiness, diff,
//     lint and renderings.
//   - paygap: pay-transparency figures from pay records: the gender pay-gap
//     figures of Directive (EU) 2023/970 and the UK's six figures.
//   - posting: a role published as a job posting: dates, the hiring
//     organisation, locations, remote work, employment types, pay.
//   - interop/jsonld: a role and its posting as schema.org JobPosting
//     JSON-LD, and a lint of Google's rules for it.
//   - render: gap reports, fits and rankings as text tables, Markdown and
//     JSON, with the wording of their verdicts.
//   - interop: the Report every importer returns (provenance and problems),
//     and one package per external format: interop/onet (an O*NET text
//     release), interop/esco (the ESCO CSV release), interop/case (CASE
//     packages, read and written; package imscase), interop/ftprogression, interop/snowflake and
//     interop/engineeringladders (public career frameworks).
//   - examples: the sample data, embedded, and the JSON Schemas with their
//     examples (MarshalSchema).
//
// # Quick start
//
//	var cat competency.Catalog
//	if err := careerkit.DecodeFile("catalog.yaml", &cat); err != nil {
//		log.Fatal(err) // every problem, with paths and lines
//	}
//	ix, err := competency.Compile(cat)
//	...
//	report, err := ix.Analyze(ctx, profile, requirements, competency.Options{})
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
// use. Calls that can take long (Index.Analyze, Index.Population,
// Matcher.TopK, role.Fit and the rankings) take a context.Context first and
// stop with its error when it is done. Plain model structs are values: copy them or guard them like any Go
// struct.
package careerkit
