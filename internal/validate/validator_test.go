package validate_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
)

func TestIsSlugAgreesWithThePattern(t *testing.T) {
	// The loop against the regular expression the schemas publish, on
	// strings drawn from an alphabet of letters, digits, separators and
	// others, and on every string of up to three bytes of that alphabet.
	re := regexp.MustCompile(validate.SlugPattern)
	alphabet := []byte("az09._-A /\xe9")
	check := func(s string) {
		want := len(s) <= validate.MaxSlugLen && re.MatchString(s)
		require.Equal(t, want, validate.IsSlug(s), "IsSlug(%q)", s)
	}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			all(prefix+string(c), n-1)
		}
	}
	all("", 3)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(70))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(string(b))
	}
}

func TestIsSlug(t *testing.T) {
	max := strings.Repeat("a", validate.MaxSlugLen)
	cases := []struct {
		name string
		in   string
		want bool
	}{
		{"one letter", "a", true},
		{"one digit", "7", true},
		{"word", "coaching", true},
		{"hyphen", "distributed-systems", true},
		{"dot", "onet.2", true},
		{"underscore", "a_b", true},
		{"mixed separators", "a-b.c_d-9", true},
		{"64 bytes", max, true},
		{"64 bytes with separators", strings.Repeat("ab-", 21) + "a", true},
		{"65 bytes", max + "a", false},
		{"65 bytes with separators", strings.Repeat("ab-", 21) + "ab", false},
		{"empty", "", false},
		{"uppercase", "Coaching", false},
		{"all uppercase", "GO", false},
		{"leading hyphen", "-a", false},
		{"trailing hyphen", "a-", false},
		{"leading dot", ".a", false},
		{"trailing dot", "a.", false},
		{"leading underscore", "_a", false},
		{"trailing underscore", "a_", false},
		{"double hyphen", "a--b", false},
		{"mixed double separator", "a-.b", false},
		{"space", "a b", false},
		{"slash", "a/b", false},
		{"non-ASCII letter", "café", false},
		{"newline", "a\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, validate.IsSlug(c.in), "IsSlug(%q)", c.in)
		})
	}
}

type slugHolder struct {
	ID  string  `json:"id" validate:"slug"`
	Opt string  `json:"opt,omitempty" validate:"omitempty,slug"`
	Num int     `json:"num" validate:"slug"`
	Ptr *string `json:"ptr,omitempty" validate:"omitempty,slug"`
}

func TestSlugTag(t *testing.T) {
	long := strings.Repeat("x", validate.MaxSlugLen)
	bad := "Not-A-Slug"
	good := "ok"
	cases := []struct {
		name  string
		in    slugHolder
		paths []string
	}{
		{"valid at 64 bytes", slugHolder{ID: long}, []string{"num"}},
		{"65 bytes", slugHolder{ID: long + "x"}, []string{"id", "num"}},
		{"uppercase", slugHolder{ID: "Go"}, []string{"id", "num"}},
		{"double separator", slugHolder{ID: "a__b"}, []string{"id", "num"}},
		{"empty without omitempty", slugHolder{}, []string{"id", "num"}},
		{"omitempty skips empty", slugHolder{ID: "a", Opt: ""}, []string{"num"}},
		{"omitempty checks non-empty", slugHolder{ID: "a", Opt: "-a"}, []string{"num", "opt"}},
		{"pointer to a bad slug", slugHolder{ID: "a", Ptr: &bad}, []string{"num", "ptr"}},
		{"pointer to a good slug", slugHolder{ID: "a", Ptr: &good}, []string{"num"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fes := validate.Struct(c.in)
			var paths []string
			for _, fe := range fes {
				paths = append(paths, fe.Path)
				assert.Equal(t, "slug", fe.Rule, "Struct(%+v): rule at %s", c.in, fe.Path)
				assert.Contains(t, fe.Message, "is not an ID", "Struct(%+v): message at %s", c.in, fe.Path)
			}
			assert.ElementsMatch(t, c.paths, paths, "Struct(%+v): paths of slug errors (a non-string field is never a slug)", c.in)
		})
	}
}

func TestSlugMessageCutsLongValues(t *testing.T) {
	fes := validate.Struct(slugHolder{ID: strings.Repeat("A", 500), Num: 0})
	require.NotEmpty(t, fes, "Struct with a 500-byte ID")
	for _, fe := range fes {
		if fe.Path == "id" {
			assert.Less(t, len(fe.Message), 250, "the message of a 500-byte bad ID quotes at most 64 bytes of it: %q", fe.Message)
			assert.Contains(t, fe.Message, `..."`, "the quoted value is cut with an ellipsis")
		}
	}
}

type finiteHolder struct {
	F   float64  `json:"f" validate:"finite"`
	F32 float32  `json:"f32" validate:"finite"`
	P   *float64 `json:"p,omitempty" validate:"omitempty,finite,gt=0"`
	I   int      `json:"i" validate:"finite"`
}

func TestFiniteTag(t *testing.T) {
	ptr := func(f float64) *float64 { return &f }
	cases := []struct {
		name string
		in   finiteHolder
		want []string // path|rule
	}{
		{"zero values", finiteHolder{}, nil},
		{"largest finite", finiteHolder{F: math.MaxFloat64, F32: math.MaxFloat32, P: ptr(math.MaxFloat64)}, nil},
		{"smallest positive", finiteHolder{F: -math.SmallestNonzeroFloat64, P: ptr(math.SmallestNonzeroFloat64)}, nil},
		{"NaN", finiteHolder{F: math.NaN()}, []string{"f|finite"}},
		{"+Inf", finiteHolder{F: math.Inf(1)}, []string{"f|finite"}},
		{"-Inf", finiteHolder{F: math.Inf(-1)}, []string{"f|finite"}},
		{"float32 +Inf", finiteHolder{F32: float32(math.Inf(1))}, []string{"f32|finite"}},
		{"float32 NaN", finiteHolder{F32: float32(math.NaN())}, []string{"f32|finite"}},
		{"pointer NaN", finiteHolder{P: ptr(math.NaN())}, []string{"p|finite"}},
		{"pointer -Inf", finiteHolder{P: ptr(math.Inf(-1))}, []string{"p|finite"}},
		{"pointer +Inf", finiteHolder{P: ptr(math.Inf(1))}, []string{"p|finite"}},
		{"pointer zero still checked", finiteHolder{P: ptr(0)}, []string{"p|gt"}},
		{"pointer negative", finiteHolder{P: ptr(-1)}, []string{"p|gt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, fe := range validate.Struct(c.in) {
				got = append(got, fe.Path+"|"+fe.Rule)
				if fe.Rule == "finite" {
					assert.Equal(t, "must be a finite number", fe.Message, "Struct(%+v): message at %s", c.in, fe.Path)
				}
			}
			assert.ElementsMatch(t, c.want, got, "Struct(%+v): broken rules", c.in)
		})
	}
}

func TestStructPathsUseJSONNames(t *testing.T) {
	cat := competency.Catalog{
		DefaultScale: "Bad Scale",
		Competencies: []competency.Competency{
			{ID: "a", Name: "A", Kind: competency.Hard},
			{ID: "b", Name: "B", Kind: ""},
			{ID: "c", Name: "", Kind: competency.Soft, Indicators: []competency.Indicator{{Level: 2}, {Level: -1, Text: "x"}}},
			{ID: "d", Name: "D", Kind: competency.Soft, Parents: []competency.ID{"Not A Slug", "ok"}, Aliases: []string{"x", ""}},
		},
	}
	fes := validate.Struct(cat)
	var got []string
	for _, fe := range fes {
		got = append(got, fe.Path+"|"+fe.Rule)
	}
	assert.ElementsMatch(t, []string{
		"defaultScale|slug",
		"competencies[1].kind|required",
		"competencies[2].name|required",
		"competencies[2].indicators[0].text|required",
		"competencies[2].indicators[1].level|gte",
		"competencies[3].parents[0]|slug",
		"competencies[3].aliases[1]|required",
	}, got, "Struct(Catalog) reports JSON paths without the type name")

	// A pointer gives the same paths.
	var viaPtr []string
	for _, fe := range validate.Struct(&cat) {
		viaPtr = append(viaPtr, fe.Path+"|"+fe.Rule)
	}
	assert.ElementsMatch(t, got, viaPtr, "Struct(&Catalog) and Struct(Catalog) agree")

	fes = validate.Struct(competency.Catalog{})
	require.Len(t, fes, 1, "Struct(Catalog{})")
	assert.Equal(t, "competencies", fes[0].Path, "Struct(Catalog{}): path of the missing list")
	assert.Equal(t, "required", fes[0].Rule, "Struct(Catalog{}): rule")
}

type inner struct {
	ID string `json:"id" validate:"required"`
}

type generic[T any] struct {
	Items []inner `json:"items" validate:"dive"`
	Value T       `json:"value"`
}

func TestStructPathsOfOtherTypes(t *testing.T) {
	cases := []struct {
		name string
		in   any
		want []string
	}{
		{"anonymous struct", struct {
			Items []inner `json:"items" validate:"dive"`
			X     string  `json:"x" validate:"required"`
		}{Items: []inner{{}}}, []string{"items[0].id", "x"}},
		{"pointer to anonymous struct", &struct {
			Items []inner `json:"items" validate:"dive"`
		}{Items: []inner{{}, {ID: "a"}, {}}}, []string{"items[0].id", "items[2].id"}},
		{"generic type", generic[competency.ID]{Items: []inner{{}}}, []string{"items[0].id"}},
		{"untagged field keeps its Go name", struct {
			Name string `validate:"required"`
		}{}, []string{"Name"}},
		{"json name without options", struct {
			Name string `json:",omitempty" validate:"required"`
		}{}, []string{"Name"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, fe := range validate.Struct(c.in) {
				got = append(got, fe.Path)
			}
			assert.ElementsMatch(t, c.want, got, "Struct(%T): paths", c.in)
		})
	}
}

func TestStructOfNonStruct(t *testing.T) {
	for _, in := range []any{nil, 3, "s", []inner{{}}} {
		fes := validate.Struct(in)
		require.Len(t, fes, 1, "Struct(%#v) reports one problem", in)
		assert.Equal(t, "invalid", fes[0].Rule, "Struct(%#v): rule", in)
		assert.Empty(t, fes[0].Path, "Struct(%#v): path", in)
	}
}

func TestMessages(t *testing.T) {
	type doc struct {
		Req   string   `json:"req" validate:"required"`
		One   string   `json:"one" validate:"oneof=hard soft"`
		Short string   `json:"short" validate:"max=3"`
		Long  string   `json:"long" validate:"min=3"`
		Empty string   `json:"empty" validate:"min=1"`
		List  []int    `json:"list" validate:"min=1"`
		Lists []int    `json:"lists" validate:"min=2"`
		Big   []int    `json:"big" validate:"max=1"`
		Bigs  []int    `json:"bigs" validate:"max=2"`
		Num   int      `json:"num" validate:"gte=0,lte=10"`
		Top   int      `json:"top" validate:"lte=10"`
		Uniq  []string `json:"uniq" validate:"unique"`
		Date  string   `json:"date" validate:"datetime=2006-01-02"`
		Time  string   `json:"time" validate:"datetime=15:04"`
		Stamp string   `json:"stamp" validate:"datetime=2006-01-02T15:04:05Z07:00"`
		Pos   float64  `json:"pos" validate:"gt=0"`
		More  string   `json:"more" validate:"gt=2"`
		Less  []int    `json:"less" validate:"lt=1"`
		URL   string   `json:"url" validate:"url"`
		Mail  string   `json:"mail" validate:"email"`
		ASCII string   `json:"ascii" validate:"printascii"`
		Other string   `json:"other" validate:"hexcolor"`
	}
	fes := validate.Struct(doc{
		One: "x", Short: "abcd", Long: "ab", Lists: []int{1}, Big: []int{1, 2}, Bigs: []int{1, 2, 3}, Num: -1, Top: 11,
		Uniq: []string{"a", "a"}, Date: "30/09/2026", Time: "9 am", Stamp: "2026-09-30", Pos: 0, More: "ab", Less: []int{1},
		URL: "not a url", Mail: "nope", ASCII: "café", Other: "nope",
	})
	got := map[string]string{}
	for _, fe := range fes {
		got[fe.Path] = fe.Message
	}
	want := map[string]string{
		"req":   "is required",
		"one":   `"x" is not one of: hard, soft`,
		"short": "must be at most 3 characters long",
		"long":  "must be at least 3 characters long",
		"empty": "must not be empty",
		"list":  "must have at least 1 item",
		"lists": "must have at least 2 items",
		"big":   "must have at most 1 item",
		"bigs":  "must have at most 2 items",
		"num":   "must be at least 0",
		"top":   "must be at most 10",
		"uniq":  "must not contain duplicates",
		"date":  `"30/09/2026" is not a date: write the date as YYYY-MM-DD`,
		"time":  `"9 am" is not a time: write the time as hh:mm`,
		"stamp": `"2026-09-30" is not a date and time: write the date and time as YYYY-MM-DDThh:mm:ss±hh:mm (or Z)`,
		"pos":   "must be greater than 0",
		"more":  "must be longer than 2 characters",
		"less":  "must have fewer than 1 item",
		"url":   "must be a web address, such as https://example.com/page",
		"mail":  "must be an email address, such as name@example.com",
		"ascii": "must use only letters, digits, punctuation and spaces from the ASCII character set",
		"other": "is not valid",
	}
	assert.Equal(t, want, got, "messages of Struct(doc) per path")
	for path, msg := range got {
		for _, goText := range []string{"2006", "15:04", "(s)", "layout", "hexcolor"} {
			assert.NotContains(t, msg, goText, "the message at %s speaks plain English, not Go", path)
		}
	}
}

func TestJSONName(t *testing.T) {
	type s struct {
		Plain     string
		Named     string `json:"named"`
		Options   string `json:"opts,omitempty"`
		OnlyOpts  string `json:",omitempty"`
		Skipped   string `json:"-"`
		DashNamed string `json:"-,"`
	}
	want := map[string]string{
		"Plain": "Plain", "Named": "named", "Options": "opts", "OnlyOpts": "OnlyOpts", "Skipped": "", "DashNamed": "-",
	}
	for f := range reflect.TypeFor[s]().Fields() {
		assert.Equal(t, want[f.Name], validate.JSONName(f), "JSONName(%s with tag %q)", f.Name, f.Tag)
	}
}

func TestStructPathOfDashNamedField(t *testing.T) {
	fes := validate.Struct(struct {
		Dash string `json:"-," validate:"required"`
	}{})
	require.Len(t, fes, 1, "Struct of a struct with one empty required field")
	assert.Equal(t, "-", fes[0].Path, `Struct: a field tagged json:"-," is reported by its JSON name "-"`)
}

func TestSlugify(t *testing.T) {
	assert.Equal(t, "mobile-web", validate.Slugify("  Mobile & Web! "), "runs of other characters are one hyphen, none at the ends")
	assert.Equal(t, "", validate.Slugify("— & —"), "no letter or digit")
	// "abc-" × 16 is 64 bytes ending in a hyphen, which is trimmed.
	assert.Len(t, validate.Slugify(strings.Repeat("abc ", 40)), 63, "cut at 64 bytes without a trailing hyphen")
	assert.True(t, validate.IsSlug(validate.Slugify("Reading Comprehension (2.A.1.a)")), "the result is a slug")
}
