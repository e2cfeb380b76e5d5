package render_test

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// sample is the sample framework's manager role with the gap report and fit
// of the sample senior engineer, and the ranking of both sample candidates.
type sample struct {
	ix      *competency.Index
	role    role.Role
	report  competency.Report
	fit     role.FitReport
	ranking []render.RankingRow
	total   int
}

func loadSample(t *testing.T) sample {
	t.Helper()
	ctx := context.Background()
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework")
	m, err := f.Compile()
	require.NoError(t, err, "Compile")
	r, ok := m.Role("manager-software-engineering")
	require.True(t, ok, "the sample role")
	people, err := examples.People()
	require.NoError(t, err, "examples.People")
	senior, ok := people.Candidate("sample-senior-engineer")
	require.True(t, ok, "the sample senior engineer")
	s := sample{ix: m.Index(), role: r, total: len(people.Candidates)}
	s.report, err = s.ix.Analyze(ctx, senior.Profile, r.Requirements, competency.Options{})
	require.NoError(t, err, "Analyze")
	s.fit, err = m.Fit(ctx, r.ID, senior, role.FitOptions{})
	require.NoError(t, err, "Fit")
	top, err := m.RankCandidates(ctx, r.ID, people, 10, role.FitOptions{})
	require.NoError(t, err, "RankCandidates")
	blocking := map[string]int{}
	for _, c := range people.Candidates {
		rep, err := m.Fit(ctx, r.ID, c, role.FitOptions{})
		require.NoError(t, err, "Fit of %s", c.Profile.Subject)
		blocking[string(c.Profile.Subject)] = len(rep.Blocking)
	}
	s.ranking = render.RankingRows(top, blocking)
	return s
}

func TestGolden(t *testing.T) {
	s := loadSample(t)
	cases := []struct {
		file   string
		render func(io.Writer) error
	}{
		{"report.txt", func(w io.Writer) error { return render.ReportText(w, s.report, s.ix) }},
		{"report.md", func(w io.Writer) error { return render.ReportMarkdown(w, s.report, s.ix) }},
		{"fit.txt", func(w io.Writer) error { return render.FitText(w, s.fit, s.role, s.ix) }},
		{"fit.md", func(w io.Writer) error { return render.FitMarkdown(w, s.fit, s.role, s.ix) }},
		{"ranking.txt", func(w io.Writer) error { return render.RankingText(w, s.role, s.total, s.ranking) }},
		{"ranking.md", func(w io.Writer) error { return render.RankingMarkdown(w, s.role, s.total, s.ranking) }},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			var got bytes.Buffer
			require.NoError(t, c.render(&got), "rendering %s", c.file)
			path := filepath.Join("testdata", c.file+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, got.Bytes(), 0o644), "writing %s", path)
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "reading %s (run go test ./render -update to create it)", path)
			assert.Equal(t, string(want), got.String(), "%s matches %s", c.file, path)
		})
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, render.JSON(&b, map[string]any{"a": 1, "b": []int{2}}), "JSON")
	assert.Equal(t, "{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}\n", b.String(), "indented by two spaces, ending in a newline")
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteErrorsAreReturned(t *testing.T) {
	s := loadSample(t)
	assert.ErrorIs(t, render.ReportText(failWriter{}, s.report, s.ix), os.ErrClosed, "ReportText")
	assert.ErrorIs(t, render.ReportMarkdown(failWriter{}, s.report, s.ix), os.ErrClosed, "ReportMarkdown")
	assert.ErrorIs(t, render.FitText(failWriter{}, s.fit, s.role, s.ix), os.ErrClosed, "FitText")
	assert.ErrorIs(t, render.FitMarkdown(failWriter{}, s.fit, s.role, s.ix), os.ErrClosed, "FitMarkdown")
	assert.ErrorIs(t, render.RankingText(failWriter{}, s.role, s.total, s.ranking), os.ErrClosed, "RankingText")
	assert.ErrorIs(t, render.RankingMarkdown(failWriter{}, s.role, s.total, s.ranking), os.ErrClosed, "RankingMarkdown")
}
