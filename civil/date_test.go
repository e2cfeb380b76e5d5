package civil_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/civil"
)

func TestParseDate(t *testing.T) {
	valid := []struct {
		in      string
		y, m, d int
	}{
		{"2026-09-30", 2026, 9, 30},
		{"2024-02-29", 2024, 2, 29},
		{"2000-02-29", 2000, 2, 29},
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
		{"2026-01-31", 2026, 1, 31},
		{"2026-04-30", 2026, 4, 30},
	}
	for _, c := range valid {
		d, err := civil.ParseDate(c.in)
		require.NoError(t, err, "ParseDate(%q)", c.in)
		assert.Equal(t, c.y, d.Year(), "ParseDate(%q).Year()", c.in)
		assert.Equal(t, time.Month(c.m), d.Month(), "ParseDate(%q).Month()", c.in)
		assert.Equal(t, c.d, d.Day(), "ParseDate(%q).Day()", c.in)
		assert.Equal(t, c.in, d.String(), "ParseDate(%q).String()", c.in)
		assert.False(t, d.IsZero(), "ParseDate(%q).IsZero()", c.in)
	}

	invalid := []struct{ in, msg string }{
		{"30/09/2026", "write the date as YYYY-MM-DD"},
		{"2026/09/30", "write the date as YYYY-MM-DD"},
		{"30-09-2026", "write the date as YYYY-MM-DD"},
		{"2026-9-30", "write the date as YYYY-MM-DD"},
		{"2026-09-3", "write the date as YYYY-MM-DD"},
		{"26-09-30", "write the date as YYYY-MM-DD"},
		{"2026-09-30T10:00:00Z", "without a time"},
		{"2026-09-30 10:00", "without a time"},
		{" 2026-09-30", "write the date as YYYY-MM-DD"},
		{"２０２６-09-30", "write the date as YYYY-MM-DD"},
		{"", "write the date as YYYY-MM-DD"},
		{"September 30, 2026", "write the date as YYYY-MM-DD"},
		{"2026-13-01", "there is no month 13"},
		{"2026-00-10", "there is no month 0"},
		{"2026-02-30", "February 2026 has 28 days"},
		{"2023-02-29", "February 2023 has 28 days"},
		{"1900-02-29", "February 1900 has 28 days"},
		{"2026-04-31", "April 2026 has 30 days"},
		{"2026-01-32", "January 2026 has 31 days"},
		{"2026-01-00", "January 2026 has 31 days"},
		{"0000-01-01", "the year must be from 0001 to 9999"},
	}
	for _, c := range invalid {
		_, err := civil.ParseDate(c.in)
		require.Error(t, err, "ParseDate(%q)", c.in)
		assert.Contains(t, err.Error(), c.msg, "ParseDate(%q)", c.in)
		assert.NotContains(t, err.Error(), "time.Parse", "ParseDate(%q): the message is plain words", c.in)
	}
	assert.Panics(t, func() { civil.MustParseDate("30/09/2026") }, "MustParseDate(30/09/2026)")
	assert.Equal(t, civil.MustParseDate("2026-09-30"), civil.MustParseDate("2026-09-30"), "MustParseDate")
}

func TestNewDate(t *testing.T) {
	d, err := civil.NewDate(2026, time.September, 30)
	require.NoError(t, err, "NewDate(2026, September, 30)")
	assert.Equal(t, civil.MustParseDate("2026-09-30"), d, "NewDate(2026, September, 30)")
	_, err = civil.NewDate(2026, time.February, 29)
	assert.ErrorContains(t, err, "February 2026 has 28 days", "NewDate(2026, February, 29)")
	_, err = civil.NewDate(10000, time.January, 1)
	assert.ErrorContains(t, err, "from 0001 to 9999", "NewDate(10000, January, 1)")

	loc := time.FixedZone("UTC+14", 14*3600)
	at := time.Date(2026, 9, 30, 23, 30, 0, 0, loc)
	assert.Equal(t, "2026-09-30", civil.DateOf(at).String(), "DateOf takes the date in the time's own location")
	assert.Equal(t, "2026-09-30", civil.DateOf(at.UTC()).String(), "DateOf(UTC)")
	assert.True(t, civil.DateOf(time.Time{}).Equal(civil.MustParseDate("0001-01-01")), "DateOf(zero time) is 0001-01-01")
	assert.True(t, civil.DateOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero(), "DateOf(year 10000) is no date")
	assert.Equal(t, time.Date(2026, 9, 30, 0, 0, 0, 0, loc), civil.MustParseDate("2026-09-30").In(loc), "In(loc)")
	assert.True(t, civil.Date{}.In(time.UTC).IsZero(), "zero Date In(UTC)")
}

func TestDateOrder(t *testing.T) {
	var zero civil.Date
	a, b := civil.MustParseDate("2026-06-30"), civil.MustParseDate("2026-07-01")
	assert.Equal(t, -1, a.Compare(b), "Compare(2026-06-30, 2026-07-01)")
	assert.Equal(t, 1, b.Compare(a), "Compare(2026-07-01, 2026-06-30)")
	assert.Equal(t, 0, a.Compare(civil.MustParseDate("2026-06-30")), "Compare of the same day")
	assert.Equal(t, -1, zero.Compare(civil.MustParseDate("0001-01-01")), "the zero Date is before every date")
	assert.True(t, a.Before(b) && b.After(a) && !a.After(b) && !b.Before(a), "Before and After")
	assert.True(t, a.Equal(a) && !a.Equal(b), "Equal")
	assert.True(t, zero.IsZero() && zero == civil.Date{}, "zero Date")
	assert.Equal(t, "", zero.String(), "zero Date String")
	assert.Equal(t, 0, zero.Year()+int(zero.Month())+zero.Day(), "zero Date has no year, month or day")

	assert.Equal(t, b, a.AddDays(1), "AddDays(1) across a month end")
	assert.Equal(t, a, b.AddDays(-1), "AddDays(-1)")
	assert.Equal(t, "2025-02-28", civil.MustParseDate("2024-02-29").AddDays(365).String(), "AddDays(365) from a leap day")
	assert.True(t, zero.AddDays(5).IsZero(), "AddDays on the zero Date")
	assert.True(t, civil.MustParseDate("9999-12-31").AddDays(1).IsZero(), "AddDays past 9999")
}

func TestDateText(t *testing.T) {
	type doc struct {
		At civil.Date `json:"at,omitzero"`
	}
	out, err := json.Marshal(doc{At: civil.MustParseDate("2026-09-30")})
	require.NoError(t, err, "json.Marshal")
	assert.JSONEq(t, `{"at": "2026-09-30"}`, string(out), "json.Marshal of a date")
	out, err = json.Marshal(doc{})
	require.NoError(t, err, "json.Marshal of no date")
	assert.JSONEq(t, `{}`, string(out), "omitzero leaves out no date")

	var got doc
	require.NoError(t, json.Unmarshal([]byte(`{"at": "2024-02-29"}`), &got), "json.Unmarshal")
	assert.Equal(t, civil.MustParseDate("2024-02-29"), got.At, "json.Unmarshal of a date")
	require.NoError(t, json.Unmarshal([]byte(`{"at": ""}`), &got), "json.Unmarshal of \"\"")
	assert.True(t, got.At.IsZero(), "\"\" reads as no date")

	got.At = civil.MustParseDate("2026-01-01")
	err = json.Unmarshal([]byte(`{"at": "30/09/2026"}`), &got)
	require.Error(t, err, "json.Unmarshal of 30/09/2026")
	assert.Equal(t, `civil: decode date "30/09/2026": write the date as YYYY-MM-DD, such as 2026-09-30`, err.Error(), "json.Unmarshal of 30/09/2026")
	assert.Equal(t, civil.MustParseDate("2026-01-01"), got.At, "a refused date leaves the value alone")
	assert.Error(t, json.Unmarshal([]byte(`{"at": 20260930}`), &got), "a number is not a date")

	text, err := civil.Date{}.MarshalText()
	require.NoError(t, err, "MarshalText of no date")
	assert.Equal(t, "", string(text), "MarshalText of no date")

	s := civil.Date{}.JSONSchema()
	assert.Equal(t, "string", s.Type, "JSONSchema type")
	require.Len(t, s.AnyOf, 2, "JSONSchema: a date or \"\"")
	assert.Equal(t, "date", s.AnyOf[1].Format, "JSONSchema format")
	assert.Equal(t, civil.DatePattern, s.AnyOf[1].Pattern, "JSONSchema pattern")
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-09-30", "2024-02-29", "2023-02-29", "30/09/2026", "2026-13-01", "0000-01-01", "9999-12-31", "2026-09-30T10:00:00Z", "", "２０２６-09-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := civil.ParseDate(s)
		ref, refErr := time.Parse(time.DateOnly, s)
		if refErr == nil && len(s) == 10 && ref.Year() >= 1 {
			if err != nil {
				t.Fatalf("ParseDate(%q): %v, but time.Parse reads %v", s, err, ref)
			}
			if d.String() != s || d != civil.DateOf(ref) {
				t.Fatalf("ParseDate(%q) = %v, time.Parse reads %v", s, d, ref)
			}
			return
		}
		if err == nil {
			t.Fatalf("ParseDate(%q) = %v, but time.Parse refuses it: %v", s, d, refErr)
		}
		if !strings.HasPrefix(err.Error(), "civil: parse date ") {
			t.Fatalf("ParseDate(%q): error %q does not name the operation", s, err)
		}
	})
}
