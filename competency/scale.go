package competency

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// Built-in scale IDs.
const (
	// ScaleDreyfus is the ID of the Dreyfus scale (1 Novice … 5 Expert).
	ScaleDreyfus ScaleID = "dreyfus"
	// ScaleFramework is the ID of the framework scale (1 Awareness … 5 Expert).
	// It is the default scale of a catalog that names none.
	ScaleFramework ScaleID = "framework"
	// ScaleONetLevel is the ID of O*NET's level scale (0 … 7).
	ScaleONetLevel ScaleID = "onet-level"
	// ScaleONetLevelTenths is the ID of O*NET's level scale in tenths
	// (0 … 70, for the means 0.0 … 7.0).
	ScaleONetLevelTenths ScaleID = "onet-level-tenths"
)

// MaxScaleLevels is the most levels a scale may have.
const MaxScaleLevels = 1000

// Scale is an ordered set of proficiency levels. Levels are ordinal: only
// their order means anything, and a level value is valid only when the scale
// lists it. What a level is worth in a comparison is its position on the
// scale (see Position), never its value: level 1 of a 1–5 scale and level
// 6 of a 6–10 scale are both the first of five.
type Scale struct {
	// ID identifies the scale; competencies refer to it.
	ID ScaleID `json:"id" validate:"required,slug"`
	// Name is the scale's display name.
	Name string `json:"name" validate:"required,max=200"`
	// Description says what the scale measures.
	Description string `json:"description,omitempty" validate:"max=4000"`
	// Levels lists the levels in strictly increasing order of Value.
	Levels []ScaleLevel `json:"levels" validate:"required,min=1,max=1000,dive"`
}

// ScaleLevel is one point of a Scale.
type ScaleLevel struct {
	// Value is the level's position; higher means more proficient.
	Value int `json:"value" validate:"gte=0,lte=1000"`
	// Name is the level's label, such as "Practitioner".
	Name string `json:"name" validate:"required,max=200"`
	// Description says what a person at this level can do.
	Description string `json:"description,omitempty" validate:"max=4000"`
}

// Has reports whether level is on the scale.
func (s Scale) Has(level int) bool { return s.Position(level) > 0 }

// Position returns the position of level on the scale, counting from 1 for
// the lowest level, or 0 when the scale lacks the level (NotHeld included).
// On a scale of n levels, positions run from 1 to n.
func (s Scale) Position(level int) int {
	if level < 0 { // NotHeld, and no scale has a negative level
		return 0
	}
	k, ok := slices.BinarySearchFunc(s.Levels, level, func(l ScaleLevel, v int) int { return cmp.Compare(l.Value, v) })
	if !ok {
		// Levels out of order (a scale that does not validate) are searched
		// one by one.
		k = slices.IndexFunc(s.Levels, func(l ScaleLevel) bool { return l.Value == level })
		if k < 0 {
			return 0
		}
	}
	return k + 1
}

// Fraction returns the position of level as a share of the scale,
// Position(level) / len(Levels): 1 for the top level, 1/n for the lowest of
// n, and 0 when the scale lacks the level.
func (s Scale) Fraction(level int) float64 {
	if len(s.Levels) == 0 {
		return 0
	}
	return float64(s.Position(level)) / float64(len(s.Levels))
}

// Translate returns the level of s that stands for level of scale from: the
// highest level of s whose Fraction does not exceed from.Fraction(level),
// and at least the lowest level of s. A level that from lacks translates to
// NotHeld. Translating to the same scale gives the level back; the top of
// one scale translates to the top of the other.
func (s Scale) Translate(level int, from Scale) int {
	p, n := from.Position(level), len(from.Levels)
	if p == 0 || len(s.Levels) == 0 {
		return NotHeld
	}
	// The largest q with q/len(s.Levels) <= p/n, in integers.
	q := max(p*len(s.Levels)/n, 1)
	return s.Levels[q-1].Value
}

// LevelName returns the name of level, or "" when the scale lacks it.
func (s Scale) LevelName(level int) string {
	for _, l := range s.Levels {
		if l.Value == level {
			return l.Name
		}
	}
	return ""
}

// Min returns the lowest level value, or 0 for a scale with no levels.
func (s Scale) Min() int {
	if len(s.Levels) == 0 {
		return 0
	}
	return s.Levels[0].Value
}

// Max returns the highest level value, or 0 for a scale with no levels.
func (s Scale) Max() int {
	if len(s.Levels) == 0 {
		return 0
	}
	return s.Levels[len(s.Levels)-1].Value
}

// Validate checks the tags and that level values strictly increase.
func (s Scale) Validate() error {
	var errs problem.Errors
	s.check("", &errs)
	return errs.Err("competency: invalid Scale")
}

func (s Scale) check(prefix string, errs *problem.Errors) {
	for _, fe := range validate.Struct(s) {
		fe.Path = problem.JoinPath(prefix, fe.Path)
		errs.Append(fe)
	}
	for i := 1; i < len(s.Levels); i++ {
		prev, cur := s.Levels[i-1].Value, s.Levels[i].Value
		path := problem.Path(prefix, "levels", i, "value")
		switch {
		case cur == prev:
			errs.AddErr(problem.ErrDuplicate, path, "unique", "level value %d repeats levels[%d]", cur, i-1)
		case cur < prev:
			errs.Add(path, "increasing", "level value %d is not greater than the previous level's %d", cur, prev)
		}
	}
}

// DreyfusScale returns the five-level Dreyfus model of skill acquisition,
// the built-in scale "dreyfus".
func DreyfusScale() Scale {
	return Scale{
		ID:          ScaleDreyfus,
		Name:        "Dreyfus model",
		Description: "Stages of skill acquisition from rule-following to intuitive expertise.",
		Levels: []ScaleLevel{
			{1, "Novice", "Follows context-free rules; needs close supervision."},
			{2, "Advanced beginner", "Recognises recurring situations; still needs guidance on priorities."},
			{3, "Competent", "Plans deliberately and takes responsibility for outcomes."},
			{4, "Proficient", "Sees situations as wholes and knows what matters most."},
			{5, "Expert", "Acts intuitively from deep experience; sets the standard for others."},
		},
	}
}

// FrameworkScale returns the five-level proficiency scale common to
// engineering frameworks (Awareness, Foundational, Working, Practitioner,
// Expert), the built-in scale "framework" and the default scale of a
// catalog that names none.
func FrameworkScale() Scale {
	return Scale{
		ID:          ScaleFramework,
		Name:        "Framework proficiency",
		Description: "Proficiency levels used by engineering competency frameworks.",
		Levels: []ScaleLevel{
			{1, "Awareness", "Knows the area exists and what it is for."},
			{2, "Foundational", "Applies the basics with help."},
			{3, "Working", "Applies it independently in everyday work."},
			{4, "Practitioner", "Applies it in complex situations and guides others."},
			{5, "Expert", "Shapes how the organisation applies it."},
		},
	}
}

// ONetLevelScale returns O*NET's level scale (LV), 0 to 7, the built-in
// scale "onet-level". O*NET reports level ratings as means on a continuous
// 0–7 range; this scale holds the integer points, for data rounded to them.
// ONetLevelTenthsScale keeps one decimal.
func ONetLevelScale() Scale {
	return Scale{
		ID:          ScaleONetLevel,
		Name:        "O*NET level",
		Description: "The level scale of O*NET skill and knowledge ratings (0–7).",
		Levels: []ScaleLevel{
			{0, "Level 0", "Not relevant to the work."},
			{1, "Level 1", "Basic."},
			{2, "Level 2", "Between basic and intermediate."},
			{3, "Level 3", "Approaching intermediate."},
			{4, "Level 4", "Intermediate."},
			{5, "Level 5", "Between intermediate and advanced."},
			{6, "Level 6", "Advanced."},
			{7, "Level 7", "Highest; mastery."},
		},
	}
}

// ONetLevelTenthsScale returns O*NET's level scale in tenths, the built-in
// scale "onet-level-tenths": 71 levels, 0 to 70, where level 44 is the
// O*NET mean 4.4 (4.38 rounded to one decimal). Level names are the means,
// "0.0" to "7.0"; the descriptions of the integer points are those of
// ONetLevelScale.
func ONetLevelTenthsScale() Scale {
	whole := ONetLevelScale().Levels
	levels := make([]ScaleLevel, 71)
	for v := range levels {
		levels[v] = ScaleLevel{Value: v, Name: strconv.Itoa(v/10) + "." + strconv.Itoa(v%10)}
		if v%10 == 0 {
			levels[v].Description = whole[v/10].Description
		}
	}
	return Scale{
		ID:          ScaleONetLevelTenths,
		Name:        "O*NET level, in tenths",
		Description: "The level scale of O*NET skill and knowledge ratings (0.0–7.0), as tenths 0–70.",
		Levels:      levels,
	}
}

// BuiltinScales returns fresh copies of the built-in scales.
func BuiltinScales() []Scale {
	return []Scale{DreyfusScale(), FrameworkScale(), ONetLevelScale(), ONetLevelTenthsScale()}
}
