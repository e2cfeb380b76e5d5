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
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 7, MaxYears: 10, RangeKind: role.Typical}, Years: 6, Shortfall: 1, Soft: true}, "below the typical range by 1 year"},
		{role.ExperienceGap{Requirement: role.Experience{Area: "petabyte-scale-warehouses"}}, "no experience declared"},
		{role.ExperienceGap{Requirement: role.Experience{Area: "petabyte-scale-warehouses"}, Declared: true, Met: true}, "met"},
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 7}, Years: 8, Parts: []role.PartGap{{Shortfall: 1}}}, "years met, short in a nested part"},
		{role.ExperienceGap{Requirement: role.Experience{MinYears: 7}, Years: 8, Soft: true, Parts: []role.PartGap{{Shortfall: 1, Soft: true}}}, "years met, below the typical range in a nested part"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.ExperienceStatus(c.g), "ExperienceStatus of %+v", c.g)
	}
}

func TestPartStatus(t *testing.T) {
	cases := []struct {
		p    role.PartGap
		want string
	}{
		{role.PartGap{Requirement: role.ExperiencePart{MinYears: 2}, Years: 3, Met: true}, "met"},
		{role.PartGap{Requirement: role.ExperiencePart{MinYears: 2, MaxYears: 6}, Years: 7, Met: true, OverRange: true}, "met, over the range"},
		{role.PartGap{Requirement: role.ExperiencePart{MinYears: 2}, Years: 0.5, Shortfall: 1.5}, "short by 1.5 years"},
		{role.PartGap{Requirement: role.ExperiencePart{MinYears: 2, RangeKind: role.Typical}, Years: 1, Shortfall: 1, Soft: true}, "below the typical range by 1 year"},
		{role.PartGap{Requirement: role.ExperiencePart{Area: "people-leadership"}}, "no experience declared"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.PartStatus(c.p), "PartStatus of %+v", c.p)
	}
}

func TestRangeText(t *testing.T) {
	cases := []struct {
		min, max float64
		open     bool
		kind     role.RangeKind
		want     string
	}{
		{6, 12, true, "", "6–12+ years"},
		{8, 0, true, "", "8+ years"},
		{2, 6, false, "", "2–6 years"},
		{3, 6, false, role.Minimum, "3–6 years (at least 3)"},
		{7, 10, false, role.Typical, "typically 7–10 years"},
		{0, 0, false, "", "experience, no years"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, render.RangeText(c.min, c.max, c.open, c.kind), "RangeText(%g, %g, %v, %q)", c.min, c.max, c.open, c.kind)
	}
	assert.Equal(t, "operations or software-engineering", render.AreasText([]string{"operations", "software-engineering"}), "AreasText of two")
	assert.Equal(t, "a, b or c", render.AreasText([]string{"a", "b", "c"}), "AreasText of three")
	assert.Equal(t, "a", render.AreasText([]string{"a"}), "AreasText of one")
}

func TestEducationSummary(t *testing.T) {
	cases := []struct {
		f    role.EducationFit
		want string
	}{
		{role.EducationFit{Met: true, MeetsMinimum: true}, "minimum met"},
		{role.EducationFit{Met: true, SubstitutedByExperience: true, MeetsPreferred: []int{0}}, "minimum substituted by experience, 1 preferred credential met"},
		{role.EducationFit{MeetsPreferred: []int{0, 1}}, "minimum not met, 2 preferred credentials met"},
		{role.EducationFit{Expired: []int{0}}, "minimum not met, 1 credential expired"},
		{role.EducationFit{Met: true, MeetsMinimum: true, Expired: []int{1, 2}}, "minimum met, 2 credentials expired"},
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
