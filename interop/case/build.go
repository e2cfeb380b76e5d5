package imscase

import (
	"fmt"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
)

// build assembles the catalog from the items, with the careerkit
// extensions when they form a valid catalog and without them otherwise.
func (rd *reader) build(pkgExt *packageExtension) (competency.Catalog, error) {
	cat := competency.Catalog{Competencies: make([]competency.Competency, len(rd.items))}
	parents := 0
	for i, it := range rd.items {
		c := it.comp
		path := problem.Path("competencies", i)
		for _, e := range it.parents {
			if len(c.Parents) == maxList {
				rd.rep.Problem(interop.Skipped, rd.src(e.pointer), problem.Path(path, "parents"), "parent %q is beyond the %d a competency may have", e.parent.comp.ID, maxList)
				continue
			}
			rd.rep.From(problem.Path(path, "parents", len(c.Parents)), rd.src(e.pointer))
			c.Parents = append(c.Parents, e.parent.comp.ID)
		}
		parents += len(c.Parents)
		c.SameAs = rd.sameAs(it, path)
		cat.Competencies[i] = c
	}
	plain := cat.Clone()
	extended := false
	if pkgExt != nil {
		cat.DefaultScale, cat.Scales = pkgExt.DefaultScale, pkgExt.Scales
		extended = true
	}
	for i, it := range rd.items {
		if it.ext == nil {
			continue
		}
		c := &cat.Competencies[i]
		c.Scale, c.Indicators, c.DefinedLevels = it.ext.Scale, it.ext.Indicators, it.ext.DefinedLevels
		extended = extended || c.Scale != "" || len(c.Indicators) > 0 || len(c.DefinedLevels) > 0
	}
	err := cat.Validate()
	if err != nil && extended {
		rd.rep.Problem(interop.Malformed, rd.src(rd.base+"/extensions"), "", "the %s extensions (scales, indicators, defined levels) do not form a valid catalog and are not read: %v", ExtensionKey, err)
		cat = plain
		err = cat.Validate()
	}
	if err != nil {
		return competency.Catalog{}, fmt.Errorf("case: read %s: %w", rd.file, err)
	}
	rd.rep.Count("competencies", len(cat.Competencies))
	rd.rep.Count("parents", parents)
	return cat, nil
}

// sameAs lists the item's URI and "case:<identifier>" (unless Write minted
// them), then what it is an exact match of, without repeats.
func (rd *reader) sameAs(it *item, path string) []string {
	var list []sourced
	if it.uri != "" && !it.minted[mintedURI] {
		list = append(list, sourced{it.uri, it.pointer + "/uri"})
	}
	if !it.minted[mintedIdentifier] {
		list = append(list, sourced{"case:" + it.identifier, it.pointer + "/identifier"})
	}
	list = append(list, it.sameAs...)
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		switch {
		case seen[s.value]:
		case len(s.value) > maxSameAs:
			rd.rep.Problem(interop.Skipped, rd.src(s.pointer), problem.Path(path, "sameAs"), "%q is longer than %d bytes", cutBytes(s.value, 80), maxSameAs)
		case len(out) == maxList:
			rd.rep.Problem(interop.Skipped, rd.src(s.pointer), problem.Path(path, "sameAs"), "%q is beyond the %d sameAs a competency may have", s.value, maxList)
		default:
			seen[s.value] = true
			rd.rep.From(problem.Path(path, "sameAs", len(out)), rd.src(s.pointer))
			out = append(out, s.value)
		}
	}
	return out
}
