package careerkit_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/png"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rjsfDir is the node project that bundles the page rendering a schema with
// react-jsonschema-form.
var rjsfDir = filepath.Join("internal", "rjsfcheck")

// chromiumNames are the names headless Chromium goes by on PATH.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// runChromium runs headless Chromium on page with args added, in its own
// profile directory, and returns its standard output.
func runChromium(t *testing.T, chromium, page string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	all := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000",
	}, args...)
	all = append(all, "file://"+filepath.ToSlash(page))
	var stderr strings.Builder
	cmd := exec.CommandContext(ctx, chromium, all...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "%s %s:\n%s", chromium, strings.Join(all, " "), stderr.String())
	return out
}

// TestRoleSchemaRendersWithRJSF renders schemas/role.json, filled with a
// valid role of the parity corpus, with @rjsf/core and its Ajv2020
// validator in headless Chromium. It checks that Ajv compiled the schema
// and accepts the role, that the form has a label or legend with the title
// of every top-level property (required ones marked so) and shows the
// role's values, and that the screenshot is not blank. It skips when node,
// internal/rjsfcheck/node_modules (npm ci there installs them; .ci/run
// does) or Chromium is missing.
func TestRoleSchemaRendersWithRJSF(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	for _, m := range []string{"@rjsf/core", "@rjsf/validator-ajv8", "react", "react-dom", "esbuild"} {
		if _, err := os.Stat(filepath.Join(rjsfDir, "node_modules", filepath.FromSlash(m))); err != nil {
			t.Skipf("internal/rjsfcheck/node_modules/%s is missing: run npm ci in internal/rjsfcheck", m)
		}
	}
	var chromium string
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		t.Skipf("no headless Chromium on PATH (looked for %s)", strings.Join(chromiumNames, ", "))
	}

	schemaFile := filepath.Join("schemas", "role.json")
	dataFile := filepath.Join(parityDir, "role", "valid", "seed.json")
	var schema struct {
		Required   []string `json:"required"`
		Properties map[string]struct {
			Title string `json:"title"`
		} `json:"properties"`
	}
	raw, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &schema), "decode %s", schemaFile)
	require.Contains(t, schema.Required, "id", "%s requires id", schemaFile)
	require.Contains(t, schema.Required, "title", "%s requires title", schemaFile)
	var role struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	raw, err = os.ReadFile(dataFile)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &role), "decode %s", dataFile)

	out, err := filepath.Abs(t.TempDir())
	require.NoError(t, err)
	build, err := exec.Command(node, filepath.Join(rjsfDir, "build.js"), schemaFile, out, dataFile).CombinedOutput()
	require.NoError(t, err, "node internal/rjsfcheck/build.js %s %s %s:\n%s", schemaFile, out, dataFile, build)
	page := filepath.Join(out, "index.html")

	dom := string(runChromium(t, chromium, page, "--dump-dom"))
	marker := regexp.MustCompile(`<div id="rjsf-check" data-compiled="([a-z]+)">([^<]*)</div>`).FindStringSubmatch(dom)
	require.NotNil(t, marker, "the page has its #rjsf-check marker")
	require.Equal(t, "ok", marker[1], "Ajv2020 compiles %s: %s", schemaFile, html.UnescapeString(marker[2]))
	assert.Equal(t, "rjsf-check: schema compiled; form data: valid", html.UnescapeString(marker[2]), "Ajv2020 accepts %s", dataFile)

	var missing []string
	for _, name := range slices.Sorted(maps.Keys(schema.Properties)) {
		title := schema.Properties[name].Title
		require.NotEmpty(t, title, "%s: property %s has a title", schemaFile, name)
		esc := regexp.QuoteMeta(html.EscapeString(title))
		label := fmt.Sprintf(`<label class="control-label" for="root_%s">%s(<span class="required">\*</span>)?</label>`, regexp.QuoteMeta(name), esc)
		legend := fmt.Sprintf(`<legend id="root_%s__title">%s(<span class="required">\*</span>)?</legend>`, regexp.QuoteMeta(name), esc)
		m := regexp.MustCompile(label + "|" + legend).FindStringSubmatch(dom)
		if m == nil {
			missing = append(missing, fmt.Sprintf("%s (%q)", name, title))
			continue
		}
		required := m[1] != "" || m[2] != ""
		assert.Equal(t, slices.Contains(schema.Required, name), required, "property %s is marked required in the form exactly when the schema requires it", name)
	}
	assert.Empty(t, missing, "the form has a label or legend for every property of %s", schemaFile)
	for _, v := range []string{role.ID, role.Title} {
		assert.Contains(t, dom, `value="`+html.EscapeString(v)+`"`, "the form shows the value %q of %s", v, dataFile)
	}

	shot := filepath.Join(out, "role.png")
	runChromium(t, chromium, page, "--window-size=1024,1600", "--screenshot="+shot)
	f, err := os.Open(shot)
	require.NoError(t, err, "Chromium wrote the screenshot")
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err, "decode %s", shot)
	colours := countColours(img, 3)
	assert.Greater(t, colours, 2, "the screenshot of the form is not blank")
	t.Logf("rjsf rendered %d properties of %s (%d bytes of DOM); screenshot %v with %d or more colours", len(schema.Properties), schemaFile, len(dom), img.Bounds().Size(), colours)
}

// countColours counts the distinct colours of img, stopping once it has seen
// more than limit.
func countColours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) > limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}
