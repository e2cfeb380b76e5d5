package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/salary"
)

// Level says how much Google asks of a property.
type Level string

// Levels.
const (
	// Required properties must be present and valid for a job posting to
	// be eligible for Google's job search experience.
	Required Level = "required"
	// Recommended properties improve the posting when present.
	Recommended Level = "recommended"
)

// Severity is how bad a finding is.
type Severity string

// Severities.
const (
	// Error is a required property missing or invalid, or any property
	// with a value Google's rules refuse.
	Error Severity = "error"
	// Warning is a recommended property missing or of the wrong type.
	Warning Severity = "warning"
)

// GoogleJobPosting is the page of Google's documentation of job posting
// structured data, the source of Rules.
const GoogleJobPosting = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"

// Rule is one of Google's rules for a JobPosting's properties.
type Rule struct {
	// ID names the rule, such as "required-title".
	ID string
	// Property is the dotted path of the property the rule is about, from
	// the JobPosting, such as "hiringOrganization.name".
	Property string
	// Level is required or recommended.
	Level Level
	// Source is the page the rule comes from.
	Source string
	// Text says what the rule asks, in a sentence.
	Text string
	// check returns the finding's message and severity when the rule is
	// broken, or "".
	check func(jp map[string]any) (string, Severity)
}

// Finding is a rule broken by a JobPosting.
type Finding struct {
	// Rule is the ID of the rule broken.
	Rule string `json:"rule"`
	// Property is the dotted path of the property, such as "datePosted".
	Property string `json:"property"`
	// Severity is error or warning.
	Severity Severity `json:"severity"`
	// Message says what is wrong.
	Message string `json:"message"`
	// Source is the page the rule comes from.
	Source string `json:"source"`
}

// String returns the finding as "severity property: message (rule)".
func (f Finding) String() string {
	return fmt.Sprintf("%s %s: %s (%s)", f.Severity, f.Property, f.Message, f.Rule)
}

// present reports whether a value is given: not missing, null, "" or an
// empty list.
func present(v any, ok bool) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	}
	return ok
}

// lookup follows a dotted path through objects.
func lookup(jp map[string]any, path string) (any, bool) {
	var v any = jp
	for _, part := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[part]; !ok {
			return nil, false
		}
	}
	return v, true
}

// isDate reports whether v is an ISO 8601 date (YYYY-MM-DD) or date and
// time (RFC 3339), as Google reads datePosted and validThrough.
func isDate(v any) bool {
	s, ok := v.(string)
	if !ok {
		return false
	}
	if _, err := civil.ParseDate(s); err == nil {
		return true
	}
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

func isString(v any) bool { _, ok := v.(string); return ok }

func isObject(v any) bool { _, ok := v.(map[string]any); return ok }

// need is a rule that a property is present and, when valid is given,
// valid: a missing required property or an invalid one is an error, a
// missing recommended one or one of the wrong type a warning.
func need(level Level, path, what string, valid func(any) bool) func(map[string]any) (string, Severity) {
	sev := Error
	if level == Recommended {
		sev = Warning
	}
	return func(jp map[string]any) (string, Severity) {
		v, ok := lookup(jp, path)
		if !present(v, ok) {
			return level.missing(path), sev
		}
		if valid != nil && !valid(v) {
			return fmt.Sprintf("%s is not %s", path, what), sev
		}
		return "", ""
	}
}

func (l Level) missing(path string) string {
	return fmt.Sprintf("the %s property %s is missing", l, path)
}

// telecommute reports whether the posting is for fully remote work.
func telecommute(jp map[string]any) bool { return jp["jobLocationType"] == "TELECOMMUTE" }

// Google's unitText values and employment types.
var (
	unitTexts       = []string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
	employmentTypes = []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
)

// Rules returns Google's rules for a JobPosting, in a new slice: the
// required properties (title, description, datePosted, hiringOrganization
// with its name, jobLocation unless the job is fully remote, with an
// addressCountry, and applicantLocationRequirements for a fully remote
// job), the recommended ones (applicantLocationRequirements, baseSalary,
// directApply, employmentType, identifier, jobLocationType, validThrough),
// and the values Google accepts for baseSalary's unitText and currency and
// for employmentType.
func Rules() []Rule {
	src := GoogleJobPosting
	return []Rule{
		{ID: "required-title", Property: "title", Level: Required, Source: src,
			Text: "The title of the job, as text.", check: need(Required, "title", "text", isString)},
		{ID: "required-description", Property: "description", Level: Required, Source: src,
			Text: "The full description of the job, in HTML.", check: need(Required, "description", "text", isString)},
		{ID: "required-datePosted", Property: "datePosted", Level: Required, Source: src,
			Text: "The date the job was first posted, in ISO 8601.", check: need(Required, "datePosted", "an ISO 8601 date", isDate)},
		{ID: "required-hiringOrganization", Property: "hiringOrganization", Level: Required, Source: src,
			Text: "The organisation offering the job, as an Organization.", check: need(Required, "hiringOrganization", "", nil)},
		{ID: "required-hiringOrganization-name", Property: "hiringOrganization.name", Level: Required, Source: src,
			Text: "The hiring organisation has a name.", check: func(jp map[string]any) (string, Severity) {
				if !isObject(jp["hiringOrganization"]) {
					return "", ""
				}
				return need(Required, "hiringOrganization.name", "", nil)(jp)
			}},
		{ID: "required-jobLocation", Property: "jobLocation", Level: Required, Source: src,
			Text: "The places the employee reports to for work, unless the job is fully remote (jobLocationType TELECOMMUTE) or names where applicants may live.",
			check: func(jp map[string]any) (string, Severity) {
				if v, ok := jp["applicantLocationRequirements"]; telecommute(jp) || present(v, ok) {
					return "", ""
				}
				return need(Required, "jobLocation", "", nil)(jp)
			}},
		{ID: "required-jobLocation-addressCountry", Property: "jobLocation.address.addressCountry", Level: Required, Source: src,
			Text: "Every job location's address names its country.", check: func(jp map[string]any) (string, Severity) {
				loc, ok := jp["jobLocation"]
				if !present(loc, ok) {
					return "", ""
				}
				places, isList := loc.([]any)
				if !isList {
					places = []any{loc}
				}
				for i, p := range places {
					m, _ := p.(map[string]any)
					if v, ok := lookup(m, "address.addressCountry"); !present(v, ok) {
						if isList {
							return fmt.Sprintf("job location %d has no address.addressCountry", i), Error
						}
						return Required.missing("jobLocation.address.addressCountry"), Error
					}
				}
				return "", ""
			}},
		{ID: "required-remote-applicantLocationRequirements", Property: "applicantLocationRequirements", Level: Required, Source: src,
			Text: "A fully remote job (jobLocationType TELECOMMUTE) names the places applicants may live in.",
			check: func(jp map[string]any) (string, Severity) {
				if !telecommute(jp) {
					return "", ""
				}
				if v, ok := jp["applicantLocationRequirements"]; !present(v, ok) {
					return "a fully remote job (jobLocationType TELECOMMUTE) has no applicantLocationRequirements", Error
				}
				return "", ""
			}},
		{ID: "recommended-applicantLocationRequirements", Property: "applicantLocationRequirements", Level: Recommended, Source: src,
			Text: "The places applicants may live in.", check: need(Recommended, "applicantLocationRequirements", "", nil)},
		{ID: "recommended-baseSalary", Property: "baseSalary", Level: Recommended, Source: src,
			Text: "The pay the employer offers, as a MonetaryAmount.", check: need(Recommended, "baseSalary", "", nil)},
		{ID: "baseSalary-unitText", Property: "baseSalary.value.unitText", Level: Recommended, Source: src,
			Text: "A base salary's unitText is HOUR, DAY, WEEK, MONTH or YEAR.", check: func(jp map[string]any) (string, Severity) {
				v, ok := lookup(jp, "baseSalary.value.unitText")
				if !ok {
					return "", ""
				}
				if s, _ := v.(string); !slices.Contains(unitTexts, s) {
					return fmt.Sprintf("baseSalary.value.unitText %s is not one of %s", show(v), strings.Join(unitTexts, ", ")), Error
				}
				return "", ""
			}},
		{ID: "baseSalary-currency", Property: "baseSalary.currency", Level: Recommended, Source: src,
			Text: "A base salary's currency is an ISO 4217 code.", check: func(jp map[string]any) (string, Severity) {
				if !isObject(jp["baseSalary"]) {
					return "", ""
				}
				v, _ := lookup(jp, "baseSalary.currency")
				if s, _ := v.(string); !salary.Currency(s).IsValid() {
					return fmt.Sprintf("baseSalary.currency %s is not an ISO 4217 currency code", show(v)), Error
				}
				return "", ""
			}},
		{ID: "recommended-directApply", Property: "directApply", Level: Recommended, Source: src,
			Text: "Whether applicants apply on the posting's page itself.", check: need(Recommended, "directApply", "", nil)},
		{ID: "recommended-employmentType", Property: "employmentType", Level: Recommended, Source: src,
			Text: "The types of employment.", check: need(Recommended, "employmentType", "", nil)},
		{ID: "employmentType-value", Property: "employmentType", Level: Recommended, Source: src,
			Text: "Each employment type is one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER.",
			check: func(jp map[string]any) (string, Severity) {
				v, ok := jp["employmentType"]
				if !present(v, ok) {
					return "", ""
				}
				list, isList := v.([]any)
				if !isList {
					list = []any{v}
				}
				for _, t := range list {
					if s, _ := t.(string); !slices.Contains(employmentTypes, s) {
						return fmt.Sprintf("employmentType %s is not one of %s", show(t), strings.Join(employmentTypes, ", ")), Error
					}
				}
				return "", ""
			}},
		{ID: "recommended-identifier", Property: "identifier", Level: Recommended, Source: src,
			Text: "The hiring organisation's identifier of the job, as a PropertyValue.", check: need(Recommended, "identifier", "", nil)},
		{ID: "recommended-jobLocationType", Property: "jobLocationType", Level: Recommended, Source: src,
			Text: "TELECOMMUTE for a fully remote job.", check: need(Recommended, "jobLocationType", "text", isString)},
		{ID: "recommended-validThrough", Property: "validThrough", Level: Recommended, Source: src,
			Text: "The date after which the posting expires, in ISO 8601.", check: need(Recommended, "validThrough", "an ISO 8601 date", isDate)},
	}
}

// show writes a JSON value for a message.
func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// Lint checks a JobPosting, given as JSON-LD, against Rules and returns the
// rules it breaks, in the order of Rules. Input that is not a JSON object
// whose @type is JobPosting is one finding with the rule "jobposting".
func Lint(jsonld []byte) []Finding {
	dec := json.NewDecoder(bytes.NewReader(jsonld))
	dec.UseNumber()
	var jp map[string]any
	if err := dec.Decode(&jp); err != nil || jp == nil {
		msg := "the JSON-LD is not a JSON object"
		if err != nil {
			msg += ": " + err.Error()
		}
		return []Finding{{Rule: "jobposting", Property: "@type", Severity: Error, Message: msg, Source: GoogleJobPosting}}
	}
	if t := jp["@type"]; t != "JobPosting" {
		return []Finding{{Rule: "jobposting", Property: "@type", Severity: Error, Message: fmt.Sprintf("@type is %s, not \"JobPosting\"", show(t)), Source: GoogleJobPosting}}
	}
	var out []Finding
	for _, r := range Rules() {
		if msg, sev := r.check(jp); msg != "" {
			out = append(out, Finding{Rule: r.ID, Property: r.Property, Severity: sev, Message: msg, Source: r.Source})
		}
	}
	return out
}
