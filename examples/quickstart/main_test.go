package main

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstartPrintsGapReport(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(context.Background(), &out), "run()")
	s := out.String()
	for _, want := range []string{"sample-senior-engineer", "COMPETENCY", "People management and team leadership", "short by 2", "alias", "every required item met: false", "Fit of sample-senior-engineer for manager-software-engineering (Manager – Software Engineering): NOT READY", "Fit of sample-engineering-manager for manager-software-engineering (Manager – Software Engineering): READY", "[experience] 2 years of people-management or engineering-leadership within the software-engineering experience needed, 1.5 held"} {
		assert.Contains(t, s, want, "quickstart output")
	}
	table := s[strings.Index(s, "COMPETENCY"):strings.Index(s, "\nscore")]
	rows := strings.Count(table, "  met\n") + strings.Count(table, "  short by ")
	assert.Equal(t, 24, rows, "one row per requirement")
}
