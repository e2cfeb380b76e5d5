package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDir is the committed corpus, seen from this package's directory.
var corpusDir = filepath.Join("..", "..", "..", "testdata", "parity")

func TestCorpusIsUpToDate(t *testing.T) {
	want, err := files()
	require.NoError(t, err, "files()")
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(name)))
		if !assert.NoError(t, err, "testdata/parity/%s is missing: run go generate ./...", name) {
			continue
		}
		assert.Equal(t, string(data), string(got), "testdata/parity/%s differs from what genparity writes: run go generate ./...", name)
	}
	err = filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		rel, err := filepath.Rel(corpusDir, path)
		if err == nil {
			_, ok := want[filepath.ToSlash(rel)]
			assert.True(t, ok, "testdata/parity/%s is not generated: run go generate ./...", rel)
		}
		return err
	})
	require.NoError(t, err, "walk the corpus")
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "role", "invalid", "old.json")
	require.NoError(t, os.MkdirAll(filepath.Dir(stale), 0o755), "MkdirAll")
	require.NoError(t, os.WriteFile(stale, []byte("{}\n"), 0o644), "WriteFile(old.json)")
	keep := filepath.Join(dir, "README.md")
	require.NoError(t, os.WriteFile(keep, []byte("notes\n"), 0o644), "WriteFile(README.md)")
	require.NoError(t, write(dir), "write(%s)", dir)
	assert.FileExists(t, filepath.Join(dir, "manifest.json"), "write writes the manifest")
	assert.FileExists(t, filepath.Join(dir, "role", "valid", "seed.json"), "write writes the seed role")
	assert.NoFileExists(t, stale, "write removes a .json file that is no case")
	assert.FileExists(t, keep, "write leaves other files alone")
}

func TestBuildCases(t *testing.T) {
	c, err := build()
	require.NoError(t, err, "build()")
	assert.GreaterOrEqual(t, len(c.entries), 150, "at least 150 cases")
	files := map[string]bool{}
	for _, e := range c.entries {
		files[e.File] = true
		if e.Base != "" {
			assert.True(t, files[e.Base], "%s: its base %s comes before it", e.File, e.Base)
			assert.NotEqual(t, string(encode(e.doc)), string(encode(baseDoc(c, e.Base))), "%s: the mutation changes its base", e.File)
		}
		if !e.Expressible {
			assert.Contains(t, ruleText, e.Rule, "%s: its rule is described", e.File)
			assert.NotEmpty(t, e.Reason, "%s: gives its reason", e.File)
		}
	}
}

func baseDoc(c *corpus, file string) any {
	for _, e := range c.entries {
		if e.File == file {
			return e.doc
		}
	}
	return nil
}

func TestTreeKeepsOrderAndNumbers(t *testing.T) {
	const in = "{\n  \"b\": 1.0,\n  \"a\": [\n    1e0,\n    \"<x>\",\n    null,\n    true\n  ],\n  \"c\": {},\n  \"d\": []\n}\n"
	v, err := parse([]byte(in))
	require.NoError(t, err, "parse")
	assert.Equal(t, in, string(encode(v)), "encode(parse(x)) is x")
	assert.Equal(t, `{"b": 1.0, "a": [1e0, "<x>", null, true], "c": {}, "d": []}`, compact(v), "compact")
	_, err = parse([]byte(`{} {}`))
	assert.Error(t, err, "parse of two values")
}

func TestOps(t *testing.T) {
	doc := js(`{"id": "a", "list": [1, 2, 3], "obj": {"k": "v"}}`)
	cases := []struct {
		name string
		op   op
		want string
		text string
	}{
		{"delete a key", del("/id"), `{"list": [1, 2, 3], "obj": {"k": "v"}}`, "delete /id"},
		{"delete an item", del("/list/1"), `{"id": "a", "list": [1, 3], "obj": {"k": "v"}}`, "delete /list/1"},
		{"set", set("/obj/k", num("1.0")), `{"id": "a", "list": [1, 2, 3], "obj": {"k": 1.0}}`, "set /obj/k to 1.0"},
		{"set the root", set("", nil), `null`, "set the document to null"},
		{"add a key", add("/x", []any{}), `{"id": "a", "list": [1, 2, 3], "obj": {"k": "v"}, "x": []}`, "add /x: []"},
		{"append", add("/list/-", num("4")), `{"id": "a", "list": [1, 2, 3, 4], "obj": {"k": "v"}}`, "add /list/-: 4"},
		{"insert", add("/list/0", num("0")), `{"id": "a", "list": [0, 1, 2, 3], "obj": {"k": "v"}}`, "add /list/0: 0"},
		{"dup", dup("/id", "b"), `{"id": "a", "id": "b", "list": [1, 2, 3], "obj": {"k": "v"}}`, `write the key /id twice, the second time as "b"`},
		{"long string", set("/id", rep("é", 41)), `{"id": "` + rep("é", 41) + `", "list": [1, 2, 3], "obj": {"k": "v"}}`, `set /id to "é" repeated 41 times`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.op.apply(clone(doc))
			require.NoError(t, err, "%s", c.op.text)
			assert.Equal(t, c.want, compact(got), "%s", c.op.text)
			assert.Equal(t, c.text, c.op.text, "the op's text")
		})
	}
	assert.Equal(t, `{"id": "a", "list": [1, 2, 3], "obj": {"k": "v"}}`, compact(doc), "ops change a clone, not the original")

	for _, o := range []op{del("/nope"), set("/obj/nope", true), add("/id", true), add("/list/9", true), dup("/nope", true), del("/list/3"), set("/id/x", true)} {
		_, err := o.apply(clone(doc))
		assert.Error(t, err, "%s on a document without that path", o.text)
	}
}
