package paygap_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/problem"
)

const goodCSV = `subject,gender,category,basePay,variablePay,weeklyHours,currency
w1,female,c1,41600,,40,EUR
m1,male,c1,52000,1000.50,37.5,EUR
`

func TestReadCSV(t *testing.T) {
	recs, err := paygap.ReadCSV(strings.NewReader(goodCSV), nil)
	require.NoError(t, err, "ReadCSV(good)")
	want := paygap.Records{Workers: []paygap.Worker{
		worker("w1", paygap.Female, "c1", "41600", "0", "40"),
		worker("m1", paygap.Male, "c1", "52000", "1000.50", "37.5"),
	}}
	assert.Equal(t, want, recs, "ReadCSV(good)")

	// Columns in another order, with spaces and a byte order mark.
	other := "\ufeffcurrency, subject ,gender,category,weeklyHours,basePay,variablePay\nEUR,w1,female,c1,40,41600,\n"
	recs, err = paygap.ReadCSV(strings.NewReader(other), nil)
	require.NoError(t, err, "ReadCSV(reordered)")
	assert.Equal(t, want.Workers[:1], recs.Workers, "ReadCSV(reordered)")

	var b bytes.Buffer
	require.NoError(t, paygap.WriteCSV(&b, want), "WriteCSV")
	back, err := paygap.ReadCSV(&b, nil)
	require.NoError(t, err, "ReadCSV(WriteCSV(want))")
	assert.Equal(t, want, back, "WriteCSV then ReadCSV round trips")
}

func TestReadCSVErrors(t *testing.T) {
	header := "subject,gender,category,basePay,variablePay,weeklyHours,currency\n"
	cases := []struct {
		name, csv string
		want      problem.FieldError // Path, Rule, Line and Column are compared
		message   string
	}{
		{"empty", "", problem.FieldError{Rule: "required"}, "no header row"},
		{"unknown column", "subject,gender,category,basePay,variablePay,weeklyHours,currency,name\n", problem.FieldError{Rule: "unknown-field", Line: 1, Column: 66}, `"name" is not a column`},
		{"missing column", "subject,gender,category,basePay,weeklyHours,currency\n", problem.FieldError{Rule: "required"}, `no column "variablePay"`},
		{"repeated column", "subject,gender,category,basePay,variablePay,weeklyHours,currency,gender\n", problem.FieldError{Rule: "unique", Line: 1, Column: 66}, `"gender" is already column 2`},
		{"no rows", header, problem.FieldError{Path: "workers", Rule: "min"}, "no rows"},
		{"bad amount", header + "w1,female,c1,41 600,,40,EUR\n", problem.FieldError{Path: "workers[0].basePay", Rule: "number", Line: 2, Column: 14}, "not a decimal number"},
		{"bad gender", header + "w1,woman,c1,41600,,40,EUR\n", problem.FieldError{Path: "workers[0].gender", Rule: "oneof", Line: 2, Column: 4}, `"woman" is not one of`},
		{"missing hours", header + "w1,female,c1,41600,,,EUR\n", problem.FieldError{Path: "workers[0].weeklyHours", Rule: "required", Line: 2, Column: 21}, "is required"},
		{"zero hours", header + "w1,female,c1,41600,,0,EUR\n", problem.FieldError{Path: "workers[0].weeklyHours", Rule: "range", Line: 2, Column: 21}, "greater than 0"},
		{"169 hours", header + "w1,female,c1,41600,,169,EUR\n", problem.FieldError{Path: "workers[0].weeklyHours", Rule: "range", Line: 2, Column: 21}, "at most 168"},
		{"a name as subject", header + "Jane Doe,female,c1,41600,,40,EUR\n", problem.FieldError{Path: "workers[0].subject", Rule: "slug", Line: 2, Column: 1}, ""},
		{"too many fields", header + "w1,female,c1,41600,,40,EUR,x\n", problem.FieldError{Path: "workers[0]", Rule: "fields", Line: 2, Column: 1}, "has 8 fields"},
		{"mixed currencies", header + "w1,female,c1,41600,,40,EUR\nm1,male,c1,41600,,40,USD\n", problem.FieldError{Path: "workers[1].currency", Rule: "currency", Line: 3, Column: 22}, "differs from the currency EUR"},
		{"duplicate subject", header + "w1,female,c1,41600,,40,EUR\nw1,male,c1,41600,,40,EUR\n", problem.FieldError{Path: "workers[1].subject", Rule: "unique", Line: 3, Column: 1}, "already workers[0]"},
		{"too many decimals", header + "w1,female,c1,41600.001,,40,EUR\n", problem.FieldError{Path: "workers[0].basePay", Rule: "decimals", Line: 2, Column: 14}, "EUR allows 2"},
		{"negative pay", header + "w1,female,c1,-1,,40,EUR\n", problem.FieldError{Path: "workers[0].basePay", Rule: "gte", Line: 2, Column: 14}, "at least 0"},
		{"bad quote", header + "w1,\"female,c1\n", problem.FieldError{Rule: "syntax", Line: 2}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := paygap.ReadCSV(strings.NewReader(c.csv), nil)
			require.Error(t, err, "ReadCSV(%q)", c.csv)
			assert.ErrorIs(t, err, problem.ErrInvalid, "ReadCSV(%q) is invalid", c.csv)
			var ve *problem.ValidationError
			require.True(t, errors.As(err, &ve), "ReadCSV(%q) returns a ValidationError", c.csv)
			found := false
			for _, fe := range ve.Errors {
				if fe.Path == c.want.Path && fe.Rule == c.want.Rule {
					found = true
					assert.Equal(t, c.want.Line, fe.Line, "ReadCSV(%q): line of %s", c.csv, fe)
					if c.want.Column != 0 {
						assert.Equal(t, c.want.Column, fe.Column, "ReadCSV(%q): column of %s", c.csv, fe)
					}
					assert.Contains(t, fe.Message, c.message, "ReadCSV(%q): message of %s", c.csv, fe)
				}
			}
			assert.True(t, found, "ReadCSV(%q) reports %s (%s); got %v", c.csv, c.want.Path, c.want.Rule, err)
		})
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add(goodCSV)
	f.Add("subject,gender,category,basePay,variablePay,weeklyHours,currency\nw1,other,c1,0,0,0.000001,JPY\n")
	f.Add("subject,gender\n\"a\"\"b\",x\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		recs, err := paygap.ReadCSV(strings.NewReader(text), nil)
		if err != nil {
			assert.ErrorIs(t, err, problem.ErrInvalid, "ReadCSV(%q) fails as invalid", text)
			return
		}
		require.NoError(t, recs.Validate(), "ReadCSV(%q) returns valid records", text)
		var b bytes.Buffer
		require.NoError(t, paygap.WriteCSV(&b, recs), "WriteCSV")
		back, err := paygap.ReadCSV(&b, nil)
		require.NoError(t, err, "ReadCSV(WriteCSV(ReadCSV(%q)))", text)
		assert.Equal(t, recs, back, "CSV round trip of %q", text)
		_, err = paygap.Analyze(recs, paygap.Options{Threshold: 1})
		assert.NoError(t, err, "Analyze(ReadCSV(%q))", text)
	})
}

func TestReadCSVCategories(t *testing.T) {
	known := []paygap.CategoryID{"c1", "l5"}
	_, err := paygap.ReadCSV(strings.NewReader(goodCSV), known)
	require.NoError(t, err, "ReadCSV(good, %v): every category is known", known)

	text := strings.Replace(goodCSV, "m1,male,c1", "m1,male,c2", 1)
	_, err = paygap.ReadCSV(strings.NewReader(text), known)
	require.ErrorIs(t, err, problem.ErrUnknownReference, "ReadCSV(c2, %v)", known)
	var ve *problem.ValidationError
	require.True(t, errors.As(err, &ve), "ReadCSV(c2) returns a ValidationError")
	require.Len(t, ve.Errors, 1, "one problem: %v", err)
	fe := ve.Errors[0]
	// Line 3 is m1's row; its category starts at column 9 ("m1,male," is 8 bytes).
	assert.Equal(t, problem.FieldError{Path: "workers[1].category", Rule: "exists", Line: 3, Column: 9, Err: problem.ErrUnknownReference,
		Message: `category "c2" is no ladder level or grade of the framework (did you mean "c1"?)`}, fe, "ReadCSV(c2) problem")
}

func TestReadCSVLimit(t *testing.T) {
	n := int64(len(goodCSV))
	_, err := paygap.ReadCSVLimit(strings.NewReader(goodCSV), nil, n)
	assert.NoError(t, err, "ReadCSV of %d bytes with a limit of %d: just inside", n, n)
	_, err = paygap.ReadCSVLimit(strings.NewReader(goodCSV), nil, n-1)
	assert.ErrorIs(t, err, problem.ErrLimit, "ReadCSV of %d bytes with a limit of %d: just outside", n, n-1)
	assert.ErrorContains(t, err, fmt.Sprintf("larger than %d bytes", n-1), "ReadCSV over the limit says the limit")
}
