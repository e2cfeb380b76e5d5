package competency_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

// small returns a valid three-competency catalog: architecture is the parent
// of distributed-systems; coaching stands alone.
func small() competency.Catalog {
	return competency.Catalog{
		DefaultScale: competency.ScaleFramework,
		Competencies: []competency.Competency{
			{ID: "software-architecture", Name: "Software architecture", Kind: competency.Hard},
			{ID: "distributed-systems", Name: "Distributed systems", Kind: competency.Hard,
				Aliases: []string{"system design"}, Parents: []competency.ID{"software-architecture"},
				Indicators: []competency.Indicator{{Level: 3, Text: "Designs for failure."}}},
			{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
		},
	}
}

// wantErr is the path, rule and sentinel of one expected FieldError.
type wantErr struct {
	path, rule string
	err        error
}

func fieldErrors(t *testing.T, err error) []problem.FieldError {
	t.Helper()
	var ve *problem.ValidationError
	require.ErrorAs(t, err, &ve, "error is a *ValidationError: %v", err)
	require.ErrorIs(t, err, problem.ErrInvalid, "ValidationError matches ErrInvalid")
	return ve.Errors
}

func assertProblems(t *testing.T, err error, want ...wantErr) {
	t.Helper()
	fes := fieldErrors(t, err)
	for _, w := range want {
		found := false
		for _, fe := range fes {
			if fe.Path == w.path && fe.Rule == w.rule {
				found = true
				if w.err != nil {
					assert.ErrorIs(t, fe.Err, w.err, "sentinel of %s (%s)", w.path, w.rule)
					assert.ErrorIs(t, err, w.err, "ValidationError matches the sentinel of %s", w.path)
				}
			}
		}
		assert.True(t, found, "expected problem at %q rule %q among %v", w.path, w.rule, fes)
	}
}

func TestCompileValid(t *testing.T) {
	ix, err := competency.Compile(small())
	require.NoError(t, err, "Compile(small())")
	assert.Equal(t, 3, ix.Len(), "Len")

	cases := []struct {
		ref  string
		id   competency.ID
		via  competency.Via
		find bool
	}{
		{"distributed-systems", "distributed-systems", competency.ViaDirect, true},
		{"DISTRIBUTED-SYSTEMS", "distributed-systems", competency.ViaDirect, true},
		{"  distributed   SYSTEMS ", "distributed-systems", competency.ViaName, true},
		{"System Design", "distributed-systems", competency.ViaAlias, true},
		{"system\tdesign", "distributed-systems", competency.ViaAlias, true},
		{"coaching", "coaching", competency.ViaDirect, true},
		{"mentoring", "", competency.ViaNone, false},
		{"", "", competency.ViaNone, false},
	}
	for _, c := range cases {
		t.Run(c.ref, func(t *testing.T) {
			id, via, ok := ix.Lookup(c.ref)
			assert.Equal(t, c.find, ok, "Lookup(%q) found", c.ref)
			assert.Equal(t, c.id, id, "Lookup(%q) ID", c.ref)
			assert.Equal(t, c.via, via, "Lookup(%q) via", c.ref)
		})
	}
	assert.Equal(t, []competency.ID{"software-architecture"}, ix.Ancestors("distributed-systems"), "Ancestors")
	assert.Equal(t, []competency.ID{"distributed-systems"}, ix.Descendants("software-architecture"), "Descendants")
	assert.Empty(t, ix.Ancestors("coaching"), "Ancestors of a root")
	assert.Nil(t, ix.Descendants("nope"), "Descendants of an unknown ID")
	sc, ok := ix.Scale("coaching")
	require.True(t, ok, "Scale(coaching)")
	assert.Equal(t, competency.ScaleFramework, sc.ID, "default scale")
	assert.Equal(t, "Practitioner", sc.LevelName(4), "LevelName(4)")
}

func TestCompileDefaultScaleIsFramework(t *testing.T) {
	c := small()
	c.DefaultScale = ""
	ix, err := competency.Compile(c)
	require.NoError(t, err, "Compile with no default scale")
	sc, _ := ix.Scale("coaching")
	assert.Equal(t, competency.ScaleFramework, sc.ID, "empty defaultScale means framework")
}

func TestCompileCopiesCatalog(t *testing.T) {
	c := small()
	ix, err := competency.Compile(c)
	require.NoError(t, err, "Compile")
	c.Competencies[1].Aliases[0] = "changed"
	c.Competencies[1].Name = "Changed"
	got, _ := ix.Competency("distributed-systems")
	assert.Equal(t, []string{"system design"}, got.Aliases, "the index keeps its own copy")
	got.Aliases[0] = "mutated"
	again, _ := ix.Competency("distributed-systems")
	assert.Equal(t, "system design", again.Aliases[0], "Competency returns a copy")
}

func TestBuiltinScales(t *testing.T) {
	for _, s := range competency.BuiltinScales() {
		require.NoError(t, s.Validate(), "built-in scale %s validates", s.ID)
	}
	d := competency.DreyfusScale()
	assert.Equal(t, []string{"Novice", "Advanced beginner", "Competent", "Proficient", "Expert"}, levelNames(d), "Dreyfus levels")
	f := competency.FrameworkScale()
	assert.Equal(t, []string{"Awareness", "Foundational", "Working", "Practitioner", "Expert"}, levelNames(f), "Framework levels")
	o := competency.ONetLevelScale()
	assert.Equal(t, 0, o.Min(), "O*NET min")
	assert.Equal(t, 7, o.Max(), "O*NET max")
	assert.Len(t, o.Levels, 8, "O*NET has levels 0..7")
	d.Levels[0].Name = "changed"
	assert.Equal(t, "Novice", competency.DreyfusScale().Levels[0].Name, "built-in scales are fresh values")
}

func levelNames(s competency.Scale) []string {
	var out []string
	for _, l := range s.Levels {
		out = append(out, l.Name)
	}
	return out
}

func TestCatalogBadInput(t *testing.T) {
	long := strings.Repeat("a", 65)
	cases := []struct {
		name   string
		mutate func(c *competency.Catalog)
		want   []wantErr
	}{
		{"duplicate ID", func(c *competency.Catalog) { c.Competencies[2].ID = "software-architecture" },
			[]wantErr{{"competencies[2].id", "unique", problem.ErrDuplicate}}},
		{"duplicate name ignoring case and spaces", func(c *competency.Catalog) { c.Competencies[2].Name = "software   ARCHITECTURE" },
			[]wantErr{{"competencies[2].name", "unique", problem.ErrDuplicate}}},
		{"name equals another ID", func(c *competency.Catalog) { c.Competencies[2].Name = "Software-Architecture" },
			[]wantErr{{"competencies[2].name", "unique", problem.ErrDuplicate}}},
		{"alias equals another ID", func(c *competency.Catalog) { c.Competencies[2].Aliases = []string{"Software-Architecture"} },
			[]wantErr{{"competencies[2].aliases[0]", "unique", problem.ErrDuplicate}}},
		{"alias equals another name", func(c *competency.Catalog) { c.Competencies[2].Aliases = []string{"distributed systems"} },
			[]wantErr{{"competencies[2].aliases[0]", "unique", problem.ErrDuplicate}}},
		{"alias equals another alias", func(c *competency.Catalog) { c.Competencies[2].Aliases = []string{"x", "System  Design"} },
			[]wantErr{{"competencies[2].aliases[1]", "unique", problem.ErrDuplicate}}},
		{"unknown parent", func(c *competency.Catalog) { c.Competencies[2].Parents = []competency.ID{"leadership"} },
			[]wantErr{{"competencies[2].parents[0]", "exists", problem.ErrUnknownCompetency}}},
		{"self parent", func(c *competency.Catalog) { c.Competencies[2].Parents = []competency.ID{"coaching"} },
			[]wantErr{{"competencies[2].parents[0]", "acyclic", problem.ErrCycle}}},
		{"two-node cycle", func(c *competency.Catalog) { c.Competencies[0].Parents = []competency.ID{"distributed-systems"} },
			[]wantErr{{"competencies[1].parents[0]", "acyclic", problem.ErrCycle}}},
		{"unknown scale", func(c *competency.Catalog) { c.Competencies[0].Scale = "sfia" },
			[]wantErr{{"competencies[0].scale", "exists", problem.ErrUnknownScale}}},
		{"unknown default scale", func(c *competency.Catalog) { c.DefaultScale = "sfia" },
			[]wantErr{{"defaultScale", "exists", problem.ErrUnknownScale}}},
		{"indicator level off the scale", func(c *competency.Catalog) { c.Competencies[1].Indicators[0].Level = 6 },
			[]wantErr{{"competencies[1].indicators[0].level", "level", problem.ErrUnknownLevel}}},
		{"defined level off the scale", func(c *competency.Catalog) { c.Competencies[0].DefinedLevels = []int{1, 0} },
			[]wantErr{{"competencies[0].definedLevels[1]", "level", problem.ErrUnknownLevel}}},
		{"scale levels not increasing", func(c *competency.Catalog) {
			c.Scales = []competency.Scale{{ID: "mine", Name: "Mine", Levels: []competency.ScaleLevel{{Value: 2, Name: "b"}, {Value: 1, Name: "a"}}}}
		}, []wantErr{{"scales[0].levels[1].value", "increasing", nil}}},
		{"scale levels repeat", func(c *competency.Catalog) {
			c.Scales = []competency.Scale{{ID: "mine", Name: "Mine", Levels: []competency.ScaleLevel{{Value: 1, Name: "a"}, {Value: 1, Name: "b"}}}}
		}, []wantErr{{"scales[0].levels[1].value", "unique", problem.ErrDuplicate}}},
		{"scale reuses a built-in ID", func(c *competency.Catalog) {
			c.Scales = []competency.Scale{{ID: "dreyfus", Name: "Mine", Levels: []competency.ScaleLevel{{Value: 1, Name: "a"}}}}
		}, []wantErr{{"scales[0].id", "unique", problem.ErrDuplicate}}},
		{"scale with no levels", func(c *competency.Catalog) { c.Scales = []competency.Scale{{ID: "mine", Name: "Mine"}} },
			[]wantErr{{"scales[0].levels", "required", nil}}},
		{"ID not a slug", func(c *competency.Catalog) { c.Competencies[0].ID = "Software Architecture" },
			[]wantErr{{"competencies[0].id", "slug", nil}}},
		{"ID too long", func(c *competency.Catalog) { c.Competencies[0].ID = competency.ID(long) },
			[]wantErr{{"competencies[0].id", "slug", nil}}},
		{"empty name", func(c *competency.Catalog) { c.Competencies[2].Name = "" },
			[]wantErr{{"competencies[2].name", "required", nil}}},
		{"missing kind", func(c *competency.Catalog) { c.Competencies[2].Kind = "" },
			[]wantErr{{"competencies[2].kind", "required", nil}}},
		{"bad kind", func(c *competency.Catalog) { c.Competencies[2].Kind = "technical" },
			[]wantErr{{"competencies[2].kind", "oneof", nil}}},
		{"no competencies", func(c *competency.Catalog) { c.Competencies = nil },
			[]wantErr{{"competencies", "required", nil}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cat := small()
			c.mutate(&cat)
			err := cat.Validate()
			require.Error(t, err, "Validate after %s", c.name)
			assertProblems(t, err, c.want...)
			_, cerr := competency.Compile(cat)
			assert.Equal(t, err.Error(), cerr.Error(), "Compile reports what Validate reports")
		})
	}
}

func TestCatalogIDAtLengthLimit(t *testing.T) {
	cat := small()
	cat.Competencies[2].ID = competency.ID(strings.Repeat("a", 64))
	assert.NoError(t, cat.Validate(), "a 64-byte ID is valid")
}

func TestCatalogReportsEverything(t *testing.T) {
	cat := small()
	cat.Competencies[0].Name = ""
	cat.Competencies[1].Parents = []competency.ID{"nope"}
	cat.Competencies[2].ID = "Bad ID"
	cat.Competencies = append(cat.Competencies, competency.Competency{ID: "coaching-2", Name: "Coaching", Kind: competency.Soft})
	fes := fieldErrors(t, cat.Validate())
	paths := map[string]bool{}
	for _, fe := range fes {
		paths[fe.Path] = true
	}
	for _, p := range []string{"competencies[0].name", "competencies[1].parents[0]", "competencies[2].id", "competencies[3].name"} {
		assert.True(t, paths[p], "problem at %s reported together with the others: %v", p, fes)
	}
}

func TestCycleMessageShowsCycle(t *testing.T) {
	cat := competency.Catalog{Competencies: []competency.Competency{
		{ID: "a", Name: "A", Kind: competency.Hard, Parents: []competency.ID{"b"}},
		{ID: "b", Name: "B", Kind: competency.Hard, Parents: []competency.ID{"c"}},
		{ID: "c", Name: "C", Kind: competency.Hard, Parents: []competency.ID{"a"}},
		{ID: "d", Name: "D", Kind: competency.Hard, Parents: []competency.ID{"a"}},
	}}
	err := cat.Validate()
	require.Error(t, err, "Validate of a three-node cycle")
	assert.True(t, errors.Is(err, problem.ErrCycle), "matches ErrCycle")
	fes := fieldErrors(t, err)
	require.Len(t, fes, 1, "the cycle is reported once: %v", fes)
	assert.Contains(t, fes[0].Message, "a → b → c → a", "message spells the cycle")
}

func TestDeepParentChainDoesNotOverflow(t *testing.T) {
	const n = 20000
	comps := make([]competency.Competency, n)
	for i := range comps {
		comps[i] = competency.Competency{ID: competency.ID("c" + itoa(i)), Name: "C " + itoa(i), Kind: competency.Knowledge}
		if i > 0 {
			comps[i].Parents = []competency.ID{competency.ID("c" + itoa(i-1))}
		}
	}
	ix, err := competency.Compile(competency.Catalog{Competencies: comps})
	require.NoError(t, err, "Compile of a %d-long parent chain", n)
	assert.Len(t, ix.Ancestors(competency.ID("c"+itoa(n-1))), n-1, "Ancestors of the deepest")
}

func itoa(i int) string { return strconv.Itoa(i) }
