package salary

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestISOTableConsistent checks the generated table: codes sorted and
// unique, every entry's fields fitting its kind, successors current.
func TestISOTableConsistent(t *testing.T) {
	_, err := time.Parse(time.DateOnly, isoListDate)
	require.NoError(t, err, "isoListDate %q is a date", isoListDate)
	require.NotEmpty(t, isoTable, "isoTable")
	for i, e := range isoTable {
		t.Run(string(e.code), func(t *testing.T) {
			if i > 0 {
				assert.Less(t, isoTable[i-1].code, e.code, "isoTable[%d] sorts after isoTable[%d] and differs from it", i, i-1)
			}
			assert.Len(t, e.code, 3, "code %q", e.code)
			assert.Equal(t, strings.ToUpper(string(e.code)), string(e.code), "code %q is upper case", e.code)
			assert.NotEmpty(t, e.name, "name of %s", e.code)
			assert.True(t, e.kind >= isoPay && e.kind <= isoWithdrawn, "kind of %s is one of the kinds", e.code)
			assert.True(t, e.digits >= 0 && e.digits <= AmountDigits, "digits of %s (%d) are between 0 and AmountDigits", e.code, e.digits)
			assert.Equal(t, e.kind == isoWithdrawn, e.withdrawn != "", "%s has a withdrawal date when and only when it is withdrawn", e.code)
			if e.successor != "" {
				assert.Equal(t, isoWithdrawn, e.kind, "%s has a successor, so it is withdrawn", e.code)
				assert.True(t, e.successor.IsValid(), "the successor of %s, %s, is a valid currency", e.code, e.successor)
			}
			assert.Equal(t, e.kind == isoPay, e.code.IsValid(), "Currency(%q).IsValid() agrees with its kind", e.code)
		})
	}
}

// TestISOTableFigures checks entries that Currency's methods cannot show:
// the minor units of the codes it refuses, and how codes are classified.
// The figures are those of ISO 4217 lists one and three.
func TestISOTableFigures(t *testing.T) {
	for _, tc := range []struct {
		code      Currency
		kind      isoKind
		digits    int
		withdrawn string
		successor Currency
	}{
		{"CLF", isoFund, 4, "", ""},
		{"UYW", isoUnit, 4, "", ""},
		{"UYI", isoFund, 0, "", ""},
		{"USN", isoFund, 2, "", ""},
		{"XAD", isoUnit, 2, "", ""},
		{"XDR", isoUnit, 0, "", ""},
		{"XAG", isoMetal, 0, "", ""},
		{"XTS", isoTest, 0, "", ""},
		{"XXX", isoNone, 0, "", ""},
		{"HRK", isoWithdrawn, 0, "2023-01", "EUR"}, // list three also has HRK withdrawn in 2015-06; the later date counts
		{"ANG", isoWithdrawn, 0, "2025-03", "XCG"}, // and in 2010-10, for the Netherlands Antilles
		{"BGN", isoWithdrawn, 0, "2026-01", "EUR"},
		{"VEB", isoWithdrawn, 0, "2008-01", ""}, // its successor VEF is withdrawn too
	} {
		t.Run(string(tc.code), func(t *testing.T) {
			e := currencies().byCode[tc.code]
			require.NotNil(t, e, "isoTable has %s", tc.code)
			assert.Equal(t, tc.kind, e.kind, "kind of %s", tc.code)
			assert.Equal(t, tc.digits, e.digits, "digits of %s", tc.code)
			assert.Equal(t, tc.withdrawn, e.withdrawn, "withdrawal of %s", tc.code)
			assert.Equal(t, tc.successor, e.successor, "successor of %s", tc.code)
		})
	}
}

func TestWithdrawnWhen(t *testing.T) {
	for in, want := range map[string]string{
		"2023-01":            "in January 2023",
		"1990":               "in 1990",
		"1989 to 1990":       "between 1989 and 1990",
		"1989-1990":          "between 1989 and 1990",
		"1990-07 to 1990-09": "between July 1990 and September 1990",
	} {
		assert.Equal(t, want, withdrawnWhen(in), "withdrawnWhen(%q)", in)
	}
}
