package imscase

import (
	"regexp"

	"github.com/google/uuid"

	"github.com/careerkit/careerkit/competency"
)

// namespace is the UUID namespace of the identifiers Write makes:
// 617f197f-b2ac-5641-a6dc-1d11d77d2ada, the version 5 UUID of the URL
// "https://github.com/careerkit/careerkit/interop/case" in the URL
// namespace of RFC 9562. A competency's CFItem identifier, when Write makes
// one, is the version 5 UUID of the competency's ID in this namespace.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/careerkit/careerkit/interop/case"))

// ExtensionKey is the key, inside a CASE 1.1 "extensions" object, under
// which Write stores what CASE cannot say and Read takes it back.
const ExtensionKey = "careerkit"

// identifierRE is the pattern CASE 1.1 gives every identifier: a UUID of
// the RFC 4122 variant, in lower case.
var identifierRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// link is a CASE LinkURI (LinkGenURI): a reference to another object by
// title, identifier and URI.
type link struct {
	Title      string `json:"title"`
	Identifier string `json:"identifier"`
	URI        string `json:"uri"`
}

// cfPackage is the CASE 1.1 CFPackage that Write writes.
type cfPackage struct {
	CFDocument     cfDocument       `json:"CFDocument"`
	CFItems        []cfItem         `json:"CFItems"`
	CFAssociations []cfAssociation  `json:"CFAssociations"`
	Extensions     *packageExtended `json:"extensions,omitempty"`
}

type cfDocument struct {
	Identifier         string `json:"identifier"`
	URI                string `json:"uri"`
	CaseVersion        string `json:"caseVersion"`
	Creator            string `json:"creator"`
	Title              string `json:"title"`
	LastChangeDateTime string `json:"lastChangeDateTime"`
	Publisher          string `json:"publisher,omitempty"`
	Description        string `json:"description,omitempty"`
	Language           string `json:"language,omitempty"`
	Version            string `json:"version,omitempty"`
	AdoptionStatus     string `json:"adoptionStatus,omitempty"`
}

type cfItem struct {
	Identifier           string        `json:"identifier"`
	URI                  string        `json:"uri"`
	FullStatement        string        `json:"fullStatement"`
	AlternativeLabel     string        `json:"alternativeLabel,omitempty"`
	CFItemType           string        `json:"CFItemType,omitempty"`
	HumanCodingScheme    string        `json:"humanCodingScheme"`
	AbbreviatedStatement string        `json:"abbreviatedStatement"`
	ConceptKeywords      []string      `json:"conceptKeywords,omitempty"`
	LastChangeDateTime   string        `json:"lastChangeDateTime"`
	Extensions           *itemExtended `json:"extensions,omitempty"`
}

type cfAssociation struct {
	Identifier         string `json:"identifier"`
	AssociationType    string `json:"associationType"`
	URI                string `json:"uri"`
	OriginNodeURI      link   `json:"originNodeURI"`
	DestinationNodeURI link   `json:"destinationNodeURI"`
	LastChangeDateTime string `json:"lastChangeDateTime"`
}

// packageExtended is the package's "extensions" object.
type packageExtended struct {
	Careerkit *packageExtension `json:"careerkit"`
}

// packageExtension holds the catalog's fields that CASE cannot say.
type packageExtension struct {
	DefaultScale competency.ScaleID `json:"defaultScale,omitempty"`
	Scales       []competency.Scale `json:"scales,omitempty"`
}

// itemExtended is an item's "extensions" object.
type itemExtended struct {
	Careerkit *itemExtension `json:"careerkit"`
}

// itemExtension holds a competency's fields that CASE cannot say.
type itemExtension struct {
	// Kind is the competency's kind.
	Kind competency.Kind `json:"kind,omitempty"`
	// Aliases are the aliases after the first, which is the item's
	// alternativeLabel.
	Aliases       []string               `json:"aliases,omitempty"`
	Scale         competency.ScaleID     `json:"scale,omitempty"`
	Indicators    []competency.Indicator `json:"indicators,omitempty"`
	DefinedLevels []int                  `json:"definedLevels,omitempty"`
	// Minted lists what Write made up for the item ("identifier", "uri"):
	// values that are not the competency's own and that Read does not add
	// to sameAs.
	Minted []string `json:"minted,omitempty"`
}

// Names of minted values.
const (
	mintedIdentifier = "identifier"
	mintedURI        = "uri"
)
