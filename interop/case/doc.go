// Package imscase (directory interop/case) reads 1EdTech CASE
// (Competencies and Academic Standards Exchange) 1.0 and 1.1 packages into
// a competency catalog, and writes a catalog as a CASE 1.1 CFPackage.
//
// # Reading
//
// Read takes a CFPackage: the package object itself ({"CFDocument": …,
// "CFItems": […], "CFAssociations": […], …}) or an object that holds it
// under "CFPackage". Import reads a file and wraps the catalog in a
// careerkit.Framework named after the CFDocument's title, with its version.
// Inputs larger than Options.MaxBytes (DefaultMaxBytes, 32 MiB, by default)
// or with more than MaxItems CFItems are refused. Every problem is recorded
// in the report with the JSON pointer it was met at, such as
// "/CFItems/3/fullStatement"; provenance paths are the catalog's, such as
// "competencies[3].parents[0]".
//
// Each CFItem becomes one competency:
//
//   - id: the humanCodingScheme as a slug (lower-cased; each run of other
//     characters than ASCII letters and digits becomes one '.', '_' or '-',
//     the run's first character when it is one of those, else '-'; cut to 64
//     bytes), or the identifier as a slug when the humanCodingScheme has no
//     letter or digit, or "item-<n>" (its 1-based position among the items
//     read) when neither has. An ID already taken gets the next free suffix
//     "-2", "-3" …, and the collision is reported.
//   - name: the abbreviatedStatement; when there is none, the fullStatement
//     with its runs of white space collapsed to one space and, when longer
//     than 100 characters, cut at the last space before the 100th and ended
//     with "…" (reported as mapped). An abbreviatedStatement longer than the
//     model's 200 bytes is shortened the same way. A name another competency
//     already has (or that is another competency's ID) gets
//     " (<humanCodingScheme or ID>)" appended, or, when that is still taken
//     or too long, is cut to 120 bytes and gets " (<ID> <n>)"; either is
//     reported.
//   - description: the fullStatement, unless it is the same text as the
//     name; cut to 4000 bytes when longer (reported).
//   - category: the CFItemType, or the title of CFItemTypeURI when there is
//     no CFItemType.
//   - kind: the careerkit extension's kind (see Writing); else
//     Options.Kinds[CFItemType]; else Options.DefaultKind; else knowledge.
//     CASE has no kind, so the kinds given by the options or the default are
//     reported as mapped, once per CFItemType.
//   - aliases: the alternativeLabel, then the careerkit extension's aliases;
//     one that is another competency's ID, name or alias is skipped.
//   - tags: the conceptKeywords, without repeats.
//   - sameAs: the item's uri, then "case:<identifier>", then the other end
//     of each exactMatchOf association of the item (its uri, or
//     "case:<identifier>" when it has none or is an item of the package), in
//     association order, without repeats.
//   - parents: the destination of each isChildOf association whose origin is
//     the item, in association order. A child of the CFDocument is a root.
//     A parent that is not an item of the package, a repeated parent and an
//     edge that closes a cycle (found by a depth-first search over the items
//     in document order, following parents in association order) are
//     skipped and reported; a cycle never stops the import.
//
// Items without an identifier or fullStatement, repeated identifiers,
// associations without a type or an end, and values of the wrong JSON type
// are reported as malformed and left out. The other associations (isPeerOf,
// isPartOf, isRelatedTo, precedes, replacedBy, exemplar, hasSkillLevel,
// isTranslationOf and ext: types) have no counterpart in the model: each is
// reported as skipped with its identifier. So are the CFItem fields the
// reader does not take (educationLevel, language, notes, subject,
// listEnumeration, licenseURI, status dates, lastChangeDateTime …: one
// report per field, with the number of items that have it), the CFDocument
// fields other than title and version, non-empty CFDefinitions lists,
// CFRubrics, and extensions other than careerkit.
//
// # Writing
//
// Write writes a catalog as a CASE 1.1 CFPackage whose CFDocument comes
// from WriteOptions. Nothing in the output depends on the clock or on
// chance: every lastChangeDateTime is WriteOptions.LastChange, and every
// identifier Write makes is a version 5 UUID in the namespace
// 617f197f-b2ac-5641-a6dc-1d11d77d2ada (itself the version 5 UUID of the
// URL "https://github.com/careerkit/careerkit/interop/case"): the
// competency's ID for its CFItem, "document <title>" for the CFDocument,
// "association <origin> <type> <destination>" for an association and
// "sameAs <value>" for the other end of an exactMatchOf. URIs are
// WriteOptions.BaseURI (default "urn:uuid:") followed by the identifier.
//
// Each competency becomes one CFItem: humanCodingScheme is the ID,
// abbreviatedStatement the name, fullStatement the description (the name
// when there is none), CFItemType the category, alternativeLabel the first
// alias and conceptKeywords the tags. Each parent becomes an isChildOf
// association; a competency without parents is a child of the CFDocument.
// A competency read from CASE keeps its identity: when its sameAs starts
// with its uri and "case:<identifier>" (or with "case:<identifier>" alone)
// and the identifier is a CASE 1.1 UUID, the item gets that identifier and
// uri back; every other sameAs value becomes an exactMatchOf association to
// a node whose uri is that value.
//
// What CASE cannot say is carried in the CASE 1.1 extension mechanism,
// under the key "careerkit": on each CFItem, the kind, the aliases after the
// first, the scale, the indicators, the defined levels, and "minted" (which
// of identifier and uri Write made up, so that Read does not take them as
// sameAs); on the package, the catalog's default scale and scales. Read
// takes these back, so Read(Write(cat)) gives cat again, with one
// exception: a description that is the same text as the name reads back as
// no description. Other CASE readers ignore the extension; to them the
// package is the items, their hierarchy and their exact matches.
package imscase
