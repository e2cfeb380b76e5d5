package schema

import "github.com/invopop/jsonschema"

// typeRule holds what a type's Validate method checks beyond its tags.
type typeRule struct {
	// note names, in a sentence, the rules JSON Schema cannot say; it is
	// added to the type's description.
	note string
	// extend adds the keywords of the rules JSON Schema can say.
	extend func(*jsonschema.Schema)
	// zeroInvalid says that Validate rejects the zero value even though no
	// key is required.
	zeroInvalid bool
}

// catalogNote is the rules of a competency catalog beyond its tags.
const catalogNote = "competency IDs, and names ignoring case and spacing, are unique; " +
	"an alias collides with no ID, name or alias of another competency; " +
	"parents name competencies of the catalog and form no cycle; " +
	"scale IDs are unique; " +
	"defaultScale and each competency's scale name a built-in scale or one of scales; " +
	"indicator levels and defined levels are levels of the competency's scale."

// typeRules returns the rules of the Validate methods, by $defs name.
func typeRules() map[string]typeRule {
	return map[string]typeRule{
		"careerkit.Framework": {note: "role, ladder and pay-structure IDs are each unique; " +
			"every role's requirements name competencies of the catalog at levels of their scales; " +
			"a role's level is a level of one of the ladders and its career moves name roles of the framework; " +
			"every ladder's expectations, roles and grades name competencies (at levels of their scales), roles and pay-structure grades of the framework. " +
			"The catalog's rules: " + catalogNote,
			extend: ownScaleIDs},
		"careerkit.People":   {note: "subjects are unique across candidates and profiles."},
		"competency.Catalog": {note: catalogNote, extend: ownScaleIDs},
		"competency.Scale":   {note: "level values strictly increase from one level to the next."},
		"competency.Requirement": {note: "against a catalog, the competency is a competency of the catalog (by ID) and the level a level of its scale; " +
			"a list of requirements names each competency once."},
		"competency.Rating": {note: "against a catalog, the competency names a competency of the catalog by ID, name or alias, and the level is a level of its scale."},
		"role.Role":         {note: "requirements name each competency once; equivalentExperience needs a required experience requirement when a credential is asked for."},
		"role.Candidate":    {note: "each experience area is listed once; each credential follows the rules of a credential."},
		"role.Experience": {
			note: "when maxYears is above 0, minYears is at most maxYears; area and areas accept no area twice; " +
				"a hard range (rangeKind hard, or left out with a maximum and without openEnded) has a maximum above 0 and is not open-ended; a typical range has a minimum above 0; " +
				"each nested part's minYears is at most the requirement's minYears, and its maxYears at most the requirement's maxYears when that range is hard (unless the requirement states no years).",
			extend: func(s *jsonschema.Schema) { openEndedHasMinimum(s); areaOrAreas(s) },
		},
		"role.ExperiencePart": {
			note:   "when maxYears is above 0, minYears is at most maxYears; area and areas accept no area twice; a hard range has a maximum above 0 and is not open-ended; a typical range has a minimum above 0.",
			extend: func(s *jsonschema.Schema) { openEndedHasMinimum(s); areaOrAreas(s) },
		},
		"role.Credential": {note: "a degree (kind left out or degree) has a level; a certification has a name and no level; " +
			"a school qualification's level is high-school or left out; subjects belong to school qualifications and fields to degrees; " +
			"expiresAt is not before issuedAt; a credential a role asks for has neither date.",
			extend: credentialKindNeeds},
		"role.Move": {extend: roleOrTitle, zeroInvalid: true},
		"ladder.Ladder": {note: "track IDs and level IDs are unique; " +
			"each level's track names a track of the ladder, and its expectations name each competency once; " +
			"every move leads from one level of the ladder to another, and no two moves join the same two levels; " +
			"a promotion raises the rank, and promotions form no cycle; a switch joins two different tracks. " +
			"In a framework, expectations name competencies of the catalog at levels of their scales, and roles and grades name roles and pay-structure grades of the framework."},
		"posting.Posting": {note: "validThrough is not before datePosted; applicationDeadline is not before datePosted nor after validThrough.",
			extend: postingWhere},
		"posting.Organization": {extend: organizationURLs},
		"salary.Band":          {note: "min ≤ mid ≤ max, and no amount has more decimals than the currency allows."},
		"salary.Pay":           {note: "the amount has no more decimals than the currency allows."},
		"salary.Structure":     {note: "grade IDs and zone IDs are unique; every grade's band is in the structure's currency and period; midpoints strictly increase from one grade to the next."},
	}
}

// builtinScales are the IDs of the built-in scales of package competency,
// which a catalog's own scales may not take (a test compares them with
// competency.BuiltinScales).
var builtinScales = []string{"dreyfus", "framework", "onet-level", "onet-level-tenths"}

// ownScaleIDs says that the scales of a catalog (or of a framework, whose
// catalog is inline) do not take the ID of a built-in scale.
func ownScaleIDs(s *jsonschema.Schema) {
	scales, ok := s.Properties.Get("scales")
	if !ok || scales.Items == nil {
		return
	}
	ids := make([]any, len(builtinScales))
	for i, id := range builtinScales {
		ids[i] = id
	}
	props := jsonschema.NewProperties()
	props.Set("id", &jsonschema.Schema{Type: "string", Not: &jsonschema.Schema{Enum: ids}})
	// Beside the $ref in allOf, so that a tool that reads a $ref's
	// siblings as a new type (json-schema-to-typescript) keeps the scale's.
	scales.Items = &jsonschema.Schema{AllOf: []*jsonschema.Schema{scales.Items, {Type: "object", Properties: props}}}
}

// roleOrTitle says that a career move names a role ID or a title.
func roleOrTitle(s *jsonschema.Schema) {
	nonEmpty := func(key string) *jsonschema.Schema {
		props := jsonschema.NewProperties()
		props.Set(key, &jsonschema.Schema{MinLength: uptr(1)})
		// The branch constrains one key and leaves the others to the
		// object's own properties: a generated type for it stays open.
		return &jsonschema.Schema{Required: []string{key}, Properties: props, AdditionalProperties: jsonschema.TrueSchema}
	}
	s.AnyOf = append(s.AnyOf, nonEmpty("role"), nonEmpty("title"))
}

// openEndedHasMinimum says that an open-ended experience range ("8+ years")
// has a minimum above 0.
func openEndedHasMinimum(s *jsonschema.Schema) {
	ifProps := jsonschema.NewProperties()
	ifProps.Set("openEnded", &jsonschema.Schema{Const: true})
	thenProps := jsonschema.NewProperties()
	thenProps.Set("minYears", &jsonschema.Schema{ExclusiveMinimum: "0"})
	s.If = &jsonschema.Schema{Required: []string{"openEnded"}, Properties: ifProps}
	s.Then = &jsonschema.Schema{Required: []string{"minYears"}, Properties: thenProps}
}

// areaOrAreas says that an experience requirement names an area, or several
// in areas.
func areaOrAreas(s *jsonschema.Schema) {
	area := jsonschema.NewProperties()
	area.Set("area", &jsonschema.Schema{MinLength: uptr(1)})
	areas := jsonschema.NewProperties()
	areas.Set("areas", &jsonschema.Schema{MinItems: uptr(1)})
	s.AnyOf = append(s.AnyOf,
		&jsonschema.Schema{Required: []string{"area"}, Properties: area, AdditionalProperties: jsonschema.TrueSchema},
		&jsonschema.Schema{Required: []string{"areas"}, Properties: areas, AdditionalProperties: jsonschema.TrueSchema})
}

// credentialKindNeeds says that a degree (kind left out or degree) has a
// level and a certification a name.
func credentialKindNeeds(s *jsonschema.Schema) {
	kindIs := func(k string, required []string) *jsonschema.Schema {
		props := jsonschema.NewProperties()
		props.Set("kind", &jsonschema.Schema{Const: k})
		return &jsonschema.Schema{Required: required, Properties: props}
	}
	// then names the key it requires among its properties, as ajv's
	// strictRequired wants, with the key's own schema.
	needs := func(key string) *jsonschema.Schema {
		props := jsonschema.NewProperties()
		if p, ok := s.Properties.Get(key); ok {
			props.Set(key, p)
		}
		return &jsonschema.Schema{Required: []string{key}, Properties: props}
	}
	// Without a kind key, the first if holds (properties constrains only
	// the keys present): a credential without a kind is a degree.
	s.AllOf = append(s.AllOf,
		&jsonschema.Schema{If: kindIs("degree", nil), Then: needs("level")},
		&jsonschema.Schema{If: kindIs("certification", []string{"kind"}), Then: needs("name")},
	)
}

// postingWhere says that remote work names an applicant location and any
// other work a job location.
func postingWhere(s *jsonschema.Schema) {
	remote := jsonschema.NewProperties()
	remote.Set("remote", &jsonschema.Schema{Const: "remote"})
	// then and else name the key they require among their properties, as
	// ajv's strictRequired wants.
	one := uint64(1)
	needs := func(key string) *jsonschema.Schema {
		props := jsonschema.NewProperties()
		props.Set(key, &jsonschema.Schema{MinItems: &one})
		return &jsonschema.Schema{Required: []string{key}, Properties: props}
	}
	s.AllOf = append(s.AllOf, &jsonschema.Schema{
		If:   &jsonschema.Schema{Required: []string{"remote"}, Properties: remote},
		Then: needs("applicantLocationRequirements"),
		Else: needs("jobLocations"),
	})
}

// HTTPURLPattern is the pattern of an absolute http or https URL, as
// package posting checks one: the scheme in any case, a host, and no
// white space.
const HTTPURLPattern = `^[hH][tT][tT][pP][sS]?://[^\s/?#@]+([/?#]\S*)?$`

// organizationURLs gives the URLs of an organisation their pattern.
func organizationURLs(s *jsonschema.Schema) {
	for _, key := range []string{"url", "logo"} {
		if p, ok := s.Properties.Get(key); ok {
			p.Pattern = HTTPURLPattern
		}
	}
	if p, ok := s.Properties.Get("sameAs"); ok && p.Items != nil {
		p.Items.Pattern = HTTPURLPattern
	}
}
