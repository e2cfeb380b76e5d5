package engineeringladders

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

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// Format is the name the import's report gives the format.
const Format = "engineeringladders"

// DefaultMaxBytes is the largest input Read accepts when Options.MaxBytes
// is zero: 4 MiB, over a hundred times the size of the whole framework.
const DefaultMaxBytes = 4 << 20

// Name is the framework's name: the file has none of its own.
const Name = "Engineering Ladders"

// LadderID is the ID of the one imported ladder.
const LadderID ladder.ID = "engineering-ladders"

// Options tune an import. The zero value puts the engineering-manager
// ladder on a management track and the others on individual-contributor
// tracks, with inputs of up to DefaultMaxBytes.
type Options struct {
	// ManagementTracks are the keys of the source's ladders whose track is
	// a management track; nil means DefaultManagementTracks().
	ManagementTracks []string
	// MaxBytes is the largest input accepted, in bytes; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// File names the input in the report's sources; "" means
	// "engineeringladders.json". Import sets it to the file's base name.
	File string
}

// DefaultManagementTracks returns the keys of the ladders that are
// management tracks by default, in a new slice: the Engineering Manager
// ladder. The source gives no track kinds; the Tech Lead and Technical
// Program Manager lead without managing people, and the Developer is an
// individual contributor.
func DefaultManagementTracks() []string { return []string{"engineering-manager"} }

// Kinds returns the kind of skill of each of the source's five axes, in a
// new map: Technology and System are hard skills, People, Process and
// Influence soft skills. The source gives no kinds; an axis not in the map
// is a soft skill.
func Kinds() map[string]competency.Kind {
	return map[string]competency.Kind{
		"Technology": competency.Hard, "System": competency.Hard,
		"People": competency.Soft, "Process": competency.Soft, "Influence": competency.Soft,
	}
}

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

// Read reads the engineering ladders framework, as JSON, from r: its axes
// become competencies, each with its own scale of stages, its ladders the
// tracks of one ladder, and its positions the levels. Items it cannot read
// are reported as malformed and left out; the error is for input that
// cannot be read at all (too large, not JSON, no axes or no positions
// left).
func Read(r io.Reader, opts Options) (careerkit.Framework, *interop.Report, error) {
	file := opts.File
	if file == "" {
		file = "engineeringladders.json"
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
	top, ok := rd.Object(data, "", "source", "license", "note", "axes", "ladders")
	if !ok {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s is not a JSON object", Format, file)
	}
	fw := careerkit.Framework{Name: Name}
	rep.Problem(interop.Missing, rd.At(""), "name", "the file has no name; the framework is called %q", Name)
	rd.version(&fw, top)
	for _, k := range []string{"license", "note"} {
		if _, ok := top[k]; ok {
			rep.Problem(interop.Skipped, rd.At(jsonsrc.Pointer("", k)), "", "%s: notes about the file are not part of the model", k)
		}
	}
	axes := rd.axes(&fw, top)
	if len(axes) == 0 {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s has no readable axes", Format, file)
	}
	l := rd.ladder(top, axes, fw.Competencies, opts)
	if len(l.Levels) == 0 {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: %s has no readable positions", Format, file)
	}
	fw.Ladders = []ladder.Ladder{l}
	rep.Count("competencies", len(fw.Competencies))
	rep.Count("scales", len(fw.Scales))
	rep.Count("tracks", len(l.Tracks))
	rep.Count("levels", len(l.Levels))
	rep.Count("moves", len(l.Moves))
	rep.Count("ladders", 1)
	if _, err := fw.Compile(); err != nil {
		return careerkit.Framework{}, rep, fmt.Errorf("%s: the import of %s is not a valid framework: %w", Format, file, err)
	}
	return fw, rep, nil
}

// commit finds the commit a source line names: "… @ 6055355 (…)".
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

// axis is an imported axis: its competency's index in the catalog and its
// stages by rank.
type axis struct {
	index  int
	stages map[int]string // rank → name
	texts  map[int][]string
}

// axes reads the axes into competencies with a scale each.
func (rd *reader) axes(fw *careerkit.Framework, top map[string]json.RawMessage) map[string]*axis {
	out := map[string]*axis{}
	raw, ok := top["axes"]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(""), "", "the document has no axes")
		return out
	}
	ms, err := jsonsrc.Members(raw)
	if err != nil {
		rd.Rep.Problem(interop.Malformed, rd.At("/axes"), "", "/axes must be an object of axes: %v", err)
		return out
	}
	kinds := Kinds()
	for _, m := range ms {
		ptr := jsonsrc.Pointer("/axes", m.Key)
		id := validate.Slugify(m.Key)
		if _, dup := out[m.Key]; dup || id == "" || slices.ContainsFunc(fw.Competencies, func(c competency.Competency) bool { return string(c.ID) == id }) {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "axis %q is repeated or gives no ID; left out", m.Key)
			continue
		}
		var stages []json.RawMessage
		if err := json.Unmarshal(m.Value, &stages); err != nil {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "%s must be a list of stages; left out", ptr)
			continue
		}
		a := &axis{stages: map[int]string{}, texts: map[int][]string{}}
		path := problem.Path("competencies", len(fw.Competencies))
		sc := competency.Scale{ID: competency.ScaleID(id + "-stages"), Name: m.Key + " stages",
			Description: "The stages of the " + m.Key + " axis; each includes the ones before it."}
		c := competency.Competency{ID: competency.ID(id), Name: m.Key, Kind: competency.Soft, Scale: sc.ID}
		if k, ok := kinds[m.Key]; ok {
			c.Kind = k
		}
		for i, st := range stages {
			sp := jsonsrc.Pointer(ptr, i)
			obj, ok := rd.Object(st, sp, "rank", "name", "description")
			if !ok {
				continue
			}
			rank, okR := rd.Integer(obj, "rank", sp, 0, 1000)
			name, okN := rd.Str(obj, "name", sp)
			text, okT := rd.Str(obj, "description", sp)
			if !okR || !okN || !okT {
				continue
			}
			if _, dup := a.stages[rank]; dup {
				rd.Rep.Problem(interop.Malformed, rd.At(sp), "", "%s: rank %d is already a stage of %s; left out", sp, rank, m.Key)
				continue
			}
			a.stages[rank] = name
			a.texts[rank] = []string{text}
			sc.Levels = append(sc.Levels, competency.ScaleLevel{Value: rank, Name: name, Description: text})
			c.Indicators = append(c.Indicators, competency.Indicator{Level: rank, Text: text})
			rd.Rep.From(problem.Path(path, "indicators", len(c.Indicators)-1), rd.At(sp))
		}
		if len(sc.Levels) == 0 {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "axis %q has no readable stages; left out", m.Key)
			continue
		}
		slices.SortStableFunc(sc.Levels, func(x, y competency.ScaleLevel) int { return x.Value - y.Value })
		rd.Rep.Problem(interop.Mapped, rd.At(ptr), path, "axis %q: the source gives no kind of skill; it is %s", m.Key, c.Kind)
		a.index = len(fw.Competencies)
		out[m.Key] = a
		rd.Rep.From(path, rd.At(ptr))
		rd.Rep.From(problem.Path("scales", len(fw.Scales)), rd.At(ptr))
		fw.Competencies = append(fw.Competencies, c)
		fw.Scales = append(fw.Scales, sc)
	}
	return out
}

// position is a read position: its level and where it is.
type position struct {
	lv  ladder.Level
	ptr string
	// exps are the pointers of the level's expectations.
	exps []string
}

// ladder reads the source's ladders as the tracks of one ladder.
func (rd *reader) ladder(top map[string]json.RawMessage, axes map[string]*axis, comps []competency.Competency, opts Options) ladder.Ladder {
	l := ladder.Ladder{ID: LadderID, Name: Name}
	raw, ok := top["ladders"]
	if !ok {
		rd.Rep.Problem(interop.Malformed, rd.At(""), "", "the document has no ladders")
		return l
	}
	ms, err := jsonsrc.Members(raw)
	if err != nil {
		rd.Rep.Problem(interop.Malformed, rd.At("/ladders"), "", "/ladders must be an object of ladders: %v", err)
		return l
	}
	mgmt := opts.ManagementTracks
	if mgmt == nil {
		mgmt = DefaultManagementTracks()
	}
	var all []position
	seen := map[ladder.LevelID]string{}
	for _, m := range ms {
		ptr := jsonsrc.Pointer("/ladders", m.Key)
		obj, ok := rd.Object(m.Value, ptr, "title", "summary", "positions")
		if !ok {
			continue
		}
		tid := ladder.TrackID(validate.Slugify(m.Key))
		title, okT := rd.Str(obj, "title", ptr)
		items, okP := rd.List(obj, "positions", ptr)
		if tid == "" || !okT || !okP || slices.ContainsFunc(l.Tracks, func(t ladder.Track) bool { return t.ID == tid }) {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "ladder %q is repeated, has no ID, title or positions; left out", m.Key)
			continue
		}
		tr := ladder.Track{ID: tid, Name: title, Kind: role.IC}
		if slices.Contains(mgmt, m.Key) {
			tr.Kind = role.Management
		}
		rd.Rep.Problem(interop.Mapped, rd.At(ptr), problem.Path("ladders", 0, "tracks", len(l.Tracks)),
			"ladder %q: the source gives no kind of track; it is %s (Options.ManagementTracks)", m.Key, tr.Kind)
		if _, ok := obj["summary"]; ok {
			rd.Rep.Problem(interop.Skipped, rd.At(jsonsrc.Pointer(ptr, "summary")), "", "the summary of ladder %q: a track has no summary", m.Key)
		}
		var track []position
		for i, item := range items {
			pp := jsonsrc.Pointer(ptr, "positions", i)
			if p, ok := rd.position(item, pp, tid, axes, comps); ok {
				if prev, dup := seen[p.lv.ID]; dup {
					rd.Rep.Problem(interop.Malformed, rd.At(pp), "", "position ID %q is already used by %s; left out", p.lv.ID, prev)
					continue
				}
				seen[p.lv.ID] = pp
				track = append(track, p)
			}
		}
		if len(track) == 0 {
			rd.Rep.Problem(interop.Malformed, rd.At(ptr), "", "ladder %q has no readable positions; left out", m.Key)
			continue
		}
		l.Tracks = append(l.Tracks, tr)
		all = append(all, track...)
	}
	for i, p := range all {
		path := problem.Path("ladders", 0, "levels", i)
		rd.Rep.From(path, rd.At(p.ptr))
		for j, ptr := range p.exps {
			rd.Rep.From(problem.Path(path, "expectations", j), rd.At(ptr))
		}
		rd.Rep.Count("expectations", len(p.exps))
		l.Levels = append(l.Levels, p.lv)
	}
	l.Moves = moves(l.Levels)
	if len(l.Moves) > 0 {
		rd.Rep.Problem(interop.Mapped, rd.At("/ladders"), "ladders[0].moves",
			"the source names no moves: promotions go to the next level of the same ladder; its table sets the ladders side by side on one level axis, so positions of the same level on different ladders are switches, both ways")
	}
	return l
}
