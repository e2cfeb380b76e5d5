package careerkit_test

import (
	"fmt"
	"strings"

	"github.com/careerkit/careerkit"
)

func ExampleLoad() {
	doc := `
name: Acme Engineering
version: "2026.1"
competencies:
  - {id: distributed-systems, name: Distributed systems design, kind: hard}
  - {id: coaching, name: Coaching, kind: soft}
roles:
  - id: engineering-manager
    title: Engineering Manager
    requirements:
      - {competency: distributed-systems, level: 3}
      - {competency: coaching, level: 6}
      - {competency: kotlin, level: 3}
`
	_, err := careerkit.Load(strings.NewReader(doc), careerkit.WithName("acme.yaml"))
	if ve, ok := err.(*careerkit.ValidationError); ok {
		for _, fe := range ve.Errors {
			fmt.Printf("acme.yaml:%d: %s: %s (%s)\n", fe.Line, fe.Path, fe.Message, fe.Rule)
		}
	}
	// Output:
	// acme.yaml:12: roles[0].requirements[1].level: level 6 is not on scale "framework" of "coaching" (levels 1–5) (level)
	// acme.yaml:13: roles[0].requirements[2].competency: "kotlin" is not a competency of the catalog (exists)
}
