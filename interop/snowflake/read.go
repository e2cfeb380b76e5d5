package snowflake

import (
	"encoding/json"
	"fmt"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/interop/internal/jsonsrc"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// Format is the name the import's report gives the format.
const Format = "snowflake"

// DefaultMaxBytes is the largest input Read accepts when Options.MaxBytes
// is zero: 4 MiB, over eighty times the size of the whole framework.
const DefaultMaxBytes = 4 << 20

// Name is the framework's name: the file has none of its own.
const Name = "Medium Snowflake"

// ScaleID is the ID of the catalog scale of milestones 0–5.
const ScaleID competency.ScaleID = "snowflake-milestone"

// LadderID is the ID of the one imported ladder.
const LadderID ladder.ID = "snowflake"

// Track IDs of the imported ladder.
const (
	// IC is the individual-contributor track.
	IC ladder.TrackID = "ic"
	// Management is the management track.
	Management ladder.TrackID = "management"
)

// Options tune an import. The zero value puts the titles of
// DefaultManagementTitles on the management track, makes the tracks of
// DefaultHardCategories hard skills, and accepts inputs of up to
// DefaultMaxBytes.
type Options struct {
	// ManagementTitles are the titles (labels, exactly) on the management
	// track; the others are on the individual-contributor track. nil means
	// DefaultManagementTitles().
	ManagementTitles []string
	// HardCategories are the categories whose tracks are hard skills; the
	// others are soft skills. nil means DefaultHardCategories().
	HardCategories []string
	// MaxBytes is the largest input accepted, in bytes; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// File names the input in the report's sources; "" means
	// "snowflake.json". Import sets it to the file's base name.
	File string
}

// DefaultManagementTitles returns the titles on the management track by
// default, in a new slice. Snowflake gives titles no track; in each pair of
// titles that share a point range, these are the ones that lead groups.
func DefaultManagementTitles() []string {
	return []string{"Group Lead", "Senior Group Lead", "Director of Engineering"}
}

// DefaultHardCategories returns the categories whose tracks are hard
// skills by default, in a new slice: category A, whose tracks (Mobile, Web
// client, Foundations, Servers) are the technical ones.
func DefaultHardCategories() []string { return []string{"A"} }

// Import reads the framework file at path. See Read.
func Import(path string, opts Options) (careerkit.Framework, *interop.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("%s: %w", Format, err)
	}
	defer f.Close()
	if opts.File == "" {
		opts.File = filepath.Base(path)
	}
	fw, rep, err := Read(f, opts)
	if rep != nil {
		rep.Source = path
	}
	return fw, rep, err
}

// Read reads the Snowflake framework, as JSON, from r: its tracks become
// competencies on a milestone scale, its titles the levels of one ladder.
// Items it cannot read are reported as malformed and left out; the error is
// for input that cannot be read at all (too large, not JSON, no tracks or
// no titles left).
func Read(r io.Reader, opts Options) (careerkit.Framework, *interop.Report, error) {
	file := opts.File
	if file == "" {
		file = "snowflake.json"
	}
	rep := interop.NewReport(Format, file)
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := jsonsrc.ReadLimited(r, limit, Format, file)
	if err != nil {
		return careerkit.Framework{}, rep, err
	}
	if !json.Valid(data) {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s is not one JSON value", Format, file)
	}
	rd := &reader{&jsonsrc.Reader{File: file, Rep: rep}}
	top, ok := rd.Object(data, "", "source", "license", "milestoneToPoints", "pointsToLevels", "maxPoints", "titles", "tracks")
	if !ok {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s is not a JSON object", Format, file)
	}
	fw := careerkit.Framework{Name: Name}
	rep.Problem(interop.Missing, rd.At(""), "name", "the file has no name; the framework is called %q", Name)
	rd.version(&fw, top)
	for _, k := range []struct{ key, why string }{
		{"license", "notes about the file are not part of the model"},
		{"pointsToLevels", "the sub-levels (such as 3.2) a total of points gives are not ladder levels: a ladder level's expectations are per competency, and a total of points is not"},
		{"maxPoints", "the largest total of points is not part of the model"},
	} {
		if _, ok := top[k.key]; ok {
			rep.Problem(interop.Skipped, rd.At(jsonsrc.Pointer("", k.key)), "", "%s: %s", k.key, k.why)
		}
	}

	fw.Catalog = competency.Catalog{DefaultScale: ScaleID, Scales: []competency.Scale{rd.scale(top)}}
	rd.tracks(&fw.Catalog, top, opts)
	if len(fw.Competencies) == 0 {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s has no readable tracks", Format, file)
	}
	l := rd.titles(top, opts)
	if len(l.Levels) == 0 {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s has no readable titles", Format, file)
	}
	fw.Ladders = []ladder.Ladder{l}
	rep.Count("competencies", len(fw.Competencies))
	rep.Count("levels", len(l.Levels))
	rep.Count("moves", len(l.Moves))
	rep.Count("ladders", 1)
	if _, err := fw.Compile(); err != nil {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: the import of %s is not a valid framework: %w", Format, file, err)
	}
	return fw, rep, nil
}

// commit finds the commit a source line names: "… @ 38859c6 (…)".
var commit = regexp.MustCompile(`@ ([0-9a-f]{7,40})\b`)

// version takes the commit the source names as the framework's version.
func (rd *reader) version(fw *careerkit.Framework, top map[string]json.RawMessage) {
	raw, ok := top["source"]
	if !ok {
		rd.Rep.Problem(interop.Missing, rd.At(""), "version", "the file names no source; the framework has no version")
		return
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	m := commit.FindStringSubmatch(s)
	if m == nil {
		rd.Rep.Problem(interop.Missing, rd.At("/source"), "version", "the source %q names no commit; the framework has no version", s)
		return
	}
	fw.Version = m[1]
	rd.Rep.Problem(interop.Mapped, rd.At("/source"), "version", "the version is the commit the source names: %q", m[1])
	rd.Rep.From("version", rd.At("/source"))
}

// Milestones is the number of milestones of a track: levels 1–5 of the
// scale, above level 0 (no milestone reached).
const Milestones = 5

// scale builds the milestone scale: levels 0–5, each described by its
// points from milestoneToPoints.
func (rd *reader) scale(top map[string]json.RawMessage) competency.Scale {
	sc := competency.Scale{ID: ScaleID, Name: "Snowflake milestone",
		Description: "The milestone reached in a Snowflake track; 0 is none."}
	for m := 0; m <= Milestones; m++ {
		sc.Levels = append(sc.Levels, competency.ScaleLevel{Value: m, Name: "Milestone " + strconv.Itoa(m)})
	}
	raw, ok := top["milestoneToPoints"]
	if !ok {
		rd.Rep.Problem(interop.Missing, rd.At(""), "scales[0]", "the file has no milestoneToPoints; the milestone scale's levels have no points")
		return sc
	}
	points, ok := rd.Object(raw, "/milestoneToPoints")
	if !ok {
		return sc
	}
	ms, _ := jsonsrc.Members(raw)
	for _, mb := range ms {
		m, err := strconv.Atoi(mb.Key)
		if err != nil || m < 0 || m > Milestones || strconv.Itoa(m) != mb.Key {
			rd.Rep.Problem(interop.Malformed, rd.At(jsonsrc.Pointer("/milestoneToPoints", mb.Key)), "", "milestone %q is not one of 0–%d; left out", mb.Key, Milestones)
			continue
		}
		if sc.Levels[m].Description != "" {
			continue // a repeated key, reported by object
		}
		if n, ok := rd.Integer(points, mb.Key, "/milestoneToPoints", 0, 1_000_000); ok {
			sc.Levels[m].Description = fmt.Sprintf("%d points.", n)
			if n == 1 {
				sc.Levels[m].Description = "1 point."
			}
			rd.Rep.From(problem.Path("scales", 0, "levels", m), rd.At(jsonsrc.Pointer("/milestoneToPoints", mb.Key)))
		}
	}
	for m, lv := range sc.Levels {
		if lv.Description == "" {
			rd.Rep.Problem(interop.Missing, rd.At("/milestoneToPoints"), problem.Path("scales", 0, "levels", m), "milestone %d has no points", m)
		}
	}
	rd.Rep.Problem(interop.Mapped, rd.At("/milestoneToPoints"), "scales[0]", "milestone m is level m of scale %q; its points are the level's description", ScaleID)
	return sc
}

// tracks reads the tracks into competencies.
func (rd *reader) tracks(cat *competency.Catalog, top map[string]json.RawMessage, opts Options) {
	raw, ok := top["tracks"]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(""), "", "the document has no tracks")
		return
	}
	ms, err := jsonsrc.Members(raw)
	if err != nil {
		rd.Rep.Problem(interop.Malformed, rd.At("/tracks"), "", "/tracks must be an object of tracks: %v", err)
		return
	}
	hard := opts.HardCategories
	if hard == nil {
		hard = DefaultHardCategories()
	}
	categories := map[string]bool{}
	names := map[string]bool{}
	for _, m := range ms {
		ptr := jsonsrc.Pointer("/tracks", m.Key)
		obj, ok := rd.Object(m.Value, ptr, "displayName", "category", "description", "milestones")
		if !ok {
			continue
		}
		name, okN := rd.Str(obj, "displayName", ptr)
		category, okC := rd.Str(obj, "category", ptr)
		items, okM := rd.List(obj, "milestones", ptr)
		if !okN || !okC || !okM {
			continue
		}
		id := competency.ID(validate.Slugify(m.Key))
		switch {
		case id == "" || slices.ContainsFunc(cat.Competencies, func(c competency.Competency) bool { return c.ID == id }):
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "track %q gives no ID or the ID %q of another track; left out", m.Key, id)
			continue
		case names[name]:
			rd.Rep.Problem(interop.Malformed, rd.At(jsonsrc.Pointer(ptr, "displayName")), "", "track %q: the name %q is another track's; left out", m.Key, name)
			continue
		}
		path := problem.Path("competencies", len(cat.Competencies))
		c := competency.Competency{ID: id, Name: name, Kind: competency.Soft, Category: category}
		if slices.Contains(hard, category) {
			c.Kind = competency.Hard
		}
		if d, ok := rd.Optional(obj, "description", ptr); ok {
			c.Description = d
		}
		rd.Rep.Problem(interop.Mapped, rd.At(ptr), path, "track %q: ID %q from its key; Snowflake gives no kind of skill, and category %s makes it %s (Options.HardCategories)", m.Key, id, category, c.Kind)
		for i, item := range items {
			rd.milestone(&c, path, item, jsonsrc.Pointer(ptr, "milestones", i), i+1)
		}
		if n := len(items); n < Milestones {
			rd.Rep.Problem(interop.Missing, rd.At(jsonsrc.Pointer(ptr, "milestones")), path, "track %q has %d milestones, not %d", m.Key, n, Milestones)
		}
		names[name] = true
		categories[category] = true
		cat.Competencies = append(cat.Competencies, c)
		rd.Rep.From(path, rd.At(ptr))
	}
	rd.Rep.Count("categories", len(categories))
}

// milestone adds the indicators of milestone m of a track: its summary,
// each signal and each example, in that order, at level m.
func (rd *reader) milestone(c *competency.Competency, path string, raw json.RawMessage, ptr string, m int) {
	if m > Milestones {
		rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "milestone %d is past the last, %d; left out", m, Milestones)
		return
	}
	obj, ok := rd.Object(raw, ptr, "summary", "signals", "examples")
	if !ok {
		return
	}
	add := func(text, at string) {
		c.Indicators = append(c.Indicators, competency.Indicator{Level: m, Text: text})
		rd.Rep.From(problem.Path(path, "indicators", len(c.Indicators)-1), rd.At(at))
		rd.Rep.Count("indicators", 1)
	}
	if s, ok := rd.Str(obj, "summary", ptr); ok {
		add(s, jsonsrc.Pointer(ptr, "summary"))
	}
	for _, key := range []string{"signals", "examples"} {
		if _, present := obj[key]; !present {
			rd.Rep.Problem(interop.Missing, rd.At(ptr), path, "milestone %d has no %s", m, key)
			continue
		}
		items, ok := rd.List(obj, key, ptr)
		if !ok {
			continue
		}
		for i, item := range items {
			var s string
			if err := json.Unmarshal(item, &s); err != nil || s == "" {
				rd.Rep.Problem(interop.Malformed, rd.At(jsonsrc.Pointer(ptr, key, i)), "", "%s must be a string that is not empty; left out", jsonsrc.Pointer(ptr, key, i))
				continue
			}
			add(s, jsonsrc.Pointer(ptr, key, i))
		}
	}
	rd.Rep.Count("milestones", 1)
}

// maxRank is the highest rank a ladder level may have.
const maxRank = 1000

// title is a read title.
type title struct {
	label    string
	min, max int // max is -1 when open
	ptr      string
}

// titles reads the titles into the levels of one ladder.
func (rd *reader) titles(top map[string]json.RawMessage, opts Options) ladder.Ladder {
	l := ladder.Ladder{ID: LadderID, Name: Name}
	items, ok := rd.List(top, "titles", "")
	if !ok {
		return l
	}
	mgmt := opts.ManagementTitles
	if mgmt == nil {
		mgmt = DefaultManagementTitles()
	}
	var ts []title
	for i, item := range items {
		ptr := jsonsrc.Pointer("/titles", i)
		obj, ok := rd.Object(item, ptr, "label", "minPoints", "maxPoints")
		if !ok {
			continue
		}
		label, okL := rd.Str(obj, "label", ptr)
		lo, okP := rd.Integer(obj, "minPoints", ptr, 0, 1_000_000)
		if !okL || !okP {
			continue
		}
		t := title{label: label, min: lo, max: -1, ptr: ptr}
		if _, ok := obj["maxPoints"]; ok {
			hi, ok := rd.Integer(obj, "maxPoints", ptr, lo, 1_000_000)
			if !ok {
				continue
			}
			t.max = hi
		}
		if id := validate.Slugify(label); id == "" || slices.ContainsFunc(ts, func(x title) bool { return validate.Slugify(x.label) == id }) {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "title %q gives no ID or the ID of another title; left out", label)
			continue
		}
		ts = append(ts, t)
	}
	// Ranks: the place of a title's minimum among the distinct minimums.
	var mins []int
	for _, t := range ts {
		if !slices.Contains(mins, t.min) {
			mins = append(mins, t.min)
		}
	}
	slices.Sort(mins)
	if len(mins) > maxRank {
		rd.Rep.Problem(interop.Malformed, rd.At("/titles"), "", "%d distinct minimums of points is more ranks than a ladder has; titles above rank %d are left out", len(mins), maxRank)
	}
	used := map[ladder.TrackID]bool{}
	for _, t := range ts {
		rank := slices.Index(mins, t.min) + 1
		if rank > maxRank {
			continue
		}
		i := len(l.Levels)
		path := problem.Path("ladders", 0, "levels", i)
		lv := ladder.Level{ID: ladder.LevelID(validate.Slugify(t.label)), Track: IC, Rank: rank, Title: t.label, Summary: pointsSummary(t)}
		if slices.Contains(mgmt, t.label) {
			lv.Track = Management
		}
		used[lv.Track] = true
		l.Levels = append(l.Levels, lv)
		rd.Rep.From(path, rd.At(t.ptr))
		rd.Rep.Problem(interop.Mapped, rd.At(t.ptr), path,
			"title %q: rank %d is the place of its minimum, %d points, among the titles' minimums; Snowflake gives no tracks, and Options.ManagementTitles puts it on %q", t.label, rank, t.min, lv.Track)
		rd.Rep.Problem(interop.Missing, rd.At(t.ptr), problem.Path(path, "expectations"),
			"title %q has no expectations: Snowflake titles are defined by a total of points over all tracks, not by a milestone per track", t.label)
	}
	if used[IC] || !used[Management] {
		l.Tracks = append(l.Tracks, ladder.Track{ID: IC, Name: "Individual contributor", Kind: role.IC})
	}
	if used[Management] {
		l.Tracks = append(l.Tracks, ladder.Track{ID: Management, Name: "Management", Kind: role.Management})
	}
	l.Moves = moves(l.Levels)
	if len(l.Moves) > 0 {
		rd.Rep.Problem(interop.Mapped, rd.At("/titles"), "ladders[0].moves",
			"Snowflake names no moves: promotions go to the next rank on the same track (from a rank with one track, into every title of the next), switches both ways between titles of one rank on different tracks")
	}
	return l
}

// pointsSummary says a title's range of points.
func pointsSummary(t title) string {
	if t.max < 0 {
		return fmt.Sprintf("%d points or more.", t.min)
	}
	return fmt.Sprintf("%d to %d points.", t.min, t.max)
}

// moves links the levels: a promotion to each level of the next rank on
// the same track, or to every level of the next rank from a rank whose
// levels are all on one track; a switch between levels of one rank on
// different tracks. Moves come in the order of the levels.
func moves(levels []ladder.Level) []ladder.Move {
	tracksAt := map[int]map[ladder.TrackID]bool{}
	for _, lv := range levels {
		if tracksAt[lv.Rank] == nil {
			tracksAt[lv.Rank] = map[ladder.TrackID]bool{}
		}
		tracksAt[lv.Rank][lv.Track] = true
	}
	var out []ladder.Move
	for _, a := range levels {
		next := -1
		for _, b := range levels {
			if b.Rank > a.Rank && (next < 0 || b.Rank < next) {
				next = b.Rank
			}
		}
		for _, b := range levels {
			switch {
			case b.Rank == next && (b.Track == a.Track || len(tracksAt[a.Rank]) == 1):
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Promotion})
			case b.Rank == a.Rank && b.Track != a.Track:
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Switch})
			}
		}
	}
	return out
}
