package ladder_test

// An importer, for tests, of the Financial Times engineering progression
// framework: ../shared/data/ladders/ft_engineering_competencies.yml, taken
// from github.com/Financial-Times/engineering-progression
// (data/job-families/engineering.yml @ d54616e).
//
// The framework is used under the MIT licence:
// Copyright (c) 2019 Financial Times.
//
// The data is read at test time and is not copied into this repository.
//
// # What the file says, and how it maps
//
// The file lists levels (id, name), themes (id, name, summary) and
// competencies (a UUID, a level, a theme, a summary and a proficiency). Every
// level has exactly one competency per theme: a statement of what that theme
// looks like at that level, at one of five proficiencies.
//
//   - Proficiency → a catalog scale of our own, "ft-proficiency", with FT's
//     names and values 1–5 (Awareness 1 … Expert 5). The values are those of
//     the built-in competency.FrameworkScale() scale, but its level 3 is called
//     "Working" where FT says "Working knowledge"; an own scale keeps FT's
//     words in reports and matrices, and the importer matches names exactly,
//     so an unknown proficiency is an error rather than a guess.
//   - Competency → a catalog competency with the FT UUID as its ID (a UUID is
//     a valid slug), named "<theme> — <level>" (FT gives no names), the theme's
//     name as its Category, and the statement as its Description. The
//     Technical theme is a hard skill; the other eight are soft skills.
//   - Level → a ladder level with FT's name as its title. The file gives no
//     ranks and no tracks; the fork is visible only in the IDs: "senior-2-ic"
//     and "senior-2-pm" are the individual-contributor and people-manager
//     variants of one level, as are "principal-ic" and "principal-pm". So a
//     level's rank is the position of its base ID (the ID without "-ic" or
//     "-pm") in the file's order: variants share a rank. The "-pm" variants
//     are on a people-manager (Management) track, the rest of the levels up
//     to the fork on the individual-contributor track (FT: "All People
//     Manager roles ... will be at Senior 2 or above"). A level after the
//     fork that does not fork, the Technology Director, continues the
//     people-manager track (FT's FAQ: "The Technology Director requires
//     significant experience as a People Manager - it's the main part of the
//     role").
//   - Moves → a promotion from each level to the next rank on the same track,
//     and from the last level before the fork into both of its variants;
//     a switch, both ways, between the two variants of a forked level (FT:
//     engineers "can choose to develop themselves and work toward either
//     track, or change tracks"). So Principal Engineer (IC) reaches Technology
//     Director by switching to the people-manager track first.
//
// # Carrying expectations forward
//
// FT states each competency once, at the level that introduces it, and
// expects it to persist. Its FAQ answers "Do I need to meet competencies from
// earlier levels?" with yes: "Assuming that competencies from earlier levels
// are met means that we do not need to duplicate competencies across
// different levels"; its how-to-use guide adds that engineers should consider
// whether they meet the earlier levels' competencies, "though we don't ask for
// evidence of this". The importer therefore gives each level:
//   - its own nine statements as Required expectations, at their
//     proficiency; and
//   - every expectation of each level that promotes into it, carried forward
//     at the same proficiency as Preferred: still expected, counted in a
//     Readiness score, but not blocking RequiredMet, since FT does not ask
//     for evidence of earlier levels.
//
// Only promotions carry expectations: a level inherits from the levels below
// it on its own path (Principal Engineer (PM) from Senior Engineer 2 (PM),
// not from the IC variant). Nothing is ever carried at a lower proficiency,
// so on this ladder Lint's falling-expectation rule checks the carrying
// itself: a statement forgotten on the way up would show as "dropped".
//
// Whether FT's proficiencies themselves never fall is a separate question,
// answered by the theme view (ftThemeLadder): the nine themes as the
// competencies, as FT's how-to-use guide presents them ("Competencies are
// described for each role in a job family, reflecting the level of
// proficiency"), each level expecting each theme at the proficiency of its
// own statement. There Lint finds a fall if a theme's proficiency drops along
// a promotion.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

// ftPath is the framework's file, relative to this package's directory: the
// repository root's ../shared.
var ftPath = filepath.Join("..", "..", "shared", "data", "ladders", "ft_engineering_competencies.yml")

// ftDoc is the file's structure.
type ftDoc struct {
	Name          string         `yaml:"name"`
	Summary       string         `yaml:"summary"`
	GoogleSheetID string         `yaml:"googleSheetId"`
	Levels        []ftLevel      `yaml:"levels"`
	Themes        []ftTheme      `yaml:"themes"`
	Competencies  []ftCompetency `yaml:"competencies"`
}

type ftLevel struct {
	ID   ladder.LevelID `yaml:"id"`
	Name string         `yaml:"name"`
}

type ftTheme struct {
	ID      string `yaml:"id"`
	Name    string `yaml:"name"`
	Summary string `yaml:"summary"`
}

type ftCompetency struct {
	ID          string         `yaml:"id"`
	Level       ladder.LevelID `yaml:"level"`
	Theme       string         `yaml:"theme"`
	Summary     string         `yaml:"summary"`
	Proficiency string         `yaml:"proficiency"`
}

// loadFT reads and parses the framework, skipping the test when the file is
// absent (a fresh clone has no ../shared).
func loadFT(t *testing.T) ftDoc {
	t.Helper()
	data, err := os.ReadFile(ftPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("FT framework not available (%v); it lives in ../shared, which a fresh clone lacks", err)
	}
	require.NoError(t, err, "os.ReadFile(%s)", ftPath)
	doc, err := parseFT(data)
	require.NoError(t, err, "parseFT(%s)", ftPath)
	return doc
}

// parseFT decodes the file strictly: a field we do not know is an error, so
// a change of format upstream fails loudly instead of importing less.
func parseFT(data []byte) (ftDoc, error) {
	var doc ftDoc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return ftDoc{}, fmt.Errorf("decode FT framework: %w", err)
	}
	return doc, nil
}

// ftScaleID is the ID of the catalog scale the import uses.
const ftScaleID = "ft-proficiency"

// ftProficiencies are FT's proficiency names, lowest first; a name's value is
// its position counted from 1.
var ftProficiencies = []string{"Awareness", "Foundational", "Working knowledge", "Practitioner", "Expert"}

// ftScale is the proficiency scale, with short paraphrases of FT's
// definitions.
func ftScale() competency.Scale {
	desc := []string{
		"Understands the idea and why it matters; cannot yet apply it alone.",
		"Knows the principles and applies them in simple cases with guidance.",
		"Applies it independently in routine work.",
		"Applies it across many situations, solves complex problems, guides others.",
		"Deep expertise: innovates, leads and sets standards; the go-to authority.",
	}
	s := competency.Scale{ID: ftScaleID, Name: "FT proficiency", Description: "Proficiency levels of the FT engineering progression framework."}
	for i, name := range ftProficiencies {
		s.Levels = append(s.Levels, competency.ScaleLevel{Value: i + 1, Name: name, Description: desc[i]})
	}
	return s
}

// ftProficiency maps a proficiency name to its value on ftScale.
func ftProficiency(name string) (int, error) {
	if i := slices.Index(ftProficiencies, strings.TrimSpace(name)); i >= 0 {
		return i + 1, nil
	}
	return 0, fmt.Errorf("unknown proficiency %q (want one of %q)", name, ftProficiencies)
}

// Track IDs of the imported ladder.
const (
	ftIC ladder.TrackID = "ic"
	ftPM ladder.TrackID = "people-manager"
)

// ftPlace is where a level sits on the ladder.
type ftPlace struct {
	rank  int
	track ladder.TrackID
	fork  bool // an "-ic" or "-pm" variant of a forked level
}

// splitVariant splits a level ID into its base and its fork variant ("ic",
// "pm" or "").
func splitVariant(id string) (base, variant string) {
	for _, v := range []string{"ic", "pm"} {
		if b, ok := strings.CutSuffix(id, "-"+v); ok {
			return b, v
		}
	}
	return id, ""
}

// ftPlaces derives each level's rank and track from the file's order and the
// IDs' variant suffixes (see the file comment).
func ftPlaces(levels []ftLevel) map[ladder.LevelID]ftPlace {
	places := make(map[ladder.LevelID]ftPlace, len(levels))
	rank, prevBase, forked := 0, "", false
	for _, lv := range levels {
		base, variant := splitVariant(string(lv.ID))
		if base != prevBase {
			rank, prevBase = rank+1, base
		}
		p := ftPlace{rank: rank, track: ftIC, fork: variant != ""}
		if variant == "pm" || (variant == "" && forked) {
			p.track = ftPM
		}
		forked = forked || variant != ""
		places[lv.ID] = p
	}
	return places
}

// ftMoves links the levels: a promotion to the next rank on the same track,
// or from an unforked level into a variant of the fork above it; a switch
// between levels of the same rank on different tracks. Moves come in the
// file's order of levels.
func ftMoves(levels []ftLevel, places map[ladder.LevelID]ftPlace) []ladder.Move {
	var moves []ladder.Move
	for _, a := range levels {
		pa := places[a.ID]
		for _, b := range levels {
			pb := places[b.ID]
			switch {
			case pb.rank == pa.rank+1 && (pa.track == pb.track || (!pa.fork && pb.fork)):
				moves = append(moves, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Promotion})
			case pb.rank == pa.rank && pa.track != pb.track:
				moves = append(moves, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Switch})
			}
		}
	}
	return moves
}

// ftSkeleton is the ladder's tracks, levels and moves, without expectations.
func ftSkeleton(doc ftDoc) ladder.Ladder {
	places := ftPlaces(doc.Levels)
	l := ladder.Ladder{
		ID:     "ft-engineering",
		Name:   "Financial Times " + doc.Name,
		Family: doc.Name,
		Tracks: []ladder.Track{
			{ID: ftIC, Name: "Individual Contributor", Kind: role.IC},
			{ID: ftPM, Name: "People Manager", Kind: role.Management},
		},
		Moves: ftMoves(doc.Levels, places),
	}
	for _, lv := range doc.Levels {
		p := places[lv.ID]
		l.Levels = append(l.Levels, ladder.Level{ID: lv.ID, Track: p.track, Rank: p.rank, Title: lv.Name})
	}
	return l
}

// ftKind classifies a theme's competencies.
func ftKind(theme string) competency.Kind {
	if theme == "technical" {
		return competency.Hard
	}
	return competency.Soft
}

// ftCatalog turns the 72 statements into catalog competencies, checking that
// each names a known level and theme and that no level states a theme twice.
func ftCatalog(doc ftDoc) (competency.Catalog, error) {
	levels := map[ladder.LevelID]ftLevel{}
	for _, lv := range doc.Levels {
		levels[lv.ID] = lv
	}
	themes := map[string]ftTheme{}
	for _, th := range doc.Themes {
		themes[th.ID] = th
	}
	type key struct {
		level ladder.LevelID
		theme string
	}
	seen := map[key]string{}
	cat := competency.Catalog{DefaultScale: ftScaleID, Scales: []competency.Scale{ftScale()}}
	for _, c := range doc.Competencies {
		lv, okL := levels[c.Level]
		th, okT := themes[c.Theme]
		if !okL || !okT {
			return competency.Catalog{}, fmt.Errorf("competency %s: unknown level %q or theme %q", c.ID, c.Level, c.Theme)
		}
		if prev, dup := seen[key{c.Level, c.Theme}]; dup {
			return competency.Catalog{}, fmt.Errorf("competency %s: level %q already states theme %q in %s", c.ID, c.Level, c.Theme, prev)
		}
		seen[key{c.Level, c.Theme}] = c.ID
		cat.Competencies = append(cat.Competencies, competency.Competency{
			ID:          competency.ID(c.ID),
			Name:        th.Name + " — " + lv.Name,
			Kind:        ftKind(c.Theme),
			Category:    th.Name,
			Description: strings.TrimSpace(c.Summary),
		})
	}
	return cat, nil
}

// ftOwn returns each level's own statements as required expectations, in the
// file's order, keyed by level ID. id picks the competency a statement is
// expected as: the statement itself, or its theme.
func ftOwn(doc ftDoc, id func(ftCompetency) competency.ID) (map[ladder.LevelID][]competency.Requirement, error) {
	own := map[ladder.LevelID][]competency.Requirement{}
	for _, c := range doc.Competencies {
		p, err := ftProficiency(c.Proficiency)
		if err != nil {
			return nil, fmt.Errorf("competency %s: %w", c.ID, err)
		}
		own[c.Level] = append(own[c.Level], competency.Requirement{Competency: id(c), Level: p, Importance: competency.Required})
	}
	return own, nil
}

// ftLadder imports the framework with cumulative expectations: each level
// expects its own statements (required) and, carried forward as preferred,
// everything expected by the levels that promote into it.
func ftLadder(doc ftDoc) (ladder.Ladder, error) {
	own, err := ftOwn(doc, func(c ftCompetency) competency.ID { return competency.ID(c.ID) })
	if err != nil {
		return ladder.Ladder{}, err
	}
	l := ftSkeleton(doc)
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
		lv := &l.Levels[i]
		lv.Expectations = slices.Clone(own[lv.ID])
		for _, m := range l.Moves {
			if m.Kind == ladder.Promotion && m.To == lv.ID {
				lv.Expectations = carry(lv.Expectations, l.Levels[byID[m.From]].Expectations)
			}
		}
	}
	return l, nil
}

// carry appends to exps, as preferred, each of from's expectations that exps
// lacks, at the same level.
func carry(exps, from []competency.Requirement) []competency.Requirement {
	for _, e := range from {
		if !slices.ContainsFunc(exps, func(x competency.Requirement) bool { return x.Competency == e.Competency }) {
			e.Importance = competency.Preferred
			exps = append(exps, e)
		}
	}
	return exps
}

// ftThemeView is FT's own view of the framework: a catalog of the nine
// themes, and the ladder in which each level expects each theme at the
// proficiency of its own statement (nothing is carried: every level names
// every theme).
func ftThemeView(doc ftDoc) (competency.Catalog, ladder.Ladder, error) {
	cat := competency.Catalog{DefaultScale: ftScaleID, Scales: []competency.Scale{ftScale()}}
	for _, th := range doc.Themes {
		cat.Competencies = append(cat.Competencies, competency.Competency{
			ID: competency.ID(th.ID), Name: th.Name, Kind: ftKind(th.ID), Description: strings.TrimSpace(th.Summary),
		})
	}
	own, err := ftOwn(doc, func(c ftCompetency) competency.ID { return competency.ID(c.Theme) })
	if err != nil {
		return competency.Catalog{}, ladder.Ladder{}, err
	}
	l := ftSkeleton(doc)
	l.ID += "-themes"
	for i := range l.Levels {
		l.Levels[i].Expectations = own[l.Levels[i].ID]
	}
	return cat, l, nil
}
