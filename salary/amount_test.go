package salary_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/salary"
)

func amt(s string) salary.Amount { return salary.MustParseAmount(s) }

// units returns the Amount of u × 0.0001.
func units(t testing.TB, u int64) salary.Amount {
	t.Helper()
	a, err := salary.AmountFromMinor(u, salary.AmountDigits)
	require.NoError(t, err, "AmountFromMinor(%d, 4)", u)
	return a
}

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"0", "0"},
		{"-0", "0"},
		{"140000", "140000"},
		{"60.5", "60.5"},
		{"60.50", "60.5"},
		{"+7", "7"},
		{"-0.25", "-0.25"},
		{"0.0001", "0.0001"},
		{"1.500000", "1.5"},
		{"1.4e5", "140000"},
		{"1.4E+5", "140000"},
		{"12345e-4", "1.2345"},
		{"1000e-3", "1"},
		{"0e999999999", "0"},
		{"007", "7"},
		{"922337203685477.5807", "922337203685477.5807"},
		{"-922337203685477.5808", "-922337203685477.5808"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			a, err := salary.ParseAmount(tc.in)
			require.NoError(t, err, "ParseAmount(%q)", tc.in)
			assert.Equal(t, tc.want, a.String(), "ParseAmount(%q).String()", tc.in)
			back, err := salary.ParseAmount(a.String())
			require.NoError(t, err, "ParseAmount(String()) of %q", tc.in)
			assert.Equal(t, a, back, "String round trip of %q", tc.in)
		})
	}
}

func TestParseAmountErrors(t *testing.T) {
	for _, tc := range []struct {
		in       string
		overflow bool
		msg      string
	}{
		{"", false, "empty"},
		{"abc", false, "not a decimal number"},
		{"1,000", false, "not a decimal number"},
		{"1.", false, "not a decimal number"},
		{".5", false, "not a decimal number"},
		{"1e", false, "not a decimal number"},
		{"--1", false, "not a decimal number"},
		{"1 000", false, "not a decimal number"},
		{"$5", false, "not a decimal number"},
		{"NaN", false, "not a decimal number"},
		{"Inf", false, "not a decimal number"},
		{"0.00001", false, "more than 4 decimal places"},
		{"1e-5", false, "more than 4 decimal places"},
		{"1.23456", false, "more than 4 decimal places"},
		{"922337203685477.5808", true, "out of range"},
		{"-922337203685477.5809", true, "out of range"},
		{"1e15", true, "out of range"},
		{"1e9999999999", true, "out of range"},
		{"99999999999999999999999", true, "out of range"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := salary.ParseAmount(tc.in)
			require.Error(t, err, "ParseAmount(%q)", tc.in)
			assert.Contains(t, err.Error(), tc.msg, "ParseAmount(%q) error", tc.in)
			assert.True(t, strings.HasPrefix(err.Error(), "salary: parse amount "), "ParseAmount(%q) error style: %v", tc.in, err)
			assert.Equal(t, tc.overflow, errors.Is(err, careerkit.ErrOverflow), "errors.Is(ParseAmount(%q), ErrOverflow)", tc.in)
		})
	}
}

func TestMustParseAmountPanicsByName(t *testing.T) {
	assert.PanicsWithValue(t, `salary.MustParseAmount: salary: parse amount "x": not a decimal number: use digits with an optional sign, fraction and exponent, such as 140000 or 60.5`,
		func() { salary.MustParseAmount("x") }, "MustParseAmount(%q)", "x")
}

func TestAmountArithmetic(t *testing.T) {
	maxA, minA := units(t, math.MaxInt64), units(t, math.MinInt64)
	one := units(t, 1)
	for _, tc := range []struct {
		name     string
		op       func() (salary.Amount, error)
		want     string
		overflow bool
	}{
		{"add", func() (salary.Amount, error) { return amt("140000").Add(amt("0.5")) }, "140000.5", false},
		{"add negative", func() (salary.Amount, error) { return amt("1").Add(amt("-2.25")) }, "-1.25", false},
		{"add max+1", func() (salary.Amount, error) { return maxA.Add(one) }, "", true},
		{"add min-1", func() (salary.Amount, error) { return minA.Add(units(t, -1)) }, "", true},
		{"add max+min", func() (salary.Amount, error) { return maxA.Add(minA) }, "-0.0001", false},
		{"sub", func() (salary.Amount, error) { return amt("220000").Sub(amt("140000")) }, "80000", false},
		{"sub min-1", func() (salary.Amount, error) { return minA.Sub(one) }, "", true},
		{"sub 0-min", func() (salary.Amount, error) { return salary.Amount{}.Sub(minA) }, "", true},
		{"sub -1-min", func() (salary.Amount, error) { return units(t, -1).Sub(minA) }, "922337203685477.5807", false},
		{"mul", func() (salary.Amount, error) { return amt("67.31").Mul(2080) }, "140004.8", false},
		{"mul negative", func() (salary.Amount, error) { return amt("1.5").Mul(-3) }, "-4.5", false},
		{"mul zero", func() (salary.Amount, error) { return maxA.Mul(0) }, "0", false},
		{"mul max×2", func() (salary.Amount, error) { return maxA.Mul(2) }, "", true},
		{"mul min×-1", func() (salary.Amount, error) { return minA.Mul(-1) }, "", true},
		{"mul -1×min", func() (salary.Amount, error) { return units(t, -1).Mul(math.MinInt64) }, "", true},
		{"mul 1×min", func() (salary.Amount, error) { return one.Mul(math.MinInt64) }, "-922337203685477.5808", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.op()
			if tc.overflow {
				require.Error(t, err, "%s", tc.name)
				assert.ErrorIs(t, err, careerkit.ErrOverflow, "%s", tc.name)
				return
			}
			require.NoError(t, err, "%s", tc.name)
			assert.Equal(t, tc.want, got.String(), "%s", tc.name)
		})
	}
}

func TestAmountCompareAndInspect(t *testing.T) {
	assert.Equal(t, amt("60.5"), amt("60.50"), "== of 60.5 and 60.50")
	assert.Equal(t, -1, amt("1").Compare(amt("2")), "Compare(1, 2)")
	assert.Equal(t, 0, amt("2").Compare(amt("2.0")), "Compare(2, 2.0)")
	assert.Equal(t, 1, amt("2").Compare(amt("-3")), "Compare(2, -3)")
	assert.True(t, amt("60.5").Equal(amt("60.50")), "Equal(60.5, 60.50)")
	assert.False(t, amt("60.5").Equal(amt("60.51")), "Equal(60.5, 60.51)")
	assert.True(t, salary.Amount{}.IsZero(), "zero value IsZero")
	assert.False(t, amt("0.0001").IsZero(), "0.0001 IsZero")
	assert.Equal(t, -1, amt("-5").Sign(), "Sign(-5)")
	assert.Equal(t, 0, amt("0").Sign(), "Sign(0)")
	for in, want := range map[string]int{"5": 0, "5.1": 1, "5.12": 2, "5.123": 3, "5.1234": 4, "5.10": 1, "-0.5": 1} {
		assert.Equal(t, want, amt(in).Decimals(), "Decimals(%s)", in)
	}
	assert.Equal(t, big.NewRat(121, 2), amt("60.5").Rat(), "Rat(60.5)")
}

func TestAmountMinorUnits(t *testing.T) {
	a, err := salary.AmountFromMinor(1999, 2)
	require.NoError(t, err, "AmountFromMinor(1999, 2)")
	assert.Equal(t, "19.99", a.String(), "AmountFromMinor(1999, 2)")
	n, err := a.Minor(2)
	require.NoError(t, err, "Minor(2) of 19.99")
	assert.Equal(t, int64(1999), n, "Minor(2) of 19.99")
	_, err = a.Minor(1)
	assert.Error(t, err, "Minor(1) of 19.99")
	_, err = a.Minor(5)
	assert.Error(t, err, "Minor(5) of 19.99")
	_, err = salary.AmountFromMinor(1, -1)
	assert.Error(t, err, "AmountFromMinor(1, -1)")
	_, err = salary.AmountFromMinor(math.MaxInt64, 0)
	assert.ErrorIs(t, err, careerkit.ErrOverflow, "AmountFromMinor(MaxInt64, 0)")
	b, err := salary.NewAmount(140000)
	require.NoError(t, err, "NewAmount(140000)")
	assert.Equal(t, amt("140000"), b, "NewAmount(140000)")
	_, err = salary.NewAmount(1 << 60)
	assert.ErrorIs(t, err, careerkit.ErrOverflow, "NewAmount(2^60)")
}

func TestAmountRoundHalfEven(t *testing.T) {
	for _, tc := range []struct {
		in     string
		digits int
		want   string
	}{
		{"0.125", 2, "0.12"},
		{"0.135", 2, "0.14"},
		{"0.1251", 2, "0.13"},
		{"-0.125", 2, "-0.12"},
		{"-0.135", 2, "-0.14"},
		{"2.5", 0, "2"},
		{"3.5", 0, "4"},
		{"-2.5", 0, "-2"},
		{"1.0005", 3, "1"},
		{"1.0015", 3, "1.002"},
		{"7", 0, "7"},
		{"7.1234", 4, "7.1234"},
		{"7.1234", 9, "7.1234"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := amt(tc.in).Round(tc.digits)
			require.NoError(t, err, "Round(%s, %d)", tc.in, tc.digits)
			assert.Equal(t, tc.want, got.String(), "Round(%s, %d)", tc.in, tc.digits)
		})
	}
	_, err := units(t, math.MaxInt64).Round(0)
	assert.ErrorIs(t, err, careerkit.ErrOverflow, "Round(max, 0)")
	assert.Equal(t, "67.50", amt("67.5").StringFixed(2), "StringFixed(67.5, 2)")
	assert.Equal(t, "105.77", amt("105.7692").StringFixed(2), "StringFixed(105.7692, 2)")
	assert.Equal(t, "180000", amt("180000").StringFixed(0), "StringFixed(180000, 0)")
}

func TestAmountJSON(t *testing.T) {
	type doc struct {
		A salary.Amount  `json:"a"`
		P *salary.Amount `json:"p,omitempty"`
	}
	for _, in := range []string{`{"a":140000}`, `{"a":60.5}`, `{"a":-0.0001}`, `{"a":0,"p":922337203685477.5807}`} {
		t.Run(in, func(t *testing.T) {
			var d doc
			require.NoError(t, json.Unmarshal([]byte(in), &d), "json.Unmarshal(%s)", in)
			out, err := json.Marshal(d)
			require.NoError(t, err, "json.Marshal of %s", in)
			assert.JSONEq(t, in, string(out), "JSON round trip of %s", in)
		})
	}
	for _, in := range []string{`{"a":"140000"}`, `{"a":1.23456}`, `{"a":true}`, `{"a":1e300}`, `{"a":[1]}`} {
		t.Run(in, func(t *testing.T) {
			var d doc
			assert.Error(t, json.Unmarshal([]byte(in), &d), "json.Unmarshal(%s)", in)
		})
	}
	var d doc
	require.NoError(t, json.Unmarshal([]byte(`{"a":null}`), &d), "json.Unmarshal of null")
	assert.True(t, d.A.IsZero(), "null leaves the zero amount")
	text, err := amt("60.5").MarshalText()
	require.NoError(t, err, "MarshalText(60.5)")
	var back salary.Amount
	require.NoError(t, back.UnmarshalText(text), "UnmarshalText(%s)", text)
	assert.Equal(t, amt("60.5"), back, "text round trip of 60.5")
}

func TestAmountYAML(t *testing.T) {
	type doc struct {
		A salary.Amount `yaml:"a"`
	}
	for _, tc := range []struct{ in, out string }{
		{"a: 140000\n", "a: 140000\n"},
		{"a: 60.50\n", "a: 60.5\n"},
		{"a: 922337203685477.5807\n", "a: 922337203685477.5807\n"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var d doc
			require.NoError(t, yaml.Unmarshal([]byte(tc.in), &d), "yaml.Unmarshal(%q)", tc.in)
			out, err := yaml.Marshal(d)
			require.NoError(t, err, "yaml.Marshal of %q", tc.in)
			assert.Equal(t, tc.out, string(out), "yaml.Marshal of %q", tc.in)
		})
	}
	for _, in := range []string{"a: \"140000\"\n", "a: 1.23456\n", "a: [1]\n", "a: true\n"} {
		t.Run(in, func(t *testing.T) {
			var d doc
			assert.Error(t, yaml.Unmarshal([]byte(in), &d), "yaml.Unmarshal(%q)", in)
		})
	}
}

func TestAmountJSONSchema(t *testing.T) {
	s := salary.Amount{}.JSONSchema()
	assert.Equal(t, "number", s.Type, "Amount.JSONSchema().Type")
	assert.Equal(t, "0", string(s.Minimum), "Amount.JSONSchema().Minimum")
	assert.NotEmpty(t, s.Description, "Amount.JSONSchema().Description")
}

// FuzzAmountArithmetic checks Add, Sub and Mul against math/big: the result
// agrees exactly with the big.Int computation whenever that fits in an
// Amount, and is an error matching ErrOverflow exactly when it does not.
func FuzzAmountArithmetic(f *testing.F) {
	for _, seed := range [][3]int64{
		{0, 0, 0}, {1, 1, 1}, {1_400_000_000, 2_200_000_000, 2080},
		{math.MaxInt64, 1, 2}, {math.MinInt64, -1, -1}, {math.MinInt64, 1, 1},
		{math.MaxInt64, math.MinInt64, -1}, {-1, math.MinInt64, math.MinInt64},
		{1 << 32, 1 << 31, 1 << 31}, {-(1 << 62), -(1 << 62), 3},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, x, y, n int64) {
		a, b := units(t, x), units(t, y)
		bx, by, bn := big.NewInt(x), big.NewInt(y), big.NewInt(n)
		check := func(op string, got salary.Amount, err error, want *big.Int) {
			if !want.IsInt64() {
				if !errors.Is(err, careerkit.ErrOverflow) {
					t.Fatalf("%s of %d, %d, %d: want ErrOverflow for %s, got %v, %v", op, x, y, n, want, got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s of %d, %d, %d: unexpected error %v (want %s)", op, x, y, n, err, want)
			}
			if gotUnits, _ := got.Minor(salary.AmountDigits); gotUnits != want.Int64() {
				t.Fatalf("%s of %d, %d, %d: got %d units, want %s", op, x, y, n, gotUnits, want)
			}
		}
		s, err := a.Add(b)
		check("Add", s, err, new(big.Int).Add(bx, by))
		d, err := a.Sub(b)
		check("Sub", d, err, new(big.Int).Sub(bx, by))
		p, err := a.Mul(n)
		check("Mul", p, err, new(big.Int).Mul(bx, bn))
		if c, want := a.Compare(b), bx.Cmp(by); c != want {
			t.Fatalf("Compare(%d, %d) = %d, want %d", x, y, c, want)
		}
		// String and ParseAmount agree with big.Rat exactly.
		back, err := salary.ParseAmount(a.String())
		if err != nil || back != a {
			t.Fatalf("ParseAmount(%q) = %v, %v; want %v", a.String(), back, err, a)
		}
		if r, ok := new(big.Rat).SetString(a.String()); !ok || r.Cmp(big.NewRat(x, 10_000)) != 0 {
			t.Fatalf("String() of %d units = %q, not the exact value", x, a.String())
		}
	})
}

// FuzzParseAmount checks ParseAmount on any text against math/big.Rat: it
// never panics, and when it succeeds the value is the exact value of the
// text.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"0", "140000", "60.5", "-0.25", "1.4e5", "1e-5", "1.23456", "922337203685477.5808", "abc", "1e9999999999", "+7", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := salary.ParseAmount(s)
		if err != nil {
			return
		}
		if len(s) > 200 || strings.ContainsAny(s, "eE") {
			return // big.Rat would take long on huge exponents
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("ParseAmount(%q) = %v but big.Rat rejects it", s, a)
		}
		if r.Cmp(a.Rat()) != 0 {
			t.Fatalf("ParseAmount(%q) = %v, want %s", s, a, r.FloatString(6))
		}
	})
}

func TestAmountNotANumberSaysWhatToWrite(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{`{"a": "42,000"}`, `salary: decode amount "42,000": write 42000, without the comma`},
		{`{"a": "1,250,000.50"}`, `salary: decode amount "1,250,000.50": write 1250000.50, without the commas`},
		{`{"a": "140000"}`, `salary: decode amount "140000": write 140000, without the quotes`},
		{`{"a": "$95"}`, `salary: decode amount "$95": write 95, without the currency symbol`},
		{`{"a": "€55,000"}`, `salary: decode amount "€55,000": write 55000, without the currency symbol and the comma`},
		{`{"a": "60,5"}`, `salary: decode amount "60,5": write it as a number, in major units, such as 140000 or 60.5`},
		{`{"a": "a lot"}`, `salary: decode amount "a lot": write it as a number, in major units, such as 140000 or 60.5`},
		{`{"a": true}`, `salary: decode amount "true": write it as a number, in major units, such as 140000 or 60.5`},
	} {
		var d struct {
			A salary.Amount `json:"a"`
		}
		err := json.Unmarshal([]byte(tc.in), &d)
		require.Error(t, err, "json.Unmarshal(%s)", tc.in)
		assert.Equal(t, tc.want, err.Error(), "json.Unmarshal(%s)", tc.in)
		assert.NotContains(t, err.Error(), "JSON", "json.Unmarshal(%s): plain words", tc.in)
	}
	for _, tc := range []struct {
		in, want string
	}{
		{"a: 42,000\n", `salary: decode amount "42,000": write 42000, without the comma`},
		{"a: \"140000\"\n", `salary: decode amount "140000": write 140000, without the quotes`},
		{"a: [1]\n", `salary: decode amount: write it as a number, not a list or a mapping, in major units, such as 140000 or 60.5`},
	} {
		var d struct {
			A salary.Amount `yaml:"a"`
		}
		err := yaml.Unmarshal([]byte(tc.in), &d)
		require.Error(t, err, "yaml.Unmarshal(%q)", tc.in)
		assert.Contains(t, err.Error(), tc.want, "yaml.Unmarshal(%q)", tc.in)
	}
	var f struct {
		F salary.Factor `json:"f"`
	}
	err := json.Unmarshal([]byte(`{"f": "0.9"}`), &f)
	assert.EqualError(t, err, `salary: decode factor "0.9": write 0.9, without the quotes`, "json.Unmarshal of a factor in quotes")
	err = json.Unmarshal([]byte(`{"f": "ninety percent"}`), &f)
	assert.EqualError(t, err, `salary: decode factor "ninety percent": write it as a number, such as 0.9`, "json.Unmarshal of a factor in words")
}

func TestMismatchSaysWhatToDo(t *testing.T) {
	b := band(salary.USD, salary.Year, "140000", "220000")
	_, err := b.CompaRatio(salary.Pay{Currency: salary.USD, Period: salary.Hour, Amount: amt("60")})
	require.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "CompaRatio of hourly pay in a yearly band")
	assert.Contains(t, err.Error(), "the pay is per hour and the band per year: convert one to the other's period first", "CompaRatio of hourly pay in a yearly band")
	assert.NotContains(t, err.Error(), "ConvertPeriod", "CompaRatio of hourly pay in a yearly band: plain words")
	_, err = b.Position(salary.Pay{Currency: salary.EUR, Period: salary.Year, Amount: amt("60")})
	require.ErrorIs(t, err, careerkit.ErrCurrencyMismatch, "Position of euros in a dollar band")
	assert.Contains(t, err.Error(), "the pay is in EUR and the band in USD", "Position of euros in a dollar band")
}
