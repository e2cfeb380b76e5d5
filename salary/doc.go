// Package salary models pay exactly: currencies, amounts, pay periods, pay
// bands, market distributions and pay structures, with the formulas
// compensation teams use and a parser for the ways job postings write pay.
//
// # Money is exact
//
// An Amount is a fixed-point decimal (an int64 count of 0.0001 major units),
// never a float: parsing, arithmetic and period conversion are exact, and
// every operation that does not fit reports an error matching ErrOverflow
// (careerkit.ErrOverflow) instead of wrapping. Where a result must be rounded
// (period conversion, geographic adjustment, interpolation), the rule is
// always half-even to the currency's minor unit, and the doc comment says
// so. An amount with more decimals than its currency allows (0.5 JPY,
// 1.2345 BHD) fails validation. In JSON and YAML amounts are plain numbers in
// major units (140000, 60.5), read from their exact text.
//
// Ratios (compa-ratio, range penetration, spread, midpoint progression,
// overlap) are returned as float64: each is computed exactly as a
// math/big.Rat from exact amounts and rounded once to the nearest float64.
//
// # Formulas
//
//   - compa-ratio = pay / mid (Band.CompaRatio)
//   - range penetration = (pay − min) / (max − min), signed (Band.Penetration)
//   - spread from the minimum = (max − min) / min (SpreadFromMin)
//   - spread from the midpoint = (max − min) / mid (SpreadFromMid)
//   - midpoint progression = (mid_higher − mid_lower) / mid_lower
//   - overlap = (min(max_lower, max_higher) − max(min_lower, min_higher)) / (max_lower − min_lower),
//     the share of the lower band's range that the higher band also covers
//
// # Mismatches
//
// Amounts in different currencies or periods are never combined silently:
// every formula that takes two of them returns an error matching
// ErrCurrencyMismatch (careerkit.ErrCurrencyMismatch) when they differ.
// Convert periods explicitly with Pay.ConvertPeriod or Band.ConvertPeriod
// on a Basis; currencies are never converted.
//
// # Validation
//
// Band, Pay, Distribution and Structure have Validate methods that report
// every problem at once as a *careerkit.ValidationError with JSON paths
// ("grades[2].band.max"). Nothing in the package panics on input from
// outside; only the Must* helpers panic, by name, and they are meant for
// tests and package-level values.
package salary
