package document

import (
	"strconv"
	"strings"
)

// A path names a value as errors do: keys joined with dots, indexes in
// brackets, and keys a dotted path cannot show as quoted indexes:
// `roles[3].requirements[0].level`, `labels["a.b"]`.

// parsePath splits a path into its steps. A path it cannot read yields the
// steps it could read before the problem.
func parsePath(p string) []seg {
	var out []seg
	for len(p) > 0 {
		switch p[0] {
		case '.':
			p = p[1:]
		case '[':
			end := strings.IndexByte(p, ']')
			if len(p) > 1 && p[1] == '"' {
				q, err := strconv.QuotedPrefix(p[1:])
				if err != nil {
					return out
				}
				k, _ := strconv.Unquote(q)
				out = append(out, seg{key: []byte(k)})
				p = strings.TrimPrefix(p[1+len(q):], "]")
				continue
			}
			if end < 0 {
				return out
			}
			i, err := strconv.Atoi(p[1:end])
			if err != nil || i < 0 {
				return out
			}
			out = append(out, seg{idx: i})
			p = p[end+1:]
		default:
			end := strings.IndexAny(p, ".[")
			if end < 0 {
				end = len(p)
			}
			out = append(out, seg{key: []byte(p[:end])})
			p = p[end:]
		}
	}
	return out
}

// trie holds the paths being looked up, by key and by index; found marks
// the nodes whose value the scan reached, with their position.
type trie struct {
	keys  map[string]*trie
	items map[int]*trie
	found bool
	off   int
	pos   Position
}

func (t *trie) child(sg seg) *trie {
	if sg.key == nil {
		if t.items == nil {
			t.items = map[int]*trie{}
		}
		c := t.items[sg.idx]
		if c == nil {
			c = &trie{}
			t.items[sg.idx] = c
		}
		return c
	}
	if t.keys == nil {
		t.keys = map[string]*trie{}
	}
	c := t.keys[string(sg.key)]
	if c == nil {
		c = &trie{}
		t.keys[string(sg.key)] = c
	}
	return c
}

// get returns the child for sg, or nil.
func (t *trie) get(sg seg) *trie {
	if sg.key == nil {
		return t.items[sg.idx]
	}
	return t.keys[string(sg.key)]
}

// positions finds the source position of each path, or of its nearest
// ancestor present in the document, in one pass over the text: linear in
// the document plus the paths.
func (d *Document) positions(paths []string) map[string]Position {
	root := &trie{}
	steps := make([][]seg, len(paths))
	for i, p := range paths {
		steps[i] = parsePath(p)
		n := root
		for _, sg := range steps[i] {
			n = n.child(sg)
		}
	}
	s := newScanner(d.text)
	s.ws()
	root.found, root.off, root.pos = true, s.off, s.pos()
	find(&s, root)
	out := make(map[string]Position, len(paths))
	for i, p := range paths {
		n, best := root, root
		for _, sg := range steps[i] {
			n = n.get(sg)
			if n == nil || !n.found {
				break
			}
			best = n
		}
		if d.Format == YAML {
			out[p] = d.yamlPosition(best.off)
		} else {
			out[p] = best.pos
		}
	}
	return out
}

// find walks the value at the cursor, descending only where the trie has
// paths, and marks the nodes it reaches.
func find(s *scanner, n *trie) {
	s.ws()
	visit := func(c *trie, off int, pos Position) {
		if c == nil {
			s.skip()
			return
		}
		c.found, c.off, c.pos = true, off, pos
		find(s, c)
	}
	switch {
	case s.peek() == '{' && len(n.keys) > 0:
		s.members(func(key []byte, off int, pos Position) { visit(n.keys[string(key)], off, pos) })
	case s.peek() == '[' && len(n.items) > 0:
		s.items(func(i int) { visit(n.items[i], s.off, s.pos()) })
	default:
		s.skip()
	}
}
