// Package render writes the library's reports for people to read: gap
// reports, fit reports and rankings as tab-aligned text tables or Markdown,
// and any report as indented JSON.
//
// The model packages (competency, role) carry data only; the English words
// that describe a result, such as "met", "short by 2" or "within the band,
// compa-ratio 0.917", are made here, by GapStatus, ExperienceStatus,
// EducationSummary and PaySummary. The careerkit command and the examples
// print through this package, so they print the same tables.
package render
