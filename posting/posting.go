package posting

import (
	"net/url"
	"strings"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// ID identifies a posting: a slug such as "mse-2026-remote-us".
type ID string

// Posting is a role published as a job posting.
type Posting struct {
	// ID identifies the posting.
	ID ID `json:"id" validate:"required,slug"`
	// Role is the ID of the role posted.
	Role role.ID `json:"role" validate:"required,slug"`
	// DatePosted is the day the posting was first published, written
	// YYYY-MM-DD.
	DatePosted civil.Date `json:"datePosted" validate:"required"`
	// ValidThrough is the last day the posting runs, written YYYY-MM-DD;
	// not before DatePosted. The zero date means no end is published.
	ValidThrough civil.Date `json:"validThrough,omitzero"`
	// HiringOrganization is the organisation that hires.
	HiringOrganization Organization `json:"hiringOrganization"`
	// JobLocations are the addresses the work is done at; at least one
	// unless the work is remote.
	JobLocations []Address `json:"jobLocations,omitempty" validate:"max=50,dive"`
	// Remote is onsite, hybrid or remote; left out, on site.
	Remote Workplace `json:"remote,omitempty"`
	// ApplicantLocationRequirements are the countries, or regions of a
	// country, applicants may live in; at least one for remote work.
	ApplicantLocationRequirements []ApplicantLocation `json:"applicantLocationRequirements,omitempty" validate:"max=250,dive"`
	// EmploymentTypes are the types of employment offered, each once.
	EmploymentTypes []EmploymentType `json:"employmentTypes,omitempty" validate:"max=8,unique"`
	// Identifier is the posting's identifier in the hiring organisation's
	// own system.
	Identifier *Identifier `json:"identifier,omitempty"`
	// DirectApply says that applicants apply on the posting's page itself,
	// without going through other pages.
	DirectApply bool `json:"directApply,omitempty"`
	// BaseSalary is the pay published with the posting when it differs from
	// the role's band; nil publishes the role's band.
	BaseSalary *salary.Band `json:"baseSalary,omitempty" validate:"-"`
	// Benefits are the benefits offered, in words.
	Benefits []string `json:"benefits,omitempty" validate:"max=100,dive,required,max=500"`
	// ApplicationDeadline is the last day applications are taken, written
	// YYYY-MM-DD; not before DatePosted and not after ValidThrough. The
	// zero date means none is published.
	ApplicationDeadline civil.Date `json:"applicationDeadline,omitzero"`
}

// Organization is the organisation that hires.
type Organization struct {
	// Name is the organisation's name.
	Name string `json:"name" validate:"required,max=200"`
	// URL is the organisation's web site: an absolute http or https URL.
	URL string `json:"url,omitempty" validate:"max=2000"`
	// Logo is the address of the organisation's logo: an absolute http or
	// https URL.
	Logo string `json:"logo,omitempty" validate:"max=2000"`
	// SameAs are other pages about the organisation, such as its entries in
	// registries or its profiles elsewhere: absolute http or https URLs.
	SameAs []string `json:"sameAs,omitempty" validate:"max=20,unique,dive,required,max=2000"`
	// Employees is the number of people the organisation employs (as
	// schema.org's numberOfEmployees); 0 means not given. Pay-transparency
	// laws apply from an employer size (see Check).
	Employees int `json:"numberOfEmployees,omitempty" validate:"gte=0,lte=100000000"`
}

// Address is a postal address where the work is done.
type Address struct {
	// StreetAddress is the street and number, such as "123 Main St".
	StreetAddress string `json:"streetAddress,omitempty" validate:"max=500"`
	// AddressLocality is the city or town.
	AddressLocality string `json:"addressLocality,omitempty" validate:"max=200"`
	// AddressRegion is the state, province or region.
	AddressRegion string `json:"addressRegion,omitempty" validate:"max=200"`
	// PostalCode is the postal code.
	PostalCode string `json:"postalCode,omitempty" validate:"max=50"`
	// AddressCountry is the country, as its ISO 3166-1 alpha-2 code.
	AddressCountry Country `json:"addressCountry" validate:"required"`
}

// ApplicantLocation is a place applicants to remote work may live in: a
// country, or a region of one.
type ApplicantLocation struct {
	// Country is the country, as its ISO 3166-1 alpha-2 code.
	Country Country `json:"country" validate:"required"`
	// Region is a state, province or region of the country, by name, such
	// as "California"; left out, the whole country.
	Region string `json:"region,omitempty" validate:"max=200"`
}

// Identifier is the posting's identifier in the hiring organisation's own
// system.
type Identifier struct {
	// Name names the system or the organisation that issued the value.
	Name string `json:"name" validate:"required,max=200"`
	// Value is the identifier itself, such as a requisition number.
	Value string `json:"value" validate:"required,max=200"`
}

// Validate reports every problem of the posting: tag rules; an employment
// type, workplace or country that is not one of its values; a validThrough
// before datePosted; an applicationDeadline before datePosted or after
// validThrough; a URL that is not an absolute http or https URL; no job
// location for work that is not remote; no applicant location for remote
// work; and a base salary that does not validate.
func (p Posting) Validate() error {
	var errs problem.Errors
	errs.Append(enum.Struct(p)...)
	if !p.DatePosted.IsZero() {
		if !p.ValidThrough.IsZero() && p.ValidThrough.Before(p.DatePosted) {
			errs.Add("validThrough", "gtefield", "the posting runs through %s, before it is posted on %s", p.ValidThrough, p.DatePosted)
		}
		if !p.ApplicationDeadline.IsZero() && p.ApplicationDeadline.Before(p.DatePosted) {
			errs.Add("applicationDeadline", "gtefield", "the application deadline %s is before the posting date %s", p.ApplicationDeadline, p.DatePosted)
		}
	}
	if !p.ValidThrough.IsZero() && p.ApplicationDeadline.After(p.ValidThrough) {
		errs.Add("applicationDeadline", "ltefield", "the application deadline %s is after the posting runs out on %s", p.ApplicationDeadline, p.ValidThrough)
	}
	o := p.HiringOrganization
	checkURL(&errs, "hiringOrganization.url", o.URL)
	checkURL(&errs, "hiringOrganization.logo", o.Logo)
	for i, u := range o.SameAs {
		checkURL(&errs, problem.Path("hiringOrganization", "sameAs", i), u)
	}
	switch {
	case p.Remote == Remote && len(p.ApplicantLocationRequirements) == 0:
		errs.Add("applicantLocationRequirements", "required_if", "remote work names the countries or regions applicants may live in")
	case p.Remote != Remote && len(p.JobLocations) == 0:
		errs.Add("jobLocations", "required_unless", "work that is not remote names at least one job location; for remote work set remote: remote")
	}
	if p.BaseSalary != nil {
		errs.Merge("baseSalary", p.BaseSalary.Validate())
	}
	return errs.Err("posting: invalid Posting")
}

// checkURL reports u at path unless it is empty or an absolute http or
// https URL with a host and no user information.
func checkURL(errs *problem.Errors, path, u string) {
	if u == "" {
		return
	}
	parsed, err := url.Parse(u)
	if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" || parsed.User != nil || strings.ContainsAny(u, " \t\r\n") {
		errs.Add(path, "http_url", "%s is not an absolute http or https URL, such as https://example.com/page", enum.Quote(u))
	}
}
