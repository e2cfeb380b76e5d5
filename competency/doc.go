// Package competency models competencies and the proficiency scales they are
// measured on, and compares what people hold with what roles and levels
// require.
//
// A Catalog lists Scales and Competencies; Compile checks it and builds an
// immutable Index that answers lookups by ID, alias or name, walks the parent
// DAG, and runs gap analysis (Index.Analyze) of a Profile of Ratings against a
// list of Requirements.
//
// Proficiency is ordinal data: a level is an int on the competency's scale,
// and a requirement's level must exist on that scale. Three scales are built
// in (DreyfusScale, FrameworkScale, ONetLevelScale); catalogs add their own.
//
// Enums (Kind, Importance, Source, Policy, Via) are strings that decode only
// to their listed values: UnmarshalText refuses anything else with a message
// that names the valid ones, and Validate does the same for values set in
// Go. An optional enum's "" means "not set".
//
// References: requirements name competencies by ID. Ratings, which often come
// from other systems, may also name them by alias or name; the Index resolves
// those, case- and space-insensitively.
package competency
