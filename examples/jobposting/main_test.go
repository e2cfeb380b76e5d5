package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJobPostingExample(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out, true), "run()")
	s := out.String()
	for _, want := range []string{
		"Parsed: Manager – Software Engineering, 32 responsibilities, 24 skills", // 22 primary + 10 secondary; 14 hard + 10 soft
		"pay USD 140000–220000/year",
		"0 findings of Google's rules",
		"Pay transparency in us-co: 0 things missing",
	} {
		assert.Contains(t, s, want, "the example's output")
	}
	i := strings.Index(s, "{")
	require.Positive(t, i, "the JSON-LD is printed")
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(s[i:]), &doc), "the JSON-LD is JSON")
	assert.Equal(t, "JobPosting", doc["@type"], "a schema.org JobPosting")
}
