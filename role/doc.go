// Package role models a job description as data, and how well a candidate
// fits it.
//
// A Role holds everything a job posting says: title, family, track, ladder
// level, tags, summary, occupational codes, primary and secondary
// responsibilities, competency requirements, education (minimum, preferred,
// fields of study, equivalent experience), experience ranges that standards
// cannot express ("6–12+ years … with 2–6 years in people management"),
// qualifications, the pay band, and career moves into, up from and across
// from the role.
//
// Fit compares a Candidate (a competency profile, years of experience per
// area, credentials, expected pay) with a Role and says what is missing.
package role
