package paygap

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// Defaults of Options.
const (
	// DefaultThreshold is the fewest women and the fewest men a figure is
	// computed from: 10 of each.
	DefaultThreshold = 10
	// DefaultWeeksPerYear is the number of weeks annual pay is divided by
	// to reach hourly pay: 52.
	DefaultWeeksPerYear = 52
	// JointAssessmentGap is the absolute gap, in percent, from which a
	// category calls for a joint pay assessment (Article 10(1)(a)): 5.
	JointAssessmentGap = 5
)

// Options tune Analyze. The zero value takes every default.
type Options struct {
	// Threshold is the fewest women and the fewest men of a population a
	// figure over it is computed from; below it the figure is suppressed,
	// so that no figure reveals one person's pay. 0 means
	// DefaultThreshold; 1 computes every figure that is defined.
	Threshold int
	// WeeksPerYear divides annual pay, with weekly hours, into hourly pay:
	// hourly = annual ÷ (weekly hours × WeeksPerYear). 0 means
	// DefaultWeeksPerYear; at most 53.
	WeeksPerYear int
	// Quartiles is the rule for the quartile pay bands; "" is Proportional.
	Quartiles Method
	// Categories, when not nil, lists the categories the records may name
	// (from a framework: see FrameworkCategories); a worker in any other
	// category is an error matching ErrUnknownReference.
	Categories []CategoryID
}

func (o Options) withDefaults() (Options, error) {
	var errs problem.Errors
	if o.Threshold == 0 {
		o.Threshold = DefaultThreshold
	}
	if o.WeeksPerYear == 0 {
		o.WeeksPerYear = DefaultWeeksPerYear
	}
	if o.Threshold < 0 {
		errs.Add("threshold", "gte", "must be at least 1 (0 takes the default %d), not %d", DefaultThreshold, o.Threshold)
	}
	if o.WeeksPerYear < 0 || o.WeeksPerYear > 53 {
		errs.Add("weeksPerYear", "range", "must be between 1 and 53 (0 takes the default %d), not %d", DefaultWeeksPerYear, o.WeeksPerYear)
	}
	if !o.Quartiles.IsValid() {
		errs.Add("quartiles", "oneof", "%s", methods.Problem(o.Quartiles))
	}
	return o, errs.Err("paygap: invalid Options")
}

// Workers counts the workers of a population by gender.
type Workers struct {
	// Female is the number of women.
	Female int `json:"female"`
	// Male is the number of men.
	Male int `json:"male"`
	// Other is the number of workers who are neither counted as women nor
	// as men: GenderOther plus Undisclosed.
	Other int `json:"other"`
	// GenderOther is the number of workers whose gender is other.
	GenderOther int `json:"genderOther"`
	// Undisclosed is the number of workers whose gender is undisclosed.
	Undisclosed int `json:"undisclosed"`
}

func (c *Workers) count(g Gender) {
	switch g {
	case Female:
		c.Female++
	case Male:
		c.Male++
	case Other:
		c.GenderOther++
		c.Other++
	default:
		c.Undisclosed++
		c.Other++
	}
}

// Gap is a mean and a median gap between the pay of women and men, each
// (men − women) ÷ men × 100: positive when men are paid more, negative
// when women are. A gap is nil (null in JSON) when it is suppressed or
// undefined (the men's mean or median is 0).
type Gap struct {
	// Mean is the gap between the mean pay of women and of men.
	Mean *Percent `json:"meanGap"`
	// Median is the gap between the median pay of women and of men (the
	// median of an even count being the mean of the two middle values).
	Median *Percent `json:"medianGap"`
	// Suppressed is true when fewer women or fewer men than the threshold
	// are in the population, so the gap is not computed.
	Suppressed bool `json:"suppressed"`
}

// Shares are the percentages of women and of men with some property, such
// as receiving variable pay or being in a quartile pay band. They are nil
// when suppressed or undefined.
type Shares struct {
	// Female is the share of women, in percent.
	Female *Percent `json:"female"`
	// Male is the share of men, in percent.
	Male *Percent `json:"male"`
	// Suppressed is true when fewer women or fewer men than the threshold
	// are in the population, so the shares are not computed.
	Suppressed bool `json:"suppressed"`
}

// Variable is the gap in complementary or variable pay and who receives
// it.
type Variable struct {
	Gap
	// Receiving is the share of women among women, and of men among men,
	// who receive any variable pay (more than 0).
	Receiving Shares `json:"receiving"`
}

// Band is one quartile pay band: a quarter of the female and male workers
// ranked by hourly pay, and the shares of women and men in it, which add
// up to 100.
type Band struct {
	// Workers is the number of workers in the band.
	Workers int `json:"workers"`
	Shares
}

// Category is the figures of one category of workers (Article 9(1)(g)).
type Category struct {
	// ID identifies the category.
	ID CategoryID `json:"id"`
	// Workers counts the category's workers by gender; in JSON its
	// fields sit beside id.
	Workers
	// Basic is the gap in hourly basic pay.
	Basic Gap `json:"basic"`
	// Total is the gap in hourly total pay (basic plus variable).
	Total Gap `json:"total"`
	// Variable is the gap in annual variable pay among the category's
	// workers who receive it, or nil when none does.
	Variable *Gap `json:"variable"`
	// JointAssessment is true when the absolute mean gap of basic or of
	// total pay is JointAssessmentGap (5 %) or more: Article 10(1)(a).
	// It is false when the category's figures are suppressed.
	JointAssessment bool `json:"jointAssessment"`
	// Favours is the gender the mean gap that calls for the assessment
	// favours (male for a positive gap, female for a negative one), the
	// basic pay gap's when it reaches 5 %, else the total pay gap's; ""
	// when JointAssessment is false.
	Favours Gender `json:"favours,omitempty"`
	// Suppressed is true when the category has fewer women or fewer men
	// than the threshold.
	Suppressed bool `json:"suppressed"`
}

// Report is the pay-gap figures of Article 9(1) of Directive (EU)
// 2023/970 for a set of records. Gaps are (men − women) ÷ men × 100 and
// shares are percentages, every one exact (see Percent). Only female and
// male workers enter the figures; the others are counted in Workers.
type Report struct {
	// Currency is the currency of the records.
	Currency salary.Currency `json:"currency"`
	// Threshold is the suppression threshold applied.
	Threshold int `json:"threshold"`
	// WeeksPerYear is the divisor of annual pay into weekly pay applied.
	WeeksPerYear int `json:"weeksPerYear"`
	// Method is the method of the quartile pay bands applied.
	Method Method `json:"quartileMethod"`
	// Workers counts every worker by gender.
	Workers Workers `json:"workers"`
	// Annual is the gap in gross annual total pay: Article 9(1)(a) and (c)
	// on the annual pay level of Article 3(1)(b).
	Annual Gap `json:"annual"`
	// Hourly is the gap in gross hourly total pay: Article 9(1)(a) and (c)
	// on the hourly pay level.
	Hourly Gap `json:"hourly"`
	// Variable is the gap in annual complementary or variable pay among
	// the workers who receive it (Article 9(1)(b) and (d)), and the shares
	// of women and of men who receive it (Article 9(1)(e)).
	Variable Variable `json:"variable"`
	// Quartiles are the four quartile pay bands by hourly total pay,
	// lowest first, with the shares of women and men in each: Article
	// 9(1)(f).
	Quartiles [4]Band `json:"quartiles"`
	// Categories are the figures of each category of workers, sorted by
	// ID: Article 9(1)(g).
	Categories []Category `json:"categories"`
}

// pay is what the figures need of one female or male worker.
type pay struct {
	subject                 SubjectID
	male                    bool
	annual, hourly          ratio
	basicHourly, variableYr ratio
}

// Analyze computes the EU figures of Article 9(1)(a)–(g) of Directive (EU)
// 2023/970 for the records; UK derives the UK's six figures from the
// result. Invalid records or options return an error matching ErrInvalid,
// and a category not among opts.Categories one matching
// ErrUnknownReference, at its path.
func Analyze(recs Records, opts Options) (*Report, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := recs.Validate(); err != nil {
		return nil, err
	}
	if err := recs.CheckCategories(opts.Categories); err != nil {
		return nil, err
	}
	r := &Report{Currency: recs.Workers[0].Currency, Threshold: opts.Threshold, WeeksPerYear: opts.WeeksPerYear, Method: Method(opts.Quartiles.String())}
	weeks := intRat(opts.WeeksPerYear)
	var all []pay
	byCat := map[CategoryID][]pay{}
	catWorkers := map[CategoryID]*Workers{}
	for _, w := range recs.Workers {
		r.Workers.count(w.Gender)
		cw := catWorkers[w.Category]
		if cw == nil {
			cw = &Workers{}
			catWorkers[w.Category] = cw
		}
		cw.count(w.Gender)
		if w.Gender != Female && w.Gender != Male {
			continue
		}
		hoursYr := mul(w.WeeklyHours.Rat(), weeks)
		p := pay{
			subject:     w.Subject,
			male:        w.Gender == Male,
			annual:      w.total(),
			basicHourly: quo(w.BasePay.Rat(), hoursYr),
			variableYr:  w.VariablePay.Rat(),
		}
		p.hourly = quo(p.annual, hoursYr)
		all = append(all, p)
		byCat[w.Category] = append(byCat[w.Category], p)
	}
	t := opts.Threshold
	r.Annual = gapOf(all, t, func(p pay) ratio { return p.annual })
	r.Hourly = gapOf(all, t, func(p pay) ratio { return p.hourly })
	r.Variable = variableOf(all, t)
	r.Quartiles = quartilesOf(all, t, opts.Quartiles)
	for _, id := range slices.Sorted(maps.Keys(catWorkers)) {
		r.Categories = append(r.Categories, categoryOf(id, *catWorkers[id], byCat[id], t))
	}
	return r, nil
}

// bySex splits the values of ps into the women's and the men's.
func bySex(ps []pay, value func(pay) ratio) (women, men []ratio) {
	for _, p := range ps {
		if p.male {
			men = append(men, value(p))
		} else {
			women = append(women, value(p))
		}
	}
	return women, men
}

// enough reports whether a population of women and men, t ≥ 1 being the
// threshold, has enough of each for a figure.
func enough[T any](women, men []T, t int) bool {
	return len(women) >= max(t, 1) && len(men) >= max(t, 1)
}

// gapOf is the mean and median gap of value over ps, suppressed when ps
// has fewer than t women or fewer than t men.
func gapOf(ps []pay, t int, value func(pay) ratio) Gap {
	women, men := bySex(ps, value)
	if !enough(women, men, t) {
		return Gap{Suppressed: true}
	}
	return Gap{Mean: gapPercent(mean(women), mean(men)), Median: gapPercent(median(women), median(men))}
}

func receives(p pay) bool { return p.variableYr.Sign() > 0 }

func variableOf(ps []pay, t int) Variable {
	recipients := slices.DeleteFunc(slices.Clone(ps), func(p pay) bool { return !receives(p) })
	v := Variable{Gap: gapOf(recipients, t, func(p pay) ratio { return p.variableYr })}
	women, men := bySex(ps, func(p pay) ratio { return p.variableYr })
	if !enough(women, men, t) {
		v.Receiving = Shares{Suppressed: true}
		return v
	}
	rw, rm := bySex(recipients, func(p pay) ratio { return p.variableYr })
	v.Receiving = Shares{
		Female: sharePercent(intRat(len(rw)), intRat(len(women))),
		Male:   sharePercent(intRat(len(rm)), intRat(len(men))),
	}
	return v
}

func quartilesOf(ps []pay, t int, m Method) [4]Band {
	var out [4]Band
	women, men := bySex(ps, func(p pay) ratio { return p.hourly })
	sizes := bandSizes(len(ps))
	if !enough(women, men, t) {
		for i := range out {
			out[i] = Band{Workers: sizes[i], Shares: Shares{Suppressed: true}}
		}
		return out
	}
	rs := make([]ranked, len(ps))
	for i, p := range ps {
		rs[i] = ranked{subject: p.subject, male: p.male, hourly: p.hourly}
	}
	for i, c := range split(rs, m) {
		size := intRat(c.size)
		out[i] = Band{Workers: c.size, Shares: Shares{Female: sharePercent(c.female, size), Male: sharePercent(c.male, size)}}
	}
	return out
}

func categoryOf(id CategoryID, w Workers, ps []pay, t int) Category {
	c := Category{ID: id, Workers: w}
	c.Basic = gapOf(ps, t, func(p pay) ratio { return p.basicHourly })
	c.Total = gapOf(ps, t, func(p pay) ratio { return p.hourly })
	c.Suppressed = c.Basic.Suppressed
	if slices.ContainsFunc(ps, receives) {
		recipients := slices.DeleteFunc(slices.Clone(ps), func(p pay) bool { return !receives(p) })
		v := gapOf(recipients, t, func(p pay) ratio { return p.variableYr })
		c.Variable = &v
	}
	threshold := big.NewRat(JointAssessmentGap, 1)
	for _, g := range []*Percent{c.Basic.Mean, c.Total.Mean} {
		if g != nil && new(big.Rat).Abs(g.Rat()).Cmp(threshold) >= 0 {
			c.JointAssessment = true
			c.Favours = Male
			if g.Sign() < 0 {
				c.Favours = Female
			}
			break
		}
	}
	return c
}

// CheckCategories reports every worker whose category is not among known
// (such as the result of FrameworkCategories), each as a problem matching
// ErrUnknownReference at workers[i].category. A nil known allows every
// category.
func (r Records) CheckCategories(known []CategoryID) error {
	if known == nil {
		return nil
	}
	set := make(map[CategoryID]bool, len(known))
	for _, k := range known {
		set[k] = true
	}
	var errs problem.Errors
	for i, w := range r.Workers {
		if !set[w.Category] {
			errs.AddErr(problem.ErrUnknownReference, problem.Path("workers", i, "category"), "exists", "%s", unknownCategory(w.Category, known))
		}
	}
	return errs.Err("paygap: invalid Records")
}

func unknownCategory(id CategoryID, known []CategoryID) string {
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = string(k)
	}
	return fmt.Sprintf("category %q is no ladder level or grade of the framework%s", id, problem.DidYouMean(string(id), names))
}
