package engineeringladders

import (
	"encoding/json"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/interop/internal/jsonsrc"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/problem"
)

// position reads one position of a ladder into a level of track tid: its
// code (made a slug) is the level's ID, its name the title, its level the
// rank, and each expectation a requirement of the axis's competency at
// the stage's rank.
func (rd *reader) position(raw json.RawMessage, ptr string, tid ladder.TrackID, axes map[string]*axis, comps []competency.Competency) (position, bool) {
	obj, ok := rd.Object(raw, ptr, "code", "name", "level", "senior", "expectations")
	if !ok {
		return position{}, false
	}
	code, okC := rd.Str(obj, "code", ptr)
	name, okN := rd.Str(obj, "name", ptr)
	rank, okL := rd.Integer(obj, "level", ptr, 0, 1000)
	items, okE := rd.List(obj, "expectations", ptr)
	if !okC || !okN || !okL || !okE {
		return position{}, false
	}
	id := validate.Slugify(code)
	if id == "" {
		rd.Rep.Problem(interop.Malformed, rd.At(jsonsrc.Pointer(ptr, "code")), "", "code %q has no letters or digits to make an ID of; left out", code)
		return position{}, false
	}
	if id != code {
		rd.Rep.Problem(interop.Mapped, rd.At(jsonsrc.Pointer(ptr, "code")), "", "the level ID of position %q is %q", code, id)
	}
	if _, ok := obj["senior"]; ok {
		rd.Rep.Problem(interop.Skipped, rd.At(jsonsrc.Pointer(ptr, "senior")), "", "position %s: whether a position is senior has no place in a ladder level", code)
	}
	p := position{lv: ladder.Level{ID: ladder.LevelID(id), Track: tid, Rank: rank, Title: name}, ptr: ptr}
	for i, item := range items {
		ep := jsonsrc.Pointer(ptr, "expectations", i)
		obj, ok := rd.Object(item, ep, "axis", "axisLevel", "axisRank", "text")
		if !ok {
			continue
		}
		axName, okA := rd.Str(obj, "axis", ep)
		stage, okS := rd.Str(obj, "axisLevel", ep)
		stageRank, okR := rd.Integer(obj, "axisRank", ep, 0, 1000)
		if !okA || !okS || !okR {
			continue
		}
		a, known := axes[axName]
		switch {
		case !known:
			rd.Rep.Problem(interop.Malformed, rd.At(jsonsrc.Pointer(ep, "axis")), "", "position %s: axis %q is not an axis of the file; left out", code, axName)
			continue
		case a.stages[stageRank] != stage:
			rd.Rep.Problem(interop.Malformed, rd.At(ep), "", "position %s: stage %d of %s is %q, not %q; left out", code, stageRank, axName, a.stages[stageRank], stage)
			continue
		}
		cid := comps[a.index].ID
		if slices.ContainsFunc(p.lv.Expectations, func(r competency.Requirement) bool { return r.Competency == cid }) {
			rd.Rep.Problem(interop.Malformed, rd.At(ep), "", "position %s: axis %s is already expected; left out", code, axName)
			continue
		}
		if text, ok := rd.Optional(obj, "text", ep); ok && !slices.Contains(a.texts[stageRank], text) {
			a.texts[stageRank] = append(a.texts[stageRank], text)
			comps[a.index].Indicators = append(comps[a.index].Indicators, competency.Indicator{Level: stageRank, Text: text})
			rd.Rep.From(problem.Path("competencies", a.index, "indicators", len(comps[a.index].Indicators)-1), rd.At(jsonsrc.Pointer(ep, "text")))
			rd.Rep.Problem(interop.Mapped, rd.At(jsonsrc.Pointer(ep, "text")), problem.Path("competencies", a.index, "indicators"),
				"position %s words stage %q of %s differently (%q); the wording is kept as another indicator of that stage", code, stage, axName, text)
		}
		p.lv.Expectations = append(p.lv.Expectations, competency.Requirement{Competency: cid, Level: stageRank, Importance: competency.Required})
		p.exps = append(p.exps, ep)
	}
	for _, c := range comps {
		if !slices.ContainsFunc(p.lv.Expectations, func(r competency.Requirement) bool { return r.Competency == c.ID }) {
			rd.Rep.Problem(interop.Missing, rd.At(ptr), "", "position %s gives no stage of axis %s", code, c.Name)
		}
	}
	return p, true
}

// moves links the levels: a promotion from each level to the levels of the
// next higher rank on its track, and a switch between levels of the same
// rank on different tracks, in the order of the levels.
func moves(levels []ladder.Level) []ladder.Move {
	var out []ladder.Move
	for _, a := range levels {
		next := -1
		for _, b := range levels {
			if b.Track == a.Track && b.Rank > a.Rank && (next < 0 || b.Rank < next) {
				next = b.Rank
			}
		}
		for _, b := range levels {
			switch {
			case b.Track == a.Track && b.Rank == next:
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Promotion})
			case b.Track != a.Track && b.Rank == a.Rank:
				out = append(out, ladder.Move{From: a.ID, To: b.ID, Kind: ladder.Switch})
			}
		}
	}
	return out
}
