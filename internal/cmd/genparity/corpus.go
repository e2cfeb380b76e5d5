package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/role"
)

// ruleText describes each sort of rule that JSON Schema cannot state.
var ruleText = map[string]string{
	"reference": "A value names something defined elsewhere in the document (a competency, track, level, role, grade or scale). " +
		"JSON Schema checks each value on its own; it cannot look one value up among others.",
	"unique-key": "IDs (or subjects, names, competencies) are unique within a list of objects. " +
		"uniqueItems compares whole items, so two objects that share an ID but differ elsewhere pass it.",
	"cycle": "References form no cycle, which takes following references through the document.",
	"scale-level": "A level is a level of the competency's scale: which levels exist depends on the scale the competency names, " +
		"built in or defined elsewhere in the document.",
	"cross-field": "One field is bounded by another (min ≤ mid ≤ max, minYears ≤ maxYears, a promotion's ranks, " +
		"a grade's band in its structure's currency): JSON Schema bounds are constants.",
	"order": "Values strictly increase from one item of a list to the next; JSON Schema cannot compare items.",
	"decimals": "An amount has no more decimals than its currency (a sibling field) allows, and never more than 4; a factor has at most 6. " +
		"multipleOf could state a fixed number of decimals, but validators that compute in binary floating point (ajv among them) " +
		"reject ordinary values under it (0.9 is no multiple of 0.000001 there), so the schemas leave it out.",
	"empty-enum": "careerkit reads an empty string in an enum field as the field left out, " +
		"but the schemas list only real values (a form offers no empty choice, a typed client gets no \"\" member), " +
		"so a document that writes \"\" there is valid in Go and rejected by the schema: leave the key out instead.",
	"syntax": "A rule on how the JSON is written rather than on its value: JSON Schema validates the parsed value, " +
		"in which a key written twice keeps one of its values and 1.0 or 1e0 is the integer 1, " +
		"while careerkit rejects duplicate keys and wants integers written without a fraction or exponent.",
	"limit": "The value is beyond the range of the Go type that holds it: an amount is a whole number of ten-thousandths in an int64 " +
		"(at most about 9.2 × 10^14) and a factor of millionths (at most about 9.2 × 10^12). " +
		"The schemas of salary.Amount and salary.Factor do not state these limits of the implementation.",
}

// entry is one case and its document.
type entry struct {
	Case
	doc any
}

// corpus collects the cases; the first error stops nothing but is
// returned by build.
type corpus struct {
	entries []entry
	errs    []error
}

// base is a valid document that mutations start from.
type base struct {
	kind, file string
	doc        any
}

func (c *corpus) add(e entry) {
	if e.Verdict == valid && !e.Expressible && e.Rule != "empty-enum" {
		c.errs = append(c.errs, fmt.Errorf("%s: a valid case the schema rejects is always an empty enum value", e.File))
	}
	c.entries = append(c.entries, e)
}

// valid adds a valid document as it is, and returns it as a base.
func (c *corpus) valid(kind, name, what string, doc any) *base {
	b := &base{kind: kind, file: kind + "/valid/" + name + ".json", doc: doc}
	c.add(entry{Case{File: b.file, Kind: kind, Verdict: valid, Expressible: true, What: what}, doc})
	return b
}

// example adds an example value, as Go encodes it to JSON, as a valid
// document.
func (c *corpus) example(kind, name, what string, v any) *base {
	data, err := json.Marshal(v)
	if err != nil {
		c.errs = append(c.errs, fmt.Errorf("%s/%s: %w", kind, name, err))
		return &base{kind: kind, doc: &object{}}
	}
	doc, err := parse(data)
	if err != nil {
		c.errs = append(c.errs, fmt.Errorf("%s/%s: %w", kind, name, err))
		return &base{kind: kind, doc: &object{}}
	}
	return c.valid(kind, name, what, doc)
}

// mutate applies ops to a copy of b's document.
func (c *corpus) mutate(b *base, file string, ops []op) (any, string) {
	doc := clone(b.doc)
	var texts []string
	for _, o := range ops {
		var err error
		if doc, err = o.apply(doc); err != nil {
			c.errs = append(c.errs, fmt.Errorf("%s: %w", file, err))
		}
		texts = append(texts, o.text)
	}
	change := ""
	for i, t := range texts {
		if i > 0 {
			change += "; "
		}
		change += t
	}
	return doc, change
}

// ok adds a valid document made from b, such as a value just inside a
// bound.
func (c *corpus) ok(b *base, name, what string, ops ...op) {
	file := b.kind + "/valid/" + name + ".json"
	doc, change := c.mutate(b, file, ops)
	c.add(entry{Case{File: file, Kind: b.kind, Verdict: valid, Expressible: true, What: what, Base: b.file, Change: change}, doc})
}

// bad adds an invalid document made from b that the schema rejects too.
func (c *corpus) bad(b *base, name, what string, ops ...op) {
	file := b.kind + "/invalid/" + name + ".json"
	doc, change := c.mutate(b, file, ops)
	c.add(entry{Case{File: file, Kind: b.kind, Verdict: invalid, Expressible: true, What: what, Base: b.file, Change: change}, doc})
}

// emptyAndNull adds two invalid documents made from b: an empty object,
// which lacks the required keys, and null instead of the object.
func (c *corpus) emptyAndNull(b *base) {
	c.bad(b, "empty-object", "an empty object: every required key is missing", set("", &object{}))
	c.bad(b, "null", "null instead of the object", set("", nil))
}

// beyond adds an invalid document made from b whose rule the schema cannot
// state: reason says which rule it breaks.
func (c *corpus) beyond(b *base, name, rule, reason, what string, ops ...op) {
	file := b.kind + "/invalid/" + name + ".json"
	if _, ok := ruleText[rule]; !ok {
		c.errs = append(c.errs, fmt.Errorf("%s: no such rule %q", file, rule))
	}
	doc, change := c.mutate(b, file, ops)
	c.add(entry{Case{File: file, Kind: b.kind, Verdict: invalid, Expressible: false, Rule: rule, Reason: reason, What: what, Base: b.file, Change: change}, doc})
}

// emptyEnum adds a document made from b that writes "" in an enum field:
// careerkit accepts it (as the field left out), the schema, whose enums
// hold no empty string, rejects it.
func (c *corpus) emptyEnum(b *base, name, what string, ops ...op) {
	file := b.kind + "/valid/" + name + ".json"
	doc, change := c.mutate(b, file, ops)
	c.add(entry{Case{File: file, Kind: b.kind, Verdict: valid, Expressible: false, Rule: "empty-enum",
		Reason: "the schema's enum holds no empty string; careerkit reads \"\" as the field left out", What: what, Base: b.file, Change: change}, doc})
}

// build makes every case.
func build() (*corpus, error) {
	c := &corpus{}
	f, err := examples.Framework()
	if err != nil {
		return nil, err
	}
	people, err := examples.People()
	if err != nil {
		return nil, err
	}
	seed, err := examples.ManagerRole()
	if err != nil {
		return nil, err
	}
	post, err := examples.Posting()
	if err != nil {
		return nil, err
	}
	ex := exampleDocs{framework: f, people: people, seed: seed, posting: post}
	bandCases(c, ex)
	structureCases(c, ex)
	ladderCases(c, ex)
	catalogCases(c, ex)
	roleCases(c, ex)
	candidateCases(c, ex)
	profileCases(c, ex)
	peopleCases(c, ex)
	frameworkCases(c, ex)
	recordsCases(c)
	postingCases(c, ex)
	return c, errors.Join(c.errs...)
}

// exampleDocs are the examples the corpus starts from.
type exampleDocs struct {
	framework careerkit.Framework
	people    careerkit.People
	seed      role.Role
	posting   posting.Posting
}
