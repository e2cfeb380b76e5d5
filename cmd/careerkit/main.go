// Command careerkit checks and queries career frameworks kept as YAML or JSON
// files: competency catalogs, roles, career ladders, pay structures and the
// people they are applied to.
//
// It is a thin layer over the careerkit library. Run "careerkit -h" for the
// full usage text; in short:
//
//	careerkit validate [--framework F] [--kind KIND] [--format text|json|sarif] [--lint] [-v] FILE...
//	careerkit schema [-o DIR] [KIND]
//	careerkit fit --framework F --role ID --candidate FILE [--subject S] [--pay-blocks] [--format text|json]
//	careerkit rank --framework F --role ID --people FILE [-k N] [--pay-blocks] [--format text|json] [--ndjson]
//	careerkit topk-merge [-k N] [FILE...]
//	careerkit similar --framework F --role ID [-k N] [--format text|json]
//	careerkit import FORMAT SOURCE [--catalog F] [-o FILE] [--report FILE]
//	careerkit render --framework F --role ID
//	careerkit ladder --framework F [--ladder ID] <action> [flags] [arguments]
//	careerkit band --framework F --grade G [--zone Z] [--structure ID] --pay AMOUNT [--format text|json]
//	careerkit paygap RECORDS [--framework F] [--profile eu|uk] [--threshold N] [--quartiles proportional|sequential] [--weeks N] [--format text|json]
//	careerkit export jsonld --framework F --role ID --posting FILE [-o FILE]
//
// Exit status: 0 when all is well, 1 when a document has problems or the
// data cannot answer the question (an unknown role, subject, level or
// grade), 2 when the command line is wrong.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK       = 0 // success; fit and rank also exit 0 when nobody is ready
	exitFindings = 1 // problems in a document, or data that cannot answer
	exitUsage    = 2 // a wrong command line
)

// command is one subcommand of careerkit. Its help text, which "careerkit
// COMMAND -h" prints, is the one text about it: the top-level usage is built
// from the synopses and the usage lines of the help texts.
type command struct {
	name     string
	synopsis string
	help     string
	run      func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"validate", "check documents and print every problem", validateHelp, runValidate},
		{"schema", "print or write the JSON Schemas of the documents", schemaHelp, runSchema},
		{"fit", "compare a candidate with a role", fitHelp, runFit},
		{"rank", "rank the candidates of a people file for a role", rankHelp, runRank},
		{"topk-merge", "merge top-k lists written as NDJSON into the global top k", topkMergeHelp, runTopkMerge},
		{"similar", "list the roles most like a role", similarHelp, runSimilar},
		{"import", "read a framework from O*NET, ESCO, CASE or a public career framework", importHelp, runImport},
		{"render", "write a role as a job description that import jd reads", renderHelp, runRender},
		{"ladder", "render a ladder, find paths, check readiness", ladderHelp, runLadder},
		{"band", "place an amount of pay in a grade's band", bandHelp, runBand},
		{"paygap", "compute the EU or UK gender pay-gap figures of pay records", paygapHelp, runPaygap},
		{"export", "write a role and its posting as schema.org JobPosting JSON-LD", exportHelp, runExport},
	}
}

// run is the whole command: it parses args (without the program name),
// writes output to stdout and diagnostics to stderr, and returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, shortUsage())
		return exitUsage
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			return run([]string{args[1], "-h"}, stdout, stderr)
		}
		fmt.Fprint(stdout, usage())
		return exitOK
	default:
		i := slices.IndexFunc(commands(), func(c command) bool { return c.name == name })
		if i < 0 {
			if strings.HasPrefix(name, "-") {
				fmt.Fprintf(stderr, "careerkit: flag %s before a command\n%s", name, shortUsage())
			} else {
				fmt.Fprintf(stderr, "careerkit: unknown command %q\n%s", name, shortUsage())
			}
			return exitUsage
		}
		return commands()[i].run(args[1:], stdout, stderr)
	}
}

// shortUsage is what a command line without a known command gets.
func shortUsage() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return "usage: careerkit <command> [flags] [arguments]\ncommands: " + strings.Join(names, ", ") +
		"\nRun 'careerkit -h' for the full usage text.\n"
}

// usage is the top-level usage text: the commands with their synopses and
// the usage lines of their help texts, then what holds for all of them.
func usage() string {
	var b strings.Builder
	b.WriteString(usageIntro)
	b.WriteString("\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.synopsis)
	}
	b.WriteString("\nSynopsis (run 'careerkit help COMMAND' for the whole text):\n")
	for _, c := range commands() {
		for _, l := range usageLines(c.help) {
			b.WriteString("  " + l + "\n")
		}
	}
	b.WriteString(usageOutro)
	return b.String()
}

// usageLines returns the usage lines that start a help text, up to its
// first blank line, without the "usage: " they start with (continuation
// lines lose as much indentation).
func usageLines(help string) []string {
	head, _, _ := strings.Cut(help, "\n\n")
	lines := strings.Split(head, "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = strings.TrimPrefix(l, "usage: ")
		} else {
			lines[i] = strings.TrimPrefix(l, strings.Repeat(" ", len("usage: ")))
		}
	}
	return lines
}

const usageIntro = `careerkit checks and queries career frameworks kept as YAML or JSON files:
competency catalogs, roles, career ladders, pay structures and the people
they are applied to.

Usage:
  careerkit <command> [flags] [arguments]
  careerkit help [command]
  careerkit <command> -h
`

const usageOutro = `
Flags take one or two dashes (-k 5, --format=json). Documents are read
strictly: unknown keys, duplicate keys, wrong types and trailing data are
problems, printed one a line as FILE:LINE:COLUMN: PATH: message (rule).
Problems with the framework or people file of fit, rank, ladder and band
print as validate prints them, on standard error.

Exit status:
  0  success (fit and rank also when nobody is ready)
  1  a document has problems, or the data cannot answer: a file that cannot
     be read, an unknown role, subject, ladder, level, track, grade or zone
  2  a wrong command line: unknown command or flag, missing flag or
     argument, a bad --kind, --format, -k or --pay value
`

// usageError is a wrong command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// flagSet returns a FlagSet for a subcommand whose help text is help. It
// prints nothing by itself: parse reports errors and help.
func flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("careerkit "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args with fs, allowing flags after positional
// arguments (until a "--"), and returns the positional arguments. On -h it
// prints help and the flags to stdout and returns errHelp; other errors are
// usage errors.
func parseFlags(fs *flag.FlagSet, help string, args []string, interspersed bool, stdout io.Writer) ([]string, error) {
	var pos []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printHelp(fs, help, stdout)
			return nil, errHelp
		}
		if err != nil {
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if !interspersed || len(rest) == 0 || (consumed > 0 && args[consumed-1] == "--") {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

var errHelp = errors.New("help requested")

func printHelp(fs *flag.FlagSet, help string, w io.Writer) {
	fmt.Fprint(w, help)
	fmt.Fprintln(w, "\nFlags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// fail prints err for the subcommand and returns its exit status: 0 for
// help, 2 for usage errors, 1 otherwise.
func fail(stderr io.Writer, name string, err error) int {
	if errors.Is(err, errHelp) {
		return exitOK
	}
	var pe problemsError
	if errors.As(err, &pe) {
		printProblems(stderr, pe.list)
		return exitFindings
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "careerkit %s: %s\nRun 'careerkit %s -h' for usage.\n", name, ue.msg, name)
		return exitUsage
	}
	fmt.Fprintf(stderr, "careerkit %s: %s\n", name, err)
	return exitFindings
}

// formatFlag is the value of a --format flag: text or json, and for
// validate also sarif.
type formatFlag string

// formatValue is a --format flag that takes one of allowed.
type formatValue struct {
	f       *formatFlag
	allowed []string
}

func (v formatValue) String() string {
	if v.f == nil {
		return ""
	}
	return string(*v.f)
}

func (v formatValue) Set(s string) error {
	if !slices.Contains(v.allowed, s) {
		return fmt.Errorf("want %s, not %q", orList(v.allowed), s)
	}
	*v.f = formatFlag(s)
	return nil
}

// addFormat adds a --format flag taking text, json or one of more, text by
// default.
func addFormat(fs *flag.FlagSet, more ...string) *formatFlag {
	f := formatFlag("text")
	allowed := append([]string{"text", "json"}, more...)
	fs.Var(formatValue{&f, allowed}, "format", "output `format`: "+orList(allowed))
	return &f
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// required reports a usage error for the first named flag left empty.
func required(flags ...[2]string) error {
	for _, f := range flags {
		if f[1] == "" {
			return usagef("flag --%s is required", f[0])
		}
	}
	return nil
}
