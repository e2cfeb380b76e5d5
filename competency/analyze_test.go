package competency_test

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

func req(id competency.ID, level int) competency.Requirement {
	return competency.Requirement{Competency: id, Level: level}
}

func rating(ref string, level int) competency.Rating {
	return competency.Rating{Competency: ref, Level: level}
}

func TestAnalyzeBasics(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{
		req("distributed-systems", 4).WithWeight(2),
		req("coaching", 3),
		{Competency: "software-architecture", Level: 2, Importance: competency.Preferred},
	}
	p := competency.Profile{Subject: "p1", Ratings: []competency.Rating{rating("distributed-systems", 2), rating("coaching", 5)}}
	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
	require.NoError(t, err, "Analyze")
	require.Len(t, rep.Gaps, 3, "one gap per requirement")

	g := rep.Gaps[0]
	assert.Equal(t, 2, g.Have, "have distributed-systems")
	assert.Equal(t, 2, g.Shortfall, "shortfall distributed-systems")
	assert.False(t, g.Met, "distributed-systems 2 < 4 not met")
	assert.InDelta(t, 0.5, g.Credit, 1e-12, "linear credit 2/4")
	assert.Equal(t, competency.ViaDirect, g.Via, "via")

	assert.True(t, rep.Gaps[1].Met, "coaching 5 ≥ 3")
	assert.Equal(t, 1.0, rep.Gaps[1].Credit, "credit capped at 1")
	assert.Equal(t, competency.ViaNone, rep.Gaps[2].Via, "architecture not rated")

	// (2·0.5 + 1·1 + 1·0) / 4
	assert.InDelta(t, 0.5, rep.Score, 1e-12, "weighted score")
	assert.False(t, rep.RequiredMet, "a required item is unmet")
	assert.Equal(t, []competency.ID{"distributed-systems"}, rep.Unmet, "unmet lists required items only")
}

func TestAnalyzePreferredNeverBlocks(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{req("coaching", 3), {Competency: "software-architecture", Level: 5, Importance: competency.Preferred}}
	p := competency.Profile{Subject: "p1", Ratings: []competency.Rating{rating("coaching", 3)}}
	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
	require.NoError(t, err, "Analyze")
	assert.True(t, rep.RequiredMet, "unmet preferred item does not block RequiredMet")
	assert.Empty(t, rep.Unmet, "Unmet holds required items only")
	assert.InDelta(t, 0.5, rep.Score, 1e-12, "preferred item still counts in the score")
}

func TestAnalyzeAliasAndName(t *testing.T) {
	ix := competency.MustCompile(small())
	for _, c := range []struct {
		ref string
		via competency.Via
	}{{"System Design", competency.ViaAlias}, {"distributed systems", competency.ViaName}, {"distributed-systems", competency.ViaDirect}} {
		p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating(c.ref, 3)}}
		rep, err := ix.Analyze(context.Background(), p, []competency.Requirement{req("distributed-systems", 3)}, competency.Options{})
		require.NoError(t, err, "Analyze with rating %q", c.ref)
		assert.Equal(t, c.via, rep.Gaps[0].Via, "via for rating %q", c.ref)
		assert.True(t, rep.Gaps[0].Met, "met through %q", c.ref)
		assert.Equal(t, competency.ID("distributed-systems"), rep.Gaps[0].From, "from")
	}
}

func TestAnalyzeDescendantCredit(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{req("software-architecture", 4)}
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("distributed-systems", 4)}}

	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
	require.NoError(t, err, "Analyze default options")
	assert.Equal(t, competency.ViaNone, rep.Gaps[0].Via, "no descendant credit by default")
	assert.Equal(t, 0.0, rep.Score, "score without descendant credit")

	rep, err = ix.Analyze(context.Background(), p, reqs, competency.Options{DescendantCredit: 0.5})
	require.NoError(t, err, "Analyze DescendantCredit 0.5")
	g := rep.Gaps[0]
	assert.Equal(t, competency.ViaDescendant, g.Via, "via descendant")
	assert.Equal(t, competency.ID("distributed-systems"), g.From, "from the descendant")
	assert.InDelta(t, 0.5, g.Credit, 1e-12, "credit scaled by 0.5")
	assert.False(t, g.Met, "partial descendant credit never meets")

	rep, err = ix.Analyze(context.Background(), p, reqs, competency.Options{DescendantCredit: 1})
	require.NoError(t, err, "Analyze DescendantCredit 1")
	assert.True(t, rep.Gaps[0].Met, "full descendant credit meets")
	assert.True(t, rep.RequiredMet, "required met through descendant")

	// A direct rating wins a tie with a descendant.
	p.Ratings = append(p.Ratings, rating("software-architecture", 4))
	rep, err = ix.Analyze(context.Background(), p, reqs, competency.Options{DescendantCredit: 1})
	require.NoError(t, err, "Analyze with both")
	assert.Equal(t, competency.ViaDirect, rep.Gaps[0].Via, "direct beats descendant on a tie")

	_, err = ix.Analyze(context.Background(), p, reqs, competency.Options{DescendantCredit: 1.5})
	assert.ErrorIs(t, err, problem.ErrInvalid, "DescendantCredit outside [0,1]")
	_, err = ix.Analyze(context.Background(), p, reqs, competency.Options{DescendantCredit: math.NaN()})
	assert.ErrorIs(t, err, problem.ErrInvalid, "DescendantCredit NaN")
}

func TestAnalyzeCreditFunctions(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{req("coaching", 4)}
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 3)}}
	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{Credit: competency.Step})
	require.NoError(t, err, "Analyze Step")
	assert.Equal(t, 0.0, rep.Score, "step credit below the level")

	half := func(have, need int, s competency.Scale) float64 {
		if have >= need {
			return 1
		}
		return 0.5
	}
	rep, err = ix.Analyze(context.Background(), p, reqs, competency.Options{Credit: half})
	require.NoError(t, err, "Analyze custom")
	assert.Equal(t, 0.5, rep.Score, "custom credit used")

	bad := func(have, need int, s competency.Scale) float64 { return 2 }
	_, err = ix.Analyze(context.Background(), p, reqs, competency.Options{Credit: bad})
	assert.ErrorIs(t, err, problem.ErrInvalid, "a credit function outside [0,1] is an error")
	nan := func(have, need int, s competency.Scale) float64 { return math.NaN() }
	_, err = ix.Analyze(context.Background(), p, reqs, competency.Options{Credit: nan})
	assert.ErrorIs(t, err, problem.ErrInvalid, "a NaN credit is an error")
}

func TestAnalyzeResolutionPolicy(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{req("coaching", 5)}
	ratings := []competency.Rating{
		{Competency: "coaching", Level: 4, Source: competency.Self, AssessedAt: civil.MustParseDate("2026-01-10")},
		{Competency: "coaching", Level: 2, Source: competency.Manager, AssessedAt: civil.MustParseDate("2026-06-01")},
		{Competency: "coaching", Level: 3, Source: competency.Peer, AssessedAt: civil.MustParseDate("2026-06-01")},
		{Competency: "coaching", Level: 5},
	}
	for _, c := range []struct {
		pol  competency.Policy
		want int
	}{{"", 2}, {competency.Latest, 2}, {competency.Highest, 5}, {competency.Lowest, 2}} {
		for k := 0; k < 5; k++ {
			rs := slices.Clone(ratings)
			rand.New(rand.NewPCG(uint64(k), 1)).Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
			rep, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p", Ratings: rs}, reqs, competency.Options{Policy: c.pol})
			require.NoError(t, err, "Analyze policy %q", c.pol)
			assert.Equal(t, c.want, rep.Gaps[0].Have, "policy %q shuffle %d: same-date manager beats peer; latest date wins", c.pol, k)
		}
	}
	_, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p"}, reqs, competency.Options{Policy: "newest"})
	assert.ErrorIs(t, err, problem.ErrInvalid, "unknown policy")
}

func TestAnalyzeBadInput(t *testing.T) {
	ix := competency.MustCompile(small())
	nan, inf := math.NaN(), math.Inf(1)
	okProfile := competency.Profile{Subject: "p"}
	cases := []struct {
		name string
		reqs []competency.Requirement
		p    competency.Profile
		want wantErr
	}{
		{"unknown competency", []competency.Requirement{req("kotlin", 3)}, okProfile, wantErr{"requirements[0].competency", "exists", problem.ErrUnknownCompetency}},
		{"alias instead of ID", []competency.Requirement{req("system-design", 3)}, okProfile, wantErr{"requirements[0].competency", "exists", problem.ErrUnknownCompetency}},
		{"level above the scale", []competency.Requirement{req("coaching", 6)}, okProfile, wantErr{"requirements[0].level", "level", problem.ErrUnknownLevel}},
		{"level below the scale", []competency.Requirement{req("coaching", 0)}, okProfile, wantErr{"requirements[0].level", "level", problem.ErrUnknownLevel}},
		{"negative level", []competency.Requirement{req("coaching", -1)}, okProfile, wantErr{"requirements[0].level", "gte", nil}},
		{"duplicate requirement", []competency.Requirement{req("coaching", 3), req("coaching", 4)}, okProfile, wantErr{"requirements[1].competency", "unique", problem.ErrDuplicate}},
		{"zero weight", []competency.Requirement{req("coaching", 3).WithWeight(0)}, okProfile, wantErr{"requirements[0].weight", "gt", nil}},
		{"negative weight", []competency.Requirement{req("coaching", 3).WithWeight(-1)}, okProfile, wantErr{"requirements[0].weight", "gt", nil}},
		{"NaN weight", []competency.Requirement{req("coaching", 3).WithWeight(nan)}, okProfile, wantErr{"requirements[0].weight", "finite", nil}},
		{"infinite weight", []competency.Requirement{req("coaching", 3).WithWeight(inf)}, okProfile, wantErr{"requirements[0].weight", "finite", nil}},
		{"bad importance", []competency.Requirement{{Competency: "coaching", Level: 3, Importance: "essential"}}, okProfile, wantErr{"requirements[0].importance", "oneof", nil}},
		{"unknown rated competency", []competency.Requirement{req("coaching", 3)}, competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("kotlin", 3)}}, wantErr{"ratings[0].competency", "exists", problem.ErrUnknownCompetency}},
		{"rating off the scale", []competency.Requirement{req("coaching", 3)}, competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 9)}}, wantErr{"ratings[0].level", "level", problem.ErrUnknownLevel}},
		{"subject not a slug", []competency.Requirement{req("coaching", 3)}, competency.Profile{Subject: "jane@example.com"}, wantErr{"subject", "slug", nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ix.Analyze(context.Background(), c.p, c.reqs, competency.Options{})
			require.Error(t, err, "Analyze with %s", c.name)
			assertProblems(t, err, c.want)
		})
	}
	assert.NoError(t, ix.ValidateRequirements([]competency.Requirement{req("coaching", 1).WithWeight(math.SmallestNonzeroFloat64)}), "smallest positive weight is valid")
}

func TestAnalyzeLevelZeroMetByAnyone(t *testing.T) {
	ix := competency.MustCompile(competency.Catalog{DefaultScale: competency.ScaleONetLevel, Competencies: []competency.Competency{{ID: "writing", Name: "Writing", Kind: competency.Hard}}})
	rep, err := ix.Analyze(context.Background(), competency.Profile{Subject: "nobody"}, []competency.Requirement{req("writing", 0)}, competency.Options{})
	require.NoError(t, err, "Analyze level-0 requirement")
	assert.True(t, rep.Gaps[0].Met, "level 0 is met by an empty profile")
	assert.Equal(t, 1.0, rep.Score, "full credit for level 0")
	assert.True(t, rep.RequiredMet, "required met")
}

func TestAnalyzeNoRequirements(t *testing.T) {
	ix := competency.MustCompile(small())
	rep, err := ix.Analyze(context.Background(), competency.Profile{Subject: "p"}, nil, competency.Options{})
	require.NoError(t, err, "Analyze with no requirements")
	assert.Equal(t, 1.0, rep.Score, "nothing required: score 1")
	assert.True(t, rep.RequiredMet, "nothing required: met")
	assert.Empty(t, rep.Gaps, "no gaps")
}

// randomWorld builds a catalog with a random parent DAG on the framework
// scale, and a generator of random profiles and requirement lists on it.
type world struct {
	ix  *competency.Index
	ids []competency.ID
	rng *rand.Rand
}

func newWorld(seed uint64, n int) world {
	rng := rand.New(rand.NewPCG(seed, 7))
	comps := make([]competency.Competency, n)
	ids := make([]competency.ID, n)
	for i := range comps {
		ids[i] = competency.ID("c" + itoa(i))
		comps[i] = competency.Competency{ID: ids[i], Name: "C" + itoa(i), Kind: competency.Hard, Aliases: []string{"alias " + itoa(i)}}
		if i > 0 && rng.IntN(3) == 0 {
			comps[i].Parents = []competency.ID{ids[rng.IntN(i)]} // edges point to earlier nodes: acyclic
		}
	}
	return world{competency.MustCompile(competency.Catalog{Competencies: comps}), ids, rng}
}

func (w world) profile() competency.Profile {
	p := competency.Profile{Subject: "s"}
	for _, i := range w.rng.Perm(len(w.ids))[:w.rng.IntN(len(w.ids))] {
		ref := string(w.ids[i])
		if w.rng.IntN(4) == 0 {
			ref = "Alias " + itoa(i)
		}
		p.Ratings = append(p.Ratings, competency.Rating{Competency: ref, Level: 1 + w.rng.IntN(5),
			Source:     []competency.Source{"", competency.Self, competency.Manager}[w.rng.IntN(3)],
			AssessedAt: []civil.Date{{}, civil.MustParseDate("2026-01-01"), civil.MustParseDate("2026-02-01")}[w.rng.IntN(3)]})
	}
	return p
}

func (w world) requirements() []competency.Requirement {
	var reqs []competency.Requirement
	for _, i := range w.rng.Perm(len(w.ids))[:1+w.rng.IntN(len(w.ids)-1)] {
		r := req(w.ids[i], 1+w.rng.IntN(5)).WithWeight(0.25 + 3*w.rng.Float64())
		if w.rng.IntN(3) == 0 {
			r.Importance = competency.Preferred
		}
		reqs = append(reqs, r)
	}
	return reqs
}

func TestAnalyzeInvariants(t *testing.T) {
	opts := []competency.Options{{}, {Credit: competency.Step}, {DescendantCredit: 0.5}, {DescendantCredit: 1, Policy: competency.Highest}}
	for seed := uint64(1); seed <= 60; seed++ {
		w := newWorld(seed, 12)
		for _, o := range opts {
			p, reqs := w.profile(), w.requirements()
			rep, err := w.ix.Analyze(context.Background(), p, reqs, o)
			require.NoError(t, err, "Analyze seed %d", seed)
			assert.GreaterOrEqual(t, rep.Score, 0.0, "score ≥ 0 (seed %d)", seed)
			assert.LessOrEqual(t, rep.Score, 1.0, "score ≤ 1 (seed %d)", seed)

			// Order of ratings and of requirements does not matter.
			p2 := competency.Profile{Subject: p.Subject, Ratings: slices.Clone(p.Ratings)}
			w.rng.Shuffle(len(p2.Ratings), func(i, j int) { p2.Ratings[i], p2.Ratings[j] = p2.Ratings[j], p2.Ratings[i] })
			perm := w.rng.Perm(len(reqs))
			reqs2 := make([]competency.Requirement, len(reqs))
			for i, j := range perm {
				reqs2[i] = reqs[j]
			}
			rep2, err := w.ix.Analyze(context.Background(), p2, reqs2, o)
			require.NoError(t, err, "Analyze shuffled seed %d", seed)
			assert.InDelta(t, rep.Score, rep2.Score, 1e-9, "score independent of order (seed %d)", seed)
			assert.Equal(t, rep.RequiredMet, rep2.RequiredMet, "RequiredMet independent of order (seed %d)", seed)
			assert.ElementsMatch(t, rep.Unmet, rep2.Unmet, "Unmet independent of order (seed %d)", seed)
			for i, j := range perm {
				assert.Equal(t, rep.Gaps[j], rep2.Gaps[i], "gap for %s independent of order (seed %d)", reqs[j].Competency, seed)
			}

			// Raising a held level never lowers the score.
			if len(p.Ratings) > 0 {
				k := w.rng.IntN(len(p.Ratings))
				up := competency.Profile{Subject: p.Subject, Ratings: slices.Clone(p.Ratings)}
				for i := range up.Ratings {
					if up.Ratings[i].Competency == p.Ratings[k].Competency && up.Ratings[i].Level < 5 {
						up.Ratings[i].Level++
					}
				}
				rep3, err := w.ix.Analyze(context.Background(), up, reqs, o)
				require.NoError(t, err, "Analyze raised seed %d", seed)
				assert.GreaterOrEqual(t, rep3.Score+1e-12, rep.Score, "raising a level never lowers the score (seed %d)", seed)
			}

			// Empty profile: 0 and every required item fails; full profile: 1.
			empty, err := w.ix.Analyze(context.Background(), competency.Profile{Subject: "e"}, reqs, o)
			require.NoError(t, err, "Analyze empty seed %d", seed)
			assert.Equal(t, 0.0, empty.Score, "empty profile scores 0 (seed %d)", seed)
			for _, g := range empty.Gaps {
				assert.False(t, g.Met, "empty profile meets nothing (seed %d)", seed)
			}
			full := competency.Profile{Subject: "f"}
			for _, r := range reqs {
				full.Ratings = append(full.Ratings, competency.Rating{Competency: string(r.Competency), Level: r.Level + w.rng.IntN(6-r.Level)})
			}
			top, err := w.ix.Analyze(context.Background(), full, reqs, o)
			require.NoError(t, err, "Analyze full seed %d", seed)
			assert.Equal(t, 1.0, top.Score, "a profile at or above every level scores 1 (seed %d)", seed)
			assert.True(t, top.RequiredMet, "and meets every required item (seed %d)", seed)
		}
	}
}

func TestReportMet(t *testing.T) {
	ix := competency.MustCompile(small())
	reqs := []competency.Requirement{req("coaching", 3), req("distributed-systems", 4), req("software-architecture", 3)}
	p := competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("coaching", 3), rating("distributed-systems", 2)}}
	rep, err := ix.Analyze(context.Background(), p, reqs, competency.Options{})
	require.NoError(t, err, "Analyze")
	assert.Equal(t, 1, rep.Met(), "Met counts met requirements")
	assert.True(t, rep.Gaps[0].Met, "a met gap")
	assert.Equal(t, 2, rep.Gaps[1].Shortfall, "a short gap")

	p.Ratings = append(p.Ratings, rating("distributed-systems", 4))
	rep, err = ix.Analyze(context.Background(), competency.Profile{Subject: "p", Ratings: []competency.Rating{rating("distributed-systems", 4)}},
		[]competency.Requirement{req("software-architecture", 3)}, competency.Options{DescendantCredit: 0.5})
	require.NoError(t, err, "Analyze with descendant credit")
	assert.False(t, rep.Gaps[0].Met, "a descendant at reduced credit does not meet")
	assert.Zero(t, rep.Gaps[0].Shortfall, "a descendant at reduced credit leaves no shortfall")
}
