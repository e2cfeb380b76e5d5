package role

import (
	"slices"

	"github.com/careerkit/careerkit/competency"
)

// Clone returns a deep copy of r: every slice and pointer of the copy
// (requirement weights, the education minimum, experience areas and nested
// parts, the pay band and its midpoint included) is its own, so changing the copy leaves r as it was.
func (r Role) Clone() Role {
	r.Tags = slices.Clone(r.Tags)
	r.Aliases = slices.Clone(r.Aliases)
	r.Codes = slices.Clone(r.Codes)
	r.Responsibilities.Primary = slices.Clone(r.Responsibilities.Primary)
	r.Responsibilities.Secondary = slices.Clone(r.Responsibilities.Secondary)
	r.Requirements = competency.CloneRequirements(r.Requirements)
	r.Education = r.Education.clone()
	r.Experience = slices.Clone(r.Experience)
	for i, e := range r.Experience {
		r.Experience[i].Areas = slices.Clone(e.Areas)
		r.Experience[i].Including = slices.Clone(e.Including)
		for j, p := range e.Including {
			r.Experience[i].Including[j].Areas = slices.Clone(p.Areas)
		}
	}
	r.Qualifications = slices.Clone(r.Qualifications)
	r.PreferredQualifications = slices.Clone(r.PreferredQualifications)
	if r.Pay != nil {
		b := r.Pay.Clone()
		r.Pay = &b
	}
	r.Career.EntryFrom = slices.Clone(r.Career.EntryFrom)
	r.Career.AdvanceTo = slices.Clone(r.Career.AdvanceTo)
	r.Career.Lateral = slices.Clone(r.Career.Lateral)
	return r
}
