package main

const smallBand = `{"currency": "EUR", "period": "month", "min": 4000.5, "mid": 5000, "max": 6000.25}`

func bandCases(c *corpus, ex exampleDocs) {
	k := "band"
	for _, r := range ex.framework.Roles {
		if r.Pay != nil {
			c.example(k, "role-"+string(r.ID), "the pay band of the example role "+string(r.ID), *r.Pay)
		}
	}
	for _, s := range ex.framework.PayStructures {
		for _, g := range s.Grades {
			c.example(k, string(s.ID)+"-"+string(g.ID), "the band of grade "+string(g.ID)+" of the example pay structure "+string(s.ID), g.Band)
		}
	}
	b := c.valid(k, "small", "a monthly euro band with decimals and a midpoint", js(smallBand))
	c.emptyAndNull(b)

	c.ok(b, "amounts-omitted", "a band of currency and period only: min and max are 0", del("/min"), del("/mid"), del("/max"))
	c.ok(b, "mid-omitted", "no midpoint: the default is halfway", del("/mid"))
	c.ok(b, "min-zero", "min 0, the lowest amount", set("/min", num("0")))
	c.ok(b, "max-exponent", "max written with an exponent, 6.5e3", set("/max", num("6.5e3")))
	c.ok(b, "currency-gbp", "another currency with 2 decimals", set("/currency", "GBP"))
	c.ok(b, "period-hour", "another period", set("/period", "hour"))

	c.bad(b, "currency-missing", "the required key currency is left out", del("/currency"))
	c.bad(b, "period-missing", "the required key period is left out", del("/period"))
	c.bad(b, "currency-lower-case", "a currency code in lower case", set("/currency", "eur"))
	c.bad(b, "currency-unknown", "no ISO 4217 currency", set("/currency", "EUX"))
	c.bad(b, "currency-empty", "an empty currency", set("/currency", ""))
	c.bad(b, "currency-number", "the currency as its ISO number", set("/currency", num("978")))
	c.bad(b, "period-unknown", "no such period", set("/period", "fortnight"))
	c.bad(b, "period-capitalised", "a period with a capital", set("/period", "Month"))
	c.bad(b, "min-negative", "min just below 0", set("/min", num("-0.01")))
	c.bad(b, "max-string", "max as a string", set("/max", "6000.25"))
	c.bad(b, "min-null", "min null: Go writes min as a number", set("/min", nil))
	c.bad(b, "mid-null", "mid null: Go leaves mid out when it is not set", set("/mid", nil))
	c.bad(b, "unknown-key", "an unknown key", add("/midpoint", num("5000")))
	c.bad(b, "key-in-other-case", "a key that differs from a field's only in case", add("/Currency", "EUR"))
	c.bad(b, "not-an-object", "a list instead of an object", set("", []any{}))

	c.beyond(b, "min-above-max", "cross-field", "min ≤ max", "min above max", set("/min", num("7000")))
	c.beyond(b, "mid-above-max", "cross-field", "min ≤ mid ≤ max", "mid above max", set("/mid", num("6000.5")))
	c.beyond(b, "mid-below-min", "cross-field", "min ≤ mid ≤ max", "mid below min", set("/mid", num("4000.25")))
	c.beyond(b, "eur-three-decimals", "decimals", "euro amounts have at most 2 decimals", "min with 3 decimals", set("/min", num("4000.505")))
	c.beyond(b, "currency-jpy", "decimals", "yen amounts have no decimals", "the currency changed to yen, which has no minor unit, under amounts with decimals", set("/currency", "JPY"))
	c.beyond(b, "five-decimals", "decimals", "an amount has at most 4 decimals", "max with 5 decimals", set("/max", num("6000.00001")))
	c.beyond(b, "currency-twice", "syntax", "a key appears once in an object", "the key currency written twice", dup("/currency", "EUR"))
	c.beyond(b, "max-overflow", "limit", "an amount is at most about 9.2 × 10^14", "max of 10^15", set("/max", num("1e15")))
}

const smallStructure = `{
  "id": "eu-2026",
  "name": "EU pay structure 2026",
  "currency": "EUR",
  "period": "year",
  "grades": [
    {"id": "g1", "name": "Grade 1", "band": {"currency": "EUR", "period": "year", "min": 50000, "max": 70000}},
    {"id": "g2", "name": "Grade 2", "band": {"currency": "EUR", "period": "year", "min": 65000, "mid": 80000, "max": 95000}}
  ],
  "zones": [
    {"id": "berlin", "name": "Berlin", "factor": 1},
    {"id": "lisbon", "name": "Lisbon", "factor": 0.75}
  ]
}`

func structureCases(c *corpus, ex exampleDocs) {
	k := "structure"
	for _, s := range ex.framework.PayStructures {
		c.example(k, string(s.ID), "the example pay structure "+string(s.ID), s)
	}
	b := c.valid(k, "small", "a euro pay structure of two grades and two zones", js(smallStructure))
	c.emptyAndNull(b)

	c.ok(b, "zones-omitted", "no zones: one national band per grade", del("/zones"))
	c.ok(b, "zones-empty", "an empty list of zones", set("/zones", []any{}))
	c.ok(b, "grade-name-omitted", "a grade without a name", del("/grades/0/name"))
	c.ok(b, "name-200", "a name of 200 characters, the longest", set("/name", rep("n", 200)))
	c.ok(b, "id-64", "an ID of 64 characters, the longest", set("/id", rep("s", 64)))
	c.ok(b, "factor-six-decimals", "a factor of 0.000001, the smallest with 6 decimals", set("/zones/1/factor", num("0.000001")))
	c.ok(b, "factor-above-one", "a factor above 1", set("/zones/1/factor", num("1.25")))
	c.ok(b, "zone-name-omitted", "a zone without a name", del("/zones/1/name"))

	c.bad(b, "grades-empty", "an empty list of grades, where one is required", set("/grades", []any{}))
	c.bad(b, "grades-missing", "the required key grades is left out", del("/grades"))
	c.bad(b, "grades-null", "grades null", set("/grades", nil))
	c.bad(b, "name-missing", "the required key name is left out", del("/name"))
	c.bad(b, "name-empty", "an empty name", set("/name", ""))
	c.bad(b, "name-201", "a name of 201 characters", set("/name", rep("n", 201)))
	c.bad(b, "id-upper-case", "an ID in upper case", set("/id", "EU-2026"))
	c.bad(b, "id-65", "an ID of 65 characters", set("/id", rep("s", 65)))
	c.bad(b, "id-trailing-newline", "an ID followed by a newline", set("/id", "eu-2026\n"))
	c.bad(b, "id-double-separator", "an ID with two separators in a row", set("/id", "eu--2026"))
	c.bad(b, "currency-missing", "the required key currency is left out", del("/currency"))
	c.bad(b, "period-unknown", "no such period", set("/period", "annual"))
	c.bad(b, "grade-band-missing", "a grade without its band", del("/grades/0/band"))
	c.bad(b, "grade-id-missing", "a grade without its ID", del("/grades/0/id"))
	c.bad(b, "grade-unknown-key", "an unknown key in a grade", add("/grades/0/rank", num("1")))
	c.bad(b, "grade-band-period-missing", "a grade's band without a period", del("/grades/1/band/period"))
	c.bad(b, "zone-factor-missing", "a zone without its factor", del("/zones/0/factor"))
	c.bad(b, "zone-factor-zero", "a factor of 0, just outside the bound", set("/zones/1/factor", num("0")))
	c.bad(b, "zone-factor-negative", "a negative factor", set("/zones/1/factor", num("-0.75")))
	c.bad(b, "zone-factor-string", "a factor as a string", set("/zones/1/factor", "0.75"))
	c.bad(b, "zone-factor-null", "a factor null", set("/zones/1/factor", nil))
	c.bad(b, "zone-id-not-slug", "a zone ID with a capital", set("/zones/1/id", "Lisbon"))
	c.bad(b, "zones-object", "zones as an object", set("/zones", js(`{"berlin": 1}`)))

	c.beyond(b, "grade-id-twice", "unique-key", "grade IDs are unique in a structure", "two grades with the ID g1", set("/grades/1/id", "g1"))
	c.beyond(b, "zone-id-twice", "unique-key", "zone IDs are unique in a structure", "two zones with the ID berlin", set("/zones/1/id", "berlin"))
	c.beyond(b, "grade-band-other-currency", "cross-field", "every grade's band is in the structure's currency", "a grade's band in dollars", set("/grades/0/band/currency", "USD"))
	c.beyond(b, "grade-band-other-period", "cross-field", "every grade's band is for the structure's period", "a grade's band per month", set("/grades/1/band/period", "month"))
	c.beyond(b, "midpoints-not-increasing", "order", "grade midpoints strictly increase", "the first grade's band widened so that its midpoint passes the second's",
		set("/grades/0/band/max", num("200000")))
	c.beyond(b, "factor-seven-decimals", "decimals", "a factor has at most 6 decimals", "a factor of 0.0000001", set("/zones/1/factor", num("0.0000001")))
	c.beyond(b, "factor-overflow", "limit", "a factor is at most about 9.2 × 10^12", "a factor of 10^13", set("/zones/1/factor", num("1e13")))
	c.beyond(b, "grade-id-written-twice", "syntax", "a key appears once in an object", "the key id of a grade written twice", dup("/grades/0/id", "g1"))
	c.beyond(b, "grade-band-min-above-max", "cross-field", "a band's min ≤ max", "a grade's band with min above max", set("/grades/0/band/min", num("80000")))
}
