package ladder_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

func catalog() *competency.Index {
	return competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "coding", Name: "Coding", Kind: competency.Hard},
		{ID: "design", Name: "System design", Kind: competency.Hard},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
}

func exp(id competency.ID, level int) competency.Requirement {
	return competency.Requirement{Competency: id, Level: level}
}

// small is a valid ladder: e1 → e2 → e3 on IC, e2 ⇒ m1 → m2 on management.
func small() ladder.Ladder {
	return ladder.Ladder{
		ID: "eng", Name: "Engineering",
		Tracks: []ladder.Track{{ID: "ic", Name: "IC", Kind: role.IC}, {ID: "mgmt", Name: "Management", Kind: role.Management}},
		Levels: []ladder.Level{
			{ID: "e1", Track: "ic", Rank: 1, Title: "Engineer I", Expectations: []competency.Requirement{exp("coding", 2)}},
			{ID: "e2", Track: "ic", Rank: 2, Title: "Engineer II", Expectations: []competency.Requirement{exp("coding", 3), exp("design", 2)}},
			{ID: "e3", Track: "ic", Rank: 3, Title: "Senior Engineer", Expectations: []competency.Requirement{exp("coding", 4), exp("design", 3)}},
			{ID: "m1", Track: "mgmt", Rank: 3, Title: "Manager", Expectations: []competency.Requirement{exp("coding", 3), exp("coaching", 3)}},
			{ID: "m2", Track: "mgmt", Rank: 4, Title: "Director", Expectations: []competency.Requirement{exp("coding", 3), exp("coaching", 4)}},
		},
		Moves: []ladder.Move{
			{From: "e1", To: "e2", Kind: ladder.Promotion},
			{From: "e2", To: "e3", Kind: ladder.Promotion},
			{From: "e2", To: "m1", Kind: ladder.Switch},
			{From: "m1", To: "m2", Kind: ladder.Promotion},
			{From: "e3", To: "m1", Kind: ladder.Switch},
		},
	}
}

type problem struct {
	path, rule string
	err        error
}

func assertProblems(t *testing.T, err error, want ...problem) *careerkit.ValidationError {
	t.Helper()
	var ve *careerkit.ValidationError
	require.ErrorAs(t, err, &ve, "a *ValidationError: %v", err)
	for _, w := range want {
		found := false
		for _, fe := range ve.Errors {
			if fe.Path == w.path && fe.Rule == w.rule {
				found = true
				if w.err != nil {
					assert.ErrorIs(t, err, w.err, "sentinel for %s", w.path)
				}
			}
		}
		assert.True(t, found, "problem %s (%s) among %v", w.path, w.rule, ve.Errors)
	}
	return ve
}

func TestCompileValid(t *testing.T) {
	g, err := ladder.Compile(small(), catalog())
	require.NoError(t, err, "Compile(small())")
	next, err := g.Next("e2")
	require.NoError(t, err, "Next(e2)")
	require.Len(t, next, 1, "one promotion out of e2")
	assert.Equal(t, ladder.LevelID("e3"), next[0].ID, "Next(e2)")
	assert.Len(t, g.Moves("e2"), 2, "Moves(e2): a promotion and a switch")
	_, err = g.Next("nope")
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "Next of an unknown level")
	assert.Empty(t, g.Lint(), "the small ladder lints clean")
}

func TestCompileBadInput(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(l *ladder.Ladder)
		want   problem
	}{
		{"self-loop promotion", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "e3", To: "e3", Kind: ladder.Promotion})
		}, problem{"moves[5]", "acyclic", careerkit.ErrCycle}},
		{"two-level promotion cycle", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "e2", To: "e1", Kind: ladder.Promotion})
		}, problem{"moves[5]", "acyclic", careerkit.ErrCycle}},
		{"promotion that lowers the rank", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "m2", To: "e3", Kind: ladder.Promotion})
		}, problem{"moves[5]", "rank", nil}},
		{"promotion at the same rank", func(l *ladder.Ladder) { l.Moves[4].Kind = ladder.Promotion }, problem{"moves[4]", "rank", nil}},
		{"switch within a track", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "e1", To: "e3", Kind: ladder.Switch})
		}, problem{"moves[5]", "track", nil}},
		{"dangling move", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "e3", To: "e4", Kind: ladder.Promotion})
		}, problem{"moves[5].to", "exists", careerkit.ErrUnknownReference}},
		{"dangling move source", func(l *ladder.Ladder) {
			l.Moves = append(l.Moves, ladder.Move{From: "e0", To: "e1", Kind: ladder.Promotion})
		}, problem{"moves[5].from", "exists", careerkit.ErrUnknownReference}},
		{"duplicate move", func(l *ladder.Ladder) { l.Moves = append(l.Moves, l.Moves[0]) }, problem{"moves[5]", "unique", careerkit.ErrDuplicate}},
		{"bad move kind", func(l *ladder.Ladder) { l.Moves[0].Kind = "jump" }, problem{"moves[0].kind", "oneof", nil}},
		{"unknown track", func(l *ladder.Ladder) { l.Levels[0].Track = "staff" }, problem{"levels[0].track", "exists", careerkit.ErrUnknownReference}},
		{"duplicate level", func(l *ladder.Ladder) { l.Levels[1].ID = "e1" }, problem{"levels[1].id", "unique", careerkit.ErrDuplicate}},
		{"duplicate track", func(l *ladder.Ladder) { l.Tracks[1].ID = "ic" }, problem{"tracks[1].id", "unique", careerkit.ErrDuplicate}},
		{"bad track kind", func(l *ladder.Ladder) { l.Tracks[0].Kind = "staff" }, problem{"tracks[0].kind", "oneof", nil}},
		{"unknown competency", func(l *ladder.Ladder) { l.Levels[2].Expectations[1].Competency = "kotlin" }, problem{"levels[2].expectations[1].competency", "exists", careerkit.ErrUnknownCompetency}},
		{"level off the scale", func(l *ladder.Ladder) { l.Levels[2].Expectations[1].Level = 6 }, problem{"levels[2].expectations[1].level", "level", careerkit.ErrUnknownLevel}},
		{"duplicate expectation", func(l *ladder.Ladder) {
			l.Levels[0].Expectations = append(l.Levels[0].Expectations, exp("coding", 3))
		}, problem{"levels[0].expectations[1].competency", "unique", careerkit.ErrDuplicate}},
		{"no levels", func(l *ladder.Ladder) { l.Levels, l.Moves = nil, nil }, problem{"levels", "required", nil}},
		{"level without a title", func(l *ladder.Ladder) { l.Levels[0].Title = "" }, problem{"levels[0].title", "required", nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := small()
			c.mutate(&l)
			_, err := ladder.Compile(l, catalog())
			assertProblems(t, err, c.want)
		})
	}
}

func TestCycleMessages(t *testing.T) {
	l := small()
	l.Moves = append(l.Moves, ladder.Move{From: "e3", To: "e1", Kind: ladder.Promotion})
	err := l.Validate()
	ve := assertProblems(t, err, problem{"moves[5]", "acyclic", careerkit.ErrCycle})
	found := false
	for _, fe := range ve.Errors {
		if fe.Rule == "acyclic" {
			found = true
			assert.Contains(t, fe.Message, "e1 → e2 → e3 → e1", "the message spells the cycle")
		}
	}
	assert.True(t, found, "a cycle is reported")
}

// chain builds n levels on one track, each promoted to the next.
func chain(n int) ladder.Ladder {
	l := ladder.Ladder{ID: "long", Name: "Long", Tracks: []ladder.Track{{ID: "ic", Name: "IC", Kind: role.IC}}}
	for i := range n {
		l.Levels = append(l.Levels, ladder.Level{ID: ladder.LevelID("l" + strconv.Itoa(i)), Track: "ic", Rank: i % 1001, Title: "Level " + strconv.Itoa(i),
			Expectations: []competency.Requirement{exp("coding", 1)}})
		if i > 0 {
			l.Moves = append(l.Moves, ladder.Move{From: ladder.LevelID("l" + strconv.Itoa(i-1)), To: ladder.LevelID("l" + strconv.Itoa(i)), Kind: ladder.Lateral})
		}
	}
	return l
}

func TestLongChain(t *testing.T) {
	const n = 10000
	l := chain(n)
	g, err := ladder.Compile(l, catalog())
	require.NoError(t, err, "Compile of a %d-level chain", n)
	p, err := g.Path("l0", ladder.LevelID("l"+strconv.Itoa(n-1)))
	require.NoError(t, err, "Path along the chain")
	assert.Len(t, p, n-1, "Path length")
	_, cost, err := g.PathBy("l0", ladder.LevelID("l"+strconv.Itoa(n-1)), func(ladder.Move) float64 { return 1 })
	require.NoError(t, err, "PathBy along the chain")
	assert.Equal(t, float64(n-1), cost, "PathBy cost")

	// A long promotion cycle: the same chain with promotions and a back edge.
	for i := range l.Moves {
		l.Moves[i].Kind = ladder.Promotion
	}
	for i := range l.Levels {
		l.Levels[i].Rank = i
	}
	l.Moves = append(l.Moves, ladder.Move{From: ladder.LevelID("l" + strconv.Itoa(n-1)), To: "l0", Kind: ladder.Promotion})
	_, err = ladder.Compile(l, catalog())
	require.ErrorIs(t, err, careerkit.ErrCycle, "Compile of a %d-level promotion cycle", n)
}

func TestPathTieIsDeterministic(t *testing.T) {
	// a → b → d and a → c → d: both two moves; b < c wins, whatever the order of moves.
	base := ladder.Ladder{ID: "diamond", Name: "Diamond",
		Tracks: []ladder.Track{{ID: "t", Name: "T", Kind: role.IC}},
		Levels: []ladder.Level{
			{ID: "a", Track: "t", Rank: 1, Title: "A"}, {ID: "c", Track: "t", Rank: 2, Title: "C"},
			{ID: "b", Track: "t", Rank: 2, Title: "B"}, {ID: "d", Track: "t", Rank: 3, Title: "D"},
		},
		Moves: []ladder.Move{
			{From: "a", To: "c", Kind: ladder.Promotion}, {From: "c", To: "d", Kind: ladder.Promotion},
			{From: "a", To: "b", Kind: ladder.Promotion}, {From: "b", To: "d", Kind: ladder.Promotion},
		},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 20 {
		l := base
		l.Moves = append([]ladder.Move(nil), base.Moves...)
		rng.Shuffle(len(l.Moves), func(i, j int) { l.Moves[i], l.Moves[j] = l.Moves[j], l.Moves[i] })
		g := ladder.MustCompile(l, catalog())
		p, err := g.Path("a", "d")
		require.NoError(t, err, "Path run %d", run)
		assert.Equal(t, []string{"a", "b", "d"}, levelsOf(p), "Path tie broken by level ID (run %d)", run)
		pb, cost, err := g.PathBy("a", "d", func(ladder.Move) float64 { return 1 })
		require.NoError(t, err, "PathBy run %d", run)
		assert.Equal(t, 2.0, cost, "PathBy cost")
		assert.Equal(t, []string{"a", "b", "d"}, levelsOf(pb), "PathBy tie broken by level ID (run %d)", run)
	}
}

func levelsOf(p []ladder.Move) []string {
	if len(p) == 0 {
		return nil
	}
	out := []string{string(p[0].From)}
	for _, m := range p {
		out = append(out, string(m.To))
	}
	return out
}

func TestPathErrors(t *testing.T) {
	g := ladder.MustCompile(small(), catalog())
	_, err := g.Path("m2", "e1")
	assert.ErrorIs(t, err, ladder.ErrUnreachable, "no moves lead down")
	_, _, err = g.PathBy("m2", "e1", func(ladder.Move) float64 { return 1 })
	assert.ErrorIs(t, err, ladder.ErrUnreachable, "PathBy unreachable")
	_, err = g.Path("e1", "x9")
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "unknown target")
	p, err := g.Path("e2", "e2")
	require.NoError(t, err, "Path to itself")
	assert.Empty(t, p, "a path to itself has no moves")
	_, _, err = g.PathBy("e1", "m2", func(ladder.Move) float64 { return -1 })
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "negative cost")
	_, _, err = g.PathBy("e1", "m2", nil)
	assert.ErrorIs(t, err, careerkit.ErrInvalid, "nil cost")
}

func TestPathByCosts(t *testing.T) {
	g := ladder.MustCompile(small(), catalog())
	p, err := g.Path("e1", "m2")
	require.NoError(t, err, "Path e1 → m2")
	assert.Equal(t, []string{"e1", "e2", "m1", "m2"}, levelsOf(p), "fewest moves go through the switch at e2")

	// Make the early switch expensive: the cheapest way goes through e3.
	cost := func(m ladder.Move) float64 {
		if m.From == "e2" && m.To == "m1" {
			return 10
		}
		if m.Kind == ladder.Promotion {
			return 0 // zero-cost moves are fine
		}
		return 1
	}
	pb, total, err := g.PathBy("e1", "m2", cost)
	require.NoError(t, err, "PathBy e1 → m2")
	assert.Equal(t, []string{"e1", "e2", "e3", "m1", "m2"}, levelsOf(pb), "cheapest path avoids the expensive switch")
	assert.Equal(t, 1.0, total, "cost of the cheapest path")
}

func TestDiffAndReadiness(t *testing.T) {
	g := ladder.MustCompile(small(), catalog())
	d, err := g.Diff("e3", "m1")
	require.NoError(t, err, "Diff e3 → m1")
	assert.Equal(t, []ladder.Change{
		{Competency: "coding", Kind: ladder.Lowered, From: 4, To: 3},
		{Competency: "design", Kind: ladder.Dropped, From: 3, To: 0},
		{Competency: "coaching", Kind: ladder.Added, From: 0, To: 3},
	}, d, "Diff e3 → m1")
	same, err := g.Diff("e2", "e2")
	require.NoError(t, err, "Diff of a level with itself")
	assert.Empty(t, same, "nothing changes")

	p := competency.Profile{Subject: "p1", Ratings: []competency.Rating{{Competency: "coding", Level: 4}, {Competency: "coaching", Level: 2}}}
	rep, err := g.Readiness(context.Background(), p, "m1")
	require.NoError(t, err, "Readiness for m1")
	assert.False(t, rep.RequiredMet, "coaching short")
	assert.Equal(t, []competency.ID{"coaching"}, rep.Unmet, "unmet at m1")
	_, err = g.Readiness(context.Background(), p, "m9")
	assert.ErrorIs(t, err, careerkit.ErrUnknownReference, "Readiness for an unknown level")
}

func TestLint(t *testing.T) {
	l := small()
	l.Levels[2].Expectations = []competency.Requirement{exp("coding", 2)} // e3 lowers coding, drops design
	l.Levels = append(l.Levels, ladder.Level{ID: "x1", Track: "mgmt", Rank: 9, Title: "Island"})
	advice := ladder.MustCompile(l, catalog()).Lint()
	got := map[string]string{}
	for _, a := range advice {
		got[a.Path+" "+a.Rule] = a.Message
	}
	assert.Contains(t, got, "moves[1] falling-expectation", "e2 → e3 lowers coding: %v", advice)
	var messages []string
	for _, a := range advice {
		messages = append(messages, a.Message)
	}
	assert.Contains(t, messages, "promotion e2 → e3 lowers coding from 3 to 2", "lowered expectation")
	assert.Contains(t, messages, "promotion e2 → e3 drops design (expected at 2)", "dropped expectation")
	assert.Equal(t, "levels[5]", advice[0].Path, "advice in path order")
	assert.Contains(t, got, "levels[5] no-expectations", "x1 expects nothing")
	assert.Contains(t, got, "levels[5] unreachable", "x1 cannot be reached")
	n := 0
	for _, a := range advice {
		if a.Rule == ladder.RuleFallingExpectation {
			n++
		}
	}
	assert.Equal(t, 2, n, "lowered coding and dropped design: %v", advice)
}

func TestCompileReferences(t *testing.T) {
	l := small()
	l.Levels[3].Role = "engineering-manager"
	l.Levels[3].Grade = "g6"
	l.Levels[4].Grade = "g9"
	roles := []role.Role{{ID: "engineering-manager", Title: "Engineering Manager"}}
	band, err := salary.NewBand("USD", salary.Year, salary.MustParseAmount("140000"), salary.MustParseAmount("220000"))
	require.NoError(t, err, "NewBand")
	st := salary.Structure{ID: "us", Name: "US", Currency: "USD", Period: salary.Year, Grades: []salary.Grade{{ID: "g6", Name: "Grade 6", Band: band}}}

	g, err := ladder.Compile(l, catalog())
	require.NoError(t, err, "without options, role and grade references are not checked")
	_, ok := g.Role("m1")
	assert.False(t, ok, "no roles given")

	_, err = ladder.Compile(l, catalog(), ladder.WithRoles(roles...), ladder.WithStructure(st))
	assertProblems(t, err, problem{"levels[4].grade", "exists", careerkit.ErrUnknownReference})

	l.Levels[4].Grade = "g6"
	l.Levels[3].Role = "director"
	_, err = ladder.Compile(l, catalog(), ladder.WithRoles(roles...), ladder.WithStructure(st))
	assertProblems(t, err, problem{"levels[3].role", "exists", careerkit.ErrUnknownReference})

	l.Levels[3].Role = "engineering-manager"
	g, err = ladder.Compile(l, catalog(), ladder.WithRoles(roles...), ladder.WithStructure(st))
	require.NoError(t, err, "references resolve")
	r, ok := g.Role("m1")
	assert.True(t, ok, "Role(m1)")
	assert.Equal(t, role.ID("engineering-manager"), r.ID, "Role(m1)")
	gr, ok := g.Grade("m1")
	assert.True(t, ok, "Grade(m1)")
	assert.Equal(t, salary.GradeID("g6"), gr.ID, "Grade(m1)")

	_, err = ladder.Compile(l, nil)
	assert.True(t, errors.Is(err, careerkit.ErrInvalid), "Compile with a nil index: %v", err)
}

func ExampleGraph_Path() {
	ix := competency.MustCompile(competency.Catalog{Competencies: []competency.Competency{
		{ID: "coding", Name: "Coding", Kind: competency.Hard},
		{ID: "coaching", Name: "Coaching", Kind: competency.Soft},
	}})
	g, err := ladder.Compile(ladder.Ladder{
		ID: "eng", Name: "Engineering",
		Tracks: []ladder.Track{{ID: "ic", Name: "IC", Kind: role.IC}, {ID: "mgmt", Name: "Management", Kind: role.Management}},
		Levels: []ladder.Level{
			{ID: "senior", Track: "ic", Rank: 3, Title: "Senior Engineer", Expectations: []competency.Requirement{{Competency: "coding", Level: 4}}},
			{ID: "manager", Track: "mgmt", Rank: 4, Title: "Engineering Manager", Expectations: []competency.Requirement{{Competency: "coding", Level: 3}, {Competency: "coaching", Level: 3}}},
			{ID: "director", Track: "mgmt", Rank: 5, Title: "Director", Expectations: []competency.Requirement{{Competency: "coding", Level: 3}, {Competency: "coaching", Level: 4}}},
		},
		Moves: []ladder.Move{{From: "senior", To: "manager", Kind: ladder.Switch}, {From: "manager", To: "director", Kind: ladder.Promotion}},
	}, ix)
	if err != nil {
		fmt.Println(err)
		return
	}
	path, _ := g.Path("senior", "director")
	for _, m := range path {
		fmt.Printf("%s → %s (%s)\n", m.From, m.To, m.Kind)
	}
	diff, _ := g.Diff("senior", "manager")
	for _, c := range diff {
		fmt.Printf("%s %s: %d → %d\n", c.Competency, c.Kind, c.From, c.To)
	}
	// Output:
	// senior → manager (switch)
	// manager → director (promotion)
	// coding lowered: 4 → 3
	// coaching added: 0 → 3
}
