package main

import (
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUsageLines(t *testing.T) {
	cases := []struct {
		name, help string
		want       []string
	}{
		{"one line", "usage: careerkit schema [-o DIR] [KIND]\n\nPrints.\n", []string{"careerkit schema [-o DIR] [KIND]"}},
		{"continued", "usage: careerkit fit --role ID\n                     [--format F]\n\nCompares.\n",
			[]string{"careerkit fit --role ID", "              [--format F]"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, usageLines(c.help), "usageLines(%q)", c.help)
	}
}

// TestUsageBuiltFromHelp checks that the top-level usage holds every
// command's synopsis and the usage lines of its help text, and that "help
// COMMAND" and "COMMAND -h" print that help text.
func TestUsageBuiltFromHelp(t *testing.T) {
	code, top, _ := runCmd(t, "-h")
	require.Equal(t, exitOK, code, "careerkit -h exits 0")
	assert.Contains(t, top, "  validate   check documents and print every problem\n", "careerkit -h lists validate with its synopsis")
	assert.Contains(t, top, "  careerkit validate [--framework F] [--kind KIND] [--format text|json|sarif]\n"+
		"                     [--lint] [-v] FILE...\n", "careerkit -h has validate's usage lines, as its help text has them")
	assert.Contains(t, top, "  careerkit rank --framework F --role ID --people FILE [-k N] [--pay-blocks]\n", "careerkit -h has rank's usage line")

	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, top, "  "+c.name+strings.Repeat(" ", 11-len(c.name))+c.synopsis+"\n", "careerkit -h lists %s with its synopsis", c.name)
			lines := usageLines(c.help)
			require.True(t, strings.HasPrefix(c.help, "usage: careerkit "+c.name+" "), "the help text of %s starts with its usage line", c.name)
			assert.Contains(t, top, "  "+strings.Join(lines, "\n  ")+"\n", "careerkit -h has the usage lines of %s", c.name)
			for _, l := range lines {
				assert.LessOrEqual(t, len(l)+2, 82, "careerkit -h usage line of %s fits a terminal: %q", c.name, l)
			}

			code, own, _ := runCmd(t, c.name, "-h")
			require.Equal(t, exitOK, code, "careerkit %s -h exits 0", c.name)
			assert.True(t, strings.HasPrefix(own, c.help), "careerkit %s -h prints its help text first", c.name)
			code, viaHelp, _ := runCmd(t, "help", c.name)
			require.Equal(t, exitOK, code, "careerkit help %s exits 0", c.name)
			assert.Equal(t, own, viaHelp, "careerkit help %s prints what careerkit %s -h prints", c.name, c.name)
		})
	}

	code, _, stderr := runCmd(t)
	assert.Equal(t, exitUsage, code, "careerkit without a command exits 2")
	assert.Equal(t, "usage: careerkit <command> [flags] [arguments]\ncommands: validate, schema, fit, rank, topk-merge, similar, import, render, ladder, band, paygap, export\nRun 'careerkit -h' for the full usage text.\n",
		stderr, "careerkit without a command names every command")
}

// TestPackageDocSynopsis checks that the command's package comment gives
// each command's usage as its help text does, on one line.
func TestPackageDocSynopsis(t *testing.T) {
	src, err := os.ReadFile("main.go")
	require.NoError(t, err, "read main.go")
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", src, parser.ParseComments|parser.PackageClauseOnly)
	require.NoError(t, err, "parse main.go")
	require.NotNil(t, f.Doc, "main.go has a package comment")
	var doc []string
	for _, l := range strings.Split(f.Doc.Text(), "\n") {
		doc = append(doc, strings.Join(strings.Fields(l), " "))
	}
	for _, c := range commands() {
		want := strings.Join(strings.Fields(strings.Join(usageLines(c.help), " ")), " ")
		assert.Contains(t, doc, want, "the package comment gives the usage of %s from its help text", c.name)
	}
}
