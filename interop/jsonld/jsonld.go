package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Context is the @context of every document this package writes.
const Context = "https://schema.org/"

// ONetScheme is the scheme of role.Code whose code becomes
// occupationalCategory.
const ONetScheme = "onet-soc"

// The shapes below are the schema.org types written, with their keys in the
// order they are written.

type jobPosting struct {
	Context                       string            `json:"@context"`
	Type                          string            `json:"@type"`
	Title                         string            `json:"title"`
	Description                   string            `json:"description"`
	Identifier                    *propertyValue    `json:"identifier,omitempty"`
	DatePosted                    string            `json:"datePosted"`
	ValidThrough                  string            `json:"validThrough,omitempty"`
	HiringOrganization            organization      `json:"hiringOrganization"`
	JobLocation                   any               `json:"jobLocation,omitempty"`
	JobLocationType               string            `json:"jobLocationType,omitempty"`
	ApplicantLocationRequirements []administrative  `json:"applicantLocationRequirements,omitempty"`
	EmploymentType                []string          `json:"employmentType,omitempty"`
	DirectApply                   bool              `json:"directApply"`
	BaseSalary                    *monetaryAmount   `json:"baseSalary,omitempty"`
	EducationRequirements         []credential      `json:"educationRequirements,omitempty"`
	ExperienceRequirements        *experienceNeeded `json:"experienceRequirements,omitempty"`
	ExperienceInPlaceOfEducation  *bool             `json:"experienceInPlaceOfEducation,omitempty"`
	OccupationalCategory          string            `json:"occupationalCategory,omitempty"`
	Skills                        []string          `json:"skills,omitempty"`
	JobBenefits                   []string          `json:"jobBenefits,omitempty"`
}

type propertyValue struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

type organization struct {
	Type   string   `json:"@type"`
	Name   string   `json:"name"`
	URL    string   `json:"url,omitempty"`
	SameAs []string `json:"sameAs,omitempty"`
	Logo   string   `json:"logo,omitempty"`
}

type place struct {
	Type    string        `json:"@type"`
	Address postalAddress `json:"address"`
}

type postalAddress struct {
	Type            string `json:"@type"`
	StreetAddress   string `json:"streetAddress,omitempty"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressRegion   string `json:"addressRegion,omitempty"`
	PostalCode      string `json:"postalCode,omitempty"`
	AddressCountry  string `json:"addressCountry"`
}

type administrative struct {
	Type             string          `json:"@type"`
	Name             string          `json:"name"`
	ContainedInPlace *administrative `json:"containedInPlace,omitempty"`
}

type monetaryAmount struct {
	Type     string            `json:"@type"`
	Currency string            `json:"currency"`
	Value    quantitativeValue `json:"value"`
}

type quantitativeValue struct {
	Type     string        `json:"@type"`
	MinValue salary.Amount `json:"minValue"`
	MaxValue salary.Amount `json:"maxValue"`
	UnitText string        `json:"unitText"`
}

type credential struct {
	Type               string `json:"@type"`
	CredentialCategory string `json:"credentialCategory"`
}

type experienceNeeded struct {
	Type               string      `json:"@type"`
	MonthsOfExperience json.Number `json:"monthsOfExperience"`
}

type occupation struct {
	Context              string         `json:"@context"`
	Type                 string         `json:"@type"`
	Name                 string         `json:"name"`
	Description          string         `json:"description,omitempty"`
	OccupationalCategory string         `json:"occupationalCategory,omitempty"`
	EstimatedSalary      []distribution `json:"estimatedSalary"`
}

type distribution struct {
	Type         string         `json:"@type"`
	Name         string         `json:"name"`
	Currency     string         `json:"currency"`
	Duration     string         `json:"duration"`
	Percentile10 *salary.Amount `json:"percentile10,omitempty"`
	Percentile25 *salary.Amount `json:"percentile25,omitempty"`
	Median       *salary.Amount `json:"median,omitempty"`
	Percentile75 *salary.Amount `json:"percentile75,omitempty"`
	Percentile90 *salary.Amount `json:"percentile90,omitempty"`
}

// JobPosting returns the schema.org JobPosting of role r published as p,
// as JSON-LD indented by two spaces with a final newline. The catalog gives
// the names of the competencies the role requires, which become its skills.
//
// The pay is p's BaseSalary, or else r's band; with neither, baseSalary is
// left out. A remote posting has jobLocationType TELECOMMUTE and its
// applicant locations; a posting's job locations are written as Places
// (one as an object, several as a list). The education requirements are the
// credentials that meet the role's minimum, each with Google's
// credentialCategory; the experience requirement is the largest minimum of
// the role's required experience, in months. It is an error when p is
// invalid, p is not a posting of r, or r requires a competency cat lacks.
func JobPosting(r role.Role, p posting.Posting, cat competency.Catalog) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("jsonld: job posting %q: %w", p.ID, err)
	}
	if p.Role != r.ID {
		return nil, fmt.Errorf("jsonld: job posting %q: it posts role %q, not %q", p.ID, p.Role, r.ID)
	}
	skills, err := skillNames(r, cat)
	if err != nil {
		return nil, fmt.Errorf("jsonld: job posting %q: %w", p.ID, err)
	}
	jp := jobPosting{
		Context:              Context,
		Type:                 "JobPosting",
		Title:                r.Title,
		Description:          description(r, p, skills),
		DatePosted:           p.DatePosted.String(),
		HiringOrganization:   hiringOrganization(p.HiringOrganization),
		DirectApply:          p.DirectApply,
		OccupationalCategory: onetCode(r),
		Skills:               skills.required,
		JobBenefits:          p.Benefits,
	}
	if !p.ValidThrough.IsZero() {
		jp.ValidThrough = p.ValidThrough.String()
	}
	if id := p.Identifier; id != nil {
		jp.Identifier = &propertyValue{Type: "PropertyValue", Name: id.Name, Value: id.Value}
	}
	jp.JobLocation = places(p.JobLocations)
	if p.Remote == posting.Remote {
		jp.JobLocationType = "TELECOMMUTE"
	}
	for _, a := range p.ApplicantLocationRequirements {
		jp.ApplicantLocationRequirements = append(jp.ApplicantLocationRequirements, applicantArea(a))
	}
	for _, t := range p.EmploymentTypes {
		jp.EmploymentType = append(jp.EmploymentType, string(t))
	}
	band := p.BaseSalary
	if band == nil {
		band = r.Pay
	}
	if band != nil {
		jp.BaseSalary = &monetaryAmount{Type: "MonetaryAmount", Currency: string(band.Currency), Value: quantitativeValue{
			Type: "QuantitativeValue", MinValue: band.Min, MaxValue: band.Max, UnitText: UnitText(band.Period),
		}}
	}
	for _, c := range r.Education.Accepted() {
		if cat := CredentialCategory(c); cat != "" {
			jp.EducationRequirements = append(jp.EducationRequirements, credential{Type: "EducationalOccupationalCredential", CredentialCategory: cat})
		}
	}
	if months, ok := monthsOfExperience(r); ok {
		jp.ExperienceRequirements = &experienceNeeded{Type: "OccupationalExperienceRequirements", MonthsOfExperience: months}
	}
	if len(jp.EducationRequirements) > 0 || jp.ExperienceRequirements != nil {
		in := r.Education.EquivalentExperience
		jp.ExperienceInPlaceOfEducation = &in
	}
	return marshal(jp)
}

// Occupation returns the schema.org Occupation of role r with market pay
// d as its estimatedSalary, a MonetaryAmountDistribution of the percentiles
// d gives, as JSON-LD indented by two spaces with a final newline. It is an
// error when d is invalid (Distribution.Validate asks for at least one
// percentile).
func Occupation(r role.Role, d salary.Distribution) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("jsonld: occupation %q: %w", r.ID, err)
	}
	o := occupation{
		Context:              Context,
		Type:                 "Occupation",
		Name:                 r.Title,
		Description:          r.Summary,
		OccupationalCategory: onetCode(r),
		EstimatedSalary: []distribution{{
			Type: "MonetaryAmountDistribution", Name: "base", Currency: string(d.Currency), Duration: Duration(d.Period),
			Percentile10: d.P10, Percentile25: d.P25, Median: d.P50, Percentile75: d.P75, Percentile90: d.P90,
		}},
	}
	return marshal(o)
}

// UnitText returns the schema.org unitText of a period of pay: HOUR, DAY,
// WEEK, MONTH or YEAR.
func UnitText(p salary.Period) string { return strings.ToUpper(string(p)) }

// Duration returns the ISO 8601 duration of a period of pay, as
// MonetaryAmountDistribution's duration: PT1H, P1D, P1W, P1M or P1Y.
func Duration(p salary.Period) string {
	switch p {
	case salary.Hour:
		return "PT1H"
	case salary.Day:
		return "P1D"
	case salary.Week:
		return "P1W"
	case salary.Month:
		return "P1M"
	}
	return "P1Y"
}

// CredentialCategory returns Google's credentialCategory for a credential:
// "high school", "associate degree", "bachelor degree", "postgraduate
// degree" (a master's or a doctorate) or "professional certificate"; ""
// for no degree.
func CredentialCategory(c role.Credential) string {
	switch c.EffectiveKind() {
	case role.Certification:
		return "professional certificate"
	case role.School:
		return "high school"
	}
	switch c.Level {
	case role.HighSchool:
		return "high school"
	case role.Associate:
		return "associate degree"
	case role.Bachelor:
		return "bachelor degree"
	case role.Master, role.Doctorate:
		return "postgraduate degree"
	}
	return ""
}

// monthsOfExperience returns the largest minimum of the role's required
// experience, in months.
func monthsOfExperience(r role.Role) (json.Number, bool) {
	most := 0.0
	for _, e := range r.Experience {
		if !e.Preferred && e.MinYears > most {
			most = e.MinYears
		}
	}
	if most == 0 {
		return "", false
	}
	return json.Number(strconv.FormatFloat(most*12, 'f', -1, 64)), true
}

// onetCode returns the role's first O*NET-SOC code, or "".
func onetCode(r role.Role) string {
	for _, c := range r.Codes {
		if c.Scheme == ONetScheme {
			return c.Code
		}
	}
	return ""
}

func hiringOrganization(o posting.Organization) organization {
	return organization{Type: "Organization", Name: o.Name, URL: o.URL, SameAs: o.SameAs, Logo: o.Logo}
}

// places returns the job locations as one Place, a list of them, or nil.
func places(as []posting.Address) any {
	out := make([]place, len(as))
	for i, a := range as {
		out[i] = place{Type: "Place", Address: postalAddress{
			Type: "PostalAddress", StreetAddress: a.StreetAddress, AddressLocality: a.AddressLocality,
			AddressRegion: a.AddressRegion, PostalCode: a.PostalCode, AddressCountry: string(a.AddressCountry),
		}}
	}
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return out
}

func applicantArea(a posting.ApplicantLocation) administrative {
	country := administrative{Type: "Country", Name: string(a.Country)}
	if a.Region == "" {
		return country
	}
	return administrative{Type: "State", Name: a.Region, ContainedInPlace: &country}
}

// skills are the names of the competencies a role requires and prefers.
type skills struct {
	required, preferred []string
}

// skillNames looks up the names of the role's competencies in cat.
func skillNames(r role.Role, cat competency.Catalog) (skills, error) {
	names := make(map[competency.ID]string, len(cat.Competencies))
	for _, c := range cat.Competencies {
		names[c.ID] = c.Name
	}
	var s skills
	for _, q := range r.Requirements {
		name, ok := names[q.Competency]
		if !ok {
			return skills{}, fmt.Errorf("role %q requires competency %q, which the catalog does not define", r.ID, q.Competency)
		}
		if q.Importance == competency.Preferred {
			s.preferred = append(s.preferred, name)
		} else {
			s.required = append(s.required, name)
		}
	}
	return s, nil
}

// marshal writes v as indented JSON. The characters <, > and & in strings
// are written as \u escapes (encoding/json's default), so that the output
// can stand inside an HTML script element: no "</script>" in a role's text
// can end it.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	return b.Bytes(), nil
}
