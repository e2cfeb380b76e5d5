package careerkit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/paygap"
	"github.com/careerkit/careerkit/posting"
	"github.com/careerkit/careerkit/problem"
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
	KindRecords   = "records"
	KindPosting   = "posting"
)

// Kinds returns the kinds of document careerkit reads, in a fixed order.
func Kinds() []string {
	return []string{KindFramework, KindCatalog, KindProfile, KindRole, KindCandidate, KindLadder, KindStructure, KindBand, KindPeople, KindRecords, KindPosting}
}

// New returns a pointer to a new zero value of the Go type of a kind of
// document, ready for Decode: *Framework, *competency.Catalog,
// *competency.Profile, *role.Role, *role.Candidate, *ladder.Ladder,
// *salary.Structure, *salary.Band, *People, *paygap.Records or
// *posting.Posting.
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
	case KindRecords:
		return new(paygap.Records), nil
	case KindPosting:
		return new(posting.Posting), nil
	}
	return nil, fmt.Errorf("careerkit: unknown kind %q: not one of %s%s", kind, strings.Join(Kinds(), ", "), problem.DidYouMean(kind, Kinds()))
}

// IsKind reports whether kind names a kind of document.
func IsKind(kind string) bool { return slices.Contains(Kinds(), kind) }

// kindRules infer the kind of a document from its top-level keys, in
// order: the first rule with one of its keys present (and, when it has
// them, one of its also keys) wins.
var kindRules = []struct {
	kind string
	keys []string
	also []string
}{
	{KindFramework, []string{"roles", "ladders", "payStructures"}, nil},
	{KindFramework, []string{"competencies", "scales", "defaultScale"}, []string{"name", "version"}},
	{KindCatalog, []string{"competencies", "scales", "defaultScale"}, nil},
	{KindPeople, []string{"candidates", "profiles"}, nil},
	{KindCandidate, []string{"profile", "expectedPay"}, nil},
	{KindProfile, []string{"subject", "ratings"}, nil},
	{KindLadder, []string{"levels", "tracks", "moves"}, nil},
	{KindStructure, []string{"grades", "zones"}, nil},
	{KindPosting, []string{"datePosted", "hiringOrganization", "jobLocations", "validThrough"}, nil},
	{KindRole, []string{"title", "requirements", "responsibilities", "career", "codes"}, nil},
	{KindBand, []string{"min", "max", "mid"}, nil},
	{KindRecords, []string{"workers"}, nil},
}

// InferKind names the kind of a parsed document by its top-level keys, the
// first rule that matches winning:
//
//	framework  roles, ladders or payStructures; or competencies, scales or
//	           defaultScale together with name or version
//	catalog    competencies, scales or defaultScale
//	people     candidates or profiles
//	candidate  profile or expectedPay
//	profile    subject or ratings
//	ladder     levels, tracks or moves
//	structure  grades or zones
//	posting    datePosted, hiringOrganization, jobLocations or validThrough
//	role       title, requirements, responsibilities, career or codes
//	band       min, max or mid
//	records    workers
//
// A document that is not an object, or matches no rule, is an error that
// says so.
func InferKind(doc *document.Document) (string, error) {
	if doc.Root != document.Object {
		return "", fmt.Errorf("careerkit: cannot infer the kind of document: it is %s, not an object; give --kind", doc.Root)
	}
	has := func(keys []string) bool {
		return slices.ContainsFunc(keys, func(k string) bool { return slices.Contains(doc.Keys, k) })
	}
	for _, r := range kindRules {
		if has(r.keys) && (r.also == nil || has(r.also)) {
			return r.kind, nil
		}
	}
	if len(doc.Keys) == 0 {
		return "", fmt.Errorf("careerkit: cannot infer the kind of document: it is an empty object; give --kind")
	}
	keys := slices.Sorted(slices.Values(doc.Keys))
	if len(keys) > 8 {
		keys = append(keys[:8], "…")
	}
	return "", fmt.Errorf("careerkit: cannot infer the kind of document from its keys (%s); give --kind", strings.Join(keys, ", "))
}
