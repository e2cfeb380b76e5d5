package validate

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/careerkit/careerkit/problem"
)

// SlugPattern is the pattern every careerkit ID matches.
const SlugPattern = `^[a-z0-9]+([._-][a-z0-9]+)*$`

// MaxSlugLen is the longest ID, in bytes.
const MaxSlugLen = 64

// IsSlug reports whether s is a valid careerkit ID: SlugPattern, in at
// most MaxSlugLen bytes. It is a loop over the bytes rather than the
// regular expression, which costs ten times more and runs on every ID a
// population reads.
func IsSlug(s string) bool {
	if len(s) == 0 || len(s) > MaxSlugLen {
		return false
	}
	sep := true // at the start, as after a separator, a letter or digit must come
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			sep = false
		case c == '.' || c == '_' || c == '-':
			if sep {
				return false
			}
			sep = true
		default:
			return false
		}
	}
	return !sep
}

// Slugify derives an ID from a name: lower case ASCII letters and digits,
// every run of other characters one hyphen, no hyphen at either end, cut to
// MaxSlugLen bytes. It returns "" when s has no letter or digit.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	out := b.String()
	if len(out) > MaxSlugLen {
		out = strings.TrimRight(out[:MaxSlugLen], "-")
	}
	return out
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
	// unit names what a length counts: items of a list, characters of a text.
	unit := "character"
	if isList {
		unit = "item"
	}
	switch fe.Tag() {
	case "required":
		return "is required"
	case "slug":
		return fmt.Sprintf("%s is not an ID: use lowercase letters and digits separated by '.', '_' or '-', at most %d characters", quote(fe.Value()), MaxSlugLen)
	case "finite":
		return "must be a finite number"
	case "oneof":
		return fmt.Sprintf("%s is not one of: %s", quote(fe.Value()), strings.Join(strings.Fields(p), ", "))
	case "unique":
		return "must not contain duplicates"
	case "datetime":
		noun, form := layoutText(p)
		return fmt.Sprintf("%s is not a %s: write the %s as %s", quote(fe.Value()), noun, noun, form)
	case "min", "gte":
		switch {
		case isNum:
			return "must be at least " + p
		case p == "1" && isList:
			return "must have at least 1 item"
		case p == "1":
			return "must not be empty"
		case isList:
			return "must have at least " + count(p, unit)
		}
		return fmt.Sprintf("must be at least %s long", count(p, unit))
	case "max", "lte":
		switch {
		case isNum:
			return "must be at most " + p
		case isList:
			return "must have at most " + count(p, unit)
		}
		return fmt.Sprintf("must be at most %s long", count(p, unit))
	case "gt":
		switch {
		case isNum:
			return "must be greater than " + p
		case isList:
			return "must have more than " + count(p, unit)
		}
		return fmt.Sprintf("must be longer than %s", count(p, unit))
	case "lt":
		switch {
		case isNum:
			return "must be less than " + p
		case isList:
			return "must have fewer than " + count(p, unit)
		}
		return fmt.Sprintf("must be shorter than %s", count(p, unit))
	case "url", "uri", "http_url":
		return "must be a web address, such as https://example.com/page"
	case "email":
		return "must be an email address, such as name@example.com"
	case "printascii":
		return "must use only letters, digits, punctuation and spaces from the ASCII character set"
	}
	return "is not valid"
}

// count writes n (a number as text) with unit, in the plural unless n is 1.
func count(n, unit string) string {
	if n == "1" {
		return "1 " + unit
	}
	return n + " " + unit + "s"
}

// layoutText turns a Go time layout into words: what it holds ("date",
// "time" or "date and time") and how it is written, such as "YYYY-MM-DD".
func layoutText(layout string) (noun, form string) {
	form = strings.NewReplacer(
		"2006", "YYYY", "01", "MM", "02", "DD",
		"15", "hh", "04", "mm", "05", "ss",
		"Z07:00", "±hh:mm (or Z)", "-07:00", "±hh:mm",
		".000", ".sss",
	).Replace(layout)
	date := strings.Contains(layout, "2006") || strings.Contains(layout, "02")
	clock := strings.Contains(layout, "15") || strings.Contains(layout, "04")
	switch {
	case date && clock:
		return "date and time", form
	case clock:
		return "time", form
	}
	return "date", form
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
