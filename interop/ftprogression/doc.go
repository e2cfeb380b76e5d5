// Package ftprogression imports the Financial Times engineering progression
// framework (github.com/Financial-Times/engineering-progression): the YAML
// file of one job family, such as data/job-families/engineering.yml, read
// into a careerkit.Framework with a catalog and one ladder that compiles.
//
// # What the file says, and how it maps
//
// The file lists levels (id, name), themes (id, name, summary) and
// competencies (an ID, a level, a theme, a summary and a proficiency).
// Every level has one competency per theme: a statement of what that theme
// looks like at that level, at one of five proficiencies.
//
//   - name → the framework's name, "Financial Times <name>", and the
//     ladder's family. googleSheetId is skipped (reported).
//   - Proficiency → the catalog scale "ft-proficiency" (Scale), with FT's
//     names at values 1–5 (Awareness 1 … Expert 5). The values are those of
//     competency.FrameworkScale(), whose level 3 is called "Working" where FT
//     says "Working knowledge"; an own scale keeps FT's words. Names match
//     exactly: an unknown proficiency is reported as malformed and no level
//     expects that statement.
//   - Competency → a catalog competency with FT's ID (a UUID is a slug),
//     named "<theme name> — <level name>" (FT gives no names), the theme's
//     name as its Category and the summary as its Description. The technical
//     theme's statements are hard skills, the others soft skills (FT gives
//     no kind; reported as mapped per theme).
//   - Level → a ladder level with FT's name as its title. The file gives no
//     ranks and no tracks; the fork is in the IDs: "senior-2-ic" and
//     "senior-2-pm" are the individual-contributor and people-manager
//     variants of one level, as are "principal-ic" and "principal-pm". A
//     level's rank is the position of its base ID (without "-ic" or "-pm")
//     in the file's order, so variants share a rank. The "-pm" variants are
//     on the people-manager track (PeopleManager), the levels up to the fork
//     and the "-ic" variants on the individual-contributor track (IC). A
//     level after the fork that does not fork (Technology Director)
//     continues the people-manager track: FT's FAQ says it "requires
//     significant experience as a People Manager".
//   - Moves → a promotion from each level to the next rank on the same
//     track, and from the last level before the fork into both variants; a
//     switch, both ways, between the two variants of a forked level (FT:
//     engineers can work toward either track, or change tracks).
//
// # Carried expectations
//
// FT states each competency once, at the level that introduces it, and
// assumes the earlier levels' competencies are met, without asking for
// evidence of them. So each level expects its own statements as required,
// at their proficiency, and every expectation of each level that promotes
// into it, carried forward at the same proficiency as preferred: counted in
// a readiness score, never blocking. Only promotions carry, so a level
// inherits from its own path (Principal Engineer (PM) from Senior Engineer
// 2 (PM), not from the IC variant); nothing is carried lower, so the
// ladder's Lint finds a falling expectation only when a statement is lost.
//
// With Options.Themes the nine themes are the competencies instead (ID and
// name of the theme, its summary as the description), each level expects
// each theme at the proficiency of its own statement and nothing is
// carried: FT's own presentation, in which Lint shows whether a theme's
// proficiency ever falls along a promotion.
//
// # Report
//
// The report counts competencies, themes, levels, expectations, moves and
// ladders. Provenance gives each competency, level and expectation its line
// in the file and its place as a pointer ("engineering.yml:94#/competencies/0/proficiency");
// a carried expectation points at the statement it carries. Unknown keys
// are skipped, items that cannot be read (not a mapping, a field missing,
// an unknown level, theme or proficiency, a repeated ID or statement) are
// malformed and left out, and each derived value (ranks, tracks, kinds,
// names, moves, carried expectations, IDs made slugs) is reported as mapped.
// Inputs above Options.MaxBytes (DefaultMaxBytes by default) are refused.
//
// The framework is MIT licensed, Copyright (c) 2019 Financial Times; the
// copy in testdata carries the notice.
package ftprogression
