package careerkit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
)

func sampleFramework(t *testing.T) careerkit.Framework {
	t.Helper()
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	return f
}

func TestFrameworkCompile(t *testing.T) {
	m, err := sampleFramework(t).Compile()
	require.NoError(t, err, "Compile(sample framework)")
	assert.Equal(t, 24, m.Index().Len(), "catalog size")
	r, ok := m.Role("manager-software-engineering")
	require.True(t, ok, "Role(manager-software-engineering)")
	assert.Equal(t, "Manager – Software Engineering", r.Title, "role title")
	g, ok := m.Ladder("engineering")
	require.True(t, ok, "Ladder(engineering)")
	gr, ok := g.Grade("m1")
	require.True(t, ok, "Grade(m1)")
	assert.Equal(t, "USD 140000–220000/year", gr.Band.String(), "band of the seed role's grade")
	_, ok = m.PayStructure("us-engineering-2026")
	assert.True(t, ok, "PayStructure(us-engineering-2026)")

	people, err := examples.People()
	require.NoError(t, err, "examples.People()")
	c, ok := people.Candidate("sample-engineering-manager")
	require.True(t, ok, "Candidate(sample-engineering-manager)")
	fit, err := m.Fit(context.Background(), "manager-software-engineering", c, role.FitOptions{})
	require.NoError(t, err, "Fit")
	assert.True(t, fit.Ready, "the experienced manager is ready")
	_, err = m.Fit(context.Background(), "cto", c, role.FitOptions{})
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "Fit for an unknown role")
}

func TestFrameworkCrossReferences(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(f *careerkit.Framework)
		path   string
		rule   string
		err    error
	}{
		{"role requires an unknown competency", func(f *careerkit.Framework) { f.Roles[0].Requirements[0].Competency = "kotlin" },
			"roles[0].requirements[0].competency", "exists", careerkit.ErrUnknownCompetency},
		{"role requires a level off the scale", func(f *careerkit.Framework) { f.Roles[0].Requirements[1].Level = 7 },
			"roles[0].requirements[1].level", "level", careerkit.ErrUnknownLevel},
		{"role at an unknown ladder level", func(f *careerkit.Framework) { f.Roles[0].Level = "m9" },
			"roles[0].level", "exists", careerkit.ErrUnknownReference},
		{"career move to an unknown role", func(f *careerkit.Framework) { f.Roles[0].Career.AdvanceTo[0].Role = "director" },
			"roles[0].career.advanceTo[0].role", "exists", careerkit.ErrUnknownReference},
		{"duplicate role IDs", func(f *careerkit.Framework) { f.Roles = append(f.Roles, f.Roles[0]) },
			"roles[1].id", "unique", careerkit.ErrDuplicate},
		{"ladder level names an unknown role", func(f *careerkit.Framework) { f.Ladders[0].Levels[0].Role = "intern" },
			"ladders[0].levels[0].role", "exists", careerkit.ErrUnknownReference},
		{"ladder level names an unknown grade", func(f *careerkit.Framework) { f.Ladders[0].Levels[0].Grade = "g99" },
			"ladders[0].levels[0].grade", "exists", careerkit.ErrUnknownReference},
		{"ladder expects an unknown competency", func(f *careerkit.Framework) { f.Ladders[0].Levels[1].Expectations[0].Competency = "cobol" },
			"ladders[0].levels[1].expectations[0].competency", "exists", careerkit.ErrUnknownCompetency},
		{"duplicate ladder IDs", func(f *careerkit.Framework) { f.Ladders = append(f.Ladders, f.Ladders[0]) },
			"ladders[1].id", "unique", careerkit.ErrDuplicate},
		{"duplicate pay structure IDs", func(f *careerkit.Framework) { f.PayStructures = append(f.PayStructures, f.PayStructures[0]) },
			"payStructures[1].id", "unique", careerkit.ErrDuplicate},
		{"role band with a bad currency", func(f *careerkit.Framework) {
			b := *f.Roles[0].Pay
			b.Currency = "XXX"
			f.Roles[0].Pay = &b
		}, "roles[0].pay.currency", "currency", nil},
		{"catalog problem", func(f *careerkit.Framework) { f.Competencies[3].ID = "Cloud" },
			"competencies[3].id", "slug", nil},
		{"no name", func(f *careerkit.Framework) { f.Name = "" }, "name", "required", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := cloneFramework(t, sampleFramework(t))
			c.mutate(&f)
			err := f.Validate()
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Validate after %s", c.name)
			found := false
			for _, fe := range ve.Errors {
				found = found || (fe.Path == c.path && fe.Rule == c.rule)
			}
			assert.True(t, found, "problem %s (%s) among %v", c.path, c.rule, ve.Errors)
			if c.err != nil {
				assert.ErrorIs(t, err, c.err, "sentinel")
			}
			_, cerr := f.Compile()
			assert.Error(t, cerr, "Compile refuses what Validate refuses")
		})
	}
}

// cloneFramework deep-copies through JSON so mutations do not leak between cases.
func cloneFramework(t *testing.T, f careerkit.Framework) careerkit.Framework {
	t.Helper()
	b, err := json.Marshal(f)
	require.NoError(t, err, "json.Marshal(framework)")
	var out careerkit.Framework
	require.NoError(t, careerkit.Decode(bytes.NewReader(b), &out), "Decode(framework JSON)")
	return out
}

func TestFrameworkRoundTrip(t *testing.T) {
	f := sampleFramework(t)
	assert.Equal(t, f, cloneFramework(t, f), "framework survives a JSON round trip")
}

func TestPeopleValidate(t *testing.T) {
	p, err := examples.People()
	require.NoError(t, err, "examples.People()")
	require.Len(t, p.Candidates, 2, "two sample candidates")
	p.Profiles = append(p.Profiles, p.Candidates[0].Profile)
	err = p.Validate()
	require.ErrorIs(t, err, careerkit.ErrDuplicate, "a subject used twice")
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "ValidationError")
	assert.Equal(t, "profiles[0].subject", ve.Errors[0].Path, "path of the repeated subject")
	pr, ok := p.Profile("sample-senior-engineer")
	assert.True(t, ok, "Profile finds a candidate's profile")
	assert.Equal(t, competency.SubjectID("sample-senior-engineer"), pr.Subject, "Profile subject")
}

func TestModelIsImmutable(t *testing.T) {
	f := sampleFramework(t)
	m, err := f.Compile()
	require.NoError(t, err, "Compile")
	r, _ := m.Role("manager-software-engineering")
	r.Requirements[0].Level = 1
	*r.Requirements[0].Weight = 9
	r.Education.Minimum.Fields[0] = "History"
	r.Pay.Min = r.Pay.Max
	f.Roles[0].Title = "Changed after Compile"
	again, _ := m.Role("manager-software-engineering")
	assert.Equal(t, 4, again.Requirements[0].Level, "Model.Role returns a copy")
	assert.Equal(t, 2.0, *again.Requirements[0].Weight, "weights are copied too")
	assert.Equal(t, "Computer Science", again.Education.Minimum.Fields[0], "education is copied")
	assert.Equal(t, "140000", again.Pay.Min.String(), "the band is copied")
	assert.Equal(t, "Manager – Software Engineering", again.Title, "the model keeps its own copy of the framework")
}

func TestCatalogProblemDoesNotHideReferences(t *testing.T) {
	f := cloneFramework(t, sampleFramework(t))
	f.Competencies[7].ID = f.Competencies[6].ID             // the catalog no longer compiles
	f.Roles[0].Requirements[2].Competency = "kotlin"        // an unknown competency in a role
	f.Ladders[0].Levels[0].Expectations[0].Competency = "x" // and in a ladder
	err := f.Validate()
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "Validate")
	paths := map[string]bool{}
	for _, fe := range ve.Errors {
		paths[fe.Path+" "+fe.Rule] = true
	}
	for _, want := range []string{"competencies[7].id unique", "roles[0].requirements[2].competency exists", "ladders[0].levels[0].expectations[0].competency exists"} {
		assert.True(t, paths[want], "%s reported with the catalog problem: %v", want, ve.Errors)
	}
}
