package imscase

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
)

// assignIDs gives every item a slug ID: from its humanCodingScheme when that
// has a letter or digit, else from its identifier, else "item-<n>" from its
// position; an ID already taken gets the next free suffix "-2", "-3" ….
func (rd *reader) assignIDs() {
	taken := map[competency.ID]int{}
	next := map[competency.ID]int{} // the next suffix to try, by ID
	for i, it := range rd.items {
		it.index = i
		path := problem.Path("competencies", i, "id")
		from, field := it.code, "humanCodingScheme"
		id := slugify(from)
		if id == "" {
			from, field = it.identifier, "identifier"
			id = slugify(from)
		}
		if id == "" {
			id = "item-" + strconv.Itoa(i+1)
			rd.rep.Problem(interop.Mapped, rd.src(it.pointer), path, "neither humanCodingScheme nor identifier has a letter or digit; the ID is %q", id)
		} else if id != from {
			rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/"+field), path, "%s %q becomes the ID %q", field, from, id)
		}
		cid := competency.ID(id)
		if prev, dup := taken[cid]; dup {
			for n := max(next[cid], 2); ; n++ {
				suffix := "-" + strconv.Itoa(n)
				c := competency.ID(cutSlug(id, 64-len(suffix)) + suffix)
				if _, used := taken[c]; !used {
					rd.rep.Problem(interop.Mapped, rd.src(it.pointer), path, "ID %q is already taken by competencies[%d]; this item's ID is %q", id, prev, c)
					next[cid] = n + 1
					cid = c
					break
				}
			}
		}
		taken[cid] = i
		it.comp.ID = cid
		rd.rep.From(problem.Path("competencies", i), rd.src(it.pointer))
	}
}

// assignNames gives every item its name, description, category, aliases
// and tags, keeping names and aliases unique as the catalog requires.
func (rd *reader) assignNames() {
	keys := map[string]int{} // normalized ID or name → competency index
	for i, it := range rd.items {
		keys[normalize(string(it.comp.ID))] = i
	}
	for i, it := range rd.items {
		path := problem.Path("competencies", i)
		name, field := it.abbr, "abbreviatedStatement"
		if strings.TrimSpace(name) == "" || len(name) > maxName {
			if strings.TrimSpace(name) != "" {
				rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/abbreviatedStatement"), problem.Path(path, "name"), "abbreviatedStatement is longer than %d bytes; the name is cut from it", maxName)
				name = shorten(name, shortName, maxName)
			} else {
				field = "fullStatement"
				name = shorten(it.full, shortName, maxName)
				if name != it.full {
					rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/fullStatement"), problem.Path(path, "name"), "the name is the fullStatement shortened to %q", name)
				}
			}
		}
		if prev, taken := keys[normalize(name)]; taken && prev != i {
			label := it.code
			if strings.TrimSpace(label) == "" {
				label = string(it.comp.ID)
			}
			alt := fmt.Sprintf("%s (%s)", name, strings.TrimSpace(label))
			for n := 2; ; n++ {
				if _, t := keys[normalize(alt)]; !t && len(alt) <= maxName {
					break
				}
				alt = fmt.Sprintf("%s (%s %d)", cutBytes(name, maxName-80), it.comp.ID, n)
			}
			rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/"+field), problem.Path(path, "name"), "name %q is already used by competencies[%d]; this one is %q", name, prev, alt)
			name = alt
		}
		keys[normalize(name)] = i
		it.comp.Name = name
		rd.rep.From(problem.Path(path, "name"), rd.src(it.pointer+"/"+field))

		if it.full != name {
			desc := it.full
			if len(desc) > maxDescription {
				desc = cutBytes(desc, maxDescription)
				rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/fullStatement"), problem.Path(path, "description"), "the fullStatement is cut to %d bytes", maxDescription)
			}
			it.comp.Description = desc
			rd.rep.From(problem.Path(path, "description"), rd.src(it.pointer+"/fullStatement"))
		}
		if it.itemType != "" {
			cat := it.itemType
			if len(cat) > maxName {
				cat = shorten(cat, shortName, maxName)
				rd.rep.Problem(interop.Mapped, rd.src(it.pointer+"/CFItemType"), problem.Path(path, "category"), "the CFItemType is shortened to %q", cat)
			}
			it.comp.Category = cat
			rd.rep.From(problem.Path(path, "category"), rd.src(it.pointer+"/CFItemType"))
		}
		rd.assignTags(it, path)
	}
	// Aliases last: each may collide with no other competency's ID, name or
	// earlier alias.
	for i, it := range rd.items {
		path := problem.Path("competencies", i, "aliases")
		var aliases []sourced
		if it.alt != "" {
			aliases = append(aliases, sourced{it.alt, it.pointer + "/alternativeLabel"})
		}
		if it.ext != nil {
			for j, a := range it.ext.Aliases {
				aliases = append(aliases, sourced{a, fmt.Sprintf("%s/extensions/%s/aliases/%d", it.pointer, ExtensionKey, j)})
			}
		}
		for _, a := range aliases {
			key := normalize(a.value)
			switch prev, taken := keys[key]; {
			case key == "" || len(a.value) > maxAlias:
				rd.rep.Problem(interop.Skipped, rd.src(a.pointer), path, "alias %q is empty or longer than %d bytes", cutBytes(a.value, 80), maxAlias)
			case taken && prev != i:
				rd.rep.Problem(interop.Skipped, rd.src(a.pointer), path, "alias %q is already the ID, name or alias of competencies[%d]", a.value, prev)
			case len(it.comp.Aliases) == maxList:
				rd.rep.Problem(interop.Skipped, rd.src(a.pointer), path, "alias %q is beyond the %d a competency may have", a.value, maxList)
			default:
				keys[key] = i
				rd.rep.From(problem.Path(path, len(it.comp.Aliases)), rd.src(a.pointer))
				it.comp.Aliases = append(it.comp.Aliases, a.value)
			}
		}
	}
}

// assignTags takes the item's conceptKeywords as tags.
func (rd *reader) assignTags(it *item, path string) {
	seen := map[string]bool{}
	for j, k := range it.keywords {
		ptr := fmt.Sprintf("%s/conceptKeywords/%d", it.pointer, j)
		switch {
		case strings.TrimSpace(k) == "" || len(k) > maxTag:
			rd.rep.Problem(interop.Skipped, rd.src(ptr), problem.Path(path, "tags"), "keyword %q is empty or longer than %d bytes", cutBytes(k, 80), maxTag)
		case seen[k]:
			rd.rep.Problem(interop.Skipped, rd.src(ptr), problem.Path(path, "tags"), "keyword %q is repeated", k)
		case len(it.comp.Tags) == maxList:
			rd.rep.Problem(interop.Skipped, rd.src(ptr), problem.Path(path, "tags"), "keyword %q is beyond the %d tags a competency may have", k, maxList)
		default:
			seen[k] = true
			rd.rep.From(problem.Path(path, "tags", len(it.comp.Tags)), rd.src(ptr))
			it.comp.Tags = append(it.comp.Tags, k)
		}
	}
}

// assignKinds gives each item its kind: the careerkit extension's, else
// Options.Kinds of its CFItemType, else Options.DefaultKind, else
// knowledge. Kinds that come from the options are reported once per
// CFItemType.
func (rd *reader) assignKinds() {
	type tally struct {
		first string
		n     int
		kind  competency.Kind
		how   string
	}
	var order []string
	byType := map[string]*tally{}
	for i, it := range rd.items {
		path := problem.Path("competencies", i, "kind")
		if it.ext != nil && it.ext.Kind != "" {
			it.comp.Kind = it.ext.Kind
			rd.rep.From(path, rd.src(it.pointer+"/extensions/"+ExtensionKey+"/kind"))
			continue
		}
		kind, how := rd.opts.Kinds[it.itemType], "Options.Kinds"
		if kind == "" {
			kind, how = rd.opts.DefaultKind, "Options.DefaultKind"
		}
		if kind == "" {
			kind, how = competency.Knowledge, "the default"
		}
		it.comp.Kind = kind
		t := byType[it.itemType]
		if t == nil {
			t = &tally{first: it.pointer, kind: kind, how: how}
			byType[it.itemType] = t
			order = append(order, it.itemType)
		}
		t.n++
	}
	for _, typ := range order {
		t := byType[typ]
		label := "items without a CFItemType"
		if typ != "" {
			label = fmt.Sprintf("items of CFItemType %q", typ)
		}
		rd.rep.Problem(interop.Mapped, rd.src(t.first), "", "%d %s are of kind %s, from %s: CASE has no kind", t.n, label, t.kind, t.how)
	}
}

// node is an end of an association.
type node struct {
	item  *item  // nil when not an item of the package
	doc   bool   // the package's CFDocument
	key   string // the node's URI, or "case:<identifier>" when it has none
	label string
}

func (rd *reader) resolve(l link) node {
	n := node{key: l.URI, label: l.Identifier}
	if n.key == "" && l.Identifier != "" {
		n.key = "case:" + l.Identifier
	}
	if n.label == "" {
		n.label = l.URI
	}
	switch {
	case l.Identifier != "" && rd.byID[l.Identifier] != nil:
		n.item = rd.byID[l.Identifier]
	case l.Identifier != "" && l.Identifier == rd.doc.identifier:
		n.doc = true
	case l.Identifier == "" && l.URI != "" && rd.byURI[l.URI] != nil:
		n.item = rd.byURI[l.URI]
	case l.Identifier == "" && l.URI != "" && l.URI == rd.doc.uri:
		n.doc = true
	}
	return n
}

// readAssociations turns isChildOf into parents and exactMatchOf into
// sameAs, and reports every other association as skipped.
func (rd *reader) readAssociations(raw json.RawMessage) {
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		rd.rep.Problem(interop.Malformed, rd.src(rd.base+"/CFAssociations"), "", "CFAssociations is not an array")
		return
	}
	rd.rep.Count("associations", len(list))
	for k, m := range list {
		ptr := fmt.Sprintf("%s/CFAssociations/%d", rd.base, k)
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(m, &obj); err != nil || obj == nil {
			rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "the CFAssociation is not a JSON object")
			continue
		}
		id := rd.str(obj, "identifier", ptr)
		typ := rd.str(obj, "associationType", ptr)
		ol, ook := rd.linkOf(obj, "originNodeURI", ptr)
		dl, dok := rd.linkOf(obj, "destinationNodeURI", ptr)
		if typ == "" || !ook || !dok || (ol.Identifier == "" && ol.URI == "") || (dl.Identifier == "" && dl.URI == "") {
			rd.rep.Problem(interop.Malformed, rd.src(ptr), "", "association %q lacks an associationType, an origin or a destination", id)
			continue
		}
		origin, dest := rd.resolve(ol), rd.resolve(dl)
		switch typ {
		case "isChildOf":
			rd.childOf(ptr, id, origin, dest)
		case "exactMatchOf":
			rd.exactMatch(ptr, id, origin, dest)
		default:
			rd.rep.Problem(interop.Skipped, rd.src(ptr), "", "association %q (%s from %s to %s) is not read: the model has no %s relation", id, typ, origin.label, dest.label, typ)
		}
	}
}

func (rd *reader) childOf(ptr, id string, origin, dest node) {
	switch {
	case origin.item == nil:
		rd.rep.Problem(interop.Skipped, rd.src(ptr+"/originNodeURI"), "", "association %q: the child %s is not an item of this package", id, origin.label)
	case dest.doc:
		// A child of the document is a root.
	case dest.item == nil:
		rd.rep.Problem(interop.Skipped, rd.src(ptr+"/destinationNodeURI"), problem.Path("competencies", origin.item.index, "parents"),
			"association %q: the parent %s is not an item of this package", id, dest.label)
	default:
		child := origin.item
		path := problem.Path("competencies", child.index, "parents")
		for _, e := range child.parents {
			if e.parent == dest.item {
				rd.rep.Problem(interop.Skipped, rd.src(ptr), path, "association %q repeats the parent %q of %q", id, dest.item.comp.ID, child.comp.ID)
				return
			}
		}
		child.parents = append(child.parents, edge{parent: dest.item, pointer: ptr})
	}
}

func (rd *reader) exactMatch(ptr, id string, origin, dest node) {
	var it *item
	var other node
	switch {
	case origin.item != nil:
		it, other = origin.item, dest
	case dest.item != nil:
		it, other = dest.item, origin
	default:
		rd.rep.Problem(interop.Skipped, rd.src(ptr), "", "association %q: exactMatchOf joins no item of this package", id)
		return
	}
	value := other.key
	if other.item != nil {
		value = "case:" + other.item.identifier
	}
	it.sameAs = append(it.sameAs, sourced{value, ptr})
}

// dropCycles removes, and reports, each isChildOf edge that closes a cycle:
// a depth-first search over items in document order, following parents in
// association order, drops every edge back to an item on the current path.
func (rd *reader) dropCycles() {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(rd.items))
	type frame struct {
		it   *item
		next int
	}
	for _, start := range rd.items {
		if color[start.index] != white {
			continue
		}
		stack := []frame{{start, 0}}
		color[start.index] = grey
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(top.it.parents) {
				color[top.it.index] = black
				stack = stack[:len(stack)-1]
				continue
			}
			e := top.it.parents[top.next]
			switch color[e.parent.index] {
			case white:
				top.next++
				color[e.parent.index] = grey
				stack = append(stack, frame{e.parent, 0})
			case grey:
				child := top.it
				rd.rep.Problem(interop.Skipped, rd.src(e.pointer), problem.Path("competencies", child.index, "parents"),
					"isChildOf from %q to %q closes a cycle and is dropped", child.comp.ID, e.parent.comp.ID)
				child.parents = append(child.parents[:top.next:top.next], child.parents[top.next+1:]...)
			default:
				top.next++
			}
		}
	}
}
