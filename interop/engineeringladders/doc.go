// Package engineeringladders imports the Engineering Ladders framework
// (github.com/jorgef/engineeringladders) from its JSON encoding: five axes
// of five cumulative stages each, and four ladders (Developer D1–D7, Tech
// Lead TL4–TL7, Technical Program Manager TPM4–TPM7, Engineering Manager
// EM5–EM7) on one level axis from 1 to 7. The result is a
// careerkit.Framework with a catalog and one ladder that compiles.
//
// # How the file maps
//
//   - axes.<Name> → a competency with ID the slug of the name
//     ("technology") and the name as is, on a scale of its own,
//     "<id>-stages", whose levels are the stages: value the stage's rank,
//     name and description the stage's. Each stage is also an indicator at
//     its rank with the description as its text. The source says every
//     stage includes the ones before it, which is what a level on an
//     ordinal scale means: an expectation at stage 3 is met at 3, 4 or 5.
//     The source gives no kind of skill: Kinds makes Technology and System
//     hard skills, the other axes soft skills (reported as mapped).
//   - ladders.<key> → a track of the one ladder (ID "engineering-ladders",
//     name Name): ID the slug of the key, name the ladder's title. Its kind
//     is management when the key is in Options.ManagementTracks
//     (DefaultManagementTracks: the engineering manager), else ic: the
//     source gives no kinds. The ladder's summary has no place on a track
//     and is skipped.
//   - positions[i] → a ladder level: ID the slug of the code ("D4" → "d4"),
//     title the name, rank the level (1–7, shared by all the ladders).
//     "senior" has no place in the model and is skipped.
//   - positions[i].expectations[j] → a required expectation of the axis's
//     competency at axisRank. axisLevel must be the name of that stage of
//     the axis, or the expectation is malformed. When the position's text
//     words the stage differently from the axis (the position pages and the
//     README differ on two Influence stages), the wording is kept as one
//     more indicator of that stage, reported as mapped.
//   - Moves (the source names none): a promotion from each position to the
//     next level of its own ladder, and, because the source's table sets the
//     four ladders side by side on one level axis, a switch both ways
//     between positions of the same level on different ladders: D4, TL4 and
//     TPM4 are one level apart from D5, TL5, TPM5 and EM5. So EM5 is reached
//     from D5, TL5 or TPM5, and nothing promotes across ladders.
//   - source → the framework's version, when it names a commit
//     ("… @ 6055355 …"); license and note are skipped. The file has no name:
//     the framework is called Name (reported as missing).
//
// # Report
//
// The report counts competencies, scales, tracks, levels, expectations,
// moves and ladders. Provenance gives each competency, scale, indicator,
// level and expectation its JSON pointer ("/ladders/tech-lead/positions/1").
// Unknown keys are skipped; items that cannot be read (a value of the wrong
// type, a field missing, an unknown axis, a stage whose name and rank
// disagree, a repeated code or axis) are reported as malformed with their
// pointer and left out; a position that gives no stage of an axis is
// reported as missing. Inputs above Options.MaxBytes (DefaultMaxBytes by
// default) are refused.
//
// The framework is licensed under the Apache License, Version 2.0; the
// copy in testdata carries the notice.
package engineeringladders
