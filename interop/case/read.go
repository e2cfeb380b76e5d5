package imscase

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
)

// Format is the name of the format in reports.
const Format = "case"

// DefaultMaxBytes is the largest package Read accepts when Options.MaxBytes
// is 0: 32 MiB.
const DefaultMaxBytes = 32 << 20

// MaxItems is the most CFItems a package may hold: the catalog's limit of
// competencies.
const MaxItems = 100000

// Options tunes Read and Import. The zero value reads every item as
// knowledge, accepts packages up to DefaultMaxBytes and names the input
// "CFPackage.json" in the report.
type Options struct {
	// DefaultKind is the kind of items that carry no careerkit extension and
	// whose CFItemType Kinds does not list; empty means knowledge.
	DefaultKind competency.Kind
	// Kinds maps a CFItemType, compared exactly, to the kind of its items,
	// such as {"Skill": hard}.
	Kinds map[string]competency.Kind
	// MaxBytes is the largest input accepted, in bytes; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Name names the input in the report's sources; empty means
	// "CFPackage.json". Import sets it to the file's base name.
	Name string
}

func (o Options) check() error {
	var errs problem.Errors
	if o.DefaultKind != "" && !o.DefaultKind.IsValid() {
		errs.Add("defaultKind", "oneof", "kind %q is not one of %v", o.DefaultKind, competency.Kinds())
	}
	for _, t := range slices.Sorted(maps.Keys(o.Kinds)) {
		if !o.Kinds[t].IsValid() {
			errs.Add(problem.Path("kinds", strconv.Quote(t)), "oneof", "kind %q is not one of %v", o.Kinds[t], competency.Kinds())
		}
	}
	if o.MaxBytes < 0 {
		errs.Add("maxBytes", "gte", "the limit %d is negative", o.MaxBytes)
	}
	return errs.Err("case: invalid Options")
}

// Import reads the CASE package in the file at path and returns a framework
// holding its catalog, named after the CFDocument's title and versioned by
// its version. The framework validates.
func Import(path string, opts Options) (careerkit.Framework, *interop.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("case: import %q: %w: %w", path, problem.ErrRead, err)
	}
	defer f.Close()
	if opts.Name == "" {
		opts.Name = filepath.Base(path)
	}
	cat, doc, rep, err := read(f, opts)
	if rep != nil {
		rep.Source = path
	}
	if err != nil {
		return careerkit.Framework{}, rep, err
	}
	src := interop.Source{File: opts.Name, Pointer: doc.pointer + "/title"}
	if strings.TrimSpace(doc.title) == "" {
		rep.Problem(interop.Malformed, src, "name", "the CFDocument has no title to name the framework")
		return careerkit.Framework{}, rep, fmt.Errorf("case: import %q: the CFDocument has no title", path)
	}
	fw := careerkit.Framework{Name: doc.title, Version: doc.version, Catalog: cat}
	if n := shorten(doc.title, maxName, maxName); n != doc.title {
		rep.Problem(interop.Mapped, src, "name", "the title is shortened to %q to fit a framework's name", n)
		fw.Name = n
	}
	rep.From("name", src)
	if fw.Version != "" {
		vsrc := interop.Source{File: opts.Name, Pointer: doc.pointer + "/version"}
		if len(fw.Version) > 100 {
			rep.Problem(interop.Skipped, vsrc, "version", "the version is longer than 100 bytes")
			fw.Version = ""
		} else {
			rep.From("version", vsrc)
		}
	}
	if err := fw.Validate(); err != nil {
		return careerkit.Framework{}, rep, fmt.Errorf("case: import %q: %w", path, err)
	}
	return fw, rep, nil
}

// Read reads a CASE 1.0 or 1.1 CFPackage (the package object itself, or an
// object holding it under "CFPackage") and returns its items as a catalog,
// with a report of what it did. The catalog validates. Read fails only when
// the input is not a package at all: not JSON, too large, without a
// CFDocument or CFItems, or without one item it could read; everything else
// is reported and left out.
func Read(r io.Reader, opts Options) (competency.Catalog, *interop.Report, error) {
	cat, _, rep, err := read(r, opts)
	return cat, rep, err
}

// docInfo is what the reader keeps of the CFDocument.
type docInfo struct {
	title, version, identifier, uri string
	pointer                         string
}

func read(r io.Reader, opts Options) (competency.Catalog, docInfo, *interop.Report, error) {
	if err := opts.check(); err != nil {
		return competency.Catalog{}, docInfo{}, nil, err
	}
	if opts.Name == "" {
		opts.Name = "CFPackage.json"
	}
	rd := &reader{opts: opts, file: opts.Name, rep: interop.NewReport(Format, opts.Name)}
	cat, err := rd.read(r)
	return cat, rd.doc, rd.rep, err
}

// reader holds the state of one Read.
type reader struct {
	opts Options
	file string
	rep  *interop.Report
	base string // JSON pointer of the package object: "" or "/CFPackage"
	doc  docInfo

	items   []*item
	byID    map[string]*item // by CASE identifier
	byURI   map[string]*item
	notRead map[string]*unread
}

// unread tallies one field the reader does not take.
type unread struct {
	first string
	n     int
}

// item is one CFItem on its way to a competency.
type item struct {
	pointer    string
	identifier string
	uri        string
	code       string // humanCodingScheme
	abbr       string
	full       string
	alt        string
	itemType   string
	keywords   []string
	ext        *itemExtension
	minted     map[string]bool

	comp    competency.Competency
	index   int // in the catalog
	parents []edge
	sameAs  []sourced
}

// edge is an isChildOf link from an item to its parent.
type edge struct {
	parent  *item
	pointer string
}

// sourced is a value and the pointer it was read at.
type sourced struct {
	value   string
	pointer string
}

func (rd *reader) src(pointer string) interop.Source {
	return interop.Source{File: rd.file, Pointer: pointer}
}

func (rd *reader) read(r io.Reader) (competency.Catalog, error) {
	limit := rd.opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return competency.Catalog{}, fmt.Errorf("case: read %s: %w: %w", rd.file, problem.ErrRead, err)
	}
	if int64(len(data)) > limit {
		return competency.Catalog{}, fmt.Errorf("case: read %s: the package is larger than %d bytes: %w", rd.file, limit, problem.ErrLimit)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return competency.Catalog{}, fmt.Errorf("case: read %s: not a JSON object: %w: %v", rd.file, problem.ErrSyntax, err)
	}
	if inner, ok := top["CFPackage"]; ok && top["CFDocument"] == nil {
		for _, k := range slices.Sorted(maps.Keys(top)) {
			if k != "CFPackage" {
				rd.rep.Problem(interop.Skipped, rd.src("/"+k), "", "%s beside CFPackage is not read", k)
			}
		}
		top = nil
		if err := json.Unmarshal(inner, &top); err != nil || top == nil {
			return competency.Catalog{}, fmt.Errorf("case: read %s: CFPackage is not a JSON object: %w", rd.file, problem.ErrSyntax)
		}
		rd.base = "/CFPackage"
	}
	if err := rd.readDocument(top["CFDocument"]); err != nil {
		return competency.Catalog{}, err
	}
	raw, ok := top["CFItems"]
	if !ok {
		return competency.Catalog{}, fmt.Errorf("case: read %s: the package has no CFItems", rd.file)
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		return competency.Catalog{}, fmt.Errorf("case: read %s: CFItems is not an array: %w", rd.file, problem.ErrSyntax)
	}
	if len(list) > MaxItems {
		return competency.Catalog{}, fmt.Errorf("case: read %s: %d CFItems, more than %d: %w", rd.file, len(list), MaxItems, problem.ErrLimit)
	}
	rd.rep.Count("items", len(list))
	rd.notRead = map[string]*unread{}
	rd.byID = map[string]*item{}
	rd.byURI = map[string]*item{}
	for k, m := range list {
		rd.readItem(k, m)
	}
	if len(rd.items) == 0 {
		return competency.Catalog{}, fmt.Errorf("case: read %s: no CFItem could be read", rd.file)
	}
	rd.assignIDs()
	rd.assignNames()
	rd.assignKinds()
	if raw, ok := top["CFAssociations"]; ok {
		rd.readAssociations(raw)
	}
	rd.dropCycles()
	pkgExt := rd.readPackageExtensions(top["extensions"])
	rd.reportOthers(top)
	rd.reportUnread()
	return rd.build(pkgExt)
}

// readDocument takes the CFDocument's identifier, uri, title and version.
func (rd *reader) readDocument(raw json.RawMessage) error {
	ptr := rd.base + "/CFDocument"
	var obj map[string]json.RawMessage
	if raw == nil || json.Unmarshal(raw, &obj) != nil || obj == nil {
		return fmt.Errorf("case: read %s: the package has no CFDocument object", rd.file)
	}
	rd.doc.pointer = ptr
	rd.doc.identifier = rd.str(obj, "identifier", ptr)
	rd.doc.uri = rd.str(obj, "uri", ptr)
	rd.doc.title = rd.str(obj, "title", ptr)
	rd.doc.version = rd.str(obj, "version", ptr)
	var rest []string
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		switch k {
		case "identifier", "uri", "title", "version":
		default:
			rest = append(rest, k)
		}
	}
	if len(rest) > 0 {
		rd.rep.Problem(interop.Skipped, rd.src(ptr), "", "CFDocument fields not read, having no place in the model: %s", strings.Join(rest, ", "))
	}
	return nil
}

// str returns obj[key] as a string; a value that is not a string is
// reported as malformed and read as "".
func (rd *reader) str(obj map[string]json.RawMessage, key, ptr string) string {
	raw, ok := obj[key]
	if !ok || string(raw) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr+"/"+key), "", "%s is not a string", key)
		return ""
	}
	return s
}

// linkOf reads a LinkURI object (or, as CASE 1.0 exports sometimes have it,
// a bare URI string).
func (rd *reader) linkOf(obj map[string]json.RawMessage, key, ptr string) (link, bool) {
	raw, ok := obj[key]
	if !ok || string(raw) == "null" {
		return link{}, false
	}
	var l link
	if json.Unmarshal(raw, &l) == nil {
		return l, true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return link{URI: s}, true
	}
	rd.rep.Problem(interop.Malformed, rd.src(ptr+"/"+key), "", "%s is not a link (an object of title, identifier and uri)", key)
	return link{}, false
}

// itemFields are the CFItem fields the reader takes.
var itemFields = map[string]bool{
	"identifier": true, "uri": true, "fullStatement": true, "humanCodingScheme": true,
	"abbreviatedStatement": true, "alternativeLabel": true, "CFItemType": true,
	"CFItemTypeURI": true, "conceptKeywords": true, "extensions": true,
}

func (rd *reader) readItem(k int, raw json.RawMessage) {
	ptr := fmt.Sprintf("%s/CFItems/%d", rd.base, k)
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "the CFItem is not a JSON object")
		return
	}
	it := &item{pointer: ptr}
	it.identifier = strings.TrimSpace(rd.str(obj, "identifier", ptr))
	if it.identifier == "" {
		rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "the CFItem has no identifier")
		return
	}
	if prev, dup := rd.byID[it.identifier]; dup {
		rd.rep.Problem(interop.Malformed, rd.src(ptr+"/identifier"), "", "identifier %q is already used by %s", it.identifier, prev.pointer)
		return
	}
	it.full = rd.str(obj, "fullStatement", ptr)
	if strings.TrimSpace(it.full) == "" {
		rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "the CFItem %q has no fullStatement", it.identifier)
		return
	}
	it.uri = rd.str(obj, "uri", ptr)
	it.code = rd.str(obj, "humanCodingScheme", ptr)
	it.abbr = rd.str(obj, "abbreviatedStatement", ptr)
	it.alt = rd.str(obj, "alternativeLabel", ptr)
	it.itemType = rd.str(obj, "CFItemType", ptr)
	if l, ok := rd.linkOf(obj, "CFItemTypeURI", ptr); ok && strings.TrimSpace(it.itemType) == "" {
		it.itemType = l.Title
	}
	if strings.TrimSpace(it.itemType) == "" {
		it.itemType = ""
	}
	if raw, ok := obj["conceptKeywords"]; ok && string(raw) != "null" {
		if err := json.Unmarshal(raw, &it.keywords); err != nil {
			var one string // CASE 1.0 has a single keyword string
			if json.Unmarshal(raw, &one) == nil {
				it.keywords = []string{one}
			} else {
				rd.rep.Problem(interop.Malformed, rd.src(ptr+"/conceptKeywords"), "", "conceptKeywords is not a list of strings")
			}
		}
	}
	it.ext = rd.readItemExtensions(obj["extensions"], ptr+"/extensions")
	it.minted = map[string]bool{}
	if it.ext != nil {
		for _, m := range it.ext.Minted {
			it.minted[m] = true
		}
	}
	for key := range obj {
		if !itemFields[key] {
			u := rd.notRead[key]
			if u == nil {
				u = &unread{first: ptr + "/" + key}
				rd.notRead[key] = u
			}
			u.n++
		}
	}
	rd.byID[it.identifier] = it
	if it.uri != "" {
		if _, taken := rd.byURI[it.uri]; !taken {
			rd.byURI[it.uri] = it
		}
	}
	rd.items = append(rd.items, it)
}

// readItemExtensions takes the careerkit extension of an item and reports
// any other.
func (rd *reader) readItemExtensions(raw json.RawMessage, ptr string) *itemExtension {
	var obj map[string]json.RawMessage
	if raw == nil || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "extensions is not an object")
		return nil
	}
	rd.otherExtensions(obj, ptr)
	ext, ok := obj[ExtensionKey]
	if !ok {
		return nil
	}
	var out itemExtension
	if err := strictJSON(ext, &out); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr+"/"+ExtensionKey), "", "the %s extension is not readable: %v", ExtensionKey, err)
		return nil
	}
	return &out
}

func (rd *reader) otherExtensions(obj map[string]json.RawMessage, ptr string) {
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if k != ExtensionKey {
			rd.rep.Problem(interop.Skipped, rd.src(ptr+"/"+k), "", "extension %q is not read", k)
		}
	}
}

// strictJSON decodes data into v, refusing unknown fields and trailing data.
func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

func (rd *reader) readPackageExtensions(raw json.RawMessage) *packageExtension {
	ptr := rd.base + "/extensions"
	var obj map[string]json.RawMessage
	if raw == nil || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "extensions is not an object")
		return nil
	}
	rd.otherExtensions(obj, ptr)
	ext, ok := obj[ExtensionKey]
	if !ok {
		return nil
	}
	var out packageExtension
	if err := strictJSON(ext, &out); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(ptr+"/"+ExtensionKey), "", "the %s extension is not readable: %v", ExtensionKey, err)
		return nil
	}
	return &out
}

// reportOthers reports the package's other parts, which the model has no
// place for.
func (rd *reader) reportOthers(top map[string]json.RawMessage) {
	for _, k := range slices.Sorted(maps.Keys(top)) {
		switch k {
		case "CFDocument", "CFItems", "CFAssociations", "extensions":
			continue
		case "CFDefinitions":
			var defs map[string]json.RawMessage
			if json.Unmarshal(top[k], &defs) != nil {
				rd.rep.Problem(interop.Malformed, rd.src(rd.base+"/CFDefinitions"), "", "CFDefinitions is not an object")
				continue
			}
			for _, d := range slices.Sorted(maps.Keys(defs)) {
				var list []json.RawMessage
				if json.Unmarshal(defs[d], &list) == nil && len(list) == 0 {
					continue
				}
				rd.rep.Problem(interop.Skipped, rd.src(rd.base+"/CFDefinitions/"+d), "", "CFDefinitions.%s is not read: items take their type from CFItemType", d)
			}
		default:
			var list []json.RawMessage
			if json.Unmarshal(top[k], &list) == nil && len(list) == 0 {
				continue
			}
			rd.rep.Problem(interop.Skipped, rd.src(rd.base+"/"+k), "", "%s is not read: the model has no place for it", k)
		}
	}
}

// reportUnread reports each CFItem field the reader does not take, once,
// with the number of items that have it.
func (rd *reader) reportUnread() {
	for _, k := range slices.Sorted(maps.Keys(rd.notRead)) {
		u := rd.notRead[k]
		rd.rep.Problem(interop.Skipped, rd.src(u.first), "", "CFItem field %s is not read (%d items have it): the model has no place for it", k, u.n)
	}
}
