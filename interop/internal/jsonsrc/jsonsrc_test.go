package jsonsrc_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/internal/jsonsrc"
)

func TestPointer(t *testing.T) {
	assert.Equal(t, "/tracks/a~1b~0c/3", jsonsrc.Pointer("/tracks", "a/b~c", 3), "tokens escaped as RFC 6901 says")
	assert.Equal(t, "the document", jsonsrc.OrRoot(""), "the root pointer is named in words")
	assert.Equal(t, "/a", jsonsrc.OrRoot("/a"), "other pointers stay")
}

func TestReaderReports(t *testing.T) {
	rep := interop.NewReport("x", "f.json")
	rd := &jsonsrc.Reader{File: "f.json", Rep: rep}
	obj, ok := rd.Object(json.RawMessage(`{"name": 3, "n": 7, "extra": true}`), "/it", "name", "n")
	require.True(t, ok, "an object")
	_, ok = rd.Str(obj, "name", "/it")
	assert.False(t, ok, "a number is not a string")
	n, ok := rd.Integer(obj, "n", "/it", 0, 5)
	assert.False(t, ok, "7 is outside 0–5 (got %d)", n)
	_, ok = rd.Object(json.RawMessage(`[1]`), "/x")
	assert.False(t, ok, "a list is not an object")
	var ptrs []string
	for _, p := range rep.Problems {
		ptrs = append(ptrs, string(p.Kind)+" "+p.From.Pointer)
	}
	assert.Equal(t, []string{"skipped /it/extra", "malformed /it/name", "malformed /it/n", "malformed /x"}, ptrs, "each problem at its pointer")
	ms, err := jsonsrc.Members(json.RawMessage(`{"b": 1, "a": 2}`))
	require.NoError(t, err, "Members")
	assert.Equal(t, "b", ms[0].Key, "members in file order")
}
