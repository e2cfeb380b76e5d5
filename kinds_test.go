package careerkit_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/document"
)

func TestInferKind(t *testing.T) {
	cases := []struct {
		doc  string
		want string
	}{
		{`{"name": "x", "competencies": []}`, "framework"},
		{`{"roles": []}`, "framework"},
		{`{"payStructures": []}`, "framework"},
		{`{"competencies": []}`, "catalog"},
		{`{"defaultScale": "framework", "competencies": []}`, "catalog"},
		{`{"subject": "a", "ratings": []}`, "profile"},
		{`{"profile": {}}`, "candidate"},
		{`{"candidates": []}`, "people"},
		{`{"profiles": []}`, "people"},
		{`{"id": "r", "title": "T"}`, "role"},
		{`{"id": "l", "name": "L", "levels": [], "tracks": []}`, "ladder"},
		{`{"id": "s", "name": "S", "grades": []}`, "structure"},
		{`{"min": 1, "max": 2, "currency": "USD"}`, "band"},
		{`{"workers": []}`, "records"},
		{`{"id": "p", "role": "r", "datePosted": "2026-09-01"}`, "posting"},
		{`{"validThrough": "2026-10-01"}`, "posting"},
		{"subject: a\nratings: []\n", "profile"},
	}
	parse := func(t *testing.T, doc string) *document.Document {
		d, err := document.Parse([]byte(doc), "", document.Auto, document.Limits{})
		require.NoError(t, err, "document.Parse(%s)", doc)
		return d
	}
	for _, c := range cases {
		t.Run(c.want+" "+c.doc, func(t *testing.T) {
			got, err := careerkit.InferKind(parse(t, c.doc))
			require.NoError(t, err, "InferKind(%s)", c.doc)
			assert.Equal(t, c.want, got, "InferKind(%s)", c.doc)
		})
	}
	for _, doc := range []string{`{"colour": "blue"}`, `{}`, `[1]`, `"text"`, `null`} {
		_, err := careerkit.InferKind(parse(t, doc))
		assert.ErrorContains(t, err, "give --kind", "InferKind(%s) fails", doc)
	}
}
