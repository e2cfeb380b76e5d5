package main

const smallFramework = `{
  "name": "Acme careers",
  "version": "2026.1",
  "defaultScale": "framework",
  "competencies": [
    {"id": "go", "name": "Go", "kind": "hard"},
    {"id": "writing", "name": "Writing", "kind": "soft"}
  ],
  "roles": [
    {"id": "backend-engineer", "title": "Backend Engineer", "level": "e1",
     "requirements": [{"competency": "go", "level": 3}],
     "pay": {"currency": "USD", "period": "year", "min": 100000, "max": 140000}}
  ],
  "ladders": [
    {"id": "engineering", "name": "Engineering",
     "tracks": [{"id": "ic", "name": "Individual contributor", "kind": "ic"}],
     "levels": [
       {"id": "e1", "track": "ic", "rank": 1, "title": "Engineer", "role": "backend-engineer", "grade": "g1", "expectations": [{"competency": "writing", "level": 2}]},
       {"id": "e2", "track": "ic", "rank": 2, "title": "Senior Engineer", "grade": "g2"}
     ],
     "moves": [{"from": "e1", "to": "e2", "kind": "promotion"}]}
  ],
  "payStructures": [
    {"id": "us", "name": "US", "currency": "USD", "period": "year",
     "grades": [
       {"id": "g1", "band": {"currency": "USD", "period": "year", "min": 100000, "max": 140000}},
       {"id": "g2", "band": {"currency": "USD", "period": "year", "min": 130000, "max": 180000}}
     ]}
  ]
}`

func frameworkCases(c *corpus, ex exampleDocs) {
	k := "framework"
	c.example(k, "example", "the example framework: the catalog, the seed role, the engineering ladder and the US pay structure", ex.framework)
	b := c.valid(k, "small", "a small framework with every section, cross-referenced", js(smallFramework))
	c.emptyAndNull(b)

	c.ok(b, "version-omitted", "no version", del("/version"))
	c.ok(b, "default-scale-empty", "an empty default scale: the framework scale", set("/defaultScale", ""))
	c.ok(b, "ladders-omitted", "no ladders: a role's level is then not checked", del("/ladders"))
	c.ok(b, "name-200", "a name of 200 characters, the longest", set("/name", rep("n", 200)))
	c.ok(b, "role-requirement-level-5", "a requirement at level 5, the top of the framework scale", set("/roles/0/requirements/0/level", num("5")))

	c.bad(b, "name-missing", "the required key name is left out", del("/name"))
	c.bad(b, "name-201", "a name of 201 characters", set("/name", rep("n", 201)))
	c.bad(b, "version-101", "a version of 101 characters", set("/version", rep("v", 101)))
	c.bad(b, "competencies-empty", "an empty list of competencies, where one is required", set("/competencies", []any{}))
	c.bad(b, "competencies-missing", "the required key competencies is left out", del("/competencies"))
	c.bad(b, "roles-null", "roles null: Go leaves an empty list out", set("/roles", nil))
	c.bad(b, "role-title-missing", "a role without its title", del("/roles/0/title"))
	c.bad(b, "role-pay-currency-unknown", "a role's pay band in no currency", set("/roles/0/pay/currency", "US$"))
	c.bad(b, "ladder-rank-negative", "a ladder level at rank -1", set("/ladders/0/levels/0/rank", num("-1")))
	c.bad(b, "ladder-tracks-empty", "a ladder with an empty list of tracks", set("/ladders/0/tracks", []any{}))
	c.bad(b, "pay-structure-grades-empty", "a pay structure with an empty list of grades", set("/payStructures/0/grades", []any{}))
	c.bad(b, "pay-structure-period-unknown", "a pay structure with no such period", set("/payStructures/0/period", "yearly"))
	c.bad(b, "unknown-key-catalog", "the catalog as a key of its own: its fields are inline", add("/catalog", js(`{"competencies": []}`)))
	c.bad(b, "competency-kind-missing", "a competency without its kind", del("/competencies/1/kind"))

	c.beyond(b, "role-requirement-unknown-competency", "reference", "a role's requirements name competencies of the catalog", "a requirement of a competency the catalog lacks", set("/roles/0/requirements/0/competency", "rust"))
	c.beyond(b, "role-requirement-level-off-scale", "scale-level", "a role's requirements are at levels of their competency's scale", "a requirement at level 6 of the framework scale (1 to 5)", set("/roles/0/requirements/0/level", num("6")))
	c.beyond(b, "role-requirement-level-0", "scale-level", "a role's requirements are at levels of their competency's scale", "a requirement at level 0, which the framework scale lacks (a role alone accepts it)", set("/roles/0/requirements/0/level", num("0")))
	c.beyond(b, "role-level-unknown", "reference", "a role's level is a level of one of the ladders", "a role at a level no ladder has", set("/roles/0/level", "e9"))
	c.beyond(b, "role-id-twice", "unique-key", "role IDs are unique", "a second role with the ID backend-engineer", add("/roles/-", js(`{"id": "backend-engineer", "title": "Backend Engineer II"}`)))
	c.beyond(b, "role-career-unknown-role", "reference", "a role's career moves name roles of the framework", "a career move to a role the framework lacks", add("/roles/0/career", js(`{"advanceTo": [{"role": "staff-engineer"}]}`)))
	c.beyond(b, "roles-omitted", "reference", "a ladder level's role is a role of the framework", "no roles, while a ladder level names one", del("/roles"))
	c.beyond(b, "ladder-grade-unknown", "reference", "a ladder level's grade is a grade of a pay structure", "a level of a grade no pay structure has", set("/ladders/0/levels/1/grade", "g9"))
	c.beyond(b, "ladder-role-unknown", "reference", "a ladder level's role is a role of the framework", "a level filled by a role the framework lacks", set("/ladders/0/levels/0/role", "frontend-engineer"))
	c.beyond(b, "ladder-expectation-unknown-competency", "reference", "a ladder's expectations name competencies of the catalog", "an expectation of a competency the catalog lacks", set("/ladders/0/levels/0/expectations/0/competency", "rust"))
	c.beyond(b, "ladder-expectation-level-off-scale", "scale-level", "a ladder's expectations are at levels of their competency's scale", "an expectation at level 9 of the framework scale", set("/ladders/0/levels/0/expectations/0/level", num("9")))
	c.beyond(b, "ladder-id-twice", "unique-key", "ladder IDs are unique", "a second ladder with the ID engineering",
		add("/ladders/-", js(`{"id": "engineering", "name": "Engineering II", "tracks": [{"id": "ic", "name": "IC", "kind": "ic"}], "levels": [{"id": "x1", "track": "ic", "title": "X"}]}`)))
	c.beyond(b, "pay-structure-id-twice", "unique-key", "pay-structure IDs are unique", "a second pay structure with the ID us",
		add("/payStructures/-", js(`{"id": "us", "name": "US again", "currency": "USD", "period": "year", "grades": [{"id": "g9", "band": {"currency": "USD", "period": "year", "min": 1, "max": 2}}]}`)))
	c.beyond(b, "competency-id-twice", "unique-key", "competency IDs are unique in the catalog", "two competencies with the ID go", set("/competencies/1/id", "go"))
	c.beyond(b, "default-scale-unknown", "reference", "the default scale is a built-in scale or one of scales", "a default scale that is not defined", set("/defaultScale", "stars"))
	c.beyond(b, "name-written-twice", "syntax", "a key appears once in an object", "the key name written twice", dup("/name", "Acme careers"))
}
