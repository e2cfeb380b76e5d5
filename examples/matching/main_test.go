package main

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
)

func TestMustHaves(t *testing.T) {
	s := mustHaves{}
	assert.Equal(t, 0.0, s.Score([]competency.Item{{Required: true, Credit: 0.9}, {Required: true, Met: true, Credit: 1}}), "an unmet required item gates the score")
	assert.InDelta(t, 0.8+0.05, s.Score([]competency.Item{{Required: true, Met: true, Credit: 1}, {Met: true, Credit: 1}, {Credit: 0.5}}), 1e-12, "required mean plus a bonus per met preferred item")
	many := []competency.Item{{Required: true, Met: true, Credit: 1}}
	for range 10 {
		many = append(many, competency.Item{Met: true, Credit: 1})
	}
	assert.InDelta(t, 1.0, s.Score(many), 1e-12, "the bonus is capped at 0.2")
}

func TestMatchingExample(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(context.Background(), &out), "run()")
	s := out.String()
	assert.Contains(t, s, "custom: hard skills are must-haves, soft skills a bonus", "custom ranking printed")
	assert.Contains(t, s, "1     sample-engineering-manager", "the manager ranks first")
	assert.Contains(t, s, "Fit ranking", "fit ranking printed")
}
