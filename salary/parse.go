package salary

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerkit/careerkit/problem"
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
//	$140,000 - $220,000       $140k–$220k              $140K to $220K
//	USD 140000-220000         140,000–220,000 USD      £45,000 to £55,000 per annum
//	€55.000 – €70.000         CHF 120'000 – 150'000    ₹18,00,000 - ₹24,00,000
//	$60/hr - $85/hr           $950 - 1.2k per week     $140,000/year to $220,000/year
//	$155k–$205k + bonus       Up to $5,000 per month   Between £30,000 and £35,000 p.a.
//	BHD 1,500.250 - 2,000.750 monthly                  KWD 2.750/hr
//
// A text is one amount or two joined by "-", "–", "—" or "to". Each amount
// may have a currency symbol or ISO code before or after it, and a period
// after it: "per"/"a"/"an"/"/" and a unit (hour, hr, day, week, wk, month,
// mo, year, yr, annum), or a word such as "hourly", "annually", "p.a." or
// "pcm". One amount gives a zero-width band. The text may start with
// "from" or "up to", which take one amount and are not kept (a Band has
// both bounds, so "up to $5,000" is the band 5,000–5,000), or with
// "between", whose amounts may also be joined by "and". It may end with
// "all in" ("all-in", "all inclusive"), which is not kept either, and then
// with "+" or "plus" and, in words, what the pay comes with: "+ bonus",
// "plus equity", "+ 10% bonus" (but not "+ 20k"). The rest of the text from
// that "+" is not read, except that a period phrase in it ("per hour",
// "/hr") is an error when the range names no period before it, since it
// may be the range's ("$15 + tips per hour"). A "+" written against a number ("$140k+") is an open-ended range,
// which is an error. Invisible format characters (Unicode category Cf: the
// bidirectional marks U+200E and U+200F and their kin, U+FEFF, U+2060, the
// soft hyphen) are removed before reading; U+200B, a zero-width space,
// separates like a space.
//
// Periods: a period after the upper amount, or after the range, is the
// range's. When both amounts name one ("$60/hr - $85/hr") they must name
// the same; a period on the lower amount alone ("$60/hr - $85") is an
// error, since the upper amount may be for another period. A text that
// names no period takes opts.Period (default year).
//
// Currency: symbols (DefaultSymbols, with opts.Symbols over them, matched
// exactly) and ISO codes name the currency. A code counts only in upper case
// as a word of its own ("USD", "ALL"): "usd", and English words that are
// codes in upper case ("all", "cup", "top", "try", "mad"), are words, never
// codes, so "up to 5000 all in" with opts.Currency USD is US dollars. Every
// currency the text names must be the same (else an error matching
// ErrCurrencyMismatch); a text that names none takes opts.Currency.
//
// Numbers: "k" multiplies by a thousand and "m" by a million. When only the
// upper amount has one, it applies to the lower amount too if the range
// stays in order ("$140–220k" is 140,000–220,000), else the lower amount is
// read as written ("$950 - 1.2k" is 950–1,200). Digits may be grouped by
// ",", ".", apostrophes or no-break spaces in groups of three, or in the
// Indian lakh style (18,00,000). Whether a "." or "," is the decimal point
// is decided by the first of these rules that applies:
//
//   - when both "." and "," appear, the last one is the decimal point
//     ("1,234.56", "1.234,56");
//   - one that appears more than once groups digits ("1.234.567");
//   - one followed by other than three digits is the decimal point ("60.5",
//     "60,50", "1.2k");
//   - before three digits and a "k" or "m", "." is the decimal point
//     ("$1.250k" is 1,250) and "," is ambiguous ("$1,250k": 1,250 or
//     1,250,000?), which is an error;
//   - before three digits, "." is the decimal point in a currency with three
//     minor-unit digits (BHD, KWD, OMR …): "BHD 1.125" is one dinar and 125
//     fils;
//   - otherwise it groups digits: "€55.000" is 55,000, "BHD 1,125" is 1,125,
//     and "$1.125" is 1,125 too, since as a decimal it would have more
//     decimals than the currency allows.
//
// The two amounts must read "." and "," alike: "$1.5 - 2.000", whose lower
// amount has "." as the decimal point and whose upper amount groups digits
// with it, is an error.
//
// The result is validated like any band, so "¥500.5" is an error (JPY has no
// minor unit). Errors say what was wrong: empty or garbage text, an unknown
// symbol or code, mixed currencies (matching ErrCurrencyMismatch),
// different periods, a reversed range, a malformed or ambiguous number, or
// an amount too large (matching ErrOverflow).
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
	visible := strings.Map(dropInvisible, text)
	if strings.TrimFunc(visible, isSpace) == "" {
		return fail("text is empty")
	}
	if opts.Currency != "" && !opts.Currency.IsValid() {
		return fail("the default currency %s is %s", quoteShort(string(opts.Currency)), opts.Currency.problem())
	}
	if opts.Period != "" && !opts.Period.IsValid() {
		return fail("the default period %s", periods.Problem(opts.Period))
	}
	symbols := DefaultSymbols()
	maps.Copy(symbols, opts.Symbols)
	for sym, c := range opts.Symbols {
		if !c.IsValid() {
			return fail("the symbol %q stands for %s, which is %s", sym, quoteShort(string(c)), c.problem())
		}
	}
	toks, err := lexRange(visible, symbols)
	if err != nil {
		return fail("%w", err)
	}
	p := rangeParser{toks: toks}
	r, err := p.parse()
	if err != nil {
		return fail("%w", err)
	}

	// Currency: every mention must agree.
	cur := Currency("")
	var curText string
	for _, t := range r.curs {
		if cur == "" {
			cur, curText = t.cur, t.text
		} else if t.cur != cur {
			return Band{}, fmt.Errorf("salary: parse range %s: mixed currencies %q (%s) and %q (%s): %w", quoteShort(text), curText, cur, t.text, t.cur, problem.ErrCurrencyMismatch)
		}
	}
	if cur == "" {
		if opts.Currency == "" {
			return fail("no currency: write a symbol or an ISO code with the amounts, such as \"$140,000\" or \"USD 140000\", or give a default currency")
		}
		cur = opts.Currency
	}
	period := r.period
	if period == "" {
		period = opts.Period
		if period == "" {
			period = Year
		}
	}

	minimum, maximum, err := r.amounts(cur.Digits())
	if err != nil {
		return fail("%w", err)
	}
	if minimum.Compare(maximum) > 0 {
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
	tokCurrency                // a symbol or upper-case ISO code
	tokDash                    // "-", "–", "—", "to"
	tokPer                     // "per", "a", "an", "/"
	tokUnit                    // a period noun: hour, hr, year, annum …
	tokAdverb                  // a period on its own: hourly, annually, p.a. …
	tokWord                    // any other word: "up", "from", "all", "usd" …
	tokPlus                    // "+" or "plus", always the last token
)

type token struct {
	kind tokKind
	text string   // as written
	mult string   // tokNumber: "", "k" or "m"
	cur  Currency // tokCurrency
	per  Period   // tokUnit, tokAdverb
	rest string   // tokPlus: the text after it, trimmed, never ""
}

// isWord reports whether t is the word w, in any case.
func (t *token) isWord(w string) bool { return t.kind == tokWord && strings.EqualFold(t.text, w) }

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

// dropInvisible, for strings.Map, removes the invisible format characters
// (category Cf) that right-to-left pages and copy-paste leave in text, but
// keeps U+200B, a zero-width space, which isSpace reads as a space.
func dropInvisible(r rune) rune {
	if r != '\u200b' && unicode.Is(unicode.Cf, r) {
		return -1
	}
	return r
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

var errOpenEnded = errors.New("open-ended range (\"+\"): give an upper bound")

// lexRange splits text into tokens. A "+" or "plus" ends the tokens: the
// text after it is kept whole in the tokPlus.
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
			if len(toks) > 0 && toks[len(toks)-1].kind == tokNumber && !isSpace(rs[i-1]) {
				return nil, errOpenEnded // "$140k+"
			}
			return plus(toks, "+", rs[i+1:])
		case unicode.IsLetter(r) || unicode.Is(unicode.Sc, r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Sc, rs[j]) || (rs[j] == '.' && unicode.IsLetter(rs[j-1]))) {
				j++
			}
			w := string(rs[i:j])
			if strings.EqualFold(w, "plus") {
				return plus(toks, w, rs[j:])
			}
			t, err := classifyWord(w, symbols)
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

// plus ends toks with the tokPlus of "+" or "plus" (word) and the text
// after it, which must not be empty.
func plus(toks []token, word string, after []rune) ([]token, error) {
	rest := strings.TrimFunc(string(after), isSpace)
	if rest == "" {
		return nil, errOpenEnded
	}
	return append(toks, token{kind: tokPlus, text: word, rest: rest}), nil
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
	if len(w) == 3 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		if c, err := ParseCurrency(w); err == nil {
			return token{kind: tokCurrency, text: w, cur: c}, nil
		}
		return token{}, fmt.Errorf("currency code %q: %s", w, Currency(w).problem())
	}
	if strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Sc, r) }) {
		return token{}, fmt.Errorf("unknown currency symbol %q: write the currency's ISO code instead, such as \"USD 140000\"", w)
	}
	return token{kind: tokWord, text: w}, nil
}

// unexpected reports a token where the range has no place for it.
func unexpected(t *token) error {
	switch t.kind {
	case tokNumber:
		return fmt.Errorf("unexpected number %q after the amount: join two amounts with \"-\" or \"to\"", t.text)
	case tokWord:
		if c, err := ParseCurrency(t.text); err == nil {
			return fmt.Errorf("unexpected word %q (a currency code is written in upper case: %s)", t.text, c)
		}
		return fmt.Errorf("unexpected word %q", t.text)
	}
	return fmt.Errorf("unexpected %q", t.text)
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

// parsedRange is a pay range read into its parts, before its numbers are.
type parsedRange struct {
	lo, hi token   // the numbers; hi is lo when there is one
	two    bool    // whether there are two numbers
	period Period  // "" when the text names none
	curs   []token // every currency symbol and code, in order
}

// bound is one amount of a range as written: its number and its period.
type bound struct {
	num     token
	per     Period // "" for none
	perText string // the period as written, for messages
}

// parse reads the whole range, following the grammar of ParseRange.
func (p *rangeParser) parse() (parsedRange, error) {
	var r parsedRange
	lead := p.lead()
	lo, err := p.side(&r.curs)
	if err != nil {
		return r, err
	}
	r.lo, r.hi, r.period = lo.num, lo.num, lo.per
	if t := p.peek(); t != nil && (t.kind == tokDash || lead == "between" && t.isWord("and")) {
		if lead == "up to" {
			return r, fmt.Errorf("%q takes one amount, not a range", lead)
		}
		p.pos++
		hi, err := p.side(&r.curs)
		if err != nil {
			return r, err
		}
		switch {
		case lo.per != "" && hi.per == "":
			return r, fmt.Errorf("only the lower amount names a period (%q): write it after both amounts or after the range", lo.perText)
		case lo.per != "" && lo.per != hi.per:
			return r, fmt.Errorf("the amounts name different periods: %q (%s) and %q (%s)", lo.perText, lo.per, hi.perText, hi.per)
		}
		r.hi, r.two, r.period = hi.num, true, hi.per
	} else if lead == "between" {
		return r, errors.New("\"between\" takes two amounts, joined by \"and\"")
	}
	p.pos += p.allIn(p.pos)
	if t := p.peek(); t != nil && t.kind == tokPlus {
		words := extrasWords(t.rest)
		if !slices.ContainsFunc(words, func(w string) bool { return utf8.RuneCountInString(w) > 1 }) {
			return r, fmt.Errorf("%q must be followed by what the pay comes with, such as \"bonus\" or \"equity\"", t.text)
		}
		if ph := periodPhrase(words); ph != "" && r.period == "" {
			return r, fmt.Errorf("period %q after %q may be the range's or what it comes with: write the range's period before %q", ph, t.text, t.text)
		}
		p.pos++
	}
	if t := p.peek(); t != nil {
		return r, unexpected(t)
	}
	return r, nil
}

// lead reads an optional "from", "up to" (or "upto") or "between" and
// returns it in lower case, or "".
func (p *rangeParser) lead() string {
	t := p.peek()
	switch {
	case t == nil:
	case t.isWord("from"), t.isWord("between"):
		p.pos++
		return strings.ToLower(t.text)
	case t.isWord("upto"):
		p.pos++
		return "up to"
	case t.isWord("up") && p.pos+1 < len(p.toks) && p.toks[p.pos+1].kind == tokDash && strings.EqualFold(p.toks[p.pos+1].text, "to"):
		p.pos += 2
		return "up to"
	}
	return ""
}

// allIn returns the number of tokens of an "all in", "all-in" or "all
// inclusive" at toks[i], or 0. Its "all" may be the code ALL, as in
// "5000 ALL IN".
func (p *rangeParser) allIn(i int) int {
	if i >= len(p.toks) || !strings.EqualFold(p.toks[i].text, "all") {
		return 0
	}
	j := i + 1
	if j < len(p.toks) && p.toks[j].kind == tokDash && !strings.EqualFold(p.toks[j].text, "to") {
		j++
	}
	if j < len(p.toks) && (p.toks[j].isWord("in") || p.toks[j].isWord("inclusive")) {
		return j + 1 - i
	}
	return 0
}

// side reads [currency] number [currency] [period], adding the currencies
// to curs.
func (p *rangeParser) side(curs *[]token) (bound, error) {
	t := p.peek()
	if t != nil && t.kind == tokCurrency {
		*curs = append(*curs, *t)
		p.pos++
		t = p.peek()
	}
	switch {
	case t == nil:
		return bound{}, errors.New("no amount: expected a number such as 140,000")
	case t.kind == tokWord:
		return bound{}, unexpected(t)
	case t.kind != tokNumber:
		return bound{}, fmt.Errorf("expected a number, found %q", t.text)
	}
	b := bound{num: *t}
	p.pos++
	if t := p.peek(); t != nil && t.kind == tokCurrency && p.allIn(p.pos) == 0 {
		*curs = append(*curs, *t)
		p.pos++
	}
	var err error
	b.per, b.perText, err = p.period()
	return b, err
}

// period reads an optional period phrase and returns its period and text,
// or "".
func (p *rangeParser) period() (Period, string, error) {
	t := p.peek()
	if t == nil {
		return "", "", nil
	}
	switch t.kind {
	case tokAdverb, tokUnit:
		p.pos++
		return t.per, t.text, nil
	case tokPer:
		p.pos++
		u := p.peek()
		if u == nil || u.kind != tokUnit {
			err := fmt.Errorf("%q must be followed by a unit of time such as hour or year", t.text)
			if u != nil && u.kind == tokWord {
				err = fmt.Errorf("%w: %w", unexpected(u), err)
			}
			return "", "", err
		}
		p.pos++
		if t.text == "/" {
			return u.per, "/" + u.text, nil
		}
		return u.per, t.text + " " + u.text, nil
	}
	return "", "", nil
}

// extrasWords splits the text after a "+" into lower-case words of
// letters (dots dropped, so "p.a." is "pa") and "/".
func extrasWords(rest string) []string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range strings.ToLower(rest) {
		switch {
		case unicode.IsLetter(r):
			w.WriteRune(r)
		case r == '.':
		case r == '/':
			flush()
			words = append(words, "/")
		default:
			flush()
		}
	}
	flush()
	return words
}

// periodPhrase returns the first "per" or "/" and unit of time in words,
// such as "per hour" or "/hr", or "".
func periodPhrase(words []string) string {
	for i := 1; i < len(words); i++ {
		if _, ok := unitWords[words[i]]; ok {
			switch words[i-1] {
			case "/":
				return "/" + words[i]
			case "per":
				return "per " + words[i]
			}
		}
	}
	return ""
}

// amounts reads the numbers of r as amounts of a currency with minor
// minor-unit digits. A multiplier only on the upper number carries to the
// lower one when the range stays in order with it.
func (r parsedRange) amounts(minor int) (lo, hi Amount, err error) {
	hi, hiSeps, err := r.hi.amount(minor)
	if err != nil || !r.two {
		return hi, hi, err
	}
	if r.lo.mult == "" && r.hi.mult != "" {
		carried := r.lo
		carried.mult = r.hi.mult
		if lo, loSeps, err := carried.amount(minor); err == nil && lo.Compare(hi) <= 0 {
			return lo, hi, agree(carried, loSeps, r.hi, hiSeps)
		}
	}
	lo, loSeps, err := r.lo.amount(minor)
	if err != nil {
		return lo, hi, err
	}
	return lo, hi, agree(r.lo, loSeps, r.hi, hiSeps)
}

// seps is how a number uses separators: its decimal point and the rune
// that groups its digits, 0 for none.
type seps struct{ decimal, group rune }

// agree reports an error when one number's decimal point groups the other's
// digits, as in "1.5 - 2.000".
func agree(a token, as seps, b token, bs seps) error {
	if bs.decimal != 0 && bs.decimal == as.group {
		a, as, b, bs = b, bs, a, as
	}
	if as.decimal != 0 && as.decimal == bs.group {
		return fmt.Errorf("%q has %q as its decimal point but %q groups digits with it: write both amounts alike", a.text+a.mult, as.decimal, b.text+b.mult)
	}
	return nil
}

// amount converts a number token to an exact Amount of a currency with
// minor minor-unit digits, and says how it used separators.
func (t token) amount(minor int) (Amount, seps, error) {
	digits, s, err := ungroup(t.text, t.mult != "", minor)
	if err != nil {
		return Amount{}, s, fmt.Errorf("number %q: %w", t.text+t.mult, err)
	}
	switch t.mult {
	case "k":
		digits += "e3"
	case "m":
		digits += "e6"
	}
	u, err := parseDecimal(digits, AmountDigits)
	if err != nil {
		return Amount{}, s, fmt.Errorf("number %q: %w", t.text+t.mult, err)
	}
	return Amount{u}, s, nil
}

// ungroup removes digit grouping from a number as written (mult: whether a
// k or m follows it; minor: the currency's minor-unit digits) and returns it
// with "." as the decimal point, following the rules of ParseRange.
func ungroup(s string, mult bool, minor int) (string, seps, error) {
	rs := []rune(s)
	var at []int // indexes of the separators
	count := map[rune]int{}
	for i, r := range rs {
		if !isDigit(r) {
			at = append(at, i)
			count[r]++
		}
	}
	var sp seps
	if len(at) == 0 {
		return s, sp, nil
	}
	lastAt := at[len(at)-1]
	if last := rs[lastAt]; last == '.' || last == ',' {
		other := ','
		if last == ',' {
			other = '.'
		}
		switch {
		case count[other] > 0:
			sp.decimal = last // "1,234.56", "1.234,56"
		case count[last] > 1: // "1.234.567"
		case len(rs)-lastAt-1 != 3:
			sp.decimal = last // "60.5", "60,50", "1.2k"
		case mult && last == ',':
			return "", sp, errors.New("ambiguous: a \",\" before three digits and a multiplier may group thousands or be a decimal comma: write the decimal point as \".\" (\"1.25k\") or the number in full (\"1,250,000\")")
		case mult, minor >= 3 && last == '.':
			sp.decimal = last // "$1.250k", "BHD 1.125"
		}
	}
	intEnd := len(rs)
	frac := ""
	if sp.decimal != 0 {
		if count[sp.decimal] != 1 {
			return "", sp, fmt.Errorf("the decimal point %q appears more than once", sp.decimal)
		}
		intEnd = lastAt
		frac = string(rs[lastAt+1:])
	}
	var groups []string
	start := 0
	for _, i := range at {
		if i >= intEnd {
			break
		}
		if sp.group == 0 {
			sp.group = rs[i]
		} else if rs[i] != sp.group {
			return "", sp, fmt.Errorf("digits are grouped with both %q and %q", sp.group, rs[i])
		}
		groups = append(groups, string(rs[start:i]))
		start = i + 1
	}
	groups = append(groups, string(rs[start:intEnd]))
	if len(groups) > 1 && !westernGroups(groups) && !indianGroups(groups) {
		return "", sp, errors.New("digits are not grouped in threes (or in the Indian 2-2-3 style)")
	}
	out := strings.Join(groups, "")
	if frac != "" {
		out += "." + frac
	}
	return out, sp, nil
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
