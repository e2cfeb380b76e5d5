package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/salary"
)

func TestSalaryExamplePrintsSeedNumbers(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out), "run()")
	s := out.String()
	for _, want := range []string{
		"midpoint          180,000",
		"57.1 % from the minimum, 44.4 % from the midpoint",
		"compa-ratio       0.917",
		"penetration       31.25 %",
		"position          within the band",
		"126,000 – 198,000, midpoint 162,000",
		"67.31 – 105.77 an hour, midpoint 86.54",
		"(overlap)",
	} {
		assert.Contains(t, s, want, "salary example output")
	}
}

func TestMoneyGroupsThousands(t *testing.T) {
	for _, tc := range []struct {
		in     string
		digits int
		want   string
	}{{"180000", 0, "180,000"}, {"67.3077", 2, "67.31"}, {"1234567.5", 2, "1,234,567.50"}, {"-1000", 0, "-1,000"}, {"999", 0, "999"}} {
		t.Run(tc.in, func(t *testing.T) {
			a := mustAmount(t, tc.in)
			assert.Equal(t, tc.want, money(a, tc.digits), "money(%s, %d)", tc.in, tc.digits)
		})
	}
}

func mustAmount(t *testing.T, s string) salary.Amount {
	t.Helper()
	a, err := salary.ParseAmount(s)
	require.NoError(t, err, "ParseAmount(%q)", s)
	return a
}
