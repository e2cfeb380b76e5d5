package document

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/problem"
)

// suggestDoc is a small document type for the unknown-key tests.
type suggestDoc struct {
	Requirements []int  `json:"requirements"`
	Title        string `json:"title"`
	Track        string `json:"track"`
	Level        string `json:"level"`
	Role         string `json:"role"`
	Rule         string `json:"rule"`
}

// TestUnknownKeySuggestion checks the message of an unknown key: a case
// variant first, else the fields within a small edit distance.
func TestUnknownKeySuggestion(t *testing.T) {
	cases := []struct{ name, src, path, msg string }{
		{"misspelt", `{"requirments": []}`, "requirments",
			`is not a field of this object (did you mean "requirements"?)`},
		{"swapped letters", `{"tilte": "x"}`, "tilte",
			`is not a field of this object (did you mean "title"?)`},
		{"two close fields", `{"trake": "x"}`, "trake",
			`is not a field of this object (did you mean "track"?)`},
		{"several close fields", `{"rle": "x"}`, "rle",
			`is not a field of this object (did you mean "role" or "rule"?)`},
		{"case only", `{"Title": "x"}`, "Title",
			`is not a field of this object (did you mean "title"? keys are case-sensitive)`},
		{"nothing close", `{"colour": "blue"}`, "colour",
			`is not a field of this object`},
		{"in YAML", "levle: e1\n", "levle",
			`is not a field of this object (did you mean "level"?)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse([]byte(c.src), "f", Auto, Limits{})
			require.NoError(t, err, "Parse(%q)", c.src)
			var v suggestDoc
			err = doc.Decode(&v, false)
			var ve *problem.ValidationError
			require.True(t, errors.As(err, &ve), "Decode(%q) returns a *ValidationError, got %v", c.src, err)
			require.Len(t, ve.Errors, 1, "Decode(%q) reports one problem: %v", c.src, ve.Errors)
			assert.Equal(t, c.path, ve.Errors[0].Path, "Decode(%q) path", c.src)
			assert.Equal(t, "unknown-field", ve.Errors[0].Rule, "Decode(%q) rule", c.src)
			assert.Equal(t, c.msg, ve.Errors[0].Message, "Decode(%q) message", c.src)
		})
	}
}
