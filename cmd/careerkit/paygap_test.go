package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/paygap"
)

const (
	paygapSmall = "testdata/paygap/small.csv"
	paygapStaff = "testdata/paygap/staff.csv"
)

// paygapJSON is the part of paygap's EU JSON output the tests read, with
// numbers as they are written.
type paygapJSON struct {
	Profile string `json:"profile"`
	Workers struct {
		Female, Male, Other int
	} `json:"workers"`
	Annual, Hourly map[string]json.RawMessage
	Variable       struct {
		MeanGap   json.RawMessage            `json:"meanGap"`
		Receiving map[string]json.RawMessage `json:"receiving"`
	} `json:"variable"`
	Quartiles  []map[string]json.RawMessage `json:"quartiles"`
	Categories []map[string]json.RawMessage `json:"categories"`
}

func TestPaygapJSON(t *testing.T) {
	code, stdout, stderr := runCmd(t, "paygap", paygapSmall, "--threshold", "1", "--format", "json")
	require.Equal(t, exitOK, code, "paygap %s --format json exits 0; stderr: %s", paygapSmall, stderr)
	var got paygapJSON
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "paygap prints JSON: %s", stdout)

	// small.csv is the dataset worked out in paygap's TestAnalyzeSmall:
	// annual mean gap 5900/363 = 16.25344352617…, median 500/57 =
	// 8.77192982456…; hourly mean 1900/363 = 5.23415977961…; variable 200/3;
	// 1 of 3 women and 2 of 4 men receive variable pay.
	assert.Equal(t, "eu", got.Profile, "profile")
	assert.Equal(t, 3, got.Workers.Female, "workers.female")
	assert.Equal(t, 4, got.Workers.Male, "workers.male")
	assert.Equal(t, 2, got.Workers.Other, "workers.other counts other and undisclosed")
	for _, c := range []struct {
		what string
		got  json.RawMessage
		want string
	}{
		{"annual.meanGap", got.Annual["meanGap"], "16.2534435262"},
		{"annual.medianGap", got.Annual["medianGap"], "8.7719298246"},
		{"hourly.meanGap", got.Hourly["meanGap"], "5.2341597796"},
		{"variable.meanGap", got.Variable.MeanGap, "66.6666666667"},
		{"variable.receiving.female", got.Variable.Receiving["female"], "33.3333333333"},
		{"variable.receiving.male", got.Variable.Receiving["male"], "50"},
		{"quartiles[3].male", got.Quartiles[3]["male"], "100"},
		// e3 basic/h: women 20, 25; men 25, 30: 5/27.5 = 200/11 = 18.18…
		{"categories[0].basic", got.Categories[0]["basic"], `{"meanGap":18.1818181818,"medianGap":18.1818181818,"suppressed":false}`},
		{"categories[0].jointAssessment", got.Categories[0]["jointAssessment"], "true"},
		{"categories[0].female", got.Categories[0]["female"], "2"},
		{"categories[1].favours", got.Categories[1]["favours"], `"female"`},
	} {
		assert.JSONEq(t, c.want, string(c.got), "paygap --format json: %s", c.what)
	}
	require.Len(t, got.Quartiles, 4, "four quartiles")

	// The whole output is the library's report.
	f, err := os.Open(paygapSmall)
	require.NoError(t, err, "open %s", paygapSmall)
	defer f.Close()
	recs, err := paygap.ReadCSV(f, nil)
	require.NoError(t, err, "ReadCSV(%s)", paygapSmall)
	r, err := paygap.Analyze(recs, paygap.Options{Threshold: 1})
	require.NoError(t, err, "Analyze(%s)", paygapSmall)
	want, err := json.Marshal(paygapEU{"eu", r})
	require.NoError(t, err, "marshal the library's report")
	assert.JSONEq(t, string(want), stdout, "paygap --format json is the library's report")
}

func TestPaygapUK(t *testing.T) {
	code, stdout, stderr := runCmd(t, "paygap", paygapSmall, "--profile", "uk", "--threshold", "1", "--format", "json")
	require.Equal(t, exitOK, code, "paygap --profile uk exits 0; stderr: %s", stderr)
	var got struct {
		Profile string                     `json:"profile"`
		Hourly  map[string]json.RawMessage `json:"hourly"`
		Bonus   map[string]json.RawMessage `json:"bonus"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "paygap --profile uk prints JSON")
	assert.Equal(t, "uk", got.Profile, "profile")
	assert.JSONEq(t, "5.2341597796", string(got.Hourly["meanGap"]), "reg. 8: the hourly mean gap 1900/363")
	assert.JSONEq(t, "66.6666666667", string(got.Bonus["medianGap"]), "reg. 11: the median bonus gap 200/3")

	code, stdout, _ = runCmd(t, "paygap", paygapSmall, "--profile", "uk", "--threshold", "1")
	require.Equal(t, exitOK, code, "paygap --profile uk (text) exits 0")
	assert.Contains(t, stdout, "Mean gender pay gap in hourly pay (reg. 8)     5.2 %\n", "the text form has regulation 8's figure")
	assert.Contains(t, stdout, "Paid bonus pay (reg. 12)                       women 33.3 %, men 50.0 %\n", "the text form has regulation 12's figures")
}

func TestPaygapText(t *testing.T) {
	code, stdout, stderr := runCmd(t, "paygap", paygapStaff, "--framework", exampleFramework)
	require.Equal(t, exitOK, code, "paygap %s --framework exits 0; stderr: %s", paygapStaff, stderr)
	for _, want := range []string{
		"Workers      29 women, 37 men, 2 not counted as either (1 other, 1 undisclosed)\n",
		"Quartile pay bands by hourly pay, lowest first (# women, . men):\n",
		// 47.1 % of 20 cells is 9.4: 9 cells of women.
		"  lower            17  [#########...........]  women 47.1 %     men 52.9 %\n",
		"  e4                  12    15  5.7 %        10.9 %        5.3 %        suppressed     YES, favours men\n",
		"  m1                   3     6  suppressed   suppressed    suppressed   suppressed     suppressed\n",
		"1 of 3 categories have a mean gap in basic or total pay of 5 % or more",
	} {
		assert.Contains(t, stdout, want, "paygap %s prints %q", paygapStaff, want)
	}
}

func TestPaygapRecordsDocument(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "records.yaml")
	doc := "workers:\n  - {subject: w1, gender: female, category: e3, currency: EUR, basePay: 41600, weeklyHours: 40}\n" +
		"  - {subject: m1, gender: male, category: e3, currency: EUR, basePay: 52000, weeklyHours: 40}\n"
	require.NoError(t, os.WriteFile(file, []byte(doc), 0o644), "write %s", file)
	code, stdout, stderr := runCmd(t, "paygap", file, "--threshold", "1", "--framework", exampleFramework, "--format", "json")
	require.Equal(t, exitOK, code, "paygap on a YAML records document exits 0; stderr: %s", stderr)
	var got paygapJSON
	require.NoError(t, json.Unmarshal([]byte(stdout), &got), "paygap prints JSON")
	// (52000 − 41600)/52000 × 100 = 20.
	assert.JSONEq(t, "20", string(got.Annual["meanGap"]), "annual mean gap of the YAML records")

	code, stdout, _ = runCmd(t, "validate", "-v", file)
	assert.Equal(t, exitOK, code, "validate accepts a records document")
	assert.Equal(t, file+": ok ("+careerkit.KindRecords+", inferred)\n", stdout, "validate infers the kind records")
}

func TestPaygapProblems(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("subject,gender,category,basePay,variablePay,weeklyHours,currency\nw1,woman,e9,4x,,40,EUR\n"), 0o644), "write %s", bad)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no records", []string{}, exitUsage, "want one RECORDS file"},
		{"unknown profile", []string{paygapSmall, "--profile", "us"}, exitUsage, `--profile "us": want eu or uk`},
		{"threshold 0", []string{paygapSmall, "--threshold", "0"}, exitUsage, "--threshold 0: want at least 1"},
		{"54 weeks", []string{paygapSmall, "--weeks", "54"}, exitUsage, "--weeks 54: want 1 to 53"},
		{"unknown method", []string{paygapSmall, "--quartiles", "even"}, exitUsage, `"even": not one of proportional, sequential`},
		{"bad values", []string{bad}, exitFindings, bad + `:2:4: workers[0].gender: "woman" is not one of: female, male, other, undisclosed`},
		{"bad amount", []string{bad}, exitFindings, bad + ":2:13: workers[0].basePay: salary: parse amount \"4x\""},
		{"known categories", []string{"testdata/paygap/small.csv", "--framework", exampleFramework}, exitOK, ""},
		{"missing file", []string{filepath.Join(dir, "none.csv")}, exitFindings, "none.csv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, append([]string{"paygap"}, c.args...)...)
			assert.Equal(t, c.code, code, "paygap %s exits %d; stderr: %s", strings.Join(c.args, " "), c.code, stderr)
			assert.Contains(t, stderr, c.want, "paygap %s says why", strings.Join(c.args, " "))
		})
	}

	other := filepath.Join(dir, "other.csv")
	require.NoError(t, os.WriteFile(other, []byte("subject,gender,category,basePay,variablePay,weeklyHours,currency\nw1,female,e9,41600,,40,EUR\n"), 0o644), "write %s", other)
	code, _, stderr := runCmd(t, "paygap", other, "--framework", exampleFramework)
	assert.Equal(t, exitFindings, code, "a category the framework lacks exits 1")
	assert.Contains(t, stderr, other+`:2:11: workers[0].category: category "e9" is no ladder level or grade of the framework (did you mean`, "the unknown category is placed at its line and column")
}
