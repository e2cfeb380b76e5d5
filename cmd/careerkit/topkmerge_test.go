package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
)

// ndjsonRows parses NDJSON output line by line.
func ndjsonRows(t *testing.T, out string) []render.RankingRow {
	t.Helper()
	var rows []render.RankingRow
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var r render.RankingRow
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "a line of NDJSON: %s", sc.Text())
		rows = append(rows, r)
	}
	return rows
}

func writePeople(t *testing.T, dir, name string, cs []role.Candidate) string {
	t.Helper()
	b, err := careerkit.Marshal(careerkit.People{Candidates: cs}, document.YAML)
	require.NoError(t, err, "careerkit.Marshal of %d candidates", len(cs))
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, b, 0o600), "WriteFile(%s)", path)
	return path
}

func TestRankNDJSON(t *testing.T) {
	args := []string{"rank", "--framework", exampleFramework, "--role", seedRole, "--people", examplePeople}
	code, js, stderr := runCmd(t, append(args, "--format", "json")...)
	require.Equal(t, exitOK, code, "rank --format json exits 0; stderr: %s", stderr)
	var want []render.RankingRow
	require.NoError(t, json.Unmarshal([]byte(js), &want), "rank --format json prints JSON")

	code, nd, stderr := runCmd(t, append(args, "--ndjson")...)
	require.Equal(t, exitOK, code, "rank --ndjson exits 0; stderr: %s", stderr)
	lines := strings.Split(strings.TrimSuffix(nd, "\n"), "\n")
	require.Len(t, lines, len(want), "rank --ndjson prints one line per candidate: %s", nd)
	for _, l := range lines {
		assert.True(t, strings.HasPrefix(l, `{"rank":`), "each line is one object: %s", l)
	}
	assert.Equal(t, want, ndjsonRows(t, nd), "rank --ndjson prints the rows of --format json")
}

// TestTopkMergeShards ranks random shards of a people file with rank
// --ndjson and merges them: the result is the ranking of the whole file.
func TestTopkMergeShards(t *testing.T) {
	base := examplePeopleDoc(t).Candidates
	rng := rand.New(rand.NewPCG(16, 6))
	var all []role.Candidate
	for i := range 24 {
		c := base[i%len(base)]
		c.Profile.Subject = competency.SubjectID(fmt.Sprintf("person-%02d", (i*7)%24)) // not in file order
		var kept []competency.Rating
		for _, r := range c.Profile.Ratings {
			if rng.IntN(3) > 0 {
				kept = append(kept, r)
			}
		}
		c.Profile.Ratings = kept
		all = append(all, c)
	}
	dir := t.TempDir()
	whole := writePeople(t, dir, "all.yaml", all)
	for _, k := range []int{1, 4, 24} {
		for trial := range 3 {
			t.Run(fmt.Sprintf("k%d/%d", k, trial), func(t *testing.T) {
				code, want, stderr := runCmd(t, "rank", "--framework", exampleFramework, "--role", seedRole, "--people", whole, "-k", fmt.Sprint(k), "--ndjson")
				require.Equal(t, exitOK, code, "rank of the whole; stderr: %s", stderr)
				shards := make([][]role.Candidate, 2+rng.IntN(3))
				for _, c := range all {
					s := rng.IntN(len(shards))
					shards[s] = append(shards[s], c)
				}
				var outs []string
				for s, cs := range shards {
					if len(cs) == 0 {
						continue
					}
					file := writePeople(t, dir, fmt.Sprintf("k%d-%d-shard%d.yaml", k, trial, s), cs)
					code, out, stderr := runCmd(t, "rank", "--framework", exampleFramework, "--role", seedRole, "--people", file, "-k", fmt.Sprint(k), "--ndjson")
					require.Equal(t, exitOK, code, "rank of shard %d; stderr: %s", s, stderr)
					path := filepath.Join(dir, fmt.Sprintf("k%d-%d-top%d.ndjson", k, trial, s))
					require.NoError(t, os.WriteFile(path, []byte(out), 0o600), "WriteFile(%s)", path)
					outs = append(outs, path)
				}
				code, got, stderr := runCmd(t, append([]string{"topk-merge", "-k", fmt.Sprint(k)}, outs...)...)
				require.Equal(t, exitOK, code, "topk-merge; stderr: %s", stderr)
				assert.Equal(t, ndjsonRows(t, want), ndjsonRows(t, got), "topk-merge of %d shards equals rank of the whole", len(outs))
			})
		}
	}
}

func TestTopkMerge(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600), "WriteFile(%s)", path)
		return path
	}
	a := write("a.ndjson", `{"rank":1,"subject":"dee","score":0.75,"ready":true,"note":{"x": 1}}
{"rank":2,"subject":"bo","score":0.5}

`)
	b := write("b.ndjson", `{"subject":"al","score":0.5,"ready":false}
{"subject":"cy","score":0.25}
`)
	// By score, then subject: dee 0.75, then al and bo at 0.5 (al first),
	// then cy 0.25. Fields other than rank, subject and score follow by
	// name, compacted.
	cases := []struct {
		k    string
		want string
	}{
		{"1", `{"rank":1,"subject":"dee","score":0.75,"note":{"x":1},"ready":true}` + "\n"},
		{"3", `{"rank":1,"subject":"dee","score":0.75,"note":{"x":1},"ready":true}` + "\n" +
			`{"rank":2,"subject":"al","score":0.5,"ready":false}` + "\n" +
			`{"rank":3,"subject":"bo","score":0.5}` + "\n"},
	}
	for _, c := range cases {
		t.Run("k"+c.k, func(t *testing.T) {
			code, out, stderr := runCmd(t, "topk-merge", "-k", c.k, a, b)
			require.Equal(t, exitOK, code, "topk-merge -k %s exits 0; stderr: %s", c.k, stderr)
			assert.Equal(t, c.want, out, "topk-merge -k %s a b", c.k)
		})
	}

	bad := []struct {
		name, content, want string
	}{
		{"not JSON", "{\"subject\":\"al\",\"score\":0.5}\nnope\n", "bad.ndjson:2: not a JSON object (ndjson)"},
		{"no subject", `{"score":0.5}`, `bad.ndjson:1: "subject" is missing or not an ID (ndjson)`},
		{"score above 1", `{"subject":"al","score":1.5}`, `bad.ndjson:1: "score" of "al" is missing or not a number from 0 to 1 (ndjson)`},
		{"subject twice", `{"subject":"cy","score":0.5}`, `bad.ndjson:1: subject "cy" is already in ` + b + `:2: the merged lists overlap (unique)`},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			f := write("bad.ndjson", c.content)
			code, out, stderr := runCmd(t, "topk-merge", b, f)
			assert.Equal(t, exitFindings, code, "topk-merge of a bad line exits 1")
			assert.Empty(t, out, "topk-merge of a bad line prints no list")
			assert.Contains(t, stderr, strings.Replace(c.want, "bad.ndjson", f, 1), "topk-merge names the file and line")
		})
	}

	usage := [][]string{{"topk-merge", "-k", "0"}, {"topk-merge", "--ndjson"}}
	for _, args := range usage {
		code, _, _ := runCmd(t, args...)
		assert.Equal(t, exitUsage, code, "careerkit %s exits 2", strings.Join(args, " "))
	}
	code, _, stderr := runCmd(t, "topk-merge", filepath.Join(dir, "missing.ndjson"))
	assert.Equal(t, exitFindings, code, "topk-merge of a missing file exits 1")
	assert.Contains(t, stderr, "missing.ndjson", "the error names the file")
}

// FuzzTopkMergeLine checks that a line never panics the parser, and that an
// accepted line, written back with a rank, reads as the same match.
func FuzzTopkMergeLine(f *testing.F) {
	f.Add(`{"rank":1,"subject":"dee","score":0.75,"ready":true,"note":{"x": 1}}`)
	f.Add(`{"subject":"al","score":0}`)
	f.Add(`{"subject":"al","score":1e-320,"rank":"x"}`)
	f.Fuzz(func(t *testing.T, line string) {
		l, err := parseLine([]byte(line))
		if err != nil {
			return
		}
		out := encodeLine(7, l.fields)
		back, err := parseLine(out)
		require.NoError(t, err, "parseLine of encodeLine: %s", out)
		assert.Equal(t, l.match, back.match, "round trip of %q", line)
		var rank struct{ Rank int }
		require.NoError(t, json.Unmarshal(out, &rank), "the written line is JSON: %s", out)
		assert.Equal(t, 7, rank.Rank, "the written line has the rank: %s", out)
	})
}
