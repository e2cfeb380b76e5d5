package imscase_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/examples"
	imscase "github.com/careerkit/careerkit/interop/case"
)

// FuzzRead checks that Read never panics, and that whatever it accepts is
// a valid catalog that Write can write.
func FuzzRead(f *testing.F) {
	for _, name := range fixtures {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(f, err, "read %s", name)
		f.Add(data)
	}
	cat, err := examples.Catalog()
	require.NoError(f, err, "examples.Catalog()")
	var b bytes.Buffer
	require.NoError(f, imscase.Write(&b, cat, writeOptions()), "Write(examples)")
	f.Add(b.Bytes())
	f.Add([]byte(`{"CFPackage": {"CFDocument": {}, "CFItems": [{"identifier": "x", "fullStatement": "y"}], "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": {"identifier": "x"}, "destinationNodeURI": {"identifier": "x"}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat, rep, err := imscase.Read(bytes.NewReader(data), imscase.Options{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		require.NotNil(t, rep, "Read returns a report")
		require.NoError(t, cat.Validate(), "Read gives a valid catalog")
		var out bytes.Buffer
		require.NoError(t, imscase.Write(&out, cat, writeOptions()), "Write(Read(data))")
	})
}
