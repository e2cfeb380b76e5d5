package paygap

// UK is the six figures of the Equality Act 2010 (Gender Pay Gap
// Information) Regulations 2017 (SI 2017/172), regulation 2(1)(a)–(f),
// for the same records as the EU figures. The records map onto the
// regulations' terms with these simplifications:
//
//   - Every worker is a full-pay relevant employee (regulation 1(2)):
//     records carry no leave at reduced pay.
//   - The relevant pay period (regulation 5) is one week: the weekly pay
//     is annual pay ÷ WeeksPerYear (52 by default).
//   - Ordinary pay (regulation 3) is BasePay; bonus pay (regulation 4) is
//     VariablePay, all of it paid in the 12 months ending with the
//     snapshot date.
//   - The hourly rate of pay (regulation 6) is the ordinary pay and the
//     bonus pay of the relevant pay period, the bonus spread evenly over
//     the year as regulation 6 prorates it, divided by the weekly hours:
//     (BasePay + VariablePay) ÷ (WeeklyHours × WeeksPerYear), the EU's
//     hourly total pay.
//
// Gaps are (men − women) ÷ men × 100 as regulations 8–11 express them.
type UK struct {
	// Workers counts every worker by gender; the regulations count only
	// men and women.
	Workers Workers `json:"workers"`
	// Hourly is the mean gap in the hourly rate of pay (regulation 8) and
	// the median gap (regulation 9).
	Hourly Gap `json:"hourly"`
	// Bonus is the mean gap in bonus pay among the employees paid any
	// (regulation 10), the median gap (regulation 11) and the proportions
	// of men and women paid bonus pay (regulation 12).
	Bonus Variable `json:"bonus"`
	// Quartiles are the proportions of men and women in the lower, lower
	// middle, upper middle and upper quartile pay bands, lowest first
	// (regulation 13).
	Quartiles [4]Band `json:"quartiles"`
	// Threshold is the suppression threshold applied; the regulations
	// have none, and a threshold of 1 reports every figure.
	Threshold int `json:"threshold"`
	// Method is the method of the quartile pay bands applied; Proportional
	// is regulation 13(2).
	Method Method `json:"quartileMethod"`
}

// UK returns the UK's six figures, which are figures of r under the UK's
// names (see UK).
func (r *Report) UK() UK {
	return UK{Workers: r.Workers, Hourly: r.Hourly, Bonus: r.Variable, Quartiles: r.Quartiles, Threshold: r.Threshold, Method: r.Method}
}
