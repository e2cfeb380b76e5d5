package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// similarFramework has five roles over three competencies of the 1–5
// framework scale.
const similarFramework = `name: Similar roles
competencies:
  - {id: a, name: A, kind: hard}
  - {id: b, name: B, kind: hard}
  - {id: c, name: C, kind: hard}
roles:
  - {id: r0, title: Role zero, requirements: [{competency: b, level: 5, weight: 2}]}
  - {id: r1, title: Role one, requirements: [{competency: a, level: 3}, {competency: b, level: 5}]}
  - {id: r2, title: Role two, requirements: [{competency: a, level: 3}]}
  - {id: r3, title: Role three, requirements: [{competency: b, level: 5}, {competency: a, level: 3}]}
  - {id: r4, title: Role four, requirements: [{competency: c, level: 2}]}
`

func TestSimilar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "framework.yaml")
	require.NoError(t, os.WriteFile(path, []byte(similarFramework), 0o600), "write the framework")

	code, out, errOut := runCmd(t, "similar", "--framework", path, "--role", "r1", "--format", "json")
	require.Equal(t, exitOK, code, "similar --format json: %s", errOut)
	var got []struct {
		Role  string  `json:"role"`
		Score float64 `json:"score"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got), "the output is JSON: %s", out)
	// r1 is (a 3/5, b 5/5) = (0.6, 1), norm √1.36.
	// r3 asks for the same: 1.
	// r0 is (0, 2·1): cosine 2 / (√1.36 · 2) = 1/√1.36 ≈ 0.857.
	// r2 is (0.6, 0): cosine 0.36 / (√1.36 · 0.6) = 0.6/√1.36 ≈ 0.514.
	// r4 shares nothing and is left out.
	require.Len(t, got, 3, "three roles share a competency with r1: %s", out)
	assert.Equal(t, []string{"r3", "r0", "r2"}, []string{got[0].Role, got[1].Role, got[2].Role}, "most similar first")
	assert.InDelta(t, 1, got[0].Score, 1e-12, "r3 asks for the same")
	assert.InDelta(t, 1/math.Sqrt(1.36), got[1].Score, 1e-12, "r0")
	assert.InDelta(t, 0.6/math.Sqrt(1.36), got[2].Score, 1e-12, "r2")

	code, out, _ = runCmd(t, "similar", "--framework", path, "--role", "r1", "-k", "1")
	require.Equal(t, exitOK, code, "similar, text")
	assert.Contains(t, out, "Roles most like r1 (Role one):", "headline")
	assert.Regexp(t, `1\s+r3\s+Role three\s+1\.000`, out, "one row, the best")
	assert.NotContains(t, out, "r0", "-k 1 lists one role")

	code, out, _ = runCmd(t, "similar", "--framework", path, "--role", "r4")
	require.Equal(t, exitOK, code, "similar, nothing in common")
	assert.Contains(t, out, "No role asks for any competency r4 (Role four) asks for.", "an empty list says so")

	code, _, errOut = runCmd(t, "similar", "--framework", path, "--role", "r9")
	assert.Equal(t, exitFindings, code, "unknown role")
	assert.Contains(t, errOut, `no role "r9"`, "the message names the role")
	code, _, _ = runCmd(t, "similar", "--framework", path, "--role", "r1", "-k", "0")
	assert.Equal(t, exitUsage, code, "-k 0 is a usage error")
	code, _, _ = runCmd(t, "similar", "--framework", path)
	assert.Equal(t, exitUsage, code, "--role is required")
}
