package paygap

import (
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/salary"
)

// SubjectID identifies a worker in a set of records: an opaque slug such
// as "w-0042", never a name or an email.
type SubjectID string

// CategoryID identifies a category of workers (Article 3(1)(g) of
// Directive (EU) 2023/970: workers doing the same work or work of equal
// value): a slug such as "l5". With a framework it is a ladder level ID or
// a pay-structure grade ID.
type CategoryID string

// Gender is a worker's gender as the records state it. The zero value is
// invalid.
type Gender string

// Genders of a worker.
const (
	// Female is a woman.
	Female Gender = "female"
	// Male is a man.
	Male Gender = "male"
	// Other is a worker whose gender is neither female nor male.
	Other Gender = "other"
	// Undisclosed is a worker whose gender is not known or not stated.
	Undisclosed Gender = "undisclosed"
)

var genders = enum.New("paygap", "gender", false, Female, Male, Other, Undisclosed)

// Genders returns every gender, in a new slice: female, male, other,
// undisclosed.
func Genders() []Gender { return genders.Values() }

// IsValid reports whether g is female, male, other or undisclosed.
func (g Gender) IsValid() bool { return genders.Has(g) }

// String returns the gender's JSON value.
func (g Gender) String() string { return string(g) }

// MarshalText returns the gender's JSON value, as it is.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g), nil }

// UnmarshalText accepts exactly female, male, other or undisclosed;
// anything else is an error that lists them.
func (g *Gender) UnmarshalText(text []byte) error { return genders.Unmarshal(g, text) }

// MaxWorkers is the most workers a set of records holds.
const MaxWorkers = 200_000

// Records are the pay records of an employer's workers: the input of the
// pay-gap figures. Every worker is paid in the same currency. The zero
// value is invalid (it has no workers).
type Records struct {
	// Workers lists one record per worker; subjects are unique.
	Workers []Worker `json:"workers" yaml:"workers" validate:"required,min=1,max=200000,dive"`
}

// Worker is the pay record of one worker for one year.
type Worker struct {
	// Subject identifies the worker: an opaque slug, never a name.
	Subject SubjectID `json:"subject" yaml:"subject" validate:"required,slug"`
	// Gender is female, male, other or undisclosed; only female and male
	// workers enter the gap figures.
	Gender Gender `json:"gender" yaml:"gender" validate:"required"`
	// Category is the worker's category of work of equal value: a slug,
	// with a framework a ladder level ID or a pay-structure grade ID.
	Category CategoryID `json:"category" yaml:"category" validate:"required,slug"`
	// Currency is the ISO 4217 code of the pay; every worker's is the same.
	Currency salary.Currency `json:"currency" yaml:"currency" validate:"required"`
	// BasePay is the gross annual basic wage or salary, in major units.
	BasePay salary.Amount `json:"basePay" yaml:"basePay"`
	// VariablePay is the gross annual complementary or variable pay
	// (bonuses, commission, allowances), in major units; 0 when none.
	VariablePay salary.Amount `json:"variablePay,omitempty" yaml:"variablePay,omitempty"`
	// WeeklyHours is the contractual hours worked in a week, greater than
	// 0 and at most 168.
	WeeklyHours Hours `json:"weeklyHours" yaml:"weeklyHours"`
}

// total returns the worker's gross annual pay, base plus variable, exactly.
func (w Worker) total() ratio {
	return add(w.BasePay.Rat(), w.VariablePay.Rat())
}

// Validate checks every rule at once: the tags (slug subject and category,
// a gender, a currency, between 1 and MaxWorkers workers), a valid
// gender and currency, unique subjects (ErrDuplicate), amounts at least 0
// with no more decimals than the currency allows, weekly hours in (0, 168],
// and one currency for every worker (a problem matching
// ErrCurrencyMismatch at each worker whose currency differs from the
// first's).
func (r Records) Validate() error {
	var errs problem.Errors
	errs.Append(validate.Struct(r)...)
	seen := map[SubjectID]int{}
	var first salary.Currency
	for i, w := range r.Workers {
		path := problem.Path("workers", i)
		if prev, dup := seen[w.Subject]; dup && w.Subject != "" {
			errs.AddErr(problem.ErrDuplicate, problem.Path(path, "subject"), "unique", "subject %q is already workers[%d]", w.Subject, prev)
		} else {
			seen[w.Subject] = i
		}
		w.check(path, &errs)
		if !w.Currency.IsValid() {
			continue
		}
		if first == "" {
			first = w.Currency
		} else if w.Currency != first {
			errs.AddErr(problem.ErrCurrencyMismatch, problem.Path(path, "currency"), "currency", "%s differs from the currency %s of the first worker: records are in one currency", w.Currency, first)
		}
	}
	return errs.Err("paygap: invalid Records")
}

// check records the problems of one worker that its tags do not state.
func (w Worker) check(path string, errs *problem.Errors) {
	if w.Gender != "" && !w.Gender.IsValid() {
		errs.Add(problem.Path(path, "gender"), "oneof", "%s", genders.Problem(w.Gender))
	}
	if w.Currency != "" && !w.Currency.IsValid() {
		// Currency.UnmarshalText explains a refused code best.
		errs.Add(problem.Path(path, "currency"), "currency", "%v", w.Currency.UnmarshalText([]byte(w.Currency)))
	}
	for _, a := range []struct {
		name   string
		amount salary.Amount
	}{{"basePay", w.BasePay}, {"variablePay", w.VariablePay}} {
		p := problem.Path(path, a.name)
		if a.amount.Sign() < 0 {
			errs.Add(p, "gte", "must be at least 0, not %s", a.amount)
		}
		if w.Currency.IsValid() && a.amount.Decimals() > w.Currency.Digits() {
			errs.Add(p, "decimals", "%s has %d decimal place(s); %s allows %d", a.amount, a.amount.Decimals(), w.Currency, w.Currency.Digits())
		}
	}
	if h := w.WeeklyHours; h.Sign() <= 0 || h.f.Compare(salary.FactorOf(MaxWeeklyHours)) > 0 {
		errs.Add(problem.Path(path, "weeklyHours"), "range", "must be greater than 0 and at most %d, not %s", MaxWeeklyHours, h)
	}
}
