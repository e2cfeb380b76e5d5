package main

const smallPosting = `{
  "id": "data-engineer-berlin",
  "role": "data-engineer",
  "datePosted": "2026-03-02",
  "validThrough": "2026-04-30",
  "hiringOrganization": {"name": "Beispiel GmbH", "url": "https://beispiel.example.de", "sameAs": ["https://beispiel.example.de/about"]},
  "jobLocations": [{"streetAddress": "Hauptstraße 1", "addressLocality": "Berlin", "postalCode": "10115", "addressCountry": "DE"}],
  "remote": "hybrid",
  "employmentTypes": ["FULL_TIME", "PART_TIME"],
  "identifier": {"name": "Beispiel GmbH", "value": "DE-17"},
  "baseSalary": {"currency": "EUR", "period": "year", "min": 60000, "max": 80000},
  "benefits": ["30 days of leave"],
  "applicationDeadline": "2026-04-15"
}`

func postingCases(c *corpus, ex exampleDocs) {
	k := "posting"
	c.example(k, "seed", "the example posting of the seed role", ex.posting)
	b := c.valid(k, "small", "a hybrid posting in Berlin with its own pay", js(smallPosting))
	c.emptyAndNull(b)

	c.ok(b, "valid-through-omitted", "no end date", del("/validThrough"))
	c.ok(b, "valid-through-same-day", "a posting that runs for its one day: validThrough equal to datePosted", set("/validThrough", "2026-03-02"), del("/applicationDeadline"))
	c.ok(b, "remote-omitted", "no workplace: on site", del("/remote"))
	c.ok(b, "onsite", "on site, written out", set("/remote", "onsite"))
	c.ok(b, "remote", "remote work for applicants in Germany and Austria, with no job location", set("/remote", "remote"), del("/jobLocations"),
		add("/applicantLocationRequirements", js(`[{"country": "DE"}, {"country": "AT", "region": "Wien"}]`)))
	c.ok(b, "employment-types-omitted", "no employment type", del("/employmentTypes"))
	c.ok(b, "employment-types-all", "all eight employment types", set("/employmentTypes", js(`["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]`)))
	c.ok(b, "base-salary-omitted", "no pay of its own: the role's band", del("/baseSalary"))
	c.ok(b, "url-http", "a plain http URL", set("/hiringOrganization/url", "http://beispiel.example.de/"))
	c.ok(b, "url-upper-case-scheme", "a URL whose scheme is in capitals", set("/hiringOrganization/url", "HTTPS://beispiel.example.de"))
	c.ok(b, "url-port-query", "a URL with a port, a path and a query", set("/hiringOrganization/url", "https://beispiel.example.de:8443/jobs?id=17#top"))
	c.ok(b, "organization-name-only", "an organisation of a name only", set("/hiringOrganization", js(`{"name": "Beispiel GmbH"}`)))
	c.ok(b, "address-country-only", "a job location of a country only", set("/jobLocations/0", js(`{"addressCountry": "DE"}`)))
	c.ok(b, "country-gb", "the United Kingdom under its ISO code GB", set("/jobLocations/0/addressCountry", "GB"))
	c.ok(b, "direct-apply", "applicants apply on the page", add("/directApply", true))
	c.ok(b, "id-64", "an ID of 64 characters, the longest", set("/id", rep("p", 64)))
	c.ok(b, "benefits-empty", "an empty list of benefits", set("/benefits", []any{}))

	c.ok(b, "employees", "an employer of 250 people", add("/hiringOrganization/numberOfEmployees", num("250")))
	c.bad(b, "employees-negative", "an employer of -1 people", add("/hiringOrganization/numberOfEmployees", num("-1")))
	c.bad(b, "employees-fraction", "an employer of 2.5 people", add("/hiringOrganization/numberOfEmployees", num("2.5")))
	c.bad(b, "id-missing", "the required key id is left out", del("/id"))
	c.bad(b, "id-65", "an ID of 65 characters", set("/id", rep("p", 65)))
	c.bad(b, "role-missing", "the required key role is left out", del("/role"))
	c.bad(b, "role-not-slug", "a role that is a title, not an ID", set("/role", "Data Engineer"))
	c.bad(b, "date-posted-missing", "the required key datePosted is left out", del("/datePosted"))
	c.bad(b, "date-posted-empty", "an empty datePosted: no date", set("/datePosted", ""))
	c.bad(b, "date-posted-not-a-date", "a datePosted written as a day, month and year", set("/datePosted", "02.03.2026"))
	c.bad(b, "date-posted-with-time", "a datePosted with a time of day", set("/datePosted", "2026-03-02T09:00:00Z"))
	c.bad(b, "date-posted-no-such-day", "a datePosted of 30 February", set("/datePosted", "2026-02-30"))
	c.bad(b, "hiring-organization-missing", "the required key hiringOrganization is left out", del("/hiringOrganization"))
	c.bad(b, "hiring-organization-name-missing", "an organisation without its name", del("/hiringOrganization/name"))
	c.bad(b, "url-relative", "a relative URL", set("/hiringOrganization/url", "/about"))
	c.bad(b, "url-ftp", "a URL of another scheme", set("/hiringOrganization/url", "ftp://beispiel.example.de"))
	c.bad(b, "url-no-host", "a URL without a host", set("/hiringOrganization/url", "https:///about"))
	c.bad(b, "url-with-space", "a URL with a space in it", set("/hiringOrganization/url", "https://beispiel.example.de/a b"))
	c.bad(b, "url-with-user", "a URL with user information", set("/hiringOrganization/url", "https://jane@beispiel.example.de"))
	c.bad(b, "logo-relative", "a relative logo address", add("/hiringOrganization/logo", "logo.png"))
	c.bad(b, "same-as-relative", "a relative sameAs address", set("/hiringOrganization/sameAs/0", "about"))
	c.bad(b, "job-locations-missing", "hybrid work without a job location", del("/jobLocations"))
	c.bad(b, "job-locations-empty", "hybrid work with an empty list of job locations", set("/jobLocations", []any{}))
	c.bad(b, "remote-without-applicant-location", "remote work that names no applicant location", set("/remote", "remote"))
	c.bad(b, "remote-unknown", "no such workplace", set("/remote", "telecommute"))
	c.bad(b, "address-country-missing", "a job location without its country", del("/jobLocations/0/addressCountry"))
	c.bad(b, "country-lower-case", "a country code in lower case", set("/jobLocations/0/addressCountry", "de"))
	c.bad(b, "country-alpha-3", "a country as its alpha-3 code", set("/jobLocations/0/addressCountry", "DEU"))
	c.bad(b, "country-withdrawn", "the withdrawn code UK for the United Kingdom", set("/jobLocations/0/addressCountry", "UK"))
	c.bad(b, "country-grouping", "a grouping of countries, not a country", set("/jobLocations/0/addressCountry", "EU"))
	c.bad(b, "country-reserved", "an exceptionally reserved code, not a country", set("/jobLocations/0/addressCountry", "AC"))
	c.bad(b, "country-unknown", "no such country", set("/jobLocations/0/addressCountry", "ZZ"))
	c.bad(b, "employment-type-lower-case", "an employment type in lower case", set("/employmentTypes/0", "full_time"))
	c.bad(b, "employment-type-twice", "an employment type written twice", set("/employmentTypes/1", "FULL_TIME"))
	c.bad(b, "employment-type-string", "employmentTypes as one string", set("/employmentTypes", "FULL_TIME"))
	c.bad(b, "identifier-value-missing", "an identifier without its value", del("/identifier/value"))
	c.bad(b, "direct-apply-string", "directApply as a string", add("/directApply", "yes"))
	c.bad(b, "base-salary-currency-missing", "a base salary without a currency", del("/baseSalary/currency"))
	c.bad(b, "benefit-empty", "an empty benefit", set("/benefits/0", ""))
	c.bad(b, "unknown-key", "an unknown key", add("/title", "Data Engineer"))

	c.beyond(b, "valid-through-before-posted", "cross-field", "validThrough is not before datePosted", "a posting that runs out the day before it is posted",
		set("/validThrough", "2026-03-01"), del("/applicationDeadline"))
	c.beyond(b, "deadline-before-posted", "cross-field", "applicationDeadline is not before datePosted", "an application deadline before the posting date", set("/applicationDeadline", "2026-03-01"))
	c.beyond(b, "deadline-after-valid-through", "cross-field", "applicationDeadline is not after validThrough", "an application deadline after the posting runs out", set("/applicationDeadline", "2026-05-01"))
	c.beyond(b, "base-salary-min-above-max", "cross-field", "a band's min ≤ max", "a base salary with min above max", set("/baseSalary/min", num("90000")))
}
