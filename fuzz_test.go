package careerkit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
)

// addSeeds seeds f with every document of the table tests and every sample
// data file, whatever type they were written for: a catalog fuzzer learns as
// much from a broken profile as from a catalog.
func addSeeds(f *testing.F) {
	for _, doc := range []string{catalogJSON, catalogYAML, profileJSON, profileYAML} {
		f.Add([]byte(doc))
	}
	for _, c := range append(rejectCases(), strictCases()...) {
		if len(c.doc) <= 64<<10 {
			f.Add([]byte(c.doc))
		}
	}
	err := fs.WalkDir(examples.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(examples.FS(), path)
		if err == nil {
			f.Add(b)
		}
		return err
	})
	require.NoError(f, err, "reading examples.FS() for seeds")
	// The sample values as JSON, so each fuzzer also starts from a valid
	// document of its own type.
	for name, v := range exampleValues(f) {
		b, err := json.Marshal(v)
		require.NoError(f, err, "json.Marshal(%s)", name)
		f.Add(b)
	}
}

// fuzzDecode decodes data into a fresh value from newV and checks the
// properties every decode must have: no panic; an error is one of the
// documented kinds and says where; a success validates (when the type has
// Validate) and survives a JSON round trip. It returns the decoded value,
// or nil.
func fuzzDecode(t *testing.T, data []byte, newV func() any) any {
	v := newV()
	err := careerkit.Decode(bytes.NewReader(data), v)
	if err != nil {
		checkDecodeError(t, err)
		return nil
	}
	if vv, ok := v.(interface{ Validate() error }); ok {
		require.NoError(t, vv.Validate(), "Validate() after a successful Decode(%q)", data)
	}
	assertRoundTrip(t, "Decode("+string(data)+")", v, newV())
	return v
}

func checkDecodeError(t *testing.T, err error) {
	var ve *careerkit.ValidationError
	var de *careerkit.DecodeError
	switch {
	case errors.As(err, &ve):
		require.ErrorIs(t, err, careerkit.ErrInvalid, "a *ValidationError from Decode matches ErrInvalid: %v", err)
		require.NotEmpty(t, ve.Errors, "a *ValidationError from Decode lists its problems: %v", err)
		for _, fe := range ve.Errors {
			require.NotEmpty(t, fe.Rule, "every FieldError of Decode names its rule: %v", err)
			require.NotEmpty(t, fe.Message, "every FieldError of Decode has a message: %v", err)
			require.GreaterOrEqual(t, fe.Line, 0, "FieldError.Line of Decode: %v", err)
		}
	case errors.As(err, &de):
		require.True(t, errors.Is(err, careerkit.ErrSyntax) || errors.Is(err, careerkit.ErrLimit),
			"a *DecodeError matches ErrSyntax or ErrLimit: %v", err)
		require.GreaterOrEqual(t, de.Line, 0, "DecodeError.Line: %v", err)
		require.NotEmpty(t, de.Msg, "DecodeError.Msg: %v", err)
	default:
		t.Fatalf("Decode returned an error of type %T that is neither a *ValidationError nor a *DecodeError: %v", err, err)
	}
}

func FuzzDecodeCatalog(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = fuzzDecode(t, data, func() any { return new(competency.Catalog) })
	})
}

func FuzzDecodeProfile(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = fuzzDecode(t, data, func() any { return new(competency.Profile) })
	})
}

// FuzzDecodeRequirements decodes lists of requirements, which have no
// Validate of their own: each decoded requirement's Validate must not panic
// and fail only with a *ValidationError, and the list must survive the round
// trip.
func FuzzDecodeRequirements(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		v, _ := fuzzDecode(t, data, func() any { return new([]competency.Requirement) }).(*[]competency.Requirement)
		if v == nil {
			return
		}
		for i, r := range *v {
			if err := r.Validate(); err != nil {
				require.ErrorIs(t, err, careerkit.ErrInvalid, "Requirement.Validate() of item %d of Decode(%q)", i, data)
			}
		}
	})
}
