package posting_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// valid returns a hybrid posting in Berlin that passes Validate.
func valid() posting.Posting {
	return posting.Posting{
		ID:                 "data-engineer-berlin",
		Role:               "data-engineer",
		DatePosted:         civil.MustParseDate("2026-03-02"),
		ValidThrough:       civil.MustParseDate("2026-04-30"),
		HiringOrganization: posting.Organization{Name: "Beispiel GmbH", URL: "https://beispiel.example.de"},
		JobLocations:       []posting.Address{{AddressLocality: "Berlin", AddressCountry: "DE"}},
		Remote:             posting.Hybrid,
		EmploymentTypes:    []posting.EmploymentType{posting.FullTime},
	}
}

// problems returns the path and rule of every problem of err.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var ve *problem.ValidationError
	require.True(t, errors.As(err, &ve), "the error is a *problem.ValidationError: %v", err)
	var out []string
	for _, fe := range ve.Errors {
		out = append(out, fe.Path+" "+fe.Rule)
	}
	return out
}

func TestValidate(t *testing.T) {
	require.NoError(t, valid().Validate(), "Validate(valid())")
	for _, c := range []struct {
		name   string
		change func(*posting.Posting)
		want   []string // "path rule"; nil for a valid posting
	}{
		{"valid through on the day posted", func(p *posting.Posting) { p.ValidThrough = p.DatePosted }, nil},
		{"valid through the day before", func(p *posting.Posting) { p.ValidThrough = p.DatePosted.AddDays(-1) }, []string{"validThrough gtefield"}},
		{"no end date", func(p *posting.Posting) { p.ValidThrough = civil.Date{} }, nil},
		{"deadline on the last day", func(p *posting.Posting) { p.ApplicationDeadline = p.ValidThrough }, nil},
		{"deadline a day after the last day", func(p *posting.Posting) { p.ApplicationDeadline = p.ValidThrough.AddDays(1) }, []string{"applicationDeadline ltefield"}},
		{"deadline a day before posting", func(p *posting.Posting) { p.ApplicationDeadline = p.DatePosted.AddDays(-1) }, []string{"applicationDeadline gtefield"}},
		{"no date posted", func(p *posting.Posting) { p.DatePosted = civil.Date{} }, []string{"datePosted required"}},
		{"no ID", func(p *posting.Posting) { p.ID = "" }, []string{"id required"}},
		{"role not a slug", func(p *posting.Posting) { p.Role = "Data Engineer" }, []string{"role slug"}},
		{"no organisation name", func(p *posting.Posting) { p.HiringOrganization.Name = "" }, []string{"hiringOrganization.name required"}},
		{"relative URL", func(p *posting.Posting) { p.HiringOrganization.URL = "/about" }, []string{"hiringOrganization.url http_url"}},
		{"mailto URL", func(p *posting.Posting) { p.HiringOrganization.URL = "mailto:jobs@example.de" }, []string{"hiringOrganization.url http_url"}},
		{"URL with a user", func(p *posting.Posting) { p.HiringOrganization.URL = "https://u@example.de" }, []string{"hiringOrganization.url http_url"}},
		{"logo and sameAs relative", func(p *posting.Posting) {
			p.HiringOrganization.Logo = "logo.png"
			p.HiringOrganization.SameAs = []string{"https://example.de/a", "b"}
		}, []string{"hiringOrganization.logo http_url", "hiringOrganization.sameAs[1] http_url"}},
		{"hybrid without a job location", func(p *posting.Posting) { p.JobLocations = nil }, []string{"jobLocations required_unless"}},
		{"on site without a job location", func(p *posting.Posting) { p.Remote = ""; p.JobLocations = nil }, []string{"jobLocations required_unless"}},
		{"remote without an applicant location", func(p *posting.Posting) { p.Remote = posting.Remote }, []string{"applicantLocationRequirements required_if"}},
		{"remote with an applicant location and no office", func(p *posting.Posting) {
			p.Remote = posting.Remote
			p.JobLocations = nil
			p.ApplicantLocationRequirements = []posting.ApplicantLocation{{Country: "AT", Region: "Wien"}}
		}, nil},
		{"address without a country", func(p *posting.Posting) { p.JobLocations[0].AddressCountry = "" }, []string{"jobLocations[0].addressCountry required"}},
		{"address country withdrawn", func(p *posting.Posting) { p.JobLocations[0].AddressCountry = "UK" }, []string{"jobLocations[0].addressCountry oneof"}},
		{"unknown workplace", func(p *posting.Posting) { p.Remote = "telecommute" }, []string{"remote oneof"}},
		{"employment type twice", func(p *posting.Posting) {
			p.EmploymentTypes = []posting.EmploymentType{posting.FullTime, posting.FullTime}
		}, []string{"employmentTypes unique"}},
		{"unknown employment type", func(p *posting.Posting) { p.EmploymentTypes = []posting.EmploymentType{"SEASONAL"} }, []string{"employmentTypes[0] oneof"}},
		{"identifier without a value", func(p *posting.Posting) { p.Identifier = &posting.Identifier{Name: "Beispiel"} }, []string{"identifier.value required"}},
		{"base salary with min above max", func(p *posting.Posting) {
			p.BaseSalary = &salary.Band{Currency: "EUR", Period: salary.Year, Min: salary.MustParseAmount("90000"), Max: salary.MustParseAmount("80000")}
		}, []string{"baseSalary.max range"}},
		{"empty benefit", func(p *posting.Posting) { p.Benefits = []string{""} }, []string{"benefits[0] required"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := valid()
			p.JobLocations = append([]posting.Address(nil), p.JobLocations...)
			c.change(&p)
			err := p.Validate()
			if c.want == nil {
				assert.NoError(t, err, "Validate(%s)", c.name)
				return
			}
			require.Error(t, err, "Validate(%s)", c.name)
			assert.ErrorIs(t, err, problem.ErrInvalid, "Validate(%s)", c.name)
			assert.Equal(t, c.want, problems(t, err), "Validate(%s): paths and rules", c.name)
		})
	}
}

func TestCountry(t *testing.T) {
	for _, c := range []struct {
		code string
		ok   bool
		why  string
	}{
		{"US", true, ""}, {"DE", true, ""}, {"GB", true, ""}, {"JP", true, ""},
		{"us", false, "two capital letters"},
		{"USA", false, "two capital letters"},
		{"", false, "two capital letters"},
		{"UK", false, "write GB"},      // withdrawn for the United Kingdom
		{"EU", false, "no ISO 3166-1"}, // a grouping
		{"AC", false, "reserved"},      // exceptionally reserved (Ascension Island)
		{"XK", false, "reserved"},      // user-assigned (Kosovo)
		{"ZZ", false, "no ISO 3166-1"}, // unknown region
	} {
		got, err := posting.ParseCountry(c.code)
		if c.ok {
			assert.NoError(t, err, "ParseCountry(%q)", c.code)
			assert.Equal(t, posting.Country(c.code), got, "ParseCountry(%q)", c.code)
			continue
		}
		assert.ErrorContains(t, err, c.why, "ParseCountry(%q)", c.code)
		assert.False(t, posting.Country(c.code).IsValid(), "Country(%q).IsValid()", c.code)
	}
	cs := posting.Countries()
	// ISO 3166-1 assigns 249 codes; x/text also knows a few that are
	// historic (such as AN, the Netherlands Antilles), so allow some room.
	assert.GreaterOrEqual(t, len(cs), 249, "Countries() holds every assigned code")
	assert.LessOrEqual(t, len(cs), 260, "Countries() holds few besides")
	assert.Contains(t, cs, posting.Country("CW"), "Countries() has Curaçao")
	assert.NotContains(t, cs, posting.Country("UK"), "Countries() leaves out UK")
}

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		name, doc, want string
	}{
		{"valid", `{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "FR"}]}`, ""},
		{"unknown key", `{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "FR"}], "salary": 1}`, "salary"},
		{"country in lower case", `{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "fr"}]}`, "jobLocations[0].addressCountry"},
		{"employment type unknown", `{"id": "p", "role": "r", "datePosted": "2026-01-05", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "FR"}], "employmentTypes": ["SEASONAL"]}`, "FULL_TIME, PART_TIME"},
		{"date not a day", `{"id": "p", "role": "r", "datePosted": "2026-02-30", "hiringOrganization": {"name": "N"}, "jobLocations": [{"addressCountry": "FR"}]}`, "datePosted"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var p posting.Posting
			err := careerkit.Decode(strings.NewReader(c.doc), &p, careerkit.WithFormat(careerkit.FormatJSON))
			if c.want == "" {
				assert.NoError(t, err, "Decode(%s)", c.doc)
				return
			}
			assert.ErrorContains(t, err, c.want, "Decode(%s)", c.doc)
		})
	}
}

func TestEnums(t *testing.T) {
	assert.Len(t, posting.EmploymentTypes(), 8, "EmploymentTypes()")
	assert.Equal(t, []posting.Workplace{posting.Onsite, posting.Hybrid, posting.Remote}, posting.Workplaces(), "Workplaces()")
	var e posting.EmploymentType
	assert.ErrorContains(t, e.UnmarshalText([]byte("full_time")), `did you mean "FULL_TIME"`, "UnmarshalText(full_time)")
	var w posting.Workplace
	require.NoError(t, w.UnmarshalText([]byte("")), "UnmarshalText(\"\")")
	assert.True(t, w.IsValid(), "the zero Workplace (on site) is valid")
}

// TestRoundTrip writes the sample posting, and a hybrid posting with pay of
// its own, as YAML and JSON with careerkit.Marshal and reads them back
// strictly: nothing is lost.
func TestRoundTrip(t *testing.T) {
	seedPosting, err := examples.Posting()
	require.NoError(t, err, "examples.Posting()")
	own := valid()
	own.Identifier = &posting.Identifier{Name: "Beispiel GmbH", Value: "DE-17"}
	own.BaseSalary = &salary.Band{Currency: "EUR", Period: salary.Month, Min: salary.MustParseAmount("4000.5"), Max: salary.MustParseAmount("5200")}
	own.ApplicationDeadline = civil.MustParseDate("2026-04-15")
	for _, p := range []posting.Posting{seedPosting, own} {
		for _, format := range []careerkit.Format{careerkit.FormatYAML, careerkit.FormatJSON} {
			data, err := careerkit.Marshal(p, format)
			require.NoError(t, err, "Marshal(%s, %v)", p.ID, format)
			var back posting.Posting
			require.NoError(t, careerkit.Decode(bytes.NewReader(data), &back, careerkit.WithFormat(format)), "Decode(Marshal(%s, %v)):\n%s", p.ID, format, data)
			assert.Empty(t, cmp.Diff(p, back, cmpopts.EquateEmpty()), "Decode(Marshal(%s, %v)) gives the posting back", p.ID, format)
		}
	}
}
