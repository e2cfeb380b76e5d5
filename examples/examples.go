package examples

import (
	"bytes"
	"embed"
	"io/fs"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

//go:embed data/*.yaml
var data embed.FS

// FS returns the embedded data files, under "data/".
func FS() fs.FS { return data }

// load decodes an embedded file strictly, as a user's file would be.
func load(name string, v any) error {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	return careerkit.Decode(bytes.NewReader(b), v, careerkit.WithName(name), careerkit.WithFormat(careerkit.FormatYAML))
}

// Catalog returns the sample competency catalog: the 14 hard and 10 soft
// skills of the "Manager – Software Engineering" role.
func Catalog() (competency.Catalog, error) {
	var c competency.Catalog
	err := load("catalog.yaml", &c)
	return c, err
}

// ManagerRole returns the "Manager – Software Engineering" role, modelled
// completely from its job description.
func ManagerRole() (role.Role, error) {
	var r role.Role
	err := load("role-manager-software-engineering.yaml", &r)
	return r, err
}

// SeniorEngineer returns a candidate for the role: a senior software engineer
// moving into first-line management, strong technically and still growing
// as a leader.
func SeniorEngineer() (role.Candidate, error) {
	var c role.Candidate
	err := load("candidate-senior-engineer.yaml", &c)
	return c, err
}

// EngineeringManager returns a candidate for the role: an experienced
// engineering manager.
func EngineeringManager() (role.Candidate, error) {
	var c role.Candidate
	err := load("candidate-engineering-manager.yaml", &c)
	return c, err
}

// Ladder returns the engineering career ladder: an individual-contributor
// track from Engineer I to Principal Engineer with a Tech Lead level, a
// management track from the "Manager – Software Engineering" role to VP of
// Engineering, and the role's lateral destinations.
func Ladder() (ladder.Ladder, error) {
	var l ladder.Ladder
	err := load("ladder-engineering.yaml", &l)
	return l, err
}

// PayStructure returns the US engineering pay structure the ladder's grades
// refer to; the seed role's grade has the band USD 140,000–220,000 a year.
func PayStructure() (salary.Structure, error) {
	var s salary.Structure
	err := load("pay-structure-us-2026.yaml", &s)
	return s, err
}
