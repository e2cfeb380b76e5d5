package validate

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/careerkit/careerkit/problem"
)

// SlugPattern is the pattern every careerkit ID matches.
const SlugPattern = `^[a-z0-9]+([._-][a-z0-9]+)*$`

// MaxSlugLen is the longest ID, in bytes.
const MaxSlugLen = 64

var slugRE = regexp.MustCompile(SlugPattern)

// IsSlug reports whether s is a valid careerkit ID.
func IsSlug(s string) bool {
	return len(s) <= MaxSlugLen && slugRE.MatchString(s)
}

// instance is the one validator, fully registered before first use.
var instance = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(JSONName)
	must(v.RegisterValidation("slug", func(fl validator.FieldLevel) bool {
		return fl.Field().Kind() == reflect.String && IsSlug(fl.Field().String())
	}))
	must(v.RegisterValidation("finite", func(fl validator.FieldLevel) bool {
		f := fl.Field()
		switch f.Kind() {
		case reflect.Float32, reflect.Float64:
			x := f.Float()
			return !math.IsNaN(x) && !math.IsInf(x, 0)
		}
		return true
	}))
	return v
})

func must(err error) {
	if err != nil {
		panic("validate: registering a tag: " + err.Error())
	}
}

// JSONName returns the JSON name of a struct field: the name in its json tag,
// or "" when the field is not encoded.
func JSONName(f reflect.StructField) string {
	tag, ok := f.Tag.Lookup("json")
	if !ok {
		return f.Name
	}
	if tag == "-" {
		return "" // `json:"-,"` names a field "-", as in encoding/json
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

// Struct checks the validate tags of s (a struct or pointer to one) and
// returns one problem.FieldError per broken rule, with JSON paths relative to s.
func Struct(s any) []problem.FieldError {
	err := instance().Struct(s)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return []problem.FieldError{{Rule: "invalid", Message: err.Error()}}
	}
	// The validator starts every namespace with the name of the struct type
	// ("Catalog.competencies[3].id"), or with nothing for an anonymous struct
	// type. Drop exactly that name: the type name of a generic type holds dots
	// and brackets of its own, and the first field of an anonymous struct is
	// part of the path.
	top := ""
	if t := reflect.TypeOf(s); t != nil {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		top = t.Name()
	}
	out := make([]problem.FieldError, 0, len(verrs))
	for _, fe := range verrs {
		ns := fe.Namespace()
		if top != "" {
			if ns == top {
				ns = ""
			} else {
				ns = strings.TrimPrefix(ns, top+".")
			}
		}
		out = append(out, problem.FieldError{Path: ns, Rule: fe.Tag(), Message: message(fe)})
	}
	return out
}

// message renders a validator error in plain English, without echoing free text.
func message(fe validator.FieldError) string {
	kind := fe.Kind()
	isNum := kind >= reflect.Int && kind <= reflect.Float64
	isList := kind == reflect.Slice || kind == reflect.Array || kind == reflect.Map
	p := fe.Param()
	switch fe.Tag() {
	case "required":
		return "is required"
	case "slug":
		return fmt.Sprintf("%s is not an ID: use lowercase letters and digits separated by '.', '_' or '-', at most %d bytes", quote(fe.Value()), MaxSlugLen)
	case "finite":
		return "must be a finite number"
	case "oneof":
		return fmt.Sprintf("%s is not one of: %s", quote(fe.Value()), strings.Join(strings.Fields(p), ", "))
	case "unique":
		return "must not contain duplicates"
	case "datetime":
		return fmt.Sprintf("must be a date or time in the layout %q", p)
	case "min", "gte":
		switch {
		case isNum:
			return "must be at least " + p
		case isList:
			return fmt.Sprintf("must have at least %s item(s)", p)
		}
		return fmt.Sprintf("must be at least %s character(s) long", p)
	case "max", "lte":
		switch {
		case isNum:
			return "must be at most " + p
		case isList:
			return fmt.Sprintf("must have at most %s item(s)", p)
		}
		return fmt.Sprintf("must be at most %s character(s) long", p)
	case "gt":
		if isNum {
			return "must be greater than " + p
		}
		return "must be longer than " + p
	case "lt":
		if isNum {
			return "must be less than " + p
		}
		return "must be shorter than " + p
	case "url", "uri", "http_url":
		return "must be a URL"
	case "printascii":
		return "must be printable ASCII"
	}
	return fmt.Sprintf("breaks the %q rule", fe.Tag())
}

// quote renders a short value for a message, cut to 64 bytes.
func quote(v any) string {
	s := fmt.Sprint(v)
	if len(s) > 64 {
		s = s[:61] + "..."
	}
	return fmt.Sprintf("%q", s)
}

// WritesNull reports whether encoding/json writes null for the zero value of
// a field: a nil list, map, pointer or interface without omitempty. Strict
// decoding accepts null exactly for such fields, and the JSON Schemas say
// the same.
func WritesNull(f reflect.StructField) bool {
	_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
	for o := range strings.SplitSeq(opts, ",") {
		if o == "omitempty" || o == "omitzero" {
			return false
		}
	}
	switch f.Type.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	}
	return false
}
