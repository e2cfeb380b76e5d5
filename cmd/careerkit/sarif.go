package main

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/careerkit/careerkit/render"
)

// The SARIF 2.1.0 log validate writes with --format sarif: one run of the
// careerkit tool, one result per problem.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name  string      `json:"name"`
	Rules []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID string `json:"id"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical     `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLoc `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifLogicalLoc struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}

// writeSARIF writes the problems as a SARIF 2.1.0 log: the rules are those
// the problems break, in the order they first appear; errors have level
// error and advice level warning; the JSON path of a problem is its
// logical location.
func writeSARIF(w io.Writer, list []finding) error {
	driver := sarifDriver{Name: "careerkit", Rules: []sarifRule{}}
	ruleIndex := map[string]int{}
	results := make([]sarifResult, 0, len(list))
	for _, p := range list {
		i, ok := ruleIndex[p.Rule]
		if !ok {
			i = len(driver.Rules)
			ruleIndex[p.Rule] = i
			driver.Rules = append(driver.Rules, sarifRule{ID: p.Rule})
		}
		loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: fileURI(p.File)}}}
		if p.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Column}
		}
		if p.Path != "" {
			loc.LogicalLocations = []sarifLogicalLoc{{FullyQualifiedName: p.Path}}
		}
		level := "error"
		if p.Severity == severityWarning {
			level = "warning"
		}
		results = append(results, sarifResult{RuleID: p.Rule, RuleIndex: i, Level: level, Message: sarifMessage{Text: p.Message}, Locations: []sarifLocation{loc}})
	}
	return render.JSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}}})
}

// fileURI is the URI of a file named on the command line: a relative
// reference for a relative path, a file URI for an absolute one, with
// slashes and escapes as URIs have them.
func fileURI(name string) string {
	slashed := filepath.ToSlash(name)
	u := url.URL{Path: slashed}
	if filepath.IsAbs(name) {
		u.Scheme = "file"
		if !strings.HasPrefix(slashed, "/") {
			u.Path = "/" + slashed
		}
		return u.String()
	}
	return u.String()
}
