// Command gencurrency writes salary/currency_table.go, the table of ISO 4217
// codes behind salary.Currency, from the committed copy of the ISO 4217
// lists in data/codes-all.csv. It reads nothing from the network. Run it
// from the module root, as go generate does:
//
//	go run ./internal/cmd/gencurrency [-o FILE]
//
// The CSV joins ISO 4217 list one (current currencies and funds) and list
// three (historic denominations), as published by SIX Financial
// Information on behalf of ISO; data/NOTICE says where it comes from. A row
// with a withdrawal date is from list three, one without is from list one.
//
// Each code gets one kind, by these rules, in this order:
//
//  1. A code of list one whose minor unit is "N.A." is not money: the
//     precious metals XAU, XAG, XPT and XPD, the testing code XTS, XXX (no
//     currency), and otherwise a unit of account (XDR, XSU, XUA, the bond
//     market units XBA to XBD).
//  2. A code of list one that ISO marks as a fund (IsFund="true": BOV, CHE,
//     CHW, CLF, COU, MXV, USN, UYI) is a fund. That includes CLF, the
//     Chilean Unidad de Fomento: pay in Chile may be quoted in it, but it
//     is paid in pesos (CLP).
//  3. UYW, the Uruguayan Unidad Previsional, and XAD, the Arab Accounting
//     Dinar of the Arab Monetary Fund, are units of account: ISO gives them
//     minor units and does not mark them as funds, but UYW is an index of
//     the average wage that amounts are reckoned in and XAD a unit the
//     Fund keeps its accounts in; neither is money anyone is paid in.
//  4. Every other code of list one is a currency, with the list's minor
//     unit as its digits.
//  5. A code only in list three is withdrawn, with the name and date of its
//     latest withdrawal, and its successor where successors below names
//     one.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// listDate is when the committed lists were taken from SIX's site (the
// CSV does not carry the lists' own publication dates). Change it with
// data/codes-all.csv.
const listDate = "2026-02-01"

//go:embed data/codes-all.csv
var listCSV []byte

// funds are the codes list one marks IsFund="true".
var funds = []string{"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI"}

// unitsOfAccount are codes of list one with a minor unit that are
// nevertheless not money a person is paid in.
var unitsOfAccount = []string{"UYW", "XAD"}

// notMoney gives the kind of the codes of list one without a minor unit;
// any other such code is a unit of account.
var notMoney = map[string]string{
	"XAU": "isoMetal", "XAG": "isoMetal", "XPT": "isoMetal", "XPD": "isoMetal",
	"XTS": "isoTest", "XXX": "isoNone",
}

// successors names the currency that took the place of a withdrawn one,
// where one currency did: the euro for the national currencies of the
// euro area (and the ECU), and the redenominations and replacements of ISO
// 4217's amendments. A successor must be a current currency.
var successors = map[string]string{
	"ATS": "EUR", "BEF": "EUR", "BGN": "EUR", "CYP": "EUR", "DEM": "EUR",
	"EEK": "EUR", "ESP": "EUR", "FIM": "EUR", "FRF": "EUR", "GRD": "EUR",
	"HRK": "EUR", "IEP": "EUR", "ITL": "EUR", "LTL": "EUR", "LUF": "EUR",
	"LVL": "EUR", "MTL": "EUR", "NLG": "EUR", "PTE": "EUR", "SIT": "EUR",
	"SKK": "EUR", "XEU": "EUR",
	"AFA": "AFN", "ANG": "XCG", "AZM": "AZN", "BYR": "BYN", "CSD": "RSD",
	"CUC": "CUP", "ECS": "USD", "GHC": "GHS", "MGF": "MGA", "MRO": "MRU",
	"MXP": "MXN", "MZM": "MZN", "PLZ": "PLN", "ROL": "RON", "RUR": "RUB",
	"SDD": "SDG", "SLL": "SLE", "SRG": "SRD", "STD": "STN", "TMM": "TMT",
	"TRL": "TRY", "VEF": "VES", "ZMK": "ZMW", "ZWL": "ZWG",
}

// maxDigits is the most minor-unit digits a salary.Amount holds.
const maxDigits = 4

// entry is one code of the table.
type entry struct {
	code      string
	name      string
	kind      string // the salary package's isoKind constant
	digits    int
	withdrawn string // list three's withdrawal date, for kind isoWithdrawn
	successor string
}

func main() {
	out := flag.String("o", "salary/currency_table.go", "the `file` to write")
	flag.Parse()
	src, err := generate(bytes.NewReader(listCSV), listDate)
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencurrency:", err)
		os.Exit(1)
	}
}

// generate reads the lists from r and returns the Go source of the table.
func generate(r io.Reader, date string) ([]byte, error) {
	entries, err := readLists(r)
	if err != nil {
		return nil, err
	}
	return render(entries, date)
}

// readLists reads the CSV and applies the rules of the package comment,
// returning one entry per code, sorted by code.
func readLists(r io.Reader) ([]entry, error) {
	rd := csv.NewReader(r)
	rows, err := rd.ReadAll()
	if err != nil {
		return nil, err
	}
	want := []string{"Entity", "Currency", "AlphabeticCode", "NumericCode", "MinorUnit", "WithdrawalDate"}
	if len(rows) == 0 || !slices.Equal(rows[0], want) {
		return nil, fmt.Errorf("the header is not %s", strings.Join(want, ","))
	}
	current := map[string]*entry{}
	historic := map[string]*entry{}
	for i, row := range rows[1:] {
		line := i + 2
		code, name, minor, date := row[2], strings.TrimSpace(row[1]), row[4], row[5]
		if code == "" {
			continue // "No universal currency"
		}
		if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return nil, fmt.Errorf("line %d: %q is not a three-letter code", line, code)
		}
		if date != "" {
			if err := addHistoric(historic, code, name, date); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			continue
		}
		e, err := currentEntry(code, name, minor)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if old, ok := current[code]; ok && *old != e {
			return nil, fmt.Errorf("line %d: %s is listed twice, as %+v and %+v", line, code, *old, e)
		}
		current[code] = &e
	}
	for _, code := range slices.Concat(funds, unitsOfAccount) {
		if current[code] == nil {
			return nil, fmt.Errorf("%s is no longer in list one: review the rules for it", code)
		}
	}
	var entries []entry
	for _, e := range current {
		entries = append(entries, *e)
	}
	for code, e := range historic {
		if current[code] != nil {
			continue // withdrawn in one country, still current elsewhere
		}
		e.successor = successors[code]
		if s := current[e.successor]; e.successor != "" && (s == nil || s.kind != "isoPay") {
			return nil, fmt.Errorf("the successor of %s, %s, is not a current currency", code, e.successor)
		}
		entries = append(entries, *e)
	}
	for code := range successors {
		if e := historic[code]; e == nil || current[code] != nil {
			return nil, fmt.Errorf("%s has a successor but is not a withdrawn code", code)
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.code, b.code) })
	return entries, nil
}

// currentEntry classifies a code of list one.
func currentEntry(code, name, minor string) (entry, error) {
	e := entry{code: code, name: name}
	switch {
	case minor == "-" || minor == "N.A.":
		e.kind = notMoney[code]
		if e.kind == "" {
			e.kind = "isoUnit"
		}
		return e, nil
	case slices.Contains(funds, code):
		e.kind = "isoFund"
	case slices.Contains(unitsOfAccount, code):
		e.kind = "isoUnit"
	default:
		e.kind = "isoPay"
	}
	d, err := strconv.Atoi(minor)
	if err != nil || d < 0 || d > maxDigits {
		return entry{}, fmt.Errorf("%s: minor unit %q is not a number from 0 to %d", code, minor, maxDigits)
	}
	e.digits = d
	return e, nil
}

// addHistoric records a row of list three, keeping each code's latest
// withdrawal.
func addHistoric(historic map[string]*entry, code, name, date string) error {
	key, err := dateKey(date)
	if err != nil {
		return fmt.Errorf("%s: %w", code, err)
	}
	if old := historic[code]; old != nil {
		oldKey, _ := dateKey(old.withdrawn)
		if oldKey >= key {
			return nil
		}
	}
	historic[code] = &entry{code: code, name: name, kind: "isoWithdrawn", withdrawn: date}
	return nil
}

// dateKey returns a withdrawal date's end as text that sorts in time
// order: "2023-01" for "2023-01", "1990" for "1989 to 1990" or "1989-1990",
// "1990-09" for "1990-07 to 1990-09".
func dateKey(date string) (string, error) {
	end := date
	if i := strings.LastIndex(date, " to "); i >= 0 {
		end = date[i+len(" to "):]
	} else if len(date) == 9 && date[4] == '-' {
		end = date[5:]
	}
	if !isYearMonth(end) && !isYear(end) {
		return "", errors.New("withdrawal date " + strconv.Quote(date) + " is not YYYY-MM, YYYY-YYYY or a range with \" to \"")
	}
	return end, nil
}

// isYear reports whether s is four digits.
func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}

// isYearMonth reports whether s is YYYY-MM with a month from 01 to 12.
func isYearMonth(s string) bool {
	if len(s) != 7 || s[4] != '-' || !isYear(s[:4]) {
		return false
	}
	m, err := strconv.Atoi(s[5:])
	return err == nil && m >= 1 && m <= 12
}

// render returns the gofmt-ed Go source of the table.
func render(entries []entry, date string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by go run ./internal/cmd/gencurrency; DO NOT EDIT.\n\n")
	b.WriteString("package salary\n\n")
	fmt.Fprintf(&b, "// isoListDate is the date the ISO 4217 lists behind isoTable were taken\n")
	fmt.Fprintf(&b, "// from SIX Financial Information, which publishes them for ISO.\n")
	fmt.Fprintf(&b, "const isoListDate = %q\n\n", date)
	b.WriteString("// isoTable holds every code of ISO 4217 lists one and three, sorted by\n")
	b.WriteString("// code, classified by the rules of internal/cmd/gencurrency.\n")
	b.WriteString("var isoTable = [...]isoCode{\n")
	for _, e := range entries {
		fmt.Fprintf(&b, "\t{code: %q, name: %q, kind: %s", e.code, e.name, e.kind)
		if e.kind == "isoPay" || e.kind == "isoFund" || e.digits != 0 {
			fmt.Fprintf(&b, ", digits: %d", e.digits)
		}
		if e.withdrawn != "" {
			fmt.Fprintf(&b, ", withdrawn: %q", e.withdrawn)
		}
		if e.successor != "" {
			fmt.Fprintf(&b, ", successor: %q", e.successor)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
