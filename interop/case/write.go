package imscase

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
)

// WriteOptions describes the CFDocument that Write writes. Title, Creator
// and LastChange are required; the rest have defaults.
type WriteOptions struct {
	// Identifier is the CFDocument's identifier, a lower-case UUID; empty
	// means the version 5 UUID of "document " + Title in the package namespace (see the package documentation).
	Identifier string
	// URI is the CFDocument's uri; empty means BaseURI + Identifier.
	URI string
	// BaseURI prefixes the identifier to make the uri of the document, of
	// items whose uri Write makes up, and of associations; empty means
	// "urn:uuid:".
	BaseURI string
	// Title is the CFDocument's title.
	Title string
	// Creator is the CFDocument's creator: the entity with authority that
	// promulgates the framework.
	Creator string
	// Publisher is the CFDocument's publisher, if any.
	Publisher string
	// Description is the CFDocument's description, if any.
	Description string
	// Language is the CFDocument's language, such as "en", if any.
	Language string
	// Version is the CFDocument's version, if any.
	Version string
	// AdoptionStatus is the CFDocument's adoptionStatus, such as "Draft", if any.
	AdoptionStatus string
	// LastChange is the lastChangeDateTime of every record written; Write
	// never reads the clock.
	LastChange time.Time
}

func (o WriteOptions) check() error {
	var errs problem.Errors
	if strings.TrimSpace(o.Title) == "" {
		errs.Add("title", "required", "a CFDocument needs a title")
	}
	if strings.TrimSpace(o.Creator) == "" {
		errs.Add("creator", "required", "a CFDocument needs a creator")
	}
	if o.LastChange.IsZero() {
		errs.Add("lastChange", "required", "every CASE record needs a lastChangeDateTime; Write does not read the clock")
	}
	if o.Identifier != "" && !identifierRE.MatchString(o.Identifier) {
		errs.Add("identifier", "uuid", "identifier %q is not a lower-case UUID as CASE 1.1 requires", o.Identifier)
	}
	return errs.Err("case: invalid WriteOptions")
}

// Write writes cat as a CASE 1.1 CFPackage, indented JSON. Each competency
// is one CFItem; parents are isChildOf associations (a competency without
// parents is a child of the CFDocument), and sameAs values other than the
// item's own identity are exactMatchOf associations. What CASE cannot say
// goes in the careerkit extension of the item or of the package, so that
// Read gives cat back. The output depends only on cat and opts.
func Write(w io.Writer, cat competency.Catalog, opts WriteOptions) error {
	if err := opts.check(); err != nil {
		return err
	}
	if err := cat.Validate(); err != nil {
		return fmt.Errorf("case: write: %w", err)
	}
	base := opts.BaseURI
	if base == "" {
		base = "urn:uuid:"
	}
	stamp := opts.LastChange.UTC().Format(time.RFC3339)
	docID := opts.Identifier
	if docID == "" {
		docID = mint("document " + opts.Title)
	}
	doc := cfDocument{
		Identifier: docID, URI: opts.URI, CaseVersion: "1.1", Creator: opts.Creator, Title: opts.Title,
		LastChangeDateTime: stamp, Publisher: opts.Publisher, Description: opts.Description,
		Language: opts.Language, Version: opts.Version, AdoptionStatus: opts.AdoptionStatus,
	}
	if doc.URI == "" {
		doc.URI = base + docID
	}
	docLink := link{Title: doc.Title, Identifier: doc.Identifier, URI: doc.URI}

	pkg := cfPackage{CFDocument: doc, CFItems: make([]cfItem, 0, len(cat.Competencies)), CFAssociations: []cfAssociation{}}
	if cat.DefaultScale != "" || len(cat.Scales) > 0 {
		pkg.Extensions = &packageExtended{Careerkit: &packageExtension{DefaultScale: cat.DefaultScale, Scales: cat.Scales}}
	}
	used := map[string]bool{docID: true}
	links := make(map[competency.ID]link, len(cat.Competencies))
	rest := make([][]string, len(cat.Competencies))
	for i, c := range cat.Competencies {
		it, others := writeItem(c, base, stamp, used)
		used[it.Identifier] = true
		pkg.CFItems = append(pkg.CFItems, it)
		links[c.ID] = link{Title: c.Name, Identifier: it.Identifier, URI: it.URI}
		rest[i] = others
	}
	assoc := func(typ string, from, to link) cfAssociation {
		id := mint("association " + from.Identifier + " " + typ + " " + to.Identifier)
		return cfAssociation{Identifier: id, AssociationType: typ, URI: base + id, OriginNodeURI: from, DestinationNodeURI: to, LastChangeDateTime: stamp}
	}
	for i, c := range cat.Competencies {
		from := links[c.ID]
		if len(c.Parents) == 0 {
			pkg.CFAssociations = append(pkg.CFAssociations, assoc("isChildOf", from, docLink))
		}
		for _, p := range c.Parents {
			pkg.CFAssociations = append(pkg.CFAssociations, assoc("isChildOf", from, links[p]))
		}
		for _, s := range rest[i] {
			pkg.CFAssociations = append(pkg.CFAssociations, assoc("exactMatchOf", from, link{Title: s, Identifier: mint("sameAs " + s), URI: s}))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(pkg); err != nil {
		return fmt.Errorf("case: write: %w", err)
	}
	return nil
}

// mint returns the version 5 UUID of name in namespace.
func mint(name string) string {
	return uuid.NewSHA1(namespace, []byte(name)).String()
}

// writeItem makes the CFItem of c and returns it with the sameAs values
// left for exactMatchOf associations. The item keeps the identity Read gave
// it (sameAs starting with its uri and "case:<identifier>", or with
// "case:<identifier>" alone) when that identifier is a CASE 1.1 UUID not
// yet used; otherwise it gets the UUID of its ID in namespace, and the
// extension records what was made up.
func writeItem(c competency.Competency, base, stamp string, used map[string]bool) (cfItem, []string) {
	ext := &itemExtension{Kind: c.Kind, Scale: c.Scale, Indicators: c.Indicators, DefinedLevels: c.DefinedLevels}
	it := cfItem{
		FullStatement: c.Description, CFItemType: c.Category, HumanCodingScheme: string(c.ID),
		AbbreviatedStatement: c.Name, ConceptKeywords: c.Tags, LastChangeDateTime: stamp,
		Extensions: &itemExtended{Careerkit: ext},
	}
	if it.FullStatement == "" {
		it.FullStatement = c.Name
	}
	if len(c.Aliases) > 0 {
		it.AlternativeLabel = c.Aliases[0]
		ext.Aliases = c.Aliases[1:]
	}
	own := func(s string) (string, bool) {
		id, ok := strings.CutPrefix(s, "case:")
		return id, ok && identifierRE.MatchString(id) && !used[id]
	}
	others := c.SameAs
	switch {
	case len(c.SameAs) >= 2 && !strings.HasPrefix(c.SameAs[0], "case:"):
		if id, ok := own(c.SameAs[1]); ok {
			it.Identifier, it.URI, others = id, c.SameAs[0], c.SameAs[2:]
		}
	case len(c.SameAs) >= 1:
		if id, ok := own(c.SameAs[0]); ok {
			it.Identifier, others = id, c.SameAs[1:]
		}
	}
	if it.Identifier == "" {
		it.Identifier = mint(string(c.ID))
		ext.Minted = append(ext.Minted, mintedIdentifier)
	}
	if it.URI == "" {
		it.URI = base + it.Identifier
		ext.Minted = append(ext.Minted, mintedURI)
	}
	return it, others
}
