package civil

import (
	"cmp"
	"fmt"
	"time"

	"github.com/invopop/jsonschema"
)

// DatePattern is the pattern of a date's text: four digits of the year, two
// of the month and two of the day, joined by hyphens (ISO 8601's extended
// calendar date, RFC 3339's full-date).
const DatePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`

// Date is a day of the Gregorian calendar from 0001-01-01 to 9999-12-31,
// with no time of day and no time zone: the day a rating was given or that
// market data describes, the same day wherever it is read.
//
// Dates are comparable with == and ordered by Compare; they are immutable.
// In JSON and YAML a date is the text YYYY-MM-DD. The zero value is no
// date: IsZero reports it, it is written as "" (fields holding one are
// left out with omitzero), and it sorts before every date.
type Date struct {
	ymd int32 // year*10000 + month*100 + day; 0 for no date
}

// NewDate returns the date of a year (1 to 9999), month and day, or an
// error when there is no such day, such as 30 February.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if err := check(year, int(month), day); err != "" {
		return Date{}, fmt.Errorf("civil: date %04d-%02d-%02d: %s", year, int(month), day, err)
	}
	return Date{int32(year*10000 + int(month)*100 + day)}, nil
}

// DateOf returns the date of t in t's location. A t outside the years 1 to
// 9999 gives the zero Date.
func DateOf(t time.Time) Date {
	d, err := NewDate(t.Year(), t.Month(), t.Day())
	if err != nil {
		return Date{}
	}
	return d
}

// ParseDate parses a date written YYYY-MM-DD, such as "2026-09-30": exactly
// ten characters, with two digits for the month and for the day, and a day
// the month has. Any other text is an error that says how to write it.
func ParseDate(s string) (Date, error) { return parse("parse", s) }

// MustParseDate is ParseDate for constants in code and tests: it panics,
// naming itself and the input, when s is not a date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic("civil.MustParseDate: " + err.Error())
	}
	return d
}

func parse(op, s string) (Date, error) {
	if msg := syntax(s); msg != "" {
		return Date{}, fmt.Errorf("civil: %s date %s: %s", op, quote(s), msg)
	}
	y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
	if msg := check(y, m, d); msg != "" {
		return Date{}, fmt.Errorf("civil: %s date %s: %s", op, quote(s), msg)
	}
	return Date{int32(y*10000 + m*100 + d)}, nil
}

// syntax explains why s is not written YYYY-MM-DD, or returns "".
func syntax(s string) string {
	const how = "write the date as YYYY-MM-DD, such as 2026-09-30"
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') && syntax(s[:10]) == "" {
		return how + ", without a time"
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return how
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return how
		}
	}
	return ""
}

func digits(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// check explains why year, month and day make no date, or returns "".
func check(year, month, day int) string {
	switch {
	case year < 1 || year > 9999:
		return "the year must be from 0001 to 9999"
	case month < 1 || month > 12:
		return fmt.Sprintf("there is no month %d: months go from 01 to 12", month)
	case day < 1 || day > daysIn(year, month):
		return fmt.Sprintf("%s %d has %d days", time.Month(month), year, daysIn(year, month))
	}
	return ""
}

// daysIn returns the number of days of a month of the Gregorian calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Year returns the year, 1 to 9999, or 0 for the zero Date.
func (d Date) Year() int { return int(d.ymd / 10000) }

// Month returns the month, or 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.ymd / 100 % 100) }

// Day returns the day of the month, or 0 for the zero Date.
func (d Date) Day() int { return int(d.ymd % 100) }

// IsZero reports whether d is the zero Date, no date.
func (d Date) IsZero() bool { return d.ymd == 0 }

// Compare returns -1, 0 or +1 as d is before, the same day as or after e.
// The zero Date is before every date.
func (d Date) Compare(e Date) int { return cmp.Compare(d.ymd, e.ymd) }

// Equal reports whether d and e are the same day: d == e, as a method so
// that github.com/google/go-cmp compares dates by value.
func (d Date) Equal(e Date) bool { return d.ymd == e.ymd }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.ymd < e.ymd }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.ymd > e.ymd }

// AddDays returns the date n days after d (before, for a negative n). The
// zero Date, and a result outside the years 1 to 9999, give the zero Date.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return Date{}
	}
	return DateOf(d.In(time.UTC).AddDate(0, 0, n))
}

// In returns the time at which d begins in loc: its midnight there. The
// zero Date gives the zero time.Time.
func (d Date) In(loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// MarshalText returns the date as String does.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written YYYY-MM-DD, as ParseDate does; ""
// reads as the zero Date (no date), the text MarshalText writes for it. On
// an error, d is left as it was.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parse("decode", string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// JSONSchema describes a date: a string in the format "date" (YYYY-MM-DD),
// or "" for no date.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type: "string",
		AnyOf: []*jsonschema.Schema{
			{Const: ""},
			{Format: "date", Pattern: DatePattern},
		},
		Description: "A calendar date written YYYY-MM-DD, such as 2026-09-30, with no time of day and no time zone; \"\" is no date.",
	}
}

// quote quotes s for a message, cut to 32 bytes.
func quote(s string) string {
	if len(s) > 32 {
		cut := 29
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "..."
	}
	return fmt.Sprintf("%q", s)
}
