package careerkit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
)

const checkFramework = "examples/data/framework.yaml"

// TestModelCheck checks documents decoded on their own against the example
// framework: each case's problems, as "path (rule): message", in order.
func TestModelCheck(t *testing.T) {
	f, err := careerkit.LoadFile(checkFramework)
	require.NoError(t, err, "LoadFile(%s)", checkFramework)
	m, err := f.Compile()
	require.NoError(t, err, "Compile(%s)", checkFramework)

	cases := []struct {
		name string
		kind string
		doc  string
		want []string
	}{
		{"valid role", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\nlevel: e3\nrequirements:\n  - {competency: containerization, level: 3}\n",
			nil},
		{"role requiring a misspelt competency", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\nrequirements:\n  - {competency: containerisation, level: 3}\n",
			[]string{`requirements[0].competency (exists): "containerisation" is not a competency of the catalog (did you mean "containerization"?)`}},
		{"role requiring a competency nothing is close to", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\nrequirements:\n  - {competency: underwater-basketry, level: 3}\n",
			[]string{`requirements[0].competency (exists): "underwater-basketry" is not a competency of the catalog`}},
		{"role requiring a level off the scale", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\nrequirements:\n  - {competency: ci-cd, level: 9}\n",
			[]string{`requirements[0].level (level): level 9 is not on scale "framework" of "ci-cd" (levels 1–5)`}},
		{"role on an unknown ladder level", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\nlevel: e9\n",
			[]string{`level (exists): level "e9" is not a level of any ladder of the framework (did you mean "e1", "e2" or "e3"?)`}},
		{"role advancing to an unknown role", careerkit.KindRole,
			"id: platform-engineer\ntitle: Platform engineer\ncareer:\n  advanceTo: [{role: manager-software-engineerin}]\n",
			[]string{`career.advanceTo[0].role (exists): role "manager-software-engineerin" is not a role of the framework (did you mean "manager-software-engineering"?)`}},
		{"profile rating a misspelt alias", careerkit.KindProfile,
			"subject: ada\nratings:\n  - {competency: codng, level: 3}\n  - {competency: coding, level: 3}\n",
			[]string{`ratings[0].competency (exists): "codng" is not an ID, name or alias of a competency of the catalog (did you mean "coding"?)`}},
		{"profile rating off the scale", careerkit.KindProfile,
			"subject: ada\nratings:\n  - {competency: ci-cd, level: 0}\n",
			[]string{`ratings[0].level (level): level 0 is not on scale "framework" of "ci-cd" (levels 1–5)`}},
		{"people with an unknown competency", careerkit.KindPeople,
			"profiles:\n  - subject: ada\n    ratings: [{competency: datastore, level: 2}]\n",
			[]string{`profiles[0].ratings[0].competency (exists): "datastore" is not an ID, name or alias of a competency of the catalog (did you mean "datastores"?)`}},
		{"candidate with an unknown competency", careerkit.KindCandidate,
			"profile:\n  subject: ada\n  ratings: [{competency: api-designs, level: 2}]\n",
			[]string{`profile.ratings[0].competency (exists): "api-designs" is not an ID, name or alias of a competency of the catalog (did you mean "api-design"?)`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := careerkit.New(c.kind)
			require.NoError(t, err, "New(%s)", c.kind)
			require.NoError(t, careerkit.Decode(strings.NewReader(c.doc), v), "Decode(%q) as a %s", c.doc, c.kind)
			err = m.Check(v)
			if c.want == nil {
				assert.NoError(t, err, "Check(%q)", c.doc)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Check(%q) returns a *ValidationError", c.doc)
			var got []string
			for _, fe := range ve.Errors {
				got = append(got, fe.Path+" ("+fe.Rule+"): "+fe.Message)
			}
			assert.Equal(t, c.want, got, "Check(%q) problems", c.doc)
		})
	}
}

// TestModelCheckLadder checks a ladder of its own against the framework:
// expectations, roles and grades resolve.
func TestModelCheckLadder(t *testing.T) {
	f, err := careerkit.LoadFile(checkFramework)
	require.NoError(t, err, "LoadFile(%s)", checkFramework)
	m, err := f.Compile()
	require.NoError(t, err, "Compile(%s)", checkFramework)

	l := f.Ladders[0]
	assert.NoError(t, m.Check(&l), "Check(the framework's own ladder)")

	l = f.Clone().Ladders[0]
	l.Levels[0].Expectations[0].Competency = "programming-language"
	l.Levels[0].Grade = "g99"
	err = m.Check(l)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Check(ladder with an unknown competency and grade)")
	paths := map[string]string{}
	for _, fe := range ve.Errors {
		paths[fe.Path] = fe.Message
	}
	assert.Contains(t, paths, "levels[0].grade", "Check(ladder) reports the unknown grade: %v", ve.Errors)
	if assert.Contains(t, paths, "levels[0].expectations[0].competency", "Check(ladder) reports the unknown competency: %v", ve.Errors) {
		assert.Contains(t, paths["levels[0].expectations[0].competency"], `(did you mean "programming-languages"?)`, "Check(ladder) suggests the ID")
	}
}

// TestModelCheckTypes checks that Check accepts values and pointers alike
// and refuses a type that is not a document.
func TestModelCheckTypes(t *testing.T) {
	f, err := careerkit.LoadFile(checkFramework)
	require.NoError(t, err, "LoadFile(%s)", checkFramework)
	m, err := f.Compile()
	require.NoError(t, err, "Compile(%s)", checkFramework)

	r := f.Roles[0]
	assert.NoError(t, m.Check(r), "Check(role value)")
	assert.NoError(t, m.Check(&r), "Check(role pointer)")
	assert.NoError(t, m.Check(&f), "Check(the framework itself)")
	assert.Error(t, m.Check(42), "Check(42)")
}

// TestSuggestCompetencies checks the suggestions added to unknown
// competencies: IDs for requirements, IDs and aliases for ratings.
func TestSuggestCompetencies(t *testing.T) {
	f, err := careerkit.LoadFile(checkFramework)
	require.NoError(t, err, "LoadFile(%s)", checkFramework)

	broken := f.Clone()
	broken.Roles[0].Requirements[0].Competency = "people-leadershp"
	err = careerkit.SuggestCompetencies(broken.Validate(), f.Catalog)
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "SuggestCompetencies(Validate of a framework with a misspelt requirement)")
	require.Len(t, ve.Errors, 1, "one problem: %v", ve.Errors)
	assert.Equal(t, `"people-leadershp" is not a competency of the catalog (did you mean "people-leadership"?)`, ve.Errors[0].Message,
		"SuggestCompetencies on a requirement")
	again := careerkit.SuggestCompetencies(err, f.Catalog)
	assert.Equal(t, `"people-leadershp" is not a competency of the catalog (did you mean "people-leadership"?)`, ve.Errors[0].Message,
		"SuggestCompetencies twice suggests once")
	assert.Same(t, err, again, "SuggestCompetencies returns its error")

	plain := careerkit.ErrSyntax
	assert.Equal(t, plain, careerkit.SuggestCompetencies(plain, f.Catalog), "SuggestCompetencies(a plain error) returns it unchanged")
	assert.NoError(t, careerkit.SuggestCompetencies(nil, f.Catalog), "SuggestCompetencies(nil)")
}

func ExampleModel_Check() {
	f, err := careerkit.LoadFile("examples/data/framework.yaml")
	if err != nil {
		panic(err)
	}
	m, err := f.Compile()
	if err != nil {
		panic(err)
	}
	v, _ := careerkit.New(careerkit.KindRole)
	doc := "id: platform-engineer\ntitle: Platform engineer\nrequirements:\n  - {competency: containerisation, level: 3}\n"
	if err := careerkit.Decode(strings.NewReader(doc), v); err != nil {
		panic(err)
	}
	var ve *careerkit.ValidationError
	if errors.As(m.Check(v), &ve) {
		for _, fe := range ve.Errors {
			fmt.Println(fe.Path+":", fe.Message)
		}
	}
	// Output:
	// requirements[0].competency: "containerisation" is not a competency of the catalog (did you mean "containerization"?)
}
