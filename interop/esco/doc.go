// Package esco reads the CSV release of ESCO, the European Commission's
// classification of European Skills, Competences, Qualifications and
// Occupations (v1.1 and v1.2), into a careerkit framework: the skills
// become the competency catalog, the occupations become roles, and the
// occupation–skill relations become the roles' requirements.
//
// # Files
//
// Each file is read as <base>_<language>.csv (Options.Language, "en" by
// default), else as <base>.csv, the name the language-independent
// relation files have in some packages of v1.1.x. Columns are found by
// their header names, so their order does not matter; other columns are
// ignored. Values are trimmed of surrounding white space.
//
//   - occupations (required): conceptUri, preferredLabel, iscoGroup,
//     description, definition.
//   - skills (required): conceptUri, preferredLabel, skillType,
//     reuseLevel, altLabels, description, definition.
//   - occupationSkillRelations: occupationUri, relationType, skillUri.
//   - broaderRelationsSkillPillar: conceptUri, broaderType, broaderUri.
//   - skillGroups: conceptUri, preferredLabel (the labels of categories).
//   - ISCOGroups: code, preferredLabel (the labels of ISCO-08 codes).
//
// Without one of the last four the import goes on and the report says
// what is missing. skillsHierarchy, skillSkillRelations,
// broaderRelationsOccPillar and the collection files are not read: the
// hierarchy of skill groups and of ISCO groups has no place in the model,
// and the broader relations of the skills pillar already give each skill
// its group. Columns not named above (hiddenLabels, status, modifiedDate,
// scopeNote, regulatedProfessionNote, inScheme, code) are not imported.
//
// # Skills → competencies
//
//   - ID: "esco-" and the last segment of the concept URI, lowercased:
//     http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab
//     is esco-0005c151-5b5a-4a66-8aac-60e734beb1ab. URIs are ESCO's
//     persistent identifiers, so the IDs are the same in every language
//     and every release; two URIs with the same last segment, or one that
//     does not make a slug, are reported and the later row left out.
//   - Name: preferredLabel. Names are unique in a catalog (ignoring case
//     and spacing): a skill whose label another skill already has is
//     reported and left out.
//   - Aliases: altLabels, one per line of the cell, trimmed. Labels that
//     repeat the skill's own name or another of its labels are dropped and
//     counted in one problem (nothing is lost). A label that is another
//     competency's name, or that several skills share, would make lookups
//     ambiguous: it is dropped from every skill that has it and reported,
//     as are labels past the model's 50 aliases or 200 characters.
//   - Description: description, or definition when description is empty
//     (reported); cut to the model's 4,000 characters when longer
//     (reported).
//   - Kind: skillType knowledge is knowledge; skill/competence is hard, or
//     soft when reuseLevel is transversal (ESCO's transversal skills, such
//     as "work in teams" and "adapt to change", are the behavioural ones).
//     A skill without a skillType is left out and reported: its kind would
//     be a guess. One problem gives the number of each mapping.
//   - Category: the preferredLabel of the skill's first broader skill group
//     in broaderRelationsSkillPillar; further groups are reported.
//   - Parents: the broader skills (broaderRelationsSkillPillar rows from a
//     skill to a skill) that are in the catalog. A broader skill outside
//     the import is reported; a relation that would close a cycle is
//     reported and left out. Skill groups are not imported as
//     competencies: relations between groups are counted in one problem.
//   - SameAs: the concept URI.
//
// # Occupations → roles
//
//   - ID: "esco-" and the last segment of the concept URI, as for skills.
//   - Title: preferredLabel.
//   - Codes: {scheme esco, code: the concept URI, label: preferredLabel}
//     and {scheme isco-08, code: iscoGroup, label: the group's
//     preferredLabel in ISCOGroups}; an empty or malformed iscoGroup is
//     reported and gives no ISCO-08 code.
//   - Summary: description, or definition when description is empty; cut
//     to the model's 10,000 characters when longer. Both are reported.
//   - Requirements: one per occupationSkillRelations row, in file order:
//     relationType essential is required, optional is preferred. ESCO has
//     no proficiency levels, so every requirement is at Options.Level
//     (DefaultLevel, 3 "Working", the middle of the framework scale) with
//     weight 1 (left unset, which means 1); the report says so in a mapped
//     problem. A relation to a skill not in the catalog, a repeated
//     relation, and one with another relationType are reported and left
//     out.
//
// # Slices
//
// Options.Occupations (concept URIs) and Options.ISCOGroups (ISCO-08 code
// prefixes) select the occupations to import; Options.NeededSkillsOnly
// limits the catalog to the skills those occupations link to and their
// broader skills. What the selection leaves out is counted in the report.
//
// # Report and limits
//
// The report counts competencies, parents, roles and requirements, records
// the row of each competency, category, parent, role and requirement, and
// lists every problem with its file and row (the line a record starts on,
// the header being line 1). A row that is not well-formed CSV, has a
// number of fields other than the header's, or is not UTF-8 is reported
// and left out. A file larger than Options.MaxFileBytes (DefaultMaxFileBytes,
// 256 MiB) is an error, as are a missing occupations or skills file and a
// header without a needed column.
//
// ESCO is published by the European Commission; its reuse is authorised
// under Commission Decision 2011/833/EU provided the source is
// acknowledged. A product built on an import should say so, for example:
// "This service uses the ESCO classification of the European Commission."
package esco
