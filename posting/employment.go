package posting

import (
	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/internal/enum"
)

// EmploymentType is a type of employment, written as schema.org and
// Google's job posting guidelines write employmentType.
type EmploymentType string

// Employment types.
const (
	// FullTime is full-time employment.
	FullTime EmploymentType = "FULL_TIME"
	// PartTime is part-time employment.
	PartTime EmploymentType = "PART_TIME"
	// Contractor is work as a contractor.
	Contractor EmploymentType = "CONTRACTOR"
	// Temporary is temporary employment.
	Temporary EmploymentType = "TEMPORARY"
	// Intern is an internship.
	Intern EmploymentType = "INTERN"
	// Volunteer is unpaid volunteer work.
	Volunteer EmploymentType = "VOLUNTEER"
	// PerDiem is work paid by the day.
	PerDiem EmploymentType = "PER_DIEM"
	// Other is any other type of employment.
	Other EmploymentType = "OTHER"
)

var employmentTypes = enum.New("posting", "employment type", false, FullTime, PartTime, Contractor, Temporary, Intern, Volunteer, PerDiem, Other)

// EmploymentTypes returns every employment type, in a new slice: FULL_TIME,
// PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER.
func EmploymentTypes() []EmploymentType { return employmentTypes.Values() }

// IsValid reports whether t is one of EmploymentTypes.
func (t EmploymentType) IsValid() bool { return employmentTypes.Has(t) }

// String returns the type's JSON value.
func (t EmploymentType) String() string { return string(t) }

// MarshalText returns the type as it is.
func (t EmploymentType) MarshalText() ([]byte, error) { return []byte(t), nil }

// UnmarshalText accepts one of EmploymentTypes; anything else is an error
// that lists them.
func (t *EmploymentType) UnmarshalText(text []byte) error { return employmentTypes.Unmarshal(t, text) }

// JSONSchema describes an employment type as a string enum of
// EmploymentTypes.
func (EmploymentType) JSONSchema() *jsonschema.Schema { return employmentTypes.Schema("") }

// Workplace says where the work is done: on site, hybrid or remote. The
// zero value means on site.
type Workplace string

// Workplaces.
const (
	// Onsite work is done at the posting's job locations.
	Onsite Workplace = "onsite"
	// Hybrid work is done partly at the job locations and partly remotely.
	Hybrid Workplace = "hybrid"
	// Remote work is done wholly remotely, by applicants living in the
	// posting's applicant locations (schema.org jobLocationType
	// TELECOMMUTE).
	Remote Workplace = "remote"
)

var workplaces = enum.New("posting", "workplace", true, Onsite, Hybrid, Remote)

// Workplaces returns every workplace, in a new slice: onsite, hybrid,
// remote.
func Workplaces() []Workplace { return workplaces.Values() }

// IsValid reports whether w is empty (on site), onsite, hybrid or remote.
func (w Workplace) IsValid() bool { return workplaces.Has(w) }

// String returns the workplace's JSON value.
func (w Workplace) String() string { return string(w) }

// MarshalText returns the workplace as it is ("" stays "").
func (w Workplace) MarshalText() ([]byte, error) { return []byte(w), nil }

// UnmarshalText accepts onsite, hybrid, remote or "" (on site); anything
// else is an error that lists them.
func (w *Workplace) UnmarshalText(text []byte) error { return workplaces.Unmarshal(w, text) }

// JSONSchema describes a workplace as a string enum: onsite, hybrid or
// remote.
func (Workplace) JSONSchema() *jsonschema.Schema { return workplaces.Schema("") }
