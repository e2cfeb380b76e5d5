package examples

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

//go:embed data/*.yaml
var data embed.FS

// FS returns the embedded data files, under "data/": framework.yaml (the
// whole sample framework), people.yaml (the sample candidates) and
// posting.yaml (the sample role's job posting).
func FS() fs.FS { return data }

// load decodes an embedded file strictly, as a user's file would be.
func load(name string, v any) error {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	return careerkit.Decode(bytes.NewReader(b), v, careerkit.WithName(name), careerkit.WithFormat(careerkit.FormatYAML))
}

// Framework returns the sample framework: the competency catalog of the 24
// skills of the "Manager – Software Engineering" role, the role itself, the
// engineering ladder and the US pay structure. It is decoded strictly and
// validated across sections.
func Framework() (careerkit.Framework, error) {
	var f careerkit.Framework
	err := load("framework.yaml", &f)
	return f, err
}

// People returns the sample candidates.
func People() (careerkit.People, error) {
	var p careerkit.People
	err := load("people.yaml", &p)
	return p, err
}

// Posting returns the sample job posting: the "Manager – Software
// Engineering" role published as a full-time, fully remote job for
// applicants in the United States, paid on the role's band.
func Posting() (posting.Posting, error) {
	var p posting.Posting
	err := load("posting.yaml", &p)
	return p, err
}

// Catalog returns the sample competency catalog: the 14 hard and 10 soft
// skills of the "Manager – Software Engineering" role.
func Catalog() (competency.Catalog, error) {
	f, err := Framework()
	return f.Catalog, err
}

// ManagerRole returns the "Manager – Software Engineering" role, modelled
// completely from its job description.
func ManagerRole() (role.Role, error) {
	f, err := Framework()
	if err != nil {
		return role.Role{}, err
	}
	for _, r := range f.Roles {
		if r.ID == "manager-software-engineering" {
			return r, nil
		}
	}
	return role.Role{}, fmt.Errorf("examples: the framework has no role manager-software-engineering")
}

// Ladder returns the engineering career ladder: an individual-contributor
// track from Engineer I to Principal Engineer with a Tech Lead level, a
// management track from the "Manager – Software Engineering" role to VP of
// Engineering, and the role's lateral destinations.
func Ladder() (ladder.Ladder, error) {
	f, err := Framework()
	if err != nil {
		return ladder.Ladder{}, err
	}
	if len(f.Ladders) == 0 {
		return ladder.Ladder{}, fmt.Errorf("examples: the framework has no ladder")
	}
	return f.Ladders[0], nil
}

// PayStructure returns the US engineering pay structure the ladder's grades
// refer to; the seed role's grade has the band USD 140,000–220,000 a year.
func PayStructure() (salary.Structure, error) {
	f, err := Framework()
	if err != nil {
		return salary.Structure{}, err
	}
	if len(f.PayStructures) == 0 {
		return salary.Structure{}, fmt.Errorf("examples: the framework has no pay structure")
	}
	return f.PayStructures[0], nil
}

// SeniorEngineer returns a candidate for the role: a senior software engineer
// moving into first-line management, strong technically and still growing
// as a leader.
func SeniorEngineer() (role.Candidate, error) { return candidate("sample-senior-engineer") }

// EngineeringManager returns a candidate for the role: an experienced
// engineering manager.
func EngineeringManager() (role.Candidate, error) { return candidate("sample-engineering-manager") }

func candidate(subject competency.SubjectID) (role.Candidate, error) {
	p, err := People()
	if err != nil {
		return role.Candidate{}, err
	}
	c, ok := p.Candidate(subject)
	if !ok {
		return role.Candidate{}, fmt.Errorf("examples: people.yaml has no candidate %s", subject)
	}
	return c, nil
}
