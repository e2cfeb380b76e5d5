package careerkit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
)

// Targets of the table tests.
func catalog() any  { return new(competency.Catalog) }
func profile() any  { return new(competency.Profile) }
func reqs() any     { return new([]competency.Requirement) }
func anything() any { return new(any) }

const catalogJSON = `{
  "defaultScale": "framework",
  "competencies": [
    {"id": "go", "name": "Go", "kind": "hard", "aliases": ["golang"]},
    {"id": "coaching", "name": "Coaching", "kind": "soft", "parents": ["go"],
     "indicators": [{"level": 3, "text": "Coaches one person."}]}
  ]
}
`

const catalogYAML = `defaultScale: framework
competencies:
  - id: go
    name: Go
    kind: hard
    aliases: [golang]
  - id: coaching
    name: Coaching
    kind: soft
    parents: [go]
    indicators:
      - {level: 3, text: Coaches one person.}
`

const profileJSON = `{
  "subject": "person-1",
  "ratings": [
    {"competency": "go", "level": 4, "source": "manager", "assessedAt": "2026-09-30"},
    {"competency": "golang", "level": 3}
  ]
}
`

const profileYAML = `subject: person-1
ratings:
  - {competency: go, level: 4, source: manager, assessedAt: 2026-09-30}
  - competency: golang
    level: 3
`

func wantCatalog() competency.Catalog {
	return competency.Catalog{
		DefaultScale: "framework",
		Competencies: []competency.Competency{
			{ID: "go", Name: "Go", Kind: competency.Hard, Aliases: []string{"golang"}},
			{ID: "coaching", Name: "Coaching", Kind: competency.Soft, Parents: []competency.ID{"go"},
				Indicators: []competency.Indicator{{Level: 3, Text: "Coaches one person."}}},
		},
	}
}

func wantProfile() competency.Profile {
	return competency.Profile{
		Subject: "person-1",
		Ratings: []competency.Rating{
			{Competency: "go", Level: 4, Source: competency.Manager, AssessedAt: civil.MustParseDate("2026-09-30")},
			{Competency: "golang", Level: 3},
		},
	}
}

func TestDecodeValid(t *testing.T) {
	w := 2.5
	cases := []struct {
		name string
		doc  string
		opts []careerkit.Option
		into func() any
		want any
	}{
		{"catalog JSON", catalogJSON, nil, catalog, ptr(wantCatalog())},
		{"catalog YAML", catalogYAML, nil, catalog, ptr(wantCatalog())},
		{"catalog JSON forced", catalogJSON, []careerkit.Option{careerkit.WithFormat(careerkit.FormatJSON)}, catalog, ptr(wantCatalog())},
		{"catalog JSON read as YAML", catalogJSON, []careerkit.Option{careerkit.WithFormat(careerkit.FormatYAML)}, catalog, ptr(wantCatalog())},
		{"catalog with BOM", "\ufeff" + catalogJSON, nil, catalog, ptr(wantCatalog())},
		{"profile JSON", profileJSON, nil, profile, ptr(wantProfile())},
		{"profile YAML", profileYAML, nil, profile, ptr(wantProfile())},
		{"requirements YAML", "- {competency: go, level: 3}\n- {competency: coaching, level: 2, importance: preferred, weight: 2.5}\n", nil, reqs,
			&[]competency.Requirement{{Competency: "go", Level: 3}, {Competency: "coaching", Level: 2, Importance: competency.Preferred, Weight: &w}}},
		{"requirements JSON", `[{"competency":"go","level":3},{"competency":"coaching","level":2,"importance":"preferred","weight":2.5}]`, nil, reqs,
			&[]competency.Requirement{{Competency: "go", Level: 3}, {Competency: "coaching", Level: 2, Importance: competency.Preferred, Weight: &w}}},
		{"YAML numbers written as in JSON", "- {competency: go, level: 3, weight: 0.5}\n- {competency: b, level: -0, weight: 1e1}\n", nil, reqs,
			&[]competency.Requirement{{Competency: "go", Level: 3, Weight: ptr(0.5)}, {Competency: "b", Level: 0, Weight: ptr(10.0)}}},
		{"YAML aliases within the cap", "- &r {competency: go, level: 3}\n- *r\n", nil, reqs,
			&[]competency.Requirement{{Competency: "go", Level: 3}, {Competency: "go", Level: 3}}},
		{"YAML document end marker", "subject: person-1\nratings: []\n...\n", nil, profile, &competency.Profile{Subject: "person-1", Ratings: []competency.Rating{}}},
		{"null field keeps the zero value", `{"subject":"person-1","ratings":null}`, nil, profile, &competency.Profile{Subject: "person-1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.into()
			err := careerkit.Decode(strings.NewReader(c.doc), got, c.opts...)
			require.NoError(t, err, "Decode(%s)", c.name)
			assert.Equal(t, c.want, got, "Decode(%s): decoded value", c.name)
		})
	}
}

func ptr[T any](v T) *T { return &v }

// rejectCase is a document that Decode must reject.
type rejectCase struct {
	name string
	doc  string
	into func() any
	opts []careerkit.Option
	// kind is ErrSyntax, ErrLimit or ErrInvalid.
	kind error
	// path and rule locate the FieldError of an ErrInvalid; path alone (with
	// rule "") only asserts the path.
	path, rule string
	// line (and col when not 0) is where the problem is: the DecodeError's
	// position, or the FieldError's Line.
	line, col int
	// msg is a part of the error text.
	msg string
}

func rejectCases() []rejectCase {
	return []rejectCase{
		// Unknown fields and keys in the wrong case.
		{name: "JSON unknown field", into: catalog, kind: careerkit.ErrInvalid, path: "competencies[0].nmae", rule: "unknown-field", line: 3,
			doc: "{\"competencies\": [\n  {\"id\": \"go\", \"name\": \"Go\", \"kind\": \"hard\",\n   \"nmae\": \"Go\"}]}"},
		{name: "YAML unknown field", into: catalog, kind: careerkit.ErrInvalid, path: "competencies[0].nmae", rule: "unknown-field", line: 5,
			doc: "competencies:\n  - id: go\n    name: Go\n    kind: hard\n    nmae: Go\n", msg: "is not a field of this object"},
		{name: "JSON unknown top-level field", into: profile, kind: careerkit.ErrInvalid, path: "subjects", rule: "unknown-field", line: 1,
			doc: `{"subject": "a", "subjects": "b", "ratings": []}`},
		{name: "JSON key in the wrong case", into: catalog, kind: careerkit.ErrInvalid, path: "competencies[0].Name", rule: "unknown-field", line: 2,
			doc: "{\"competencies\": [\n{\"id\": \"go\", \"Name\": \"Go\", \"kind\": \"hard\"}]}", msg: `did you mean "name"? keys are case-sensitive`},
		{name: "YAML key in the wrong case", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].Level", rule: "unknown-field", line: 4,
			doc: "subject: a\nratings:\n  - competency: go\n    Level: 3\n", msg: `did you mean "level"?`},
		{name: "YAML key in upper case", into: profile, kind: careerkit.ErrInvalid, path: "SUBJECT", rule: "unknown-field", line: 1,
			doc: "SUBJECT: a\nratings: []\n", msg: `did you mean "subject"?`},
		{name: "JSON empty key", into: profile, kind: careerkit.ErrInvalid, path: `[""]`, rule: "unknown-field",
			doc: `{"subject": "a", "": 1, "ratings": []}`},
		{name: "JSON dotted key", into: profile, kind: careerkit.ErrInvalid, path: `ratings[0]["level.x"]`, rule: "unknown-field",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level.x": 1}]}`},

		// Duplicate keys, also in another case.
		{name: "JSON duplicate key", into: profile, kind: careerkit.ErrSyntax, line: 3, msg: `duplicate key "subject"`,
			doc: "{\"subject\": \"a\",\n \"ratings\": [],\n \"subject\": \"b\"}"},
		{name: "JSON duplicate key in a list item", into: profile, kind: careerkit.ErrSyntax, line: 2, msg: `at "ratings[0]": duplicate key "level"`,
			doc: "{\"subject\": \"a\", \"ratings\": [\n{\"competency\": \"go\", \"level\": 1, \"level\": 2}]}"},
		{name: "JSON keys differing in case", into: profile, kind: careerkit.ErrSyntax, line: 2, msg: `key "Subject" repeats key "subject" in another case`,
			doc: "{\"subject\": \"a\",\n \"Subject\": \"b\", \"ratings\": []}"},
		{name: "JSON duplicate unknown keys", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: `duplicate key "x"`,
			doc: `{"x": 1, "x": 1}`},
		{name: "YAML duplicate key", into: profile, kind: careerkit.ErrSyntax, line: 3, col: 1, msg: `duplicate key "subject"`,
			doc: "subject: a\nratings: []\nsubject: b\n"},
		{name: "YAML duplicate key in a flow mapping", into: profile, kind: careerkit.ErrSyntax, line: 3, msg: `at "ratings[0]": duplicate key "level"`,
			doc: "subject: a\nratings:\n  - {competency: go, level: 1, level: 2}\n"},
		{name: "YAML keys differing in case", into: catalog, kind: careerkit.ErrSyntax, line: 5, col: 5, msg: `key "ID" repeats key "id" in another case`,
			doc: "competencies:\n  - id: go\n    name: Go\n    kind: hard\n    ID: golang\n"},

		// Trailing data.
		{name: "JSON second document", into: profile, kind: careerkit.ErrSyntax, line: 2, col: 1, msg: "trailing data after the document",
			doc: "{\"subject\": \"a\", \"ratings\": []}\n{}"},
		{name: "JSON trailing garbage", into: profile, kind: careerkit.ErrSyntax, line: 1, col: 33, msg: "trailing data after the document",
			doc: `{"subject": "a", "ratings": []} x`},
		{name: "JSON trailing bracket", into: profile, kind: careerkit.ErrSyntax, line: 1, col: 32, msg: "trailing data",
			doc: `{"subject": "a", "ratings": []}]`},
		{name: "YAML second document", into: profile, kind: careerkit.ErrSyntax, line: 3, msg: "more than one YAML document",
			doc: "subject: a\nratings: []\n---\nsubject: b\nratings: []\n"},
		{name: "YAML empty second document", into: profile, kind: careerkit.ErrSyntax, line: 3, msg: "more than one YAML document",
			doc: "subject: a\nratings: []\n---\n"},

		// Non-finite numbers.
		{name: "JSON NaN is not JSON", into: reqs, kind: careerkit.ErrSyntax, line: 1, col: 45, msg: "unexpected 'N', want a JSON value",
			doc: `[{"competency": "go", "level": 1, "weight": NaN}]`},
		{name: "JSON Infinity is not JSON", into: reqs, kind: careerkit.ErrSyntax, line: 2, col: 13,
			doc: "[{\"competency\": \"go\", \"level\": 1,\n  \"weight\": Infinity}]"},
		{name: "JSON -Infinity is not JSON", into: reqs, kind: careerkit.ErrSyntax, line: 1,
			doc: `[{"competency": "go", "level": 1, "weight": -Infinity}]`},
		{name: "JSON number too large for float64", into: reqs, kind: careerkit.ErrInvalid, path: "[0].weight", rule: "finite", line: 1,
			doc: `[{"competency": "go", "level": 1, "weight": 1e400}]`},
		{name: "YAML .nan", into: reqs, kind: careerkit.ErrSyntax, line: 2, col: 11, msg: `at "[0].weight": .nan is not a finite number`,
			doc: "- competency: go\n  weight: .nan\n"},
		{name: "YAML .NaN", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "not a finite number",
			doc: "- {competency: go, weight: .NaN}\n"},
		{name: "YAML .inf", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: ".inf is not a finite number",
			doc: "- {competency: go, weight: .inf}\n"},
		{name: "YAML -.Inf", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "-.Inf is not a finite number",
			doc: "- {competency: go, weight: -.Inf}\n"},
		{name: "YAML +.INF", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "not a finite number",
			doc: "- {competency: go, weight: +.INF}\n"},
		{name: "YAML NaN in an untyped value", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "not a finite number",
			doc: "x: [.nan]\n"},
		{name: "YAML number too large for float64", into: reqs, kind: careerkit.ErrInvalid, path: "[0].weight", line: 1,
			doc: "- {competency: go, weight: 1e400}\n"},

		// Invalid UTF-8.
		{name: "JSON invalid UTF-8", into: profile, kind: careerkit.ErrSyntax, line: 2, col: 15, msg: "invalid UTF-8",
			doc: "{\"subject\": \"a\",\n \"ratings\": [\"\xff\"]}"},
		{name: "YAML invalid UTF-8", into: profile, kind: careerkit.ErrSyntax, line: 3, col: 18, msg: "invalid UTF-8",
			doc: "subject: a\nratings:\n  - competency: g\xc3o\n"},
		{name: "YAML invalid UTF-8 in a comment", into: profile, kind: careerkit.ErrSyntax, line: 1, col: 3, msg: "invalid UTF-8",
			doc: "# \xed\xa0\x80 a surrogate\nsubject: a\nratings: []\n"},
		{name: "truncated UTF-8 at the end", into: profile, kind: careerkit.ErrSyntax, line: 2, col: 1, msg: "invalid UTF-8",
			doc: "subject: a\n\xe2\x82"},

		// Limits.
		{name: "over MaxBytes", into: profile, kind: careerkit.ErrLimit, msg: "larger than the limit of 30 bytes",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxBytes: 30})},
			doc:  `{"subject": "a", "ratings": [ ]}`},
		{name: "over MaxDepth JSON", into: anything, kind: careerkit.ErrLimit, line: 1, msg: "nests deeper than 3 levels",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxDepth: 3})},
			doc:  `{"a": [{"b": []}]}`},
		{name: "over MaxDepth YAML", into: anything, kind: careerkit.ErrLimit, line: 3, msg: "nests deeper than 3 levels",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxDepth: 3})},
			doc:  "a:\n  - b:\n      c: []\n"},
		{name: "over MaxDepth of a profile", into: profile, kind: careerkit.ErrLimit, msg: "nests deeper than 2 levels",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxDepth: 2})},
			doc:  "subject: a\nratings: [{competency: go, level: 1}]\n"},
		{name: "over default MaxDepth JSON", into: anything, kind: careerkit.ErrLimit, line: 1, msg: "nests deeper than 64 levels",
			doc: strings.Repeat("[", careerkit.DefaultMaxDepth+1) + strings.Repeat("]", careerkit.DefaultMaxDepth+1)},
		{name: "over default MaxDepth YAML", into: anything, kind: careerkit.ErrLimit, line: 1, msg: "nests deeper than 64 levels",
			doc: "x: " + strings.Repeat("[", careerkit.DefaultMaxDepth) + strings.Repeat("]", careerkit.DefaultMaxDepth)},
		{name: "YAML recursive alias", into: anything, kind: careerkit.ErrLimit, line: 1,
			doc: "a: &a [*a]\n"},
		{name: "over MaxString", into: profile, kind: careerkit.ErrLimit, msg: "longer than 8 bytes",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxString: 8})},
			doc:  `{"subject": "abcdefghi", "ratings": []}`},
		{name: "over MaxKey YAML key", into: anything, kind: careerkit.ErrLimit, line: 2, msg: "key longer than 8 bytes",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxKey: 8})},
			doc:  "a: 1\nabcdefghi: 2\n"},
		{name: "over MaxListItems JSON", into: profile, kind: careerkit.ErrLimit, msg: `list at "ratings" has more than 2 items`,
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxListItems: 2})},
			doc:  `{"subject": "a", "ratings": [{}, {}, {}]}`},
		{name: "over MaxListItems YAML", into: profile, kind: careerkit.ErrLimit, msg: `list at "ratings" has more than 2 items`,
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxListItems: 2})},
			doc:  "subject: a\nratings: [{}, {}, {}]\n"},
		{name: "over MaxNodes", into: anything, kind: careerkit.ErrLimit, msg: "more than 4 values",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxNodes: 4})},
			doc:  `[1, 2, 3, 4]`},
		{name: "over MaxAliases", into: reqs, kind: careerkit.ErrLimit, line: 3, msg: "more than 1 alias uses",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxAliases: 1})},
			doc:  "- &r {competency: go, level: 3}\n- *r\n- *r\n"},
		{name: "YAML billion laughs", into: anything, kind: careerkit.ErrLimit, msg: "more than 100 alias uses",
			doc: billionLaughs()},

		// Wrong JSON types.
		{name: "JSON string for an int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", line: 2, msg: "must be an integer, not a string",
			doc: "{\"subject\": \"a\", \"ratings\": [\n{\"competency\": \"go\", \"level\": \"3\"}]}"},
		{name: "YAML quoted int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", line: 3,
			doc: "subject: a\nratings:\n- {competency: go, level: \"3\"}\n"},
		{name: "JSON number for a string", into: profile, kind: careerkit.ErrInvalid, path: "subject", rule: "type", line: 1, msg: "must be a string, not the number 7",
			doc: `{"subject": 7, "ratings": []}`},
		{name: "YAML unquoted number for a string", into: profile, kind: careerkit.ErrInvalid, path: "subject", rule: "type", line: 1,
			doc: "subject: 123\nratings: []\n"},
		{name: "JSON bool for a string", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].competency", rule: "type",
			doc: `{"subject": "a", "ratings": [{"competency": true}]}`},
		{name: "JSON object for a list", into: profile, kind: careerkit.ErrInvalid, path: "ratings", rule: "type", msg: "must be a list, not an object",
			doc: `{"subject": "a", "ratings": {}}`},
		{name: "JSON list for an object", into: profile, kind: careerkit.ErrInvalid, path: "", rule: "type", msg: "must be an object, not a list",
			doc: `[]`},
		{name: "JSON list for a string in a nested list", into: catalog, kind: careerkit.ErrInvalid, path: "competencies[1].parents[0]", rule: "type",
			doc: `{"competencies": [{"id": "a", "name": "A", "kind": "hard"}, {"id": "b", "name": "B", "kind": "hard", "parents": [["a"]]}]}`},
		{name: "JSON scalar document", into: profile, kind: careerkit.ErrInvalid, path: "", rule: "type",
			opts: []careerkit.Option{careerkit.WithFormat(careerkit.FormatJSON)}, doc: `"person-1"`},
		{name: "YAML string for a float", into: reqs, kind: careerkit.ErrInvalid, path: "[0].weight", rule: "type", msg: "must be a number",
			doc: "- {competency: go, level: 1, weight: heavy}\n"},
		{name: "every type problem at once", into: profile, kind: careerkit.ErrInvalid, path: "ratings[1].level", rule: "type",
			doc: `{"subject": 1, "ratings": [{"competency": 2}, {"level": "x"}], "extra": 3}`},

		// Integers with fractions or out of range.
		{name: "JSON fraction for an int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", msg: "not 3.5",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level": 3.5}]}`},
		{name: "JSON 3.0 for an int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level": 3.0}]}`},
		{name: "JSON exponent for an int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level": 1e2}]}`},
		{name: "YAML fraction for an int", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", line: 3,
			doc: "subject: a\nratings:\n- {competency: go, level: 2.5}\n"},
		{name: "YAML float with trailing dot for an int", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: 3.}\n"},
		{name: "YAML float without integer part for an int", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: .3e1}\n"},
		{name: "JSON int above int64", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", msg: "not 9223372036854775808",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level": 9223372036854775808}]}`},
		{name: "JSON int below int64", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type",
			doc: `{"subject": "a", "ratings": [{"competency": "go", "level": -9223372036854775809}]}`},
		{name: "YAML int above int64", into: profile, kind: careerkit.ErrInvalid, path: "ratings[0].level", rule: "type", line: 3,
			doc: "subject: a\nratings:\n- {competency: go, level: 99999999999999999999}\n"},
		{name: "YAML leading zero (octal in YAML 1.1)", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: 010}\n"},
		{name: "YAML plus sign", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: +2}\n"},
		{name: "YAML underscore digits", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: 1_0}\n"},
		{name: "YAML hex int above int64", into: reqs, kind: careerkit.ErrSyntax, line: 1, msg: "is not written as in JSON",
			doc: "- {competency: go, level: 0xFFFFFFFFFFFFFFFF}\n"},

		// Empty documents.
		{name: "empty", into: profile, kind: careerkit.ErrSyntax, msg: "empty document", doc: ""},
		{name: "white space", into: profile, kind: careerkit.ErrSyntax, msg: "empty document", doc: " \n  \n"},
		{name: "white space as JSON", into: profile, kind: careerkit.ErrSyntax, msg: "empty document", doc: " \n",
			opts: []careerkit.Option{careerkit.WithFormat(careerkit.FormatJSON)}},
		{name: "YAML comment only", into: profile, kind: careerkit.ErrSyntax, msg: "empty document", doc: "# nothing here\n"},
		{name: "YAML document marker only", into: catalog, kind: careerkit.ErrSyntax, msg: "empty document", doc: "---\n"},
		{name: "YAML explicit null is not an object", into: profile, kind: careerkit.ErrInvalid, rule: "type", msg: "the document is null, not an object", doc: "--- ~\n"},
		{name: "JSON null is not an object", into: profile, kind: careerkit.ErrInvalid, rule: "type", msg: "the document is null, not an object", doc: "null"},
		{name: "BOM only", into: profile, kind: careerkit.ErrSyntax, msg: "empty document", doc: "\ufeff"},

		// YAML constructs with no JSON meaning.
		{name: "YAML merge key", into: reqs, kind: careerkit.ErrSyntax, line: 3, col: 3, msg: "merge keys (<<) are not supported",
			doc: "- &base {competency: go, level: 1}\n- competency: rust\n  <<: *base\n"},
		{name: "YAML int key", into: profile, kind: careerkit.ErrSyntax, line: 2, col: 1, msg: "keys must be strings",
			doc: "subject: a\n1: b\nratings: []\n"},
		{name: "YAML bool key", into: profile, kind: careerkit.ErrSyntax, line: 2, msg: "keys must be strings",
			doc: "subject: a\ntrue: b\n"},
		{name: "YAML null key", into: profile, kind: careerkit.ErrSyntax, line: 2, msg: "keys must be strings",
			doc: "subject: a\n~: b\n"},
		{name: "YAML float key in a list item", into: profile, kind: careerkit.ErrSyntax, line: 3, msg: `at "ratings[0]": keys must be strings`,
			doc: "subject: a\nratings:\n  - 1.5: x\n"},
		{name: "YAML complex key", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "keys must be strings",
			doc: "? [a, b]\n: c\n"},
		{name: "YAML binary", into: profile, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !!binary",
			doc: "subject: !!binary aGVsbG8=\nratings: []\n"},
		{name: "YAML local tag", into: profile, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !person",
			doc: "subject: !person a\nratings: []\n"},
		{name: "YAML syntax error", into: profile, kind: careerkit.ErrSyntax, line: 2,
			doc: "subject: a\nratings: [\n"},
		{name: "YAML tab indentation", into: profile, kind: careerkit.ErrSyntax,
			doc: "subject: a\nratings:\n\t- competency: go\n"},

		// JSON syntax.
		{name: "JSON unexpected end", into: profile, kind: careerkit.ErrSyntax, line: 2, msg: "unexpected end of document",
			doc: "{\"subject\": \"a\",\n \"ratings\": ["},
		{name: "JSON trailing comma", into: profile, kind: careerkit.ErrSyntax, line: 1,
			doc: `{"subject": "a", "ratings": [],}`},
		{name: "JSON single quotes", into: profile, kind: careerkit.ErrSyntax, line: 1,
			doc: `{'subject': 'a'}`, opts: []careerkit.Option{careerkit.WithFormat(careerkit.FormatJSON)}},
		{name: "JSON comment", into: profile, kind: careerkit.ErrSyntax, line: 1,
			doc: `{"subject": "a", "ratings": []} // done`},
		{name: "YAML read as JSON", into: profile, kind: careerkit.ErrSyntax, line: 1,
			doc: "subject: a\nratings: []\n", opts: []careerkit.Option{careerkit.WithFormat(careerkit.FormatJSON)}},

		// Validation after decoding, with lines.
		{name: "JSON catalog validation", into: catalog, kind: careerkit.ErrInvalid, path: "competencies[1].parents[0]", rule: "exists", line: 4,
			doc: "{\"competencies\": [\n  {\"id\": \"go\", \"name\": \"Go\", \"kind\": \"hard\"},\n  {\"id\": \"coaching\", \"name\": \"Coaching\", \"kind\": \"soft\",\n   \"parents\": [\"nope\"]}]}"},
		{name: "YAML profile validation", into: profile, kind: careerkit.ErrInvalid, path: "ratings[1].assessedAt", rule: "format", line: 5,
			doc: "subject: person-1\nratings:\n  - {competency: go, level: 1}\n  - competency: go\n    assessedAt: 30/09/2026\n"},
		{name: "YAML profile subject not a slug", into: profile, kind: careerkit.ErrInvalid, path: "subject", rule: "slug", line: 2,
			doc: "ratings: []\nsubject: Jane Doe\n"},
		{name: "empty catalog", into: catalog, kind: careerkit.ErrInvalid, path: "competencies", rule: "min", line: 1,
			doc: "competencies: []\n"},
		{name: "catalog without competencies", into: catalog, kind: careerkit.ErrInvalid, path: "competencies", rule: "required",
			doc: "defaultScale: framework\n"},
	}
}

// billionLaughs is a small YAML document whose aliases expand to 10^9 strings.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString(`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n")
	prev := "a"
	for _, c := range "bcdefghi" {
		name := string(c)
		b.WriteString(name + ": &" + name + " [" + strings.TrimSuffix(strings.Repeat("*"+prev+",", 10), ",") + "]\n")
		prev = name
	}
	return b.String()
}

func TestDecodeRejects(t *testing.T) { runRejects(t, rejectCases()) }

// runRejects decodes each case's document and checks it is rejected as the
// case says, without a panic.
func runRejects(t *testing.T, cases []rejectCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := c.into()
			var err error
			require.NotPanics(t, func() { err = careerkit.Decode(strings.NewReader(c.doc), v, c.opts...) }, "Decode(%.80q)", c.doc)
			assertReject(t, c, err)
		})
	}
}

// assertReject checks err against the kind, path, rule, line and message of c.
func assertReject(t *testing.T, c rejectCase, err error) {
	t.Helper()
	call := "Decode(" + c.name + ")"
	require.Error(t, err, "%s: %q", call, c.doc)
	assert.ErrorIs(t, err, c.kind, "%s: kind of %v", call, err)
	for _, other := range []error{careerkit.ErrSyntax, careerkit.ErrLimit, careerkit.ErrInvalid} {
		if other != c.kind {
			assert.NotErrorIs(t, err, other, "%s: kinds are exclusive: %v", call, err)
		}
	}
	if c.msg != "" {
		assert.ErrorContains(t, err, c.msg, "%s: message", call)
	}
	if c.kind == careerkit.ErrInvalid {
		var ve *careerkit.ValidationError
		require.ErrorAs(t, err, &ve, "%s: an ErrInvalid is a *ValidationError: %v", call, err)
		fe, ok := findFieldError(ve.Errors, c.path, c.rule)
		if assert.True(t, ok, "%s: a problem at %q rule %q among %v", call, c.path, c.rule, ve.Errors) && c.line > 0 {
			assert.Equal(t, c.line, fe.Line, "%s: line of the problem at %q", call, c.path)
		}
		return
	}
	var de *careerkit.DecodeError
	require.ErrorAs(t, err, &de, "%s: a syntax or limit error is a *DecodeError: %v", call, err)
	if c.line > 0 {
		assert.Equal(t, c.line, de.Line, "%s: line of %v", call, err)
	}
	if c.col > 0 {
		assert.Equal(t, c.col, de.Column, "%s: column of %v", call, err)
	}
}

func findFieldError(fes []careerkit.FieldError, path, rule string) (careerkit.FieldError, bool) {
	for _, fe := range fes {
		if fe.Path == path && (rule == "" || fe.Rule == rule) {
			return fe, true
		}
	}
	return careerkit.FieldError{}, false
}

func TestDecodeReportsEveryShapeProblem(t *testing.T) {
	doc := `{"subject": 1, "ratings": [{"competency": 2}, {"level": "x", "Source": "self"}], "extra": 3}`
	err := careerkit.Decode(strings.NewReader(doc), new(competency.Profile))
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(%s)", doc)
	var got []string
	for _, fe := range ve.Errors {
		got = append(got, fe.Path+"|"+fe.Rule)
	}
	assert.Equal(t, []string{
		"extra|unknown-field",
		"ratings[0].competency|type",
		"ratings[1].Source|unknown-field",
		"ratings[1].level|type",
		"subject|type",
	}, got, "Decode(%s) reports every problem, sorted by path", doc)
}

func TestDecodeValidationLines(t *testing.T) {
	yamlDoc := `defaultScale: framework
competencies:
  - id: go
    name: Go
    kind: hard
  - id: Coaching
    name: Coaching
    kind: soft
    parents: [go, nope]
  - id: go
    name: Golang
    kind: knowledge
    indicators:
      - level: 9
        text: Off the scale.
`
	jsonDoc := `{
  "defaultScale": "framework",
  "competencies": [
    {"id": "go", "name": "Go", "kind": "hard"},
    {"id": "Coaching",
     "name": "Coaching", "kind": "soft",
     "parents": ["go",
                 "nope"]},
    {"id": "go", "name": "Golang", "kind": "knowledge",
     "indicators": [
       {"level": 9,
        "text": "Off the scale."}]}
  ]
}`
	cases := []struct {
		name string
		doc  string
		want map[string]int // path|rule → line
	}{
		{"YAML", yamlDoc, map[string]int{
			"competencies[1].id|slug":                   6,
			"competencies[1].parents[1]|exists":         9,
			"competencies[2].id|unique":                 10,
			"competencies[2].indicators[0].level|level": 14,
		}},
		{"JSON", jsonDoc, map[string]int{
			"competencies[1].id|slug":                   5,
			"competencies[1].parents[1]|exists":         8,
			"competencies[2].id|unique":                 9,
			"competencies[2].indicators[0].level|level": 11,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := careerkit.Decode(strings.NewReader(c.doc), new(competency.Catalog))
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Decode(%s catalog)", c.name)
			assert.ErrorIs(t, err, careerkit.ErrInvalid, "Decode(%s catalog)", c.name)
			assert.ErrorIs(t, err, careerkit.ErrUnknownCompetency, "Decode(%s catalog): the unknown parent's sentinel", c.name)
			assert.ErrorIs(t, err, careerkit.ErrDuplicate, "Decode(%s catalog): the duplicate ID's sentinel", c.name)
			got := map[string]int{}
			for _, fe := range ve.Errors {
				got[fe.Path+"|"+fe.Rule] = fe.Line
			}
			assert.Equal(t, c.want, got, "Decode(%s catalog): problems and their lines", c.name)
		})
	}
}

func TestDecodeDefaultMaxBytes(t *testing.T) {
	const prefix = `{"subject": "a", "ratings": []}`
	atLimit := prefix + strings.Repeat(" ", careerkit.DefaultMaxBytes-len(prefix))
	require.Len(t, atLimit, 4<<20, "the document at the limit is 4 MiB")

	var p competency.Profile
	assert.NoError(t, careerkit.Decode(strings.NewReader(atLimit), &p), "Decode(4 MiB document)")

	err := careerkit.Decode(strings.NewReader(atLimit+" "), new(competency.Profile))
	assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(4 MiB + 1 document)")
	assert.ErrorContains(t, err, "larger than the limit of 4194304 bytes", "Decode(4 MiB + 1 document)")

	// The limit stops reading: an endless reader is not drained.
	err = careerkit.Decode(io.MultiReader(strings.NewReader(prefix), endless{}), new(competency.Profile))
	assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(endless document)")

	// A larger limit lets the larger document through.
	err = careerkit.Decode(strings.NewReader(atLimit+" "), new(competency.Profile), careerkit.WithLimits(careerkit.Limits{MaxBytes: 5 << 20}))
	assert.NoError(t, err, "Decode(4 MiB + 1 document, WithLimits(MaxBytes: 5 MiB))")
}

func TestDecodeMaxBytesBoundary(t *testing.T) {
	doc := `{"subject": "a", "ratings": []}`
	for _, c := range []struct {
		max  int64
		fail bool
	}{{int64(len(doc)) - 1, true}, {int64(len(doc)), false}, {int64(len(doc)) + 1, false}, {1<<63 - 1, false}} {
		err := careerkit.Decode(strings.NewReader(doc), new(competency.Profile), careerkit.WithLimits(careerkit.Limits{MaxBytes: c.max}))
		if c.fail {
			assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(%d-byte document, MaxBytes: %d)", len(doc), c.max)
		} else {
			assert.NoError(t, err, "Decode(%d-byte document, MaxBytes: %d)", len(doc), c.max)
		}
	}
}

func TestDecodeMaxDepthBoundary(t *testing.T) {
	for _, depth := range []int{careerkit.DefaultMaxDepth - 1, careerkit.DefaultMaxDepth, careerkit.DefaultMaxDepth + 1} {
		docs := map[string]string{
			"JSON":                  strings.Repeat("[", depth) + strings.Repeat("]", depth),
			"JSON with a scalar":    strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth),
			"YAML flow":             "x: " + strings.Repeat("[", depth-1) + strings.Repeat("]", depth-1),
			"YAML with a scalar":    "x: " + strings.Repeat("[", depth-1) + "1" + strings.Repeat("]", depth-1),
			"YAML through an alias": "a: &a " + strings.Repeat("[", depth-1) + "1" + strings.Repeat("]", depth-1) + "\nb: *a\n",
		}
		for name, doc := range docs {
			err := careerkit.Decode(strings.NewReader(doc), new(any))
			if depth > careerkit.DefaultMaxDepth {
				assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(%s nested %d deep)", name, depth)
			} else {
				assert.NoError(t, err, "Decode(%s nested %d deep): the limit counts lists and maps, not scalars or aliases", name, depth)
			}
		}
	}
}

func TestDecodeBillionLaughsFailsFast(t *testing.T) {
	doc := billionLaughs()
	require.Less(t, len(doc), 1024, "the billion laughs document is small")
	start := time.Now()
	err := careerkit.Decode(strings.NewReader(doc), new(any))
	elapsed := time.Since(start)
	assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(billion laughs)")
	assert.Less(t, elapsed, time.Second, "Decode(billion laughs) fails fast")

	// With a high alias cap, the node cap stops the expansion.
	start = time.Now()
	err = careerkit.Decode(strings.NewReader(doc), new(any), careerkit.WithLimits(careerkit.Limits{MaxAliases: 1 << 30, MaxNodes: 10_000}))
	assert.ErrorIs(t, err, careerkit.ErrLimit, "Decode(billion laughs, MaxAliases: 2^30, MaxNodes: 10000)")
	assert.ErrorContains(t, err, "more than 10000 values", "Decode(billion laughs, MaxAliases: 2^30, MaxNodes: 10000)")
	assert.Less(t, time.Since(start), time.Second, "Decode(billion laughs, MaxAliases: 2^30, MaxNodes: 10000) stops at MaxNodes")
}

// endless is a reader of spaces that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestDecodeBadTargets(t *testing.T) {
	cases := []struct {
		name   string
		target any
	}{
		{"nil", nil},
		{"struct value", competency.Profile{}},
		{"nil pointer", (*competency.Profile)(nil)},
		{"map value", map[string]any{}},
		{"string", "x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var err error
			r := &countingReader{r: strings.NewReader("subject: a\nratings: []\n")}
			require.NotPanics(t, func() { err = careerkit.Decode(r, c.target) }, "Decode into %#v", c.target)
			require.Error(t, err, "Decode into %#v", c.target)
			assert.ErrorContains(t, err, "target must be a non-nil pointer", "Decode into %#v", c.target)
			for _, sentinel := range []error{careerkit.ErrSyntax, careerkit.ErrLimit, careerkit.ErrInvalid} {
				assert.NotErrorIs(t, err, sentinel, "Decode into %#v: a programming error is not a document error", c.target)
			}
			assert.Zero(t, r.n, "Decode into %#v reads nothing", c.target)
		})
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestDecodeWithoutValidate(t *testing.T) {
	doc := "competencies:\n  - {id: go, name: Go, kind: hard}\n  - {id: go, name: Golang, kind: hard}\n"
	var c competency.Catalog
	require.NoError(t, careerkit.Decode(strings.NewReader(doc), &c, careerkit.WithoutValidate()), "Decode(duplicate IDs, WithoutValidate())")
	assert.Len(t, c.Competencies, 2, "Decode(duplicate IDs, WithoutValidate()) decodes both")

	err := careerkit.Decode(strings.NewReader(doc), new(competency.Catalog))
	assert.ErrorIs(t, err, careerkit.ErrDuplicate, "Decode(duplicate IDs) validates")

	err = careerkit.Decode(strings.NewReader("competencies: [{id: go, nmae: Go}]\n"), new(competency.Catalog), careerkit.WithoutValidate())
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Decode(unknown field, WithoutValidate()) still rejects the shape")
}

func TestDecodeFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600), "WriteFile(%s)", name)
		return p
	}
	t.Run("formats by extension", func(t *testing.T) {
		for _, name := range []string{"catalog.json", "catalog.JSON", "catalog.yaml", "catalog.yml", "catalog.YML", "catalog.txt", "catalog"} {
			content := catalogYAML
			if strings.HasPrefix(strings.ToLower(filepath.Ext(name)), ".json") {
				content = catalogJSON
			}
			var c competency.Catalog
			require.NoError(t, careerkit.DecodeFile(write(name, content), &c), "DecodeFile(%s)", name)
			assert.Equal(t, wantCatalog(), c, "DecodeFile(%s)", name)
		}
	})

	t.Run("a .json file is parsed as JSON only", func(t *testing.T) {
		path := write("yaml-inside.json", catalogYAML)
		err := careerkit.DecodeFile(path, new(competency.Catalog))
		assert.ErrorIs(t, err, careerkit.ErrSyntax, "DecodeFile(%s) with YAML content", path)
		var de *careerkit.DecodeError
		require.ErrorAs(t, err, &de, "DecodeFile(%s)", path)
		assert.Equal(t, path, de.Name, "DecodeFile(%s): DecodeError.Name", path)
		assert.Equal(t, 1, de.Line, "DecodeFile(%s): line", path)
		assert.ErrorContains(t, err, path+":1:", "DecodeFile(%s): the message names the file and line", path)
	})

	t.Run("a .yaml file with JSON is read as YAML", func(t *testing.T) {
		var c competency.Catalog
		require.NoError(t, careerkit.DecodeFile(write("json-inside.yaml", catalogJSON), &c), "DecodeFile(json-inside.yaml)")
		assert.Equal(t, wantCatalog(), c, "DecodeFile(json-inside.yaml)")
	})

	t.Run("WithFormat overrides the extension", func(t *testing.T) {
		var c competency.Catalog
		err := careerkit.DecodeFile(write("catalog.data.json", catalogYAML), &c, careerkit.WithFormat(careerkit.FormatYAML))
		require.NoError(t, err, "DecodeFile(catalog.data.json, WithFormat(YAML))")
		assert.Equal(t, wantCatalog(), c, "DecodeFile(catalog.data.json, WithFormat(YAML))")
	})

	t.Run("shape errors name the file", func(t *testing.T) {
		path := write("unknown.yaml", "competencies:\n  - id: go\n    nmae: Go\n")
		err := careerkit.DecodeFile(path, new(competency.Catalog))
		var ve *careerkit.ValidationError
		require.ErrorAs(t, err, &ve, "DecodeFile(%s)", path)
		assert.Contains(t, ve.Subject, path, "DecodeFile(%s): subject names the file", path)
		fe, ok := findFieldError(ve.Errors, "competencies[0].nmae", "unknown-field")
		require.True(t, ok, "DecodeFile(%s): the unknown field among %v", path, ve.Errors)
		assert.Equal(t, 3, fe.Line, "DecodeFile(%s): line of the unknown field", path)
	})

	t.Run("validation errors name the file", func(t *testing.T) {
		path := write("invalid.yml", "competencies:\n  - id: go\n    name: Go\n    kind: hard\n    parents: [nope]\n")
		err := careerkit.DecodeFile(path, new(competency.Catalog))
		var ve *careerkit.ValidationError
		require.ErrorAs(t, err, &ve, "DecodeFile(%s)", path)
		assert.True(t, strings.HasPrefix(err.Error(), path+": "), "DecodeFile(%s): %q starts with the file name", path, err.Error())
		fe, ok := findFieldError(ve.Errors, "competencies[0].parents[0]", "exists")
		require.True(t, ok, "DecodeFile(%s): the unknown parent among %v", path, ve.Errors)
		assert.Equal(t, 5, fe.Line, "DecodeFile(%s): line of the unknown parent", path)
	})

	t.Run("limits apply", func(t *testing.T) {
		path := write("big.yaml", catalogYAML)
		err := careerkit.DecodeFile(path, new(competency.Catalog), careerkit.WithLimits(careerkit.Limits{MaxBytes: 16}))
		assert.ErrorIs(t, err, careerkit.ErrLimit, "DecodeFile(%s, MaxBytes: 16)", path)
		assert.ErrorContains(t, err, path, "DecodeFile(%s, MaxBytes: 16) names the file", path)
	})

	t.Run("missing file", func(t *testing.T) {
		path := filepath.Join(dir, "missing.yaml")
		err := careerkit.DecodeFile(path, new(competency.Catalog))
		assert.ErrorIs(t, err, fs.ErrNotExist, "DecodeFile(%s)", path)
		assert.ErrorContains(t, err, path, "DecodeFile(%s) names the file", path)
	})

	t.Run("bad target", func(t *testing.T) {
		path := write("target.yaml", catalogYAML)
		var c competency.Catalog
		assert.NotPanics(t, func() {
			err := careerkit.DecodeFile(path, c)
			assert.ErrorContains(t, err, "non-nil pointer", "DecodeFile(%s, non-pointer)", path)
		}, "DecodeFile(%s, non-pointer)", path)
	})
}

// exampleValues returns the sample data of package examples as the model
// values this package decodes: the catalog, the role's requirements and the
// candidates' profiles.
func exampleValues(t testing.TB) map[string]any {
	t.Helper()
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	role, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	senior, err := examples.SeniorEngineer()
	require.NoError(t, err, "examples.SeniorEngineer()")
	manager, err := examples.EngineeringManager()
	require.NoError(t, err, "examples.EngineeringManager()")
	return map[string]any{
		"catalog":                     &cat,
		"manager role requirements":   &role.Requirements,
		"senior engineer profile":     &senior.Profile,
		"engineering manager profile": &manager.Profile,
	}
}

func TestDecodeExampleData(t *testing.T) {
	for name, v := range exampleValues(t) {
		t.Run(name, func(t *testing.T) {
			fresh := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			assertRoundTrip(t, name, v, fresh)
		})
	}
	// Every sample file is well-formed under the strict rules, whatever it holds.
	err := fs.WalkDir(examples.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(examples.FS(), path)
		require.NoError(t, err, "ReadFile(%s)", path)
		assert.NoError(t, careerkit.Decode(bytes.NewReader(b), new(any), careerkit.WithName(path)), "Decode(%s) into any", path)
		return nil
	})
	require.NoError(t, err, "walking examples.FS()")
}

// assertRoundTrip encodes v as JSON, decodes it strictly into fresh (a new
// value of v's type) and checks that nothing was lost: the values are equal
// up to nil versus empty slices, which omitempty cannot tell apart, and the
// second encoding is the first.
func assertRoundTrip(t *testing.T, name string, v, fresh any) {
	t.Helper()
	enc, err := json.Marshal(v)
	require.NoError(t, err, "json.Marshal(%s)", name)
	// Encoded JSON may be larger than its source (escaping, expanded YAML
	// aliases); the size limit is not what this checks.
	err = careerkit.Decode(bytes.NewReader(enc), fresh, careerkit.WithLimits(careerkit.Limits{MaxBytes: 1 << 30}))
	require.NoError(t, err, "Decode(json.Marshal(%s)): %s", name, enc)
	again, err := json.Marshal(fresh)
	require.NoError(t, err, "json.Marshal(Decode(json.Marshal(%s)))", name)
	assert.Equal(t, string(enc), string(again), "%s: the JSON round trip is stable", name)
	assert.Equal(t, emptyToNil(v), emptyToNil(fresh), "%s: decode → encode → decode gives an equal value", name)
}

// emptyToNil returns a copy of the value v points to with empty slices made
// nil. It is written out by hand, without JSON, so it cannot hide a JSON bug.
func emptyToNil(v any) any {
	switch v := v.(type) {
	case *competency.Catalog:
		c := *v
		c.Scales = nilIfEmpty(c.Scales)
		c.Competencies = nilIfEmpty(c.Competencies)
		if c.Scales != nil {
			scales := make([]competency.Scale, len(c.Scales))
			for i, s := range c.Scales {
				s.Levels = nilIfEmpty(s.Levels)
				scales[i] = s
			}
			c.Scales = scales
		}
		comps := make([]competency.Competency, len(c.Competencies))
		for i, comp := range c.Competencies {
			comp.Parents = nilIfEmpty(comp.Parents)
			comp.Aliases = nilIfEmpty(comp.Aliases)
			comp.Indicators = nilIfEmpty(comp.Indicators)
			comp.DefinedLevels = nilIfEmpty(comp.DefinedLevels)
			comp.SameAs = nilIfEmpty(comp.SameAs)
			comp.Tags = nilIfEmpty(comp.Tags)
			comps[i] = comp
		}
		if c.Competencies != nil {
			c.Competencies = comps
		}
		return c
	case *competency.Profile:
		p := *v
		p.Ratings = nilIfEmpty(p.Ratings)
		return p
	case *[]competency.Requirement:
		return nilIfEmpty(*v)
	}
	return v
}

func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestDecodeErrorText(t *testing.T) {
	cases := []struct {
		name string
		err  careerkit.DecodeError
		want string
	}{
		{"reader, no position", careerkit.DecodeError{Msg: "empty document"}, "careerkit: decode document: empty document"},
		{"file, line", careerkit.DecodeError{Name: "a.yaml", Line: 3, Msg: "m"}, "careerkit: decode a.yaml:3: m"},
		{"file, line and column", careerkit.DecodeError{Name: "a.json", Line: 3, Column: 7, Msg: "m"}, "careerkit: decode a.json:3:7: m"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.err.Error(), "(*DecodeError).Error() of %+v", c.err)
		})
	}
	err := &careerkit.DecodeError{Msg: "m", Err: careerkit.ErrLimit}
	assert.True(t, errors.Is(err, careerkit.ErrLimit), "DecodeError unwraps to its sentinel")
}
