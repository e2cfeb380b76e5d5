package jdtext

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Format is the format name of every report of this package.
const Format = "jd"

// MaxTextBytes is the largest job description read, in bytes: 1 MiB, some
// hundred times a long posting.
const MaxTextBytes = 1 << 20

// DefaultLevel is the level of a skill's requirement when Options.Level is
// 0: 3, "Working" on the framework scale. A posting states no levels.
const DefaultLevel = 3

// Options tune Parse. The zero value reads the text as "text", makes new
// competencies for every skill, requires skills at DefaultLevel, and reads
// pay with salary.ParseRange's defaults.
type Options struct {
	// Name is the file name that provenance names; "" means "text".
	Name string
	// Catalog is an existing catalog to match skills to by ID, alias and
	// name (case- and space-insensitive) before a new competency is made;
	// nil makes a new competency of every skill. The returned framework
	// holds the whole catalog and the new competencies.
	Catalog *competency.Catalog
	// Level is the level a listed skill is required (or preferred) at; 0
	// means DefaultLevel.
	Level int
	// Pay are the options of salary.ParseRange for the pay line.
	Pay salary.ParseOptions
}

// Import reads the job description in the file at path with Read; the
// file's base name is the Name of provenance when opts gives none.
func Import(path string, opts Options) (careerkit.Framework, *interop.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("jdtext: import: %w", err)
	}
	defer f.Close()
	if opts.Name == "" {
		opts.Name = filepath.Base(path)
	}
	return Read(f, opts)
}

// Read reads a job description of at most MaxTextBytes of UTF-8 text from r
// and parses it with Parse.
func Read(r io.Reader, opts Options) (careerkit.Framework, *interop.Report, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTextBytes+1))
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("jdtext: read: %w", err)
	}
	return Parse(string(data), opts)
}

// ErrNoRole is returned by Parse when the text names no title or no skill,
// so that it makes no role of a valid framework.
var ErrNoRole = errors.New("jdtext: the text makes no role")

// errInvalid marks a role read that does not validate: a defect of the
// parser, never expected, which Parse returns as an error rather than an
// invalid framework.
var errInvalid = errors.New("the role read does not validate")

// Parse reads a job description and returns a framework holding the role it
// describes and the competencies it names, with a report of where every
// value came from, by which rule, and of every line it could not place.
// The package documentation describes the layouts and rules. Text above
// MaxTextBytes or not UTF-8 is refused; a text without a title or without
// any skill is an error matching ErrNoRole, and the report says why.
func Parse(text string, opts Options) (careerkit.Framework, *interop.Report, error) {
	name := opts.Name
	if name == "" {
		name = "text"
	}
	rep := interop.NewReport(Format, name)
	if len(text) > MaxTextBytes {
		return careerkit.Framework{}, rep, fmt.Errorf("jdtext: parse %s: the text has more than %d bytes", name, MaxTextBytes)
	}
	if !utf8.ValidString(text) {
		return careerkit.Framework{}, rep, fmt.Errorf("jdtext: parse %s: the text is not UTF-8", name)
	}
	p := &parser{opts: opts, file: name, rep: rep, compAt: map[competency.ID]int{}, reqAt: map[competency.ID]int{}}
	if opts.Level == 0 {
		p.opts.Level = DefaultLevel
	}
	if opts.Catalog == nil && !competency.FrameworkScale().Has(p.opts.Level) {
		return careerkit.Framework{}, rep, fmt.Errorf("jdtext: parse %s: Options.Level %d is not a level of the framework scale (1–5)", name, p.opts.Level)
	}
	if opts.Catalog != nil {
		ix, err := competency.Compile(*opts.Catalog)
		if err != nil {
			return careerkit.Framework{}, rep, fmt.Errorf("jdtext: parse %s: the catalog: %w", name, err)
		}
		p.ix = ix
		p.comps = ix.Competencies()
		for i, c := range p.comps {
			p.compAt[c.ID] = i
		}
	}
	p.lines(text)
	return p.framework()
}

// parser holds the state of one Parse.
type parser struct {
	opts   Options
	file   string
	rep    *interop.Report
	ix     *competency.Index
	r      role.Role
	comps  []competency.Competency
	compAt map[competency.ID]int // competency ID → index in comps
	reqAt  map[competency.ID]int // competency ID → index in r.Requirements
	newAt  int                   // index of the first new competency

	sec, prev   section // the current section and the one before it
	secName     string  // the folded heading of the current section
	headings    int     // headings met
	titled      bool
	summary     []string
	sumFrom     int
	sumTo       int
	payLine     int
	equivFrom   int // line of "or equivalent experience", 0 when none
	eduMinGiven bool
}

// lines walks the text line by line.
func (p *parser) lines(text string) {
	p.newAt = len(p.comps)
	for n, rest := 1, text; rest != ""; n++ {
		raw := rest
		rest = ""
		if i := strings.IndexAny(raw, "\r\n"); i >= 0 {
			raw, rest = raw[:i], raw[i+1:]
			if raw0 := text[len(text)-len(rest)-1]; raw0 == '\r' && strings.HasPrefix(rest, "\n") {
				rest = rest[1:] // "\r\n" ends one line
			}
		}
		line := strings.TrimSpace(strings.Map(dropInvisible, raw))
		if line == "" {
			continue
		}
		item, bullet := unbullet(line)
		if !bullet {
			if p.header(line, n) {
				continue
			}
			if sec, name, ok := heading(line); ok {
				p.open(sec, name, line, n)
				continue
			}
		}
		p.item(item, n)
	}
}

// dropInvisible removes format characters (zero-width marks, byte-order
// marks) and turns no-break spaces into spaces.
func dropInvisible(r rune) rune {
	if r == '\u00a0' || r == '\u202f' {
		return ' '
	}
	if unicode.Is(unicode.Cf, r) {
		return -1
	}
	return r
}

// unbullet strips a bullet marker ("•", "-", "*", "1.") followed by white
// space and reports whether there was one.
func unbullet(line string) (string, bool) {
	r, size := utf8.DecodeRuneInString(line)
	switch {
	case strings.ContainsRune("•●▪◦‣·*+-–", r):
	case r >= '0' && r <= '9':
		size = 0
		for size < len(line) && size < 3 && line[size] >= '0' && line[size] <= '9' {
			size++
		}
		if size == len(line) || (line[size] != '.' && line[size] != ')') {
			return line, false
		}
		size++
	default:
		return line, false
	}
	rest := line[size:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(r) {
		return line, false
	}
	return strings.TrimSpace(rest), true
}

// navigation are lines of a web page's chrome copied with the posting.
var navigation = map[string]bool{"back to home": true, "home": true, "back": true, "apply now": true,
	"apply": true, "share": true, "share this job": true, "save job": true, "back to jobs": true}

var titlePrefixes = []string{"Key Responsibilities and Required Skills for ", "Job Title:", "Title:", "Position:", "Role:"}

var payPrefixes = []string{"💰", "💵", "Salary:", "Salary range:", "Salary Range:", "Pay:", "Pay range:", "Pay Range:",
	"Compensation:", "Base salary:", "Base Salary:"}

// header reads the lines that need no section: navigation, the title, the
// pay line and, before the first heading, the tags and an introduction.
// It reports whether it took the line.
func (p *parser) header(line string, n int) bool {
	src := p.src(n, n)
	if navigation[strings.ToLower(strings.TrimRight(line, ".:!"))] {
		p.rep.Problem(interop.Skipped, src, "", "navigation text %q is not part of the job description", line)
		return true
	}
	for _, pre := range payPrefixes {
		if rest, ok := strings.CutPrefix(line, pre); ok {
			p.pay(strings.TrimSpace(rest), n)
			return true
		}
	}
	if !p.titled {
		for _, pre := range titlePrefixes {
			if rest, ok := strings.CutPrefix(line, pre); ok {
				return p.title(strings.TrimSpace(rest), n, "title:prefix")
			}
		}
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			return p.title(strings.TrimSpace(rest), n, "title:markdown")
		}
		if _, _, isHeading := heading(line); !isHeading {
			return p.title(line, n, "title:first-line")
		}
		return false
	}
	if rest, ok := strings.CutPrefix(line, "Tags:"); ok {
		p.tags(strings.TrimSpace(rest), n, false)
		return true
	}
	if p.headings > 0 {
		return false
	}
	if _, _, isHeading := heading(line); isHeading {
		return false
	}
	if len(p.r.Tags) == 0 && p.summary == nil && looksLikeTags(line) {
		p.tags(line, n, true)
		return true
	}
	p.addSummary(line, n, "summary:intro")
	return true
}

func (p *parser) title(t string, n int, rule string) bool {
	if t == "" {
		return false
	}
	if len(t) > 200 {
		p.rep.Problem(interop.Malformed, p.src(n, n), "roles[0].title", "the title has %d bytes; a title has at most 200", len(t))
		return true
	}
	p.titled = true
	p.r.Title = t
	p.rep.FromRule("roles[0].title", p.src(n, n), rule)
	return true
}

// open starts the section of a heading.
func (p *parser) open(sec section, name, line string, n int) {
	p.headings++
	if sec == secPreferred {
		switch p.sec {
		case secExperience, secExpPref:
			sec = secExpPref
		case secEduMin, secEduPref, secFields:
			sec = secEduPref
		case secHard, secPrefHard:
			sec = secPrefHard
		case secSoft, secPrefSoft:
			sec = secPrefSoft
		case secKnowledge, secPrefKnowledge:
			sec = secPrefKnowledge
		default:
			sec = secNice
		}
	}
	if sec == secUnknown {
		p.rep.Problem(interop.Skipped, p.src(n, n), "", "heading %q is not in the table of headings: the lines under it are left out", line)
	}
	p.prev, p.sec, p.secName = p.sec, sec, name
}

// src is the source of lines from to to.
func (p *parser) src(from, to int) interop.Source {
	if to <= from {
		to = 0
	}
	return interop.Source{File: p.file, Row: from, ToRow: to}
}

// item places one line of a section.
func (p *parser) item(text string, n int) {
	src := p.src(n, n)
	rule := "heading:" + p.sec.ruleName()
	switch p.sec {
	case secNone, secSummary:
		p.addSummary(text, n, rule)
	case secPrimary:
		p.responsibility(&p.r.Responsibilities.Primary, "primary", text, n, rule)
	case secSecondary:
		p.responsibility(&p.r.Responsibilities.Secondary, "secondary", text, n, rule)
	case secEntry:
		p.move(&p.r.Career.EntryFrom, "entryFrom", text, n, rule)
	case secAdvance:
		p.move(&p.r.Career.AdvanceTo, "advanceTo", text, n, rule)
	case secLateral:
		p.move(&p.r.Career.Lateral, "lateral", text, n, rule)
	case secHard:
		p.skill(text, n, competency.Hard, competency.Required, rule)
	case secSoft:
		p.skill(text, n, competency.Soft, competency.Required, rule)
	case secKnowledge:
		p.skill(text, n, competency.Knowledge, competency.Required, rule)
	case secPrefHard:
		p.skill(text, n, competency.Hard, competency.Preferred, rule)
	case secPrefSoft:
		p.skill(text, n, competency.Soft, competency.Preferred, rule)
	case secPrefKnowledge:
		p.skill(text, n, competency.Knowledge, competency.Preferred, rule)
	case secRequirements, secNice:
		p.mixed(text, n, p.sec == secNice, rule)
	case secEduMin, secEduPref:
		p.education(text, n, p.sec == secEduPref, rule)
	case secFields:
		p.field(text, n, rule)
	case secExperience, secExpPref:
		if !p.experience(text, n, p.sec == secExpPref, rule) {
			p.qualification(text, n, p.sec == secExpPref, rule)
		}
	case secPay:
		p.pay(text, n)
	case secGroup:
		p.rep.Problem(interop.Skipped, src, "", "line under the grouping heading %q, which opens no list of its own", p.secName)
	case secSkip:
		p.rep.Problem(interop.Skipped, src, "", "the section %q is not part of the role", p.secName)
	default:
		p.rep.Problem(interop.Skipped, src, "", "line under the heading %q, which is not in the table of headings", p.secName)
	}
}

// mixed places a line of a mixed requirements list: experience when it
// states years, education when it names a degree or certification, a skill
// otherwise.
func (p *parser) mixed(text string, n int, preferred bool, rule string) {
	if hasDigit(text) && yearsRE.MatchString(text) {
		if p.experience(text, n, preferred, rule+"/experience") {
			return
		}
		p.qualification(text, n, preferred, rule)
		return
	}
	if isEducation(text) {
		p.education(text, n, preferred, rule+"/education")
		return
	}
	imp := competency.Required
	if preferred {
		imp = competency.Preferred
	}
	p.skill(text, n, competency.Hard, imp, rule+"/skill")
}

// fits reports whether a text fits a list of at most maxItems strings of
// at most maxLen bytes each, reporting it as malformed when not.
func (p *parser) fits(path, text string, n, have, maxItems, maxLen int) bool {
	switch {
	case len(text) > maxLen:
		p.rep.Problem(interop.Malformed, p.src(n, n), path, "the item has %d bytes; at most %d are kept", len(text), maxLen)
		return false
	case have >= maxItems:
		p.rep.Problem(interop.Skipped, p.src(n, n), path, "the list already has the most items a role keeps (%d)", maxItems)
		return false
	}
	return true
}

func (p *parser) addSummary(text string, n int, rule string) {
	if len(p.summary) == 0 {
		p.sumFrom = n
		p.rep.FromRule("roles[0].summary", p.src(n, n), rule)
	}
	p.summary = append(p.summary, text)
	p.sumTo = n
}

func (p *parser) responsibility(list *[]string, name, text string, n int, rule string) {
	path := problem.Path("roles[0].responsibilities."+name, len(*list))
	if !p.fits(path, text, n, len(*list), 200, 2000) {
		return
	}
	*list = append(*list, text)
	p.rep.FromRule(path, p.src(n, n), rule)
}

func (p *parser) qualification(text string, n int, preferred bool, rule string) {
	list, name := &p.r.Qualifications, "qualifications"
	if preferred {
		list, name = &p.r.PreferredQualifications, "preferredQualifications"
	}
	path := problem.Path("roles[0]."+name, len(*list))
	if !p.fits(path, text, n, len(*list), 100, 2000) {
		return
	}
	*list = append(*list, text)
	p.rep.FromRule(path, p.src(n, n), rule+"/qualification")
}

func (p *parser) move(list *[]role.Move, name, text string, n int, rule string) {
	path := problem.Path("roles[0].career."+name, len(*list))
	m := splitMove(text)
	if m.Title == "" {
		p.rep.Problem(interop.Skipped, p.src(n, n), path, "the line %q names no role", text)
		return
	}
	if !p.fits(path, m.Title, n, len(*list), 50, 200) || !p.fits(path, m.Note, n, 0, 1, 2000) {
		return
	}
	*list = append(*list, m)
	p.rep.FromRule(path, p.src(n, n), rule)
}

func (p *parser) field(text string, n int, rule string) {
	text = strings.TrimSuffix(text, ".")
	path := problem.Path("roles[0].education.fields", len(p.r.Education.Fields))
	if text == "" || !p.fits(path, text, n, len(p.r.Education.Fields), 50, 200) {
		return
	}
	p.r.Education.Fields = append(p.r.Education.Fields, text)
	p.rep.FromRule(path, p.src(n, n), rule)
}

// pay reads a pay range with salary.ParseRange.
func (p *parser) pay(text string, n int) {
	src := p.src(n, n)
	if p.r.Pay != nil {
		p.rep.Problem(interop.Skipped, src, "roles[0].pay", "a second pay line: the pay of line %d is kept", p.payLine)
		return
	}
	b, err := salary.ParseRange(text, p.opts.Pay)
	if err != nil {
		p.rep.Problem(interop.Malformed, src, "roles[0].pay", "the pay line cannot be read: %v", err)
		return
	}
	p.r.Pay, p.payLine = &b, n
	p.rep.FromRule("roles[0].pay", src, "pay:range")
}

// looksLikeTags reports whether a header line is a list of tags: words
// separated by "·", "|" or ",", or one run of words with no spaces.
func looksLikeTags(line string) bool {
	if strings.HasSuffix(line, ".") || len(line) > 500 {
		return false
	}
	return strings.ContainsAny(line, "·|") || !strings.ContainsRune(line, ' ')
}

// tags reads a tag line: split at "·", "|" or ","; a single run of words
// without spaces ("EngineeringSoftwareLeadership") is split before each
// capital letter that follows a small one.
func (p *parser) tags(line string, n int, header bool) {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '|' || r == ',' })
	rule := "tags:list"
	if header && len(parts) == 1 && !strings.ContainsRune(line, ' ') {
		if split := splitCamel(line); len(split) > 1 {
			parts, rule = split, "tags:run-together"
			p.rep.Problem(interop.Mapped, p.src(n, n), "roles[0].tags", "the tags %q are written together: split before each capital letter", line)
		}
	}
	for _, t := range parts {
		t = strings.TrimSpace(t)
		path := problem.Path("roles[0].tags", len(p.r.Tags))
		if t == "" || !p.fits(path, t, n, len(p.r.Tags), 50, 100) {
			continue
		}
		if contains(p.r.Tags, t) {
			p.rep.Problem(interop.Skipped, p.src(n, n), path, "tag %q is already listed", t)
			continue
		}
		p.r.Tags = append(p.r.Tags, t)
		p.rep.FromRule(path, p.src(n, n), rule)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// splitCamel splits "EngineeringSoftware" into "Engineering", "Software".
func splitCamel(s string) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			out = append(out, s[start:i])
			start = i
		}
		prev = r
	}
	return append(out, s[start:])
}

// framework finishes the role and builds the framework.
func (p *parser) framework() (careerkit.Framework, *interop.Report, error) {
	if !p.titled {
		p.rep.Problem(interop.Missing, interop.Source{File: p.file}, "roles[0].title", "no line gives the title")
		return careerkit.Framework{}, p.rep, fmt.Errorf("%w: no line gives the title", ErrNoRole)
	}
	if len(p.comps) == 0 {
		p.rep.Problem(interop.Missing, interop.Source{File: p.file}, "competencies", "no line names a skill")
		return careerkit.Framework{}, p.rep, fmt.Errorf("%w: no line names a skill", ErrNoRole)
	}
	p.r.ID = role.ID(slug(p.r.Title))
	if p.r.ID == "" {
		p.r.ID = "role"
		p.rep.Problem(interop.Mapped, interop.Source{File: p.file}, "roles[0].id", "the title %q has no letters or digits for an ID: the ID is \"role\"", p.r.Title)
	}
	if len(p.summary) > 0 {
		s := strings.Join(p.summary, " ")
		if len(s) > 10000 {
			p.rep.Problem(interop.Malformed, p.src(p.sumFrom, p.sumTo), "roles[0].summary", "the summary has %d bytes; a summary has at most 10000", len(s))
		} else {
			p.r.Summary = s
			p.rep.Provenance[p.provAt("roles[0].summary")].From = p.src(p.sumFrom, p.sumTo)
		}
	}
	p.finishEducation()
	fw := careerkit.Framework{Name: p.r.Title, Roles: []role.Role{p.r}}
	fw.DefaultScale = "framework"
	if p.opts.Catalog != nil {
		fw.DefaultScale = p.opts.Catalog.DefaultScale
		fw.Scales = p.opts.Catalog.Clone().Scales
	}
	fw.Competencies = p.comps
	p.rep.Count("roles", 1)
	p.rep.Count("competencies", len(p.comps)-p.newAt)
	p.rep.Count("requirements", len(p.r.Requirements))
	p.rep.Count("responsibilities", len(p.r.Responsibilities.Primary)+len(p.r.Responsibilities.Secondary))
	p.rep.Count("experience", len(p.r.Experience))
	if err := fw.Validate(); err != nil {
		return careerkit.Framework{}, p.rep, fmt.Errorf("jdtext: parse %s: %w: %w", p.file, errInvalid, err)
	}
	return fw, p.rep, nil
}

// provAt returns the index of the provenance of path.
func (p *parser) provAt(path string) int {
	for i, pr := range p.rep.Provenance {
		if pr.Path == path {
			return i
		}
	}
	return 0
}

// slug derives an ID from a phrase: lowercase ASCII letters and digits,
// every other run of characters one hyphen, trimmed, cut to 64 bytes at a
// hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	out := b.String()
	for len(out) > 64 {
		i := strings.LastIndexByte(out[:64], '-')
		if i <= 0 {
			out = out[:64]
			break
		}
		out = out[:i]
	}
	return out
}
