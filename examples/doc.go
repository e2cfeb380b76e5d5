// Package examples holds careerkit's sample data, embedded in the binary and
// returned as fresh values: a competency catalog of the 24 skills of a
// "Manager – Software Engineering" role, that role modelled completely from
// its job description, two sample candidates, and the role's job posting
// (Posting). Runnable programs live in the directories below it
// (go run ./examples/quickstart).
package examples
