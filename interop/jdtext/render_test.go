package jdtext

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// expressible returns what of r the seed's layout can say, in the form
// Parse gives it (see "Writing" in the package documentation): levels at
// the default with no weight, importance spelt out, accepted areas as the
// first and the rest, and no codes, family, track, level, aliases, field
// aliases, experience notes or explicit midpoint; requirements in the
// order of the layout's sections (hard, soft, knowledge, then the
// preferred ones in that order) and required experience before preferred.
func expressible(r role.Role, cat competency.Catalog) role.Role {
	r = r.Clone()
	kindRank := map[competency.ID]int{}
	for _, c := range cat.Competencies {
		kindRank[c.ID] = slices.Index([]competency.Kind{competency.Hard, competency.Soft, competency.Knowledge}, c.Kind)
	}
	section := func(q competency.Requirement) int {
		if q.Importance.IsRequired() {
			return kindRank[q.Competency]
		}
		return 3 + kindRank[q.Competency]
	}
	slices.SortStableFunc(r.Requirements, func(a, b competency.Requirement) int { return section(a) - section(b) })
	slices.SortStableFunc(r.Experience, func(a, b role.Experience) int {
		switch {
		case a.Preferred == b.Preferred:
			return 0
		case b.Preferred:
			return -1
		}
		return 1
	})
	r.Codes, r.Family, r.Track, r.Level, r.Aliases = nil, "", "", "", nil
	r.Education.FieldAliases = nil
	for i := range r.Requirements {
		q := &r.Requirements[i]
		q.Level, q.Weight = DefaultLevel, nil
		if q.Importance == "" {
			q.Importance = competency.Required
		}
	}
	for i := range r.Experience {
		e := &r.Experience[i]
		a := e.AcceptedAreas()
		e.Area, e.Areas, e.Note = a[0], rest(a), ""
		for j := range e.Including {
			p := &e.Including[j]
			a := p.AcceptedAreas()
			p.Area, p.Areas, p.Note = a[0], rest(a), ""
		}
	}
	if r.Pay != nil {
		b := *r.Pay
		b.Mid = nil
		r.Pay = &b
	}
	return r
}

var ignoreNotes = cmpopts.IgnoreFields(role.Experience{}, "Note")

// roundTrip renders r and parses it back with the catalog.
func roundTrip(t *testing.T, r role.Role, cat competency.Catalog) role.Role {
	t.Helper()
	text := Render(r, cat)
	fw, _, err := Parse(text, Options{Catalog: &cat})
	require.NoError(t, err, "Parse(Render(%s)):\n%s", r.ID, text)
	require.Len(t, fw.Roles, 1, "Parse(Render(%s)) roles", r.ID)
	return fw.Roles[0]
}

func TestRenderExample(t *testing.T) {
	fw, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	got := roundTrip(t, r, fw.Catalog)
	assert.Empty(t, cmp.Diff(expressible(r, fw.Catalog), got, ignoreNotes, cmpopts.EquateEmpty()), "Parse(Render(example role))")
	text := Render(r, fw.Catalog)
	assert.Contains(t, text, "\n💰 USD 140000 - 220000 per year\n", "the pay line")
	assert.Contains(t, text, "\n  • 6–12+ years of software engineering with 2–6 years in people management or engineering leadership.\n",
		"the first experience statement, built from its fields since its note does not read back")
	assert.Contains(t, text, "\n  • Product Management as a Senior Product Manager for technical products\n", "a move with a note after its title")
}

// TestRenderSeedFixedPoint parses the seed, renders it and parses it
// again: every field comes back, experience notes included (they are the
// seed's statements, which read back as themselves).
func TestRenderSeedFixedPoint(t *testing.T) {
	fw, r := parseSeed(t)
	text := Render(r, fw.Catalog)
	back, _, err := Parse(text, Options{})
	require.NoError(t, err, "Parse(Render(Parse(seed)))")
	assert.Empty(t, cmp.Diff(r, back.Roles[0], cmpopts.EquateEmpty()), "Parse(Render(Parse(seed))) without a catalog")
	assert.Empty(t, cmp.Diff(fw.Competencies, back.Competencies, cmpopts.EquateEmpty()), "the competencies come back too")
}

func TestRenderGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 12))
	for i := range 200 {
		r, cat := genRole(rng, i)
		require.NoError(t, r.Validate(), "generated role %d validates", i)
		_, err := competency.Compile(cat)
		require.NoError(t, err, "generated catalog %d compiles", i)
		t.Run(string(r.ID), func(t *testing.T) {
			got := roundTrip(t, r, cat)
			assert.Empty(t, cmp.Diff(expressible(r, cat), got, ignoreNotes, cmpopts.EquateEmpty()), "Parse(Render(r)):\n%s", Render(r, cat))
		})
	}
}

// Vocabularies of the generator: none is a heading, a filler, a connector
// or a stop word of the grammars.
var (
	nouns    = []string{"ledger", "pipeline", "harbor", "compass", "lattice", "beacon", "quarry", "orchard", "signal", "canvas", "meadow", "engine", "atlas", "vector", "summit"}
	verbs    = []string{"Review", "Plan", "Build", "Tune", "Audit", "Design", "Measure", "Document", "Mentor", "Ship"}
	titles   = []string{"Senior", "Principal", "Platform", "Data", "Payroll", "Reliability", "Director", "Lead", "Analyst", "Manager", "Architect"}
	fields   = []string{"Computer Science", "Statistics", "Accounting", "Physics", "Information Systems", "Mathematics"}
	tagWords = []string{"Data", "Cloud", "Finance", "Leadership", "Remote", "Security", "Go"}
	levels   = []role.DegreeLevel{role.HighSchool, role.Associate, role.Bachelor, role.Master, role.Doctorate}
)

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func subset[T any](rng *rand.Rand, xs []T, most int) []T {
	var out []T
	for _, i := range rng.Perm(len(xs))[:rng.IntN(most+1)] {
		out = append(out, xs[i])
	}
	return out
}

func sentence(rng *rand.Rand) string {
	return pick(rng, verbs) + " the " + pick(rng, nouns) + " of the " + pick(rng, nouns) + " every week."
}

func capitalise(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// genRole returns a random valid role and the catalog its requirements
// name, within what the layout can say.
func genRole(rng *rand.Rand, i int) (role.Role, competency.Catalog) {
	var cat competency.Catalog
	kinds := []competency.Kind{competency.Hard, competency.Soft, competency.Knowledge}
	for j := range 1 + rng.IntN(6) {
		name := fmt.Sprintf("%s %s design %d", capitalise(pick(rng, nouns)), pick(rng, nouns), j)
		c := competency.Competency{ID: competency.ID(slug(name)), Name: name, Kind: pick(rng, kinds)}
		if rng.IntN(2) == 0 {
			c.Description = "Plans the " + pick(rng, nouns) + " well."
		}
		cat.Competencies = append(cat.Competencies, c)
	}
	title := strings.Join(subset(rng, titles, 3), " ")
	if title == "" {
		title = "Engineer"
	}
	r := role.Role{Title: fmt.Sprintf("%s %d", title, i)}
	r.ID = role.ID(slug(r.Title))
	if tags := subset(rng, tagWords, 4); len(tags) > 0 {
		r.Tags = tags
	}
	if rng.IntN(3) > 0 {
		r.Summary = sentence(rng) + " " + sentence(rng)
	}
	for range rng.IntN(5) {
		r.Responsibilities.Primary = append(r.Responsibilities.Primary, sentence(rng))
	}
	for range rng.IntN(3) {
		r.Responsibilities.Secondary = append(r.Responsibilities.Secondary, sentence(rng))
	}
	for _, c := range subset(rng, cat.Competencies, len(cat.Competencies)) {
		q := competency.Requirement{Competency: c.ID, Level: 1 + rng.IntN(5), Importance: pick(rng, []competency.Importance{"", competency.Required, competency.Preferred})}
		if rng.IntN(3) == 0 {
			w := 2.0
			q.Weight = &w
		}
		r.Requirements = append(r.Requirements, q)
	}
	for range rng.IntN(3) {
		r.Experience = append(r.Experience, genExperience(rng))
	}
	if rng.IntN(2) == 0 {
		r.Qualifications = []string{"Has run a " + pick(rng, nouns) + " on call."}
	}
	if rng.IntN(2) == 0 {
		r.PreferredQualifications = []string{"Has shipped a " + pick(rng, nouns) + " end to end."}
	}
	genEducation(rng, &r)
	if rng.IntN(2) == 0 {
		lo := int64(20 + rng.IntN(100))
		b, _ := salary.NewBand(pick(rng, []salary.Currency{salary.USD, salary.EUR, salary.GBP}), pick(rng, []salary.Period{salary.Year, salary.Month, salary.Hour}),
			salary.MustParseAmount(fmt.Sprint(lo*1000)), salary.MustParseAmount(fmt.Sprint((lo+int64(rng.IntN(50)))*1000)))
		if rng.IntN(4) == 0 {
			mid := b.Min
			b.Mid = &mid
		}
		r.Pay = &b
	}
	move := func() role.Move {
		m := role.Move{Title: strings.Join(append(subset(rng, titles, 2), "Engineer"), " ")}
		switch rng.IntN(3) {
		case 1:
			m.Note = "from a smaller " + pick(rng, nouns) + " team"
		case 2:
			m.Note = "Staff " + capitalise(pick(rng, nouns)) + " track"
		}
		return m
	}
	for range rng.IntN(3) {
		r.Career.EntryFrom = append(r.Career.EntryFrom, move())
	}
	for range rng.IntN(3) {
		r.Career.AdvanceTo = append(r.Career.AdvanceTo, move())
	}
	for range rng.IntN(3) {
		r.Career.Lateral = append(r.Career.Lateral, move())
	}
	if rng.IntN(4) == 0 {
		r.Codes = []role.Code{{Scheme: "onet-soc", Code: "11-3021.00"}}
		r.Family, r.Track = "Engineering", role.Management
	}
	return r, cat
}

func genAreas(rng *rand.Rand) (string, []string) {
	n := 1 + rng.IntN(3)
	var as []string
	for _, k := range rng.Perm(len(nouns))[:n] {
		as = append(as, nouns[k]+"-"+pick(rng, []string{"operations", "engineering", "design", "analysis"}))
	}
	if rng.IntN(3) == 0 {
		return "", as
	}
	return as[0], as[1:]
}

func genExperience(rng *rand.Rand) role.Experience {
	for {
		e := role.Experience{MinYears: float64(1 + rng.IntN(10)), Preferred: rng.IntN(3) == 0}
		e.Area, e.Areas = genAreas(rng)
		switch rng.IntN(4) {
		case 0: // "N+ years"
			e.OpenEnded = true
		case 1: // "N–M years", hard
			e.MaxYears = e.MinYears + float64(1+rng.IntN(5))
		case 2: // "typically N–M years"
			e.MaxYears, e.RangeKind = e.MinYears+float64(1+rng.IntN(5)), role.Typical
		case 3: // "at least N–M years"
			e.MaxYears, e.RangeKind = e.MinYears+float64(1+rng.IntN(5)), role.Minimum
		}
		if rng.IntN(2) == 0 {
			p := role.ExperiencePart{MinYears: float64(1 + rng.IntN(int(e.MinYears)))}
			p.Area, p.Areas = genAreas(rng)
			if rng.IntN(2) == 0 {
				p.OpenEnded = true
			} else if e.MaxYears > 0 {
				p.MaxYears = p.MinYears + float64(rng.IntN(int(e.MaxYears-p.MinYears)+1))
				if p.MaxYears == p.MinYears {
					p.MaxYears = 0
				}
			}
			e.Including = []role.ExperiencePart{p}
		}
		if (role.Role{ID: "x", Title: "x", Experience: []role.Experience{e}}).Validate() == nil {
			return e
		}
	}
}

func genEducation(rng *rand.Rand, r *role.Role) {
	degree := func() role.Credential {
		if rng.IntN(5) == 0 {
			return role.Credential{Level: role.Master, Name: "MBA", Fields: subset(rng, fields, 1)}
		}
		return role.Credential{Level: pick(rng, levels), Fields: subset(rng, fields, 3)}
	}
	cert := func() role.Credential {
		c := role.Credential{Kind: role.Certification, Name: capitalise(pick(rng, nouns)) + " certification"}
		if rng.IntN(2) == 0 {
			c.Aliases = []string{strings.ToUpper(pick(rng, nouns)[:3])}
		}
		return c
	}
	ed := &r.Education
	if rng.IntN(3) > 0 {
		d := degree()
		ed.Minimum = &d
	}
	for range rng.IntN(3) {
		ed.Alternatives = append(ed.Alternatives, cert())
	}
	for range rng.IntN(3) {
		if rng.IntN(2) == 0 {
			ed.Preferred = append(ed.Preferred, degree())
		} else {
			ed.Preferred = append(ed.Preferred, cert())
		}
	}
	ed.Fields = subset(rng, fields, 3)
	hasRequired := slices.ContainsFunc(r.Experience, func(e role.Experience) bool { return !e.Preferred })
	ed.EquivalentExperience = hasRequired && rng.IntN(2) == 0
}
