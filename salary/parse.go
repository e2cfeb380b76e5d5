package salary

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerkit/careerkit/internal/validate"
)

// MaxRangeText is the longest text ParseRange reads, in bytes.
const MaxRangeText = 500

// ParseOptions tunes ParseRange. The zero value parses with the default
// symbols, requires the text to name its currency, and reads a text that
// names no period as pay per year.
type ParseOptions struct {
	// Currency is the currency of a text that names none, such as
	// "140,000 - 220,000"; "" makes such a text an error. A currency in the
	// text always wins.
	Currency Currency
	// Period is the period of a text that names none; "" means Year.
	Period Period
	// Symbols maps currency symbols to currencies, over DefaultSymbols:
	// {"$": CAD} reads "$" as Canadian dollars. Keys match exactly, case
	// included.
	Symbols map[string]Currency
}

// DefaultSymbols returns, in a new map, the currency symbols ParseRange
// knows without options: "$" and "US$" are USD, "€" EUR, "£" GBP, "¥" JPY,
// "₹" and "Rs" INR, and a few more prefixed dollars (C$, CA$, A$, AU$, NZ$,
// HK$, S$, MX$, R$) and signs (₩, ₪, ₺, ₽, ₱, ₦, zł). Ambiguous signs such as
// "kr" are left out: add them with ParseOptions.Symbols.
func DefaultSymbols() map[string]Currency {
	return map[string]Currency{
		"$": USD, "US$": USD, "€": EUR, "£": GBP, "¥": JPY, "₹": INR, "Rs": INR,
		"C$": CAD, "CA$": CAD, "A$": AUD, "AU$": AUD, "NZ$": "NZD", "HK$": "HKD",
		"S$": "SGD", "MX$": "MXN", "R$": "BRL",
		"₩": "KRW", "₪": "ILS", "₺": "TRY", "₽": "RUB", "₱": "PHP", "₦": "NGN", "zł": "PLN",
	}
}

// ParseRange reads pay as job postings write it and returns it as a band
// with the default midpoint. It understands, among others:
//
//	$140,000 - $220,000       $140k–$220k          $140K to $220K
//	USD 140000-220000         140,000–220,000 USD  £45,000 to £55,000 per annum
//	€55.000 – €70.000         $60/hr               $60 - $75 per hour
//	₹18,00,000 - ₹24,00,000
//
// A text is one amount or two joined by "-", "–", "—" or "to", each with
// an optional currency symbol or ISO code before or after it, then an
// optional period: "per"/"a"/"an"/"/" and a unit (hour, hr, day, week, wk,
// month, mo, year, yr, annum), or a word such as "hourly", "annually",
// "p.a." or "pcm". One amount gives a zero-width band.
//
// Numbers: "k" multiplies by a thousand and "m" by a million; when only the
// upper bound has one ("$140–220k"), it applies to both. Digits may be
// grouped by ",", ".", apostrophes or no-break spaces in groups of three, or
// in the Indian lakh style (18,00,000). A single "." or "," followed by
// exactly three digits groups digits ("€55.000" is 55,000); followed by
// another count of digits it is the decimal point ("60.5", "60,50"); when
// both appear, the last one is the decimal point ("1.234,56").
//
// The currency comes from the text (symbols through DefaultSymbols and
// opts.Symbols) or else opts.Currency; the period from the text or else
// opts.Period (default year). The result is validated like any band, so
// "¥500.5" is an error (JPY has no minor unit). Errors say what was wrong:
// empty or garbage text, an unknown symbol, mixed currencies (matching
// ErrCurrencyMismatch), a reversed range, a malformed number, or an amount
// too large (matching ErrOverflow).
func ParseRange(text string, opts ParseOptions) (Band, error) {
	fail := func(format string, args ...any) (Band, error) {
		return Band{}, fmt.Errorf("salary: parse range %s: %w", quoteShort(text), fmt.Errorf(format, args...))
	}
	if len(text) > MaxRangeText {
		return fail("text is longer than %d bytes", MaxRangeText)
	}
	if !utf8.ValidString(text) {
		return fail("text is not valid UTF-8")
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return fail("text is empty")
	}
	if opts.Currency != "" && !opts.Currency.IsValid() {
		return fail("ParseOptions.Currency %s is %s", quoteShort(string(opts.Currency)), opts.Currency.problem())
	}
	if opts.Period != "" && !opts.Period.IsValid() {
		return fail("ParseOptions.Period %s is not one of hour, day, week, month, year", quoteShort(string(opts.Period)))
	}
	symbols := DefaultSymbols()
	maps.Copy(symbols, opts.Symbols)
	for sym, c := range opts.Symbols {
		if !c.IsValid() {
			return fail("ParseOptions.Symbols maps %q to %s, which is %s", sym, quoteShort(string(c)), c.problem())
		}
	}
	toks, err := lexRange(text, symbols)
	if err != nil {
		return fail("%w", err)
	}
	p := rangeParser{toks: toks}
	lo, err := p.side()
	if err != nil {
		return fail("%w", err)
	}
	hi := lo
	two := false
	if t := p.peek(); t != nil && t.kind == tokDash {
		p.pos++
		if hi, err = p.side(); err != nil {
			return fail("%w", err)
		}
		two = true
	}
	period, err := p.period()
	if err != nil {
		return fail("%w", err)
	}
	if t := p.peek(); t != nil {
		if t.kind == tokNumber {
			return fail("unexpected number %q after the amount: join two amounts with \"-\" or \"to\"", t.text)
		}
		return fail("unexpected %q", t.text)
	}

	// Currency: every mention must agree.
	cur := Currency("")
	var curText string
	for _, t := range toks {
		if t.kind != tokCurrency {
			continue
		}
		if cur == "" {
			cur, curText = t.cur, t.text
		} else if t.cur != cur {
			return Band{}, fmt.Errorf("salary: parse range %s: mixed currencies %q (%s) and %q (%s): %w", quoteShort(text), curText, cur, t.text, t.cur, validate.ErrCurrencyMismatch)
		}
	}
	if cur == "" {
		if opts.Currency == "" {
			return fail("no currency: write a symbol or ISO code (\"$\", \"USD\") or set ParseOptions.Currency")
		}
		cur = opts.Currency
	}
	if period == "" {
		period = opts.Period
		if period == "" {
			period = Year
		}
	}

	// Amounts: an upper bound's multiplier carries to a bare lower bound.
	if two && lo.mult == "" && hi.mult != "" {
		lo.mult = hi.mult
	}
	minimum, err := lo.amount()
	if err != nil {
		return fail("%w", err)
	}
	maximum := minimum
	if two {
		if maximum, err = hi.amount(); err != nil {
			return fail("%w", err)
		}
	}
	if minimum.Cmp(maximum) > 0 {
		return fail("reversed range: the lower bound %s is greater than the upper bound %s (write the lower bound first)", minimum, maximum)
	}
	b := Band{Currency: cur, Period: period, Min: minimum, Max: maximum}
	if err := b.Validate(); err != nil {
		return Band{}, fmt.Errorf("salary: parse range %s: %w", quoteShort(text), err)
	}
	return b, nil
}

// tokKind classifies a token of a pay range.
type tokKind int

const (
	tokNumber   tokKind = iota // digits with separators, and a multiplier
	tokCurrency                // a symbol or ISO code
	tokDash                    // "-", "–", "—", "to"
	tokPer                     // "per", "a", "an", "/"
	tokUnit                    // a period noun: hour, hr, year, annum …
	tokAdverb                  // a period on its own: hourly, annually, p.a. …
)

type token struct {
	kind tokKind
	text string   // as written
	mult string   // tokNumber: "", "k" or "m"
	cur  Currency // tokCurrency
	per  Period   // tokUnit, tokAdverb
}

// Period words, lower case with dots removed.
var (
	unitWords = map[string]Period{
		"hour": Hour, "hours": Hour, "hr": Hour, "hrs": Hour, "h": Hour,
		"day": Day, "days": Day,
		"week": Week, "weeks": Week, "wk": Week, "wks": Week,
		"month": Month, "months": Month, "mo": Month, "mos": Month, "mth": Month, "mths": Month,
		"year": Year, "years": Year, "yr": Year, "yrs": Year, "annum": Year,
	}
	adverbWords = map[string]Period{
		"hourly": Hour, "daily": Day, "weekly": Week, "monthly": Month, "pcm": Month,
		"yearly": Year, "annually": Year, "annual": Year, "pa": Year,
	}
)

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u200b'
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', '~':
		return true
	}
	return false
}

// isGroupSep reports whether r may separate digits inside a number.
func isGroupSep(r rune) bool {
	switch r {
	case '.', ',', '\'', '’', '\u00a0', '\u202f', '\u2009':
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// lexRange splits text into tokens.
func lexRange(text string, symbols map[string]Currency) ([]token, error) {
	var toks []token
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isSpace(r):
			i++
		case isDigit(r):
			j := i + 1
			for j < len(rs) && (isDigit(rs[j]) || (isGroupSep(rs[j]) && j+1 < len(rs) && isDigit(rs[j+1]))) {
				j++
			}
			t := token{kind: tokNumber, text: string(rs[i:j])}
			if j < len(rs) && strings.ContainsRune("kKmM", rs[j]) && (j+1 == len(rs) || !unicode.IsLetter(rs[j+1])) {
				t.mult = strings.ToLower(string(rs[j]))
				j++
			}
			toks = append(toks, t)
			i = j
		case isDash(r):
			toks = append(toks, token{kind: tokDash, text: string(r)})
			i++
		case r == '/':
			toks = append(toks, token{kind: tokPer, text: "/"})
			i++
		case r == '+':
			return nil, errors.New("open-ended range (\"+\"): give an upper bound")
		case unicode.IsLetter(r) || unicode.Is(unicode.Sc, r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Sc, rs[j]) || (rs[j] == '.' && unicode.IsLetter(rs[j-1]))) {
				j++
			}
			t, err := classifyWord(string(rs[i:j]), symbols)
			if err != nil {
				return nil, err
			}
			toks = append(toks, t)
			i = j
		default:
			return nil, fmt.Errorf("unexpected character %q", r)
		}
	}
	return toks, nil
}

// classifyWord turns a run of letters and currency signs into a token.
func classifyWord(w string, symbols map[string]Currency) (token, error) {
	if c, ok := symbols[w]; ok {
		return token{kind: tokCurrency, text: w, cur: c}, nil
	}
	bare := strings.ReplaceAll(w, ".", "")
	if c, ok := symbols[bare]; ok {
		return token{kind: tokCurrency, text: w, cur: c}, nil
	}
	lower := strings.ToLower(bare)
	switch lower {
	case "to":
		return token{kind: tokDash, text: w}, nil
	case "per", "a", "an":
		return token{kind: tokPer, text: w}, nil
	}
	if p, ok := unitWords[lower]; ok {
		return token{kind: tokUnit, text: w, per: p}, nil
	}
	if p, ok := adverbWords[lower]; ok {
		return token{kind: tokAdverb, text: w, per: p}, nil
	}
	if len(bare) == 3 && bare == w {
		letters := true
		for _, r := range w {
			letters = letters && r < utf8.RuneSelf && unicode.IsLetter(r)
		}
		if letters {
			if c, err := ParseCurrency(w); err == nil {
				return token{kind: tokCurrency, text: w, cur: c}, nil
			}
			if strings.ToUpper(w) == w {
				return token{}, fmt.Errorf("unknown currency code %q: %s", w, Currency(w).problem())
			}
		}
	}
	if strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Sc, r) }) {
		return token{}, fmt.Errorf("unknown currency symbol %q: map it with ParseOptions.Symbols", w)
	}
	return token{}, fmt.Errorf("unexpected word %q", w)
}

// rangeParser walks the tokens of a pay range.
type rangeParser struct {
	toks []token
	pos  int
}

func (p *rangeParser) peek() *token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

// side reads [currency] number [currency].
func (p *rangeParser) side() (token, error) {
	t := p.peek()
	if t != nil && t.kind == tokCurrency {
		p.pos++
		t = p.peek()
	}
	if t == nil {
		return token{}, errors.New("no amount: expected a number such as 140,000")
	}
	if t.kind != tokNumber {
		return token{}, fmt.Errorf("expected a number, found %q", t.text)
	}
	num := *t
	p.pos++
	if t := p.peek(); t != nil && t.kind == tokCurrency {
		p.pos++
	}
	return num, nil
}

// period reads an optional period phrase and returns its period or "".
func (p *rangeParser) period() (Period, error) {
	t := p.peek()
	if t == nil {
		return "", nil
	}
	switch t.kind {
	case tokAdverb, tokUnit:
		p.pos++
		return t.per, nil
	case tokPer:
		p.pos++
		u := p.peek()
		if u == nil || u.kind != tokUnit {
			return "", fmt.Errorf("%q must be followed by a unit of time such as hour or year", t.text)
		}
		p.pos++
		return u.per, nil
	}
	return "", nil
}

// amount converts a number token to an exact Amount.
func (t token) amount() (Amount, error) {
	digits, err := ungroup(t.text)
	if err != nil {
		return Amount{}, fmt.Errorf("number %q: %w", t.text, err)
	}
	switch t.mult {
	case "k":
		digits += "e3"
	case "m":
		digits += "e6"
	}
	u, err := parseDecimal(digits, AmountDigits)
	if err != nil {
		return Amount{}, fmt.Errorf("number %q: %w", t.text+t.mult, err)
	}
	return Amount{u}, nil
}

// ungroup removes digit grouping from a number as written and returns it
// with "." as the decimal point, following the rules of ParseRange.
func ungroup(s string) (string, error) {
	type sep struct {
		r   rune
		pos int // index in runes
	}
	rs := []rune(s)
	var seps []sep
	for i, r := range rs {
		if !isDigit(r) {
			seps = append(seps, sep{r, i})
		}
	}
	if len(seps) == 0 {
		return s, nil
	}
	count := map[rune]int{}
	for _, x := range seps {
		count[x.r]++
	}
	last := seps[len(seps)-1]
	decimal := rune(0)
	if last.r == '.' || last.r == ',' {
		other := ','
		if last.r == ',' {
			other = '.'
		}
		switch {
		case count[other] > 0:
			decimal = last.r // "1,234.56", "1.234,56"
		case count[last.r] == 1 && len(rs)-last.pos-1 != 3:
			decimal = last.r // "60.5", "60,50"
		}
	}
	intEnd := len(rs)
	frac := ""
	if decimal != 0 {
		if count[decimal] != 1 {
			return "", fmt.Errorf("the decimal point %q appears more than once", decimal)
		}
		intEnd = last.pos
		frac = string(rs[last.pos+1:])
	}
	var groups []string
	var group rune
	start := 0
	for _, x := range seps {
		if x.pos >= intEnd {
			break
		}
		if group == 0 {
			group = x.r
		} else if x.r != group {
			return "", fmt.Errorf("digits are grouped with both %q and %q", group, x.r)
		}
		groups = append(groups, string(rs[start:x.pos]))
		start = x.pos + 1
	}
	groups = append(groups, string(rs[start:intEnd]))
	if len(groups) > 1 && !westernGroups(groups) && !indianGroups(groups) {
		return "", errors.New("digits are not grouped in threes (or in the Indian 2-2-3 style)")
	}
	out := strings.Join(groups, "")
	if frac != "" {
		out += "." + frac
	}
	return out, nil
}

// westernGroups reports whether groups are 1–3 digits then threes: 1,234,567.
func westernGroups(g []string) bool {
	if len(g[0]) < 1 || len(g[0]) > 3 {
		return false
	}
	for _, x := range g[1:] {
		if len(x) != 3 {
			return false
		}
	}
	return true
}

// indianGroups reports whether groups are 1–2 digits, twos, then a final
// three: 1,00,00,000.
func indianGroups(g []string) bool {
	if len(g[0]) < 1 || len(g[0]) > 2 || len(g[len(g)-1]) != 3 {
		return false
	}
	for _, x := range g[1 : len(g)-1] {
		if len(x) != 2 {
			return false
		}
	}
	return true
}
