package role_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
)

// The roles below carry facts of three real job postings, reworded: a site
// reliability engineer, a data engineering manager and a payroll
// specialist.

// posting returns a role with one competency requirement the candidates of
// person meet, and the given experience and education.
func posting(exp []role.Experience, edu role.Education) role.Role {
	return role.Role{ID: "posting", Title: "Posting",
		Requirements: []competency.Requirement{{Competency: "coaching", Level: 3}},
		Experience:   exp, Education: edu}
}

// person returns a candidate who meets the competency requirement of
// posting, with the given experience and credentials.
func person(exp []role.Years, edu ...role.Credential) role.Candidate {
	return role.Candidate{
		Profile:    competency.Profile{Subject: "c1", Ratings: []competency.Rating{{Competency: "coaching", Level: 3}}},
		Experience: exp, Education: edu,
	}
}

func fitOf(t *testing.T, r role.Role, c role.Candidate, opts role.FitOptions) role.FitReport {
	t.Helper()
	rep, err := role.Fit(context.Background(), fitIndex(), r, c, opts)
	require.NoError(t, err, "Fit(%s, %+v)", r.ID, c.Experience)
	return rep
}

func TestFitAlternativeAreas(t *testing.T) {
	// SRE posting: "3–6 years in operations or software engineering".
	r := posting([]role.Experience{{Areas: []string{"operations", "software-engineering"}, MinYears: 3, MaxYears: 6}}, role.Education{})
	cases := []struct {
		name      string
		exp       []role.Years
		area      string
		years     float64
		met, over bool
		shortfall float64
		credit    float64
	}{
		// 5 years of software engineering alone: 3 ≤ 5 ≤ 6, met and in range.
		{"5 years of software engineering", []role.Years{{Area: "software-engineering", Years: 5}}, "software-engineering", 5, true, false, 0, 1},
		// The best single area counts, never the sum: 2 and 2 are 2, short
		// by 3 − 2 = 1, credit 2/3.
		{"2 years in each area", []role.Years{{Area: "operations", Years: 2}, {Area: "software-engineering", Years: 2}}, "operations", 2, false, false, 1, 2.0 / 3},
		// 7 years of operations: above the hard 6, flagged, still met.
		{"7 years of operations", []role.Years{{Area: "operations", Years: 7}}, "operations", 7, true, true, 0, 1},
		// Nothing listed: 0 years in the first accepted area, short by 3.
		{"no experience", nil, "operations", 0, false, false, 3, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := fitOf(t, r, person(c.exp), role.FitOptions{})
			g := rep.Experience[0]
			assert.Equal(t, c.area, g.Area, "Fit(%s): area counted", c.name)
			assert.Equal(t, c.years, g.Years, "Fit(%s): years", c.name)
			assert.Equal(t, c.met, g.Met, "Fit(%s): met", c.name)
			assert.Equal(t, c.over, g.OverRange, "Fit(%s): over range", c.name)
			assert.Equal(t, c.shortfall, g.Shortfall, "Fit(%s): shortfall", c.name)
			assert.InDelta(t, c.credit, g.Credit, 1e-12, "Fit(%s): credit", c.name)
			assert.Equal(t, c.met, rep.Ready, "Fit(%s): ready exactly when met", c.name)
		})
	}
}

func TestFitNestedExperience(t *testing.T) {
	// Data engineering manager posting: "7–10 years of data engineering
	// including 2+ years leading people".
	r := posting([]role.Experience{{Area: "data-engineering", MinYears: 7, MaxYears: 10,
		Including: []role.ExperiencePart{{Area: "people-leadership", MinYears: 2, OpenEnded: true}}}}, role.Education{})
	cases := []struct {
		name        string
		de, lead    float64
		met, ready  bool
		ownShort    float64
		partShort   float64
		score       float64
		reasonCount int
	}{
		// Both met: credits 1 and 1, score 1.
		{"8 years including 3 leading", 8, 3, true, true, 0, 0, 1, 0},
		// Own years met, the part short by 2 − 1 = 1: credits 1 and 1/2,
		// each weighing 1, score (1 + 0.5) / 2 = 0.75; one reason.
		{"8 years including 1 leading", 8, 1, false, false, 0, 1, 0.75, 1},
		// The part's years are not added: 5 + 3 is not 8. Own short by
		// 7 − 5 = 2, credit 5/7; part met, credit 1; score (5/7 + 1) / 2 =
		// 6/7.
		{"5 years and 3 leading are not 8", 5, 3, false, false, 2, 0, 6.0 / 7, 1},
		// Both short: own 7 − 6 = 1 (credit 6/7), part 2 − 0.5 = 1.5
		// (credit 1/4): score (6/7 + 1/4) / 2 = 31/56; two reasons.
		{"6 years including half a year leading", 6, 0.5, false, false, 1, 1.5, 31.0 / 56, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := fitOf(t, r, person([]role.Years{{Area: "data-engineering", Years: c.de}, {Area: "people-leadership", Years: c.lead}}), role.FitOptions{})
			g := rep.Experience[0]
			require.Len(t, g.Parts, 1, "Fit(%s): one part", c.name)
			assert.Equal(t, c.met, g.Met, "Fit(%s): met", c.name)
			assert.Equal(t, c.ready, rep.Ready, "Fit(%s): ready", c.name)
			assert.Equal(t, c.ownShort, g.Shortfall, "Fit(%s): own shortfall", c.name)
			assert.Equal(t, c.partShort, g.Parts[0].Shortfall, "Fit(%s): part shortfall", c.name)
			assert.Equal(t, c.lead, g.Parts[0].Years, "Fit(%s): the part counts the years leading people", c.name)
			assert.InDelta(t, c.score, rep.ExperienceScore, 1e-12, "Fit(%s): experience score", c.name)
			assert.Len(t, rep.Blocking, c.reasonCount, "Fit(%s): one reason per shortfall: %v", c.name, rep.Blocking)
		})
	}
	rep := fitOf(t, r, person([]role.Years{{Area: "data-engineering", Years: 8}, {Area: "people-leadership", Years: 1}}), role.FitOptions{})
	assert.Equal(t, []role.Reason{{Kind: role.ReasonExperience, Subject: "people-leadership",
		Message: "2 years of people-leadership within the data-engineering experience needed, 1 held"}}, rep.Blocking, "Fit: the part's reason")
}

func TestFitExperienceWithoutYears(t *testing.T) {
	// Data engineering manager posting: "experience running petabyte-scale
	// warehouses", with no years.
	r := posting([]role.Experience{{Area: "petabyte-scale-warehouses"}}, role.Education{})
	none := fitOf(t, r, person([]role.Years{{Area: "data-engineering", Years: 12}}), role.FitOptions{})
	g := none.Experience[0]
	assert.False(t, g.Met, "Fit without declared evidence: not met")
	assert.False(t, g.Declared, "Fit without declared evidence: not declared")
	assert.Zero(t, g.Credit, "Fit without declared evidence: credit 0")
	assert.False(t, none.Ready, "Fit without declared evidence: not ready")
	assert.Equal(t, []role.Reason{{Kind: role.ReasonExperience, Subject: "petabyte-scale-warehouses",
		Message: "experience in petabyte-scale-warehouses needed, none declared"}}, none.Blocking, "Fit without declared evidence: the reason")

	with := fitOf(t, r, person([]role.Years{{Area: "petabyte-scale-warehouses", Evidence: "ran a 3 PB warehouse on object storage"}}), role.FitOptions{})
	g = with.Experience[0]
	assert.True(t, g.Met, "Fit with declared evidence (0 years): met")
	assert.True(t, g.Declared, "Fit with declared evidence: declared")
	assert.Equal(t, 1.0, g.Credit, "Fit with declared evidence: credit 1")
	assert.True(t, with.Ready, "Fit with declared evidence: ready: %v", with.Blocking)
}

func TestFitTypicalRange(t *testing.T) {
	// "Typically 7–10 years of data engineering."
	typical := posting([]role.Experience{{Area: "data-engineering", MinYears: 7, MaxYears: 10, RangeKind: role.Typical}}, role.Education{})
	minimum := posting([]role.Experience{{Area: "data-engineering", MinYears: 7, MaxYears: 10, RangeKind: role.Minimum}}, role.Education{})
	at := func(r role.Role, years float64) role.FitReport {
		return fitOf(t, r, person([]role.Years{{Area: "data-engineering", Years: years}}), role.FitOptions{})
	}

	over := at(typical, 12)
	assert.True(t, over.Experience[0].Met, "typical 7–10 with 12 years: met")
	assert.False(t, over.Experience[0].OverRange, "typical 7–10 with 12 years: not flagged")
	assert.Equal(t, 1.0, over.Experience[0].Credit, "typical 7–10 with 12 years: credit 1")

	under := at(typical, 6)
	g := under.Experience[0]
	assert.False(t, g.Met, "typical 7–10 with 6 years: not met")
	assert.True(t, g.Soft, "typical 7–10 with 6 years: a soft shortfall")
	assert.Equal(t, 1.0, g.Shortfall, "typical 7–10 with 6 years: short by 7 − 6 = 1")
	// √(6/7) = √0.857142… = 0.925820…
	assert.InDelta(t, 0.9258200997725514, g.Credit, 1e-12, "typical 7–10 with 6 years: credit √(6/7)")
	assert.True(t, under.Ready, "typical 7–10 with 6 years: nothing blocks: %v", under.Blocking)

	hard := at(minimum, 6)
	assert.InDelta(t, 6.0/7, hard.Experience[0].Credit, 1e-12, "minimum 7 with 6 years: credit 6/7 = 0.857…, below the typical range's")
	assert.False(t, hard.Ready, "minimum 7 with 6 years: blocks")
	assert.False(t, at(minimum, 12).Experience[0].OverRange, "a minimum with a maximum written: 12 years not flagged")
}

func TestFitAcceptedCertifications(t *testing.T) {
	// SRE posting: "a cloud or Kubernetes certification".
	r := posting(nil, role.Education{Alternatives: []role.Credential{
		{Kind: role.Certification, Name: "AWS Certified Solutions Architect", Aliases: []string{"AWS SA"}},
		{Kind: role.Certification, Name: "Certified Kubernetes Administrator", Aliases: []string{"CKA"}},
	}})
	cka := role.Credential{Kind: role.Certification, Name: "cka", IssuedAt: civil.MustParseDate("2024-03-01"), ExpiresAt: civil.MustParseDate("2026-03-01")}
	cases := []struct {
		name    string
		asOf    civil.Date
		met     bool
		expired []int
	}{
		{"zero AsOf ignores expiry", civil.Date{}, true, nil},
		{"on its last day", civil.MustParseDate("2026-03-01"), true, nil},
		{"after its expiry", civil.MustParseDate("2026-06-30"), false, []int{0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := fitOf(t, r, person(nil, cka), role.FitOptions{AsOf: c.asOf})
			assert.Equal(t, c.met, rep.Education.Met, "Fit(AsOf %s): CKA, alias of Certified Kubernetes Administrator", c.asOf)
			assert.Equal(t, c.expired, rep.Education.Expired, "Fit(AsOf %s): expired credentials", c.asOf)
			assert.Equal(t, c.met, rep.Ready, "Fit(AsOf %s): ready", c.asOf)
		})
	}
	rep := fitOf(t, r, person(nil, cka), role.FitOptions{AsOf: civil.MustParseDate("2026-06-30")})
	assert.Equal(t, []role.Reason{{Kind: role.ReasonEducation, Message: "one of these is needed: the certification AWS Certified Solutions Architect (AWS SA); the certification Certified Kubernetes Administrator (CKA)"}},
		rep.Blocking, "Fit after the expiry: the reason lists the accepted certifications")
	assert.Zero(t, rep.Education.Credit, "Fit after the expiry: a certification earns no partial credit")

	degree := fitOf(t, r, person(nil, role.Credential{Level: role.Master, Name: "Certified Kubernetes Administrator"}), role.FitOptions{})
	assert.False(t, degree.Education.Met, "Fit: a degree of the same name is no certification")
}

func TestFitAsOfReachesCompetencies(t *testing.T) {
	r := posting(nil, role.Education{})
	c := person(nil)
	c.Profile.Ratings[0].ExpiresAt = civil.MustParseDate("2026-01-31")
	cases := []struct {
		name  string
		opts  role.FitOptions
		ready bool
	}{
		{"no date", role.FitOptions{}, true},
		{"AsOf after the rating's expiry", role.FitOptions{AsOf: civil.MustParseDate("2026-06-30")}, false},
		{"Competency.AsOf wins", role.FitOptions{AsOf: civil.MustParseDate("2026-06-30"), Competency: competency.Options{AsOf: civil.MustParseDate("2026-01-01")}}, true},
	}
	for _, tc := range cases {
		rep := fitOf(t, r, c, tc.opts)
		assert.Equal(t, tc.ready, rep.Competencies.RequiredMet, "Fit(%s): competency met", tc.name)
		assert.Equal(t, tc.ready, rep.Ready, "Fit(%s): ready", tc.name)
	}
}

func TestFitSchoolSubjects(t *testing.T) {
	// Payroll specialist posting: "secondary school qualifications
	// including mathematics".
	r := posting(nil, role.Education{Minimum: &role.Credential{Kind: role.School, Subjects: []string{"mathematics"}},
		FieldAliases: []role.FieldOfStudy{{Name: "mathematics", Aliases: []string{"maths"}}}})
	cases := []struct {
		name   string
		held   []role.Credential
		met    bool
		credit float64
	}{
		{"a physics graduate", []role.Credential{{Level: role.Bachelor, Fields: []string{"Physics"}}}, true, 1},
		{"school with mathematics and English", []role.Credential{{Kind: role.School, Subjects: []string{"English", "Mathematics"}}}, true, 1},
		{"school with maths, an alias", []role.Credential{{Kind: role.School, Subjects: []string{"Maths"}}}, true, 1},
		// The level is right (rank 1 of 1) but the subject is not: 1 / 2.
		{"school with history", []role.Credential{{Kind: role.School, Level: role.HighSchool, Subjects: []string{"history"}}}, false, 0.5},
		// A high-school diploma without subjects: 1 / 2 too.
		{"a diploma without subjects", []role.Credential{{Level: role.HighSchool}}, false, 0.5},
		// No credential: rank 0 of 1, 0.
		{"nothing", nil, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := fitOf(t, r, person(nil, c.held...), role.FitOptions{})
			assert.Equal(t, c.met, rep.Education.Met, "Fit(%s): met", c.name)
			assert.Equal(t, c.credit, rep.Education.Credit, "Fit(%s): credit", c.name)
		})
	}
	// A school qualification stands at high-school for a degree minimum.
	hs := posting(nil, role.Education{Minimum: &role.Credential{Level: role.HighSchool}})
	assert.True(t, fitOf(t, hs, person(nil, role.Credential{Kind: role.School, Subjects: []string{"history"}}), role.FitOptions{}).Education.Met,
		"Fit: a school qualification meets a high-school minimum")
}

func TestEquivalentExperienceNeedsRequiredExperience(t *testing.T) {
	edu := role.Education{Minimum: &role.Credential{Level: role.Bachelor}, EquivalentExperience: true}
	assertProblems(t, posting(nil, edu).Validate(), problem{"education.equivalentExperience", "required_with"})
	assertProblems(t, posting([]role.Experience{{Area: "operations", MinYears: 3, Preferred: true}}, edu).Validate(),
		problem{"education.equivalentExperience", "required_with"})

	r := posting([]role.Experience{{Area: "operations", MinYears: 3}}, edu)
	require.NoError(t, r.Validate(), "Validate: a required experience requirement stands for the degree")
	subst := fitOf(t, r, person([]role.Years{{Area: "operations", Years: 4}}), role.FitOptions{})
	assert.True(t, subst.Education.SubstitutedByExperience, "Fit with 4 years of 3: substituted")
	nothing := fitOf(t, r, person(nil), role.FitOptions{})
	assert.False(t, nothing.Education.Met, "Fit of a candidate with nothing: the bachelor's minimum is not met")
	assert.False(t, nothing.Ready, "Fit of a candidate with nothing: not ready")
}

func TestFieldAliasesChainInAnyOrder(t *testing.T) {
	// Informatics → Computer Science ← CS, and Computing → Informatics: all
	// four are one field; Data Science ← DS stays apart.
	fields := []role.FieldOfStudy{
		{Name: "Computer Science", Aliases: []string{"CS", "Informatics"}},
		{Name: "Informatics", Aliases: []string{"Computing"}},
		{Name: "Data Science", Aliases: []string{"DS"}},
		{Name: "computing", Aliases: []string{"Computational Studies"}},
	}
	names := []string{"Computer Science", "CS", "Informatics", "Computing", "Computational Studies", "Data Science", "DS", "History"}
	verdicts := func(m role.FieldMatcher) []bool {
		var out []bool
		for _, a := range names {
			for _, b := range names {
				out = append(out, m.Same(a, b))
			}
		}
		return out
	}
	want := verdicts(role.NewFieldMatcherOf(fields...))
	var n int
	permute(len(fields), func(order []int) {
		n++
		perm := make([]role.FieldOfStudy, len(order))
		for i, j := range order {
			perm[i] = fields[j]
			perm[i].Aliases = slices.Clone(fields[j].Aliases)
			slices.Reverse(perm[i].Aliases)
		}
		assert.Equal(t, want, verdicts(role.NewFieldMatcherOf(perm...)), "NewFieldMatcherOf(order %v) gives the same verdicts", order)
		m := role.FieldMatcher{}.With(perm[:2]...).With(perm[2:]...)
		assert.Equal(t, want, verdicts(m), "With in two steps (order %v) gives the same verdicts", order)
	})
	assert.Equal(t, 24, n, "every order of the 4 fields is tried")
	byMap := map[string][]string{}
	for _, f := range fields {
		byMap[f.Name] = f.Aliases
	}
	for i := range 50 {
		assert.Equal(t, want, verdicts(role.NewFieldMatcher(byMap)), "NewFieldMatcher of a map, run %d", i)
	}

	base := role.NewFieldMatcherOf(fields[0])
	more := base.With(fields[1])
	assert.True(t, more.Same("CS", "Computing"), "With: CS → Computer Science ← Informatics ← Computing")
	assert.False(t, base.Same("CS", "Computing"), "With leaves the matcher it was called on as it was")
	assert.Equal(t, verdicts(base), verdicts(base.With()), "With of nothing: the same verdicts")

	m := role.NewFieldMatcherOf(fields...)
	assert.True(t, m.Same("CS", "Computational Studies"), "CS → Computer Science ← Informatics ← Computing ← Computational Studies")
	assert.True(t, m.Same("computational  studies", "informatics"), "folded names chain too")
	assert.False(t, m.Same("CS", "DS"), "two chains stay apart")
	assert.False(t, m.Same("History", "Computing"), "an unrelated field")
	for i, a := range names {
		for j, b := range names {
			for _, c := range names {
				if m.Same(a, b) && m.Same(b, c) {
					assert.True(t, m.Same(a, c), "Same is transitive: %q ~ %q ~ %q", a, b, c)
				}
			}
			assert.Equal(t, m.Same(a, b), m.Same(b, a), "Same is symmetric: %d, %d", i, j)
		}
	}
}

// permute calls fn with every order of 0…n−1 (Heap's algorithm).
func permute(n int, fn func([]int)) {
	a := make([]int, n)
	for i := range a {
		a[i] = i
	}
	var gen func(k int)
	gen = func(k int) {
		if k == 1 {
			fn(slices.Clone(a))
			return
		}
		for i := range k - 1 {
			gen(k - 1)
			if k%2 == 0 {
				a[i], a[k-1] = a[k-1], a[i]
			} else {
				a[0], a[k-1] = a[k-1], a[0]
			}
		}
		gen(k - 1)
	}
	gen(n)
}

func TestValidateJobFacts(t *testing.T) {
	ok := func() role.Role {
		return posting([]role.Experience{{Area: "data-engineering", MinYears: 7, MaxYears: 10,
			Including: []role.ExperiencePart{{Areas: []string{"people-leadership", "people-management"}, MinYears: 2}}}},
			role.Education{Alternatives: []role.Credential{{Kind: role.Certification, Name: "CKA"}}})
	}
	require.NoError(t, ok().Validate(), "Validate of the base role")
	cases := []struct {
		name   string
		change func(*role.Role)
		want   problem
	}{
		{"no area", func(r *role.Role) { r.Experience[0].Area = "" }, problem{"experience[0].area", "required"}},
		{"an alternative twice", func(r *role.Role) { r.Experience[0].Areas = []string{"data-engineering"} }, problem{"experience[0].areas[0]", "unique"}},
		{"a part's alternative twice", func(r *role.Role) { r.Experience[0].Including[0].Areas[1] = "people-leadership" }, problem{"experience[0].including[0].areas[1]", "unique"}},
		{"a part above its requirement's minimum", func(r *role.Role) { r.Experience[0].Including[0].MinYears = 8 }, problem{"experience[0].including[0].minYears", "inside"}},
		{"a part above its requirement's hard maximum", func(r *role.Role) { r.Experience[0].Including[0].MaxYears = 11 }, problem{"experience[0].including[0].maxYears", "inside"}},
		{"a part's maximum below its minimum", func(r *role.Role) { r.Experience[0].Including[0].MaxYears = 1 }, problem{"experience[0].including[0].maxYears", "range"}},
		{"an unknown range kind", func(r *role.Role) { r.Experience[0].RangeKind = "soft" }, problem{"experience[0].rangeKind", "oneof"}},
		{"a hard range open-ended", func(r *role.Role) { r.Experience[0].RangeKind, r.Experience[0].OpenEnded = role.Hard, true }, problem{"experience[0].openEnded", "excluded_with"}},
		{"a hard range without a maximum", func(r *role.Role) { r.Experience[0].RangeKind, r.Experience[0].MaxYears = role.Hard, 0 }, problem{"experience[0].maxYears", "required"}},
		{"a typical range without a minimum", func(r *role.Role) {
			r.Experience[0].RangeKind, r.Experience[0].MinYears, r.Experience[0].Including = role.Typical, 0, nil
		}, problem{"experience[0].minYears", "required"}},
		{"a certification without a name", func(r *role.Role) { r.Education.Alternatives[0].Name = "" }, problem{"education.alternatives[0].name", "required"}},
		{"a certification with a level", func(r *role.Role) { r.Education.Alternatives[0].Level = role.Bachelor }, problem{"education.alternatives[0].level", "excluded_with"}},
		{"a degree without a level", func(r *role.Role) { r.Education.Alternatives[0].Kind = role.Degree }, problem{"education.alternatives[0].level", "required"}},
		{"an unknown credential kind", func(r *role.Role) { r.Education.Alternatives[0].Kind = "licence" }, problem{"education.alternatives[0].kind", "oneof"}},
		{"a school at bachelor level", func(r *role.Role) {
			r.Education.Minimum = &role.Credential{Kind: role.School, Level: role.Bachelor}
		}, problem{"education.minimum.level", "oneof"}},
		{"subjects on a degree", func(r *role.Role) {
			r.Education.Minimum = &role.Credential{Level: role.Bachelor, Subjects: []string{"mathematics"}}
		}, problem{"education.minimum.subjects", "excluded_with"}},
		{"fields on a school qualification", func(r *role.Role) {
			r.Education.Minimum = &role.Credential{Kind: role.School, Fields: []string{"mathematics"}}
		}, problem{"education.minimum.fields", "excluded_with"}},
		{"a date on a credential asked for", func(r *role.Role) {
			r.Education.Alternatives[0].ExpiresAt = civil.MustParseDate("2027-01-01")
		}, problem{"education.alternatives[0].expiresAt", "excluded"}},
		{"a field alias without a name", func(r *role.Role) {
			r.Education.FieldAliases = []role.FieldOfStudy{{Aliases: []string{"CS"}}}
		}, problem{"education.fieldAliases[0].name", "required"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ok()
			r.Experience[0].Including[0].Areas = slices.Clone(r.Experience[0].Including[0].Areas)
			c.change(&r)
			assertProblems(t, r.Validate(), c.want)
		})
	}

	held := role.Credential{Kind: role.Certification, Name: "CKA", IssuedAt: civil.MustParseDate("2026-03-01"), ExpiresAt: civil.MustParseDate("2024-03-01")}
	assertProblems(t, person(nil, held).Validate(), problem{"education[0].expiresAt", "gtefield"})
	assertProblems(t, held.Validate(), problem{"expiresAt", "gtefield"})
	held.ExpiresAt = held.IssuedAt
	assert.NoError(t, held.Validate(), "Credential.Validate: expiring on the issue day is allowed")
	assert.Equal(t, role.HighSchool, role.Credential{Kind: role.School}.EffectiveLevel(), "EffectiveLevel: a school qualification stands at high-school")
}

func TestRankAgreesWithFitAsOf(t *testing.T) {
	// The SRE posting's certification and a rating that lapses: ranking
	// with AsOf gives Fit's scores and verdicts.
	r := posting([]role.Experience{{Areas: []string{"operations", "software-engineering"}, MinYears: 3, MaxYears: 6},
		{Area: "on-call", MinYears: 2, MaxYears: 4, RangeKind: role.Typical}},
		role.Education{Alternatives: []role.Credential{{Kind: role.Certification, Name: "Certified Kubernetes Administrator", Aliases: []string{"CKA"}}}})
	lapsing := person([]role.Years{{Area: "operations", Years: 4}, {Area: "on-call", Years: 1}},
		role.Credential{Kind: role.Certification, Name: "CKA", ExpiresAt: civil.MustParseDate("2026-03-01")})
	lapsing.Profile.Ratings[0].ExpiresAt = civil.MustParseDate("2026-01-31")
	steady := person([]role.Years{{Area: "software-engineering", Years: 5}, {Area: "on-call", Years: 3}},
		role.Credential{Kind: role.Certification, Name: "Certified Kubernetes Administrator"})
	steady.Profile.Subject = "c2"
	for _, asOf := range []civil.Date{{}, civil.MustParseDate("2026-06-30")} {
		opts := role.FitOptions{AsOf: asOf}
		ranked, err := role.RankCandidates(context.Background(), fitIndex(), r, []role.Candidate{lapsing, steady}, 2, opts)
		require.NoError(t, err, "RankCandidates(AsOf %q)", asOf)
		for _, rk := range ranked {
			c := lapsing
			if rk.Subject == steady.Profile.Subject {
				c = steady
			}
			f := fitOf(t, r, c, opts)
			assert.Equal(t, f.Score, rk.Score, "RankCandidates(AsOf %q) scores %s as Fit does", asOf, rk.Subject)
			assert.Equal(t, f.Ready, rk.Ready, "RankCandidates(AsOf %q) judges %s as Fit does", asOf, rk.Subject)
			byRole, err := role.RankRoles(context.Background(), fitIndex(), []role.Role{r}, c, 1, opts)
			require.NoError(t, err, "RankRoles(AsOf %q, %s)", asOf, rk.Subject)
			assert.Equal(t, f.Score, byRole[0].Score, "RankRoles(AsOf %q) scores %s as Fit does", asOf, rk.Subject)
			assert.Equal(t, f.Ready, byRole[0].Ready, "RankRoles(AsOf %q) judges %s as Fit does", asOf, rk.Subject)
		}
	}
	late := fitOf(t, r, lapsing, role.FitOptions{AsOf: civil.MustParseDate("2026-06-30")})
	assert.False(t, late.Ready, "Fit after both expiries: not ready")
	assert.False(t, late.Competencies.RequiredMet, "Fit after the rating's expiry: the competency is not met")
	assert.Equal(t, lapsing.Profile.Ratings[0].ExpiresAt, civil.MustParseDate("2026-01-31"), "ranking leaves the candidate's ratings as they were")
	assert.Len(t, lapsing.Profile.Ratings, 1, "ranking leaves the candidate's ratings as they were")
}
