package careerkit

import (
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// Kinds of document, as named on the command line and in schema file names.
const (
	KindFramework = "framework"
	KindCatalog   = "catalog"
	KindProfile   = "profile"
	KindRole      = "role"
	KindCandidate = "candidate"
	KindLadder    = "ladder"
	KindStructure = "structure"
	KindBand      = "band"
	KindPeople    = "people"
)

// Kinds returns the kinds of document careerkit reads, in a fixed order.
func Kinds() []string {
	return []string{KindFramework, KindCatalog, KindProfile, KindRole, KindCandidate, KindLadder, KindStructure, KindBand, KindPeople}
}

// New returns a pointer to a new zero value of the Go type of a kind of
// document, ready for Decode: *Framework, *competency.Catalog,
// *competency.Profile, *role.Role, *role.Candidate, *ladder.Ladder,
// *salary.Structure, *salary.Band or *People.
func New(kind string) (any, error) {
	switch kind {
	case KindFramework:
		return new(Framework), nil
	case KindCatalog:
		return new(competency.Catalog), nil
	case KindProfile:
		return new(competency.Profile), nil
	case KindRole:
		return new(role.Role), nil
	case KindCandidate:
		return new(role.Candidate), nil
	case KindLadder:
		return new(ladder.Ladder), nil
	case KindStructure:
		return new(salary.Structure), nil
	case KindBand:
		return new(salary.Band), nil
	case KindPeople:
		return new(People), nil
	}
	return nil, fmt.Errorf("careerkit: unknown kind %q: want one of %v", kind, Kinds())
}

// IsKind reports whether kind names a kind of document.
func IsKind(kind string) bool { return slices.Contains(Kinds(), kind) }
