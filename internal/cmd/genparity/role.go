package main

import "fmt"

const smallRole = `{
  "id": "backend-engineer",
  "title": "Backend Engineer",
  "family": "Engineering",
  "track": "ic",
  "level": "e3",
  "tags": ["backend"],
  "summary": "Builds and runs the services behind the product.",
  "codes": [{"scheme": "onet-soc", "code": "15-1252.00", "label": "Software Developers"}],
  "responsibilities": {"primary": ["Build services."], "secondary": ["Review code."]},
  "requirements": [
    {"competency": "go", "level": 3},
    {"competency": "sql", "level": 2, "importance": "preferred", "weight": 0.5}
  ],
  "education": {
    "minimum": {"level": "bachelor", "fields": ["computer science"]},
    "preferred": [{"level": "master", "name": "MSc"}],
    "fields": ["mathematics"],
    "equivalentExperience": true
  },
  "experience": [
    {"area": "software-engineering", "minYears": 3, "maxYears": 6},
    {"area": "go", "minYears": 2, "openEnded": true, "preferred": true, "note": "2+ years"}
  ],
  "qualifications": ["Writes clearly."],
  "preferredQualifications": ["Has been on call for a service."],
  "pay": {"currency": "USD", "period": "year", "min": 120000, "mid": 150000, "max": 180000},
  "career": {
    "entryFrom": [{"role": "junior-backend-engineer"}],
    "advanceTo": [{"title": "Senior Backend Engineer", "note": "with ownership of a service"}],
    "lateral": [{"role": "sre", "title": "Site Reliability Engineer"}]
  }
}`

// factsRole says what job postings say of experience and credentials:
// alternatives, a nested part, a typical range, a requirement without years,
// accepted certifications with aliases, a school qualification with
// subjects and field aliases.
const factsRole = `{
  "id": "data-engineering-manager",
  "title": "Data Engineering Manager",
  "responsibilities": {},
  "education": {
    "minimum": {"kind": "school", "subjects": ["mathematics"]},
    "alternatives": [
      {"kind": "certification", "name": "Certified Kubernetes Administrator", "aliases": ["CKA"]},
      {"level": "bachelor", "fields": ["Computer Science"]}
    ],
    "fieldAliases": [{"name": "Computer Science", "aliases": ["CS", "Informatics"]}],
    "equivalentExperience": true
  },
  "experience": [
    {"areas": ["data-engineering", "analytics-engineering"], "minYears": 7, "maxYears": 10, "rangeKind": "typical",
     "including": [{"area": "people-leadership", "minYears": 2, "openEnded": true}]},
    {"area": "operations", "minYears": 3, "maxYears": 6, "rangeKind": "hard"},
    {"area": "petabyte-scale-warehouses", "preferred": true}
  ],
  "career": {}
}`

func roleCases(c *corpus, ex exampleDocs) {
	k := "role"
	seed := c.example(k, "seed", "the seed role: Manager – Software Engineering, modelled completely from its job description", ex.seed)
	b := c.valid(k, "small", "a small role with every section", js(smallRole))
	c.emptyAndNull(b)

	c.emptyEnum(b, "track-empty", "an empty track, which careerkit reads as no track", set("/track", ""))
	c.ok(b, "level-empty", "an empty level, which omitempty allows", set("/level", ""))
	c.ok(b, "tags-omitted", "no tags", del("/tags"))
	c.ok(b, "pay-omitted", "no pay band", del("/pay"))
	c.ok(b, "career-empty", "an empty career object", set("/career", js(`{}`)))
	c.ok(b, "education-empty", "an empty education object", set("/education", js(`{}`)))
	c.ok(b, "open-ended-minimum-small", "an open-ended range with a minimum just above 0", set("/experience/1/minYears", num("0.1")))
	c.ok(b, "experience-max-80", "a range up to 80 years, the most", set("/experience/0/maxYears", num("80")))
	c.ok(b, "experience-min-0", "a minimum of 0 years", set("/experience/0/minYears", num("0")))
	c.ok(b, "requirement-level-0", "a requirement at level 0: a role alone checks no scale", set("/requirements/0/level", num("0")))
	c.ok(b, "requirement-level-1000", "a requirement at level 1000, the highest", set("/requirements/0/level", num("1000")))
	c.ok(b, "requirement-weight-tiny", "a weight just above 0", set("/requirements/1/weight", num("0.000000001")))
	c.ok(b, "requirement-weight-huge", "a very large weight", set("/requirements/1/weight", num("1e300")))
	c.ok(b, "move-empty-role-and-title", "a move with an empty role and a title", set("/career/advanceTo/0", js(`{"role": "", "title": "Senior Backend Engineer"}`)))
	c.ok(b, "codes-20", "20 codes, the most", set("/codes", list(20, func(i int) any {
		return js(fmt.Sprintf(`{"scheme": "onet-soc", "code": "15-1252.%02d"}`, i))
	})))
	c.ok(b, "summary-10000", "a summary of 10000 characters, the longest", set("/summary", rep("s", 10000)))
	c.ok(b, "equivalent-experience-false", "equivalentExperience false", set("/education/equivalentExperience", false))
	c.ok(b, "title-unicode", "a title with typographic characters", set("/title", "Ingénieur·e back-end – Équipe « Paiements »"))

	c.bad(b, "id-missing", "the required key id is left out", del("/id"))
	c.bad(b, "title-missing", "the required key title is left out", del("/title"))
	c.bad(b, "title-empty", "an empty title", set("/title", ""))
	c.bad(b, "title-201", "a title of 201 characters", set("/title", rep("t", 201)))
	c.bad(b, "title-number", "a title as a number", set("/title", num("5")))
	c.bad(b, "title-null", "a title null", set("/title", nil))
	c.bad(b, "track-unknown", "no such track", set("/track", "manager"))
	c.bad(b, "track-upper-case", "a track in upper case", set("/track", "IC"))
	c.bad(b, "level-not-slug", "a level that is no ID", set("/level", "E3"))
	c.ok(b, "aliases", "other titles of the role", add("/aliases", []any{"Web Designer", "Front End Developer"}))
	c.bad(b, "aliases-twice", "an alias listed twice", add("/aliases", []any{"Web Designer", "Web Designer"}))
	c.bad(b, "alias-empty", "an empty alias", add("/aliases", []any{""}))
	c.bad(b, "aliases-501", "501 aliases, one too many", add("/aliases", list(501, func(i int) any { return fmt.Sprintf("title %d", i) })))
	c.bad(b, "tags-twice", "a tag listed twice", set("/tags", []any{"backend", "backend"}))
	c.bad(b, "tags-51", "51 tags, one too many", set("/tags", list(51, func(i int) any { return fmt.Sprintf("tag %d", i) })))
	c.bad(b, "tag-empty", "an empty tag", set("/tags", []any{""}))
	c.bad(b, "tags-string", "tags as one string", set("/tags", "backend"))
	c.bad(b, "tags-null", "tags null: Go leaves an empty list of tags out", set("/tags", nil))
	c.bad(b, "summary-10001", "a summary of 10001 characters", set("/summary", rep("s", 10001)))
	c.bad(b, "codes-21", "21 codes, one too many", set("/codes", list(21, func(i int) any {
		return js(fmt.Sprintf(`{"scheme": "onet-soc", "code": "15-1252.%02d"}`, i))
	})))
	c.bad(b, "code-scheme-missing", "a code without its scheme", del("/codes/0/scheme"))
	c.bad(b, "code-scheme-51", "a code scheme of 51 characters", set("/codes/0/scheme", rep("s", 51)))
	c.bad(b, "code-code-empty", "an empty code", set("/codes/0/code", ""))
	c.bad(b, "code-label-501", "a code label of 501 characters", set("/codes/0/label", rep("l", 501)))
	c.bad(b, "responsibility-empty", "an empty responsibility", set("/responsibilities/primary", []any{""}))
	c.bad(b, "responsibilities-list", "responsibilities as a list", set("/responsibilities", []any{"Build services."}))
	c.bad(b, "requirement-competency-missing", "a requirement without its competency", del("/requirements/0/competency"))
	c.bad(b, "requirement-competency-not-slug", "a requirement of a competency named, not identified", set("/requirements/0/competency", "Go"))
	c.bad(b, "requirement-level-1001", "a requirement at level 1001", set("/requirements/0/level", num("1001")))
	c.bad(b, "requirement-level-negative", "a requirement at level -1", set("/requirements/0/level", num("-1")))
	c.bad(b, "requirement-level-fraction", "a requirement at level 2.5", set("/requirements/0/level", num("2.5")))
	c.bad(b, "requirement-weight-zero", "a weight of 0, just outside the bound", set("/requirements/1/weight", num("0")))
	c.bad(b, "requirement-weight-negative", "a negative weight", set("/requirements/1/weight", num("-0.5")))
	c.bad(b, "requirement-weight-string", "a weight as a string", set("/requirements/1/weight", "0.5"))
	c.bad(b, "requirement-weight-overflow", "a weight of 1e400, beyond the largest float64", set("/requirements/1/weight", num("1e400")))
	c.bad(b, "requirement-weight-null", "a weight null: Go leaves an unset weight out", set("/requirements/1/weight", nil))
	c.bad(b, "requirement-importance-unknown", "no such importance", set("/requirements/1/importance", "nice-to-have"))
	c.emptyEnum(b, "requirement-importance-empty", "an empty importance, which careerkit reads as required", set("/requirements/1/importance", ""))
	c.bad(b, "requirement-importance-upper-case", "an importance in upper case", set("/requirements/1/importance", "Preferred"))
	c.bad(b, "education-minimum-level-missing", "a minimum credential without its level", del("/education/minimum/level"))
	c.bad(b, "education-minimum-level-unknown", "no such degree level", set("/education/minimum/level", "phd"))
	c.bad(b, "education-field-empty", "an empty field of study", set("/education/fields", []any{""}))
	c.bad(b, "equivalent-experience-string", "equivalentExperience as a string", set("/education/equivalentExperience", "yes"))
	c.bad(b, "experience-area-missing", "an experience requirement without its area", del("/experience/0/area"))
	c.bad(b, "experience-area-not-slug", "an experience area in words", set("/experience/0/area", "software engineering"))
	c.bad(b, "experience-min-above-80", "a minimum of 80.5 years, just above the bound", set("/experience/1/minYears", num("80.5")))
	c.bad(b, "experience-max-above-80", "a maximum of 81 years", set("/experience/0/maxYears", num("81")))
	c.bad(b, "experience-min-negative", "a minimum of -1 years", set("/experience/0/minYears", num("-1")))
	c.bad(b, "open-ended-without-minimum", "an open-ended range without a minimum", del("/experience/1/minYears"))
	c.bad(b, "open-ended-minimum-zero", "an open-ended range with a minimum of 0", set("/experience/1/minYears", num("0")))
	c.bad(b, "open-ended-string", "openEnded as a string", set("/experience/1/openEnded", "true"))
	c.bad(b, "qualification-empty", "an empty qualification", set("/qualifications", []any{""}))
	c.bad(b, "qualification-2001", "a qualification of 2001 characters", set("/qualifications/0", rep("q", 2001)))
	c.bad(b, "pay-currency-missing", "a pay band without its currency", del("/pay/currency"))
	c.bad(b, "pay-min-negative", "a pay band with a negative min", set("/pay/min", num("-1")))
	c.bad(b, "pay-null", "pay null: Go leaves an unset band out", set("/pay", nil))
	c.bad(b, "move-empty", "a career move that names nothing", set("/career/lateral/0", js(`{}`)))
	c.bad(b, "move-empty-role-and-title", "a career move with an empty role and an empty title", set("/career/lateral/0", js(`{"role": "", "title": ""}`)))
	c.bad(b, "move-note-only", "a career move with only a note", set("/career/lateral/0", js(`{"note": "somewhere else"}`)))
	c.bad(b, "move-role-not-slug", "a career move to a role that is no ID", set("/career/entryFrom/0/role", "Junior Backend Engineer"))
	c.bad(b, "unknown-key", "an unknown key", add("/salary", num("150000")))
	c.bad(b, "key-in-other-case", "a key that differs from a field's only in case, beside the field", add("/Title", "Backend Engineer"))
	c.bad(b, "not-an-object", "a string instead of an object", set("", "backend-engineer"))

	c.beyond(b, "requirement-twice", "unique-key", "requirements name each competency once", "a second requirement of go", add("/requirements/-", js(`{"competency": "go", "level": 4}`)))
	c.beyond(b, "experience-min-above-max", "cross-field", "minYears ≤ maxYears when maxYears is above 0", "a minimum of 7 years and a maximum of 6", set("/experience/0/minYears", num("7")))
	c.beyond(b, "pay-min-above-max", "cross-field", "a band's min ≤ max", "a pay band with min above max", set("/pay/min", num("190000")))
	c.beyond(b, "pay-three-decimals", "decimals", "dollar amounts have at most 2 decimals", "a pay band's max with 3 decimals", set("/pay/max", num("180000.125")))
	c.beyond(b, "requirement-level-written-with-fraction", "syntax", "an integer is written without a fraction", "level 3 written as 3.0", set("/requirements/0/level", num("3.0")))
	c.beyond(b, "title-written-twice", "syntax", "a key appears once in an object", "the key title written twice", dup("/title", "Backend Engineer"))

	factsCases(c, k)

	c.bad(seed, "seed-title-missing", "the seed role without its title", del("/title"))
	c.bad(seed, "seed-requirement-level-1001", "a requirement of the seed role at level 1001", set("/requirements/0/level", num("1001")))
	c.beyond(seed, "seed-requirement-twice", "unique-key", "requirements name each competency once", "the seed role's first requirement listed again",
		add("/requirements/-", js(fmt.Sprintf(`{"competency": %q, "level": 2}`, ex.seed.Requirements[0].Competency))))
}

// factsCases are single changes of factsRole.
func factsCases(c *corpus, k string) {
	b := c.valid(k, "facts", "a role with experience alternatives, a nested part, range kinds, no years and accepted credentials", js(factsRole))
	c.ok(b, "facts-area-and-areas", "an area beside further areas", add("/experience/0/area", "data-platform"))
	c.ok(b, "facts-range-kind-minimum", "a typical range made a minimum", set("/experience/0/rangeKind", "minimum"))
	c.emptyEnum(b, "facts-range-kind-empty", "an empty range kind, which careerkit reads as derived from the notation", set("/experience/0/rangeKind", ""))
	c.emptyEnum(b, "facts-credential-kind-empty", "an empty credential kind, which careerkit reads as a degree", add("/education/alternatives/1/kind", ""))
	c.ok(b, "facts-part-without-years", "a nested part without years", set("/experience/0/including/0", js(`{"area": "people-leadership"}`)))
	c.ok(b, "facts-school-level-written", "a school qualification with its level written", add("/education/minimum/level", "high-school"))
	c.ok(b, "facts-no-minimum", "alternatives without a minimum", del("/education/minimum"))

	c.bad(b, "facts-no-area", "an experience requirement with neither area nor areas", del("/experience/0/areas"))
	c.bad(b, "facts-areas-empty", "an empty list of areas and no area", set("/experience/0/areas", []any{}))
	c.bad(b, "facts-area-empty-in-areas", "an empty area among the alternatives", set("/experience/0/areas/1", ""))
	c.bad(b, "facts-part-no-area", "a nested part without an area", del("/experience/0/including/0/area"))
	c.bad(b, "facts-range-kind-unknown", "no such range kind", set("/experience/0/rangeKind", "soft"))
	c.bad(b, "facts-part-preferred", "a nested part marked preferred, a key parts do not have", add("/experience/0/including/0/preferred", true))
	c.bad(b, "facts-part-nested-again", "a nested part with parts of its own", add("/experience/0/including/0/including", []any{}))
	c.bad(b, "facts-part-open-ended-without-minimum", "an open-ended nested part without a minimum", set("/experience/0/including/0/minYears", num("0")))
	c.bad(b, "facts-credential-kind-unknown", "no such credential kind", set("/education/alternatives/0/kind", "licence"))
	c.bad(b, "facts-certification-without-name", "a certification without a name", del("/education/alternatives/0/name"))
	c.bad(b, "facts-degree-without-level", "a degree without a level", del("/education/alternatives/1/level"))
	c.bad(b, "facts-alias-empty", "an empty alias of a certification", set("/education/alternatives/0/aliases", []any{""}))
	c.bad(b, "facts-subject-empty", "an empty school subject", set("/education/minimum/subjects", []any{""}))
	c.bad(b, "facts-field-alias-without-name", "field aliases without the field's name", del("/education/fieldAliases/0/name"))
	c.bad(b, "facts-date-not-a-date", "an expiry date that is no date", add("/education/alternatives/0/expiresAt", "next year"))

	c.beyond(b, "facts-area-twice", "unique-key", "a requirement accepts each area once", "the first alternative listed again", set("/experience/0/areas/1", "data-engineering"))
	c.beyond(b, "facts-area-also-in-areas", "unique-key", "a requirement accepts each area once", "area repeated in areas", add("/experience/0/area", "analytics-engineering"))
	c.beyond(b, "facts-part-min-above-parent", "cross-field", "a nested part's minimum is at most its requirement's", "a nested part of 8 years inside a requirement of 7", set("/experience/0/including/0/minYears", num("8")))
	c.beyond(b, "facts-part-max-above-hard-parent", "cross-field", "a nested part's maximum is at most its requirement's hard maximum", "a nested part up to 7 years inside a hard 3–6",
		add("/experience/1/including", js(`[{"area": "incident-command", "minYears": 1, "maxYears": 7}]`)))
	c.beyond(b, "facts-hard-open-ended", "cross-field", "a hard range is not open-ended", "a hard range written with a plus", add("/experience/1/openEnded", true))
	c.beyond(b, "facts-hard-without-maximum", "cross-field", "a hard range has a maximum", "a hard range without a maximum", del("/experience/1/maxYears"))
	c.beyond(b, "facts-typical-without-minimum", "cross-field", "a typical range has a minimum above 0", "a typical range without a minimum",
		set("/experience/0", js(`{"area": "data-engineering", "maxYears": 10, "rangeKind": "typical"}`)))
	c.beyond(b, "facts-certification-with-level", "cross-field", "a certification has no degree level", "a certification at bachelor level", add("/education/alternatives/0/level", "bachelor"))
	c.beyond(b, "facts-school-at-master", "cross-field", "a school qualification is at the level high-school", "a school qualification at master level", add("/education/minimum/level", "master"))
	c.beyond(b, "facts-subjects-on-degree", "cross-field", "subjects belong to school qualifications", "a degree with school subjects", add("/education/alternatives/1/subjects", []any{"mathematics"}))
	c.beyond(b, "facts-fields-on-school", "cross-field", "fields of study belong to degrees", "a school qualification with a field of study", add("/education/minimum/fields", []any{"mathematics"}))
	c.beyond(b, "facts-date-on-wanted", "cross-field", "a credential a role asks for has no dates", "an accepted certification with an expiry date", add("/education/alternatives/0/expiresAt", "2027-01-01"))
	c.beyond(b, "facts-equivalent-without-required-experience", "cross-field", "equivalent experience needs a required experience requirement", "every experience requirement made preferred",
		set("/experience", js(`[{"area": "petabyte-scale-warehouses", "preferred": true}]`)))
}
