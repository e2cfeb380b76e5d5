package render

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// printer writes formatted text and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// table is a tab-aligned table written through a tabwriter, every line
// prefixed with indent.
type table struct {
	tw     *tabwriter.Writer
	indent string
	err    error
}

func newTable(w io.Writer, indent string) *table {
	return &table{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0), indent: indent}
}

func (t *table) row(cells ...string) {
	if t.err == nil {
		_, t.err = io.WriteString(t.tw, t.indent+strings.Join(cells, "\t")+"\n")
	}
}

func (t *table) flush() error {
	if t.err != nil {
		return t.err
	}
	return t.tw.Flush()
}

// markdownRow writes one row of a Markdown table, escaping the cells.
func markdownRow(p *printer, cells ...string) {
	for i, c := range cells {
		cells[i] = mdEscape(c)
	}
	p.printf("| %s |\n", strings.Join(cells, " | "))
}

// markdownRule writes the line under a Markdown table's header.
func markdownRule(p *printer, n int) {
	p.printf("|%s\n", strings.Repeat("---|", n))
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "`", "\\`")

// mdEscape makes text safe in a Markdown table cell.
func mdEscape(s string) string { return mdEscaper.Replace(s) }
