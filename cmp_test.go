package careerkit_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/examples"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// diff is cmp.Diff that turns a panic (go-cmp panics on a type with
// unexported fields and no Equal method) into a test failure.
func diff(t *testing.T, what string, x, y any) (d string) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			t.Errorf("cmp.Diff of %s panicked: %v", what, v)
			d = "<panic>"
		}
	}()
	return cmp.Diff(x, y)
}

// exampleDocuments returns every example document, and each section of
// them as the document of its own kind, named.
func exampleDocuments(t *testing.T) map[string]any {
	t.Helper()
	f, err := examples.Framework()
	require.NoError(t, err, "examples.Framework()")
	p, err := examples.People()
	require.NoError(t, err, "examples.People()")
	docs := map[string]any{"framework": f, "people": p, "catalog": f.Catalog}
	for _, r := range f.Roles {
		docs["role "+string(r.ID)] = r
		if r.Pay != nil {
			docs["band of role "+string(r.ID)] = *r.Pay
		}
	}
	for _, l := range f.Ladders {
		docs["ladder "+string(l.ID)] = l
	}
	for _, s := range f.PayStructures {
		docs["structure "+string(s.ID)] = s
	}
	for _, c := range p.Candidates {
		docs["candidate "+string(c.Profile.Subject)] = c
		docs["profile "+string(c.Profile.Subject)] = c.Profile
	}
	return docs
}

func TestCmpExampleDocuments(t *testing.T) {
	a, b := exampleDocuments(t), exampleDocuments(t)
	require.Equal(t, len(a), len(b), "the examples load the same documents twice")
	for name, x := range a {
		assert.Empty(t, diff(t, name, x, b[name]), "cmp.Diff of %s loaded twice", name)
	}
}

// TestCmpSeesChanges changes one field deep in a copy of each example
// document and checks that cmp.Diff reports it, and that the original is
// left as it was.
func TestCmpSeesChanges(t *testing.T) {
	fresh := func() (careerkit.Framework, careerkit.People) {
		f, err := examples.Framework()
		require.NoError(t, err, "examples.Framework()")
		p, err := examples.People()
		require.NoError(t, err, "examples.People()")
		return f, p
	}
	cases := []struct {
		name   string
		change func(f *careerkit.Framework, p *careerkit.People)
	}{
		{"a competency's name", func(f *careerkit.Framework, _ *careerkit.People) { f.Competencies[0].Name += "!" }},
		{"a competency's kind", func(f *careerkit.Framework, _ *careerkit.People) { f.Competencies[0].Kind = competency.Knowledge }},
		{"a requirement's weight, through its pointer", func(f *careerkit.Framework, _ *careerkit.People) {
			for i := range f.Roles[0].Requirements {
				if w := f.Roles[0].Requirements[i].Weight; w != nil {
					*w += 1
					return
				}
			}
			f.Roles[0].Requirements[0] = f.Roles[0].Requirements[0].WithWeight(7)
		}},
		{"a band's minimum (an Amount)", func(f *careerkit.Framework, _ *careerkit.People) {
			f.Roles[0].Pay.Min = salary.MustParseAmount("140000.01")
		}},
		{"a grade's band", func(f *careerkit.Framework, _ *careerkit.People) {
			f.PayStructures[0].Grades[0].Band.Max = salary.MustParseAmount("1")
		}},
		{"a zone's factor (a Factor)", func(f *careerkit.Framework, _ *careerkit.People) {
			f.PayStructures[0].Zones[len(f.PayStructures[0].Zones)-1].Factor = salary.MustParseFactor("0.123")
		}},
		{"a ladder move's kind", func(f *careerkit.Framework, _ *careerkit.People) { f.Ladders[0].Moves[0].Kind = ladder.Lateral }},
		{"a ladder track's kind", func(f *careerkit.Framework, _ *careerkit.People) { f.Ladders[0].Tracks[0].Kind = role.Management }},
		{"a rating's level", func(_ *careerkit.Framework, p *careerkit.People) { p.Candidates[0].Profile.Ratings[0].Level++ }},
		{"a rating's date", func(_ *careerkit.Framework, p *careerkit.People) {
			r := &p.Candidates[0].Profile.Ratings[0]
			r.AssessedAt = r.AssessedAt.AddDays(1)
		}},
		{"a candidate's expected pay", func(_ *careerkit.Framework, p *careerkit.People) {
			p.Candidates[0].ExpectedPay.Amount = salary.MustParseAmount("1")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, p := fresh()
			wantF, wantP := fresh()
			cf, cp := f.Clone(), p
			cp.Candidates = append([]role.Candidate(nil), p.Candidates...)
			for i := range cp.Candidates {
				cp.Candidates[i].Profile.Ratings = append([]competency.Rating(nil), p.Candidates[i].Profile.Ratings...)
				if pay := cp.Candidates[i].ExpectedPay; pay != nil {
					copied := *pay
					cp.Candidates[i].ExpectedPay = &copied
				}
			}
			c.change(&cf, &cp)
			assert.NotEmpty(t, diff(t, "the changed framework", f, cf)+diff(t, "the changed people", p, cp), "cmp.Diff sees %s", c.name)
			assert.Empty(t, diff(t, "the framework", wantF, f), "changing a copy leaves the framework as it was")
			assert.Empty(t, diff(t, "the people", wantP, p), "changing a copy leaves the people as they were")
		})
	}
}

// TestCmpModelAnswers compiles the sample framework twice and compares
// everything the two models answer: reports, fits, rankings, ladders and
// their paths, scales, grades.
func TestCmpModelAnswers(t *testing.T) {
	compile := func() []answer {
		f, err := examples.Framework()
		require.NoError(t, err, "examples.Framework()")
		p, err := examples.People()
		require.NoError(t, err, "examples.People()")
		m, err := f.Compile()
		require.NoError(t, err, "Framework.Compile()")
		return answers(t, m, p)
	}
	a, b := compile(), compile()
	require.Len(t, b, len(a), "the two models answer the same calls")
	for i := range a {
		require.Equal(t, a[i].call, b[i].call, "answer %d", i)
		assert.Empty(t, diff(t, a[i].call, a[i].got, b[i].got), "cmp.Diff of %s on two compilations", a[i].call)
	}
}

// TestCmpEveryModelType checks that go-cmp can compare every type reachable
// from the kinds of document and from what the model answers: each struct
// type with unexported fields has an Equal method, which go-cmp uses
// instead of reading them. Values with every field set are compared too.
func TestCmpEveryModelType(t *testing.T) {
	roots := []any{
		new(role.FitReport), new(competency.Report), new(competency.Match), new(role.Ranked),
		new(ladder.Change), new(salary.Distribution), new(salary.Basis), new(salary.Pay),
	}
	for _, k := range careerkit.Kinds() {
		v, err := careerkit.New(k)
		require.NoError(t, err, "New(%s)", k)
		roots = append(roots, v)
	}
	seen := map[reflect.Type]bool{}
	var visit func(reflect.Type)
	visit = func(t0 reflect.Type) {
		if seen[t0] {
			return
		}
		seen[t0] = true
		switch t0.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t0.Elem())
		case reflect.Map:
			visit(t0.Key())
			visit(t0.Elem())
		case reflect.Struct:
			hidden := false
			for f := range t0.Fields() {
				if !f.IsExported() {
					hidden = true
					continue
				}
				visit(f.Type)
			}
			if hidden {
				m, ok := t0.MethodByName("Equal")
				assert.True(t, ok && m.Type.NumIn() == 2 && m.Type.In(1) == t0 && m.Type.NumOut() == 1 && m.Type.Out(0).Kind() == reflect.Bool,
					"%s has unexported fields, so it has Equal(%s) bool for go-cmp", t0, t0.Name())
			}
		}
	}
	for _, r := range roots {
		visit(reflect.TypeOf(r))
		zero := reflect.New(reflect.TypeOf(r).Elem()).Interface()
		assert.Empty(t, diff(t, reflect.TypeOf(r).String()+" zero values", r, zero), "cmp.Diff of two zero %s", reflect.TypeOf(r).Elem())
		full, full2 := reflect.New(reflect.TypeOf(r).Elem()).Interface(), reflect.New(reflect.TypeOf(r).Elem()).Interface()
		fillAll(full)
		fillAll(full2)
		assert.Empty(t, diff(t, reflect.TypeOf(r).String()+" filled values", full, full2), "cmp.Diff of two filled %s", reflect.TypeOf(r).Elem())
		mutateAll(full2)
		assert.NotEmpty(t, diff(t, reflect.TypeOf(r).String()+" changed values", full, full2), "cmp.Diff of a changed %s", reflect.TypeOf(r).Elem())
	}
}
