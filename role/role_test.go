package role_test

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

func seed(t *testing.T) (*competency.Index, role.Role) {
	t.Helper()
	cat, err := examples.Catalog()
	require.NoError(t, err, "examples.Catalog()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	return competency.MustCompile(cat), r
}

func TestSeedRoleIsComplete(t *testing.T) {
	ix, r := seed(t)
	require.NoError(t, r.ValidateWith(ix), "ValidateWith(catalog)")

	assert.Equal(t, "Manager – Software Engineering", r.Title, "title")
	assert.Equal(t, role.Management, r.Track, "track")
	assert.Equal(t, []string{"Engineering", "Software", "Leadership", "Technology"}, r.Tags, "tags")
	assert.NotEmpty(t, r.Summary, "role definition")
	assert.Len(t, r.Career.EntryFrom, 3, "entry points")
	assert.Len(t, r.Career.AdvanceTo, 3, "advancement targets")
	assert.Len(t, r.Career.Lateral, 3, "lateral moves")
	assert.Len(t, r.Responsibilities.Primary, 22, "primary responsibilities")
	assert.Len(t, r.Responsibilities.Secondary, 10, "secondary responsibilities")

	kinds := map[competency.Kind]int{}
	for _, q := range r.Requirements {
		c, ok := ix.Competency(q.Competency)
		require.True(t, ok, "requirement %s is in the catalog", q.Competency)
		kinds[c.Kind]++
	}
	assert.Equal(t, 14, kinds[competency.Hard], "hard-skill requirements")
	assert.Equal(t, 10, kinds[competency.Soft], "soft-skill requirements")

	require.NotNil(t, r.Education.Minimum, "minimum education")
	assert.Equal(t, role.Bachelor, r.Education.Minimum.Level, "minimum degree")
	assert.Equal(t, []string{"Computer Science", "Software Engineering", "Electrical/Computer Engineering", "Information Systems", "Data Science"}, r.Education.Fields, "fields of study")
	assert.NotEmpty(t, r.Education.Preferred, "preferred education")
	assert.Contains(t, r.Education.Preferred, role.Credential{Level: role.Master, Name: "MBA"}, "an MBA is preferred")

	require.NotNil(t, r.Pay, "pay band")
	assert.Equal(t, "USD 140000–220000/year", r.Pay.String(), "pay band")
	mid := r.Pay.Midpoint()
	assert.Equal(t, "180000", mid.String(), "pay midpoint")

	// "6–12+ years of software engineering experience with 2–6 years in
	// people management or engineering leadership roles", and the preferred
	// "8+ years ... and 3+ years managing multiple teams or line managers":
	// each a requirement with one nested part in two accepted areas.
	want := []struct {
		area       string
		min, max   float64
		open, pref bool
		part       role.ExperiencePart
	}{
		{"software-engineering", 6, 12, true, false, role.ExperiencePart{Areas: []string{"people-management", "engineering-leadership"}, MinYears: 2, MaxYears: 6,
			Note: "2 to 6 of those years spent managing people or in engineering leadership roles."}},
		{"software-engineering", 8, 0, true, true, role.ExperiencePart{Areas: []string{"managing-multiple-teams", "managing-managers"}, MinYears: 3, OpenEnded: true,
			Note: "3 or more years as the manager of multiple teams or of line managers."}},
	}
	require.Len(t, r.Experience, len(want), "experience requirements")
	for i, w := range want {
		e := r.Experience[i]
		assert.Equal(t, w.area, e.Area, "experience[%d].area", i)
		assert.Equal(t, w.min, e.MinYears, "experience[%d].minYears", i)
		assert.Equal(t, w.max, e.MaxYears, "experience[%d].maxYears", i)
		assert.Equal(t, w.open, e.OpenEnded, "experience[%d].openEnded", i)
		assert.Equal(t, w.pref, e.Preferred, "experience[%d].preferred", i)
		assert.Equal(t, []role.ExperiencePart{w.part}, e.Including, "experience[%d].including", i)
	}
	assert.Equal(t, role.Hard, r.Experience[0].Including[0].EffectiveRangeKind(), "2–6, written without a plus, is a hard range")
	assert.Equal(t, role.Minimum, r.Experience[0].EffectiveRangeKind(), "6–12+, written with a plus, is a minimum")
}

func TestSeedRoleRoundTrips(t *testing.T) {
	_, r := seed(t)

	js, err := json.Marshal(r)
	require.NoError(t, err, "json.Marshal(role)")
	var fromJSON role.Role
	require.NoError(t, careerkit.Decode(bytes.NewReader(js), &fromJSON), "Decode(JSON of role)")
	assert.Equal(t, r, fromJSON, "JSON round trip is lossless")

	// YAML: encode the JSON tree as YAML, as a user's tooling would.
	var tree any
	require.NoError(t, json.Unmarshal(js, &tree), "json.Unmarshal into a tree")
	ys, err := yaml.Marshal(tree)
	require.NoError(t, err, "yaml.Marshal(tree)")
	var fromYAML role.Role
	require.NoError(t, careerkit.Decode(bytes.NewReader(ys), &fromYAML, careerkit.WithFormat(careerkit.FormatYAML)), "Decode(YAML of role)")
	assert.Equal(t, r, fromYAML, "YAML round trip is lossless")
}

// valid returns a small valid role.
func valid() role.Role {
	band, err := salary.NewBand("USD", salary.Year, salary.MustParseAmount("100000"), salary.MustParseAmount("150000"))
	if err != nil {
		panic(err)
	}
	return role.Role{
		ID: "platform-lead", Title: "Platform lead", Track: role.IC,
		Requirements: []competency.Requirement{{Competency: "coaching", Level: 3}},
		Education:    role.Education{Minimum: &role.Credential{Level: role.Bachelor}},
		Experience:   []role.Experience{{Area: "software-engineering", MinYears: 5, MaxYears: 10}},
		Pay:          &band,
		Career:       role.Career{AdvanceTo: []role.Move{{Title: "Principal engineer"}}},
	}
}

type problem struct{ path, rule string }

func assertProblems(t *testing.T, err error, want ...problem) {
	t.Helper()
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "a *ValidationError: %v", err)
	require.ErrorIs(t, err, careerkit.ErrInvalid, "matches ErrInvalid")
	for _, w := range want {
		found := false
		for _, fe := range ve.Errors {
			found = found || (fe.Path == w.path && fe.Rule == w.rule)
		}
		assert.True(t, found, "problem %s (%s) among %v", w.path, w.rule, ve.Errors)
	}
}

func TestRoleBadInput(t *testing.T) {
	require.NoError(t, valid().Validate(), "the base role is valid")
	cases := []struct {
		name   string
		mutate func(r *role.Role)
		want   problem
	}{
		{"empty title", func(r *role.Role) { r.Title = "" }, problem{"title", "required"}},
		{"unknown track", func(r *role.Role) { r.Track = "executive" }, problem{"track", "oneof"}},
		{"bad ID", func(r *role.Role) { r.ID = "Platform Lead" }, problem{"id", "slug"}},
		{"min above max", func(r *role.Role) { r.Experience[0].MinYears = 11 }, problem{"experience[0].maxYears", "range"}},
		{"negative years", func(r *role.Role) { r.Experience[0].MinYears = -1 }, problem{"experience[0].minYears", "gte"}},
		{"NaN years", func(r *role.Role) { r.Experience[0].MaxYears = math.NaN() }, problem{"experience[0].maxYears", "finite"}},
		{"infinite years", func(r *role.Role) { r.Experience[0].MinYears = math.Inf(1) }, problem{"experience[0].minYears", "finite"}},
		{"open-ended with no minimum", func(r *role.Role) {
			r.Experience[0] = role.Experience{Area: "software-engineering", OpenEnded: true}
		}, problem{"experience[0].minYears", "required"}},
		{"experience with no area", func(r *role.Role) { r.Experience[0].Area = "" }, problem{"experience[0].area", "required"}},
		{"unknown degree level", func(r *role.Role) { r.Education.Minimum.Level = "phd" }, problem{"education.minimum.level", "oneof"}},
		{"unknown preferred degree level", func(r *role.Role) {
			r.Education.Preferred = []role.Credential{{Level: "masters"}}
		}, problem{"education.preferred[0].level", "oneof"}},
		{"duplicate requirement", func(r *role.Role) {
			r.Requirements = append(r.Requirements, competency.Requirement{Competency: "coaching", Level: 4})
		}, problem{"requirements[1].competency", "unique"}},
		{"pay band min above max", func(r *role.Role) {
			r.Pay.Min, r.Pay.Max = r.Pay.Max, r.Pay.Min
		}, problem{"pay.max", "range"}},
		{"move with neither role nor title", func(r *role.Role) {
			r.Career.Lateral = []role.Move{{Note: "somewhere"}}
		}, problem{"career.lateral[0]", "required"}},
		{"code with no scheme", func(r *role.Role) { r.Codes = []role.Code{{Code: "11-3021.00"}} }, problem{"codes[0].scheme", "required"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := valid()
			band := *r.Pay
			r.Pay = &band
			min := *r.Education.Minimum
			r.Education.Minimum = &min
			c.mutate(&r)
			assertProblems(t, r.Validate(), c.want)
		})
	}
}

func TestValidateRolesDuplicateIDs(t *testing.T) {
	a, b := valid(), valid()
	b.Title = ""
	err := role.ValidateRoles([]role.Role{a, b})
	assertProblems(t, err, problem{"[1].id", "unique"}, problem{"[1].title", "required"})
	assert.NoError(t, role.ValidateRoles([]role.Role{valid()}), "one role is fine")
}

func TestValidateWithCatalog(t *testing.T) {
	ix, r := seed(t)
	r.Requirements[3].Competency = "kotlin"
	r.Requirements[5].Level = 9
	err := r.ValidateWith(ix)
	assertProblems(t, err, problem{"requirements[3].competency", "exists"}, problem{"requirements[5].level", "level"})
	assert.ErrorIs(t, err, careerkit.ErrUnknownCompetency, "matches ErrUnknownCompetency")
	assert.NoError(t, r.Validate(), "Validate alone does not check the catalog")
}

func TestExperienceRangeAndKind(t *testing.T) {
	cases := []struct {
		e    role.Experience
		rng  string
		kind string
	}{
		{role.Experience{MinYears: 6, MaxYears: 12, OpenEnded: true}, "6–12+", "required"},
		{role.Experience{MinYears: 2, MaxYears: 6}, "2–6", "required"},
		{role.Experience{MinYears: 8, OpenEnded: true, Preferred: true}, "8+", "preferred"},
		{role.Experience{MinYears: 3}, "3", "required"},
	}
	for _, c := range cases {
		assert.Equal(t, c.rng, c.e.Range(), "Range of %+v", c.e)
		assert.Equal(t, c.kind, c.e.Kind(), "Kind of %+v", c.e)
	}
}

// rich is the seed role with every pointer set: a weight on every
// requirement and a midpoint on the pay band.
func rich(t *testing.T) role.Role {
	t.Helper()
	_, r := seed(t)
	for i, q := range r.Requirements {
		r.Requirements[i] = q.WithWeight(q.EffectiveWeight())
	}
	b := r.Pay.WithMid(r.Pay.Midpoint())
	r.Pay = &b
	r.Qualifications = []string{"Ships things."}
	require.NotNil(t, r.Education.Minimum, "the seed role has a minimum credential")
	require.NotEmpty(t, r.Education.Minimum.Fields, "the seed role's minimum names fields")
	return r
}

func TestRoleClone(t *testing.T) {
	r, want := rich(t), rich(t)
	c := r.Clone()
	require.Equal(t, want, c, "Clone equals the original")

	// Change the clone through every slice element and pointer.
	c.Tags[0], c.Codes[0].Code, c.Summary = "x", "x", "x"
	c.Responsibilities.Primary[0], c.Responsibilities.Secondary[0] = "x", "x"
	for i := range c.Requirements {
		c.Requirements[i].Level, c.Requirements[i].Competency = 1, "x"
		*c.Requirements[i].Weight += 10
	}
	c.Education.Minimum.Level, c.Education.Minimum.Fields[0] = role.Doctorate, "x"
	c.Education.Preferred[0].Fields[0], c.Education.Preferred[1].Name, c.Education.Fields[0] = "x", "x", "x"
	c.Experience[0].MinYears, c.Qualifications[0], c.PreferredQualifications[0] = 99, "x", "x"
	c.Pay.Min, *c.Pay.Mid = c.Pay.Max, c.Pay.Max
	c.Career.EntryFrom[0].Title, c.Career.AdvanceTo[0].Title, c.Career.Lateral[0].Note = "x", "x", "x"
	assert.Equal(t, want, r, "the original after changing every part of its Clone")

	var zero role.Role
	assert.Equal(t, zero, zero.Clone(), "Clone of the zero Role keeps nil slices and pointers nil")
}

func TestDegreeLevelOrder(t *testing.T) {
	levels := role.DegreeLevels()
	for i, l := range levels {
		assert.Equal(t, i, l.Rank(), "Rank(%s)", l)
		assert.Equal(t, 0, l.Compare(l), "Compare(%s, %s)", l, l)
		if i > 0 {
			assert.Equal(t, 1, l.Compare(levels[i-1]), "Compare(%s, %s)", l, levels[i-1])
			assert.Equal(t, -1, levels[i-1].Compare(l), "Compare(%s, %s)", levels[i-1], l)
		}
	}
	assert.Equal(t, -1, role.DegreeLevel("phd").Compare(role.NoDegree), "Compare(phd, none): unknown is lowest")
}
