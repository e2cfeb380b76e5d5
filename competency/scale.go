package competency

import (
	"slices"

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
)

// Scale is an ordered set of proficiency levels. Levels are ordinal: only
// their order means anything, and a level value is valid only when the scale
// lists it.
type Scale struct {
	// ID identifies the scale; competencies refer to it.
	ID ScaleID `json:"id" validate:"required,slug"`
	// Name is the scale's display name.
	Name string `json:"name" validate:"required,max=200"`
	// Description says what the scale measures.
	Description string `json:"description,omitempty" validate:"max=4000"`
	// Levels lists the levels in strictly increasing order of Value.
	Levels []ScaleLevel `json:"levels" validate:"required,min=1,max=100,dive"`
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
func (s Scale) Has(level int) bool {
	return slices.ContainsFunc(s.Levels, func(l ScaleLevel) bool { return l.Value == level })
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
// 0–7 range; this scale holds the integer points, and importers round to
// them.
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

// BuiltinScales returns fresh copies of the built-in scales.
func BuiltinScales() []Scale {
	return []Scale{DreyfusScale(), FrameworkScale(), ONetLevelScale()}
}
