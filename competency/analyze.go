package competency

import (
	"context"
	"fmt"
	"math"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/problem"
)

// CreditFunc gives the credit, in [0, 1], for holding level have of a
// competency required at level need. It must not decrease as have rises.
type CreditFunc func(have, need int) float64

// Linear is the default credit: min(have/need, 1), and 1 when need is 0.
func Linear(have, need int) float64 {
	if need <= 0 || have >= need {
		return 1
	}
	if have <= 0 {
		return 0
	}
	return float64(have) / float64(need)
}

// Step gives full credit when have reaches need and none otherwise.
func Step(have, need int) float64 {
	if have >= need {
		return 1
	}
	return 0
}

// Options tune Analyze and Matcher. The zero value is the documented
// default: linear credit, weighted mean, no credit through descendants, the
// Latest resolution policy.
type Options struct {
	// Scorer is the scoring logic; nil means WeightedMean with Credit.
	Scorer Scorer
	// Credit gives the credit for a level held against a level needed when
	// Scorer is nil; nil means Linear.
	Credit CreditFunc
	// DescendantCredit, in [0, 1], scales the credit earned through a rating
	// of a descendant competency (a narrower one, below the required one in
	// the parents DAG). 0, the default, gives no such credit; 1 treats a
	// descendant as the competency itself. Only with 1 can a descendant meet
	// a requirement.
	DescendantCredit float64
	// Policy resolves several ratings of one competency; empty means Latest.
	Policy Policy
	// AsOf is the date of the analysis: ratings that expired before it do
	// not count. The zero date, the default, counts every rating.
	AsOf civil.Date
}

// Check reports an option out of range: a DescendantCredit outside [0, 1]
// or an unknown Policy. Analyze, Matcher and the role package call it
// before anything else.
func (o Options) Check() error { return o.check("options") }

func (o Options) check(op string) error {
	if math.IsNaN(o.DescendantCredit) || o.DescendantCredit < 0 || o.DescendantCredit > 1 {
		return fmt.Errorf("competency: %s: the credit for descendants, %v, is not between 0 and 1: %w", op, o.DescendantCredit, problem.ErrInvalid)
	}
	if !o.Policy.IsValid() {
		return fmt.Errorf("competency: %s: the resolution policy %s: %w", op, policies.Problem(o.Policy), problem.ErrInvalid)
	}
	return nil
}

// Gap is the outcome of one requirement.
type Gap struct {
	// Requirement is the requirement, as given.
	Requirement Requirement `json:"requirement"`
	// Have is the level credited: held directly, or through a descendant.
	// It is 0 when nothing was found.
	Have int `json:"have"`
	// Shortfall is how many levels Have falls short of the requirement, or 0.
	Shortfall int `json:"shortfall"`
	// Met is true when the competency itself (by ID, alias or name) is held
	// at the required level, or a descendant is when Options.DescendantCredit
	// is 1; it stays true when a descendant wins on credit.
	Met bool `json:"met"`
	// Credit is the requirement's credit, in [0, 1].
	Credit float64 `json:"credit"`
	// Via says how the level was found: direct, alias, name, descendant or none.
	Via Via `json:"via"`
	// From is the competency whose rating was used: the required one, or the
	// descendant; empty when Via is none.
	From ID `json:"from,omitempty"`
}

// Report is the gap analysis of one profile against a list of requirements.
type Report struct {
	// Subject is the profile's subject.
	Subject SubjectID `json:"subject"`
	// Score aggregates the credits, in [0, 1]: by default their weighted
	// mean, 1 for no requirements.
	Score float64 `json:"score"`
	// RequiredMet is true when every required (not preferred) item is met.
	RequiredMet bool `json:"requiredMet"`
	// Gaps has one entry per requirement, in requirement order.
	Gaps []Gap `json:"gaps"`
	// Unmet lists the required competencies not met, in requirement order.
	Unmet []ID `json:"unmet,omitempty"`
}

// Analyze compares a profile with requirements. The requirements are checked
// as by ValidateRequirements and the profile as by ValidateProfile; any
// problem is returned as a *ValidationError and no report is made.
//
// For each requirement the level held is found from the profile's ratings
// (resolved by opts.Policy): a rating of the competency itself, by ID, alias
// or name, or, when opts.DescendantCredit > 0, a rating of one of its
// descendants, whose credit is scaled by DescendantCredit. The better credit
// wins; on a tie the competency itself wins, then the descendant with the
// smallest ID. A descendant on another scale than the required competency
// is credited with its own level, compared as a number with the required
// level (the scorer's Credit is asked for that level). A requirement met
// directly (by ID, alias or name) is met, with no shortfall, even when a
// descendant wins on credit; one met only through a descendant is met when
// DescendantCredit is 1. The score is the weighted mean of the credits,
// computed without overflow for any finite weights (see WeightedMean.Score).
// The result does not depend on the order of the ratings, and only the order
// of Gaps depends on the order of the requirements. Analyze returns ctx's
// error, and no report, when ctx is done before it ends.
func (ix *Index) Analyze(ctx context.Context, p Profile, reqs []Requirement, opts Options) (Report, error) {
	if ix == nil {
		return Report{}, fmt.Errorf("competency: analyze: nil index: %w", problem.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	if err := opts.check("analyze"); err != nil {
		return Report{}, err
	}
	sc := opts.scorer()
	pol := opts.Policy
	if pol == "" {
		pol = Latest
	}
	var errs problem.Errors
	reqErrs := problem.Errors{}
	ix.checkRequirements(reqs, &reqErrs)
	errs.Merge("requirements", reqErrs.Err(""))
	errs.Append(p.tagErrors()...)
	have := ix.resolve(p, pol, opts.AsOf, &errs)
	if err := errs.Err("competency: analyze"); err != nil {
		return Report{}, err
	}

	rep := Report{Subject: p.Subject, RequiredMet: true, Gaps: make([]Gap, len(reqs))}
	items := make([]Item, len(reqs))
	for i, r := range reqs {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Report{}, err
			}
		}
		g, err := ix.gap(r, have, sc, opts.DescendantCredit)
		if err != nil {
			return Report{}, err
		}
		rep.Gaps[i] = g
		items[i] = Item{Weight: r.EffectiveWeight(), Required: r.Importance.IsRequired(), Credit: g.Credit, Met: g.Met}
		if r.Importance.IsRequired() && !g.Met {
			rep.RequiredMet = false
			rep.Unmet = append(rep.Unmet, r.Competency)
		}
	}
	rep.Score = clampScore(sc.Score(items))
	return rep, nil
}

func (ix *Index) gap(r Requirement, have []held, sc Scorer, descCredit float64) (Gap, error) {
	ci := ix.byID[r.Competency]
	g := Gap{Requirement: r, Via: ViaNone}
	c, err := safeCredit(sc, r, 0)
	if err != nil {
		return Gap{}, err
	}
	g.Credit = c
	direct := 0 // the level held directly, 0 when not held
	if h := have[ci]; h.ok {
		direct = h.level
		c, err := safeCredit(sc, r, h.level)
		if err != nil {
			return Gap{}, err
		}
		g.Have, g.Credit, g.From = h.level, c, r.Competency
		g.Via = ViaDirect
		if h.via != ViaDirect {
			g.Via = h.via
		}
	}
	if descCredit > 0 {
		for _, d := range ix.walk(ci, ix.children) {
			h := have[d]
			if !h.ok {
				continue
			}
			c, err := safeCredit(sc, r, h.level)
			if err != nil {
				return Gap{}, err
			}
			if c*descCredit > g.Credit {
				g.Have, g.Credit, g.Via, g.From = h.level, c*descCredit, ViaDescendant, ix.comps[d].ID
			}
		}
	}
	// Met directly stays met when a descendant wins on credit (a custom
	// scorer may credit levels above the one required); through a
	// descendant alone, only a DescendantCredit of 1 meets.
	g.Met = direct >= r.Level || (g.Via == ViaDescendant && g.Have >= r.Level && descCredit == 1)
	if !g.Met {
		g.Shortfall = max(r.Level-g.Have, 0)
	}
	return g, nil
}

// safeCredit asks the scorer for a credit and rejects results outside [0, 1].
func safeCredit(sc Scorer, r Requirement, have int) (float64, error) {
	c := sc.Credit(r, have)
	if math.IsNaN(c) || c < 0 || c > 1 {
		return 0, fmt.Errorf("competency: credit for %s: the scorer gave %v for level %d held against level %d needed, not a credit from 0 to 1: %w", r.Competency, c, have, r.Level, problem.ErrInvalid)
	}
	return c, nil
}

// Met returns how many requirements the report finds met.
func (r Report) Met() int {
	n := 0
	for _, g := range r.Gaps {
		if g.Met {
			n++
		}
	}
	return n
}
