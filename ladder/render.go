package ladder

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/competency"
)

// trackLevels returns the indexes of a track's levels sorted by rank, then ID.
func (g *Graph) trackLevels(track TrackID) []int {
	var idx []int
	for i, lv := range g.l.Levels {
		if lv.Track == track {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		la, lb := g.l.Levels[a], g.l.Levels[b]
		return cmp.Or(cmp.Compare(la.Rank, lb.Rank), cmp.Compare(la.ID, lb.ID))
	})
	return idx
}

// Matrix renders one track as a Markdown table: a row per competency
// expected at any of its levels (in catalog order), a column per level (by
// rank), and in each cell the expected level with its name on the
// competency's scale, "(preferred)" when not required, or "–".
func (g *Graph) Matrix(track TrackID) (string, error) {
	if _, ok := g.tracks[track]; !ok {
		return "", fmt.Errorf("ladder: matrix %q: no such track in ladder %q", track, g.l.ID)
	}
	levels := g.trackLevels(track)
	expected := map[competency.ID]bool{}
	for _, i := range levels {
		for _, e := range g.l.Levels[i].Expectations {
			expected[e.Competency] = true
		}
	}
	var b strings.Builder
	b.WriteString("| Competency |")
	for _, i := range levels {
		fmt.Fprintf(&b, " %s (%s) |", cell(g.l.Levels[i].Title), g.l.Levels[i].ID)
	}
	b.WriteString("\n|---|")
	b.WriteString(strings.Repeat("---|", len(levels)))
	b.WriteString("\n")
	for _, c := range g.ix.Competencies() {
		if !expected[c.ID] {
			continue
		}
		sc, _ := g.ix.Scale(c.ID)
		fmt.Fprintf(&b, "| %s |", cell(c.Name))
		for _, i := range levels {
			e, ok := find(g.l.Levels[i], c.ID)
			switch {
			case !ok:
				b.WriteString(" – |")
			default:
				fmt.Fprintf(&b, " %d %s", e.Level, cell(sc.LevelName(e.Level)))
				if !e.Importance.IsRequired() {
					b.WriteString(" (preferred)")
				}
				b.WriteString(" |")
			}
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

func find(lv Level, id competency.ID) (competency.Requirement, bool) {
	for _, e := range lv.Expectations {
		if e.Competency == id {
			return e, true
		}
	}
	return competency.Requirement{}, false
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// nodeIDs gives every level an identifier safe in Mermaid: "l_" and the
// level ID with '.' and '-' made '_', with the level's index appended when
// that collides.
func (g *Graph) nodeIDs() []string {
	ids := make([]string, len(g.l.Levels))
	used := map[string]bool{}
	for i, lv := range g.l.Levels {
		base := "l_" + strings.NewReplacer(".", "_", "-", "_").Replace(string(lv.ID))
		id := base
		for n := i; used[id]; n++ {
			id = fmt.Sprintf("%s_%d", base, n)
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}

// mermaidText escapes a label for a quoted Mermaid string, '#' too so that
// text like "#quot;" is not read as an entity, and '`' because a string that
// starts with one is a Markdown string that Mermaid rejects when unclosed.
func mermaidText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("#", "#35;", "`", "#96;", `"`, "#quot;", "<", "#lt;", ">", "#gt;").Replace(s)
}

// Mermaid renders the ladder as a Mermaid flowchart: a subgraph per track
// with its levels by rank, promotions as solid arrows, switches of track as
// thick arrows and lateral moves as dotted arrows.
func (g *Graph) Mermaid() string {
	ids := g.nodeIDs()
	var b strings.Builder
	b.WriteString("flowchart BT\n")
	for ti, t := range g.l.Tracks {
		fmt.Fprintf(&b, "  subgraph t%d[\"%s\"]\n", ti, mermaidText(t.Name))
		for _, i := range g.trackLevels(t.ID) {
			lv := g.l.Levels[i]
			fmt.Fprintf(&b, "    %s[\"%s<br/>%s · rank %d\"]\n", ids[i], mermaidText(lv.Title), mermaidText(string(lv.ID)), lv.Rank)
		}
		b.WriteString("  end\n")
	}
	for _, m := range g.l.Moves {
		from, to := ids[g.byID[m.From]], ids[g.byID[m.To]]
		switch m.Kind {
		case Promotion:
			fmt.Fprintf(&b, "  %s --> %s\n", from, to)
		case Switch:
			fmt.Fprintf(&b, "  %s ==>|switch| %s\n", from, to)
		case Lateral:
			fmt.Fprintf(&b, "  %s -.->|lateral| %s\n", from, to)
		}
	}
	return b.String()
}

// dotText quotes a string for Graphviz DOT.
func dotText(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// DOT renders the ladder in Graphviz DOT: a cluster per track with its levels,
// promotions as solid arrows, switches of track as bold blue arrows and
// lateral moves as dashed grey arrows.
func (g *Graph) DOT() string {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", dotText(string(g.l.ID)))
	fmt.Fprintf(&b, "  label=%s;\n  labelloc=t;\n  rankdir=BT;\n  node [shape=box, style=rounded];\n", dotText(g.l.Name))
	for ti, t := range g.l.Tracks {
		fmt.Fprintf(&b, "  subgraph cluster_%d {\n    label=%s;\n", ti, dotText(t.Name))
		for _, i := range g.trackLevels(t.ID) {
			lv := g.l.Levels[i]
			fmt.Fprintf(&b, "    %s [label=%s];\n", dotText(string(lv.ID)), dotText(fmt.Sprintf("%s\n%s · rank %d", lv.Title, lv.ID, lv.Rank)))
		}
		b.WriteString("  }\n")
	}
	for _, m := range g.l.Moves {
		attrs := "style=solid"
		switch m.Kind {
		case Switch:
			attrs = `style=bold, color=blue, label="switch"`
		case Lateral:
			attrs = `style=dashed, color=gray40, label="lateral"`
		}
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", dotText(string(m.From)), dotText(string(m.To)), attrs)
	}
	b.WriteString("}\n")
	return b.String()
}
