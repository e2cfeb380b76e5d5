package main

import "fmt"

const smallLadder = `{
  "id": "platform",
  "name": "Platform engineering",
  "family": "Engineering",
  "tracks": [
    {"id": "ic", "name": "Individual contributor", "kind": "ic"},
    {"id": "mgmt", "name": "Management", "kind": "management"}
  ],
  "levels": [
    {"id": "p1", "track": "ic", "rank": 1, "title": "Platform Engineer", "summary": "Runs the platform's services.", "role": "platform-engineer", "grade": "g1",
     "expectations": [{"competency": "go", "level": 2}, {"competency": "writing", "level": 1, "importance": "preferred", "weight": 0.5}]},
    {"id": "p2", "track": "ic", "rank": 2, "title": "Senior Platform Engineer", "grade": "g2", "expectations": [{"competency": "go", "level": 3}]},
    {"id": "p3", "track": "ic", "rank": 3, "title": "Staff Platform Engineer"},
    {"id": "m1", "track": "mgmt", "rank": 3, "title": "Platform Engineering Manager"}
  ],
  "moves": [
    {"from": "p1", "to": "p2", "kind": "promotion"},
    {"from": "p2", "to": "p3", "kind": "promotion"},
    {"from": "p2", "to": "m1", "kind": "switch", "note": "into management"}
  ]
}`

func ladderCases(c *corpus, ex exampleDocs) {
	k := "ladder"
	var first *base
	for _, l := range ex.framework.Ladders {
		b := c.example(k, string(l.ID), "the example ladder "+string(l.ID)+", with its IC and management tracks", l)
		if first == nil {
			first = b
		}
	}
	b := c.valid(k, "small", "a small ladder of two tracks, four levels and three moves", js(smallLadder))
	c.emptyAndNull(b)

	c.ok(b, "moves-omitted", "a ladder without moves", del("/moves"))
	c.ok(b, "rank-0", "rank 0, the lowest", set("/levels/0/rank", num("0")))
	c.ok(b, "rank-1000", "rank 1000, the highest", set("/levels/3/rank", num("1000")))
	c.ok(b, "level-role-empty", "an empty role on a level, which omitempty allows", set("/levels/0/role", ""))
	c.ok(b, "expectation-level-1000", "an expectation at level 1000: a ladder alone checks no scale", set("/levels/1/expectations/0/level", num("1000")))
	c.ok(b, "expectation-weight-tiny", "a weight just above 0", set("/levels/0/expectations/1/weight", num("1e-9")))
	c.ok(b, "move-note-2000", "a move note of 2000 characters, the longest", set("/moves/2/note", rep("n", 2000)))
	c.ok(b, "title-200-accented", "a title of 200 characters in 400 bytes: lengths count characters", set("/levels/2/title", rep("é", 200)))
	c.ok(b, "title-200-emoji", "a title of 200 characters outside the Basic Multilingual Plane (400 UTF-16 units)", set("/levels/2/title", rep("🚀", 200)))
	c.ok(b, "tracks-100", "100 tracks, the most", set("/tracks", list(100, func(i int) any {
		id := "ic"
		switch i {
		case 2:
			id = "mgmt"
		case 1:
		default:
			id = fmt.Sprintf("t%d", i)
		}
		kind := "ic"
		if i == 2 {
			kind = "management"
		}
		return js(fmt.Sprintf(`{"id": %q, "name": "Track %d", "kind": %q}`, id, i, kind))
	})))

	c.bad(b, "tracks-empty", "an empty list of tracks, where one is required", set("/tracks", []any{}))
	c.bad(b, "levels-empty", "an empty list of levels, where one is required", set("/levels", []any{}))
	c.bad(b, "tracks-missing", "the required key tracks is left out", del("/tracks"))
	c.bad(b, "levels-missing", "the required key levels is left out", del("/levels"))
	c.bad(b, "id-missing", "the required key id is left out", del("/id"))
	c.bad(b, "name-missing", "the required key name is left out", del("/name"))
	c.bad(b, "tracks-101", "101 tracks, one too many", set("/tracks", list(101, func(i int) any {
		return js(fmt.Sprintf(`{"id": "t%d", "name": "Track %d", "kind": "ic"}`, i, i))
	})))
	c.bad(b, "track-kind-unknown", "no such track kind", set("/tracks/0/kind", "individual"))
	c.bad(b, "track-kind-missing", "a track without its kind", del("/tracks/1/kind"))
	c.bad(b, "move-kind-unknown", "no such move kind", set("/moves/0/kind", "demotion"))
	c.bad(b, "move-kind-missing", "a move without its kind", del("/moves/0/kind"))
	c.bad(b, "move-from-missing", "a move without its from", del("/moves/1/from"))
	c.bad(b, "move-note-2001", "a move note of 2001 characters", set("/moves/2/note", rep("n", 2001)))
	c.bad(b, "rank-negative", "rank -1, just below the bound", set("/levels/0/rank", num("-1")))
	c.bad(b, "rank-1001", "rank 1001, just above the bound", set("/levels/3/rank", num("1001")))
	c.bad(b, "rank-fraction", "a rank with a fraction", set("/levels/1/rank", num("1.5")))
	c.bad(b, "rank-string", "a rank as a string", set("/levels/1/rank", "2"))
	c.bad(b, "title-empty", "an empty title", set("/levels/0/title", ""))
	c.bad(b, "title-201", "a title of 201 characters", set("/levels/2/title", rep("t", 201)))
	c.bad(b, "title-201-emoji", "a title of 201 characters outside the Basic Multilingual Plane", set("/levels/2/title", rep("🚀", 201)))
	c.bad(b, "level-grade-not-slug", "a grade ID with a space", set("/levels/0/grade", "G 1"))
	c.bad(b, "level-track-missing", "a level without its track", del("/levels/2/track"))
	c.bad(b, "summary-4001", "a summary of 4001 characters", set("/levels/0/summary", rep("s", 4001)))
	c.bad(b, "expectation-level-1001", "an expectation at level 1001", set("/levels/1/expectations/0/level", num("1001")))
	c.bad(b, "expectation-weight-zero", "a weight of 0, just outside the bound", set("/levels/0/expectations/1/weight", num("0")))
	c.bad(b, "expectation-weight-negative", "a negative weight", set("/levels/0/expectations/1/weight", num("-1")))
	c.bad(b, "expectation-importance-unknown", "no such importance", set("/levels/0/expectations/1/importance", "optional"))
	c.bad(b, "expectation-competency-missing", "an expectation without its competency", del("/levels/1/expectations/0/competency"))
	c.bad(b, "moves-null", "moves null: Go leaves an empty list of moves out", set("/moves", nil))
	c.bad(b, "level-unknown-key", "an unknown key in a level", add("/levels/0/salary", num("100000")))

	c.beyond(b, "track-id-twice", "unique-key", "track IDs are unique in a ladder", "two tracks with the ID ic", set("/tracks/1/id", "ic"))
	c.beyond(b, "level-id-twice", "unique-key", "level IDs are unique in a ladder", "two levels with the ID p2", set("/levels/2/id", "p2"))
	c.beyond(b, "level-unknown-track", "reference", "a level's track is a track of the ladder", "a level on a track the ladder lacks", set("/levels/0/track", "design"))
	c.beyond(b, "move-unknown-level", "reference", "a move joins levels of the ladder", "a move to a level the ladder lacks", set("/moves/1/to", "p9"))
	c.beyond(b, "move-same-levels-twice", "unique-key", "no two moves join the same two levels", "a second move from p1 to p2", add("/moves/-", js(`{"from": "p1", "to": "p2", "kind": "lateral"}`)))
	c.beyond(b, "promotion-keeps-rank", "cross-field", "a promotion raises the rank", "p2's rank lowered to p1's", set("/levels/1/rank", num("1")))
	c.beyond(b, "promotion-cycle", "cycle", "promotions form no cycle (and each raises the rank)", "a promotion from p3 back to p1", add("/moves/-", js(`{"from": "p3", "to": "p1", "kind": "promotion"}`)))
	c.beyond(b, "switch-within-track", "reference", "a switch joins two different tracks, found through its levels", "a switch from p1 to p3, both on the IC track",
		add("/moves/-", js(`{"from": "p1", "to": "p3", "kind": "switch"}`)))
	c.beyond(b, "expectation-twice", "unique-key", "a level's expectations name each competency once", "a second expectation of go on p1",
		add("/levels/0/expectations/-", js(`{"competency": "go", "level": 3}`)))
	c.beyond(b, "rank-written-with-fraction", "syntax", "an integer is written without a fraction", "rank 2 written as 2.0", set("/levels/1/rank", num("2.0")))
	c.beyond(b, "rank-written-with-exponent", "syntax", "an integer is written without an exponent", "rank 2 written as 2e0", set("/levels/1/rank", num("2e0")))

	if first != nil {
		c.bad(first, "example-level-title-missing", "a level of the example ladder without its title", del("/levels/0/title"))
		c.beyond(first, "example-promotion-to-unknown-level", "reference", "a move joins levels of the ladder", "a promotion of the example ladder to a level it lacks", set("/moves/0/to", "e9"))
	}
}
