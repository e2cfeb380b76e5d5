package imscase_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	imscase "github.com/careerkit/careerkit/interop/case"
)

// fixtures are the CASE packages in testdata.
var fixtures = []string{"SmartLevelFramework.json", "ItemTypeTestFramework.json", "MarkdownFramework.json"}

// raw reads a fixture as plain JSON, independently of the package.
func raw(t testing.TB, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err, "read %s", name)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m), "unmarshal %s", name)
	return m
}

// encode marshals v as JSON.
func encode(t testing.TB, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err, "marshal a test package")
	return data
}

// list returns m[key] as a list of objects.
func list(m map[string]any, key string) []map[string]any {
	var out []map[string]any
	for _, v := range m[key].([]any) {
		out = append(out, v.(map[string]any))
	}
	return out
}

// stamp is the lastChangeDateTime the tests write.
var stamp = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func writeOptions() imscase.WriteOptions {
	return imscase.WriteOptions{Title: "Test framework", Creator: "careerkit tests", LastChange: stamp}
}
