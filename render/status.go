package render

import (
	"fmt"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
)

// GapStatus describes a competency gap in a few words: "met", "short by N"
// (N levels), or "met only in part" when the level was reached through a
// descendant at reduced credit.
func GapStatus(g competency.Gap) string {
	if g.Met {
		return "met"
	}
	if g.Shortfall == 0 {
		return "met only in part"
	}
	return fmt.Sprintf("short by %d", g.Shortfall)
}

// ExperienceStatus describes an experience gap in a few words: "met",
// "met, over the range" or "short by N years".
func ExperienceStatus(g role.ExperienceGap) string {
	switch {
	case !g.Met:
		return fmt.Sprintf("short by %g years", g.Shortfall)
	case g.OverRange:
		return "met, over the range"
	}
	return "met"
}

// EducationSummary describes an education verdict in a few words, such as
// "minimum met, 2 preferred credentials met" or "minimum substituted by
// experience".
func EducationSummary(f role.EducationFit) string {
	s := "minimum met"
	switch {
	case f.SubstitutedByExperience:
		s = "minimum substituted by experience"
	case !f.Met:
		s = "minimum not met"
	}
	switch n := len(f.MeetsPreferred); n {
	case 0:
	case 1:
		s += ", 1 preferred credential met"
	default:
		s += fmt.Sprintf(", %d preferred credentials met", n)
	}
	return s
}

// PaySummary describes a pay comparison in a few words, such as "within the
// band, compa-ratio 0.917" or "not compared: " followed by the reason.
func PaySummary(p role.PayFit) string {
	if !p.Compared {
		return "not compared: " + p.Note
	}
	return fmt.Sprintf("%s the band, compa-ratio %.3f", p.Position, p.CompaRatio)
}

// Verdict is "READY" when ready is true and "NOT READY" otherwise.
func Verdict(ready bool) string {
	if ready {
		return "READY"
	}
	return "NOT READY"
}

// LevelText writes a level with its name on the scale of competency id, as
// "3 Working"; the number alone when ix is nil, the competency is unknown
// or the level has no name.
func LevelText(ix *competency.Index, id competency.ID, level int) string {
	if ix != nil {
		if sc, ok := ix.Scale(id); ok {
			if name := sc.LevelName(level); name != "" {
				return fmt.Sprintf("%d %s", level, name)
			}
		}
	}
	return fmt.Sprint(level)
}

// yesNo is "yes" or "no".
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
