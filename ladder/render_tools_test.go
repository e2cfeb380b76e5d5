package ladder_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/ladder"
)

// svgDrawing is what a test reads back from Graphviz's SVG: every text
// element's content, and the stroke of each edge by its title ("from->to").
type svgDrawing struct {
	texts []string
	edges map[string]edgeStroke
}

type edgeStroke struct{ color, width, dash string }

func readSVG(t *testing.T, svg []byte) svgDrawing {
	t.Helper()
	d := svgDrawing{edges: map[string]edgeStroke{}}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	var (
		inText, inTitle, inEdge bool
		text, title             strings.Builder
		depth, edgeDepth        int
	)
	attr := func(se xml.StartElement, name string) string {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "the SVG from dot is well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			switch tok.Name.Local {
			case "g":
				if attr(tok, "class") == "edge" {
					inEdge, edgeDepth = true, depth
					title.Reset()
				}
			case "title":
				inTitle = true
			case "text":
				inText = true
				text.Reset()
			case "path":
				if inEdge {
					d.edges[title.String()] = edgeStroke{attr(tok, "stroke"), attr(tok, "stroke-width"), attr(tok, "stroke-dasharray")}
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "g":
				if inEdge && depth == edgeDepth {
					inEdge = false
				}
			case "title":
				inTitle = false
			case "text":
				inText = false
				d.texts = append(d.texts, text.String())
			}
			depth--
		case xml.CharData:
			if inText {
				text.Write(tok)
			}
			if inTitle && inEdge {
				title.Write(tok)
			}
		}
	}
	return d
}

// TestDOTRendersWithGraphviz pipes the example ladder's DOT into Graphviz
// and checks that it renders with every level title and track name as text
// and every move drawn in the style of its kind. It skips without dot.
func TestDOTRendersWithGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot is not on PATH")
	}
	g, _ := exampleGraph(t)

	cmd := exec.CommandContext(t.Context(), dot, "-Tsvg")
	cmd.Stdin = strings.NewReader(g.DOT())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "dot -Tsvg: %s", stderr.String())
	for _, line := range strings.Split(stderr.String(), "\n") {
		low := strings.ToLower(line)
		if strings.Contains(low, "font") || strings.Contains(low, "metrics") {
			continue // a machine without the default fonts is no fault of the DOT
		}
		assert.NotContains(t, low, "error", "dot reports no error")
		assert.NotContains(t, low, "warning", "dot reports no warning")
	}

	svg := stdout.Bytes()
	require.True(t, bytes.Contains(svg, []byte("<svg")), "dot wrote SVG")
	d := readSVG(t, svg)

	l := g.Ladder()
	assert.Contains(t, d.texts, l.Name, "the ladder's name is drawn")
	for _, tr := range l.Tracks {
		assert.Contains(t, d.texts, tr.Name, "track %s is drawn as a cluster label", tr.ID)
	}
	for _, lv := range l.Levels {
		assert.Contains(t, d.texts, lv.Title, "level %s's title is drawn", lv.ID)
	}

	require.Len(t, d.edges, len(l.Moves), "an edge per move")
	for _, m := range l.Moves {
		e, ok := d.edges[string(m.From+"->"+m.To)]
		if !assert.True(t, ok, "move %s -> %s is drawn", m.From, m.To) {
			continue
		}
		switch m.Kind {
		case ladder.Promotion:
			assert.Equal(t, edgeStroke{color: "black"}, e, "promotion %s -> %s is plain solid", m.From, m.To)
		case ladder.Switch:
			assert.Equal(t, "blue", e.color, "switch %s -> %s is blue", m.From, m.To)
			assert.NotEmpty(t, e.width, "switch %s -> %s is bold", m.From, m.To)
			assert.Empty(t, e.dash, "switch %s -> %s is not dashed", m.From, m.To)
		case ladder.Lateral:
			assert.NotEmpty(t, e.dash, "lateral %s -> %s is dashed", m.From, m.To)
			assert.NotEqual(t, "black", e.color, "lateral %s -> %s is grey", m.From, m.To)
		}
	}
	for _, label := range []string{"switch", "lateral"} {
		assert.Contains(t, d.texts, label, "%s moves are labelled", label)
	}
}
