package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstartPrintsGapReport(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out), "run()")
	s := out.String()
	for _, want := range []string{"sample-senior-engineer", "COMPETENCY", "People management and team leadership", "short by 2", "alias", "every required item met: false"} {
		assert.Contains(t, s, want, "quickstart output")
	}
	rows := strings.Count(s, "  met\n") + strings.Count(s, "  short by ")
	assert.Equal(t, 24, rows, "one row per requirement")
}
