// Package snowflake imports Medium's Snowflake growth framework
// (github.com/Medium/snowflake) from the JSON encoding of its constants:
// sixteen tracks in four categories, five milestones per track, the points
// of each milestone, the point thresholds of levels and the titles with
// their ranges of points. The result is a careerkit.Framework with a
// catalog and one ladder that compiles.
//
// # How the file maps
//
//   - milestoneToPoints → the catalog's own scale "snowflake-milestone"
//     (ScaleID) with levels 0–5, "Milestone 0" (none reached) to
//     "Milestone 5", each described by its points ("12 points.").
//   - tracks.<KEY> → a competency: ID the slug of the key ("WEB_CLIENT" →
//     "web-client"), name the displayName, description the description,
//     Category the category as the file gives it ("A" … "D": Snowflake
//     names its categories by letter only, so the letters are kept rather
//     than named). Categories are competency categories, not parent
//     competencies: a category has no milestones of its own to make a
//     competency of. Snowflake gives no kind of skill: the tracks of
//     Options.HardCategories (DefaultHardCategories: "A", the technical
//     tracks) are hard skills, the others soft (reported as mapped).
//   - milestones[i] → indicators at level i+1: the summary, then each
//     signal, then each example, each one indicator with the text
//     verbatim. A milestone past the fifth is malformed and left out.
//   - titles[i] → a ladder level: ID the slug of the label, title the
//     label, summary the range of points ("36 to 57 points."). Its rank is
//     the place of its minPoints among the titles' distinct minimums (0, 17,
//     36, 58, 90 → ranks 1–5), so titles that share a range share a rank.
//     Snowflake gives titles no track: the labels in
//     Options.ManagementTitles (DefaultManagementTitles: Group Lead, Senior
//     Group Lead, Director of Engineering) are on the management track, the
//     others on the individual-contributor track.
//   - Expectations: none. A Snowflake title is defined by the total of
//     points over all tracks, not by a milestone per track, so no level
//     expects a competency at a level; each title is reported as missing
//     its expectations rather than given invented ones, and the ladder's
//     Lint says so too.
//   - Moves (Snowflake names none): a promotion to each title of the next
//     rank on the same track, or to every title of the next rank from a
//     rank whose titles are all on one track (Engineer II → Senior Engineer
//     and Group Lead); a switch both ways between titles of one rank on
//     different tracks.
//   - source → the framework's version when it names a commit
//     ("… @ 38859c6 …"). license, pointsToLevels (the sub-levels such as
//     3.2 that a total of points gives) and maxPoints are skipped. The file
//     has no name: the framework is called Name (reported as missing).
//
// # Report
//
// The report counts competencies, categories, milestones, indicators,
// levels, moves and ladders. Provenance gives each competency, indicator,
// scale level and ladder level its JSON pointer
// ("/tracks/MOBILE/milestones/0/examples/0"). Unknown keys are skipped;
// items that cannot be read (a value of the wrong type, a field missing, a
// repeated ID or name, a maximum below the minimum) are reported as
// malformed with their pointer and left out; a track with fewer than five
// milestones, or a milestone without signals or examples, is reported as
// missing. Inputs above Options.MaxBytes (DefaultMaxBytes by default) are
// refused.
//
// Snowflake is licensed under the Apache License, Version 2.0, Copyright
// 2017 A Medium Corporation; the copy in testdata carries the notice.
package snowflake
