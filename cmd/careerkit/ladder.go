package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/ladder"
	"github.com/careerkit/careerkit/render"
)

const ladderHelp = `usage: careerkit ladder --framework F [--ladder ID] <action> [flags] [arguments]

Works on one ladder of the framework F; --ladder may be left out when the
framework has one ladder. --framework and --ladder may also follow the
action. Actions:

  matrix [--track T]
      The competency × level matrix in Markdown: a row per competency, a
      column per level by rank. Without --track, one matrix per track, each
      under a "## Track name (id)" heading.
  mermaid
      The levels and moves as a Mermaid flowchart.
  dot
      The levels and moves in Graphviz DOT.
  path [--format text|json] FROM TO
      The fewest moves from level FROM to level TO, with what changes in the
      expectations at each step.
  readiness --people FILE [--format text|json] PERSON LEVEL
      The competency gaps of PERSON (a subject of the people, candidate or
      profile FILE) against the expectations of LEVEL.

Run 'careerkit ladder <action> -h' for the flags of an action.

Exit status: 0 on success; 1 when a file has problems or the ladder, track,
level or person is unknown, or no moves lead from FROM to TO; 2 on a wrong
command line.
`

var ladderActions = map[string]struct {
	args int
	help string
}{
	"matrix":    {0, "usage: careerkit ladder [--framework F] [--ladder ID] matrix [--track T]\n\nPrints the competency × level matrix of one track, or of every track, in Markdown.\n"},
	"mermaid":   {0, "usage: careerkit ladder [--framework F] [--ladder ID] mermaid\n\nPrints the levels and moves as a Mermaid flowchart.\n"},
	"dot":       {0, "usage: careerkit ladder [--framework F] [--ladder ID] dot\n\nPrints the levels and moves in Graphviz DOT.\n"},
	"path":      {2, "usage: careerkit ladder [--framework F] [--ladder ID] path [--format text|json] FROM TO\n\nPrints the fewest moves from level FROM to level TO and what changes at each step.\n"},
	"readiness": {2, "usage: careerkit ladder [--framework F] [--ladder ID] readiness --people FILE [--format text|json] PERSON LEVEL\n\nPrints the competency gaps of PERSON against the expectations of LEVEL.\n"},
}

func runLadder(args []string, stdout, stderr io.Writer) int {
	var fw, lad string
	common := func(fs *flag.FlagSet) {
		fs.StringVar(&fw, "framework", fw, "the framework `FILE`")
		fs.StringVar(&lad, "ladder", lad, "the ladder `ID` (optional when the framework has one ladder)")
	}
	fs := flagSet("ladder")
	common(fs)
	rest, err := parseFlags(fs, ladderHelp, args, false, stdout)
	if err == nil && len(rest) == 0 {
		err = usagef("no action: want matrix, mermaid, dot, path or readiness")
	}
	if err != nil {
		return fail(stderr, "ladder", err)
	}
	action := rest[0]
	spec, ok := ladderActions[action]
	if !ok {
		return fail(stderr, "ladder", usagef("unknown action %q: want matrix, mermaid, dot, path or readiness", action))
	}
	sub := flagSet("ladder " + action)
	common(sub)
	var track, peopleFile string
	var format *formatFlag
	switch action {
	case "matrix":
		sub.StringVar(&track, "track", "", "the `TRACK` ID (default every track)")
	case "path":
		format = addFormat(sub)
	case "readiness":
		sub.StringVar(&peopleFile, "people", "", "the people, candidate or profile `FILE`")
		format = addFormat(sub)
	}
	pos, err := parseFlags(sub, spec.help, rest[1:], true, stdout)
	switch {
	case err != nil:
	case len(pos) != spec.args:
		err = usagef("%s takes %d arguments, not %d", action, spec.args, len(pos))
	case action == "readiness":
		err = required([2]string{"framework", fw}, [2]string{"people", peopleFile})
	default:
		err = required([2]string{"framework", fw})
	}
	if err != nil {
		return fail(stderr, "ladder", err)
	}

	m, err := loadModel(fw)
	if err != nil {
		return fail(stderr, "ladder", err)
	}
	g, err := ladderOf(m, fw, lad)
	if err != nil {
		return fail(stderr, "ladder", err)
	}
	switch action {
	case "matrix":
		err = printMatrix(stdout, g, fw, track)
	case "mermaid":
		_, err = io.WriteString(stdout, g.Mermaid())
	case "dot":
		_, err = io.WriteString(stdout, g.DOT())
	case "path":
		err = printPath(stdout, g, fw, pos[0], pos[1], *format)
	case "readiness":
		err = printReadiness(stdout, m.Index(), g, fw, peopleFile, pos[0], pos[1], *format)
	}
	if err != nil {
		return fail(stderr, "ladder", err)
	}
	return exitOK
}

// ladderOf returns the compiled ladder id of the framework, or its only
// ladder when id is "".
func ladderOf(m *careerkit.Model, fw, id string) (*ladder.Graph, error) {
	ls := m.Framework().Ladders
	name := func(l ladder.Ladder) string { return string(l.ID) }
	if id == "" {
		switch len(ls) {
		case 0:
			return nil, dataError(fw, "has no ladders")
		case 1:
			id = string(ls[0].ID)
		default:
			return nil, usagef("%s has %d ladders: name one with --ladder (%s)", fw, len(ls), ids(ls, name))
		}
	}
	g, ok := m.Ladder(ladder.ID(id))
	if !ok {
		return nil, dataError(fw, "no ladder %q; ladders: %s", id, ids(ls, name))
	}
	return g, nil
}

func printMatrix(w io.Writer, g *ladder.Graph, fw, track string) error {
	tracks := g.Ladder().Tracks
	if track != "" {
		for _, t := range tracks {
			if string(t.ID) == track {
				s, err := g.Matrix(ladder.TrackID(track))
				if err != nil {
					return err
				}
				_, err = io.WriteString(w, s)
				return err
			}
		}
		return dataError(fw, "ladder %q has no track %q; tracks: %s", g.Ladder().ID, track, ids(tracks, func(t ladder.Track) string { return string(t.ID) }))
	}
	for i, t := range tracks {
		s, err := g.Matrix(t.ID)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "## %s (%s)\n\n%s", t.Name, t.ID, s)
	}
	return nil
}

// step is one move of a path, with what changes along it.
type step struct {
	ladder.Move
	Changes []ladder.Change `json:"changes"`
}

// pathOut is the JSON output of ladder path.
type pathOut struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Moves []step `json:"moves"`
}

func printPath(w io.Writer, g *ladder.Graph, fw, from, to string, format formatFlag) error {
	out := pathOut{From: from, To: to, Moves: []step{}}
	for _, id := range []string{from, to} {
		if _, ok := g.Level(ladder.LevelID(id)); !ok {
			return dataError(fw, "ladder %q has no level %q", g.Ladder().ID, id)
		}
	}
	moves, err := g.Path(ladder.LevelID(from), ladder.LevelID(to))
	if errors.Is(err, ladder.ErrUnreachable) {
		return dataError(fw, "no moves of ladder %q lead from %s to %s", g.Ladder().ID, from, to)
	}
	if err != nil {
		return err
	}
	for _, mv := range moves {
		changes, err := g.Diff(mv.From, mv.To)
		if err != nil {
			return err
		}
		if changes == nil {
			changes = []ladder.Change{}
		}
		out.Moves = append(out.Moves, step{Move: mv, Changes: changes})
	}
	if format == "json" {
		return render.JSON(w, out)
	}
	title := func(id ladder.LevelID) string { lv, _ := g.Level(id); return lv.Title }
	fmt.Fprintf(w, "Path from %s (%s) to %s (%s): %s\n", from, title(ladder.LevelID(from)), to, title(ladder.LevelID(to)), plural(len(moves), "move"))
	for i, s := range out.Moves {
		fmt.Fprintf(w, "%d. %s (%s) → %s (%s): %s", i+1, s.From, title(s.From), s.To, title(s.To), s.Kind)
		if s.Note != "" {
			fmt.Fprintf(w, ", %s", s.Note)
		}
		fmt.Fprintln(w)
		for _, c := range s.Changes {
			switch c.Kind {
			case ladder.Added:
				fmt.Fprintf(w, "   - %s added at %d\n", c.Competency, c.To)
			case ladder.Dropped:
				fmt.Fprintf(w, "   - %s dropped (was %d)\n", c.Competency, c.From)
			default:
				fmt.Fprintf(w, "   - %s %s from %d to %d\n", c.Competency, c.Kind, c.From, c.To)
			}
		}
	}
	return nil
}

func printReadiness(w io.Writer, ix *competency.Index, g *ladder.Graph, fw, peopleFile, person, level string, format formatFlag) error {
	lv, ok := g.Level(ladder.LevelID(level))
	if !ok {
		return dataError(fw, "ladder %q has no level %q", g.Ladder().ID, level)
	}
	p, err := loadPeople(peopleFile)
	if err != nil {
		return err
	}
	pr, path, err := p.profile(person)
	if err != nil {
		return err
	}
	rep, err := g.Readiness(context.Background(), pr, ladder.LevelID(level))
	if err != nil {
		var ve *careerkit.ValidationError
		if errors.As(err, &ve) {
			err = careerkit.SuggestCompetencies(err, competency.Catalog{Competencies: ix.Competencies()})
			return profileProblems(err, p, path)
		}
		return err
	}
	if format == "json" {
		return render.JSON(w, rep)
	}
	ready := "ready"
	if !rep.RequiredMet {
		ready = "not ready"
	}
	fmt.Fprintf(w, "Readiness of %s for %s (%s): %s, score %.3f, %d of %d expectations met\n\n",
		rep.Subject, level, lv.Title, ready, rep.Score, rep.Met(), len(rep.Gaps))
	return render.ReportText(w, rep, ix)
}
