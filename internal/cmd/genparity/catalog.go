package main

import "fmt"

const smallCatalog = `{
  "defaultScale": "levels",
  "scales": [
    {"id": "levels", "name": "Levels", "description": "Three levels of skill.",
     "levels": [{"value": 1, "name": "Basic"}, {"value": 2, "name": "Good", "description": "Works alone."}, {"value": 3, "name": "Strong"}]}
  ],
  "competencies": [
    {"id": "programming", "name": "Programming", "kind": "hard", "category": "Engineering", "description": "Writes code that works.", "tags": ["core"]},
    {"id": "go", "name": "Go", "kind": "hard", "scale": "dreyfus", "parents": ["programming"], "aliases": ["golang"],
     "indicators": [{"level": 1, "text": "Writes small programs."}, {"level": 5, "text": "Shapes the standard library."}],
     "definedLevels": [1, 3, 5], "sameAs": ["esco:go"], "tags": ["language"]},
    {"id": "writing", "name": "Writing", "kind": "soft"},
    {"id": "gdpr", "name": "GDPR", "kind": "knowledge", "scale": "framework"}
  ]
}`

func catalogCases(c *corpus, ex exampleDocs) {
	k := "catalog"
	first := c.example(k, "example", "the example catalog: the 24 skills of the seed role, on the framework scale", ex.framework.Catalog)
	b := c.valid(k, "small", "a small catalog with a scale of its own and competencies of each kind", js(smallCatalog))
	c.emptyAndNull(b)

	c.ok(b, "default-scale-empty", "an empty default scale: the framework scale", set("/defaultScale", ""))
	c.ok(b, "tags-50", "50 tags, the most", set("/competencies/0/tags", list(50, func(i int) any { return fmt.Sprintf("tag-%d", i) })))
	c.ok(b, "parents-empty", "an empty list of parents", set("/competencies/1/parents", []any{}))
	c.ok(b, "defined-levels-empty", "an empty list of defined levels: every level of the scale", set("/competencies/1/definedLevels", []any{}))
	c.ok(b, "name-200", "a name of 200 characters, the longest", set("/competencies/2/name", rep("w", 200)))
	c.ok(b, "same-as-500", "an external identifier of 500 characters, the longest", set("/competencies/1/sameAs/0", rep("x", 500)))
	c.ok(b, "indicator-on-own-scale", "an indicator at level 2 of the catalog's own scale", add("/competencies/0/indicators", js(`[{"level": 2, "text": "Writes working code alone."}]`)))
	c.ok(b, "scale-level-1000", "a scale level of 1000, the highest", set("/scales/0/levels/2/value", num("1000")))

	c.bad(b, "competencies-empty", "an empty list of competencies, where one is required", set("/competencies", []any{}))
	c.bad(b, "competencies-missing", "the required key competencies is left out", del("/competencies"))
	c.bad(b, "competencies-null", "competencies null", set("/competencies", nil))
	c.bad(b, "kind-unknown", "no such competency kind", set("/competencies/0/kind", "skill"))
	c.bad(b, "kind-empty", "an empty kind", set("/competencies/2/kind", ""))
	c.bad(b, "kind-missing", "a competency without its kind", del("/competencies/3/kind"))
	c.bad(b, "name-missing", "a competency without its name", del("/competencies/2/name"))
	c.bad(b, "name-201", "a name of 201 characters", set("/competencies/2/name", rep("w", 201)))
	c.bad(b, "id-with-space", "an ID with a space", set("/competencies/1/id", "go lang"))
	c.bad(b, "id-leading-separator", "an ID that starts with a separator", set("/competencies/1/id", "-go"))
	c.bad(b, "id-trailing-separator", "an ID that ends with a separator", set("/competencies/1/id", "go_"))
	c.bad(b, "id-65", "an ID of 65 characters", set("/competencies/1/id", rep("g", 65)))
	c.bad(b, "tags-51", "51 tags, one too many", set("/competencies/0/tags", list(51, func(i int) any { return fmt.Sprintf("tag-%d", i) })))
	c.bad(b, "tags-twice", "a tag listed twice", set("/competencies/1/tags", []any{"language", "language"}))
	c.bad(b, "tag-empty", "an empty tag", set("/competencies/0/tags", []any{""}))
	c.bad(b, "tag-101", "a tag of 101 characters", set("/competencies/0/tags", []any{rep("t", 101)}))
	c.bad(b, "alias-empty", "an empty alias", set("/competencies/1/aliases", []any{""}))
	c.bad(b, "parent-not-slug", "a parent that is no ID", set("/competencies/1/parents", []any{"Programming"}))
	c.bad(b, "parents-twice", "a parent listed twice", set("/competencies/1/parents", []any{"programming", "programming"}))
	c.bad(b, "defined-levels-twice", "a defined level listed twice", set("/competencies/1/definedLevels", []any{num("1"), num("1")}))
	c.bad(b, "defined-level-string", "a defined level as a string", set("/competencies/1/definedLevels", []any{"1"}))
	c.bad(b, "indicator-text-missing", "an indicator without its text", del("/competencies/1/indicators/0/text"))
	c.bad(b, "indicator-level-1001", "an indicator at level 1001", set("/competencies/1/indicators/1/level", num("1001")))
	c.bad(b, "indicator-level-negative", "an indicator at level -1", set("/competencies/1/indicators/0/level", num("-1")))
	c.bad(b, "scale-levels-empty", "a scale with an empty list of levels, where one is required", set("/scales/0/levels", []any{}))
	c.ok(b, "scale-levels-1000", "a scale of 1000 levels, the most allowed", set("/scales/0/levels", list(1000, func(i int) any {
		return js(fmt.Sprintf(`{"value": %d, "name": "Level %d"}`, i, i))
	})))
	c.bad(b, "scale-levels-1001", "a scale of 1001 levels, one too many", set("/scales/0/levels", list(1001, func(i int) any {
		return js(fmt.Sprintf(`{"value": %d, "name": "Level %d"}`, i, i))
	})))
	c.bad(b, "scale-level-1001", "a scale level of 1001", set("/scales/0/levels/2/value", num("1001")))
	c.bad(b, "scale-level-name-missing", "a scale level without its name", del("/scales/0/levels/1/name"))
	c.bad(b, "scale-name-empty", "a scale with an empty name", set("/scales/0/name", ""))
	c.bad(b, "scale-id-not-slug", "a scale ID with a capital", set("/scales/0/id", "Levels"))
	c.bad(b, "default-scale-not-slug", "a default scale that is no ID", set("/defaultScale", "Levels"))
	c.bad(b, "competency-scale-not-slug", "a competency's scale that is no ID", set("/competencies/1/scale", "Dreyfus"))
	c.bad(b, "description-4001", "a description of 4001 characters", set("/competencies/0/description", rep("d", 4001)))
	c.bad(b, "competency-unknown-key", "an unknown key in a competency", add("/competencies/0/level", num("3")))
	c.bad(b, "competency-a-string", "a competency given as a string", set("/competencies/0", "programming"))
	c.bad(b, "category-number", "a category as a number", set("/competencies/0/category", num("5")))
	c.bad(b, "scale-id-built-in", "a scale of its own with the ID of a built-in scale", set("/scales/0/id", "dreyfus"), set("/defaultScale", "dreyfus"))

	c.beyond(b, "id-twice", "unique-key", "competency IDs are unique in a catalog", "two competencies with the ID go", set("/competencies/2/id", "go"))
	c.beyond(b, "name-twice-ignoring-case", "unique-key", "competency names are unique ignoring case and spacing", "a competency named \"go\" beside \"Go\"", set("/competencies/2/name", "go"))
	c.beyond(b, "alias-is-other-name", "unique-key", "an alias collides with no ID, name or alias of another competency", "an alias that is another competency's name", set("/competencies/1/aliases", []any{"Writing"}))
	c.beyond(b, "parent-unknown", "reference", "parents are competencies of the catalog", "a parent the catalog lacks", set("/competencies/1/parents", []any{"rust"}))
	c.beyond(b, "parent-cycle", "cycle", "parents form no cycle", "programming made a child of go, its own child", add("/competencies/0/parents", []any{"go"}))
	c.beyond(b, "scale-id-twice", "unique-key", "scale IDs are unique", "the catalog's scale defined twice", add("/scales/-", js(`{"id": "levels", "name": "Levels again", "levels": [{"value": 1, "name": "One"}]}`)))
	c.beyond(b, "default-scale-unknown", "reference", "the default scale is a built-in scale or one of scales", "a default scale that is not defined", set("/defaultScale", "stars"))
	c.beyond(b, "competency-scale-unknown", "reference", "a competency's scale is a built-in scale or one of scales", "a competency on a scale that is not defined", set("/competencies/1/scale", "stars"))
	c.beyond(b, "indicator-level-off-scale", "scale-level", "indicator levels are levels of the competency's scale", "an indicator at level 6 of the Dreyfus scale (1 to 5)", set("/competencies/1/indicators/1/level", num("6")))
	c.beyond(b, "defined-level-off-scale", "scale-level", "defined levels are levels of the competency's scale", "a defined level 0 on the Dreyfus scale (1 to 5)", set("/competencies/1/definedLevels/0", num("0")))
	c.beyond(b, "scale-levels-not-increasing", "order", "a scale's level values strictly increase", "a scale whose second level is below its first", set("/scales/0/levels/1/value", num("0")))
	c.beyond(b, "scale-level-repeated", "order", "a scale's level values strictly increase", "a scale level value repeated", set("/scales/0/levels/2/value", num("2")))
	c.beyond(b, "defined-level-written-with-fraction", "syntax", "an integer is written without a fraction", "a defined level 3 written as 3.0", set("/competencies/1/definedLevels/1", num("3.0")))
	c.beyond(b, "competency-id-written-twice", "syntax", "a key appears once in an object", "the key id of a competency written twice", dup("/competencies/2/id", "writing"))

	c.bad(first, "example-kind-unknown", "a competency of the example catalog with no such kind", set("/competencies/0/kind", "leadership"))
	c.beyond(first, "example-indicator-off-scale", "scale-level", "indicator levels are levels of the competency's scale", "an indicator of the example catalog at level 0 of the framework scale (1 to 5)", set("/competencies/0/indicators/0/level", num("0")))
}
