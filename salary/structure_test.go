package salary_test

import (
	"testing"

	"github.com/invopop/jsonschema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

// usStructure is the pay structure of DESIGN.md's sample framework.
func usStructure() salary.Structure {
	return salary.Structure{
		ID: "us-2026", Name: "US engineering 2026", Currency: salary.USD, Period: salary.Year,
		Grades: []salary.Grade{
			{ID: "g5", Name: "Grade 5", Band: band(salary.USD, salary.Year, "120000", "180000")},
			{ID: "g6", Name: "Grade 6", Band: band(salary.USD, salary.Year, "140000", "220000")},
		},
		Zones: []salary.Zone{
			{ID: "tier-1", Name: "Tier 1 metros", Factor: salary.FactorOf(1)},
			{ID: "tier-2", Name: "Tier 2 metros", Factor: salary.MustParseFactor("0.9")},
		},
	}
}

func TestStructureValidate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		edit       func(*salary.Structure)
		path, rule string
		sentinel   error
	}{
		{"sample", func(*salary.Structure) {}, "", "", nil},
		{"no zones", func(s *salary.Structure) { s.Zones = nil }, "", "", nil},
		{"explicit mids", func(s *salary.Structure) {
			s.Grades[0].Band = s.Grades[0].Band.WithMid(amt("150000"))
			s.Grades[1].Band = s.Grades[1].Band.WithMid(amt("150000.01"))
		}, "", "", nil},
		{"bad id", func(s *salary.Structure) { s.ID = "US 2026" }, "id", "slug", nil},
		{"no name", func(s *salary.Structure) { s.Name = "" }, "name", "required", nil},
		{"no grades", func(s *salary.Structure) { s.Grades = nil }, "grades", "required", nil},
		{"bad grade id", func(s *salary.Structure) { s.Grades[1].ID = "G6" }, "grades[1].id", "slug", nil},
		{"duplicate grade", func(s *salary.Structure) { s.Grades[1].ID = "g5" }, "grades[1].id", "unique", careerkit.ErrDuplicate},
		{"duplicate zone", func(s *salary.Structure) { s.Zones[1].ID = "tier-1" }, "zones[1].id", "unique", careerkit.ErrDuplicate},
		{"invalid band", func(s *salary.Structure) { s.Grades[1].Band.Max = amt("1") }, "grades[1].band.max", "range", nil},
		{"band currency", func(s *salary.Structure) { s.Grades[1].Band.Currency = salary.EUR }, "grades[1].band.currency", "currency", careerkit.ErrCurrencyMismatch},
		{"band period", func(s *salary.Structure) { s.Grades[0].Band.Period = salary.Month }, "grades[0].band.period", "period", careerkit.ErrCurrencyMismatch},
		{"band decimals", func(s *salary.Structure) { s.Grades[0].Band.Min = amt("120000.001") }, "grades[0].band.min", "decimals", nil},
		{"equal midpoints", func(s *salary.Structure) { s.Grades[1].Band = band(salary.USD, salary.Year, "140000", "160000") }, "grades[1].band.mid", "increasing", nil},
		{"decreasing midpoints", func(s *salary.Structure) { s.Grades[0], s.Grades[1] = s.Grades[1], s.Grades[0] }, "grades[1].band.mid", "increasing", nil},
		{"zero factor", func(s *salary.Structure) { s.Zones[1].Factor = salary.Factor{} }, "zones[1].factor", "gt", nil},
		{"negative factor", func(s *salary.Structure) { s.Zones[1].Factor = salary.MustParseFactor("-0.9") }, "zones[1].factor", "gt", nil},
		{"bad zone id", func(s *salary.Structure) { s.Zones[0].ID = "" }, "zones[0].id", "required", nil},
		{"bad currency", func(s *salary.Structure) { s.Currency = "XTS" }, "currency", "currency", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := usStructure()
			tc.edit(&s)
			err := s.Validate()
			if tc.rule == "" {
				assert.NoError(t, err, "Validate() of %s", tc.name)
				return
			}
			var ve *careerkit.ValidationError
			require.ErrorAs(t, err, &ve, "Validate() of %s", tc.name)
			assert.Equal(t, "salary: invalid Structure", ve.Subject, "Validate() subject")
			assert.Contains(t, ve.Errors, findProblem(ve, tc.path, tc.rule), "Validate() of %s: %v", tc.name, err)
			if tc.sentinel != nil {
				assert.ErrorIs(t, err, tc.sentinel, "Validate() of %s", tc.name)
			}
		})
	}
}

func TestStructureBand(t *testing.T) {
	s := usStructure()
	s.Grades[0].Band = s.Grades[0].Band.WithMid(amt("150001"))
	for _, tc := range []struct {
		grade, zone string
		want        salary.Band
	}{
		{"g6", "", band(salary.USD, salary.Year, "140000", "220000")},
		{"g6", "tier-1", band(salary.USD, salary.Year, "140000", "220000")},
		{"g6", "tier-2", band(salary.USD, salary.Year, "126000", "198000")},
		{"g5", "tier-2", band(salary.USD, salary.Year, "108000", "162000").WithMid(amt("135000.9"))},
	} {
		t.Run(tc.grade+"/"+tc.zone, func(t *testing.T) {
			got, err := s.Band(salary.GradeID(tc.grade), salary.ZoneID(tc.zone))
			require.NoError(t, err, "Band(%q, %q)", tc.grade, tc.zone)
			assert.Equal(t, tc.want, got, "Band(%q, %q)", tc.grade, tc.zone)
		})
	}
	got, err := s.Band("g5", "")
	require.NoError(t, err, "Band(g5, \"\")")
	assert.NotSame(t, s.Grades[0].Band.Mid, got.Mid, "Band(g5, \"\") copies Mid")

	// Rounding, half-even to cents: 50000.125 → 50000.12, 50000.175 → 50000.18,
	// 33333.4699… → 33333.47.
	odd := salary.Structure{ID: "x", Name: "x", Currency: salary.USD, Period: salary.Year,
		Grades: []salary.Grade{{ID: "a", Band: band(salary.USD, salary.Year, "100000.25", "100000.35")}, {ID: "b", Band: band(salary.USD, salary.Year, "100000.51", "100000.51")}},
		Zones:  []salary.Zone{{ID: "half", Factor: salary.MustParseFactor("0.5")}, {ID: "third", Factor: salary.MustParseFactor("0.333333")}}}
	require.NoError(t, odd.Validate(), "Validate() of the rounding structure")
	got, err = odd.Band("a", "half")
	require.NoError(t, err, "Band(a, half)")
	assert.Equal(t, band(salary.USD, salary.Year, "50000.12", "50000.18"), got, "Band(a, half) rounds half-even to cents")
	got, err = odd.Band("b", "third")
	require.NoError(t, err, "Band(b, third)")
	assert.Equal(t, "33333.47", got.Min.String(), "Band(b, third) rounds to cents")

	for _, tc := range []struct{ grade, zone string }{{"g7", ""}, {"g6", "tier-3"}} {
		_, err := s.Band(salary.GradeID(tc.grade), salary.ZoneID(tc.zone))
		assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "Band(%q, %q)", tc.grade, tc.zone)
	}
	_, ok := s.Grade("g6")
	assert.True(t, ok, "Grade(g6)")
	_, ok = s.Zone("nowhere")
	assert.False(t, ok, "Zone(nowhere)")
}

func TestStructureProgressionAndOverlap(t *testing.T) {
	s := usStructure()
	p, err := s.MidpointProgression("g5", "g6")
	require.NoError(t, err, "MidpointProgression(g5, g6)")
	assert.InDelta(t, 0.2, p, 1e-15, "MidpointProgression(g5, g6) = (180000-150000)/150000")
	o, err := s.Overlap("g5", "g6")
	require.NoError(t, err, "Overlap(g5, g6)")
	assert.InDelta(t, 2.0/3, o, 1e-15, "Overlap(g5, g6) = (180000-140000)/(180000-120000)")
	_, err = s.MidpointProgression("g5", "g9")
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "MidpointProgression(g5, g9)")
	_, err = s.Overlap("g0", "g6")
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "Overlap(g0, g6)")
}

func TestStructureLint(t *testing.T) {
	grades := func(bands ...salary.Band) salary.Structure {
		s := salary.Structure{ID: "s", Name: "S", Currency: salary.USD, Period: salary.Year}
		for i, b := range bands {
			s.Grades = append(s.Grades, salary.Grade{ID: salary.GradeID(string(rune('a' + i))), Band: b})
		}
		return s
	}
	for _, tc := range []struct {
		name  string
		s     salary.Structure
		opts  salary.LintOptions
		rules map[string]string // path → rule
	}{
		{"sample: overlap", usStructure(), salary.LintOptions{}, map[string]string{"grades[1].band": "overlap"}},
		{"sample with a higher threshold", usStructure(), salary.LintOptions{MaxOverlap: salary.MustParseFactor("0.7")}, map[string]string{}},
		{"spread just inside", grades(band(salary.USD, salary.Year, "100000", "120000"), band(salary.USD, salary.Year, "100000", "180000").WithMid(amt("120000"))),
			salary.LintOptions{MaxOverlap: salary.FactorOf(1)}, map[string]string{}},
		{"spread just outside", grades(band(salary.USD, salary.Year, "100000", "119999.99"), band(salary.USD, salary.Year, "200000", "360000.01")),
			salary.LintOptions{}, map[string]string{"grades[0].band": "spread-low", "grades[1].band": "spread-high", "grades[1].band.mid": "progression-high"}},
		{"progression too small", grades(band(salary.USD, salary.Year, "100000", "150000"), band(salary.USD, salary.Year, "106000", "159000")),
			salary.LintOptions{MaxOverlap: salary.FactorOf(1)}, map[string]string{"grades[1].band.mid": "progression-low"}},
		{"progression at 7 %", grades(band(salary.USD, salary.Year, "100000", "150000"), band(salary.USD, salary.Year, "107000", "160500")),
			salary.LintOptions{MaxOverlap: salary.FactorOf(1)}, map[string]string{}},
		{"executive ranges", grades(band(salary.USD, salary.Year, "200000", "380000")),
			salary.LintOptions{MinSpread: salary.MustParseFactor("0.5"), MaxSpread: salary.FactorOf(1)}, map[string]string{}},
		{"spread from mid", grades(band(salary.USD, salary.Year, "100000", "200000")),
			salary.LintOptions{SpreadBasis: salary.SpreadFromMid, MaxSpread: salary.MustParseFactor("0.6")}, map[string]string{"grades[0].band": "spread-high"}},
		{"invalid band skipped", grades(band(salary.USD, salary.Year, "2", "1")), salary.LintOptions{}, map[string]string{}},
		{"bad basis", usStructure(), salary.LintOptions{SpreadBasis: "min"}, map[string]string{"": "options"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			advice := tc.s.Lint(tc.opts)
			for _, a := range advice {
				got[a.Path] = a.Rule
				assert.NotEmpty(t, a.Message, "Lint() message at %s", a.Path)
			}
			assert.Equal(t, tc.rules, got, "Lint(%+v) of %s: %v", tc.opts, tc.name, advice)
		})
	}
	advice := usStructure().Lint(salary.LintOptions{})
	require.Len(t, advice, 1, "Lint() of the sample")
	assert.Equal(t, "grades[1].band: grade g6 covers 66.7 % of grade g5's range, above the threshold 50.0 % (overlap)", advice[0].String(), "Lint() of the sample")
	d := salary.DefaultLintOptions()
	assert.Equal(t, "0.2", d.MinSpread.String(), "default MinSpread")
	assert.Equal(t, "0.8", d.MaxSpread.String(), "default MaxSpread")
	assert.Equal(t, "0.07", d.MinProgression.String(), "default MinProgression")
	assert.Equal(t, "0.2", d.MaxProgression.String(), "default MaxProgression")
	assert.Equal(t, "0.5", d.MaxOverlap.String(), "default MaxOverlap")
	assert.Equal(t, salary.SpreadFromMin, d.SpreadBasis, "default SpreadBasis")
}

func TestStructureJSONSchema(t *testing.T) {
	s := (&jsonschema.Reflector{}).Reflect(&salary.Structure{})
	defs := s.Definitions
	require.Contains(t, defs, "Band", "schema of Structure defines Band")
	bandSchema := defs["Band"]
	assert.Equal(t, []string{"currency", "period", "min", "max"}, bandSchema.Required, "Band's required keys (mid is optional)")
	mid, ok := bandSchema.Properties.Get("mid")
	require.True(t, ok, "Band schema has mid")
	assert.Equal(t, "#/$defs/Amount", mid.Ref, "Band.mid is an Amount")
	assert.Equal(t, "number", defs["Amount"].Type, "Amount schema")
	assert.Equal(t, []any{"hour", "day", "week", "month", "year"}, defs["Period"].Enum, "Period schema")
	assert.Contains(t, defs["Currency"].Enum, "USD", "Currency schema")
	assert.Equal(t, "number", defs["Factor"].Type, "Factor schema")
	assert.Equal(t, []string{"id", "factor"}, defs["Zone"].Required, "Zone's required keys")
}

func TestStructureClone(t *testing.T) {
	withMids := func() salary.Structure {
		s := usStructure()
		for i, g := range s.Grades {
			s.Grades[i].Band = g.Band.WithMid(g.Band.Midpoint())
		}
		return s
	}
	s, want := withMids(), withMids()
	c := s.Clone()
	require.Equal(t, want, c, "Clone equals the original")
	for i := range c.Grades {
		c.Grades[i].ID, c.Grades[i].Band.Min = "x", c.Grades[i].Band.Max
		*c.Grades[i].Band.Mid = c.Grades[i].Band.Max
	}
	c.Zones[0].Factor = salary.MustParseFactor("2")
	assert.Equal(t, want, s, "the original after changing its Clone through every grade's Mid")

	g, ok := s.Grade("g6")
	require.True(t, ok, "Grade(g6)")
	*g.Band.Mid = g.Band.Min
	again, _ := s.Grade("g6")
	assert.Equal(t, want.Grades[1], again, "Grade(g6) after changing the Mid it returned")
	gc := again.Clone()
	*gc.Band.Mid = gc.Band.Min
	assert.Equal(t, want.Grades[1], again, "Grade.Clone has its own Mid")

	b := withMids().Grades[0].Band
	mid := *b.Mid
	bc := b.Clone()
	require.Equal(t, b, bc, "Band.Clone equals the original")
	*bc.Mid = bc.Min
	assert.Equal(t, mid, *b.Mid, "Band.Clone has its own Mid")
	var zero salary.Band
	assert.Nil(t, zero.Clone().Mid, "Band.Clone of a band without Mid")
}
