package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/salary"
)

const validateHelp = `usage: careerkit validate [--framework F] [--kind KIND] [--format text|json|sarif]
                          [--lint] [-v] FILE...

Decodes each file strictly, validates it and prints every problem, one a line:
    FILE:LINE:COLUMN: PATH: message (rule)
(":COLUMN" is left out when the column is unknown, ":LINE:COLUMN" when the
line is unknown, "PATH: " for the document as a whole). A file that cannot
be read or parsed is a problem of that file. A folder stands for every
.json, .yaml and .yml file under it, in lexical order; "-" is standard
input.

With --framework F, each file is also checked against the framework F: a
role's requirements name its competencies at levels their scales have and
its level is a level of its ladders; the ratings of a profile, candidate or
people file name its competencies at levels on their scales; a ladder's
expectations, roles and grades resolve.

KIND is one of framework, catalog, profile, role, candidate, ladder,
structure, band, people. Without --kind it is inferred from the top-level
keys, first match wins:
    framework  roles, ladders or payStructures; or competencies, scales or
               defaultScale together with name or version
    catalog    competencies, scales or defaultScale
    people     candidates or profiles
    candidate  profile or expectedPay
    profile    subject or ratings
    ladder     levels, tracks or moves
    structure  grades or zones
    role       title, requirements, responsibilities, career or codes
    band       min, max or mid

--format json prints a JSON array of {file, kind, severity, line, column,
path, rule, message} objects (0 for an unknown line or column), [] when
every file is valid. --format sarif prints a SARIF 2.1.0 log for code
review tools: one run of the tool careerkit, one result per problem, with
the file and position as its physical location and the path as its
logical location. --lint adds Lint advice on the ladders and pay structures
of a framework and on pay structure documents, as
"FILE:LINE:COLUMN: warning: PATH: message (rule)" (level warning in SARIF);
advice does not change the exit status. -v prints "FILE: ok (KIND)" or
"FILE: N problem(s) (KIND)" after each file, with ", inferred" when the
kind was inferred.

Exit status: 0 when every file is valid, 1 when any file has problems, 2 on
a wrong command line (no files, an unknown --kind or --format).
`

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("validate")
	kind := fs.String("kind", "", "the `KIND` of every file, instead of inferring it")
	format := addFormat(fs, "sarif")
	lint := fs.Bool("lint", false, "also print Lint advice as warnings")
	verbose := fs.Bool("v", false, "print the kind and verdict of each file")
	framework := fs.String("framework", "", "also check each file against the framework in `FILE`")
	args, err := parseFlags(fs, validateHelp, args, true, stdout)
	switch {
	case err != nil:
	case len(args) == 0:
		err = usagef("no files to validate")
	case *kind != "" && !careerkit.IsKind(*kind):
		err = usagef("unknown kind %q: want one of %s", *kind, strings.Join(careerkit.Kinds(), ", "))
	}
	if err != nil {
		return fail(stderr, "validate", err)
	}
	var m *careerkit.Model
	if *framework != "" {
		if m, err = loadModel(*framework); err != nil {
			return fail(stderr, "validate", err)
		}
	}

	all := []finding{}
	invalid := false
	files := expandFiles(args)
	for _, file := range files {
		k, inferred, probs := "", false, file.problems
		if probs == nil {
			k, inferred, probs = validateFile(file.name, *kind, *lint, m)
		}
		all = append(all, probs...)
		errs := 0
		for _, p := range probs {
			if p.Severity == severityError {
				errs++
			}
		}
		invalid = invalid || errs > 0
		if *format == "text" {
			printProblems(stdout, probs)
			if *verbose {
				verdict := "ok"
				if errs > 0 {
					verdict = plural(errs, "problem")
				}
				how := k
				if k == "" {
					how = "kind unknown"
				} else if inferred {
					how += ", inferred"
				}
				fmt.Fprintf(stdout, "%s: %s (%s)\n", file.name, verdict, how)
			}
		}
	}
	switch *format {
	case "json":
		err = render.JSON(stdout, all)
	case "sarif":
		err = writeSARIF(stdout, all)
	}
	if err != nil {
		return fail(stderr, "validate", err)
	}
	if invalid {
		return exitFindings
	}
	return exitOK
}

// validateFile checks one file as kind (inferred when ""), and against m
// when it is not nil, returning the kind used, whether it was inferred, and
// the problems (with advice when lint is set).
func validateFile(file, kind string, lint bool, m *careerkit.Model) (string, bool, []finding) {
	src, err := readSource(file)
	if err != nil {
		return kind, false, problemsOf(file, kind, nil, "", err)
	}
	inferred := false
	if kind == "" {
		kind, err = careerkit.InferKind(src.doc)
		if err != nil {
			return "", false, []finding{kindProblem(file, src, err)}
		}
		inferred = true
	}
	v, err := careerkit.New(kind)
	if err != nil {
		return kind, inferred, problemsOf(file, kind, src, "", err)
	}
	if err := src.decodeInto(v); err != nil {
		if f, ok := v.(*careerkit.Framework); ok {
			err = careerkit.SuggestCompetencies(err, f.Catalog)
		}
		return kind, inferred, problemsOf(file, kind, src, "", err)
	}
	if m != nil {
		if err := m.Check(v); err != nil {
			return kind, inferred, problemsOf(file, kind, src, "", err)
		}
	}
	if !lint {
		return kind, inferred, nil
	}
	return kind, inferred, lintOf(file, kind, src, v)
}

// lintOf returns the advice on a valid document: the ladders and pay
// structures of a framework, or a pay structure. Other kinds have none.
func lintOf(file, kind string, src *source, v any) []finding {
	var out []finding
	switch v := v.(type) {
	case *careerkit.Framework:
		m, err := v.Compile()
		if err != nil {
			return problemsOf(file, kind, src, "", err)
		}
		for i, l := range v.Ladders {
			if g, ok := m.Ladder(l.ID); ok {
				out = append(out, advice(file, kind, src, fmt.Sprintf("ladders[%d]", i), g.Lint())...)
			}
		}
		for i, s := range v.PayStructures {
			out = append(out, advice(file, kind, src, fmt.Sprintf("payStructures[%d]", i), s.Lint(salary.DefaultLintOptions()))...)
		}
	case *salary.Structure:
		out = advice(file, kind, src, "", v.Lint(salary.DefaultLintOptions()))
	}
	return out
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// input is one file to validate, with the problems found while listing it
// (a folder holding no documents, a folder that cannot be read).
type input struct {
	name     string
	problems []finding
}

// expandFiles replaces each folder among args by the .json, .yaml and .yml
// files under it, in lexical order. "-" and other files stay as they are.
func expandFiles(args []string) []input {
	var out []input
	for _, arg := range args {
		st, err := os.Stat(arg)
		if arg == "-" || err != nil || !st.IsDir() {
			out = append(out, input{name: arg})
			continue
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".json", ".yaml", ".yml":
				if !d.IsDir() {
					out = append(out, input{name: path})
				}
			}
			return nil
		})
		switch {
		case err != nil:
			out = append(out, input{name: arg, problems: problemsOf(arg, "", nil, "", document.ReadError(arg, err))})
		case len(out) == n:
			out = append(out, input{name: arg, problems: []finding{{File: arg, Severity: severityError, Rule: "read", Message: "folder holds no .json, .yaml or .yml files"}}})
		}
	}
	return out
}
