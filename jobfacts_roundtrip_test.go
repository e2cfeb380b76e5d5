package careerkit_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/role"
)

// jobFactsRole uses every field of experience alternatives, nested parts,
// range kinds, requirements without years, accepted credentials, school
// subjects and field aliases.
const jobFactsRole = `
id: data-engineering-manager
title: Data Engineering Manager
experience:
  - areas: [data-engineering, analytics-engineering]
    minYears: 7
    maxYears: 10
    rangeKind: typical
    including:
      - {area: people-leadership, areas: [people-management], minYears: 2, openEnded: true, rangeKind: minimum, note: leading people}
  - {area: petabyte-scale-warehouses, preferred: true}
education:
  minimum: {kind: school, level: high-school, subjects: [mathematics]}
  alternatives:
    - {kind: certification, name: Certified Kubernetes Administrator, aliases: [CKA]}
    - {kind: degree, level: bachelor, fields: [Computer Science]}
  fieldAliases:
    - {name: Computer Science, aliases: [CS, Informatics]}
`

const jobFactsCandidate = `
profile: {subject: c-001}
experience:
  - {area: data-engineering, years: 8}
  - {area: petabyte-scale-warehouses, years: 0, evidence: ran a 3 PB warehouse}
education:
  - {kind: certification, name: CKA, issuedAt: 2024-03-01, expiresAt: 2027-03-01}
  - {kind: school, subjects: [mathematics, physics]}
`

func TestJobFactsRoundTrip(t *testing.T) {
	cases := []struct {
		kind, doc string
		check     func(t *testing.T, v any)
	}{
		{"role", jobFactsRole, func(t *testing.T, v any) {
			r := *v.(*role.Role)
			e := r.Experience[0]
			assert.Equal(t, []string{"data-engineering", "analytics-engineering"}, e.Areas, "areas")
			assert.Equal(t, role.Typical, e.RangeKind, "rangeKind")
			assert.Equal(t, role.ExperiencePart{Area: "people-leadership", Areas: []string{"people-management"}, MinYears: 2, OpenEnded: true, RangeKind: role.Minimum, Note: "leading people"},
				e.Including[0], "including")
			assert.True(t, r.Experience[1].NoYears(), "a requirement without years")
			assert.Equal(t, []string{"mathematics"}, r.Education.Minimum.Subjects, "subjects")
			assert.Equal(t, role.Certification, r.Education.Alternatives[0].Kind, "kind")
			assert.Equal(t, []string{"CKA"}, r.Education.Alternatives[0].Aliases, "aliases")
			assert.Equal(t, []role.FieldOfStudy{{Name: "Computer Science", Aliases: []string{"CS", "Informatics"}}}, r.Education.FieldAliases, "fieldAliases")
		}},
		{"candidate", jobFactsCandidate, func(t *testing.T, v any) {
			c := *v.(*role.Candidate)
			assert.Equal(t, "ran a 3 PB warehouse", c.Experience[1].Evidence, "evidence")
			assert.Equal(t, civil.MustParseDate("2024-03-01"), c.Education[0].IssuedAt, "issuedAt")
			assert.Equal(t, civil.MustParseDate("2027-03-01"), c.Education[0].ExpiresAt, "expiresAt")
			assert.Equal(t, []string{"mathematics", "physics"}, c.Education[1].Subjects, "subjects")
		}},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			v, err := careerkit.New(c.kind)
			require.NoError(t, err, "New(%s)", c.kind)
			require.NoError(t, careerkit.Decode(strings.NewReader(c.doc), v, careerkit.WithFormat(careerkit.FormatYAML)), "Decode(YAML %s)", c.kind)
			c.check(t, v)
			enc, err := json.Marshal(v)
			require.NoError(t, err, "json.Marshal(%s)", c.kind)
			again, _ := careerkit.New(c.kind)
			require.NoError(t, careerkit.Decode(bytes.NewReader(enc), again), "Decode(json.Marshal(%s)): %s", c.kind, enc)
			assert.Equal(t, v, again, "decode → encode → decode of %s is lossless", c.kind)
			c.check(t, again)
		})
	}
}
