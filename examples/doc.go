// Package examples holds careerkit's sample data, embedded in the binary and
// returned as fresh values: a competency catalog of the 24 skills of a
// "Manager – Software Engineering" role, that role modelled completely from
// its job description, and two sample candidates. Runnable programs live in the directories below it
// (go run ./examples/quickstart).
package examples
