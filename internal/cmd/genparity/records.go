package main

const smallRecords = `{
  "workers": [
    {"subject": "w-001", "gender": "female", "category": "l5", "currency": "EUR", "basePay": 52000, "variablePay": 2500.5, "weeklyHours": 40},
    {"subject": "m-001", "gender": "male", "category": "l5", "currency": "EUR", "basePay": 54000, "weeklyHours": 37.5},
    {"subject": "x-001", "gender": "undisclosed", "category": "m1", "currency": "EUR", "basePay": 0, "variablePay": 0, "weeklyHours": 0.5}
  ]
}`

func recordsCases(c *corpus) {
	k := "records"
	b := c.valid(k, "small", "three workers' pay records in euros", js(smallRecords))
	c.emptyAndNull(b)

	c.ok(b, "variable-pay-omitted", "no variable pay: 0", del("/workers/0/variablePay"))
	c.ok(b, "base-pay-omitted", "no base pay: 0", del("/workers/0/basePay"))
	c.ok(b, "gender-other", "a worker of other gender", set("/workers/0/gender", "other"))
	c.ok(b, "hours-168", "168 hours a week, the most", set("/workers/0/weeklyHours", num("168")))
	c.ok(b, "hours-tiny", "0.000001 hours a week, the least above 0", set("/workers/0/weeklyHours", num("0.000001")))
	c.ok(b, "two-decimals", "a euro amount with 2 decimals", set("/workers/0/basePay", num("52000.25")))

	c.bad(b, "workers-missing", "the required key workers is left out", del("/workers"))
	c.bad(b, "workers-empty", "no workers", set("/workers", []any{}))
	c.bad(b, "subject-missing", "a worker without a subject", del("/workers/0/subject"))
	c.bad(b, "subject-a-name", "a subject that is a person's name", set("/workers/0/subject", "Jane Doe"))
	c.bad(b, "gender-missing", "a worker without a gender", del("/workers/0/gender"))
	c.bad(b, "gender-unknown", "no such gender", set("/workers/0/gender", "woman"))
	c.bad(b, "category-missing", "a worker without a category", del("/workers/0/category"))
	c.bad(b, "category-not-a-slug", "a category that is no slug", set("/workers/0/category", "Level 5"))
	c.bad(b, "currency-missing", "a worker without a currency", del("/workers/0/currency"))
	c.bad(b, "currency-unknown", "no such currency", set("/workers/0/currency", "EURO"))
	c.bad(b, "base-pay-negative", "a negative base pay", set("/workers/0/basePay", num("-1")))
	c.bad(b, "variable-pay-string", "variable pay as a string", set("/workers/0/variablePay", "2500"))
	c.bad(b, "hours-missing", "a worker without weekly hours", del("/workers/0/weeklyHours"))
	c.bad(b, "hours-0", "0 hours a week, just outside the bound", set("/workers/0/weeklyHours", num("0")))
	c.bad(b, "hours-above-168", "168.5 hours a week, just above the bound", set("/workers/0/weeklyHours", num("168.5")))
	c.bad(b, "unknown-key", "an unknown key on a worker", add("/workers/0/name", "Jane Doe"))
	c.bad(b, "unknown-top-key", "an unknown key", add("/employer", "Acme"))

	c.beyond(b, "subject-twice", "unique-key", "each subject is listed once", "the subject w-001 listed twice", set("/workers/1/subject", "w-001"))
	c.beyond(b, "currencies-mixed", "cross-field", "every worker is paid in the currency of the first", "a worker paid in US dollars among euros", set("/workers/1/currency", "USD"))
	c.beyond(b, "three-decimals", "decimals", "euro amounts have at most 2 decimals", "a base pay with 3 decimals", set("/workers/0/basePay", num("52000.125")))
	c.beyond(b, "hours-seven-decimals", "decimals", "hours have at most 6 decimals", "weekly hours with 7 decimals", set("/workers/0/weeklyHours", num("37.0000001")))
	c.beyond(b, "workers-written-twice", "syntax", "a key appears once in an object", "the key workers written twice", dup("/workers", js(`[{"subject": "w-002", "gender": "female", "category": "l5", "currency": "EUR", "basePay": 1, "weeklyHours": 40}]`)))
}
