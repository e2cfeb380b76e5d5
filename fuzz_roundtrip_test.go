package careerkit_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
)

// FuzzDecodeEveryKind decodes each input as every kind of document; what
// decodes must encode and decode again to the same JSON (decode → encode →
// decode is lossless for every kind).
func FuzzDecodeEveryKind(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range careerkit.Kinds() {
			v, err := careerkit.New(kind)
			require.NoError(t, err, "New(%s)", kind)
			if err := careerkit.Decode(bytes.NewReader(data), v); err != nil {
				checkDecodeError(t, err)
				continue
			}
			enc, err := json.Marshal(v)
			require.NoError(t, err, "json.Marshal(Decode(%q) as %s)", data, kind)
			again, _ := careerkit.New(kind)
			err = careerkit.Decode(bytes.NewReader(enc), again, careerkit.WithLimits(careerkit.Limits{MaxBytes: 1 << 30}))
			require.NoError(t, err, "Decode(json.Marshal(%s)): %s", kind, enc)
			enc2, err := json.Marshal(again)
			require.NoError(t, err, "json.Marshal again (%s)", kind)
			require.Equal(t, string(enc), string(enc2), "%s: decode → encode → decode → encode is stable for %q", kind, data)
		}
	})
}

// FuzzDecodeJSONAgainstEncodingJSON checks the strict decoder against
// encoding/json on generic values: whatever the strict decoder accepts as
// JSON, encoding/json accepts too and reads the same value (strictness only
// ever removes documents, it never reads one differently). The one leniency
// is a leading byte order mark, which RFC 8259 lets a parser ignore and
// Decode does.
func FuzzDecodeJSONAgainstEncodingJSON(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{`["\ud83d\ude00"]`, `{"a":{"b":[1,2.5e3,-0,null,true]}}`, `"\u00e9\/"`, `[1e308, 1e-400]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var ours any
		err := careerkit.Decode(bytes.NewReader(data), &ours, careerkit.WithFormat(careerkit.FormatJSON))
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		var theirs any
		require.NoError(t, json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &theirs), "encoding/json accepts what Decode accepted: %q", data)
		require.Equal(t, theirs, ours, "Decode and encoding/json read %q the same", data)
	})
}
