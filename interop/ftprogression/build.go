package ftprogression

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// ScaleID is the ID of the catalog scale the import adds: FT's five
// proficiencies.
const ScaleID competency.ScaleID = "ft-proficiency"

// Track IDs of the imported ladder.
const (
	// IC is the individual-contributor track: the levels up to the fork and
	// the "-ic" variants.
	IC ladder.TrackID = "ic"
	// PeopleManager is the people-manager track: the "-pm" variants and the
	// levels above the fork that do not fork.
	PeopleManager ladder.TrackID = "people-manager"
)

// Proficiencies returns FT's proficiency names, lowest first, in a new
// slice; a name's value on the scale is its position counted from 1.
func Proficiencies() []string {
	return []string{"Awareness", "Foundational", "Working knowledge", "Practitioner", "Expert"}
}

// Scale returns the proficiency scale the import adds to the catalog, with
// FT's names at values 1–5 (the values of competency.FrameworkScale(),
// whose level 3 is called Working where FT says Working knowledge) and
// short paraphrases of FT's definitions.
func Scale() competency.Scale {
	desc := []string{
		"Understands the idea and why it matters; cannot yet apply it alone.",
		"Knows the principles and applies them in simple cases with guidance.",
		"Applies it independently in routine work.",
		"Applies it across many situations, solves complex problems, guides others.",
		"Deep expertise: innovates, leads and sets standards; the go-to authority.",
	}
	s := competency.Scale{ID: ScaleID, Name: "FT proficiency", Description: "Proficiency levels of the FT engineering progression framework."}
	for i, name := range Proficiencies() {
		s.Levels = append(s.Levels, competency.ScaleLevel{Value: i + 1, Name: name, Description: desc[i]})
	}
	return s
}

// proficiency maps a proficiency name, exactly, to its value on Scale.
func proficiency(name string) (int, bool) {
	i := slices.Index(Proficiencies(), name)
	return i + 1, i >= 0
}

// id returns s when it is a slug, or a slug derived from it (reported as
// mapped); "" when none can be derived (reported as malformed).
func (rd *reader) id(s string, at interop.Source, path, what string) string {
	if validate.IsSlug(s) {
		return s
	}
	if d := validate.Slugify(s); d != "" {
		rd.rep.Problem(interop.Mapped, at, path, "%s %q is not a slug; imported as %q", what, s, d)
		return d
	}
	rd.rep.Problem(interop.Malformed, at, path, "%s %q has no letters or digits to make an ID of; left out", what, s)
	return ""
}

// kind classifies a theme's competencies: FT gives no kind; its technical
// theme is a hard skill, the others are soft skills.
func kind(themeID string) competency.Kind {
	if themeID == "technical" {
		return competency.Hard
	}
	return competency.Soft
}

// place is where a level sits on the ladder.
type place struct {
	rank  int
	track ladder.TrackID
	fork  bool // an "-ic" or "-pm" variant of a forked level
}

// splitVariant splits a level ID into its base and its fork variant ("ic",
// "pm" or "").
func splitVariant(id ladder.LevelID) (base, variant string) {
	for _, v := range []string{"ic", "pm"} {
		if b, ok := strings.CutSuffix(string(id), "-"+v); ok {
			return b, v
		}
	}
	return string(id), ""
}

// places derives each level's rank and track from the file's order and the
// IDs' variant suffixes: the rank is the position of the level's base ID
// (variants share a rank), and a level is on the people-manager track when
// it is a "-pm" variant or an unforked level after the fork.
func places(levels []ladder.Level) []place {
	out := make([]place, len(levels))
	rank, prevBase, forked := 0, "", false
	for i, lv := range levels {
		base, variant := splitVariant(lv.ID)
		if i == 0 || base != prevBase {
			rank, prevBase = rank+1, base
		}
		p := place{rank: rank, track: IC, fork: variant != ""}
		if variant == "pm" || (variant == "" && forked) {
			p.track = PeopleManager
		}
		forked = forked || variant != ""
		out[i] = p
	}
	return out
}

// moves links the levels: a promotion to the next rank on the same track,
// or from an unforked level into a variant of the fork above it; a switch
// between levels of the same rank on different tracks. Moves come in the
// file's order of levels.
func moves(levels []ladder.Level, ps []place) []ladder.Move {
	var out []ladder.Move
	for i, a := range levels {
		pa := ps[i]
		for j, b := range levels {
			pb := ps[j]
			switch {
			case pb.rank == pa.rank+1 && (pa.track == pb.track || (!pa.fork && pb.fork)):
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Promotion})
			case pb.rank == pa.rank && pa.track != pb.track:
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Switch})
			}
		}
	}
	return out
}

// expectation is a level's expectation with where it was read.
type expectation struct {
	req competency.Requirement
	at  interop.Source
}

// build maps the document to a framework (see the package comment).
func build(doc document, opts Options, rd *reader) (careerkit.Framework, error) {
	rep := rd.rep
	fw := careerkit.Framework{Name: "Financial Times"}
	if doc.name == "" {
		rep.Problem(interop.Missing, interop.Source{File: rd.file}, "name", "the file has no name; the framework is called %q", fw.Name)
	} else {
		fw.Name += " " + doc.name
		rep.From("name", doc.nameAt)
	}

	// Levels, by the ID the file uses.
	var levels []ladder.Level
	var levelAt []interop.Source
	levelIndex := map[string]int{}
	for i, lv := range doc.levels {
		path := problem.Path("ladders", 0, "levels", len(levels))
		id := rd.id(lv.id, lv.at, path, "level ID")
		if id == "" {
			continue
		}
		if prev := slices.IndexFunc(levels, func(l ladder.Level) bool { return string(l.ID) == id }); prev >= 0 {
			rep.Problem(interop.Malformed, lv.at, "", "levels[%d]: level ID %q is already used by the level on line %d; left out", i, id, levelAt[prev].Row)
			continue
		}
		levelIndex[lv.id] = len(levels)
		levels = append(levels, ladder.Level{ID: ladder.LevelID(id), Title: lv.name})
		levelAt = append(levelAt, lv.at)
	}
	if len(levels) == 0 {
		return fw, fmt.Errorf("ftprogression: %s has no readable levels", rd.file)
	}

	themeIndex := map[string]int{}
	var themes []theme
	for i, th := range doc.themes {
		if prev, dup := themeIndex[th.id]; dup {
			rep.Problem(interop.Malformed, th.at, "", "themes[%d]: theme ID %q is already used (themes[%d]); left out", i, th.id, prev)
			continue
		}
		themeIndex[th.id] = len(themes)
		themes = append(themes, th)
		rep.Problem(interop.Mapped, th.at, "", "theme %q: FT gives no kind of skill; its competencies are %s (the technical theme is hard, the others soft)", th.id, kind(th.id))
	}

	cat := competency.Catalog{DefaultScale: ScaleID, Scales: []competency.Scale{Scale()}}
	if opts.Themes {
		for _, th := range themes {
			path := problem.Path("competencies", len(cat.Competencies))
			id := rd.id(th.id, th.at, path, "theme ID")
			if id == "" {
				continue
			}
			cat.Competencies = append(cat.Competencies, competency.Competency{
				ID: competency.ID(id), Name: th.name, Kind: kind(th.id), Description: th.summary,
			})
			rep.From(path, th.at)
		}
	}

	// Statements: competencies (or, with Themes, expectations of a theme).
	own := make([][]expectation, len(levels))
	type key struct{ level, theme string }
	seen := map[key]int{}
	ids := map[competency.ID]int{}
	names := map[string]bool{}
	for i, st := range doc.competencies {
		li, okL := levelIndex[st.level]
		ti, okT := themeIndex[st.theme]
		if !okL || !okT {
			rep.Problem(interop.Malformed, st.at, "", "competencies[%d] (%s): level %q or theme %q is not in the file; left out", i, st.id, st.level, st.theme)
			continue
		}
		if prev, dup := seen[key{st.level, st.theme}]; dup {
			rep.Problem(interop.Malformed, st.at, "", "competencies[%d] (%s): level %q already states theme %q in competencies[%d]; left out", i, st.id, st.level, st.theme, prev)
			continue
		}
		seen[key{st.level, st.theme}] = i
		th := themes[ti]
		target := competency.ID(th.id)
		if !opts.Themes {
			path := problem.Path("competencies", len(cat.Competencies))
			id := competency.ID(rd.id(st.id, st.at, path, "competency ID"))
			if id == "" {
				continue
			}
			if prev, dup := ids[id]; dup {
				rep.Problem(interop.Malformed, st.at, "", "competencies[%d]: ID %q is already used by competencies[%d]; left out", i, id, prev)
				continue
			}
			ids[id] = i
			name := th.name + " — " + levels[li].Title
			if n := strings.Join(strings.Fields(strings.ToLower(name)), " "); names[n] {
				name += " (" + string(id) + ")"
				rep.Problem(interop.Mapped, st.at, problem.Path(path, "name"), "the name %q is already used; this one is called %q", th.name+" — "+levels[li].Title, name)
			} else {
				names[n] = true
			}
			cat.Competencies = append(cat.Competencies, competency.Competency{
				ID: id, Name: name, Kind: kind(th.id), Category: th.name, Description: st.summary,
			})
			rep.From(path, st.at)
			target = id
		}
		p, ok := proficiency(st.proficiency)
		if !ok {
			rep.Problem(interop.Malformed, st.proficiencyAt, "", "competencies[%d] (%s): unknown proficiency %q (want one of %q); no level expects it", i, st.id, st.proficiency, Proficiencies())
			continue
		}
		own[li] = append(own[li], expectation{competency.Requirement{Competency: target, Level: p, Importance: competency.Required}, st.proficiencyAt})
	}
	if len(cat.Competencies) == 0 {
		return fw, fmt.Errorf("ftprogression: %s has no readable competencies", rd.file)
	}
	if !opts.Themes {
		rep.Problem(interop.Mapped, interop.Source{File: rd.file, Pointer: "/competencies"}, "competencies",
			"FT gives its statements no names: each is named \"<theme> — <level>\", with the theme's name as its category")
	}
	rep.Problem(interop.Mapped, interop.Source{File: rd.file, Pointer: "/competencies"}, "scales[0]",
		"proficiencies are levels 1–5 of scale %q, in the order %q", ScaleID, Proficiencies())

	l := skeleton(doc.name, levels, opts.Themes)
	ps := places(levels)
	for i, p := range ps {
		rep.Problem(interop.Mapped, levelAt[i], problem.Path("ladders", 0, "levels", i),
			"FT gives no rank or track: rank %d is the place of %q's base ID in the file, track %q follows from its suffix and the fork", p.rank, levels[i].ID, p.track)
	}
	exps := expectations(l, own, opts.Themes, rep, rd.file)
	for i := range l.Levels {
		rep.From(problem.Path("ladders", 0, "levels", i), levelAt[i])
		for j, e := range exps[i] {
			l.Levels[i].Expectations = append(l.Levels[i].Expectations, e.req)
			rep.From(problem.Path("ladders", 0, "levels", i, "expectations", j), e.at)
		}
		rep.Count("expectations", len(exps[i]))
	}
	if len(l.Moves) > 0 {
		rep.Problem(interop.Mapped, interop.Source{File: rd.file, Pointer: "/levels"}, "ladders[0].moves",
			"FT lists no moves: promotions go to the next rank on the same track (and into both variants of the fork), switches both ways between the variants of a forked level")
	}
	fw.Catalog = cat
	fw.Ladders = []ladder.Ladder{l}
	rep.Count("competencies", len(cat.Competencies))
	rep.Count("themes", len(themes))
	rep.Count("levels", len(l.Levels))
	rep.Count("moves", len(l.Moves))
	rep.Count("ladders", 1)
	if _, err := fw.Compile(); err != nil {
		return careerkit.Framework{}, fmt.Errorf("ftprogression: the import of %s is not a valid framework: %w", rd.file, err)
	}
	return fw, nil
}

// skeleton is the ladder's tracks, levels (with rank and track) and moves,
// without expectations.
func skeleton(name string, levels []ladder.Level, themes bool) ladder.Ladder {
	ps := places(levels)
	l := ladder.Ladder{ID: "ft", Name: strings.TrimSpace("Financial Times " + name), Family: name}
	if s := validate.Slugify(name); s != "" {
		l.ID = ladder.ID(validate.Slugify("ft-" + s))
	}
	if themes {
		l.ID = ladder.ID(validate.Slugify(string(l.ID) + "-themes"))
	}
	l.Tracks = []ladder.Track{{ID: IC, Name: "Individual Contributor", Kind: role.IC}}
	if slices.ContainsFunc(ps, func(p place) bool { return p.track == PeopleManager }) {
		l.Tracks = append(l.Tracks, ladder.Track{ID: PeopleManager, Name: "People Manager", Kind: role.Management})
	}
	for i, lv := range levels {
		lv.Rank, lv.Track = ps[i].rank, ps[i].track
		l.Levels = append(l.Levels, lv)
	}
	l.Moves = moves(levels, ps)
	return l
}

// expectations gives each level its own statements and, unless themes is
// set, every expectation of each level that promotes into it, carried
// forward at the same proficiency as preferred.
func expectations(l ladder.Ladder, own [][]expectation, themes bool, rep *interop.Report, file string) [][]expectation {
	out := make([][]expectation, len(l.Levels))
	byID := map[ladder.LevelID]int{}
	for i, lv := range l.Levels {
		byID[lv.ID] = i
	}
	// Lower ranks first, so a level's predecessors are complete before it.
	order := make([]int, len(l.Levels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return l.Levels[a].Rank - l.Levels[b].Rank })
	for _, i := range order {
		out[i] = slices.Clone(own[i])
		if themes {
			continue
		}
		for _, m := range l.Moves {
			if m.Kind == ladder.Promotion && m.To == l.Levels[i].ID {
				out[i] = carry(out[i], out[byID[m.From]])
			}
		}
		if n := len(out[i]) - len(own[i]); n > 0 {
			rep.Problem(interop.Mapped, interop.Source{File: file, Pointer: "/levels"}, problem.Path("ladders", 0, "levels", i, "expectations"),
				"%d expectations of the levels promoting into %q carried forward as preferred: FT assumes earlier levels' competencies are met", n, l.Levels[i].ID)
		}
	}
	return out
}

// carry appends to exps, as preferred, each of from's expectations that
// exps lacks, at the same level and with the same source.
func carry(exps, from []expectation) []expectation {
	for _, e := range from {
		if !slices.ContainsFunc(exps, func(x expectation) bool { return x.req.Competency == e.req.Competency }) {
			e.req.Importance = competency.Preferred
			exps = append(exps, e)
		}
	}
	return exps
}
