package competency

import "github.com/careerkit/careerkit/internal/enum"

// ID identifies a competency: a slug such as "distributed-systems".
type ID string

// ScaleID identifies a scale: a slug such as "dreyfus" or one of a
// catalog's own.
type ScaleID string

// SubjectID identifies the subject of a profile: an opaque slug such as
// "candidate-17", never a name or an email.
type SubjectID string

// Kind classifies a competency. The zero value is invalid.
type Kind string

// Kinds of competency.
const (
	// Hard is a technical skill.
	Hard Kind = "hard"
	// Soft is an interpersonal or behavioural skill.
	Soft Kind = "soft"
	// Knowledge is a body of knowledge.
	Knowledge Kind = "knowledge"
)

var kinds = enum.New("competency", "kind", false, Hard, Soft, Knowledge)

// Kinds returns every kind, in a new slice: hard, soft, knowledge.
func Kinds() []Kind { return kinds.Values() }

// IsValid reports whether k is hard, soft or knowledge.
func (k Kind) IsValid() bool { return kinds.Has(k) }

// String returns the kind's JSON value.
func (k Kind) String() string { return string(k) }

// MarshalText returns the kind's JSON value, as it is; decoding and
// Validate are where unknown kinds are refused.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts exactly hard, soft or knowledge; anything else is
// an error that lists them.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.Unmarshal(k, text) }

// Competency is a skill, behaviour or body of knowledge that can be held at a
// level of its scale.
type Competency struct {
	// ID identifies the competency in its catalog.
	ID ID `json:"id" validate:"required,slug"`
	// Name is the display name; unique in the catalog, ignoring case and spacing.
	Name string `json:"name" validate:"required,max=200"`
	// Kind says whether it is a hard skill, a soft skill or knowledge.
	Kind Kind `json:"kind" validate:"required"`
	// Category groups related competencies, such as "Architecture".
	Category string `json:"category,omitempty" validate:"max=200"`
	// Description says what the competency covers.
	Description string `json:"description,omitempty" validate:"max=4000"`
	// Scale is the ID of the scale it is measured on; empty means the
	// catalog's default scale.
	Scale ScaleID `json:"scale,omitempty" validate:"omitempty,slug"`
	// Parents are broader competencies of the catalog (a DAG, as in ESCO):
	// holding this competency is evidence of its parents.
	Parents []ID `json:"parents,omitempty" validate:"max=50,unique,dive,slug"`
	// Aliases are other names for it, resolved by lookups; each is unique in the
	// catalog among IDs, names and aliases, ignoring case and spacing.
	Aliases []string `json:"aliases,omitempty" validate:"max=50,dive,required,max=200"`
	// Indicators are observable behaviours at given levels of its scale.
	Indicators []Indicator `json:"indicators,omitempty" validate:"max=200,dive"`
	// DefinedLevels lists the levels at which the competency exists (as in
	// SFIA); empty means every level of its scale.
	DefinedLevels []int `json:"definedLevels,omitempty" validate:"max=1000,unique"`
	// SameAs holds external identifiers of the same competency, such as
	// "onet:2.B.3.e" or an ESCO URI.
	SameAs []string `json:"sameAs,omitempty" validate:"max=50,unique,dive,required,max=500"`
	// Tags are free labels for filtering.
	Tags []string `json:"tags,omitempty" validate:"max=50,unique,dive,required,max=100"`
}

// Indicator is a behaviour that shows a competency at one level.
type Indicator struct {
	// Level is the scale level the behaviour shows.
	Level int `json:"level" validate:"gte=0,lte=1000"`
	// Text describes the behaviour.
	Text string `json:"text" validate:"required,max=2000"`
}
