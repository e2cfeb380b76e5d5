package render_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/render"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

func TestGapStatus(t *testing.T) {
	cases := []struct {
		name string
		g    competency.Gap
		want string
	}{
		{"met", competency.Gap{Met: true}, "met"},
		{"short", competency.Gap{Shortfall: 2}, "short by 2"},
		{"descendant at reduced credit", competency.Gap{Via: competency.ViaDescendant, Credit: 0.5}, "met only in part"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.GapStatus(c.g), "GapStatus of a %s gap", c.name)
	}
}

func TestExperienceStatus(t *testing.T) {
	cases := []struct {
		g    role.ExperienceGap
		want string
	}{
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 6, MaxYears: 12, OpenEnded: true}, Years: 20, Met: true}, "met"},
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 2, MaxYears: 6}, Years: 7, Met: true, OverRange: true}, "met, over the range"},
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 8, OpenEnded: true, Preferred: true}, Years: 7.5, Shortfall: 0.5}, "short by 0.5 years"},
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 3}, Years: 3, Met: true}, "met"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.ExperienceStatus(c.g), "ExperienceStatus of %+v", c.g)
	}
}

func TestEducationSummary(t *testing.T) {
	cases := []struct {
		f    role.EducationFit
		want string
	}{
		{role.EducationFit{Met: true, MeetsMinimum: true}, "minimum met"},
		{role.EducationFit{Met: true, SubstitutedByExperience: true, MeetsPreferred: []int{0}}, "minimum substituted by experience, 1 preferred credential met"},
		{role.EducationFit{MeetsPreferred: []int{0, 1}}, "minimum not met, 2 preferred credentials met"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.EducationSummary(c.f), "EducationSummary of %+v", c.f)
	}
}

func TestPaySummary(t *testing.T) {
	assert.Equal(t, "within the band, compa-ratio 0.917", render.PaySummary(role.PayFit{Compared: true, Position: salary.Within, CompaRatio: 0.9166}), "compared")
	assert.Equal(t, "not compared: no band", render.PaySummary(role.PayFit{Note: "no band"}), "not compared")
}

func TestVerdictAndLevelText(t *testing.T) {
	assert.Equal(t, "READY", render.Verdict(true), "ready")
	assert.Equal(t, "NOT READY", render.Verdict(false), "not ready")
	assert.Equal(t, "3", render.LevelText(nil, "x", 3), "no index: the number alone")
}
