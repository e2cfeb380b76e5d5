package document

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/problem"
)

// TestYAMLSyntaxErrorPosition checks the line and column of YAML syntax
// errors, and that yaml.v3's own "line N: " is not left in the message.
func TestYAMLSyntaxErrorPosition(t *testing.T) {
	cases := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"tab indenting a key", "a:\n\tb: 1\n", 2, 1, "found character that cannot start any token"},
		{"tab on the first line", "\ta: 1\n", 1, 1, "found character that cannot start any token"},
		{"tab after spaces", "a:\n  \tb: 1\n", 2, 3, "found character that cannot start any token"},
		{"tab after a nested value", "x: 1\na:\n  c: 2\n\tb: 1\n", 4, 1, "found a tab character that violates indentation"},
		{"tab after a blank line", "a:\n  c: 2\n\n\tb: 1\n", 4, 1, "found a tab character that violates indentation"},
		{"mapping value", "a: 1\n  b: 2\n", 2, 0, "mapping values are not allowed in this context"},
		{"unclosed quote", "a: 1\nb: \"x\n", 2, 0, "found unexpected end of stream"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.src), "f.yaml", YAML, Limits{})
			var de *Error
			require.True(t, errors.As(err, &de), "Parse(%q) returns a *document.Error, got %v", c.src, err)
			assert.ErrorIs(t, err, problem.ErrSyntax, "Parse(%q) is a syntax error", c.src)
			assert.Equal(t, c.line, de.Line, "Parse(%q) line", c.src)
			assert.Equal(t, c.col, de.Column, "Parse(%q) column", c.src)
			assert.Equal(t, c.msg, de.Msg, "Parse(%q) message, without yaml.v3's line", c.src)
		})
	}
}
