package careerkit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
)

// parityDir holds the parity corpus that internal/cmd/genparity writes.
var parityDir = filepath.Join("testdata", "parity")

// parityCase is one entry of testdata/parity/manifest.json.
type parityCase struct {
	File        string `json:"file"`
	Kind        string `json:"kind"`
	Verdict     string `json:"verdict"`
	Expressible bool   `json:"expressible"`
	Rule        string `json:"rule"`
	Reason      string `json:"reason"`
	What        string `json:"what"`
	Base        string `json:"base"`
	Change      string `json:"change"`
}

// parityManifest reads the manifest and checks that it is consistent and
// lists every file of the corpus, so that no case is skipped silently.
func parityManifest(t *testing.T) []parityCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(parityDir, "manifest.json"))
	require.NoError(t, err, "ReadFile(manifest.json): run go generate ./...")
	var m struct {
		About string            `json:"about"`
		Rules map[string]string `json:"rules"`
		Cases []parityCase      `json:"cases"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&m), "decode manifest.json")

	listed := map[string]parityCase{}
	for _, c := range m.Cases {
		_, dup := listed[c.File]
		require.False(t, dup, "manifest.json lists %s twice", c.File)
		listed[c.File] = c
		require.True(t, careerkit.IsKind(c.Kind), "%s: kind %q", c.File, c.Kind)
		require.Contains(t, []string{"valid", "invalid"}, c.Verdict, "%s: verdict", c.File)
		require.NotEmpty(t, c.What, "%s: says what it is", c.File)
		if !c.Expressible {
			if c.Verdict == "valid" {
				require.Equal(t, "empty-enum", c.Rule, "%s: a valid case the schema rejects writes an empty enum value", c.File)
			}
			require.NotEmpty(t, c.Reason, "%s: an inexpressible case gives its reason", c.File)
			require.Contains(t, m.Rules, c.Rule, "%s: an inexpressible case names a described rule", c.File)
		}
		if c.Base != "" {
			b, ok := listed[c.Base]
			require.True(t, ok, "%s: its base %s is listed before it", c.File, c.Base)
			require.Equal(t, "valid", b.Verdict, "%s: its base %s is valid", c.File, c.Base)
			require.Equal(t, c.Kind, b.Kind, "%s: its base %s is of its kind", c.File, c.Base)
			require.NotEmpty(t, c.Change, "%s: says what changed", c.File)
		}
	}
	err = filepath.WalkDir(parityDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		rel, err := filepath.Rel(parityDir, path)
		if err == nil && rel != "manifest.json" {
			_, ok := listed[filepath.ToSlash(rel)]
			assert.True(t, ok, "%s is in the corpus but not in manifest.json: run go generate ./...", rel)
		}
		return err
	})
	require.NoError(t, err, "walk %s", parityDir)
	return m.Cases
}

// parityVerdicts holds what each side says of one case: nil or the error.
type parityVerdicts struct {
	goErr, schemaErr error
}

// checkParity runs strict decoding with Validate, and
// santhosh-tekuri/jsonschema with the committed schema, on every case.
func checkParity(t *testing.T, cases []parityCase) map[string]parityVerdicts {
	t.Helper()
	schemas := compiled(t)
	out := map[string]parityVerdicts{}
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join(parityDir, filepath.FromSlash(c.File)))
		require.NoError(t, err, "ReadFile(%s)", c.File)
		v, err := careerkit.New(c.Kind)
		require.NoError(t, err, "New(%q)", c.Kind)
		goErr := careerkit.Decode(bytes.NewReader(data), v, careerkit.WithFormat(careerkit.FormatJSON), careerkit.WithName(c.File))
		inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err, "UnmarshalJSON(%s)", c.File)
		out[c.File] = parityVerdicts{goErr: goErr, schemaErr: schemas[c.Kind].Validate(inst)}
	}
	return out
}

// TestParity checks, on every case of the corpus, that careerkit (strict
// decoding and Validate) and the committed JSON Schema of the case's kind
// give the manifest's verdict; for the cases whose rule JSON Schema cannot
// state, that careerkit rejects them and the schema accepts them.
func TestParity(t *testing.T) {
	cases := parityManifest(t)
	require.GreaterOrEqual(t, len(cases), 150, "the corpus has at least 150 cases")
	verdicts := checkParity(t, cases)

	type count struct{ valid, invalid, beyond, stricter int }
	byKind := map[string]*count{}
	byRule := map[string]int{}
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			got := verdicts[c.File]
			what := fmt.Sprintf("%s (%s", c.What, c.Kind)
			if c.Change != "" {
				what += ": " + c.Change
			}
			what += ")"
			switch {
			case c.Verdict == "valid" && !c.Expressible:
				assert.NoError(t, got.goErr, "careerkit rejects the valid case %s", what)
				assert.Error(t, got.schemaErr, "the schema accepts %s, which manifest.json says it rejects (%s)", what, c.Reason)
			case c.Verdict == "valid":
				assert.NoError(t, got.goErr, "careerkit rejects the valid case %s", what)
				assert.NoError(t, got.schemaErr, "the schema rejects the valid case %s", what)
			case c.Expressible:
				assert.Error(t, got.goErr, "careerkit accepts the invalid case %s", what)
				assert.Error(t, got.schemaErr, "the schema accepts the invalid case %s", what)
			default:
				assert.Error(t, got.goErr, "careerkit accepts the invalid case %s", what)
				assert.NoError(t, got.schemaErr, "the schema rejects %s, which manifest.json says it cannot (%s): the case is expressible, so fix the manifest", what, c.Reason)
			}
			if got.goErr != nil {
				var ve *careerkit.ValidationError
				var de *careerkit.DecodeError
				assert.True(t, errors.As(got.goErr, &ve) || errors.As(got.goErr, &de), "careerkit rejects %s with a *ValidationError or *DecodeError, not %T: %v", what, got.goErr, got.goErr)
			}
		})
		n := byKind[c.Kind]
		if n == nil {
			n = &count{}
			byKind[c.Kind] = n
		}
		switch {
		case c.Verdict == "valid" && !c.Expressible:
			n.stricter++
		case c.Verdict == "valid":
			n.valid++
		case c.Expressible:
			n.invalid++
		default:
			n.beyond++
			byRule[c.Rule]++
		}
	}

	var total count
	var lines []string
	for _, k := range careerkit.Kinds() {
		n := byKind[k]
		if n == nil {
			n = &count{}
		}
		assert.NotZero(t, n.valid, "the corpus has valid documents of kind %s", k)
		assert.NotZero(t, n.invalid, "the corpus has invalid documents of kind %s", k)
		total.valid += n.valid
		total.invalid += n.invalid
		total.beyond += n.beyond
		total.stricter += n.stricter
		lines = append(lines, fmt.Sprintf("  %-10s %3d valid, %3d invalid, %3d invalid beyond the schema, %d valid with an empty enum value", k, n.valid, n.invalid, n.beyond, n.stricter))
	}
	var rules []string
	for _, r := range slices.Sorted(maps.Keys(byRule)) {
		rules = append(rules, fmt.Sprintf("%s %d", r, byRule[r]))
	}
	t.Logf("parity corpus: %d cases: %d valid, %d invalid that Go and the schema both reject, %d invalid that only Go rejects (the schema accepts them, as the manifest says), %d valid with an empty enum value that only the schema rejects\n%s\nbeyond the schema, by rule: %s",
		len(cases), total.valid, total.invalid, total.beyond, total.stricter, strings.Join(lines, "\n"), strings.Join(rules, ", "))
}

// ajvResult is one verdict of internal/ajvcheck/check.js.
type ajvResult struct {
	File   string   `json:"file"`
	Kind   string   `json:"kind"`
	Valid  bool     `json:"valid"`
	Errors []string `json:"errors"`
}

// TestParityAjv checks the corpus with ajv (its draft 2020-12 build, with
// ajv-formats), a validator from another ecosystem, and requires the same
// verdict as santhosh-tekuri/jsonschema on every case. It skips when node
// is not on PATH or internal/ajvcheck has no node_modules (npm ci there
// installs them; .ci/run does).
func TestParityAjv(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	script := filepath.Join("internal", "ajvcheck", "check.js")
	if _, err := os.Stat(filepath.Join("internal", "ajvcheck", "node_modules", "ajv")); err != nil {
		t.Skip("internal/ajvcheck/node_modules is missing: run npm ci in internal/ajvcheck")
	}
	cases := parityManifest(t)
	verdicts := checkParity(t, cases)

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(node, script, "schemas", filepath.Join(parityDir, "manifest.json"))
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "node %s: %s", script, stderr.String())
	var out struct {
		Options  map[string]any `json:"options"`
		Warnings []string       `json:"warnings"`
		Results  []ajvResult    `json:"results"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out), "decode the output of %s", script)
	assert.Empty(t, out.Warnings, "ajv compiles the schemas without warnings")
	require.Len(t, out.Results, len(cases), "ajv gives a verdict on every case")

	agree := 0
	for i, r := range out.Results {
		c := cases[i]
		require.Equal(t, c.File, r.File, "ajv's verdict %d is on %s", i, c.File)
		sv := verdicts[c.File].schemaErr == nil
		if assert.Equal(t, sv, r.Valid, "%s (%s): santhosh-tekuri/jsonschema says valid=%v (%v), ajv valid=%v %v", c.File, c.What, sv, verdicts[c.File].schemaErr, r.Valid, r.Errors) {
			agree++
		}
	}
	keys := slices.Sorted(maps.Keys(out.Options))
	opts := make([]string, len(keys))
	for i, k := range keys {
		opts[i] = fmt.Sprintf("%s: %v", k, out.Options[k])
	}
	t.Logf("ajv (options %s) agrees with santhosh-tekuri/jsonschema on %d of %d cases", strings.Join(opts, ", "), agree, len(cases))
}

// TestSchemasTypeScript generates TypeScript from every committed schema
// with json-schema-to-typescript and compiles, with tsc --strict, every
// valid document of the corpus that the schema accepts as a value of its
// kind's type. It skips when node is not on PATH or internal/tscheck has no
// node_modules (npm ci there installs them; .ci/run does).
func TestSchemasTypeScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	dir := filepath.Join("internal", "tscheck")
	for _, m := range []string{"json-schema-to-typescript", "typescript"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", m)); err != nil {
			t.Skipf("internal/tscheck/node_modules/%s is missing: run npm ci in internal/tscheck", m)
		}
	}
	parityManifest(t)
	out := t.TempDir()
	cmd := exec.Command(node, filepath.Join(dir, "check.js"), "schemas", filepath.Join(parityDir, "manifest.json"), out)
	got, err := cmd.CombinedOutput()
	require.NoError(t, err, "node internal/tscheck/check.js schemas %s: the generated types reject valid documents:\n%s", out, got)
	assert.Contains(t, string(got), fmt.Sprintf("tsc --strict: %d schemas", len(careerkit.Kinds())), "node internal/tscheck/check.js: every schema converted")
	t.Log(strings.TrimSpace(string(got)))
}
