package main

import "fmt"

const smallProfile = `{
  "subject": "p-001",
  "ratings": [
    {"competency": "go", "level": 3, "source": "manager", "assessedAt": "2026-01-15", "evidence": "review 2025-h2"},
    {"competency": "Writing", "level": 2}
  ]
}`

const smallCandidate = `{
  "profile": {"subject": "c-001", "ratings": [{"competency": "go", "level": 4, "source": "assessment"}]},
  "experience": [{"area": "software-engineering", "years": 5.5}, {"area": "go", "years": 3}],
  "education": [{"level": "bachelor", "fields": ["computer science"], "name": "BSc"}],
  "expectedPay": {"currency": "EUR", "period": "year", "amount": 85000.5}
}`

const factsCandidate = `{
  "profile": {"subject": "c-002"},
  "experience": [
    {"area": "data-engineering", "years": 8},
    {"area": "petabyte-scale-warehouses", "years": 0, "evidence": "ran a 3 PB warehouse"}
  ],
  "education": [
    {"kind": "certification", "name": "CKA", "issuedAt": "2024-03-01", "expiresAt": "2027-03-01"},
    {"kind": "school", "subjects": ["mathematics", "physics"]}
  ]
}`

func candidateCases(c *corpus, ex exampleDocs) {
	k := "candidate"
	var first *base
	for _, cand := range ex.people.Candidates {
		b := c.example(k, string(cand.Profile.Subject), "the example candidate "+string(cand.Profile.Subject), cand)
		if first == nil {
			first = b
		}
	}
	b := c.valid(k, "small", "a small candidate with experience, education and expected pay", js(smallCandidate))
	c.emptyAndNull(b)

	c.ok(b, "expected-pay-omitted", "no expected pay", del("/expectedPay"))
	c.ok(b, "experience-omitted", "no experience", del("/experience"))
	c.ok(b, "years-0", "0 years, the least", set("/experience/1/years", num("0")))
	c.ok(b, "years-80", "80 years, the most", set("/experience/1/years", num("80")))
	c.ok(b, "years-missing", "years left out: 0, which is allowed", del("/experience/1/years"))
	c.ok(b, "ratings-null", "ratings null, as Go writes a profile without ratings", set("/profile/ratings", nil))
	c.ok(b, "ratings-empty", "an empty list of ratings", set("/profile/ratings", []any{}))
	c.ok(b, "education-empty", "an empty list of credentials", set("/education", []any{}))
	c.ok(b, "expected-pay-amount-omitted", "an expected pay without an amount: 0", del("/expectedPay/amount"))
	c.ok(b, "experience-100", "100 experience areas, the most", set("/experience", list(100, func(i int) any {
		return js(fmt.Sprintf(`{"area": "area-%d", "years": 1}`, i))
	})))

	c.bad(b, "profile-missing", "the required key profile is left out", del("/profile"))
	c.bad(b, "profile-empty", "a profile without its subject", set("/profile", js(`{}`)))
	c.bad(b, "profile-null", "profile null", set("/profile", nil))
	c.bad(b, "subject-a-name", "a subject that is a person's name", set("/profile/subject", "Jane Doe"))
	c.bad(b, "years-negative", "-0.5 years", set("/experience/0/years", num("-0.5")))
	c.bad(b, "years-above-80", "80.01 years, just above the bound", set("/experience/0/years", num("80.01")))
	c.bad(b, "years-string", "years as a string", set("/experience/0/years", "5"))
	c.bad(b, "experience-101", "101 experience areas, one too many", set("/experience", list(101, func(i int) any {
		return js(fmt.Sprintf(`{"area": "area-%d", "years": 1}`, i))
	})))
	c.bad(b, "experience-area-missing", "an experience entry without its area", del("/experience/0/area"))
	c.bad(b, "education-level-missing", "a credential without its level", del("/education/0/level"))
	c.bad(b, "education-level-unknown", "no such degree level", set("/education/0/level", "masters"))
	c.bad(b, "expected-pay-currency-unknown", "no such currency", set("/expectedPay/currency", "EURO"))
	c.bad(b, "expected-pay-period-missing", "an expected pay without its period", del("/expectedPay/period"))
	c.bad(b, "expected-pay-amount-negative", "a negative expected pay", set("/expectedPay/amount", num("-85000")))
	c.bad(b, "expected-pay-amount-string", "an expected pay as a string", set("/expectedPay/amount", "85000"))
	c.bad(b, "rating-level-1001", "a rating at level 1001", set("/profile/ratings/0/level", num("1001")))
	c.bad(b, "unknown-key", "an unknown key", add("/name", "Jane Doe"))

	c.beyond(b, "experience-area-twice", "unique-key", "each experience area is listed once", "the area go listed twice", set("/experience/1/area", "software-engineering"))
	c.beyond(b, "expected-pay-three-decimals", "decimals", "euro amounts have at most 2 decimals", "an expected pay with 3 decimals", set("/expectedPay/amount", num("85000.125")))
	c.beyond(b, "expected-pay-currency-jpy", "decimals", "yen amounts have no decimals", "the currency changed to yen under an amount with decimals", set("/expectedPay/currency", "JPY"))
	c.beyond(b, "profile-written-twice", "syntax", "a key appears once in an object", "the key profile written twice", dup("/profile", js(`{"subject": "c-001"}`)))

	f := c.valid(k, "facts", "a candidate with declared evidence, a dated certification and a school qualification", js(factsCandidate))
	c.ok(f, "facts-expires-on-issue-day", "a certification that expires on the day it was issued", set("/education/0/expiresAt", "2024-03-01"))
	c.ok(f, "facts-no-expiry", "a certification that never expires", del("/education/0/expiresAt"))
	c.bad(f, "facts-evidence-2001", "evidence of 2001 characters", set("/experience/1/evidence", rep("e", 2001)))
	c.bad(f, "facts-issued-at-no-such-day", "an issue date of 30 February", set("/education/0/issuedAt", "2024-02-30"))
	c.bad(f, "facts-certification-without-name", "a certification held without a name", del("/education/0/name"))
	c.bad(f, "facts-subjects-string", "subjects as one string", set("/education/1/subjects", "mathematics"))
	c.beyond(f, "facts-expires-before-issued", "cross-field", "a credential expires no earlier than it was issued", "an expiry date before the issue date", set("/education/0/expiresAt", "2023-12-31"))
	c.beyond(f, "facts-school-subjects-on-certification", "cross-field", "subjects belong to school qualifications", "a certification with school subjects", add("/education/0/subjects", []any{"mathematics"}))

	if first != nil {
		c.bad(first, "example-subject-missing", "the example candidate without a subject", del("/profile/subject"))
	}
}

func profileCases(c *corpus, ex exampleDocs) {
	k := "profile"
	for _, cand := range ex.people.Candidates {
		c.example(k, string(cand.Profile.Subject), "the profile of the example candidate "+string(cand.Profile.Subject), cand.Profile)
	}
	for _, p := range ex.people.Profiles {
		c.example(k, string(p.Subject), "the example profile "+string(p.Subject), p)
	}
	b := c.valid(k, "small", "a small profile with two ratings", js(smallProfile))
	c.emptyAndNull(b)
	c.valid(k, "subject-only", "a profile of a subject only, without the ratings key", js(`{"subject": "p-002"}`))
	c.valid(k, "ratings-null", "a profile whose ratings are null, as Go writes a profile without ratings", js(`{"subject": "p-003", "ratings": null}`))

	c.ok(b, "assessed-at-empty", "an empty date, which omitempty allows", set("/ratings/0/assessedAt", ""))
	c.ok(b, "assessed-at-leap-day", "29 February of a leap year", set("/ratings/0/assessedAt", "2024-02-29"))
	c.ok(b, "expires-at", "a rating with an expiry date after its assessment", add("/ratings/0/expiresAt", "2028-09-30"))
	c.ok(b, "expires-at-same-day", "a rating that expires on the day it was assessed", set("/ratings/0/assessedAt", "2026-03-01"), add("/ratings/0/expiresAt", "2026-03-01"))
	c.bad(b, "expires-at-no-such-day", "an expiry date of 31 April", add("/ratings/0/expiresAt", "2027-04-31"))
	c.beyond(b, "expires-before-assessed", "order", "a rating expires on or after the day it was assessed", "a rating that expires the day before its assessment", set("/ratings/0/assessedAt", "2026-03-01"), add("/ratings/0/expiresAt", "2026-02-28"))
	c.ok(b, "level-0", "level 0, the lowest", set("/ratings/1/level", num("0")))
	c.ok(b, "level-1000", "level 1000, the highest", set("/ratings/1/level", num("1000")))
	c.ok(b, "level-minus-zero", "level written as -0, which is 0", set("/ratings/1/level", num("-0")))
	c.emptyEnum(b, "source-empty", "an empty source, which careerkit reads as no source", set("/ratings/0/source", ""))
	c.ok(b, "evidence-2000", "evidence of 2000 characters, the longest", set("/ratings/0/evidence", rep("e", 2000)))
	c.ok(b, "subject-64", "a subject of 64 characters, the longest", set("/subject", rep("p", 64)))
	c.ok(b, "competency-200", "a competency named by 200 characters, the longest", set("/ratings/1/competency", rep("c", 200)))
	c.ok(b, "level-omitted", "a rating without a level: 0", del("/ratings/1/level"))

	c.bad(b, "subject-missing", "the required key subject is left out", del("/subject"))
	c.bad(b, "subject-empty", "an empty subject", set("/subject", ""))
	c.bad(b, "subject-65", "a subject of 65 characters", set("/subject", rep("p", 65)))
	c.bad(b, "subject-email", "a subject that is an e-mail address", set("/subject", "jane@example.com"))
	c.bad(b, "ratings-object", "ratings as an object", set("/ratings", js(`{"go": 3}`)))
	c.bad(b, "rating-null", "a rating null", set("/ratings/1", nil))
	c.bad(b, "competency-missing", "a rating without its competency", del("/ratings/1/competency"))
	c.bad(b, "competency-empty", "a rating of an empty competency", set("/ratings/1/competency", ""))
	c.bad(b, "competency-201", "a competency named by 201 characters", set("/ratings/1/competency", rep("c", 201)))
	c.bad(b, "level-1001", "level 1001, just above the bound", set("/ratings/0/level", num("1001")))
	c.bad(b, "level-negative", "level -1, just below the bound", set("/ratings/0/level", num("-1")))
	c.bad(b, "level-fraction", "level 2.5", set("/ratings/0/level", num("2.5")))
	c.bad(b, "level-string", "level as a string", set("/ratings/0/level", "3"))
	c.bad(b, "level-boolean", "level true", set("/ratings/0/level", true))
	c.bad(b, "source-unknown", "no such source", set("/ratings/0/source", "boss"))
	c.bad(b, "assessed-at-no-such-day", "30 February", set("/ratings/0/assessedAt", "2026-02-30"))
	c.bad(b, "assessed-at-not-leap-year", "29 February of a year that is not a leap year", set("/ratings/0/assessedAt", "2023-02-29"))
	c.bad(b, "assessed-at-month-13", "month 13", set("/ratings/0/assessedAt", "2026-13-01"))
	c.bad(b, "assessed-at-short-month", "a month of one digit", set("/ratings/0/assessedAt", "2026-1-15"))
	c.bad(b, "assessed-at-date-time", "a date and time", set("/ratings/0/assessedAt", "2026-01-15T10:00:00Z"))
	c.bad(b, "assessed-at-slashes", "a date with slashes", set("/ratings/0/assessedAt", "2026/01/15"))
	c.bad(b, "assessed-at-day-first", "a date written day first", set("/ratings/0/assessedAt", "15-01-2026"))
	c.bad(b, "evidence-2001", "evidence of 2001 characters", set("/ratings/0/evidence", rep("e", 2001)))
	c.bad(b, "rating-unknown-key", "an unknown key in a rating", add("/ratings/0/score", num("3")))

	c.beyond(b, "level-written-with-fraction", "syntax", "an integer is written without a fraction", "level 3 written as 3.0", set("/ratings/0/level", num("3.0")))
	c.beyond(b, "level-written-with-exponent", "syntax", "an integer is written without an exponent", "level 3 written as 3e0", set("/ratings/0/level", num("3e0")))
	c.beyond(b, "subject-written-twice", "syntax", "a key appears once in an object", "the key subject written twice", dup("/subject", "p-001"))
}

func peopleCases(c *corpus, ex exampleDocs) {
	k := "people"
	c.example(k, "example", "the example people: two candidates", ex.people)
	b := c.valid(k, "small", "a candidate and a profile", js(`{"candidates": [`+smallCandidate+`], "profiles": [`+smallProfile+`]}`))
	c.valid(k, "empty", "no one: an empty object", js(`{}`))

	c.ok(b, "candidates-omitted", "profiles only", del("/candidates"))
	c.ok(b, "profiles-empty", "an empty list of profiles", set("/profiles", []any{}))

	c.bad(b, "null", "null instead of the object", set("", nil))
	c.bad(b, "candidates-null", "candidates null: Go leaves an empty list out", set("/candidates", nil))
	c.bad(b, "candidate-profile-missing", "a candidate without a profile", del("/candidates/0/profile"))
	c.bad(b, "profile-subject-not-slug", "a profile's subject with a capital", set("/profiles/0/subject", "P-001"))
	c.bad(b, "profiles-object", "profiles as an object", set("/profiles", js(`{}`)))
	c.bad(b, "unknown-key", "an unknown key", add("/teams", []any{}))

	c.beyond(b, "subject-in-both-lists", "unique-key", "subjects are unique across candidates and profiles", "a profile with the subject of the candidate", set("/profiles/0/subject", "c-001"))
	c.beyond(b, "subject-twice-in-candidates", "unique-key", "subjects are unique across candidates and profiles", "the candidate listed twice", add("/candidates/-", js(`{"profile": {"subject": "c-001"}}`)))
}
