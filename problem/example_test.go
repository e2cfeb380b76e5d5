package problem_test

import (
	"errors"
	"fmt"

	"github.com/careerkit/careerkit/problem"
)

// Collect every problem of a value, then return them as one error that
// errors.Is matches against each sentinel.
func ExampleErrors() {
	var errs problem.Errors
	errs.Add(problem.Path("roles", 10, "title"), "required", "must be given")
	errs.AddErr(problem.ErrUnknownCompetency, problem.Path("roles", 2, "requirements", 0, "competency"), "exists", "names no competency of the catalog")
	err := errs.Err("careerkit: invalid Framework")

	var ve *problem.ValidationError
	if errors.As(err, &ve) {
		for _, fe := range ve.Errors { // sorted by path, indexes as numbers
			fmt.Println(fe)
		}
	}
	fmt.Println(errors.Is(err, problem.ErrInvalid), errors.Is(err, problem.ErrUnknownCompetency))
	// Output:
	// roles[2].requirements[0].competency: names no competency of the catalog (exists)
	// roles[10].title: must be given (required)
	// true true
}

func ExampleDidYouMean() {
	fmt.Printf("unknown key %q%s\n", "requirments", problem.DidYouMean("requirments", []string{"requirements", "responsibilities"}))
	// Output:
	// unknown key "requirments" (did you mean "requirements"?)
}
