package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/internal/schema/sample"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "old.json")
	require.NoError(t, os.WriteFile(stale, []byte("{}\n"), 0o644), "WriteFile(old.json)")
	keep := filepath.Join(dir, "README.md")
	require.NoError(t, os.WriteFile(keep, []byte("notes\n"), 0o644), "WriteFile(README.md)")
	require.NoError(t, write(dir), "write(%s)", dir)
	for _, k := range careerkit.Kinds() {
		want, err := sample.Marshal(k)
		require.NoError(t, err, "sample.Marshal(%q)", k)
		got, err := os.ReadFile(filepath.Join(dir, k+".json"))
		require.NoError(t, err, "ReadFile(%s.json)", k)
		assert.Equal(t, string(want), string(got), "%s.json", k)
	}
	assert.NoFileExists(t, stale, "write removes a .json file of no kind")
	assert.FileExists(t, keep, "write leaves other files alone")
}
