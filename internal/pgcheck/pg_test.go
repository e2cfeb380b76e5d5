package pgcheck

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/synth"
)

// row is one rating as the ratings table holds it.
type row struct {
	subject, competency string
	level               int
	assessedAt          pgtype.Date // NULL when undated
	source              string
}

// rows draws a clustered population of n people and gives a third of
// their ratings an older rating (undated, or a year earlier) and a same-day
// self-assessment at another level, so that resolution has work to do:
// under Latest the dated manager rating wins. The rows come shuffled.
func rows(n int, seed uint64) []row {
	rng := rand.New(rand.NewPCG(seed, 5))
	var out []row
	for _, p := range synth.Clustered().Profiles(n, seed) {
		out = appendRows(out, p, rng)
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

var (
	recent = pgtype.Date{Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Valid: true}
	older  = pgtype.Date{Time: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Valid: true}
)

// appendRows appends the rows of profile p, as rows draws them.
func appendRows(out []row, p competency.Profile, rng *rand.Rand) []row {
	for _, r := range p.Ratings {
		if rng.IntN(3) > 0 {
			out = append(out, row{string(p.Subject), r.Competency, r.Level, pgtype.Date{}, ""})
			continue
		}
		out = append(out,
			row{string(p.Subject), r.Competency, r.Level, recent, "manager"},
			row{string(p.Subject), r.Competency, 1 + rng.IntN(5), recent, "self"},
			row{string(p.Subject), r.Competency, 1 + rng.IntN(5), []pgtype.Date{{}, older}[rng.IntN(2)], "peer"})
	}
	return out
}

// rowStream is the rows of rows(n, seed) in the order drawn, not shuffled,
// made one profile at a time as COPY reads them, so that a million people
// need not be held as rows: a pgx.CopyFromSource.
type rowStream struct {
	profiles []competency.Profile
	rng      *rand.Rand
	next     int
	buf      []row
	cur      row
	count    int
}

func newRowStream(n int, seed uint64) *rowStream {
	return &rowStream{profiles: synth.Clustered().Profiles(n, seed), rng: rand.New(rand.NewPCG(seed, 5))}
}

func (s *rowStream) Next() bool {
	for len(s.buf) == 0 {
		if s.next == len(s.profiles) {
			return false
		}
		s.buf = appendRows(s.buf[:0], s.profiles[s.next], s.rng)
		s.next++
	}
	s.cur, s.buf = s.buf[0], s.buf[1:]
	s.count++
	return true
}

func (s *rowStream) Values() ([]any, error) {
	return []any{s.cur.subject, s.cur.competency, s.cur.level, s.cur.assessedAt, s.cur.source}, nil
}

func (s *rowStream) Err() error { return nil }

// load creates the ratings table, copies rows into it, and creates the
// resolved table that SQL ranks from: one row per subject and competency,
// chosen as the Latest policy chooses (the newest, undated oldest; then the
// most trusted source; then the higher level), with a covering index.
func load(ctx context.Context, tb testing.TB, conn *pgx.Conn, rs []row) {
	tb.Helper()
	src := pgx.CopyFromSlice(len(rs), func(i int) ([]any, error) {
		r := rs[i]
		return []any{r.subject, r.competency, r.level, r.assessedAt, r.source}, nil
	})
	require.Equal(tb, int64(len(rs)), loadFrom(ctx, tb, conn, src), "rows copied")
}

// loadFrom is load from any source of rows; it returns how many it copied.
func loadFrom(ctx context.Context, tb testing.TB, conn *pgx.Conn, src pgx.CopyFromSource) int64 {
	tb.Helper()
	_, err := conn.Exec(ctx, `
DROP TABLE IF EXISTS ratings, resolved, subjects;
CREATE TABLE ratings (subject text NOT NULL, competency text NOT NULL, level int NOT NULL, assessed_at date, source text NOT NULL)`)
	require.NoError(tb, err, "CREATE TABLE ratings")
	n, err := conn.CopyFrom(ctx, pgx.Identifier{"ratings"}, []string{"subject", "competency", "level", "assessed_at", "source"}, src)
	require.NoError(tb, err, "COPY ratings")
	_, err = conn.Exec(ctx, `
CREATE TABLE resolved AS
SELECT DISTINCT ON (subject, competency) subject, competency, level
FROM ratings
ORDER BY subject, competency, assessed_at DESC NULLS LAST,
	CASE source WHEN 'assessment' THEN 5 WHEN 'manager' THEN 4 WHEN 'peer' THEN 3
		WHEN 'import' THEN 2 WHEN 'self' THEN 1 ELSE 0 END DESC,
	level DESC;
CREATE INDEX resolved_competency ON resolved (competency, subject) INCLUDE (level);
CREATE TABLE subjects AS SELECT DISTINCT subject FROM ratings;
ANALYZE resolved; ANALYZE subjects`)
	require.NoError(tb, err, "CREATE TABLE resolved")
	return n
}

// rankSQL is the weighted mean of linear credit in SQL: for each subject,
// sum(weight × min(have, need) / need) / sum(weight), have 0 when not
// held, which is Linear on the 1–5 framework scale, where a level's
// position is its value. It sums the credit of the ratings held through the
// covering index, then gives every other subject 0. It is exact (numeric)
// and rounded to 12 places; ties go to the smaller subject.
const rankSQL = `
WITH req AS (
	SELECT * FROM unnest($1::text[], $2::int[], $3::numeric[]) AS r(competency, need, weight)
), total AS (
	SELECT sum(weight) AS weight FROM req
), held AS (
	SELECT v.subject, sum(r.weight * least(v.level, r.need)::numeric / r.need) AS credit
	FROM req r JOIN resolved v ON v.competency = r.competency
	GROUP BY v.subject
)
SELECT s.subject, round(coalesce(h.credit, 0) / total.weight, 12) AS score
FROM subjects s LEFT JOIN held h ON h.subject = s.subject CROSS JOIN total
ORDER BY score DESC, s.subject COLLATE "C"
LIMIT $4`

// fastSQL is the same ranking as a SQL user tuning for speed would write
// it: float8 rather than numeric, and only the subjects that hold one of
// the competencies ranked (the others score 0, so they matter only when
// fewer than k hold any). The benchmark times it beside rankSQL.
const fastSQL = `
WITH req AS (
	SELECT * FROM unnest($1::text[], $2::int[], $3::float8[]) AS r(competency, need, weight)
)
SELECT v.subject, sum(r.weight * least(v.level, r.need)::float8 / r.need) / (SELECT sum(weight) FROM req) AS score
FROM req r JOIN resolved v ON v.competency = r.competency
GROUP BY v.subject
ORDER BY score DESC, v.subject COLLATE "C"
LIMIT $4`

type scored struct {
	Subject string
	Score   float64
}

func topSQL(ctx context.Context, tb testing.TB, conn *pgx.Conn, reqs []competency.Requirement, k int) []scored {
	tb.Helper()
	return querySQL(ctx, tb, conn, rankSQL, reqs, k)
}

func querySQL(ctx context.Context, tb testing.TB, conn *pgx.Conn, query string, reqs []competency.Requirement, k int) []scored {
	tb.Helper()
	var comps []string
	var levels []int
	var weights []float64
	for _, r := range reqs {
		comps = append(comps, string(r.Competency))
		levels = append(levels, r.Level)
		weights = append(weights, r.EffectiveWeight())
	}
	rs, err := conn.Query(ctx, query, comps, levels, weights, k)
	require.NoError(tb, err, "ranking query")
	out, err := pgx.CollectRows(rs, pgx.RowToStructByPos[scored])
	require.NoError(tb, err, "ranking rows")
	return out
}

// build streams the ratings table into a PopulationBuilder.
func build(ctx context.Context, tb testing.TB, conn *pgx.Conn, ix *competency.Index) *competency.Population {
	tb.Helper()
	b, err := ix.NewPopulationBuilder(competency.Options{})
	require.NoError(tb, err, "NewPopulationBuilder")
	rs, err := conn.Query(ctx, `SELECT subject, competency, level, assessed_at, source FROM ratings`)
	require.NoError(tb, err, "SELECT ratings")
	var r row
	_, err = pgx.ForEachRow(rs, []any{&r.subject, &r.competency, &r.level, &r.assessedAt, &r.source}, func() error {
		var d civil.Date
		if r.assessedAt.Valid {
			t := r.assessedAt.Time
			d, err = civil.NewDate(t.Year(), t.Month(), t.Day())
			if err != nil {
				return err
			}
		}
		return b.Add(competency.SubjectID(r.subject), competency.Rating{Competency: r.competency, Level: r.level, AssessedAt: d, Source: competency.Source(r.source)})
	})
	require.NoError(tb, err, "reading ratings into the builder")
	pop, err := b.Build(ctx)
	require.NoError(tb, err, "Build")
	return pop
}

func connect(ctx context.Context, tb testing.TB) *pgx.Conn {
	tb.Helper()
	s := postgres(tb)
	conn, err := pgx.Connect(ctx, s.url())
	require.NoError(tb, err, "pgx.Connect(%s)", s.url())
	tb.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func TestBuilderFromPostgresRanksAsSQL(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	conn := connect(ctx, t)
	const people = 3000
	load(ctx, t, conn, rows(people, 11))
	ix := competency.MustCompile(synth.Clustered().Catalog())
	pop := build(ctx, t, conn, ix)
	require.Equal(t, people, pop.Len(), "one profile per subject")
	var resolved int
	require.NoError(t, conn.QueryRow(ctx, `SELECT count(*) FROM resolved`).Scan(&resolved), "count resolved")
	assert.Equal(t, resolved, pop.Ratings(), "the builder resolves to as many ratings as SQL's DISTINCT ON")

	// SQL's scores are exact, and so is careerkit's order (integer weights
	// and linear credit take the exact path): place by place the same
	// subject, with the same score to 1e-11, ties to the smaller subject.
	for i, reqs := range synth.Clustered().RequirementSets(6, 3) {
		m, err := ix.Matcher(reqs, competency.Options{})
		require.NoError(t, err, "Matcher %d", i)
		all := topSQL(ctx, t, conn, reqs, people)
		require.Len(t, all, people, "SQL ranks every subject")
		exact := make(map[string]float64, len(all))
		for _, s := range all {
			exact[s.Subject] = s.Score
		}
		for _, k := range []int{1, 10, 100, people} {
			t.Run(fmt.Sprintf("set%d/k%d", i, k), func(t *testing.T) {
				want := topSQL(ctx, t, conn, reqs, k)
				assert.Equal(t, all[:k], want, "LIMIT %d is the head of the full SQL ranking", k)
				got, err := m.TopK(ctx, pop, k, competency.TopKOptions{})
				require.NoError(t, err, "TopK %d", k)
				require.Len(t, got, len(want), "TopK(%d) length", k)
				for j := range want {
					s, ok := exact[string(got[j].Subject)]
					require.True(t, ok, "TopK's subject %s is in the SQL ranking", got[j].Subject)
					require.InDelta(t, want[j].Score, got[j].Score, 1e-11, "score at place %d of set %d", j+1, i)
					require.InDelta(t, want[j].Score, s, 1e-11, "%s at place %d has SQL's score for that place (SQL %v, careerkit %v)", got[j].Subject, j+1, s, got[j].Score)
					require.Equal(t, want[j].Subject, string(got[j].Subject), "place %d of set %d: exact ties go to the smaller subject, as in SQL", j+1, i)
				}
			})
		}
	}
}

// BenchmarkTopKVsPostgres runs one query both ways on the same data and
// reports each one's time and their ratio (SQL time over careerkit's), for
// 20,000 profiles, and for the sizes CAREERKIT_PG_PEOPLE lists (such as
// "100000,1000000": loading a million profiles takes minutes).
func BenchmarkTopKVsPostgres(b *testing.B) {
	sizes := []int{20000}
	if env := os.Getenv("CAREERKIT_PG_PEOPLE"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			require.NoError(b, err, "CAREERKIT_PG_PEOPLE lists numbers of profiles")
			sizes = append(sizes, n)
		}
	}
	for _, people := range sizes {
		b.Run(strconv.Itoa(people), func(b *testing.B) { benchVsPostgres(b, people) })
	}
}

func benchVsPostgres(b *testing.B, people int) {
	ctx := context.Background()
	conn := connect(ctx, b)
	if people <= 200_000 {
		load(ctx, b, conn, rows(people, 12))
	} else { // the same rows, not shuffled: held as rows, a million people take 20 GB
		s := newRowStream(people, 12)
		require.Equal(b, int64(s.count), loadFrom(ctx, b, conn, s), "rows copied")
	}
	ix := competency.MustCompile(synth.Clustered().Catalog())
	pop := build(ctx, b, conn, ix)
	sets := synth.Clustered().RequirementSets(8, 4)
	ms := make([]*competency.Matcher, len(sets))
	for i, reqs := range sets {
		m, err := ix.Matcher(reqs, competency.Options{})
		require.NoError(b, err, "Matcher")
		ms[i] = m
	}
	var sqlTime, fastTime, goTime time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := i % len(sets)
		t0 := time.Now()
		exact := topSQL(ctx, b, conn, sets[s], 10)
		t1 := time.Now()
		fast := querySQL(ctx, b, conn, fastSQL, sets[s], 10)
		t2 := time.Now()
		if _, err := ms[s].TopK(ctx, pop, 10, competency.TopKOptions{}); err != nil {
			b.Fatal(err)
		}
		sqlTime += t1.Sub(t0)
		fastTime += t2.Sub(t1)
		goTime += time.Since(t2)
		if len(fast) != len(exact) || (len(fast) > 0 && math.Abs(fast[len(fast)-1].Score-exact[len(exact)-1].Score) > 1e-9) {
			b.Fatalf("the float8 query's k-th score %v is not the exact query's %v", fast, exact)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(sqlTime.Microseconds())/n, "sql-µs/query")
	b.ReportMetric(float64(fastTime.Microseconds())/n, "sqlfloat-µs/query")
	b.ReportMetric(float64(goTime.Microseconds())/n, "careerkit-µs/query")
	b.ReportMetric(math.Round(10*float64(sqlTime)/float64(goTime))/10, "sql/careerkit")
	b.ReportMetric(math.Round(10*float64(fastTime)/float64(goTime))/10, "sqlfloat/careerkit")
	b.Logf("%d profiles, top 10: PostgreSQL %v a query (exact numeric), %v (float8, held only), careerkit %v; ratios %.1f× and %.1f×",
		people, sqlTime/time.Duration(b.N), fastTime/time.Duration(b.N), goTime/time.Duration(b.N), float64(sqlTime)/float64(goTime), float64(fastTime)/float64(goTime))
}
