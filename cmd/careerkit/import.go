package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	imscase "github.com/careerkit/careerkit/interop/case"
	"github.com/careerkit/careerkit/interop/engineeringladders"
	"github.com/careerkit/careerkit/interop/esco"
	"github.com/careerkit/careerkit/interop/ftprogression"
	"github.com/careerkit/careerkit/interop/jdtext"
	"github.com/careerkit/careerkit/interop/onet"
	"github.com/careerkit/careerkit/interop/snowflake"
)

const importHelp = `usage: careerkit import FORMAT SOURCE [--catalog F] [-o FILE] [--report FILE]

Reads a framework kept in an external format and writes it as a careerkit
framework document that validate accepts. FORMAT is one of:

  onet                an O*NET text release: the folder of its tab-separated files
  esco                an ESCO v1.x CSV release: its folder or its .zip
  case                a CASE 1.0/1.1 package (CFPackage JSON) of competencies
  ft                  the Financial Times engineering progression framework (YAML)
  snowflake           Medium's Snowflake growth framework, its tracks as JSON
  engineeringladders  the engineeringladders.com matrices as JSON
  jd                  a job description as text (the seed layout, Markdown
                      headings, plain "Responsibilities:" lists): the role
                      and the skills it names

--catalog (jd only) matches the job description's skills to the
competencies of F, a framework or a competency catalog file, by ID, alias
and name before it makes new ones; the written framework holds F's
competencies and the new ones.

-o writes the framework to FILE (JSON when FILE ends in .json, YAML
otherwise) and prints a summary of the import: what was imported and the
problems by kind; without -o the framework goes to standard output and the
summary to standard error. --report writes the whole report as JSON: the
source of every imported value and every problem, with its file and row.

Exit status: 0 when the framework is written, whatever the problems of the
import (they are in the report); 1 when the source cannot be read or makes
no framework; 2 on a wrong command line.
`

// importer reads one external format.
type importer struct {
	name string
	what string
	read func(path string, o importOptions) (careerkit.Framework, *interop.Report, error)
	// catalog says whether the format takes --catalog.
	catalog bool
}

// importOptions are the flags an importer may take.
type importOptions struct {
	// catalog is the catalog of --catalog; nil without it.
	catalog *competency.Catalog
}

func importers() []importer {
	return []importer{
		{"onet", "an O*NET text release: the folder of its tab-separated files", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return onet.Import(p, onet.Options{})
		}, false},
		{"esco", "an ESCO v1.x CSV release: its folder or its .zip", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return esco.Import(p, esco.Options{})
		}, false},
		{"case", "a CASE 1.0/1.1 package (CFPackage JSON) of competencies", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return imscase.Import(p, imscase.Options{})
		}, false},
		{"ft", "the Financial Times engineering progression framework (YAML)", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return ftprogression.Import(p, ftprogression.Options{})
		}, false},
		{"snowflake", "Medium's Snowflake growth framework, its tracks as JSON", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return snowflake.Import(p, snowflake.Options{})
		}, false},
		{"engineeringladders", "the engineeringladders.com matrices as JSON", func(p string, _ importOptions) (careerkit.Framework, *interop.Report, error) {
			return engineeringladders.Import(p, engineeringladders.Options{})
		}, false},
		{"jd", "a job description as text: the role and the skills it names", func(p string, o importOptions) (careerkit.Framework, *interop.Report, error) {
			return jdtext.Import(p, jdtext.Options{Catalog: o.catalog})
		}, true},
	}
}

// loadCatalog reads the competency catalog of --catalog: a framework file,
// or else a catalog file.
func loadCatalog(path string) (*competency.Catalog, error) {
	fw, ferr := careerkit.LoadFile(path)
	if ferr == nil {
		return &fw.Catalog, nil
	}
	var cat competency.Catalog
	if err := careerkit.DecodeFile(path, &cat); err != nil {
		return nil, fmt.Errorf("--catalog %s is neither a framework (%v) nor a catalog (%v)", path, ferr, err)
	}
	return &cat, nil
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("import")
	out := fs.String("o", "", "write the framework to `FILE`")
	reportFile := fs.String("report", "", "write the import report as JSON to `FILE`")
	catalogFile := fs.String("catalog", "", "match skills to the competencies of the framework or catalog `FILE` (jd only)")
	rest, err := parseFlags(fs, importHelp, args, true, stdout)
	var imp importer
	if err == nil {
		switch {
		case len(rest) != 2:
			err = usagef("give a format and a source, such as: careerkit import onet ./onet-db")
		default:
			i := slices.IndexFunc(importers(), func(x importer) bool { return x.name == rest[0] })
			if i < 0 {
				names := make([]string, 0, len(importers()))
				for _, x := range importers() {
					names = append(names, x.name)
				}
				err = usagef("unknown format %q: the formats are %s", rest[0], orList(names))
			} else {
				imp = importers()[i]
			}
		}
	}
	if err == nil && *catalogFile != "" && !imp.catalog {
		err = usagef("--catalog is for the format jd, not %s", imp.name)
	}
	if err != nil {
		return fail(stderr, "import", err)
	}
	var o importOptions
	if *catalogFile != "" {
		if o.catalog, err = loadCatalog(*catalogFile); err != nil {
			return fail(stderr, "import", err)
		}
	}
	fw, rep, err := imp.read(rest[1], o)
	if err != nil {
		if rep != nil && *reportFile != "" {
			_ = writeReport(*reportFile, rep) // the report says what went wrong before the error
		}
		return fail(stderr, "import", err)
	}
	format := document.YAML
	if strings.HasSuffix(strings.ToLower(*out), ".json") {
		format = document.JSON
	}
	data, err := careerkit.Marshal(fw, format)
	if err != nil {
		return fail(stderr, "import", err)
	}
	summary := stderr
	if *out == "" {
		_, err = stdout.Write(data)
	} else {
		err = os.WriteFile(*out, data, 0o644)
		summary = stdout
	}
	if err == nil && *reportFile != "" {
		err = writeReport(*reportFile, rep)
	}
	if err != nil {
		return fail(stderr, "import", err)
	}
	fmt.Fprintln(summary, rep.Summary())
	return exitOK
}

func writeReport(path string, rep *interop.Report) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
