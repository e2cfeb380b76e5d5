package role

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/salary"
)

func TestCandidateSurelyValid(t *testing.T) {
	good := func() Candidate {
		return Candidate{
			Profile:     competency.Profile{Subject: "ana"},
			Experience:  []Years{{Area: "software-engineering", Years: 4.5}, {Area: "people-management", Years: 0}},
			Education:   []Credential{{Level: Bachelor, Fields: []string{"Computer Science"}}, {Kind: Certification, Name: "CKA"}},
			ExpectedPay: &salary.Pay{Currency: "USD", Period: salary.Year, Amount: salary.MustParseAmount("120000")},
		}
	}
	for _, c := range []struct {
		name   string
		change func(*Candidate)
		sure   bool
	}{
		{"valid", func(*Candidate) {}, true},
		{"no subject", func(c *Candidate) { c.Profile.Subject = "" }, false},
		{"subject not a slug", func(c *Candidate) { c.Profile.Subject = "Ana B" }, false},
		{"area not a slug", func(c *Candidate) { c.Experience[0].Area = "Software" }, false},
		{"area twice", func(c *Candidate) { c.Experience[1].Area = c.Experience[0].Area }, false},
		{"negative years", func(c *Candidate) { c.Experience[0].Years = -1 }, false},
		{"years above 80", func(c *Candidate) { c.Experience[0].Years = 81 }, false},
		{"years NaN", func(c *Candidate) { c.Experience[0].Years = math.NaN() }, false},
		{"long evidence", func(c *Candidate) { c.Experience[0].Evidence = strings.Repeat("x", 2001) }, false},
		{"unknown kind", func(c *Candidate) { c.Education[0].Kind = "diploma" }, false},
		{"unknown level", func(c *Candidate) { c.Education[0].Level = "phd" }, false},
		{"empty field", func(c *Candidate) { c.Education[0].Fields = []string{""} }, false},
		{"long name", func(c *Candidate) { c.Education[1].Name = strings.Repeat("x", 201) }, false},
		{"degree without level", func(c *Candidate) { c.Education[0].Level = "" }, false},
		{"certification with a level", func(c *Candidate) { c.Education[1].Level = Master }, false},
		{"pay without currency", func(c *Candidate) { c.ExpectedPay.Currency = "" }, false},
		{"no pay", func(c *Candidate) { c.ExpectedPay = nil }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cand := good()
			c.change(&cand)
			assert.Equal(t, c.sure, cand.surelyValid(), "surelyValid()")
			// surelyValid never vouches for a candidate Validate refuses,
			// and every change here that it refuses, Validate refuses too.
			assert.Equal(t, c.sure, cand.Validate() == nil, "Validate() = %v", cand.Validate())
		})
	}
}
