package careerkit_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// walker visits every value reachable from a root: struct fields (unexported
// ones of this module's types too), slice and array elements, pointer
// targets, map and interface values. Types of other modules (time.Time and
// its *Location) are left alone: their insides are theirs, and some are
// shared package state.
type walker struct {
	// scalar, when set, is called on every string, number and bool.
	scalar func(v reflect.Value)
	// fill makes nil pointers point to a new value and empty slices hold
	// one element, before descending into them.
	fill bool
	// gap, when set, is called with the path of each nil pointer, map or
	// interface and each empty slice that is left as it is.
	gap  func(path string)
	seen map[visit]bool
}

type visit struct {
	addr uintptr
	typ  reflect.Type
}

const module = "github.com/careerkit/careerkit"

func (w *walker) walk(v reflect.Value, path string) {
	if w.seen == nil {
		w.seen = map[visit]bool{}
	}
	if v.CanAddr() && !v.CanSet() {
		v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem() // an unexported field
	}
	switch v.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		if w.scalar != nil {
			w.scalar(v)
		}
	case reflect.Pointer:
		if v.IsNil() {
			if !w.fill {
				w.note(path)
				return
			}
			v.Set(reflect.New(v.Type().Elem()))
		}
		if pkg := v.Type().Elem().PkgPath(); pkg != "" && !strings.HasPrefix(pkg, module) {
			return
		}
		k := visit{v.Pointer(), v.Type()}
		if w.seen[k] {
			return
		}
		w.seen[k] = true
		w.walk(v.Elem(), "(*"+path+")")
	case reflect.Slice:
		if v.Len() == 0 {
			if !w.fill {
				w.note(path)
				return
			}
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			w.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Array:
		for i := range v.Len() {
			w.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		if pkg := v.Type().PkgPath(); pkg != "" && !strings.HasPrefix(pkg, module) {
			return
		}
		for i := range v.NumField() {
			w.walk(v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Map:
		if v.Len() == 0 {
			w.note(path)
			return
		}
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			w.walk(e, fmt.Sprintf("%s[%v]", path, k))
			v.SetMapIndex(k, e)
		}
	case reflect.Interface:
		if v.IsNil() {
			w.note(path)
			return
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		w.walk(e, path)
		v.Set(e)
	}
}

func (w *walker) note(path string) {
	if w.gap != nil {
		w.gap(path)
	}
}

// mutateAll writes a different value into every string, number and bool
// reachable from *p: through every slice element and pointer target, so that
// any memory *p shares with something else changes there too.
func mutateAll(p any) {
	w := walker{scalar: func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "~")
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(v.Int() + 1)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(v.Uint() + 1)
		case reflect.Float32, reflect.Float64:
			v.SetFloat(v.Float() + 1)
		}
	}}
	w.walk(reflect.ValueOf(p).Elem(), "")
}

// fillAll makes every pointer reachable from *p non-nil and every slice
// hold at least one element, so that mutateAll reaches every field type.
func fillAll(p any) {
	w := walker{fill: true}
	w.walk(reflect.ValueOf(p).Elem(), "")
}

// gaps lists the paths of nil pointers, maps and interfaces and of empty
// slices reachable from *p: the places mutateAll cannot reach.
func gaps(p any) []string {
	var out []string
	w := walker{gap: func(path string) { out = append(out, path) }}
	w.walk(reflect.ValueOf(p).Elem(), "")
	return out
}

func TestWalkerHelpers(t *testing.T) {
	type inner struct {
		N    int
		hide string
	}
	type outer struct {
		S   []inner
		P   *float64
		Amt salary.Amount
	}
	var v outer
	assert.Equal(t, []string{".S", ".P"}, gaps(&v), "gaps of a zero value")
	fillAll(&v)
	assert.Empty(t, gaps(&v), "gaps after fillAll")
	shared := v
	mutateAll(&v)
	assert.Equal(t, inner{1, "~"}, shared.S[0], "mutateAll writes through a shared slice, unexported fields included")
	assert.Equal(t, 1.0, *shared.P, "mutateAll writes through a shared pointer")
	assert.NotEqual(t, salary.Amount{}, v.Amt, "mutateAll changes unexported fields of the module's types")
}

// richFramework is a framework in which every field is set: the sample
// framework with every nil pointer and empty slice filled in. It does not
// validate; it is for copying.
func richFramework(t *testing.T) careerkit.Framework {
	t.Helper()
	f := sampleFramework(t)
	fillAll(&f)
	require.Empty(t, gaps(&f), "every field of the rich framework is set")
	return f
}

func TestFrameworkClone(t *testing.T) {
	f, want := richFramework(t), richFramework(t)
	var c careerkit.Framework = f.Clone() // not the embedded Catalog's Clone
	require.True(t, reflect.DeepEqual(want, c), "Framework.Clone equals the original")
	require.NotEmpty(t, c.Roles, "the clone keeps the roles")
	require.NotEmpty(t, c.Ladders, "the clone keeps the ladders")
	require.NotEmpty(t, c.PayStructures, "the clone keeps the pay structures")

	mutateAll(&c)
	assert.False(t, reflect.DeepEqual(want, c), "mutateAll changed the clone")
	assert.True(t, reflect.DeepEqual(want, f), "changing every field of a Framework.Clone leaves the original as it was")

	// And the other way round: the clone does not change with the original.
	f, want = richFramework(t), richFramework(t)
	c = f.Clone()
	mutateAll(&f)
	assert.True(t, reflect.DeepEqual(want, c), "changing every field of the original leaves its Framework.Clone as it was")
}

// compilable is the sample framework with every pointer that can be set
// set, so that copies of it are tested through their pointers too: a
// weight on every requirement and expectation, and a midpoint on every band.
func compilable(t *testing.T) careerkit.Framework {
	t.Helper()
	f := sampleFramework(t)
	weigh := func(reqs []competency.Requirement) {
		for i, r := range reqs {
			if r.Weight == nil {
				reqs[i] = r.WithWeight(1.5)
			}
		}
	}
	for i := range f.Roles {
		r := &f.Roles[i]
		weigh(r.Requirements)
		if r.Pay != nil {
			b := r.Pay.WithMid(r.Pay.Midpoint())
			r.Pay = &b
		}
	}
	for _, l := range f.Ladders {
		for _, lv := range l.Levels {
			weigh(lv.Expectations)
		}
	}
	for _, s := range f.PayStructures {
		for j, g := range s.Grades {
			s.Grades[j].Band = g.Band.WithMid(g.Band.Midpoint())
		}
	}
	for _, g := range gaps(&f) {
		for _, ptr := range []string{".Weight", ".Mid", ".Pay", ".Minimum"} {
			assert.False(t, strings.HasSuffix(g, ptr), "the compilable framework sets %s", g)
		}
	}
	return f
}

// meddler is a Scorer that writes through the weight of every requirement
// it is shown, as a careless plug-in might.
type meddler struct{ competency.WeightedMean }

func (m meddler) Credit(r competency.Requirement, have int, s competency.Scale) float64 {
	if r.Weight != nil {
		*r.Weight += 100
	}
	return m.WeightedMean.Credit(r, have, s)
}

// answer is one call's results, named by the call.
type answer struct {
	call string
	got  []any
}

// answers calls every exported method of the model, of its ladders and of
// its index that returns data, on every ID there is, and collects the
// results.
func answers(t *testing.T, m *careerkit.Model, people careerkit.People) []answer {
	t.Helper()
	var out []answer
	add := func(call string, got ...any) { out = append(out, answer{call, got}) }
	f := m.Framework()
	add("Model.Framework()", f)
	for _, r := range f.Roles {
		got, ok := m.Role(r.ID)
		require.True(t, ok, "Model.Role(%s)", r.ID)
		add("Model.Role("+string(r.ID)+")", got)
		for _, c := range people.Candidates {
			fit, err := m.Fit(context.Background(), r.ID, c, role.FitOptions{})
			require.NoError(t, err, "Model.Fit(%s, %s)", r.ID, c.Profile.Subject)
			add("Model.Fit("+string(r.ID)+", "+string(c.Profile.Subject)+")", fit)
		}
		ranked, err := m.RankCandidates(context.Background(), r.ID, people, 10, role.FitOptions{})
		require.NoError(t, err, "Model.RankCandidates(%s)", r.ID)
		add("Model.RankCandidates("+string(r.ID)+")", ranked)
	}
	for _, c := range people.Candidates {
		ranked, err := m.RankRoles(context.Background(), c, 10, role.FitOptions{})
		require.NoError(t, err, "Model.RankRoles(%s)", c.Profile.Subject)
		add("Model.RankRoles("+string(c.Profile.Subject)+")", ranked)
	}
	for _, s := range f.PayStructures {
		got, ok := m.PayStructure(s.ID)
		require.True(t, ok, "Model.PayStructure(%s)", s.ID)
		add("Model.PayStructure("+string(s.ID)+")", got)
	}

	ix := m.Index()
	add("Index.Competencies()", ix.Len(), ix.Competencies())
	for _, c := range f.Competencies {
		got, ok := ix.Competency(c.ID)
		require.True(t, ok, "Index.Competency(%s)", c.ID)
		sc, ok := ix.Scale(c.ID)
		require.True(t, ok, "Index.Scale(%s)", c.ID)
		id, via, ok := ix.Lookup(c.Name)
		require.True(t, ok, "Index.Lookup(%s)", c.Name)
		add("Index methods on "+string(c.ID), got, sc, id, via, ix.Parents(c.ID), ix.Children(c.ID), ix.Ancestors(c.ID), ix.Descendants(c.ID))
	}
	for _, id := range []competency.ScaleID{competency.ScaleDreyfus, competency.ScaleFramework, competency.ScaleONetLevel} {
		sc, ok := ix.ScaleByID(id)
		require.True(t, ok, "Index.ScaleByID(%s)", id)
		add("Index.ScaleByID("+string(id)+")", sc)
	}

	for _, l := range f.Ladders {
		g, ok := m.Ladder(l.ID)
		require.True(t, ok, "Model.Ladder(%s)", l.ID)
		add("Graph.Ladder(), Lint(), Mermaid(), DOT() of "+string(l.ID), g.Ladder(), g.Lint(), g.Mermaid(), g.DOT())
		for _, tr := range l.Tracks {
			md, err := g.Matrix(tr.ID)
			require.NoError(t, err, "Graph.Matrix(%s)", tr.ID)
			add("Graph.Matrix("+string(tr.ID)+")", md)
		}
		for _, a := range l.Levels {
			lv, ok := g.Level(a.ID)
			require.True(t, ok, "Graph.Level(%s)", a.ID)
			next, err := g.Next(a.ID)
			require.NoError(t, err, "Graph.Next(%s)", a.ID)
			r, hasRole := g.Role(a.ID)
			gr, hasGrade := g.Grade(a.ID)
			add("Graph.Level("+string(a.ID)+")", lv)
			add("Graph.Next("+string(a.ID)+")", next)
			add("Graph.Moves("+string(a.ID)+")", g.Moves(a.ID))
			add("Graph.Role("+string(a.ID)+")", r, hasRole)
			add("Graph.Grade("+string(a.ID)+")", gr, hasGrade)
			for _, c := range people.Candidates {
				rep, err := g.Readiness(context.Background(), c.Profile, a.ID)
				require.NoError(t, err, "Graph.Readiness(%s, %s)", c.Profile.Subject, a.ID)
				add("Graph.Readiness("+string(c.Profile.Subject)+", "+string(a.ID)+")", rep)
			}
			for _, b := range l.Levels {
				d, err := g.Diff(a.ID, b.ID)
				require.NoError(t, err, "Graph.Diff(%s, %s)", a.ID, b.ID)
				p, perr := g.Path(a.ID, b.ID)
				pb, cost, pberr := g.PathBy(a.ID, b.ID, func(ladder.Move) float64 { return 1 })
				add("Graph.Diff, Path, PathBy("+string(a.ID)+", "+string(b.ID)+")", d, p, perr == nil, pb, cost, pberr == nil)
			}
		}
	}
	return out
}

// TestModelReturnsCopies changes every field of everything the model and
// its ladders and index return, and of the framework it was compiled from,
// and checks that the model answers as before: every returned value is the
// caller's own.
func TestModelReturnsCopies(t *testing.T) {
	people, err := examples.People()
	require.NoError(t, err, "examples.People()")
	f := compilable(t)
	m, err := f.Compile()
	require.NoError(t, err, "Compile")
	twin, err := compilable(t).Compile()
	require.NoError(t, err, "Compile (twin)")
	want := answers(t, twin, people)

	got := answers(t, m, people)
	require.True(t, reflect.DeepEqual(want, got), "two models of one framework answer alike")
	mutateAll(&got)
	mutateAll(&f)
	require.False(t, reflect.DeepEqual(want, got), "mutateAll changed the answers")

	// A Scorer that writes through the requirements it sees reaches copies only.
	opts := role.FitOptions{Competency: competency.Options{Scorer: meddler{}}}
	for _, r := range twin.Framework().Roles {
		for _, c := range people.Candidates {
			_, err := m.Fit(context.Background(), r.ID, c, opts)
			require.NoError(t, err, "Fit(%s) with a meddling scorer", r.ID)
		}
		_, err := m.RankCandidates(context.Background(), r.ID, people, 10, opts)
		require.NoError(t, err, "RankCandidates(%s) with a meddling scorer", r.ID)
	}
	for _, c := range people.Candidates {
		_, err := m.RankRoles(context.Background(), c, 10, opts)
		require.NoError(t, err, "RankRoles(%s) with a meddling scorer", c.Profile.Subject)
	}

	again := answers(t, m, people)
	require.Len(t, again, len(want), "number of answers")
	var changed []string
	for i := range want {
		if !reflect.DeepEqual(want[i], again[i]) {
			if len(changed) == 0 {
				assert.Equal(t, want[i], again[i], "the first answer that changed: %s", want[i].call)
			}
			changed = append(changed, want[i].call)
		}
	}
	assert.Empty(t, changed, "answers that changed after every returned value, and the compiled framework, was changed")
}
