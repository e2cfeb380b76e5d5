package examples

import (
	"bytes"
	"embed"
	"io/fs"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
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

// ManagerRequirements returns the competency requirements of the
// "Manager – Software Engineering" role.
func ManagerRequirements() ([]competency.Requirement, error) {
	var reqs []competency.Requirement
	err := load("manager-requirements.yaml", &reqs)
	return reqs, err
}

// SeniorEngineer returns the profile of a senior software engineer moving
// into first-line management: strong technically, still growing as a leader.
func SeniorEngineer() (competency.Profile, error) {
	var p competency.Profile
	err := load("profile-senior-engineer.yaml", &p)
	return p, err
}

// EngineeringManager returns the profile of an experienced engineering manager.
func EngineeringManager() (competency.Profile, error) {
	var p competency.Profile
	err := load("profile-engineering-manager.yaml", &p)
	return p, err
}
