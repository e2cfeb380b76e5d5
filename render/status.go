package render

import (
	"fmt"
	"strings"

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
// "met, over the range", "short by N years", "below the typical range by N
// years" (a soft shortfall, which blocks nothing), "no experience declared"
// (a requirement without years), or, when the requirement's own years are
// met but a nested part is not, "years met, short in a nested part"
// ("years met, below the typical range in a nested part" when that
// shortfall is soft). One year is written "1 year".
func ExperienceStatus(g role.ExperienceGap) string {
	switch {
	case g.Met && g.OverRange:
		return "met, over the range"
	case g.Met:
		return "met"
	case g.Requirement.NoYears() && !g.Declared:
		return "no experience declared"
	case g.Shortfall > 0:
		return shortText(g.Requirement.EffectiveRangeKind(), g.Shortfall)
	case g.Soft:
		return "years met, below the typical range in a nested part"
	}
	return "years met, short in a nested part"
}

// PartStatus describes the outcome of a nested part as ExperienceStatus
// does: "met", "met, over the range", "short by N years", "below the
// typical range by N years" or "no experience declared".
func PartStatus(p role.PartGap) string {
	switch {
	case p.Met && p.OverRange:
		return "met, over the range"
	case p.Met:
		return "met"
	case p.Requirement.NoYears() && !p.Declared:
		return "no experience declared"
	}
	return shortText(p.Requirement.EffectiveRangeKind(), p.Shortfall)
}

func shortText(k role.RangeKind, shortfall float64) string {
	if k == role.Typical {
		return "below the typical range by " + yearsText(shortfall)
	}
	return "short by " + yearsText(shortfall)
}

// yearsText is "1 year" or "N years".
func yearsText(n float64) string {
	if n == 1 {
		return "1 year"
	}
	return fmt.Sprintf("%g years", n)
}

// RangeText writes what an experience range asks for in plain words:
// "6–12+ years" or "8+ years" (a minimum), "2–6 years" (a hard range),
// "3–6 years (at least 3)" (a minimum with a maximum written without a
// plus), "typically 7–10 years" (a typical range), or "experience, no
// years" for a requirement without years.
func RangeText(minYears, maxYears float64, openEnded bool, k role.RangeKind) string {
	e := role.Experience{MinYears: minYears, MaxYears: maxYears, OpenEnded: openEnded, RangeKind: k}
	r := e.Range()
	switch {
	case e.NoYears():
		return "experience, no years"
	case e.EffectiveRangeKind() == role.Typical:
		return "typically " + r + " years"
	case e.EffectiveRangeKind() == role.Minimum && maxYears > 0 && !openEnded:
		return fmt.Sprintf("%s years (at least %g)", r, minYears)
	}
	return r + " years"
}

// AreasText writes accepted areas as "operations or software-engineering".
func AreasText(areas []string) string {
	switch len(areas) {
	case 0:
		return ""
	case 1:
		return areas[0]
	}
	return strings.Join(areas[:len(areas)-1], ", ") + " or " + areas[len(areas)-1]
}

// EducationSummary describes an education verdict in a few words, such as
// "minimum met, 2 preferred credentials met", "minimum substituted by
// experience" or "minimum not met, 1 credential expired".
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
	switch n := len(f.Expired); n {
	case 0:
	case 1:
		s += ", 1 credential expired"
	default:
		s += fmt.Sprintf(", %d credentials expired", n)
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
