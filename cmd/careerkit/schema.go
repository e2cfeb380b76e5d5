package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/examples"
)

const schemaHelp = `usage: careerkit schema [-o DIR] [KIND]

Prints the JSON Schema (draft 2020-12) of a kind of document, indented, on
standard output. KIND is one of framework, catalog, profile, role,
candidate, ladder, structure, band, people. With -o DIR, writes the schema
of KIND, or of every kind when KIND is left out, to DIR/KIND.json (creating
DIR), byte for byte as the committed schemas/ files are; nothing is printed.

Exit status: 0 on success; 1 when a file cannot be written; 2 on a wrong
command line (an unknown KIND, no KIND and no -o).
`

func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("schema")
	dir := fs.String("o", "", "write the schemas into `DIR` as KIND.json")
	pos, err := parseFlags(fs, schemaHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(pos) > 1:
		err = usagef("one KIND at most, not %d arguments", len(pos))
	case len(pos) == 1 && !careerkit.IsKind(pos[0]):
		err = usagef("unknown kind %q: want one of %s", pos[0], strings.Join(careerkit.Kinds(), ", "))
	case len(pos) == 0 && *dir == "":
		err = usagef("name a KIND, or give -o DIR to write every kind")
	}
	if err != nil {
		return fail(stderr, "schema", err)
	}
	kinds := pos
	if len(kinds) == 0 {
		kinds = careerkit.Kinds()
	}
	if *dir == "" {
		data, err := examples.MarshalSchema(kinds[0])
		if err == nil {
			_, err = stdout.Write(data)
		}
		if err != nil {
			return fail(stderr, "schema", err)
		}
		return exitOK
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fail(stderr, "schema", err)
	}
	for _, k := range kinds {
		data, err := examples.MarshalSchema(k)
		if err != nil {
			return fail(stderr, "schema", fmt.Errorf("%s: %w", k, err))
		}
		if err := os.WriteFile(filepath.Join(*dir, k+".json"), data, 0o644); err != nil {
			return fail(stderr, "schema", err)
		}
	}
	return exitOK
}
