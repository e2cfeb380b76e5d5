// Package paygap computes the pay-transparency figures of an employer's
// pay records exactly: the gender pay-gap figures of Article 9(1) of
// Directive (EU) 2023/970 (Analyze, Report) and the six figures of the
// UK's Equality Act 2010 (Gender Pay Gap Information) Regulations 2017, SI
// 2017/172 (Report.UK).
//
// # Records
//
// Records hold one Worker per person: an opaque subject ID, a gender
// (female, male, other or undisclosed), a category of work of equal value,
// gross annual basic and variable pay in one currency, and weekly hours.
// They decode from JSON or YAML with careerkit.Decode (kind "records") or
// from CSV with ReadCSV (columns: CSVColumns). Categories are whatever the
// records name, or, with a framework, its ladder level IDs and grade IDs
// (FrameworkCategories and Options.Categories).
//
// # The figures
//
// Every gap is (men − women) ÷ men × 100, positive when men are paid more,
// on the mean or on the median (the median of an even count being the
// mean of the two middle values). Hourly pay is annual pay ÷ (weekly hours
// × Options.WeeksPerYear, 52 by default). Article 9(1) asks for:
//
//	(a) the gender pay gap                          Report.Annual.Mean, Report.Hourly.Mean
//	(b) the gap in complementary or variable pay     Report.Variable.Mean
//	(c) the median gender pay gap                   Report.Annual.Median, Report.Hourly.Median
//	(d) the median gap in complementary or variable pay  Report.Variable.Median
//	(e) the proportion of women and of men receiving
//	    complementary or variable pay               Report.Variable.Receiving
//	(f) the proportion of women and of men in each
//	    quartile pay band                           Report.Quartiles
//	(g) the gap by category of workers, in basic and
//	    in complementary or variable pay            Report.Categories
//
// The gaps of (a) and (c) are on total pay (basic plus variable), annual
// and hourly, the two pay levels of Article 3(1)(b). The variable-pay gaps
// of (b) and (d) compare the annual variable pay of the women and men who
// receive any. The quartile bands of (f) rank by hourly total pay. The
// category gaps of (g) are on hourly pay, so that part-time work does not
// count as lower pay, and a category calls for a joint pay assessment
// (Article 10(1)(a)) when the absolute mean gap of its basic or of its
// total pay is 5 % or more, compared exactly.
//
// Only female and male workers enter the figures; workers of other or
// undisclosed gender are counted (Workers) and otherwise left out, also
// from the quartile ranking, whose shares of women and men therefore add
// up to 100.
//
// # Exactness, ties and small groups
//
// Amounts are exact decimals and every figure is computed with math/big
// rationals: a Percent is exact, and floats appear only in output.
//
// The quartile pay bands have sizes as equal as possible, the lowest bands
// taking the remainder. Workers with the same hourly pay who straddle a
// boundary are shared out by the Method: Proportional (the default, the
// UK's regulation 13(2)) gives every band they fall in the same mix of
// women and men, as exact fractions; Sequential orders them by subject ID.
//
// A figure over a population with fewer than Options.Threshold women or
// fewer than Options.Threshold men (10 by default) is not computed: it is
// nil, null in JSON, with Suppressed true, so that no figure reveals one
// person's pay. A gap is also nil when the men's mean or median is 0.
package paygap
