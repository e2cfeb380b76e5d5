package competency

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/problem"
)

// NotHeld is the level passed to a CreditFunc or Scorer.Credit for a
// competency the profile does not hold. No scale has it: levels are 0 or
// more.
const NotHeld = -1

// CreditFunc gives the credit, in [0, 1], for holding level have of a
// competency required at level need, both levels of scale s (have may be
// NotHeld). Levels are ordinal: a CreditFunc should look at their positions
// on s (Scale.Position, Scale.Fraction), not at their values. It must not
// decrease as have rises.
type CreditFunc func(have, need int, s Scale) float64

// Linear is the default credit, linear over positions on the scale:
// min(p(have) / p(need), 1), where p is Scale.Position (1 for the lowest
// level, 0 when not held). The lowest of five levels against the highest
// earns 1/5, on a 1–5 scale as on a 6–10 one. A need of level 0 asks for
// nothing and gets full credit, held or not (as O*NET's level 0, "not
// relevant"). A need the scale lacks gets full credit when have is at least
// need as a number, and none otherwise.
func Linear(have, need int, s Scale) float64 {
	if need == 0 || (have != NotHeld && have >= need) {
		return 1
	}
	pn := s.Position(need)
	if pn == 0 {
		return 0
	}
	return min(float64(s.Position(have))/float64(pn), 1)
}

// Step gives full credit when have reaches need and none otherwise; a need
// of level 0 is always reached.
func Step(have, need int, s Scale) float64 {
	if need == 0 || (have != NotHeld && have >= need) {
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
	// Have is the level credited, on the required competency's scale: held
	// directly, or through a descendant (translated to that scale when the
	// descendant has another, see Scale.Translate). It is 0 when nothing
	// was found (Via is then none).
	Have int `json:"have"`
	// Shortfall is how many levels of the scale Have falls short of the
	// requirement, counted in positions (a competency not held is one
	// position below the lowest level), or 0 when met.
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
	// Loss is the share of the score the requirement costs: its weight over
	// the set's total weight, times 1 − Credit. Under the default weighted
	// mean the losses of a report add up to 1 − Score.
	Loss float64 `json:"loss"`
}

// Shortfall is one requirement not fully credited, in the order to work on
// it (see Report.Shortfalls).
type Shortfall struct {
	// Competency is the required competency.
	Competency ID `json:"competency"`
	// Required is true for a required, false for a preferred requirement.
	Required bool `json:"required"`
	// Levels is the shortfall in levels of the scale (Gap.Shortfall).
	Levels int `json:"levels"`
	// Loss is the share of the score it costs (Gap.Loss).
	Loss float64 `json:"loss"`
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
	// Shortfalls lists the requirements with a Loss above 0, what to work
	// on first at the top: the largest loss first; on equal losses required
	// before preferred, then by competency ID.
	Shortfalls []Shortfall `json:"shortfalls,omitempty"`
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
// smallest ID. Levels are ordinal: credit is asked of the scorer on the
// required competency's scale (Linear, the default, is linear over
// positions), and a descendant on another scale is credited with its level
// translated to the required scale by position (Scale.Translate). Ratings
// that expired before opts.AsOf do not count. A requirement met
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
	buf := ix.resolvePooled(p, pol, opts.AsOf, &errs)
	defer buf.release()
	have := buf.have
	if err := errs.Err("competency: analyze"); err != nil {
		return Report{}, err
	}

	rep := Report{Subject: p.Subject, RequiredMet: true, Gaps: make([]Gap, len(reqs))}
	if cap(buf.items) < len(reqs) {
		buf.items = make([]Item, len(reqs))
	}
	items := buf.items[:len(reqs)] // a Scorer keeps no items
	var copies scaleCopies
	for i, r := range reqs {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Report{}, err
			}
		}
		g, err := ix.gap(r, have, sc, opts.DescendantCredit, &copies)
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
	rep.Shortfalls = shortfalls(rep.Gaps, items)
	return rep, nil
}

// shortfalls sets each gap's Loss and returns the requirements with a loss,
// in the order of Report.Shortfalls. Weights are scaled as WeightedMean
// scales them, so any finite weights work.
func shortfalls(gaps []Gap, items []Item) []Shortfall {
	var top float64
	for _, it := range items {
		top = max(top, it.Weight)
	}
	shift := weightShift(top)
	// The total is summed in increasing order, so that it does not depend on
	// the order of the requirements.
	ws := make([]float64, len(items))
	for i, it := range items {
		ws[i] = math.Ldexp(it.Weight, shift)
	}
	slices.Sort(ws)
	var sumW float64
	for _, w := range ws {
		sumW += w
	}
	if sumW == 0 {
		return nil
	}
	var out []Shortfall
	for i := range gaps {
		g := &gaps[i]
		g.Loss = math.Ldexp(items[i].Weight, shift) / sumW * (1 - g.Credit)
		if g.Loss > 0 {
			out = append(out, Shortfall{Competency: g.Requirement.Competency, Required: items[i].Required, Levels: g.Shortfall, Loss: g.Loss})
		}
	}
	slices.SortStableFunc(out, func(a, b Shortfall) int {
		if c := cmp.Compare(b.Loss, a.Loss); c != 0 {
			return c
		}
		if a.Required != b.Required {
			if a.Required {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Competency, b.Competency)
	})
	return out
}

func (ix *Index) gap(r Requirement, have []held, sc Scorer, descCredit float64, copies *scaleCopies) (Gap, error) {
	ci := ix.byID[r.Competency]
	scale := ix.scaleOf[ci]
	mine := copies.of(scale) // the scorer's own copy
	g := Gap{Requirement: r, Via: ViaNone}
	c, err := safeCredit(sc, r, NotHeld, mine)
	if err != nil {
		return Gap{}, err
	}
	g.Credit = c
	direct := NotHeld
	if h := have[ci]; h.ok {
		direct = h.level
		c, err := safeCredit(sc, r, h.level, mine)
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
			l := scale.Translate(h.level, *ix.scaleOf[d])
			c, err := safeCredit(sc, r, l, mine)
			if err != nil {
				return Gap{}, err
			}
			if c*descCredit > g.Credit {
				g.Have, g.Credit, g.Via, g.From = l, c*descCredit, ViaDescendant, ix.comps[d].ID
			}
		}
	}
	// Met directly stays met when a descendant wins on credit (a custom
	// scorer may credit levels above the one required); through a
	// descendant alone, only a DescendantCredit of 1 meets.
	g.Met = r.Level == 0 || (direct != NotHeld && direct >= r.Level) || (g.Via == ViaDescendant && g.Have >= r.Level && descCredit == 1)
	if !g.Met {
		held := 0
		if g.Via != ViaNone {
			held = scale.Position(g.Have)
		}
		g.Shortfall = max(scale.Position(r.Level)-held, 0)
	}
	return g, nil
}

// safeCredit asks the scorer for a credit and rejects results outside [0, 1].
func safeCredit(sc Scorer, r Requirement, have int, s Scale) (float64, error) {
	c := sc.Credit(r, have, s)
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

// scaleCopies hands a scorer copies of the index's scales, one per scale
// and call, so that a scorer that changes the scale it is given changes
// nothing in the index.
type scaleCopies struct {
	from []*Scale
	to   []Scale
}

func (c *scaleCopies) of(s *Scale) Scale {
	for i, f := range c.from {
		if f == s {
			return c.to[i]
		}
	}
	c.from = append(c.from, s)
	c.to = append(c.to, cloneScale(*s))
	return c.to[len(c.to)-1]
}

// heldBuf is the resolved ratings of one profile, kept for reuse by
// Analyze: have covers the index, touched lists the entries set, and
// items is scratch for the scorer.
type heldBuf struct {
	have    []held
	touched []int32
	items   []Item
}

// heldBufs keeps heldBufs between calls of Analyze, so that a call does not
// allocate an entry for every competency of the catalog.
var heldBufs sync.Pool

// resolvePooled is resolve into a heldBuf from heldBufs; release gives it
// back.
func (ix *Index) resolvePooled(p Profile, pol Policy, asOf civil.Date, errs *problem.Errors) *heldBuf {
	b, _ := heldBufs.Get().(*heldBuf)
	if b == nil {
		b = &heldBuf{}
	}
	if len(b.have) < len(ix.comps) {
		b.have = make([]held, len(ix.comps))
	}
	b.have, b.touched = b.have[:len(ix.comps)], b.touched[:0]
	ix.resolveInto(p, pol, asOf, errs, b.have, &b.touched)
	return b
}

// release clears the entries set and puts b back into heldBufs.
func (b *heldBuf) release() {
	for _, c := range b.touched {
		b.have[c] = held{}
	}
	heldBufs.Put(b)
}
