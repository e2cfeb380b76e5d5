package interop_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/interop"
)

func TestReport(t *testing.T) {
	r := interop.NewReport("onet", "data/onet")
	r.Count("roles", 2)
	r.Count("competencies", 68)
	r.Count("roles", 1)
	r.From("roles[0]", interop.Source{File: "Occupation Data.txt", Row: 2})
	r.Problem(interop.Missing, interop.Source{File: "Skills.txt"}, "", "no ratings for %s", "15-1252.00")
	r.Problem(interop.Skipped, interop.Source{File: "Skills.txt", Row: 9}, "roles[0]", "suppressed")
	r.Problem(interop.Skipped, interop.Source{File: "case.json", Pointer: "/CFItems/3"}, "", "unsupported")

	assert.Equal(t, "onet data/onet: 68 competencies, 3 roles; problems: 1 missing, 2 skipped", r.Summary(), "Summary")
	assert.Equal(t, map[interop.ProblemKind]int{interop.Missing: 1, interop.Skipped: 2}, r.ProblemCounts(), "ProblemCounts")
	assert.Len(t, r.ProblemsOf(interop.Skipped), 2, "ProblemsOf(skipped)")
	src, ok := r.Lookup("roles[0]")
	require.True(t, ok, "Lookup(roles[0])")
	assert.Equal(t, "Occupation Data.txt:2", src.String(), "Source.String with a row")
	assert.Equal(t, "case.json#/CFItems/3", r.Problems[2].From.String(), "Source.String with a pointer")
	_, ok = r.Lookup("roles[9]")
	assert.False(t, ok, "Lookup of a path never recorded")

	data, err := json.Marshal(r)
	require.NoError(t, err, "marshal the report")
	var back interop.Report
	require.NoError(t, json.Unmarshal(data, &back), "unmarshal the report")
	assert.Equal(t, *r, back, "the report round-trips through JSON")
	assert.Equal(t, "onet data/onet: no counts; no problems", interop.NewReport("onet", "data/onet").Summary(), "an empty report")
}
