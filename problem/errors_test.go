package problem_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit/problem"
)

func TestPath(t *testing.T) {
	cases := []struct {
		name  string
		parts []any
		want  string
	}{
		{"none", nil, ""},
		{"field", []any{"roles"}, "roles"},
		{"field index field", []any{"roles", 3, "level"}, "roles[3].level"},
		{"nested indexes", []any{"competencies", 3, "parents", 0}, "competencies[3].parents[0]"},
		{"index first", []any{"", 2}, "[2]"},
		{"index then field", []any{2, "level"}, "[2].level"},
		{"indexes only", []any{0, 1}, "[0][1]"},
		{"empty parts skipped", []any{"a", "", "b"}, "a.b"},
		{"bracketed part joins without dot", []any{"a", "[1]"}, "a[1]"},
		{"dotted part kept whole", []any{"a", "b.c"}, "a.b.c"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, problem.Path(c.parts...), "Path(%#v)", c.parts)
		})
	}
}

func TestPathPanicsOnOtherTypes(t *testing.T) {
	assert.PanicsWithValue(t, "problem.Path: part of type float64", func() { problem.Path("a", 1.5) },
		`Path("a", 1.5) panics naming the type`)
}

func TestJoinPath(t *testing.T) {
	cases := []struct{ prefix, rel, want string }{
		{"", "", ""},
		{"", "level", "level"},
		{"roles", "", "roles"},
		{"roles[3]", "level", "roles[3].level"},
		{"competencies", "[3].id", "competencies[3].id"},
		{"[2]", "level", "[2].level"},
		{"", "[2].level", "[2].level"},
		{"a", "[0][1]", "a[0][1]"},
	}
	for _, c := range cases {
		t.Run(c.prefix+"+"+c.rel, func(t *testing.T) {
			assert.Equal(t, c.want, problem.JoinPath(c.prefix, c.rel), "JoinPath(%q, %q)", c.prefix, c.rel)
		})
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestComparePaths(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"a[2]", "a[10]", -1},
		{"a[10]", "a[2]", 1},
		{"a[2]", "a[2]", 0},
		{"", "", 0},
		{"", "a", -1},
		{"a", "a.b", -1},
		{"a", "a[0]", -1},
		{"a[9].z", "a[10].a", -1},
		{"competencies[3].parents[0]", "competencies[3].parents[1]", -1},
		{"competencies[3].parents[10]", "competencies[12].id", -1},
		{"competencies[1].id", "competencies[1].name", -1},
		{"a2", "a10", -1},
		{"abc", "abd", -1},
		// Numbers longer than int64 still compare by value.
		{"a[99999999999999999999]", "a[100000000000000000000]", -1},
		{"a[3000000000000000000]", "a[4]", 1},
		// Leading zeros: equal value, different spelling; never 0.
		{"a[01]", "a[1]", -1},
		{"a[1]", "a[01]", 1},
		{"a[01].x", "a[1].y", -1},
	}
	for _, c := range cases {
		t.Run(c.a+" vs "+c.b, func(t *testing.T) {
			assert.Equal(t, c.want, sign(problem.ComparePaths(c.a, c.b)), "ComparePaths(%q, %q)", c.a, c.b)
		})
	}
}

// TestComparePathsTotalOrder checks that ComparePaths is a total order on a
// mixed set of paths: antisymmetric, zero only for equal strings, and
// transitive (which sort routines rely on).
func TestComparePathsTotalOrder(t *testing.T) {
	paths := []string{
		"", "a", "a.b", "a[0]", "a[00]", "a[1]", "a[01]", "a[2]", "a[10]", "a[10].b", "a[9].z",
		"a2", "a10", "a02", "b", "[0]", "[10]", "[9].level",
		"a[3000000000000000000]", "a[4]", "a[200000000000000000]", "a[99999999999999999999]",
		"x0", "x-", "x/", "x:", "x9a", "x10",
	}
	for _, a := range paths {
		for _, b := range paths {
			ab, ba := sign(problem.ComparePaths(a, b)), sign(problem.ComparePaths(b, a))
			assert.Equal(t, -ab, ba, "ComparePaths(%q, %q) and ComparePaths(%q, %q) are opposite", a, b, b, a)
			assert.Equal(t, a == b, ab == 0, "ComparePaths(%q, %q) is 0 only for equal paths", a, b)
			for _, c := range paths {
				bc, ac := problem.ComparePaths(b, c), problem.ComparePaths(a, c)
				if ab < 0 && bc < 0 {
					assert.Negative(t, ac, "ComparePaths is transitive: %q < %q < %q", a, b, c)
				}
			}
		}
	}
}

func TestSort(t *testing.T) {
	list := []problem.FieldError{
		{Path: "a[10]", Rule: "required", Message: "m"},
		{Path: "a[2]", Rule: "slug", Message: "z"},
		{Path: "a[2]", Rule: "slug", Message: "b"},
		{Path: "a[2]", Rule: "max", Message: "m"},
		{Path: "", Rule: "unique", Message: "m"},
	}
	problem.Sort(list)
	var got []string
	for _, fe := range list {
		got = append(got, fe.Path+"|"+fe.Rule+"|"+fe.Message)
	}
	assert.Equal(t, []string{"|unique|m", "a[2]|max|m", "a[2]|slug|b", "a[2]|slug|z", "a[10]|required|m"}, got,
		"Sort orders by path (numeric indexes), rule, then message")
}

func TestErrorsEmpty(t *testing.T) {
	var errs problem.Errors
	assert.Equal(t, 0, errs.Len(), "Len of the zero Errors")
	assert.NoError(t, errs.Err("subject"), "Err of the zero Errors")
	errs.Merge("prefix", nil)
	assert.NoError(t, errs.Err("subject"), "Err after Merge(prefix, nil)")
}

func TestErrorsErrSortsAndDeduplicates(t *testing.T) {
	var errs problem.Errors
	errs.Add("competencies[10].id", "slug", "bad %s", "id")
	errs.AddErr(problem.ErrDuplicate, "competencies[2].id", "unique", "ID %q repeats", "go")
	errs.Add("competencies[2].id", "slug", "bad %s", "id")
	errs.AddErr(problem.ErrDuplicate, "competencies[2].id", "unique", "ID %q repeats", "go") // exact repeat
	errs.Add("competencies[2].id", "slug", "other message")                                  // same path and rule, other message
	errs.Append(problem.FieldError{Path: "defaultScale", Rule: "exists", Message: "unknown", Err: problem.ErrUnknownScale})
	require.Equal(t, 6, errs.Len(), "Len counts every Add, AddErr and Append, repeats included")

	err := errs.Err("competency: invalid Catalog")
	var ve *problem.ValidationError
	require.ErrorAs(t, err, &ve, "Err returns a *ValidationError")
	assert.Equal(t, "competency: invalid Catalog", ve.Subject, "Subject")
	var got []string
	for _, fe := range ve.Errors {
		got = append(got, fe.Path+"|"+fe.Rule+"|"+fe.Message)
	}
	assert.Equal(t, []string{
		"competencies[2].id|slug|bad id",
		"competencies[2].id|slug|other message",
		"competencies[2].id|unique|ID \"go\" repeats",
		"competencies[10].id|slug|bad id",
		"defaultScale|exists|unknown",
	}, got, "Err sorts by path, rule and message and drops exact repeats")
	assert.Equal(t, 6, errs.Len(), "Err leaves the recorded problems alone")
	assert.Equal(t, err, errs.Err("competency: invalid Catalog"), "Err is repeatable")
}

func TestErrorsMerge(t *testing.T) {
	var inner problem.Errors
	inner.AddErr(problem.ErrUnknownCompetency, "[2].competency", "exists", "unknown")
	inner.Add("", "required", "is required")

	var errs problem.Errors
	errs.Merge("roles[1].requirements", inner.Err("inner"))
	errs.Merge("roles[0].pay", errors.New("boom"))
	errs.Merge("roles[5]", fmt.Errorf("wrapped: %w", inner.Err("inner")))

	var ve *problem.ValidationError
	require.ErrorAs(t, errs.Err("outer"), &ve, "Err after Merge")
	var got []string
	for _, fe := range ve.Errors {
		got = append(got, fe.Path+"|"+fe.Rule)
	}
	assert.Equal(t, []string{
		"roles[0].pay|invalid",
		"roles[1].requirements|required",
		"roles[1].requirements[2].competency|exists",
		"roles[5]|required",
		"roles[5][2].competency|exists",
	}, got, "Merge joins the prefix to each field error's path, and turns other errors into one problem")
	assert.ErrorIs(t, errs.Err("outer"), problem.ErrUnknownCompetency, "merged field errors keep their sentinel")
}

func TestValidationErrorText(t *testing.T) {
	cases := []struct {
		name string
		fes  []problem.FieldError
		want string
	}{
		{
			"one problem",
			[]problem.FieldError{{Path: "competencies[3].parents[0]", Rule: "exists", Message: `parent "x" is not a competency of the catalog`}},
			`competency: invalid Catalog: competencies[3].parents[0]: parent "x" is not a competency of the catalog (exists)`,
		},
		{
			"document as a whole",
			[]problem.FieldError{{Rule: "type", Message: "must be an object, not a list"}},
			`competency: invalid Catalog: must be an object, not a list (type)`,
		},
		{
			"several problems",
			[]problem.FieldError{
				{Path: "competencies[0].id", Rule: "required", Message: "is required"},
				{Path: "competencies[1].kind", Rule: "oneof", Message: `"x" is not one of: hard, soft, knowledge`},
			},
			`competency: invalid Catalog: 2 problems: competencies[0].id: is required (required); competencies[1].kind: "x" is not one of: hard, soft, knowledge (oneof)`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ve := &problem.ValidationError{Subject: "competency: invalid Catalog", Errors: c.fes}
			assert.Equal(t, c.want, ve.Error(), "(*ValidationError).Error() with %d field errors", len(c.fes))
		})
	}
}

func TestFieldErrorText(t *testing.T) {
	assert.Equal(t, "a[1].b: is required (required)", problem.FieldError{Path: "a[1].b", Rule: "required", Message: "is required"}.Error(),
		"FieldError.Error() with a path")
	assert.Equal(t, "empty document (syntax)", problem.FieldError{Rule: "syntax", Message: "empty document"}.Error(),
		"FieldError.Error() without a path")
}

func TestValidationErrorIs(t *testing.T) {
	var errs problem.Errors
	errs.AddErr(problem.ErrCycle, "competencies[0].parents[0]", "acyclic", "cycle")
	errs.AddErr(problem.ErrCycle, "competencies[1].parents[0]", "acyclic", "cycle")
	errs.AddErr(problem.ErrUnknownCompetency, "competencies[2].parents[0]", "exists", "unknown")
	errs.Add("competencies[3].id", "slug", "not an ID")
	err := errs.Err("competency: invalid Catalog")

	wrapped := fmt.Errorf("loading: %w", err)
	for name, e := range map[string]error{"bare": err, "wrapped": wrapped} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, e, problem.ErrInvalid, "ValidationError matches ErrInvalid")
			assert.ErrorIs(t, e, problem.ErrCycle, "ValidationError matches the sentinel of a field error")
			assert.ErrorIs(t, e, problem.ErrUnknownCompetency, "ValidationError matches every field error's sentinel")
			for _, other := range []error{problem.ErrSyntax, problem.ErrLimit, problem.ErrUnknownScale, problem.ErrDuplicate, problem.ErrOverflow} {
				assert.NotErrorIs(t, e, other, "ValidationError does not match %v, which none of its field errors has", other)
			}
			var ve *problem.ValidationError
			require.ErrorAs(t, e, &ve, "errors.As finds the *ValidationError")
			assert.Len(t, ve.Errors, 4, "every problem is kept")
		})
	}
	var ve *problem.ValidationError
	require.ErrorAs(t, err, &ve, "errors.As")
	unwrapped := ve.Unwrap()
	assert.Equal(t, []error{problem.ErrInvalid, problem.ErrCycle, problem.ErrUnknownCompetency}, unwrapped,
		"Unwrap lists ErrInvalid, then each distinct sentinel once")
	assert.False(t, slices.Contains(unwrapped, nil), "Unwrap holds no nil")
}
