package ftprogression

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/interop"
)

// Format is the name the import's report gives the format.
const Format = "ftprogression"

// DefaultMaxBytes is the largest input Read accepts when Options.MaxBytes
// is zero: 4 MiB, over a hundred times the size of FT's engineering file.
const DefaultMaxBytes = 4 << 20

// Options tune an import. The zero value imports each statement as a
// competency, with inputs of up to DefaultMaxBytes.
type Options struct {
	// Themes imports the nine themes as the competencies instead of the
	// statements: each level then expects each theme at the proficiency of
	// its own statement, and nothing is carried forward.
	Themes bool
	// MaxBytes is the largest input accepted, in bytes; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// File names the input in the report's sources; "" means
	// "engineering.yml". Import sets it to the file's base name.
	File string
}

// Import reads the framework file at path (a job family's YAML file, such
// as data/job-families/engineering.yml). See Read.
func Import(path string, opts Options) (careerkit.Framework, *interop.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("ftprogression: %w", err)
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

// Read reads one job family of the FT engineering progression framework
// from r and returns it as a framework with a catalog and one ladder,
// which compiles. Items it cannot read are reported as malformed and left
// out; the error is for input that cannot be read at all (too large, not
// YAML, no levels or no competencies left).
func Read(r io.Reader, opts Options) (careerkit.Framework, *interop.Report, error) {
	file := opts.File
	if file == "" {
		file = "engineering.yml"
	}
	rep := interop.NewReport(Format, file)
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return careerkit.Framework{}, rep, fmt.Errorf("ftprogression: read %s: %w", file, err)
	}
	if int64(len(data)) > limit {
		return careerkit.Framework{}, rep, fmt.Errorf("ftprogression: %s is larger than the limit of %d bytes (Options.MaxBytes)", file, limit)
	}
	rd := &reader{file: file, rep: rep}
	doc, err := rd.parse(data)
	if err != nil {
		return careerkit.Framework{}, rep, err
	}
	fw, err := build(doc, opts, rd)
	if err != nil {
		return careerkit.Framework{}, rep, err
	}
	return fw, rep, nil
}

// document is what the reader took from the file, with each item's place.
type document struct {
	name, summary string
	nameAt        interop.Source
	levels        []level
	themes        []theme
	competencies  []statement
}

type level struct {
	id, name string
	at       interop.Source
}

type theme struct {
	id, name, summary string
	at                interop.Source
}

type statement struct {
	id, level, theme, summary, proficiency string
	at, proficiencyAt                      interop.Source
}

// reader walks the YAML tree, reporting what it cannot take.
type reader struct {
	file string
	rep  *interop.Report
}

func (rd *reader) src(n *yaml.Node, pointer string) interop.Source {
	return interop.Source{File: rd.file, Row: n.Line, Pointer: pointer}
}

func (rd *reader) parse(data []byte) (document, error) {
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return document{}, fmt.Errorf("ftprogression: %s is empty", rd.file)
		}
		return document{}, fmt.Errorf("ftprogression: %s is not YAML: %w", rd.file, err)
	}
	top := &root
	if top.Kind == yaml.DocumentNode && len(top.Content) == 1 {
		top = top.Content[0]
	}
	if top.Kind != yaml.MappingNode {
		return document{}, fmt.Errorf("ftprogression: %s:%d: the document must be a mapping of name, levels, themes and competencies", rd.file, top.Line)
	}
	var doc document
	for key, v := range rd.fields(top, "", "name", "summary", "googleSheetId", "levels", "themes", "competencies") {
		switch key {
		case "name":
			doc.name, _ = rd.scalar(v, "/name")
			doc.nameAt = rd.src(v, "/name")
		case "summary":
			doc.summary, _ = rd.scalar(v, "/summary")
		case "googleSheetId":
			rd.rep.Problem(interop.Skipped, rd.src(v, "/googleSheetId"), "", "googleSheetId: the ID of the spreadsheet FT edits the framework in is not part of the model")
		case "levels":
			rd.items(v, "/levels", func(n *yaml.Node, ptr string) { rd.level(&doc, n, ptr) })
		case "themes":
			rd.items(v, "/themes", func(n *yaml.Node, ptr string) { rd.theme(&doc, n, ptr) })
		case "competencies":
			rd.items(v, "/competencies", func(n *yaml.Node, ptr string) { rd.statement(&doc, n, ptr) })
		}
	}
	return doc, nil
}

// fields returns a mapping's known fields in order, as an iterator over
// key and value; unknown keys are reported as skipped, repeated keys as
// malformed.
func (rd *reader) fields(n *yaml.Node, ptr string, known ...string) func(func(string, *yaml.Node) bool) {
	return func(yield func(string, *yaml.Node) bool) {
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			at := rd.src(k, ptr+"/"+k.Value)
			switch {
			case k.Kind != yaml.ScalarNode:
				rd.rep.Problem(interop.Malformed, at, "", "a key must be a plain string")
			case seen[k.Value]:
				rd.rep.Problem(interop.Malformed, at, "", "key %q is repeated; the first is kept", k.Value)
			case !slices.Contains(known, k.Value):
				seen[k.Value] = true
				rd.rep.Problem(interop.Skipped, at, "", "unknown key %q (known: %s)", k.Value, strings.Join(known, ", "))
			default:
				seen[k.Value] = true
				if !yield(k.Value, v) {
					return
				}
			}
		}
	}
}

// scalar returns a scalar's text, trimmed; anything else is malformed.
func (rd *reader) scalar(n *yaml.Node, ptr string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		rd.rep.Problem(interop.Malformed, rd.src(n, ptr), "", "%s must be a string", ptr)
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

// items calls each for every element of a sequence.
func (rd *reader) items(n *yaml.Node, ptr string, each func(*yaml.Node, string)) {
	if n.Kind != yaml.SequenceNode {
		rd.rep.Problem(interop.Malformed, rd.src(n, ptr), "", "%s must be a list", ptr)
		return
	}
	for i, item := range n.Content {
		each(item, ptr+"/"+strconv.Itoa(i))
	}
}

// record reads an item's string fields; it reports and returns false when
// the item is not a mapping or lacks a required field.
func (rd *reader) record(n *yaml.Node, ptr string, required []string, optional ...string) (map[string]string, map[string]*yaml.Node, bool) {
	if n.Kind != yaml.MappingNode {
		rd.rep.Problem(interop.Malformed, rd.src(n, ptr), "", "%s must be a mapping; left out", ptr)
		return nil, nil, false
	}
	vals, nodes := map[string]string{}, map[string]*yaml.Node{}
	ok := true
	for k, v := range rd.fields(n, ptr, append(required, optional...)...) {
		s, good := rd.scalar(v, ptr+"/"+k)
		ok = ok && good
		vals[k], nodes[k] = s, v
	}
	for _, k := range required {
		switch {
		case nodes[k] == nil:
			rd.rep.Problem(interop.Malformed, rd.src(n, ptr), "", "%s has no %s; left out", ptr, k)
			ok = false
		case vals[k] == "" && nodes[k].Kind == yaml.ScalarNode:
			rd.rep.Problem(interop.Malformed, rd.src(nodes[k], ptr+"/"+k), "", "%s/%s is empty; left out", ptr, k)
			ok = false
		}
	}
	return vals, nodes, ok
}

func (rd *reader) level(doc *document, n *yaml.Node, ptr string) {
	v, _, ok := rd.record(n, ptr, []string{"id", "name"})
	if ok {
		doc.levels = append(doc.levels, level{id: v["id"], name: v["name"], at: rd.src(n, ptr)})
	}
}

func (rd *reader) theme(doc *document, n *yaml.Node, ptr string) {
	v, _, ok := rd.record(n, ptr, []string{"id", "name"}, "summary")
	if ok {
		doc.themes = append(doc.themes, theme{id: v["id"], name: v["name"], summary: v["summary"], at: rd.src(n, ptr)})
	}
}

func (rd *reader) statement(doc *document, n *yaml.Node, ptr string) {
	v, nodes, ok := rd.record(n, ptr, []string{"id", "level", "theme", "summary", "proficiency"})
	if ok {
		doc.competencies = append(doc.competencies, statement{
			id: v["id"], level: v["level"], theme: v["theme"], summary: v["summary"], proficiency: v["proficiency"],
			at: rd.src(n, ptr), proficiencyAt: rd.src(nodes["proficiency"], ptr+"/proficiency"),
		})
	}
}
