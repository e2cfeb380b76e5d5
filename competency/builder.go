package competency

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// PopulationBuilder compiles a Population from ratings given one at a time,
// in any order, as a database cursor or a CSV file yields them, without a
// []Profile. It checks each rating as Population checks a profile's and
// resolves them with the same policy and date, so that Build returns the
// population that PopulationWithOptions returns for the same profiles.
//
// Memory: until Build, the builder keeps one 16-byte record for each rating
// that counts (a rating that expired before the date is checked and
// dropped), in a slice that grows as slices do (Grow sizes it at once), and
// for each subject its ID, a map entry and a 4-byte count;
// it keeps no Rating and no evidence. Build adds 8 bytes a subject while it
// sorts, then compiles the population next to the records and releases
// them. It keeps the first 1,000 problems and counts the others.
//
// A PopulationBuilder is not safe for concurrent use. After Build it is
// empty and can be used again.
type PopulationBuilder struct {
	ix       *Index
	policy   Policy
	asOf     civil.Date
	bySubj   map[SubjectID]int32
	subjects []SubjectID
	counts   []int32 // ratings given per subject, counted or not
	recs     []record
	n        int       // calls of Add and AddSubject so far
	last     int32     // the subject of the last rating counted, as
	lastSubj SubjectID // ratings often come grouped by subject
	hasLast  bool
	one      [1]Rating // the rating being checked, kept here so that it does not escape
	errs     problem.Errors
	dropped  int // problems beyond maxBuildProblems
}

// record is one counted rating, 16 bytes: the subject's index in the order
// of first appearance, the interned competency, the date, the level and the
// source's trust.
type record struct {
	subj  int32
	comp  int32
	date  civil.Date
	level int16
	trust int8
}

// maxBuildProblems bounds the problems a builder keeps; Build reports how
// many more there were.
const maxBuildProblems = 1000

// maxRatingsPerSubject is the most ratings a subject may have, as the
// Profile's tag rule says.
const maxRatingsPerSubject = 100000

// NewPopulationBuilder returns an empty builder for a population resolved
// with the Policy and AsOf of opts (the other options do not apply to a
// population). An unknown policy, an out-of-range option or a nil index is
// an error.
func (ix *Index) NewPopulationBuilder(opts Options) (*PopulationBuilder, error) {
	if ix == nil {
		return nil, fmt.Errorf("competency: population builder: nil index: %w", problem.ErrInvalid)
	}
	if err := opts.check("population builder"); err != nil {
		return nil, err
	}
	pol := opts.Policy
	if pol == "" {
		pol = Latest
	}
	return &PopulationBuilder{ix: ix, policy: pol, asOf: opts.AsOf, bySubj: map[SubjectID]int32{}}, nil
}

// Add gives one rating of subject. It is checked at once, as Population
// checks a profile's rating: the subject is an ID, the rating passes its
// tag rules, names a competency of the catalog at a level its scale has,
// and does not expire before it was assessed; a subject has at most 100,000
// ratings. Problems have the path "[N]" of the rating's ordinal (0 for the
// first Add, counting every call) and a message that names the subject;
// Add returns them, and Build reports them all again, so a caller may stop
// at the first or go on. A rating that expired before the builder's date
// is checked and then left out, as Population leaves it out.
func (b *PopulationBuilder) Add(subject SubjectID, r Rating) error {
	n := b.n
	b.n++
	s, known := b.last, b.hasLast && subject == b.lastSubj
	if !known {
		s, known = b.bySubj[subject]
	}
	ci, _, ok := b.ix.lookup(r.Competency)
	b.one[0] = r
	if !ok || !(Profile{Subject: "s", Ratings: b.one[:]}).surelyValid() || !b.ix.levelOK(ci, r.Level) || r.Level > maxLevel ||
		(known && b.counts[s] == maxRatingsPerSubject) || (!known && !validate.IsSlug(string(subject))) {
		if err := b.check(n, subject, r, known, s); err != nil {
			return err
		}
	}
	if !known {
		s = b.register(subject)
	}
	b.last, b.lastSubj, b.hasLast = s, subject, true
	b.counts[s]++
	b.one[0] = Rating{}
	if r.expired(b.asOf) {
		return nil
	}
	b.recs = append(b.recs, record{subj: s, comp: ci, date: r.AssessedAt, level: int16(r.Level), trust: int8(r.Source.trust())})
	return nil
}

// check is the full check of the n-th rating, for those that the fast
// path of Add does not surely accept: it keeps the problems for Build and
// returns them, or returns nil when there are none. Only such ratings pay
// for the validator and the formatting.
func (b *PopulationBuilder) check(n int, subject SubjectID, r Rating, known bool, s int32) error {
	path := problem.Path("", n)
	var errs problem.Errors
	for _, fe := range (Profile{Subject: subject, Ratings: []Rating{r}}).problems() {
		rel, _ := strings.CutPrefix(fe.Path, "ratings[0].")
		fe.Path = problem.JoinPath(path, rel)
		errs.Append(fe)
	}
	if known && b.counts[s] == maxRatingsPerSubject {
		errs.Add(path, "max", "a subject has at most %d ratings", maxRatingsPerSubject)
	}
	ci, _, ok := b.ix.lookup(r.Competency)
	switch {
	case !ok && r.Competency != "":
		errs.AddErr(problem.ErrUnknownCompetency, problem.Path(path, "competency"), "exists", "%q is not an ID, name or alias of a competency of the catalog", r.Competency)
	case ok && !b.ix.levelOK(ci, r.Level):
		b.ix.levelProblem(ci, r.Level, problem.Path(path, "level"), &errs)
	case ok && r.Level > maxLevel:
		errs.Add(path, "max", "level %d is above %d", r.Level, maxLevel)
	}
	if errs.Len() == 0 {
		return nil
	}
	err := errs.Err(fmt.Sprintf("competency: invalid rating of subject %q", subject))
	b.keep(err.(*problem.ValidationError).Errors, subject)
	return err
}

// register adds a new subject and returns its index.
func (b *PopulationBuilder) register(subject SubjectID) int32 {
	s := int32(len(b.subjects))
	b.bySubj[subject] = s
	b.subjects = append(b.subjects, subject)
	b.counts = append(b.counts, 0)
	return s
}

// Grow reserves room for n more ratings, as when their count is known
// beforehand (a SELECT count(*)), so that the records grow in one step
// rather than by repeated copies. A negative n is taken as 0.
func (b *PopulationBuilder) Grow(n int) { b.recs = slices.Grow(b.recs, max(n, 0)) }

// AddSubject gives a subject that may have no rating, as a Profile with no
// ratings is given to Population. A subject that is not an ID is an error
// with the path "[N].subject", N counting the calls of Add and AddSubject.
func (b *PopulationBuilder) AddSubject(subject SubjectID) error {
	n := b.n
	b.n++
	var errs problem.Errors
	for _, fe := range (Profile{Subject: subject}).tagErrors() {
		fe.Path = problem.JoinPath(problem.Path("", n), fe.Path)
		errs.Append(fe)
	}
	if err := errs.Err(fmt.Sprintf("competency: invalid subject %q", subject)); err != nil {
		b.keep(err.(*problem.ValidationError).Errors, subject)
		return err
	}
	if _, known := b.bySubj[subject]; !known {
		b.register(subject)
	}
	return nil
}

// keep records problems for Build, naming the subject, up to maxBuildProblems.
func (b *PopulationBuilder) keep(fes []problem.FieldError, subject SubjectID) {
	for _, fe := range fes {
		if b.errs.Len() == maxBuildProblems {
			b.dropped++
			continue
		}
		fe.Message = fmt.Sprintf("subject %q: %s", subject, fe.Message)
		b.errs.Append(fe)
	}
}

// Len returns how many subjects the builder has been given.
func (b *PopulationBuilder) Len() int { return len(b.subjects) }

// Build compiles the population of every subject given, each with its
// ratings resolved by the builder's policy, and empties the builder. When
// any rating was refused it returns every problem kept (paths "[N]…") and
// no population. It stops with ctx's error, and no population, when ctx is
// done; the builder is then empty too.
func (b *PopulationBuilder) Build(ctx context.Context) (*Population, error) {
	defer b.reset()
	if b.errs.Len() > 0 {
		if b.dropped > 0 {
			b.errs.Add("", "more", "%d more problems are not listed", b.dropped)
		}
		return nil, b.errs.Err("competency: invalid Population")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Subjects in ID order: rank[s] is subject s's place.
	order := make([]int32, len(b.subjects))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(b.subjects[x], b.subjects[y]) })
	rank := make([]int32, len(order))
	for p, s := range order {
		rank[s] = int32(p)
	}
	for i := range b.recs {
		b.recs[i].subj = rank[b.recs[i].subj]
	}
	rank = nil
	// By profile, then competency, then the winning rating first.
	pol := b.policy
	slices.SortFunc(b.recs, func(x, y record) int {
		if c := cmp.Compare(x.subj, y.subj); c != 0 {
			return c
		}
		if c := cmp.Compare(x.comp, y.comp); c != 0 {
			return c
		}
		hx, hy := x.held(), y.held()
		switch {
		case pol.better(hx, hy):
			return -1
		case pol.better(hy, hx):
			return 1
		}
		return 0
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pop, err := b.compile(ctx, order)
	if err != nil {
		return nil, err
	}
	return pop, nil
}

// held returns the record as Policy.better compares ratings.
func (r record) held() held {
	return held{assessedAt: r.date, level: int(r.level), trust: r.trust, ok: true}
}

// compile fills a Population from the sorted records, keeping the first
// record of each profile and competency. It writes the Population's fields
// directly, as PopulationWithOptions does, and indexes it the same way.
func (b *PopulationBuilder) compile(ctx context.Context, order []int32) (*Population, error) {
	n := len(order)
	pop := &Population{ix: b.ix, policy: b.policy, asOf: b.asOf, subjects: make([]SubjectID, n), offsets: make([]int32, n+1)}
	for p, s := range order {
		pop.subjects[p] = b.subjects[s]
	}
	kept := 0
	for i, r := range b.recs {
		if i == 0 || r.subj != b.recs[i-1].subj || r.comp != b.recs[i-1].comp {
			kept++
		}
	}
	pop.comps = make([]int32, 0, kept)
	pop.levels = make([]int16, 0, kept)
	counts := make([]int32, len(b.ix.comps)+1)
	for i, r := range b.recs {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if i > 0 && r.subj == b.recs[i-1].subj && r.comp == b.recs[i-1].comp {
			continue
		}
		pop.comps = append(pop.comps, r.comp)
		pop.levels = append(pop.levels, r.level)
		counts[r.comp+1]++
		pop.offsets[r.subj+1] = int32(len(pop.comps))
	}
	// Profiles without ratings end where the one before them ends.
	for p := 1; p <= n; p++ {
		pop.offsets[p] = max(pop.offsets[p], pop.offsets[p-1])
	}
	b.recs = nil
	pop.index(counts)
	return pop, nil
}

// reset empties the builder, keeping its index and options.
func (b *PopulationBuilder) reset() {
	*b = PopulationBuilder{ix: b.ix, policy: b.policy, asOf: b.asOf, bySubj: map[SubjectID]int32{}}
}
