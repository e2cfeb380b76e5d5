package jsonld_test

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/interop/jsonld"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// seed returns the sample role, its posting and the sample catalog.
func seed(t *testing.T) (role.Role, posting.Posting, competency.Catalog) {
	t.Helper()
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	r, err := examples.ManagerRole()
	require.NoError(t, err, "examples.ManagerRole()")
	p, err := examples.Posting()
	require.NoError(t, err, "examples.Posting()")
	return r, p, f.Catalog
}

// seedJSONLD returns the JSON-LD of the seed posting, made once for the
// tests that mutate it.
func seedJSONLD(t *testing.T) []byte {
	t.Helper()
	data, err := seedOnce()
	require.NoError(t, err, "JobPosting(seed)")
	return bytes.Clone(data)
}

var seedOnce = sync.OnceValues(func() ([]byte, error) {
	f, err := examples.Framework()
	if err != nil {
		return nil, err
	}
	r, err := examples.ManagerRole()
	if err != nil {
		return nil, err
	}
	p, err := examples.Posting()
	if err != nil {
		return nil, err
	}
	return jsonld.JobPosting(r, p, f.Catalog)
})

// decode reads JSON-LD keeping numbers as written.
func decode(t *testing.T, data []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	require.NoError(t, dec.Decode(&m), "decode %s", data)
	return m
}

func TestJobPostingSeed(t *testing.T) {
	data := seedJSONLD(t)
	jp := decode(t, data)
	assert.Empty(t, jsonld.Lint(data), "Lint(JobPosting(seed))")
	for _, c := range []struct {
		path string
		want any
	}{
		{"@context", "https://schema.org/"},
		{"@type", "JobPosting"},
		{"title", "Manager – Software Engineering"},
		{"datePosted", "2026-09-01"},
		{"validThrough", "2026-10-31"},
		{"jobLocationType", "TELECOMMUTE"},
		{"directApply", true},
		{"occupationalCategory", "11-3021.00"},
		// the role's band, USD 140,000–220,000 a year: the posting has no pay of its own
		{"baseSalary", map[string]any{"@type": "MonetaryAmount", "currency": "USD", "value": map[string]any{
			"@type": "QuantitativeValue", "minValue": json.Number("140000"), "maxValue": json.Number("220000"), "unitText": "YEAR"}}},
		{"identifier", map[string]any{"@type": "PropertyValue", "name": "Acme Software", "value": "ENG-2026-0142"}},
		{"applicantLocationRequirements", []any{map[string]any{"@type": "Country", "name": "US"}}},
		{"employmentType", []any{"FULL_TIME"}},
		// the minimum: a bachelor's degree in one of three fields
		{"educationRequirements", []any{map[string]any{"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"}}},
		// the largest required minimum is 6 years of software engineering: 6 × 12 = 72 months
		{"experienceRequirements", map[string]any{"@type": "OccupationalExperienceRequirements", "monthsOfExperience": json.Number("72")}},
		{"experienceInPlaceOfEducation", false},
		{"hiringOrganization", map[string]any{"@type": "Organization", "name": "Acme Software", "url": "https://acme.example.com",
			"sameAs": []any{"https://www.linkedin.com/company/acme-software-example"}, "logo": "https://acme.example.com/logo.png"}},
	} {
		assert.Equal(t, c.want, jp[c.path], "JobPosting(seed)[%q]", c.path)
	}
	assert.NotContains(t, jp, "jobLocation", "JobPosting(seed): a remote posting without an office has no jobLocation")
	skills, _ := jp["skills"].([]any)
	assert.Len(t, skills, 24, "JobPosting(seed): the 24 competencies the role requires, by name")
	assert.Contains(t, skills, "Coaching and mentoring", "JobPosting(seed) skills")
	desc, _ := jp["description"].(string)
	for _, want := range []string{
		"<p>A hands-on leader who pairs technical depth",
		"<p><strong>Responsibilities</strong></p><ul><li>Guide several engineering teams",
		"<li>Coaching and mentoring</li>",
		"<li>Required: a bachelor degree in Computer Science, Software Engineering or Computer Engineering",
		"<li>6–12+ years of software-engineering",
		"<li>401(k) with a company match</li>",
		"<p>This job is fully remote, for applicants living in: US.</p>",
		"<p>Apply by 2026-10-15.</p>",
	} {
		assert.Contains(t, desc, want, "JobPosting(seed) description")
	}
	assert.NotContains(t, string(data), "<", "JobPosting(seed): markup is written as \\u003c, so the JSON can stand in a script element")
}

func TestJobPostingEscapesAndExactAmounts(t *testing.T) {
	r, p, cat := seed(t)
	r.Summary = `Ships <script>alert("x")</script> & more`
	r.Responsibilities.Primary = []string{"Keeps p95 < 200 ms"}
	band := salary.Band{Currency: "EUR", Period: salary.Month, Min: salary.MustParseAmount("4000.55"), Max: salary.MustParseAmount("900000000000000.01")}
	p.BaseSalary = &band
	data, err := jsonld.JobPosting(r, p, cat)
	require.NoError(t, err, "JobPosting(escapes)")
	jp := decode(t, data)
	desc := jp["description"].(string)
	assert.Contains(t, desc, "<p>Ships &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more</p>", "the summary is escaped")
	assert.Contains(t, desc, "<li>Keeps p95 &lt; 200 ms</li>", "a responsibility is escaped")
	assert.NotContains(t, string(data), "</script>", "no script end tag in the output")
	value := jp["baseSalary"].(map[string]any)["value"].(map[string]any)
	// the posting's own band, written digit for digit: 900000000000000.01 has 17
	// significant digits, and through a float64 it would come out as
	// 900000000000000
	assert.Equal(t, json.Number("4000.55"), value["minValue"], "minValue")
	assert.Equal(t, json.Number("900000000000000.01"), value["maxValue"], "maxValue")
	assert.Equal(t, "MONTH", value["unitText"], "unitText of a monthly band")
	assert.Equal(t, "EUR", jp["baseSalary"].(map[string]any)["currency"], "currency")
}

func TestJobPostingPlaces(t *testing.T) {
	r, p, cat := seed(t)
	p.Remote = posting.Hybrid
	p.ApplicantLocationRequirements = nil
	p.JobLocations = []posting.Address{{StreetAddress: "1 Main St", AddressLocality: "Austin", AddressRegion: "TX", PostalCode: "78701", AddressCountry: "US"}}
	data, err := jsonld.JobPosting(r, p, cat)
	require.NoError(t, err, "JobPosting(hybrid)")
	jp := decode(t, data)
	assert.Equal(t, map[string]any{"@type": "Place", "address": map[string]any{"@type": "PostalAddress", "streetAddress": "1 Main St",
		"addressLocality": "Austin", "addressRegion": "TX", "postalCode": "78701", "addressCountry": "US"}}, jp["jobLocation"], "one job location is one Place")
	assert.NotContains(t, jp, "jobLocationType", "hybrid work is not TELECOMMUTE")

	p.JobLocations = append(p.JobLocations, posting.Address{AddressLocality: "Berlin", AddressCountry: "DE"})
	data, err = jsonld.JobPosting(r, p, cat)
	require.NoError(t, err, "JobPosting(two places)")
	assert.Len(t, decode(t, data)["jobLocation"], 2, "two job locations are a list of Places")

	p.Remote = posting.Remote
	p.JobLocations = nil
	p.ApplicantLocationRequirements = []posting.ApplicantLocation{{Country: "US", Region: "California"}}
	data, err = jsonld.JobPosting(r, p, cat)
	require.NoError(t, err, "JobPosting(region)")
	assert.Equal(t, []any{map[string]any{"@type": "State", "name": "California", "containedInPlace": map[string]any{"@type": "Country", "name": "US"}}},
		decode(t, data)["applicantLocationRequirements"], "a region is a State in its Country")
}

func TestJobPostingErrors(t *testing.T) {
	r, p, cat := seed(t)
	other := p
	other.Role = "director-engineering"
	noDate := p
	noDate.DatePosted = civil.Date{}
	short := cat
	short.Competencies = short.Competencies[1:]
	for _, c := range []struct {
		name string
		p    posting.Posting
		cat  competency.Catalog
		want string
	}{
		{"another role", other, cat, `it posts role "director-engineering", not "manager-software-engineering"`},
		{"invalid posting", noDate, cat, "datePosted"},
		{"competency missing from the catalog", p, short, `requires competency "people-leadership", which the catalog does not define`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := jsonld.JobPosting(r, c.p, c.cat)
			assert.ErrorContains(t, err, c.want, "JobPosting(%s)", c.name)
		})
	}
}

func TestCredentialCategory(t *testing.T) {
	for _, c := range []struct {
		cred role.Credential
		want string
	}{
		{role.Credential{Level: role.HighSchool}, "high school"},
		{role.Credential{Kind: role.School, Subjects: []string{"mathematics"}}, "high school"},
		{role.Credential{Level: role.Associate}, "associate degree"},
		{role.Credential{Level: role.Bachelor}, "bachelor degree"},
		{role.Credential{Level: role.Master, Name: "MBA"}, "postgraduate degree"},
		{role.Credential{Level: role.Doctorate}, "postgraduate degree"},
		{role.Credential{Kind: role.Certification, Name: "CKA"}, "professional certificate"},
		{role.Credential{Level: role.NoDegree}, ""},
	} {
		assert.Equal(t, c.want, jsonld.CredentialCategory(c.cred), "CredentialCategory(%s)", c.cred)
	}
}

func TestUnitTextAndDuration(t *testing.T) {
	for _, c := range []struct {
		p              salary.Period
		unit, duration string
	}{
		{salary.Hour, "HOUR", "PT1H"}, {salary.Day, "DAY", "P1D"}, {salary.Week, "WEEK", "P1W"},
		{salary.Month, "MONTH", "P1M"}, {salary.Year, "YEAR", "P1Y"},
	} {
		assert.Equal(t, c.unit, jsonld.UnitText(c.p), "UnitText(%s)", c.p)
		assert.Equal(t, c.duration, jsonld.Duration(c.p), "Duration(%s)", c.p)
	}
}

func TestOccupation(t *testing.T) {
	r, _, _ := seed(t)
	amt := func(s string) *salary.Amount { a := salary.MustParseAmount(s); return &a }
	d := salary.Distribution{Currency: "USD", Period: salary.Year, P10: amt("128000"), P25: amt("150000.5"), P50: amt("172000"), P75: amt("198000"), P90: amt("231000")}
	data, err := jsonld.Occupation(r, d)
	require.NoError(t, err, "Occupation(seed, d)")
	o := decode(t, data)
	assert.Equal(t, "Occupation", o["@type"], "@type")
	assert.Equal(t, "Manager – Software Engineering", o["name"], "name")
	assert.Equal(t, "11-3021.00", o["occupationalCategory"], "occupationalCategory")
	assert.Equal(t, []any{map[string]any{"@type": "MonetaryAmountDistribution", "name": "base", "currency": "USD", "duration": "P1Y",
		"percentile10": json.Number("128000"), "percentile25": json.Number("150000.5"), "median": json.Number("172000"),
		"percentile75": json.Number("198000"), "percentile90": json.Number("231000")}}, o["estimatedSalary"], "estimatedSalary")

	_, err = jsonld.Occupation(r, salary.Distribution{Currency: "USD", Period: salary.Year})
	assert.ErrorContains(t, err, "at least one of p10, p25, p50, p75, p90", "Occupation without percentiles")
	_, err = jsonld.Occupation(r, salary.Distribution{Currency: "usd", Period: salary.Year, P50: amt("1")})
	assert.Error(t, err, "Occupation with an invalid distribution")
}

func TestLintNotAJobPosting(t *testing.T) {
	for _, in := range []string{`[1]`, `null`, `{"@type": "Occupation"}`, `{`, ``} {
		fs := jsonld.Lint([]byte(in))
		require.Len(t, fs, 1, "Lint(%s)", in)
		assert.Equal(t, "jobposting", fs[0].Rule, "Lint(%s)", in)
		assert.Equal(t, jsonld.Error, fs[0].Severity, "Lint(%s)", in)
	}
}

func TestRulesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range jsonld.Rules() {
		assert.False(t, seen[r.ID], "rule %s is listed once", r.ID)
		seen[r.ID] = true
		assert.Contains(t, []jsonld.Level{jsonld.Required, jsonld.Recommended}, r.Level, "rule %s", r.ID)
		assert.Equal(t, jsonld.GoogleJobPosting, r.Source, "rule %s names its source", r.ID)
		assert.NotEmpty(t, r.Text, "rule %s says what it asks", r.ID)
	}
	// Google's five required properties and seven recommended ones each have a rule.
	for _, id := range []string{"required-title", "required-description", "required-datePosted", "required-hiringOrganization", "required-jobLocation",
		"recommended-applicantLocationRequirements", "recommended-baseSalary", "recommended-directApply", "recommended-employmentType",
		"recommended-identifier", "recommended-jobLocationType", "recommended-validThrough"} {
		assert.True(t, seen[id], "Rules() has %s", id)
	}
}
