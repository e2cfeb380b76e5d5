package role_test

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

func fitIndex() *competency.Index {
	return competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
}

func fitRole() role.Role {
	r := valid()
	r.Experience = []role.Experience{
		{Area: "software-engineering", MinYears: 6, MaxYears: 12, OpenEnded: true},
		{Area: "people-management", MinYears: 2, MaxYears: 6},
		{Area: "managing-multiple-teams", MinYears: 3, OpenEnded: true, Preferred: true},
	}
	r.Education = role.Education{
		Minimum:   &role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science"}},
		Preferred: []role.Credential{{Level: role.Master, Fields: []string{"Computer Science"}}, {Level: role.Master, Name: "MBA"}},
		Fields:    []string{"Information Systems"},
	}
	return r
}

func candidate(se, pm float64, edu ...role.Credential) role.Candidate {
	return role.Candidate{
		Profile:    competency.Profile{Subject: "c1", Ratings: []competency.Rating{{Competency: "coaching", Level: 3}}},
		Experience: []role.Years{{Area: "software-engineering", Years: se}, {Area: "people-management", Years: pm}},
		Education:  edu,
	}
}

var bsCS = role.Credential{Level: role.Bachelor, Fields: []string{"Computer Science"}}

func TestFitExperience(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	cases := []struct {
		name    string
		se, pm  float64
		seMet   bool
		pmMet   bool
		pmOver  bool
		seOver  bool
		pmShort float64
		ready   bool
	}{
		{"exactly at the minimums", 6, 2, true, true, false, false, 0, true},
		{"just below a minimum", 6, 1.99, true, false, false, false, 0.01, false},
		{"above a closed maximum", 8, 7, true, true, true, false, 0, true},
		{"above an open-ended maximum", 20, 4, true, true, false, false, 0, true},
		{"no experience", 0, 0, false, false, false, false, 2, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := role.Fit(context.Background(), ix, r, candidate(c.se, c.pm, bsCS), role.FitOptions{})
			require.NoError(t, err, "Fit")
			se, pm := f.Experience[0], f.Experience[1]
			assert.Equal(t, c.seMet, se.Met, "software-engineering met")
			assert.Equal(t, c.seOver, se.OverRange, "open-ended range is never over range")
			assert.Equal(t, c.pmMet, pm.Met, "people-management met")
			assert.Equal(t, c.pmOver, pm.OverRange, "people-management over range")
			assert.InDelta(t, c.pmShort, pm.Shortfall, 1e-9, "people-management shortfall")
			assert.Equal(t, c.ready, f.Ready, "ready (blocking %v)", f.Blocking)
			assert.False(t, f.Experience[2].Met, "preferred multiple-teams not met")
			for _, b := range f.Blocking {
				assert.NotEqual(t, "managing-multiple-teams", b.Subject, "preferred experience never blocks")
			}
		})
	}
}

func TestFitEducation(t *testing.T) {
	ix := fitIndex()
	cases := []struct {
		name       string
		edu        []role.Credential
		equivalent bool
		pm         float64
		fields     role.FieldMatcher
		met, sub   bool
		preferred  []int
	}{
		{"below the minimum", []role.Credential{{Level: role.Associate, Fields: []string{"Computer Science"}}}, false, 3, role.FieldMatcher{}, false, false, nil},
		{"no credential", nil, false, 3, role.FieldMatcher{}, false, false, nil},
		{"equal to the minimum", []role.Credential{bsCS}, false, 3, role.FieldMatcher{}, true, false, nil},
		{"field case and spacing ignored", []role.Credential{{Level: role.Bachelor, Fields: []string{"computer   SCIENCE"}}}, false, 3, role.FieldMatcher{}, true, false, nil},
		{"field through an alias", []role.Credential{{Level: role.Bachelor, Fields: []string{"CS"}}}, false, 3,
			role.NewFieldMatcher(map[string][]string{"Computer Science": {"CS"}}), true, false, nil},
		{"related field of the role", []role.Credential{{Level: role.Bachelor, Fields: []string{"Information Systems"}}}, false, 3, role.FieldMatcher{}, true, false, nil},
		{"right level, unrelated field", []role.Credential{{Level: role.Bachelor, Fields: []string{"History"}}}, false, 3, role.FieldMatcher{}, false, false, nil},
		{"above the minimum", []role.Credential{{Level: role.Master, Fields: []string{"Computer Science"}}}, false, 3, role.FieldMatcher{}, true, false, []int{0}},
		{"an MBA", []role.Credential{bsCS, {Level: role.Master, Name: "mba"}}, false, 3, role.FieldMatcher{}, true, false, []int{1}},
		{"substituted by experience", nil, true, 3, role.FieldMatcher{}, true, true, nil},
		{"no substitute without the experience", nil, true, 1, role.FieldMatcher{}, false, false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := fitRole()
			r.Education.EquivalentExperience = c.equivalent
			f, err := role.Fit(context.Background(), ix, r, candidate(7, c.pm, c.edu...), role.FitOptions{Fields: c.fields})
			require.NoError(t, err, "Fit")
			assert.Equal(t, c.met, f.Education.Met, "education met")
			assert.Equal(t, c.sub, f.Education.SubstitutedByExperience, "substituted by experience")
			assert.Equal(t, c.preferred, f.Education.MeetsPreferred, "preferred credentials met")
			hasReason := false
			for _, b := range f.Blocking {
				hasReason = hasReason || b.Kind == role.ReasonEducation
			}
			assert.Equal(t, !c.met, hasReason, "education blocks exactly when unmet")
			if c.met {
				assert.Equal(t, 1.0, f.Education.Credit, "full education credit when met")
			} else {
				assert.Less(t, f.Education.Credit, 1.0, "partial education credit when unmet")
			}
		})
	}
}

func TestFitPay(t *testing.T) {
	ix, r := fitIndex(), fitRole() // band USD 100000–150000/year
	cases := []struct {
		name     string
		pay      *salary.Pay
		compared bool
		pos      salary.Position
	}{
		{"below", pay("USD", salary.Year, "90000"), true, salary.Below},
		{"at the minimum", pay("USD", salary.Year, "100000"), true, salary.Within},
		{"within", pay("USD", salary.Year, "125000"), true, salary.Within},
		{"above", pay("USD", salary.Year, "150000.01"), true, salary.Above},
		{"another currency", pay("EUR", salary.Year, "120000"), false, ""},
		{"another period", pay("USD", salary.Hour, "60"), false, ""},
		{"no expectation", nil, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cand := candidate(7, 3, bsCS)
			cand.ExpectedPay = c.pay
			f, err := role.Fit(context.Background(), ix, r, cand, role.FitOptions{})
			require.NoError(t, err, "Fit")
			assert.Equal(t, c.compared, f.Pay.Compared, "compared (note %q)", f.Pay.Note)
			assert.Equal(t, c.pos, f.Pay.Position, "position")
			assert.True(t, f.Ready, "pay does not block by default")
			if !c.compared {
				assert.NotEmpty(t, f.Pay.Note, "a comparison not made says why")
			}
			blocked, err := role.Fit(context.Background(), ix, r, cand, role.FitOptions{PayBlocks: true})
			require.NoError(t, err, "Fit PayBlocks")
			assert.Equal(t, c.pos != salary.Above, blocked.Ready, "with PayBlocks only pay above the band blocks")
		})
	}
	f, err := role.Fit(context.Background(), ix, r, withPay(candidate(7, 3, bsCS), pay("USD", salary.Year, "125000")), role.FitOptions{})
	require.NoError(t, err, "Fit at the midpoint")
	assert.InDelta(t, 1.0, f.Pay.CompaRatio, 1e-12, "compa-ratio at the midpoint")
}

func withPay(c role.Candidate, p *salary.Pay) role.Candidate {
	c.ExpectedPay = p
	return c
}

func pay(cur string, per salary.Period, amount string) *salary.Pay {
	p := salary.Pay{Currency: salary.Currency(cur), Period: per, Amount: salary.MustParseAmount(amount)}
	return &p
}

func TestFitNoRatings(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	c := candidate(7, 3, bsCS)
	c.Profile.Ratings = nil
	f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{})
	require.NoError(t, err, "Fit with no ratings")
	assert.Equal(t, 0.0, f.Competencies.Score, "no ratings: competency score 0")
	assert.False(t, f.Ready, "not ready")
	require.NotEmpty(t, f.Blocking, "blocking reasons")
	assert.Equal(t, role.Reason{Kind: role.ReasonCompetency, Subject: "coaching", Message: "competency coaching at level 3 needed, 0 held"}, f.Blocking[0], "the unmet competency blocks")
	// 0.6·0 + 0.25·(1+1+0.5·0)/2.5 + 0.15·1 = 0.35
	assert.InDelta(t, 0.35, f.Score, 1e-12, "score from the default weights")
}

func TestFitWeights(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	c := candidate(7, 3, bsCS)
	c.Profile.Ratings = nil
	f, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: role.Weights{Competency: 1}})
	require.NoError(t, err, "Fit competency-only weights")
	assert.Equal(t, 0.0, f.Score, "only the competency score counts")
	for _, w := range []role.Weights{{Competency: -1, Experience: 1}, {Competency: math.NaN()}, {Education: math.Inf(1)}} {
		_, err := role.Fit(context.Background(), ix, r, c, role.FitOptions{Weights: w})
		assert.ErrorIs(t, err, careerkit.ErrInvalid, "Fit with weights %+v", w)
	}
}

func TestFitRejectsInvalidInput(t *testing.T) {
	ix, r := fitIndex(), fitRole()
	r.Title = ""
	_, err := role.Fit(context.Background(), ix, r, candidate(7, 3, bsCS), role.FitOptions{})
	assertProblems(t, err, problem{"role.title", "required"})

	r = fitRole()
	c := candidate(7, 3, bsCS)
	c.Experience = append(c.Experience, role.Years{Area: "people-management", Years: 1})
	c.Profile.Ratings = append(c.Profile.Ratings, competency.Rating{Competency: "kotlin", Level: 3})
	_, err = role.Fit(context.Background(), ix, r, c, role.FitOptions{})
	assertProblems(t, err, problem{"candidate.experience[2].area", "unique"}, problem{"candidate.profile.ratings[1].competency", "exists"})

	_, err = role.Fit(context.Background(), nil, r, candidate(7, 3, bsCS), role.FitOptions{})
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "Fit with a nil index")
}

func TestFitEducationCredit(t *testing.T) {
	ix := fitIndex()
	r := fitRole()
	r.Education = role.Education{Minimum: &role.Credential{Level: role.Master, Fields: []string{"Computer Science"}}}
	credit := func(held ...role.Credential) float64 {
		f, err := role.Fit(context.Background(), ix, r, candidate(7, 3, held...), role.FitOptions{})
		require.NoError(t, err, "Fit with %+v", held)
		return f.Education.Credit
	}
	art := func(l role.DegreeLevel) role.Credential { return role.Credential{Level: l, Fields: []string{"Art"}} }
	cs := func(l role.DegreeLevel) role.Credential {
		return role.Credential{Level: l, Fields: []string{"Computer Science"}}
	}
	assert.Equal(t, 0.75, credit(cs(role.Bachelor)), "bachelor in the field: 3/4")
	assert.Equal(t, 0.375, credit(art(role.Bachelor)), "bachelor outside the field: half of 3/4")
	assert.Equal(t, 0.5, credit(art(role.Master)), "master outside the field: half")
	assert.Equal(t, 0.5, credit(art(role.Doctorate)), "a higher degree outside the field never scores less")
	assert.Equal(t, 1.0, credit(cs(role.Doctorate)), "doctorate in the field meets a master minimum")
	assert.Equal(t, 0.5, credit(role.Credential{Level: role.Master}), "a held degree with no field does not meet a minimum naming fields")

	r.Education = role.Education{Minimum: &role.Credential{Level: role.NoDegree}}
	f, err := role.Fit(context.Background(), ix, r, candidate(7, 3), role.FitOptions{})
	require.NoError(t, err, "Fit with a minimum of no degree")
	assert.True(t, f.Education.Met, "a minimum of no degree is met without credentials")
	r.Education = role.Education{Minimum: &role.Credential{Level: role.NoDegree, Name: "Leadership certification"}}
	f, err = role.Fit(context.Background(), ix, r, candidate(7, 3), role.FitOptions{})
	require.NoError(t, err, "Fit with a named certification")
	assert.False(t, f.Education.Met, "a named certification is not met without it")
	assert.Equal(t, 0.5, f.Education.Credit, "half credit, never NaN")
}
