package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/interop/jsonld"
)

const examplePosting = "../../examples/data/posting.yaml"

func TestExportJSONLD(t *testing.T) {
	code, stdout, stderr := runCmd(t, "export", "jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", examplePosting)
	require.Equal(t, exitOK, code, "export jsonld exits 0: %s", stderr)
	assert.Empty(t, stderr, "export jsonld: the seed posting has no lint finding")

	f, err := examples.Framework()
	require.NoError(t, err)
	r, err := examples.ManagerRole()
	require.NoError(t, err)
	p, err := examples.Posting()
	require.NoError(t, err)
	want, err := jsonld.JobPosting(r, p, f.Catalog)
	require.NoError(t, err, "jsonld.JobPosting(seed)")
	assert.Equal(t, string(want), stdout, "export jsonld prints what jsonld.JobPosting returns")

	out := filepath.Join(t.TempDir(), "posting.jsonld")
	code, stdout, _ = runCmd(t, "export", "jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", examplePosting, "-o", out)
	require.Equal(t, exitOK, code, "export jsonld -o exits 0")
	assert.Empty(t, stdout, "export jsonld -o prints nothing on standard output")
	got, err := os.ReadFile(out)
	require.NoError(t, err, "read %s", out)
	assert.Equal(t, string(want), string(got), "export jsonld -o writes the JSON-LD")
}

func TestExportFindings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644), "write %s", path)
		return path
	}
	// An on-site posting without identifier, employment type or end date:
	// three recommended properties missing, and the two about remote work.
	plain := write("plain.yaml", "id: p\nrole: "+seedRole+"\ndatePosted: 2026-09-01\nhiringOrganization: {name: Acme}\njobLocations: [{addressLocality: Austin, addressCountry: US}]\n")
	code, stdout, stderr := runCmd(t, "export", "jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", plain)
	assert.Equal(t, exitOK, code, "export jsonld with warnings only exits 0")
	var jp map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &jp), "export jsonld prints JSON: %s", stdout)
	assert.Equal(t, "JobPosting", jp["@type"], "export jsonld prints a JobPosting")
	for _, w := range []string{"applicantLocationRequirements", "employmentType", "identifier", "jobLocationType", "validThrough"} {
		assert.Contains(t, stderr, plain+": warning "+w+": the recommended property "+w+" is missing (recommended-"+w+")\n", "export jsonld warns of %s", w)
	}
	assert.Equal(t, 5, strings.Count(stderr, "\n"), "export jsonld: five warnings: %s", stderr)

	other := write("other.yaml", "id: p\nrole: director-engineering\ndatePosted: 2026-09-01\nhiringOrganization: {name: Acme}\njobLocations: [{addressCountry: US}]\n")
	bad := write("bad.yaml", "id: p\nrole: "+seedRole+"\ndatePosted: 2026-09-01\nvalidThrough: 2026-08-01\nhiringOrganization: {name: Acme}\nremote: remote\n")
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"another role", []string{"jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", other}, exitFindings,
			`the posting is for role "director-engineering", not "manager-software-engineering"`},
		{"invalid posting", []string{"jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", bad}, exitFindings,
			"validThrough: the posting runs through 2026-08-01, before it is posted on 2026-09-01"},
		{"unknown role", []string{"jsonld", "--framework", exampleFramework, "--role", "nobody", "--posting", plain}, exitFindings, `no role "nobody"`},
		{"missing posting file", []string{"jsonld", "--framework", exampleFramework, "--role", seedRole, "--posting", filepath.Join(dir, "none.yaml")}, exitFindings, "none.yaml"},
		{"no format", []string{"--framework", exampleFramework, "--role", seedRole, "--posting", plain}, exitUsage, "name a format: jsonld"},
		{"unknown format", []string{"csv", "--framework", exampleFramework, "--role", seedRole, "--posting", plain}, exitUsage, `unknown format "csv"`},
		{"no posting", []string{"jsonld", "--framework", exampleFramework, "--role", seedRole}, exitUsage, "flag --posting is required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, append([]string{"export"}, c.args...)...)
			assert.Equal(t, c.code, code, "export %v exits %d: %s", c.args, c.code, stderr)
			assert.Contains(t, stderr, c.want, "export %v", c.args)
		})
	}
}
