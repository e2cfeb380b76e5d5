package ladder

import (
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// ID identifies a ladder: a slug such as "engineering".
type ID string

// TrackID identifies a track in its ladder: a slug such as "mgmt".
type TrackID string

// LevelID identifies a level in its ladder: a slug such as "m1". It is
// role.LevelID, the type a role names its level with.
type LevelID = role.LevelID

// MoveKind classifies a move. The zero value is invalid.
type MoveKind string

// Move kinds.
const (
	// Promotion moves up: the rank strictly increases.
	Promotion MoveKind = "promotion"
	// Lateral moves sideways, on the same track or another.
	Lateral MoveKind = "lateral"
	// Switch moves to another track.
	Switch MoveKind = "switch"
)

var moveKinds = enum.New("ladder", "move kind", false, Promotion, Lateral, Switch)

// MoveKinds returns every kind of move, in a new slice: promotion, lateral,
// switch.
func MoveKinds() []MoveKind { return moveKinds.Values() }

// IsValid reports whether k is promotion, lateral or switch.
func (k MoveKind) IsValid() bool { return moveKinds.Has(k) }

// String returns the kind's JSON value.
func (k MoveKind) String() string { return string(k) }

// MarshalText returns the kind's JSON value, as it is; decoding and
// Validate are where unknown kinds are refused.
func (k MoveKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts exactly promotion, lateral or switch; anything else
// is an error that lists them.
func (k *MoveKind) UnmarshalText(text []byte) error { return moveKinds.Unmarshal(k, text) }

// Ladder is a career framework: tracks, the levels on them and the moves
// between levels.
type Ladder struct {
	// ID identifies the ladder.
	ID ID `json:"id" validate:"required,slug"`
	// Name is the ladder's display name.
	Name string `json:"name" validate:"required,max=200"`
	// Family is the job family, such as "Engineering".
	Family string `json:"family,omitempty" validate:"max=200"`
	// Tracks are the parallel tracks, such as IC and management.
	Tracks []Track `json:"tracks" validate:"required,min=1,max=100,dive"`
	// Levels are the levels of every track.
	Levels []Level `json:"levels" validate:"required,min=1,max=100000,dive"`
	// Moves are the ways from one level to another.
	Moves []Move `json:"moves,omitempty" validate:"max=1000000,dive"`
}

// Track is one path through a ladder.
type Track struct {
	// ID identifies the track in the ladder.
	ID TrackID `json:"id" validate:"required,slug"`
	// Name is the track's display name.
	Name string `json:"name" validate:"required,max=200"`
	// Kind says whether it is an individual-contributor (ic) or management
	// track; unlike a role's track, it must be given.
	Kind role.Track `json:"kind" validate:"required"`
}

// Level is one step of a track.
type Level struct {
	// ID identifies the level in the ladder.
	ID LevelID `json:"id" validate:"required,slug"`
	// Track is the ID of the level's track.
	Track TrackID `json:"track" validate:"required,slug"`
	// Rank orders levels: it strictly increases along every promotion.
	Rank int `json:"rank" validate:"gte=0,lte=1000"`
	// Title is the job title at this level.
	Title string `json:"title" validate:"required,max=200"`
	// Summary says what the level is, in a sentence or two.
	Summary string `json:"summary,omitempty" validate:"max=4000"`
	// Role is the ID of the role that fills this level, if modelled.
	Role role.ID `json:"role,omitempty" validate:"omitempty,slug"`
	// Grade is the ID of the level's pay grade in a pay structure.
	Grade salary.GradeID `json:"grade,omitempty" validate:"omitempty,slug"`
	// Expectations are the competencies the level expects, one per competency.
	Expectations []competency.Requirement `json:"expectations,omitempty" validate:"max=1000,dive"`
}

// Move is a way from one level to another.
type Move struct {
	// From is the ID of the level moved from.
	From LevelID `json:"from" validate:"required,slug"`
	// To is the ID of the level moved to.
	To LevelID `json:"to" validate:"required,slug"`
	// Kind is promotion, lateral or switch.
	Kind MoveKind `json:"kind" validate:"required"`
	// Note qualifies the move in words.
	Note string `json:"note,omitempty" validate:"max=2000"`
}

// Validate reports every problem of the ladder on its own: tag rules,
// duplicate IDs, references to unknown tracks and levels, duplicate
// expectations, promotions that do not raise the rank or form a cycle, and
// switches within one track. Compile also checks competency, role and grade
// references.
func (l Ladder) Validate() error {
	var errs problem.Errors
	newGraph(l, &errs)
	return errs.Err("ladder: invalid Ladder")
}
