package careerkit_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// TestMarshalRoundTrip writes every example document as YAML and as JSON,
// decodes it strictly again and compares it with the original: nothing is
// lost, and a second write gives the same bytes.
func TestMarshalRoundTrip(t *testing.T) {
	for name, doc := range exampleDocuments(t) {
		for _, f := range []document.Format{document.YAML, document.JSON} {
			out, err := careerkit.Marshal(doc, f)
			require.NoError(t, err, "Marshal(%s, %s)", name, f)
			back := reflect.New(reflect.TypeOf(doc))
			require.NoError(t, careerkit.Decode(bytes.NewReader(out), back.Interface(), careerkit.WithFormat(f)), "Decode(Marshal(%s, %s)):\n%s", name, f, out)
			assert.Empty(t, cmp.Diff(doc, back.Elem().Interface(), cmpopts.EquateEmpty()), "Decode(Marshal(%s, %s)) gives it back", name, f)
			again, err := careerkit.Marshal(back.Elem().Interface(), f)
			require.NoError(t, err, "Marshal again")
			assert.Equal(t, string(out), string(again), "Marshal is stable for %s in %s", name, f)
		}
	}
}

func TestMarshalCanonical(t *testing.T) {
	band := salary.Band{Currency: "USD", Period: salary.Year, Min: salary.MustParseAmount("140000"), Max: salary.MustParseAmount("220000.5")}
	out, err := careerkit.Marshal(band, document.YAML)
	require.NoError(t, err, "Marshal a band")
	assert.Equal(t, "currency: USD\nperiod: year\nmin: 140000\nmax: 220000.5\n", string(out), "keys in field order, exact amounts, no empty mid")
	out, err = careerkit.Marshal(band, document.JSON)
	require.NoError(t, err, "Marshal a band as JSON")
	assert.Equal(t, "{\n  \"currency\": \"USD\",\n  \"period\": \"year\",\n  \"min\": 140000,\n  \"max\": 220000.5\n}\n", string(out), "JSON, indented")
	var r role.Role
	require.NoError(t, careerkit.Decode(strings.NewReader("{id: r, title: A & B <x>, tags: [], responsibilities: {}}"), &r), "Decode a role")
	out, err = careerkit.Marshal(r, document.YAML)
	require.NoError(t, err, "Marshal a role")
	assert.Equal(t, "id: r\ntitle: A & B <x>\n", string(out), "empty objects and lists are left out; & and < stay as they are")
}
