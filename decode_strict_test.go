package careerkit_test

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
)

func strings_() any      { return new([]string) }
func intMap() any        { return new(map[string]int) }
func stringMap() any     { return new(map[string]string) }
func ratingsOnly() any   { return new([]competency.Rating) }
func profileStrict() any { return new(competency.Profile) }

// strictCases are the gaps in strictness: each was accepted (or refused
// for the wrong reason) before.
func strictCases() []rejectCase {
	long := strings.Repeat("k", 1025)
	return []rejectCase{
		// YAML tags on collections are refused like tags on scalars.
		{name: "YAML python tag on a mapping", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !!python/object:os.system",
			doc: "!!python/object:os.system {a: 1}\n"},
		{name: "YAML local tag on a sequence", into: anything, kind: careerkit.ErrSyntax, line: 2, col: 4, msg: "unsupported YAML tag !evil",
			doc: "a: 1\nb: !evil [1, 2]\n"},
		{name: "YAML set tag", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !!set",
			doc: "!!set {a, b}\n"},
		{name: "YAML omap tag", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !!omap",
			doc: "!!omap [{a: 1}]\n"},
		{name: "YAML binary tag on a scalar", into: anything, kind: careerkit.ErrSyntax, line: 1, msg: "unsupported YAML tag !!binary",
			doc: "a: !!binary aGVsbG8=\n"},
		// A YAML directive other than 1.1 and 1.2 is refused.
		{name: "YAML 2.0 directive", into: anything, kind: careerkit.ErrSyntax,
			doc: "%YAML 2.0\n---\na: 1\n"},

		// JSON escapes: lone surrogates and invalid escapes are refused,
		// not replaced by U+FFFD.
		{name: "JSON lone high surrogate", into: strings_, kind: careerkit.ErrSyntax, line: 1, col: 3, msg: `unpaired UTF-16 surrogate \uD800`,
			doc: `["\ud800"]`},
		{name: "JSON lone low surrogate", into: strings_, kind: careerkit.ErrSyntax, line: 1, col: 4, msg: `unpaired UTF-16 surrogate \uDC00`,
			doc: `["a\udc00"]`},
		{name: "JSON high surrogate before a letter", into: strings_, kind: careerkit.ErrSyntax, msg: "unpaired",
			doc: `["\ud800\u0041"]`},
		{name: "JSON two high surrogates", into: strings_, kind: careerkit.ErrSyntax, msg: "unpaired",
			doc: `["\ud800\ud800"]`},
		{name: "JSON high surrogate at the end", into: strings_, kind: careerkit.ErrSyntax, msg: "unpaired",
			doc: `["x\ud83d"]`},
		{name: "JSON invalid escape \\x", into: strings_, kind: careerkit.ErrSyntax, line: 1, col: 3, msg: `invalid escape \x`,
			doc: `["\x41"]`},
		{name: "JSON invalid escape \\a", into: strings_, kind: careerkit.ErrSyntax, msg: `invalid escape \a`,
			doc: `["\a"]`},
		{name: "JSON short \\u escape", into: strings_, kind: careerkit.ErrSyntax, msg: `four hex digits`,
			doc: `["\u12"]`},
		{name: "JSON raw tab in a string", into: strings_, kind: careerkit.ErrSyntax, msg: "control character U+0009",
			doc: "[\"a\tb\"]"},
		{name: "JSON escaped key that is a lone surrogate", into: intMap, kind: careerkit.ErrSyntax, msg: "unpaired",
			doc: `{"\udfff": 1}`},
		{name: "YAML escape that names no character", into: strings_, kind: careerkit.ErrSyntax, msg: "invalid Unicode character escape",
			doc: `["\ud800"]` + "\n# a YAML comment makes this YAML\n", opts: []careerkit.Option{careerkit.WithFormat(careerkit.FormatYAML)}},

		// Duplicate keys under Unicode simple case folding, in both formats.
		{name: "JSON s and long s", into: intMap, kind: careerkit.ErrSyntax, line: 1, msg: `key "ſubject" repeats key "subject" in another case`,
			doc: `{"subject": 1, "ſubject": 2}`},
		{name: "JSON sigma and final sigma", into: intMap, kind: careerkit.ErrSyntax, msg: `key "ς" repeats key "σ" in another case`,
			doc: `{"σ": 1, "ς": 2}`},
		{name: "JSON capital sigma and final sigma", into: intMap, kind: careerkit.ErrSyntax, msg: `key "ς" repeats key "Σ" in another case`,
			doc: `{"Σ": 1, "ς": 2}`},
		{name: "JSON k and Kelvin sign", into: intMap, kind: careerkit.ErrSyntax, msg: "repeats key",
			doc: `{"k": 1, "K": 2}`},
		{name: "JSON escaped duplicate", into: intMap, kind: careerkit.ErrSyntax, msg: `duplicate key "id"`,
			doc: `{"id": 1, "\u0069d": 2}`},
		{name: "YAML s and long s", into: intMap, kind: careerkit.ErrSyntax, line: 2, msg: `key "ſubject" repeats key "subject" in another case`,
			doc: "subject: 1\nſubject: 2\n"},
		{name: "YAML sigma and final sigma", into: intMap, kind: careerkit.ErrSyntax, line: 2, msg: "repeats key",
			doc: "σ: 1\nς: 2\n"},
		{name: "JSON duplicate among many keys", into: intMap, kind: careerkit.ErrSyntax, msg: `key "K17" repeats key "k17"`,
			doc: manyKeys(40, `, "K17": 0`, false)},
		{name: "YAML duplicate among many keys", into: intMap, kind: careerkit.ErrSyntax, msg: `key "ſ3" repeats key "s3"`,
			doc: manyKeys(40, "ſ3: 0\n", true)},

		// Long keys are a limit, with the line, in both formats.
		{name: "YAML plain key over 1,024 bytes", into: anything, kind: careerkit.ErrLimit, line: 2, msg: "key longer than 1024 bytes (1025)",
			doc: "a: 1\n" + long + ": 2\n"},
		{name: "YAML nested plain key over 1,024 bytes", into: anything, kind: careerkit.ErrLimit, line: 3, msg: "key longer than 1024 bytes",
			doc: "a:\n  b: 1\n  " + long + ": 2\n"},
		{name: "YAML quoted key over MaxKey", into: anything, kind: careerkit.ErrLimit, line: 1, msg: "key longer than 10 bytes",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxKey: 10})},
			doc:  "\"abcdefghijk\": 2\n"},
		{name: "JSON key over 1,024 bytes", into: anything, kind: careerkit.ErrLimit, line: 2, col: 3, msg: "key longer than 1024 bytes (1025)",
			doc: "{\"a\": 1,\n  \"" + long + "\": 2}"},
		{name: "YAML anchor name over MaxKey", into: anything, kind: careerkit.ErrLimit, msg: "anchor name",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxKey: 4})},
			doc:  "a: &abcdefgh 1\nb: *abcdefgh\n"},

		// Aliases may not grow the document past its own size plus 64 KiB.
		{name: "YAML aliases repeating a long string", into: anything, kind: careerkit.ErrLimit, msg: "aliases repeat more than",
			doc: "s: &s " + strings.Repeat("x", 2000) + "\nl: [" + strings.TrimSuffix(strings.Repeat("*s, ", 40), ", ") + "]\n"},

		// MaxDepth is held to 10,000 however high it is set, so that no
		// document can exhaust the stack.
		{name: "JSON nesting past the depth ceiling", into: anything, kind: careerkit.ErrLimit, line: 1, col: 10001, msg: "nests deeper than 10000 levels",
			opts: []careerkit.Option{careerkit.WithLimits(careerkit.Limits{MaxDepth: 1 << 30})},
			doc:  strings.Repeat("[", 20_000)},

		// Columns are counted in characters, on long minified lines.
		{name: "JSON error after multi-byte characters", into: anything, kind: careerkit.ErrSyntax, line: 1, col: 13, msg: "unexpected 'x'",
			doc: `{"é": "ü€", x}`},
		{name: "JSON type error far along a minified line", into: ratingsOnly, kind: careerkit.ErrInvalid, path: "[2000].level", rule: "type", line: 1,
			doc: "[" + strings.Repeat(`{"competency":"go","level":1},`, 2000) + `{"competency":"go","level":"x"}]`},
	}
}

// manyKeys writes an object with n distinct keys k0…k(n-1) (s0… in YAML),
// then extra.
func manyKeys(n int, extra string, yaml bool) string {
	var b strings.Builder
	if yaml {
		for i := range n {
			fmt.Fprintf(&b, "s%d: %d\n", i, i)
		}
		b.WriteString(extra)
		return b.String()
	}
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `"k%d": %d`, i, i)
	}
	b.WriteString(extra + "}")
	return b.String()
}

func TestDecodeStrict(t *testing.T) { runRejects(t, strictCases()) }

// TestDecodeAccepts covers documents refused before that are valid.
func TestDecodeAccepts(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		into func() any
		opts []careerkit.Option
		want any
	}{
		{"YAML 1.2 directive", "%YAML 1.2\n---\n[a, b]\n", strings_, nil, &[]string{"a", "b"}},
		{"YAML 1.2 directive after a comment", "# list\n%YAML 1.2\n---\n- a\n", strings_, nil, &[]string{"a"}},
		{"YAML 1.1 directive", "%YAML 1.1\n---\n- a\n", strings_, nil, &[]string{"a"}},
		{"YAML explicit map and seq tags", "!!map {a: !!seq [1, 2]}\n", anything, nil, ptr(any(map[string]any{"a": []any{1.0, 2.0}}))},
		{"YAML explicit str tag", "a: !!str 123\n", stringMap, nil, &map[string]string{"a": "123"}},
		{"YAML flow list of words that start like JSON literals", "[trueish, nullable, falsey]", strings_, nil, &[]string{"trueish", "nullable", "falsey"}},
		{"YAML flow list starting with a number-like word", "[1st, 2nd]", strings_, nil, &[]string{"1st", "2nd"}},
		{"YAML flow list starting with a negative word", "[-x, y]", strings_, nil, &[]string{"-x", "y"}},
		{"JSON list of literals", "[true, false]", anything, nil, ptr(any([]any{true, false}))},
		{"JSON list starting with null", "[null, 1]", anything, nil, ptr(any([]any{nil, 1.0}))},
		{"JSON surrogate pair", `["\ud83d\ude00"]`, strings_, nil, &[]string{"😀"}},
		{"JSON escapes", `["\"\\\/\b\f\n\r\t\u00e9"]`, strings_, nil, &[]string{"\"\\/\b\f\n\r\té"}},
		{"JSON key of exactly 1,024 bytes", `{"` + strings.Repeat("k", 1024) + `": 1}`, intMap, nil, &map[string]int{strings.Repeat("k", 1024): 1}},
		{"YAML key of exactly 1,024 bytes", strings.Repeat("k", 1024) + ": 1\n", intMap, nil, &map[string]int{strings.Repeat("k", 1024): 1}},
		{"YAML aliases within the expansion limit", "s: &s abc\nl: [*s, *s]\n", anything, nil, ptr(any(map[string]any{"s": "abc", "l": []any{"abc", "abc"}}))},
		{"JSON distinct keys that fold differently", `{"ß": 1, "ss": 2}`, intMap, nil, &map[string]int{"ß": 1, "ss": 2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := c.into()
			require.NoError(t, careerkit.Decode(strings.NewReader(c.doc), v, c.opts...), "Decode(%.80q)", c.doc)
			assert.Equal(t, c.want, v, "Decode(%.80q)", c.doc)
		})
	}
}

// TestDecodeReadErrors checks that input that cannot be read is a read
// error, not a syntax error.
func TestDecodeReadErrors(t *testing.T) {
	dir := t.TempDir()
	var p competency.Profile

	err := careerkit.DecodeFile(dir, &p)
	require.Error(t, err, "DecodeFile(a directory)")
	assert.ErrorIs(t, err, careerkit.ErrRead, "DecodeFile(a directory): %v", err)
	assert.NotErrorIs(t, err, careerkit.ErrSyntax, "DecodeFile(a directory) is no syntax error: %v", err)
	var de *careerkit.DecodeError
	require.ErrorAs(t, err, &de, "DecodeFile(a directory) is a *DecodeError")
	assert.Equal(t, dir, de.Name, "DecodeFile(a directory) names it")

	missing := filepath.Join(dir, "missing.yaml")
	err = careerkit.DecodeFile(missing, &p)
	assert.ErrorIs(t, err, careerkit.ErrRead, "DecodeFile(missing): %v", err)
	assert.ErrorIs(t, err, fs.ErrNotExist, "DecodeFile(missing) keeps the cause: %v", err)

	err = careerkit.Decode(failingReader{}, &p)
	assert.ErrorIs(t, err, careerkit.ErrRead, "Decode(failing reader): %v", err)
	assert.ErrorIs(t, err, errBroken, "Decode(failing reader) keeps the cause: %v", err)
	assert.NotErrorIs(t, err, careerkit.ErrSyntax, "Decode(failing reader) is no syntax error")
}

var errBroken = errors.New("broken pipe")

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errBroken }

// TestDecodeLeavesTargetOnError checks that a document of the wrong shape
// leaves the target as it was, and that a good one replaces it.
func TestDecodeLeavesTargetOnError(t *testing.T) {
	before := role.Candidate{Profile: competency.Profile{Subject: "before", Ratings: []competency.Rating{{Competency: "go", Level: 2}}}}
	for name, doc := range map[string]string{
		"a wrong type":                 `{"profile": {"subject": "after", "ratings": [{"competency": "go", "level": "x"}]}}`,
		"a value its own type refuses": `{"profile": {"subject": "after", "ratings": []}, "expectedPay": {"currency": "USX", "period": "year", "amount": 1}}`,
	} {
		c := before
		err := careerkit.Decode(strings.NewReader(doc), &c)
		require.ErrorIs(t, err, careerkit.ErrInvalid, "Decode(%s)", name)
		assert.Equal(t, before, c, "Decode(%s) leaves the candidate as it was", name)
	}
	c := before
	require.NoError(t, careerkit.Decode(strings.NewReader(`{"profile": {"subject": "after", "ratings": []}}`), &c), "Decode(good)")
	assert.Equal(t, role.Candidate{Profile: competency.Profile{Subject: "after", Ratings: []competency.Rating{}}}, c, "Decode(good) replaces the candidate")
}

// TestDecodeErrorCap checks that a document with very many problems of
// shape reports the first MaxFieldErrors and counts the rest.
func TestDecodeErrorCap(t *testing.T) {
	doc := "[" + strings.TrimSuffix(strings.Repeat(`"x",`, 5000), ",") + "]"
	var v []int
	err := careerkit.Decode(strings.NewReader(doc), &v)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(5,000 strings into []int)")
	// 1,000 listed, then one problem that counts the other 4,000.
	require.Len(t, ve.Errors, 1001, "Decode(5,000 strings into []int) caps the list")
	last := ve.Errors[0] // the counting problem has no path, so it sorts first
	assert.Equal(t, "limit", last.Rule, "the counting problem's rule")
	assert.Contains(t, last.Message, "4000 more problems", "the counting problem's message")
	assert.ErrorIs(t, err, careerkit.ErrLimit, "a capped list also matches ErrLimit")
}

// TestDecodeNestedLongKeys decodes the shape that stored a full path for
// every value (32 nested keys of 1,000 bytes around a list of zeros), and
// checks that problems deep inside it still carry their whole path.
func TestDecodeNestedLongKeys(t *testing.T) {
	doc := nestedKeys(32, 1000, 20_000, false)
	var v any
	require.NoError(t, careerkit.Decode(strings.NewReader(string(doc)), &v), "Decode(nested long keys)")

	type deep struct {
		A []int `json:"a"`
	}
	bad := `{"a": [0, 0, "x"], "` + strings.Repeat("k", 1000) + `": 1}`
	var d deep
	err := careerkit.Decode(strings.NewReader(bad), &d)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(bad deep)")
	_, ok := findFieldError(ve.Errors, "a[2]", "type")
	assert.True(t, ok, "a[2] is reported: %v", ve.Errors)
	_, ok = findFieldError(ve.Errors, strings.Repeat("k", 1000), "unknown-field")
	assert.True(t, ok, "the long unknown key is reported with its path")
}

// TestDecodeYAMLAliasPositions checks that a problem inside an aliased
// value is placed at the alias, where the reader looks.
func TestDecodeYAMLAliasPositions(t *testing.T) {
	doc := "defaults: &d {competency: go, level: x}\nratings:\n  - *d\n"
	type holder struct {
		Defaults map[string]any      `json:"defaults"`
		Ratings  []competency.Rating `json:"ratings"`
	}
	var h holder
	err := careerkit.Decode(strings.NewReader(doc), &h)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Decode(alias with a bad level)")
	fe, ok := findFieldError(ve.Errors, "ratings[0].level", "type")
	require.True(t, ok, "ratings[0].level is reported: %v", ve.Errors)
	assert.Equal(t, 3, fe.Line, "the problem is placed at the alias on line 3")
}

// TestDecodeStdinLike checks that Decode reads a stream once, to its end,
// as a pipe gives it.
func TestDecodeStdinLike(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err, "os.Pipe")
	go func() {
		io.WriteString(w, "subject: piped\nratings: []\n")
		w.Close()
	}()
	var p competency.Profile
	require.NoError(t, careerkit.Decode(r, &p), "Decode(pipe)")
	assert.Equal(t, competency.SubjectID("piped"), p.Subject, "Decode(pipe)")
}
