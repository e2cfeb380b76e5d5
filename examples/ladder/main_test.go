package main

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLadderExamplePrintsTheFourThings(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(context.Background(), &out), "run()")
	s := out.String()
	for _, want := range []string{
		"| Competency | Manager – Software Engineering (m1) |",           // the matrix
		"```mermaid\nflowchart BT\n",                                     // the graph
		"1. Senior Engineer → Manager – Software Engineering (switch)\n", // the path
		"2. Manager – Software Engineering → Director of Engineering (promotion)\n",
		"## Readiness of sample-senior-engineer for Manager – Software Engineering", // readiness
		"| People management and team leadership | 4 | 2 | 2 |",
	} {
		assert.Contains(t, s, want, "examples/ladder output")
	}
}
