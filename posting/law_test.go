package posting_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

func seedPosting(t *testing.T) (posting.Posting, role.Role) {
	t.Helper()
	p, err := examples.Posting()
	require.NoError(t, err, "examples.Posting()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	return p, r
}

func rules(as []problem.Advice) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Rule)
	}
	return out
}

func TestLawTable(t *testing.T) {
	laws := posting.Laws()
	assert.Len(t, laws, 13, "twelve states and cities, New York counted twice (state and city)")
	for i, l := range laws {
		if i > 0 {
			assert.Less(t, laws[i-1].Jurisdiction, l.Jurisdiction, "sorted by ID")
		}
		assert.Regexp(t, `^https://`, l.Source, "%s has an official source", l.Jurisdiction)
		assert.NotEmpty(t, l.Citation, "%s cites its law", l.Jurisdiction)
		assert.Positive(t, l.MinEmployees, "%s has an employer size", l.Jurisdiction)
		require.NotEmpty(t, l.Requires, "%s requires something", l.Jurisdiction)
		assert.Equal(t, posting.PayRange, l.Requires[0].Statement, "%s requires a pay range first", l.Jurisdiction)
		for _, q := range l.Requires {
			assert.True(t, q.From.Compare(posting.LawsCompiled) <= 0, "%s: in force when the table was compiled", l.Jurisdiction)
		}
	}
}

// TestCheckSeedPosting checks the seed role's posting in every
// jurisdiction: as published (a band on the role, benefits, a deadline) it
// lacks nothing; without benefits it lacks what the laws that require them
// require; without dates it lacks Colorado's deadline only.
func TestCheckSeedPosting(t *testing.T) {
	on := civil.MustParseDate("2026-12-01")
	benefits := map[string]bool{"us-co": true, "us-dc": true, "us-il": true, "us-md": true, "us-mn": true, "us-nj": true, "us-wa": true}
	for _, l := range posting.Laws() {
		t.Run(l.Jurisdiction, func(t *testing.T) {
			p, r := seedPosting(t)
			got, err := posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check")
			assert.Empty(t, got, "the seed posting states everything %s asks", l.Name)

			p.Benefits = nil
			got, err = posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check without benefits")
			if benefits[l.Jurisdiction] {
				assert.Equal(t, []string{l.Jurisdiction + ".benefits"}, rules(got), "%s requires benefits", l.Name)
				assert.Contains(t, got[0].Message, l.Source, "the advice cites the source")
				assert.Equal(t, "benefits", got[0].Path, "the advice names the field")
			} else {
				assert.Empty(t, got, "%s does not require benefits", l.Name)
			}

			p, r = seedPosting(t)
			p.ApplicationDeadline, p.ValidThrough = civil.Date{}, civil.Date{}
			got, err = posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check without a deadline")
			if l.Jurisdiction == "us-co" {
				assert.Equal(t, []string{"us-co.deadline"}, rules(got), "Colorado requires the deadline since 2024")
			} else {
				assert.Empty(t, got, "%s does not require a deadline", l.Name)
			}

			p, r = seedPosting(t)
			r.Pay, p.BaseSalary = nil, nil
			got, err = posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check without pay")
			assert.Equal(t, []string{l.Jurisdiction + ".pay-range"}, rules(got), "%s requires a pay range", l.Name)

			// One day before the law's first requirement, nothing is required.
			before := l.Requires[0].From.AddDays(-1)
			got, err = posting.Check(p, r, l.Jurisdiction, before)
			require.NoError(t, err, "Check before the law")
			assert.Empty(t, got, "%s requires nothing before %s", l.Name, l.Requires[0].From)

			// Below the employer size, nothing; at it, the law applies.
			p.HiringOrganization.Employees = l.MinEmployees - 1
			got, err = posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check below the size")
			if l.MinEmployees > 1 {
				assert.Empty(t, got, "%s applies from %d employees", l.Name, l.MinEmployees)
			}
			p.HiringOrganization.Employees = l.MinEmployees
			got, err = posting.Check(p, r, l.Jurisdiction, on)
			require.NoError(t, err, "Check at the size")
			assert.NotEmpty(t, got, "%s applies at %d employees", l.Name, l.MinEmployees)
		})
	}
}

func TestCheckColoradoDeadlineDates(t *testing.T) {
	p, r := seedPosting(t)
	p.ApplicationDeadline, p.ValidThrough = civil.Date{}, civil.Date{}
	got, err := posting.Check(p, r, "us-co", civil.MustParseDate("2023-12-31"))
	require.NoError(t, err, "Check")
	assert.Empty(t, got, "the deadline became required on 2024-01-01")
	got, err = posting.Check(p, r, "us-co", civil.MustParseDate("2024-01-01"))
	require.NoError(t, err, "Check")
	assert.Equal(t, []string{"us-co.deadline"}, rules(got), "from 2024-01-01")
	p.ValidThrough = civil.MustParseDate("2026-10-31")
	got, err = posting.Check(p, r, "us-co", civil.MustParseDate("2026-09-01"))
	require.NoError(t, err, "Check")
	assert.Empty(t, got, "validThrough states the deadline too")
}

func TestCheckUnknownJurisdiction(t *testing.T) {
	p, r := seedPosting(t)
	_, err := posting.Check(p, r, "us-cx", civil.MustParseDate("2026-12-01"))
	assert.ErrorIs(t, err, problem.ErrInvalid, "unknown jurisdiction")
	assert.ErrorContains(t, err, `did you mean`, "the closest IDs are suggested")
	_, err = posting.Check(p, r, "us-co", civil.Date{})
	assert.ErrorIs(t, err, problem.ErrInvalid, "no date")
}
