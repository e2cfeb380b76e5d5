package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommittedTableIsCurrent regenerates the table from the committed
// lists, offline, and compares it with the committed file.
func TestCommittedTableIsCurrent(t *testing.T) {
	want, err := os.ReadFile("../../../salary/currency_table.go")
	require.NoError(t, err, "read salary/currency_table.go")
	got, err := generate(bytes.NewReader(listCSV), listDate)
	require.NoError(t, err, "generate from data/codes-all.csv")
	assert.Equal(t, string(want), string(got), "salary/currency_table.go is what go generate writes: run go generate ./...")
}

const header = "Entity,Currency,AlphabeticCode,NumericCode,MinorUnit,WithdrawalDate\n"

// lists is a small CSV in the committed file's layout, with a row for each
// rule and the code lists of the rules satisfied.
func lists(extra string) string {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("EUROPEAN UNION,Euro,EUR,978,2,\nJAPAN,Yen,JPY,392,0,\nBAHRAIN,Bahraini Dinar,BHD,048,3,\n")
	b.WriteString("ZZ08_Gold,Gold,XAU,959,-,\nZZ06_Testing_Code,Codes specifically reserved for testing purposes,XTS,963,-,\n")
	b.WriteString("\"SISTEMA UNITARIO DE COMPENSACION REGIONAL DE PAGOS \"\"SUCRE\"\"\",Sucre,XSU,994,-,\n")
	b.WriteString("PALESTINE,No universal currency,,,,\n")
	for _, c := range append(funds, unitsOfAccount...) {
		b.WriteString("SOMEWHERE,Unit " + c + "," + c + ",001,4,\n")
	}
	for old, s := range successors {
		if s != "EUR" && s != "JPY" {
			b.WriteString("SOMEWHERE,Successor " + s + "," + s + ",002,2,\n")
		}
		b.WriteString("SOMEWHERE,Old " + old + "," + old + ",003,,2000-01\n")
	}
	b.WriteString(extra)
	return b.String()
}

func TestReadListsRules(t *testing.T) {
	entries, err := readLists(strings.NewReader(lists(
		"CROATIA,Croatian Kuna,HRK,191,,2015-06\n" + // HRK's rows: the later one counts
			"CROATIA,Kuna,HRK,191,,2023-01\n" +
			"ARGENTINA,Peso,ARY,032,,1989 to 1990\n" +
			"ARGENTINA,Peso Argentino,ARP,032,,1990-07 to 1990-09\n" +
			"SOMEWHERE ELSE,Euro,EUR,978,,2006-10\n" + // withdrawn in one place, current elsewhere
			"JAPAN,Yen,JPY,392,0,\n"))) // a second country with the same currency
	require.NoError(t, err, "readLists")
	byCode := map[string]entry{}
	for i, e := range entries {
		if i > 0 {
			require.Less(t, entries[i-1].code, e.code, "readLists sorts by code")
		}
		byCode[e.code] = e
	}
	for _, want := range []entry{
		{code: "EUR", name: "Euro", kind: "isoPay", digits: 2},
		{code: "JPY", name: "Yen", kind: "isoPay", digits: 0},
		{code: "BHD", name: "Bahraini Dinar", kind: "isoPay", digits: 3},
		{code: "XAU", name: "Gold", kind: "isoMetal"},
		{code: "XTS", name: "Codes specifically reserved for testing purposes", kind: "isoTest"},
		{code: "XSU", name: "Sucre", kind: "isoUnit"},
		{code: "CLF", name: "Unit CLF", kind: "isoFund", digits: 4},
		{code: "UYW", name: "Unit UYW", kind: "isoUnit", digits: 4},
		{code: "HRK", name: "Kuna", kind: "isoWithdrawn", withdrawn: "2023-01", successor: "EUR"},
		{code: "ARY", name: "Peso", kind: "isoWithdrawn", withdrawn: "1989 to 1990"},
		{code: "ARP", name: "Peso Argentino", kind: "isoWithdrawn", withdrawn: "1990-07 to 1990-09"},
	} {
		assert.Equal(t, want, byCode[want.code], "readLists entry for %s", want.code)
	}
	assert.NotContains(t, byCode, "", "readLists skips rows without a code")
}

func TestReadListsErrors(t *testing.T) {
	for _, tc := range []struct{ name, csv, msg string }{
		{"header", "Code,Digits\nUSD,2\n", "the header is not"},
		{"code", lists("SOMEWHERE,Dollar,US,840,2,\n"), `"US" is not a three-letter code`},
		{"lower-case code", lists("SOMEWHERE,Dollar,usd,840,2,\n"), `"usd" is not a three-letter code`},
		{"digits", lists("SOMEWHERE,Dollar,USX,840,five,\n"), `USX: minor unit "five" is not a number from 0 to 4`},
		{"too many digits", lists("SOMEWHERE,Dollar,USX,840,5,\n"), `USX: minor unit "5" is not a number from 0 to 4`},
		{"conflict", lists("ELSEWHERE,Yen,JPY,392,2,\n"), "JPY is listed twice"},
		{"date", lists("SOMEWHERE,Old,OLD,001,,January 2001\n"), `withdrawal date "January 2001" is not`},
		{"month", lists("SOMEWHERE,Old,OLD,001,,2001-13\n"), `withdrawal date "2001-13" is not`},
		{"successor current", lists("SOMEWHERE,Kuna,HRK,191,2,\n"), "HRK has a successor but is not a withdrawn code"},
		{"fund gone", strings.Replace(lists(""), ",CLF,001,4,", ",CLX,001,4,", 1), "CLF is no longer in list one"},
		{"successor withdrawn", strings.Replace(lists(""), ",XCG,002,2,", ",XCG,002,,2030-01", 1), "the successor of ANG, XCG, is not a current currency"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readLists(strings.NewReader(tc.csv))
			assert.ErrorContains(t, err, tc.msg, "readLists with %s", tc.name)
		})
	}
}

// TestCurrencyDocNamesListDate checks that salary.Currency's doc comment
// gives the date of the lists the table comes from.
func TestCurrencyDocNamesListDate(t *testing.T) {
	src, err := os.ReadFile("../../../salary/currency.go")
	require.NoError(t, err, "read salary/currency.go")
	doc, _, ok := strings.Cut(string(src), "type Currency string")
	require.True(t, ok, "salary/currency.go declares Currency")
	assert.Contains(t, doc, "as taken on "+listDate, "the doc comment of salary.Currency gives listDate")
}
