package onet

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
)

// The release's file names.
const (
	FileOccupations       = "Occupation Data.txt"
	FileSkills            = "Skills.txt"
	FileKnowledge         = "Knowledge.txt"
	FileEducation         = "Education, Training, and Experience.txt"
	FileJobZones          = "Job Zones.txt"
	FileJobZoneReference  = "Job Zone Reference.txt"
	FileAnchors           = "Level Scale Anchors.txt"
	FileContentModel      = "Content Model Reference.txt"
	FileAlternateTitles   = "Alternate Titles.txt"
	FileTechnologySkills  = "Technology Skills.txt"
	FileRelatedOccupation = "Related Occupations.txt"
)

// DefaultPreferredBelow is the importance (IM, 1–5) below which a rating
// becomes a preferred requirement when Options.PreferredBelow is 0: 3,
// the middle of the scale, "important".
const DefaultPreferredBelow = 3.0

// DefaultMaxFileBytes is the largest file read when Options.MaxFileBytes is
// 0: 512 MiB, several times O*NET's largest text file.
const DefaultMaxFileBytes = 512 << 20

// Options tune the import. The zero value is the documented default.
type Options struct {
	// Rounded puts levels on O*NET's integer scale 0–7 ("onet-level"),
	// rounding each mean to the nearest integer (halves away from zero);
	// the default keeps one decimal on the tenths scale
	// ("onet-level-tenths", 4.38 as 44).
	Rounded bool
	// PreferredBelow is the importance below which a requirement is
	// preferred rather than required: 0 means DefaultPreferredBelow, a
	// negative value makes every requirement required.
	PreferredBelow float64
	// Kinds overrides the kind of competency by content-model prefix: an
	// element takes the kind of the longest prefix of its ID listed here,
	// such as {"2.B.1": competency.Soft}. See the package doc for the
	// default.
	Kinds map[string]competency.Kind
	// Name names the framework; empty means "O*NET", with the release's
	// version when the folder's read-me names it.
	Name string
	// MaxFileBytes is the largest file read; 0 means DefaultMaxFileBytes.
	MaxFileBytes int64
}

// Import reads the O*NET text release in the folder dir. See ReadFS.
func Import(dir string, opts Options) (careerkit.Framework, *interop.Report, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("onet: import %s: %w", dir, err)
	}
	if !st.IsDir() {
		return careerkit.Framework{}, nil, fmt.Errorf("onet: import %s: not a folder: give the folder of the O*NET text release", dir)
	}
	fw, rep, err := ReadFS(os.DirFS(dir), opts)
	if rep != nil {
		rep.Source = dir
	}
	return fw, rep, err
}

// importer holds the state of one import.
type importer struct {
	fsys  fs.FS
	opts  Options
	rep   *interop.Report
	scale competency.Scale

	content map[string]contentElement // by element ID
	elems   []string                  // rated element IDs, sorted
	elemID  map[string]competency.ID  // element ID → competency ID
	ratings map[string]map[string]*rating
	rated   map[string]bool // occupations with at least one rating row
}

type contentElement struct {
	name, description string
	line              int
}

// rating is the LV and IM of one occupation and element, with their rows.
type rating struct {
	lv, im         float64
	hasLV, hasIM   bool
	left           bool // a value was left out (suppressed, not relevant), and reported
	lvLine, imLine int
	file           string
}

// ReadFS reads an O*NET text release from fsys, in the release's own file
// names (see the package doc for the mapping). Occupation Data.txt is
// required; the other files are read when present, and a missing one is
// reported. Malformed rows are reported with their line and left out; a
// file above Options.MaxFileBytes is an error. The framework validates.
func ReadFS(fsys fs.FS, opts Options) (careerkit.Framework, *interop.Report, error) {
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.PreferredBelow == 0 {
		opts.PreferredBelow = DefaultPreferredBelow
	}
	im := &importer{fsys: fsys, opts: opts, rep: interop.NewReport("onet", "."),
		content: map[string]contentElement{}, elemID: map[string]competency.ID{},
		ratings: map[string]map[string]*rating{}, rated: map[string]bool{}}
	im.scale = competency.ONetLevelTenthsScale()
	if opts.Rounded {
		im.scale = competency.ONetLevelScale()
	}
	fw, err := im.read()
	if err != nil {
		return careerkit.Framework{}, im.rep, err
	}
	if err := fw.Validate(); err != nil {
		return careerkit.Framework{}, im.rep, fmt.Errorf("onet: the imported framework does not validate: %w", err)
	}
	return fw, im.rep, nil
}

func (im *importer) table(file string, required bool, cols ...string) (*table, error) {
	t, err := readTable(im.fsys, file, cols, im.opts.MaxFileBytes, im.rep)
	if err == errNoFile {
		if required {
			return nil, fmt.Errorf("onet: the release has no %q: give the folder of an O*NET text release", file)
		}
		im.rep.Problem(interop.Missing, interop.Source{File: file}, "", "the release has no %s: what it holds is not imported", file)
		return nil, nil
	}
	return t, err
}

func (im *importer) read() (careerkit.Framework, error) {
	fw := careerkit.Framework{Name: im.opts.Name}
	if fw.Name == "" {
		fw.Name = "O*NET"
		if v := im.version(); v != "" {
			fw.Name, fw.Version = "O*NET "+v, v
		}
	}
	fw.Catalog.DefaultScale = im.scale.ID

	occ, err := im.table(FileOccupations, true, "O*NET-SOC Code", "Title", "Description")
	if err != nil {
		return fw, err
	}
	if err := im.readContentModel(); err != nil {
		return fw, err
	}
	for _, f := range []string{FileSkills, FileKnowledge} {
		if err := im.readRatings(f); err != nil {
			return fw, err
		}
	}
	comps, err := im.competencies()
	if err != nil {
		return fw, err
	}
	fw.Catalog.Competencies = comps
	im.rep.Count("competencies", len(comps))

	zones, lad, err := im.jobZones()
	if err != nil {
		return fw, err
	}
	if lad != nil {
		fw.Ladders = []ladder.Ladder{*lad}
		im.rep.Count("ladders", 1)
	}
	edu, exp, err := im.education()
	if err != nil {
		return fw, err
	}
	aliases, err := im.alternateTitles()
	if err != nil {
		return fw, err
	}
	tags, err := im.technologies()
	if err != nil {
		return fw, err
	}

	seen := map[role.ID]int{}
	if occ != nil {
		for _, r := range occ.rows {
			code := occ.get(r, "O*NET-SOC Code")
			src := interop.Source{File: FileOccupations, Row: r.line}
			if !validate.IsSlug(code) || len(code) > 64 {
				im.rep.Problem(interop.Malformed, src, "", "the code %q is not an O*NET-SOC code: the occupation is left out", code)
				continue
			}
			id := role.ID(code)
			if prev, dup := seen[id]; dup {
				im.rep.Problem(interop.Skipped, src, "", "occupation %s is listed again (first at line %d): this row is left out", code, prev)
				continue
			}
			seen[id] = r.line
			title := occ.get(r, "Title")
			if title == "" {
				im.rep.Problem(interop.Malformed, src, "", "occupation %s has no title: it is left out", code)
				continue
			}
			path := rolePath(len(fw.Roles))
			ro := role.Role{ID: id, Title: clip(title, 200), Summary: clip(occ.get(r, "Description"), 10000),
				Codes: []role.Code{{Scheme: "onet-soc", Code: code, Label: clip(title, 500)}}}
			im.rep.From(path, src)
			ro.Requirements = im.requirements(code, path)
			if !im.rated[code] {
				im.rep.Problem(interop.Missing, interop.Source{File: FileSkills}, path, "occupation %s (%s) has no skill or knowledge ratings in this release", code, title)
			} else {
				im.rep.Count("rated roles", 1)
			}
			if z, ok := zones[code]; ok {
				ro.Level = z
			}
			if e, ok := edu[code]; ok {
				ro.Education.Minimum = e
			}
			if x, ok := exp[code]; ok {
				ro.Experience = []role.Experience{x}
			}
			ro.Aliases = without(aliases[code], title)
			ro.Tags = tags[code]
			fw.Roles = append(fw.Roles, ro)
		}
	}
	im.rep.Count("roles", len(fw.Roles))
	if err := im.related(fw.Roles); err != nil {
		return fw, err
	}
	return fw, nil
}

func rolePath(i int) string { return fmt.Sprintf("roles[%d]", i) }

// version finds the release's version in the name of its read-me file,
// such as READ_ME_onet_29_3.txt.
func (im *importer) version() string {
	ents, err := fs.ReadDir(im.fsys, ".")
	if err != nil {
		return ""
	}
	for _, e := range ents {
		n := e.Name()
		if rest, ok := strings.CutPrefix(n, "READ_ME_onet_"); ok {
			v := strings.ReplaceAll(strings.TrimSuffix(rest, ".txt"), "_", ".")
			if validVersion(v) {
				return v
			}
		}
	}
	return ""
}

func validVersion(v string) bool {
	if v == "" || len(v) > 20 {
		return false
	}
	for _, p := range strings.Split(v, ".") {
		if _, err := strconv.Atoi(p); err != nil {
			return false
		}
	}
	return true
}

func (im *importer) readContentModel() error {
	t, err := im.table(FileContentModel, false, "Element ID", "Element Name", "Description")
	if t == nil || err != nil {
		return err
	}
	for _, r := range t.rows {
		id := t.get(r, "Element ID")
		if _, dup := im.content[id]; dup {
			im.rep.Problem(interop.Skipped, interop.Source{File: t.file, Row: r.line}, "", "element %s is listed again: this row is left out", id)
			continue
		}
		im.content[id] = contentElement{name: t.get(r, "Element Name"), description: t.get(r, "Description"), line: r.line}
	}
	return nil
}

func (im *importer) readRatings(file string) error {
	t, err := im.table(file, false, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant")
	if t == nil || err != nil {
		return err
	}
	for _, r := range t.rows {
		src := interop.Source{File: file, Row: r.line}
		code, el, scale := t.get(r, "O*NET-SOC Code"), t.get(r, "Element ID"), t.get(r, "Scale ID")
		if scale != "LV" && scale != "IM" {
			im.rep.Problem(interop.Skipped, src, "", "scale %q is neither LV nor IM: the row is left out", scale)
			continue
		}
		v, err := strconv.ParseFloat(t.get(r, "Data Value"), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			im.rep.Problem(interop.Malformed, src, "", "the data value %q is not a number: the row is left out", t.get(r, "Data Value"))
			continue
		}
		if (scale == "LV" && (v < 0 || v > 7)) || (scale == "IM" && (v < 1 || v > 5)) {
			im.rep.Problem(interop.Malformed, src, "", "the %s value %v is outside its scale: the row is left out", scale, v)
			continue
		}
		if _, ok := im.elemID[el]; !ok {
			im.elemID[el] = ""
			im.elems = append(im.elems, el)
			if _, known := im.content[el]; !known {
				// The element is named by the ratings file itself.
				im.content[el] = contentElement{name: t.get(r, "Element Name"), line: 0}
			}
		}
		im.rated[code] = true
		byEl := im.ratings[code]
		if byEl == nil {
			byEl = map[string]*rating{}
			im.ratings[code] = byEl
		}
		x := byEl[el]
		if x == nil {
			x = &rating{file: file}
			byEl[el] = x
		}
		if t.get(r, "Recommend Suppress") == "Y" {
			im.rep.Problem(interop.Skipped, src, "", "O*NET recommends suppressing the %s of %s for %s (low precision): no requirement", scale, el, code)
			x.left = true
			continue
		}
		if t.get(r, "Not Relevant") == "Y" {
			im.rep.Problem(interop.Skipped, src, "", "O*NET marks %s not relevant for %s: no requirement", el, code)
			x.left = true
			continue
		}
		switch scale {
		case "LV":
			x.lv, x.hasLV, x.lvLine = v, true, r.line
		case "IM":
			x.im, x.hasIM, x.imLine = v, true, r.line
		}
	}
	slices.Sort(im.elems)
	return nil
}

// kindOf gives an element's kind: the longest prefix listed in
// Options.Kinds, else knowledge for 2.C, soft for the social skills 2.B.1,
// hard for the rest.
func (im *importer) kindOf(el string) competency.Kind {
	best, kind := -1, competency.Hard
	for p, k := range im.opts.Kinds {
		if (el == p || strings.HasPrefix(el, p+".")) && len(p) > best {
			best, kind = len(p), k
		}
	}
	if best >= 0 {
		return kind
	}
	switch {
	case el == "2.C" || strings.HasPrefix(el, "2.C."):
		return competency.Knowledge
	case el == "2.B.1" || strings.HasPrefix(el, "2.B.1."):
		return competency.Soft
	}
	return competency.Hard
}

func (im *importer) competencies() ([]competency.Competency, error) {
	anchors, err := im.anchors()
	if err != nil {
		return nil, err
	}
	used := map[competency.ID]string{}
	names := map[string]string{}
	var out []competency.Competency
	for _, el := range im.elems {
		ce := im.content[el]
		path := fmt.Sprintf("competencies[%d]", len(out))
		if ce.name == "" {
			im.rep.Problem(interop.Malformed, interop.Source{File: FileContentModel}, "", "element %s has no name: it is left out, with its ratings", el)
			delete(im.elemID, el)
			continue
		}
		name := ce.name
		if prev, dup := names[strings.ToLower(name)]; dup {
			// Skills and knowledge share names ("Mathematics"): the later
			// element says its kind.
			name = ce.name + " (" + string(im.kindOf(el)) + ")"
			if _, again := names[strings.ToLower(name)]; again {
				im.rep.Problem(interop.Skipped, interop.Source{File: FileContentModel, Row: ce.line}, "", "element %s has the name %q of %s: it is left out, with its ratings", el, ce.name, prev)
				delete(im.elemID, el)
				continue
			}
			im.rep.Problem(interop.Mapped, interop.Source{File: FileContentModel, Row: ce.line}, path, "element %s has the name %q of %s: it is named %q", el, ce.name, prev, name)
		}
		names[strings.ToLower(name)] = el
		id := competency.ID(validate.Slugify(name))
		if prev, dup := used[id]; dup || id == "" {
			alt := competency.ID(validate.Slugify(name + " " + el))
			im.rep.Problem(interop.Mapped, interop.Source{File: FileContentModel, Row: ce.line}, path, "the ID %q of element %s is taken by %s: it is %q", id, el, prev, alt)
			id = alt
		}
		used[id] = el
		im.elemID[el] = id
		c := competency.Competency{ID: id, Name: clip(name, 200), Kind: im.kindOf(el), Description: clip(ce.description, 4000),
			SameAs: []string{"onet:" + el}}
		if parent, ok := im.content[parentOf(el)]; ok {
			c.Category = clip(parent.name, 200)
		}
		c.Indicators = anchors[el]
		if ce.line > 0 {
			im.rep.From(path, interop.Source{File: FileContentModel, Row: ce.line})
		} else {
			im.rep.Problem(interop.Missing, interop.Source{File: FileContentModel}, path, "element %s is not in the content model: it is named after the ratings file and has no description", el)
		}
		out = append(out, c)
	}
	return out, nil
}

func parentOf(el string) string {
	if i := strings.LastIndexByte(el, '.'); i > 0 {
		return el[:i]
	}
	return ""
}

// level converts an O*NET level mean to a level of the import's scale.
func (im *importer) level(v float64) int {
	if im.opts.Rounded {
		return int(math.Round(v))
	}
	return int(math.Round(v * 10))
}

// anchors reads the level anchors (LV) as indicators, by element.
func (im *importer) anchors() (map[string][]competency.Indicator, error) {
	t, err := im.table(FileAnchors, false, "Element ID", "Scale ID", "Anchor Value", "Anchor Description")
	if t == nil || err != nil {
		return nil, err
	}
	out := map[string][]competency.Indicator{}
	for _, r := range t.rows {
		if t.get(r, "Scale ID") != "LV" {
			continue
		}
		el := t.get(r, "Element ID")
		if _, rated := im.elemID[el]; !rated {
			continue // an ability or another element not imported
		}
		src := interop.Source{File: t.file, Row: r.line}
		v, err := strconv.ParseFloat(t.get(r, "Anchor Value"), 64)
		if err != nil || v < 0 || v > 7 {
			im.rep.Problem(interop.Malformed, src, "", "the anchor value %q of %s is not a level from 0 to 7: left out", t.get(r, "Anchor Value"), el)
			continue
		}
		text := clip(t.get(r, "Anchor Description"), 2000)
		if text == "" {
			im.rep.Problem(interop.Malformed, src, "", "the anchor of %s at %v has no text: left out", el, v)
			continue
		}
		out[el] = append(out[el], competency.Indicator{Level: im.level(v), Text: text})
	}
	return out, nil
}

// requirements builds the requirements of occupation code from its LV and
// IM ratings, in element order.
func (im *importer) requirements(code, path string) []competency.Requirement {
	var out []competency.Requirement
	for _, el := range im.elems {
		x := im.ratings[code][el]
		id := im.elemID[el]
		if x == nil || id == "" || (x.left && !(x.hasLV && x.hasIM)) {
			continue // nothing, or a value left out and reported
		}
		switch {
		case !x.hasLV:
			im.rep.Problem(interop.Missing, interop.Source{File: x.file, Row: x.imLine}, path, "%s has an importance but no level for %s: no requirement", code, el)
			continue
		case !x.hasIM:
			im.rep.Problem(interop.Missing, interop.Source{File: x.file, Row: x.lvLine}, path, "%s has a level but no importance for %s: no requirement", code, el)
			continue
		}
		q := competency.Requirement{Competency: id, Level: im.level(x.lv)}.WithWeight(x.im)
		if im.opts.PreferredBelow > 0 && x.im < im.opts.PreferredBelow {
			q.Importance = competency.Preferred
		}
		rp := fmt.Sprintf("%s.requirements[%d]", path, len(out))
		im.rep.From(rp+".level", interop.Source{File: x.file, Row: x.lvLine})
		im.rep.From(rp+".weight", interop.Source{File: x.file, Row: x.imLine})
		out = append(out, q)
	}
	return out
}

// jobZones reads the job zones as a ladder of five levels and returns each
// occupation's level.
func (im *importer) jobZones() (map[string]role.LevelID, *ladder.Ladder, error) {
	ref, err := im.table(FileJobZoneReference, false, "Job Zone", "Name", "Experience", "Education")
	if err != nil {
		return nil, nil, err
	}
	zones, err := im.table(FileJobZones, false, "O*NET-SOC Code", "Job Zone")
	if err != nil {
		return nil, nil, err
	}
	if ref == nil {
		return nil, nil, nil
	}
	l := &ladder.Ladder{ID: "onet-job-zones", Name: "O*NET job zones", Tracks: []ladder.Track{{ID: "job-zones", Name: "Job zones", Kind: role.IC}}}
	known := map[string]ladder.LevelID{}
	for _, r := range ref.rows {
		z := ref.get(r, "Job Zone")
		n, err := strconv.Atoi(z)
		src := interop.Source{File: ref.file, Row: r.line}
		if err != nil || n < 1 || n > 1000 {
			im.rep.Problem(interop.Malformed, src, "", "the job zone %q is not a number from 1: left out", z)
			continue
		}
		if _, dup := known[z]; dup {
			im.rep.Problem(interop.Skipped, src, "", "job zone %s is listed again: left out", z)
			continue
		}
		id := ladder.LevelID("job-zone-" + z)
		known[z] = id
		title := ref.get(r, "Name")
		if title == "" {
			title = "Job Zone " + z
		}
		im.rep.From(fmt.Sprintf("ladders[0].levels[%d]", len(l.Levels)), src)
		l.Levels = append(l.Levels, ladder.Level{ID: id, Track: "job-zones", Rank: n, Title: clip(title, 200),
			Summary: clip(strings.TrimSpace(ref.get(r, "Experience")+" "+ref.get(r, "Education")), 4000)})
	}
	if len(l.Levels) == 0 {
		return nil, nil, nil
	}
	slices.SortFunc(l.Levels, func(a, b ladder.Level) int { return cmp.Compare(a.Rank, b.Rank) })
	for i := 1; i < len(l.Levels); i++ {
		l.Moves = append(l.Moves, ladder.Move{From: l.Levels[i-1].ID, To: l.Levels[i].ID, Kind: ladder.Promotion})
	}
	out := map[string]role.LevelID{}
	if zones != nil {
		for _, r := range zones.rows {
			code, z := zones.get(r, "O*NET-SOC Code"), zones.get(r, "Job Zone")
			id, ok := known[z]
			if !ok {
				im.rep.Problem(interop.Malformed, interop.Source{File: zones.file, Row: r.line}, "", "%s is in job zone %q, which the reference lacks: left out", code, z)
				continue
			}
			out[code] = role.LevelID(id)
		}
	}
	return out, l, nil
}

// degreeOf maps an RL category to a degree level; mapped is true when the
// category is not a degree of that name.
func degreeOf(cat int) (role.DegreeLevel, bool) {
	switch cat {
	case 1:
		return role.NoDegree, false
	case 2:
		return role.HighSchool, false
	case 3, 4:
		return role.HighSchool, true // a post-secondary certificate, some college
	case 5:
		return role.Associate, false
	case 6:
		return role.Bachelor, false
	case 7:
		return role.Bachelor, true // a post-baccalaureate certificate
	case 8:
		return role.Master, false
	case 9:
		return role.Master, true // a post-master's certificate
	case 10:
		return role.Doctorate, true // a first professional degree
	case 11:
		return role.Doctorate, false
	case 12:
		return role.Doctorate, true // post-doctoral training
	}
	return "", false
}

// rwYears are the bounds, in years, of the RW categories 1–11; months are
// rounded to two decimals (1 month is 0.08 years).
var rwYears = [12][2]float64{{}, {0, 0}, {0, 0.08}, {0.08, 0.25}, {0.25, 0.5}, {0.5, 1}, {1, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 10}, {10, 0}}

// distribution is one occupation's percentages over the categories of one
// scale.
type distribution struct {
	pct  map[int]float64
	rows []int
	n    string
}

// median returns the lowest category at which the cumulative share reaches
// half of the total.
func (d distribution) median() (int, float64) {
	cats := make([]int, 0, len(d.pct))
	total := 0.0
	for c, p := range d.pct {
		cats = append(cats, c)
		total += p
	}
	slices.Sort(cats)
	run := 0.0
	for _, c := range cats {
		run += d.pct[c]
		if run >= total/2 {
			return c, total
		}
	}
	return 0, total
}

func (d distribution) String() string {
	cats := make([]int, 0, len(d.pct))
	for c := range d.pct {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	var s []string
	for _, c := range cats {
		s = append(s, fmt.Sprintf("%d: %.2f%%", c, d.pct[c]))
	}
	return strings.Join(s, ", ") + " (n = " + d.n + ")"
}

// education reads the RL and RW distributions: the minimum credential and
// the experience of each occupation, by the median rule (package doc).
func (im *importer) education() (map[string]*role.Credential, map[string]role.Experience, error) {
	t, err := im.table(FileEducation, false, "O*NET-SOC Code", "Scale ID", "Category", "Data Value", "N", "Recommend Suppress")
	if t == nil || err != nil {
		return nil, nil, err
	}
	dists := map[string]map[string]*distribution{} // code → scale → distribution
	for _, r := range t.rows {
		scale := t.get(r, "Scale ID")
		if scale != "RL" && scale != "RW" {
			continue // on-site and on-the-job training are not modelled
		}
		src := interop.Source{File: t.file, Row: r.line}
		code := t.get(r, "O*NET-SOC Code")
		cat, err1 := strconv.Atoi(t.get(r, "Category"))
		v, err2 := strconv.ParseFloat(t.get(r, "Data Value"), 64)
		maxCat := 12
		if scale == "RW" {
			maxCat = 11
		}
		if err1 != nil || err2 != nil || cat < 1 || cat > maxCat || v < 0 || v > 100 || math.IsNaN(v) {
			im.rep.Problem(interop.Malformed, src, "", "category %q with percentage %q is not a category of %s and a share: left out", t.get(r, "Category"), t.get(r, "Data Value"), scale)
			continue
		}
		if t.get(r, "Recommend Suppress") == "Y" {
			im.rep.Problem(interop.Skipped, src, "", "O*NET recommends suppressing category %d of %s for %s: left out", cat, scale, code)
			continue
		}
		if dists[code] == nil {
			dists[code] = map[string]*distribution{}
		}
		d := dists[code][scale]
		if d == nil {
			d = &distribution{pct: map[int]float64{}, n: t.get(r, "N")}
			dists[code][scale] = d
		}
		d.pct[cat] += v
		d.rows = append(d.rows, r.line)
	}
	edu := map[string]*role.Credential{}
	exp := map[string]role.Experience{}
	for _, code := range slices.Sorted(maps.Keys(dists)) {
		if d := dists[code]["RL"]; d != nil {
			src := interop.Source{File: t.file, Row: d.rows[0]}
			cat, total := d.median()
			lvl, mapped := degreeOf(cat)
			switch {
			case total <= 0:
				im.rep.Problem(interop.Missing, src, "", "%s: the education distribution is empty", code)
			case lvl == role.NoDegree:
				im.rep.Problem(interop.Mapped, src, "", "%s: the median respondent needs less than a high school diploma, so no minimum credential; RL %s", code, d)
			default:
				edu[code] = &role.Credential{Level: lvl}
				note := ""
				if mapped {
					note = fmt.Sprintf(" (category %d is counted as %s)", cat, lvl)
				}
				im.rep.Problem(interop.Mapped, src, "", "%s: minimum %s, the category of the median respondent%s; RL %s", code, lvl, note, d)
			}
		}
		if d := dists[code]["RW"]; d != nil {
			src := interop.Source{File: t.file, Row: d.rows[0]}
			cat, total := d.median()
			switch {
			case total <= 0:
				im.rep.Problem(interop.Missing, src, "", "%s: the related-experience distribution is empty", code)
			case cat <= 2:
				im.rep.Problem(interop.Mapped, src, "", "%s: the median respondent needs at most a month of related experience, so no experience requirement; RW %s", code, d)
			default:
				b := rwYears[cat]
				x := role.Experience{Area: "related-work", MinYears: b[0], MaxYears: b[1], RangeKind: role.Typical,
					Note: fmt.Sprintf("O*NET related work experience, category %d, that of the median respondent", cat)}
				if cat == 11 {
					x.RangeKind, x.OpenEnded = role.Minimum, true
				}
				exp[code] = x
				im.rep.Problem(interop.Mapped, src, "", "%s: related work experience %s years (%s), the category of the median respondent; RW %s", code, x.Range(), x.RangeKind, d)
			}
		}
	}
	for _, code := range slices.Sorted(maps.Keys(im.rated)) {
		if dists[code] == nil {
			im.rep.Problem(interop.Missing, interop.Source{File: t.file}, "", "%s has no education, training and experience rows in this release", code)
		}
	}
	return edu, exp, nil
}

// alternateTitles reads the alternate titles of each occupation, without
// repeats (ignoring case), at most 500.
func (im *importer) alternateTitles() (map[string][]string, error) {
	t, err := im.table(FileAlternateTitles, false, "O*NET-SOC Code", "Alternate Title")
	if t == nil || err != nil {
		return nil, err
	}
	out := map[string][]string{}
	seen := map[string]map[string]bool{}
	for _, r := range t.rows {
		code, a := t.get(r, "O*NET-SOC Code"), clip(t.get(r, "Alternate Title"), 200)
		if a == "" {
			continue
		}
		if seen[code] == nil {
			seen[code] = map[string]bool{}
		}
		k := strings.ToLower(a)
		if seen[code][k] {
			continue
		}
		seen[code][k] = true
		if len(out[code]) == 500 {
			im.rep.Problem(interop.Skipped, interop.Source{File: t.file, Row: r.line}, "", "%s has more than 500 alternate titles: %q is left out", code, a)
			continue
		}
		out[code] = append(out[code], a)
	}
	return out, nil
}

// technologies reads each occupation's technology examples as tags: hot
// technologies first, then in-demand ones, then the rest, in file order,
// at most 50.
func (im *importer) technologies() (map[string][]string, error) {
	t, err := im.table(FileTechnologySkills, false, "O*NET-SOC Code", "Example", "Hot Technology", "In Demand")
	if t == nil || err != nil {
		return nil, err
	}
	type tech struct {
		name string
		rank int
		line int
	}
	by := map[string][]tech{}
	for _, r := range t.rows {
		name := clip(t.get(r, "Example"), 100)
		if name == "" {
			continue
		}
		rank := 2
		if t.get(r, "Hot Technology") == "Y" {
			rank = 0
		} else if t.get(r, "In Demand") == "Y" {
			rank = 1
		}
		code := t.get(r, "O*NET-SOC Code")
		by[code] = append(by[code], tech{name, rank, r.line})
	}
	out := map[string][]string{}
	for _, code := range slices.Sorted(maps.Keys(by)) {
		ts := by[code]
		slices.SortStableFunc(ts, func(a, b tech) int { return cmp.Compare(a.rank, b.rank) })
		seen := map[string]bool{}
		for _, x := range ts {
			if seen[x.name] {
				continue
			}
			seen[x.name] = true
			if len(out[code]) == 50 {
				im.rep.Problem(interop.Skipped, interop.Source{File: t.file, Row: x.line}, "", "%s has more than 50 technologies: %q is left out of its tags", code, x.name)
				continue
			}
			out[code] = append(out[code], x.name)
		}
	}
	return out, nil
}

// related reads Related Occupations.txt, when the release has it, as
// lateral moves between imported roles.
func (im *importer) related(roles []role.Role) error {
	t, err := readTable(im.fsys, FileRelatedOccupation, []string{"O*NET-SOC Code", "Related O*NET-SOC Code"}, im.opts.MaxFileBytes, im.rep)
	if err == errNoFile {
		return nil // optional: not every release or slice has it
	}
	if t == nil || err != nil {
		return err
	}
	at := map[role.ID]int{}
	for i, r := range roles {
		at[r.ID] = i
	}
	_, hasTier := t.col["Relatedness Tier"]
	for _, r := range t.rows {
		src := interop.Source{File: t.file, Row: r.line}
		from, to := role.ID(t.get(r, "O*NET-SOC Code")), role.ID(t.get(r, "Related O*NET-SOC Code"))
		i, ok1 := at[from]
		_, ok2 := at[to]
		if !ok1 || !ok2 || from == to {
			im.rep.Problem(interop.Skipped, src, "", "%s → %s names an occupation not imported: left out", from, to)
			continue
		}
		if len(roles[i].Career.Lateral) == 50 {
			im.rep.Problem(interop.Skipped, src, "", "%s has more than 50 related occupations: %s is left out", from, to)
			continue
		}
		m := role.Move{Role: to}
		if hasTier {
			m.Note = clip(t.get(r, "Relatedness Tier"), 2000)
		}
		im.rep.From(fmt.Sprintf("roles[%d].career.lateral[%d]", i, len(roles[i].Career.Lateral)), src)
		roles[i].Career.Lateral = append(roles[i].Career.Lateral, m)
	}
	return nil
}

// clip cuts s to at most n bytes, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// without returns titles without the one equal to title, ignoring case.
func without(titles []string, title string) []string {
	return slices.DeleteFunc(slices.Clone(titles), func(a string) bool { return strings.EqualFold(a, title) })
}
