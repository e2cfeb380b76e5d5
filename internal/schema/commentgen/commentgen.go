// Package commentgen extracts the doc comments of careerkit's model
// packages into Go source for package schema (comments_gen.go), so that the
// JSON Schemas built in any program carry them as descriptions.
package commentgen

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Packages returns the directories, relative to the module root, whose doc
// comments the schemas carry.
func Packages() []string {
	return []string{".", "competency", "role", "ladder", "salary", "paygap", "posting"}
}

// constant is a typed string constant.
type constant struct {
	name, value, doc string
}

// Generate parses the Packages of the module in the directory root and
// returns the source of comments_gen.go: the function comments, a map in
// invopop/jsonschema's CommentMap format ("<import path>.<Type>" for the
// first paragraph of a type's doc comment, "<import path>.<Type>.<Field>"
// for a field's), and the function constants, the typed string constants
// of each type with their doc comments, in source order.
func Generate(root string) ([]byte, error) {
	mod, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		return nil, err
	}
	docs := map[string]string{}
	consts := map[string][]constant{}
	for _, dir := range Packages() {
		files, err := parseDir(filepath.Join(root, dir))
		if err != nil {
			return nil, err
		}
		pkg := mod
		if dir != "." {
			pkg = path.Join(mod, filepath.ToSlash(dir))
		}
		for _, f := range files {
			collect(f, pkg, docs, consts)
		}
	}
	return render(docs, consts)
}

// modulePath reads the module path from a go.mod file.
func modulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("commentgen: %s has no module line", gomod)
}

// parseDir parses the non-test Go files of one package directory, in name
// order.
func parseDir(dir string) ([]*ast.File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("commentgen: %w", err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("commentgen: no Go files in %s", dir)
	}
	return files, nil
}

// collect records the doc comments of the exported types, their exported
// fields and their typed string constants declared in f.
func collect(f *ast.File, pkg string, docs map[string]string, consts map[string][]constant) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			switch spec := spec.(type) {
			case *ast.TypeSpec:
				if !spec.Name.IsExported() {
					continue
				}
				key := pkg + "." + spec.Name.Name
				doc := spec.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				if text := firstParagraph(reflow(doc.Text())); text != "" {
					docs[key] = text
				}
				st, ok := spec.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, field := range st.Fields.List {
					doc := field.Doc
					if doc == nil {
						doc = field.Comment
					}
					text := reflow(doc.Text())
					for _, n := range field.Names {
						if n.IsExported() && text != "" {
							docs[key+"."+n.Name] = text
						}
					}
				}
			case *ast.ValueSpec:
				if gd.Tok != token.CONST {
					continue
				}
				typ, ok := spec.Type.(*ast.Ident)
				if !ok || !typ.IsExported() || len(spec.Values) != len(spec.Names) {
					continue
				}
				doc := spec.Doc
				if doc == nil {
					doc = spec.Comment
				}
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				for i, n := range spec.Names {
					lit, ok := spec.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING || !n.IsExported() {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						continue
					}
					key := pkg + "." + typ.Name
					consts[key] = append(consts[key], constant{n.Name, v, reflow(doc.Text())})
				}
			}
		}
	}
}

// reflow joins the lines of each paragraph of a doc comment with spaces,
// keeps the lines of indented blocks (code, lists) as they are, and
// separates paragraphs with a blank line.
func reflow(text string) string {
	var paras []string
	for para := range strings.SplitSeq(strings.TrimSpace(text), "\n\n") {
		para = strings.Trim(para, "\n")
		if para == "" {
			continue
		}
		lines := strings.Split(para, "\n")
		indented := slices.ContainsFunc(lines, func(l string) bool {
			return strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")
		})
		if indented {
			paras = append(paras, strings.TrimRight(para, " \t"))
			continue
		}
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		paras = append(paras, strings.Join(lines, " "))
	}
	return strings.Join(paras, "\n\n")
}

// firstParagraph returns the first paragraph of a reflowed text.
func firstParagraph(text string) string {
	first, _, _ := strings.Cut(text, "\n\n")
	return first
}

// render writes the source of comments_gen.go, keys in order.
func render(docs map[string]string, consts map[string][]constant) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`// Code generated by gencomments from the doc comments of the model packages; DO NOT EDIT.

package schema

// comments returns the doc comments of the model types and their fields,
// keyed as invopop/jsonschema's CommentMap: "<import path>.<Type>" holds the
// first paragraph of a type's doc comment, "<import path>.<Type>.<Field>"
// a field's whole doc comment.
func comments() map[string]string {
	return map[string]string{
`)
	for _, k := range slices.Sorted(maps.Keys(docs)) {
		fmt.Fprintf(&b, "%s: %s,\n", strconv.Quote(k), strconv.Quote(docs[k]))
	}
	b.WriteString(`}
}

// constants returns the typed string constants of the model packages with
// their doc comments, by "<import path>.<Type>", in source order.
func constants() map[string][]constant {
	return map[string][]constant{
`)
	for _, k := range slices.Sorted(maps.Keys(consts)) {
		fmt.Fprintf(&b, "%s: {\n", strconv.Quote(k))
		for _, c := range consts[k] {
			fmt.Fprintf(&b, "{Name: %s, Value: %s, Doc: %s},\n", strconv.Quote(c.name), strconv.Quote(c.value), strconv.Quote(c.doc))
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("commentgen: formatting the output: %w", err)
	}
	return src, nil
}
