package esco_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/document"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/interop/esco"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

const fixture = "testdata"

// The fixture's file names.
const (
	fOcc     = "occupations_en.csv"
	fSkills  = "skills_en.csv"
	fRel     = "occupationSkillRelations_en.csv"
	fBroader = "broaderRelationsSkillPillar_en.csv"
	fGroups  = "skillGroups_en.csv"
	fISCO    = "ISCOGroups_en.csv"
)

var fixtureFiles = []string{fOcc, fSkills, fRel, fBroader, fGroups, fISCO}

// rawRows reads a fixture file with encoding/csv into one map per row,
// keyed by the header: the oracle the tests compare the import with.
func rawRows(t testing.TB, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(fixture, name))
	require.NoError(t, err, "open %s", name)
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err, "encoding/csv ReadAll of %s", name)
	var out []map[string]string
	for _, rec := range all[1:] {
		m := map[string]string{}
		for i, col := range all[0] {
			m[col] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

// fixtureFS returns the fixture as a MapFS that a test may change.
func fixtureFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range fixtureFiles {
		data, err := os.ReadFile(filepath.Join(fixture, name))
		require.NoError(t, err, "read %s", name)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func importFixture(t *testing.T, opts esco.Options) (careerkit.Framework, *interop.Report) {
	t.Helper()
	fw, rep, err := esco.Import(fixture, opts)
	require.NoError(t, err, "Import(%s, %+v)", fixture, opts)
	return fw, rep
}

func TestImportCounts(t *testing.T) {
	fw, rep := importFixture(t, esco.Options{})
	skills := rawRows(t, fSkills)
	occs := rawRows(t, fOcc)
	rels := rawRows(t, fRel)
	broader := rawRows(t, fBroader)
	groups := map[string]string{}
	for _, g := range rawRows(t, fGroups) {
		groups[g["conceptUri"]] = g["preferredLabel"]
	}

	skillURIs := map[string]bool{}
	kinds := map[competency.Kind]int{}
	for _, s := range skills {
		skillURIs[s["conceptUri"]] = true
		switch {
		case s["skillType"] == "knowledge":
			kinds[competency.Knowledge]++
		case s["reuseLevel"] == "transversal":
			kinds[competency.Soft]++
		default:
			kinds[competency.Hard]++
		}
	}
	parents := 0
	for _, b := range broader {
		if skillURIs[b["conceptUri"]] && skillURIs[b["broaderUri"]] {
			parents++
		}
	}

	t.Run("counts", func(t *testing.T) {
		assert.Equal(t, len(skills), rep.Counts["competencies"], "competencies: one per row of %s", fSkills)
		assert.Len(t, fw.Competencies, len(skills), "Framework.Competencies")
		assert.Equal(t, len(occs), rep.Counts["roles"], "roles: one per row of %s", fOcc)
		assert.Len(t, fw.Roles, len(occs), "Framework.Roles")
		assert.Equal(t, len(rels), rep.Counts["requirements"], "requirements: one per row of %s", fRel)
		assert.Equal(t, parents, rep.Counts["parents"], "parents: rows of %s between two skills of %s", fBroader, fSkills)
		got := map[competency.Kind]int{}
		for _, c := range fw.Competencies {
			got[c.Kind]++
		}
		assert.Equal(t, kinds, got, "kinds from skillType and reuseLevel")
	})

	t.Run("per role", func(t *testing.T) {
		for i, o := range occs {
			want := map[competency.Importance]int{}
			for _, r := range rels {
				if r["occupationUri"] == o["conceptUri"] {
					want[map[string]competency.Importance{"essential": competency.Required, "optional": competency.Preferred}[r["relationType"]]]++
				}
			}
			got := map[competency.Importance]int{}
			for _, req := range fw.Roles[i].Requirements {
				got[req.Importance]++
				assert.Equal(t, esco.DefaultLevel, req.Level, "roles[%d] requirement %s: the default level", i, req.Competency)
				assert.Nil(t, req.Weight, "roles[%d] requirement %s: weight unset, which means 1", i, req.Competency)
			}
			assert.Equal(t, want, got, "roles[%d] (%s): requirements by importance", i, o["preferredLabel"])
			assert.Equal(t, o["preferredLabel"], fw.Roles[i].Title, "roles[%d].title", i)
		}
	})

	t.Run("per competency", func(t *testing.T) {
		for i, s := range skills {
			c := fw.Competencies[i]
			assert.Equal(t, s["preferredLabel"], c.Name, "competencies[%d].name", i)
			assert.Equal(t, []string{s["conceptUri"]}, c.SameAs, "competencies[%d].sameAs", i)
			assert.Equal(t, strings.TrimSpace(s["description"]), c.Description, "competencies[%d].description, trimmed", i)
			var cat string
			for _, b := range broader {
				if b["conceptUri"] == s["conceptUri"] && b["broaderType"] == "SkillGroup" && cat == "" {
					cat = groups[b["broaderUri"]]
				}
			}
			assert.Equal(t, cat, c.Category, "competencies[%d].category: its skill group's label", i)
			for _, a := range c.Aliases {
				assert.Contains(t, strings.Split(s["altLabels"], "\n"), a, "competencies[%d].aliases come from altLabels", i)
			}
		}
	})

	t.Run("validates and compiles", func(t *testing.T) {
		require.NoError(t, fw.Validate(), "Validate")
		m, err := fw.Compile()
		require.NoError(t, err, "Compile")
		id, _, ok := m.Index().Lookup("working in teams")
		require.True(t, ok, "Index.Lookup of an alias")
		assert.Equal(t, competency.ID("esco-60c78287-22eb-4103-9c8c-28deaa460da0"), id, "the alias resolves to work in teams")
	})
}

func TestImportValues(t *testing.T) {
	fw, rep := importFixture(t, esco.Options{})
	byID := map[competency.ID]competency.Competency{}
	for _, c := range fw.Competencies {
		byID[c.ID] = c
	}
	assert.Equal(t, "ESCO", fw.Name, "Name")
	assert.Empty(t, fw.Version, "Version: the CSV files do not say it")

	// The first row of occupations_en.csv: technical director, ISCO 2654,
	// eight essential skills.
	td := fw.Roles[0]
	assert.Equal(t, role.ID("esco-00030d09-2b3a-4efd-87cc-c4ea39d27c34"), td.ID, "roles[0].id")
	assert.Equal(t, "technical director", td.Title, "roles[0].title")
	assert.Equal(t, []role.Code{
		{Scheme: "esco", Code: "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34", Label: "technical director"},
		{Scheme: "isco-08", Code: "2654", Label: "Film, stage and related directors and producers"},
	}, td.Codes, "roles[0].codes")
	assert.True(t, strings.HasPrefix(td.Summary, "Technical directors realise the artistic visions"), "roles[0].summary from description: %q", td.Summary)
	require.Len(t, td.Requirements, 8, "roles[0].requirements")
	assert.Equal(t, competency.Requirement{Competency: "esco-fed5b267-73fa-461d-9f69-827c78beb39d", Level: 3, Importance: competency.Required}, td.Requirements[0], "roles[0].requirements[0]: theatre techniques, essential")

	wit := byID["esco-60c78287-22eb-4103-9c8c-28deaa460da0"]
	assert.Equal(t, "work in teams", wit.Name, "work in teams: name")
	assert.Equal(t, competency.Soft, wit.Kind, "work in teams: skill/competence and transversal is soft")
	assert.Equal(t, "collaborating in teams and networks", wit.Category, "work in teams: category")
	assert.NotContains(t, wit.Aliases, "work in teams", "work in teams: its own label is no alias")
	assert.Contains(t, wit.Aliases, "working in teams", "work in teams: aliases")

	assert.Equal(t, competency.Knowledge, byID["esco-fed5b267-73fa-461d-9f69-827c78beb39d"].Kind, "theatre techniques: knowledge")
	assert.Equal(t, []competency.ID{"esco-60c78287-22eb-4103-9c8c-28deaa460da0"}, byID["esco-2450b273-bc3f-418f-862b-27c2309f4c54"].Parents, "work in fitness teams: broader is work in teams")
	// clean amusement park facilities has two broader skills, both in the
	// fixture (broaderRelationsSkillPillar rows 71 and 72).
	assert.Equal(t, []competency.ID{"esco-82d83fd3-bd6b-4e09-8291-2e0f83e323f9", "esco-1008da30-7690-42c8-94c7-3f3bd8885c00"}, byID["esco-b9a9459c-befa-4b30-95b8-25b5dc83d8f1"].Parents, "clean amusement park facilities: two parents")

	// "provide fitness customer care" is an altLabel of provide fitness
	// customer service and the name of another skill: dropped, reported.
	pfcs := byID["esco-b711fd4d-0b1a-4e08-ae16-339bb2430ffd"]
	assert.NotContains(t, pfcs.Aliases, "provide fitness customer care", "an altLabel that is another skill's name")
	var found bool
	for _, p := range rep.ProblemsOf(interop.Skipped) {
		if strings.Contains(p.Message, `"provide fitness customer care"`) {
			found = true
			assert.Equal(t, interop.Source{File: fSkills, Row: 271}, p.From, "the skill's row (the line its record starts on)")
		}
	}
	assert.True(t, found, "the dropped altLabel is reported")

	t.Run("provenance", func(t *testing.T) {
		for path, want := range map[string]interop.Source{
			"roles[0]":                 {File: fOcc, Row: 2},
			"roles[0].requirements[0]": {File: fRel, Row: 2},
			"competencies[0]":          {File: fSkills, Row: 2},
			"competencies[0].category": {File: fBroader, Row: 2},
		} {
			got, ok := rep.Lookup(path)
			require.True(t, ok, "Lookup(%s)", path)
			assert.Equal(t, want, got, "Lookup(%s)", path)
		}
		for i := range fw.Competencies {
			for j := range fw.Competencies[i].Parents {
				got, ok := rep.Lookup(problem.Path("competencies", i, "parents", j))
				assert.True(t, ok && got.File == fBroader && got.Row > 1, "competencies[%d].parents[%d] has its row: %v", i, j, got)
			}
		}
	})

	t.Run("mapped problems", func(t *testing.T) {
		var level, kind bool
		for _, p := range rep.ProblemsOf(interop.Mapped) {
			level = level || strings.Contains(p.Message, "level 3 (Working)")
			kind = kind || strings.Contains(p.Message, "transversal")
		}
		assert.True(t, level, "the report says the level is a default: %v", rep.ProblemsOf(interop.Mapped))
		assert.True(t, kind, "the report says how skillType maps to kind")
	})
}

func TestSlices(t *testing.T) {
	const td = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
	rels := rawRows(t, fRel)
	broader := rawRows(t, fBroader)
	skills := map[string]bool{}
	for _, s := range rawRows(t, fSkills) {
		skills[s["conceptUri"]] = true
	}
	// needed computes the skills occupations link to, and their broader
	// skills in the fixture, from the raw rows.
	needed := func(occ func(string) bool) int {
		set := map[string]bool{}
		for _, r := range rels {
			if occ(r["occupationUri"]) {
				set[r["skillUri"]] = true
			}
		}
		for changed := true; changed; {
			changed = false
			for _, b := range broader {
				if set[b["conceptUri"]] && skills[b["broaderUri"]] && !set[b["broaderUri"]] {
					set[b["broaderUri"]], changed = true, true
				}
			}
		}
		return len(set)
	}
	occISCO := map[string]string{}
	for _, o := range rawRows(t, fOcc) {
		occISCO[o["conceptUri"]] = o["iscoGroup"]
	}
	tests := []struct {
		name      string
		opts      esco.Options
		roles     int
		skills    int
		allSkills bool
	}{
		// technical director only: 8 relations, 8 skills, one of which
		// (adapt to artists' creative demands) has the broader skill adapt
		// to change: 9 skills.
		{"one URI, needed skills", esco.Options{Occupations: []string{td}, NeededSkillsOnly: true}, 1, needed(func(u string) bool { return u == td }), false},
		{"one URI, every skill", esco.Options{Occupations: []string{td}}, 1, 0, true},
		// ISCO prefix 34: sports official 3422 and leisure attendant 3423.
		{"ISCO prefix", esco.Options{ISCOGroups: []string{"34"}, NeededSkillsOnly: true}, 2, needed(func(u string) bool { return strings.HasPrefix(occISCO[u], "34") }), false},
		{"URI or ISCO group", esco.Options{Occupations: []string{td}, ISCOGroups: []string{"9212"}, NeededSkillsOnly: true}, 2, needed(func(u string) bool { return u == td || occISCO[u] == "9212" }), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fw, rep := importFixture(t, tc.opts)
			assert.Len(t, fw.Roles, tc.roles, "roles of %+v", tc.opts)
			if tc.allSkills {
				assert.Len(t, fw.Competencies, len(skills), "every skill without NeededSkillsOnly")
			} else {
				assert.Len(t, fw.Competencies, tc.skills, "needed skills of %+v", tc.opts)
			}
			assert.NotEmpty(t, rep.ProblemsOf(interop.Skipped), "what the selection leaves out is reported")
			require.NoError(t, fw.Validate(), "the slice validates")
		})
	}
	assert.Equal(t, 9, needed(func(u string) bool { return u == td }), "technical director needs 8 skills and 1 broader skill")

	t.Run("unknown URI", func(t *testing.T) {
		_, rep := importFixture(t, esco.Options{Occupations: []string{"http://data.europa.eu/esco/occupation/nope"}})
		require.NotEmpty(t, rep.ProblemsOf(interop.Missing), "an unknown URI is reported")
		assert.Contains(t, rep.ProblemsOf(interop.Missing)[0].Message, "occupation/nope", "the message names it")
	})
	t.Run("nothing needed", func(t *testing.T) {
		_, _, err := esco.Import(fixture, esco.Options{ISCOGroups: []string{"1"}, NeededSkillsOnly: true})
		assert.ErrorContains(t, err, "no skill was imported", "no occupation of group 1 in the fixture, so no skill")
	})
}

func TestOptions(t *testing.T) {
	t.Run("level", func(t *testing.T) {
		fw, rep := importFixture(t, esco.Options{Level: 5, Name: "ESCO slice", Version: "v1.1.1"})
		assert.Equal(t, 5, fw.Roles[0].Requirements[0].Level, "Options.Level")
		assert.Equal(t, "ESCO slice", fw.Name, "Options.Name")
		assert.Equal(t, "v1.1.1", fw.Version, "Options.Version")
		assert.Contains(t, rep.ProblemsOf(interop.Mapped)[1].Message, "level 5 (Expert)", "the report names the level")
	})
	for _, tc := range []struct {
		name string
		opts esco.Options
		want string
	}{
		{"level off the scale", esco.Options{Level: 6}, "level: level 6 is not a level"},
		{"bad ISCO group", esco.Options{ISCOGroups: []string{"25a"}}, "iscoGroups[0]"},
		{"bad language", esco.Options{Language: "../en"}, "language"},
		{"empty URI", esco.Options{Occupations: []string{" "}}, "occupations[0]"},
		{"negative limit", esco.Options{MaxFileBytes: -1}, "maxFileBytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := esco.ReadFS(fixtureFS(t), tc.opts)
			assert.ErrorContains(t, err, tc.want, "ReadFS(%+v)", tc.opts)
		})
	}
}

func TestFileNames(t *testing.T) {
	t.Run("language-independent relation files", func(t *testing.T) {
		fsys := fixtureFS(t)
		fsys["occupationSkillRelations.csv"] = fsys[fRel]
		fsys["broaderRelationsSkillPillar.csv"] = fsys[fBroader]
		delete(fsys, fRel)
		delete(fsys, fBroader)
		fw, rep, err := esco.ReadFS(fsys, esco.Options{})
		require.NoError(t, err, "ReadFS with the v1.1.1 relation file names")
		assert.Equal(t, len(rawRows(t, fRel)), rep.Counts["requirements"], "requirements from occupationSkillRelations.csv")
		assert.NotEmpty(t, fw.Competencies[8].Parents, "parents from broaderRelationsSkillPillar.csv")
	})
	t.Run("columns by name", func(t *testing.T) {
		// Relations with label columns and another column order, as some
		// packages of v1.2 write them.
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		require.NoError(t, w.Write([]string{"skillUri", "skillLabel", "relationType", "occupationLabel", "occupationUri"}), "write header")
		for _, r := range rawRows(t, fRel) {
			require.NoError(t, w.Write([]string{r["skillUri"], "a label", r["relationType"], "an occupation", r["occupationUri"]}), "write row")
		}
		w.Flush()
		fsys := fixtureFS(t)
		fsys[fRel] = &fstest.MapFile{Data: buf.Bytes()}
		got, _, err := esco.ReadFS(fsys, esco.Options{})
		require.NoError(t, err, "ReadFS with reordered relation columns")
		want, _ := importFixture(t, esco.Options{})
		assert.Empty(t, cmp.Diff(want, got, cmpopts.EquateEmpty()), "the same import")
	})
	t.Run("optional files missing", func(t *testing.T) {
		fsys := fixtureFS(t)
		for _, name := range []string{fRel, fBroader, fGroups, fISCO} {
			delete(fsys, name)
		}
		fw, rep, err := esco.ReadFS(fsys, esco.Options{})
		require.NoError(t, err, "ReadFS with only occupations and skills")
		assert.Len(t, rep.ProblemsOf(interop.Missing), 4, "each missing file is reported")
		assert.Empty(t, fw.Roles[0].Requirements, "no relations, no requirements")
		assert.Empty(t, fw.Competencies[0].Category, "no skill groups, no category")
		assert.Equal(t, "2654", fw.Roles[0].Codes[1].Code, "the ISCO-08 code without ISCOGroups")
		assert.Empty(t, fw.Roles[0].Codes[1].Label, "and without its label")
	})
	t.Run("other language", func(t *testing.T) {
		fsys := fstest.MapFS{}
		for name, f := range fixtureFS(t) {
			fsys[strings.Replace(name, "_en.csv", "_fr.csv", 1)] = f
		}
		_, _, err := esco.ReadFS(fsys, esco.Options{})
		assert.ErrorContains(t, err, "no occupations_en.csv", "English by default")
		_, rep, err := esco.ReadFS(fsys, esco.Options{Language: "fr"})
		require.NoError(t, err, "ReadFS with Language fr")
		assert.Equal(t, len(rawRows(t, fOcc)), rep.Counts["roles"], "roles from occupations_fr.csv")
	})
	t.Run("zip", func(t *testing.T) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, f := range fixtureFS(t) {
			w, err := zw.Create(name)
			require.NoError(t, err, "zip Create %s", name)
			_, err = w.Write(f.Data)
			require.NoError(t, err, "zip Write %s", name)
		}
		require.NoError(t, zw.Close(), "zip Close")
		path := filepath.Join(t.TempDir(), "ESCO dataset - v1.1.1 - classification - en - csv.zip")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o600), "write the zip")
		fw, rep, err := esco.Import(path, esco.Options{})
		require.NoError(t, err, "Import of a zip")
		assert.Equal(t, path, rep.Source, "Report.Source")
		want, _ := importFixture(t, esco.Options{})
		assert.Empty(t, cmp.Diff(want, fw, cmpopts.EquateEmpty()), "the zip imports as the folder does")
	})
	t.Run("not a folder", func(t *testing.T) {
		_, _, err := esco.Import(filepath.Join(fixture, fSkills), esco.Options{})
		assert.ErrorContains(t, err, "not a folder or a .zip file", "Import of a CSV file")
		_, _, err = esco.Import(filepath.Join(fixture, "nope"), esco.Options{})
		assert.Error(t, err, "Import of nothing")
	})
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(fstest.MapFS)
		opts   esco.Options
		want   string
	}{
		{"no occupations", func(f fstest.MapFS) { delete(f, fOcc) }, esco.Options{}, "no occupations_en.csv"},
		{"no skills", func(f fstest.MapFS) { delete(f, fSkills) }, esco.Options{}, "no skills_en.csv"},
		{"empty skills", func(f fstest.MapFS) { f[fSkills] = &fstest.MapFile{} }, esco.Options{}, "skills_en.csv is empty"},
		{"missing column", func(f fstest.MapFS) {
			f[fRel] = &fstest.MapFile{Data: []byte("occupationUri,skillType,skillUri\n")}
		}, esco.Options{}, `no column "relationType"`},
		{"over the limit", func(fstest.MapFS) {}, esco.Options{MaxFileBytes: 10000}, "larger than the limit of 10000 bytes"},
		{"only header", func(f fstest.MapFS) {
			f[fSkills] = &fstest.MapFile{Data: []byte("conceptUri,preferredLabel,skillType,reuseLevel,altLabels,description\n")}
		}, esco.Options{}, "no skill was imported"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixtureFS(t)
			tc.change(fsys)
			_, rep, err := esco.ReadFS(fsys, tc.opts)
			assert.ErrorContains(t, err, tc.want, "ReadFS")
			assert.NotNil(t, rep, "a report even on error")
		})
	}
}

// TestMalformed changes one row of a copy of the fixture and checks the
// problem reported at that row, and that the import still validates.
func TestMalformed(t *testing.T) {
	const (
		s1 = "http://data.europa.eu/esco/skill/fed5b267-73fa-461d-9f69-827c78beb39d"
		s2 = "http://data.europa.eu/esco/skill/05bc7677-5a64-4e0c-ade3-0140348d4125"
		td = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
	)
	appendTo := func(name, text string) func(fstest.MapFS) {
		return func(f fstest.MapFS) {
			f[name] = &fstest.MapFile{Data: append(bytes.Clone(f[name].Data), text...)}
		}
	}
	// The number of lines of each file: an appended row starts on the
	// next one.
	lines := func(name string) int { return bytes.Count(mustRead(t, name), []byte("\n")) }
	skillLines, relLines, broaderLines := lines(fSkills), lines(fRel), lines(fBroader)
	for _, tc := range []struct {
		name   string
		change func(fstest.MapFS)
		kind   interop.ProblemKind
		from   interop.Source
		msg    string
	}{
		{"too few fields", appendTo(fSkills, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,knowledge\r\n"),
			interop.Malformed, interop.Source{File: fSkills, Row: skillLines + 1}, "3 fields where the header has 13"},
		{"bare quote", appendTo(fSkills, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,kno\"wledge,,x,,,,,,,,\r\n"),
			interop.Malformed, interop.Source{File: fSkills, Row: skillLines + 1}, "bare \""},
		{"not UTF-8", appendTo(fSkills, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,knowledge,,\xff,,,,,,,,\r\n"),
			interop.Malformed, interop.Source{File: fSkills, Row: skillLines + 1}, "not valid UTF-8"},
		{"no skillType", appendTo(fSkills, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,,,some skill,,,released,,,,,\r\n"),
			interop.Missing, interop.Source{File: fSkills, Row: skillLines + 1}, "no skillType"},
		{"unknown skillType", appendTo(fSkills, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,attitude,,some skill,,,released,,,,,\r\n"),
			interop.Malformed, interop.Source{File: fSkills, Row: skillLines + 1}, `skillType "attitude"`},
		{"repeated URI", appendTo(fSkills, "KnowledgeSkillCompetence,"+s1+",knowledge,,theatre again,,,released,,,,,\r\n"),
			interop.Skipped, interop.Source{File: fSkills, Row: skillLines + 1}, "it repeats row"},
		{"same ID", appendTo(fSkills, "KnowledgeSkillCompetence,http://example.org/FED5B267-73FA-461D-9F69-827C78BEB39D,knowledge,,theatre again,,,released,,,,,\r\n"),
			interop.Skipped, interop.Source{File: fSkills, Row: skillLines + 1}, "is already that of row"},
		{"URI without ID", appendTo(fSkills, "KnowledgeSkillCompetence,http://example.org/skill/,knowledge,,x,,,released,,,,,\r\n"),
			interop.Malformed, interop.Source{File: fSkills, Row: skillLines + 1}, "does not end in a segment"},
		{"same name", appendTo(fSkills, "KnowledgeSkillCompetence,http://example.org/x,knowledge,,Theatre  Techniques,,,released,,,,,\r\n"),
			interop.Skipped, interop.Source{File: fSkills, Row: skillLines + 1}, "is already that of esco-fed5b267"},
		{"unknown relationType", appendTo(fRel, td+",useful,knowledge,"+s1+"\r\n"),
			interop.Malformed, interop.Source{File: fRel, Row: relLines + 1}, `relationType "useful"`},
		{"skill not in the skills file", appendTo(fRel, td+",essential,knowledge,http://data.europa.eu/esco/skill/nope\r\n"),
			interop.Malformed, interop.Source{File: fRel, Row: relLines + 1}, "skill http://data.europa.eu/esco/skill/nope is not in skills_en.csv"},
		{"repeated relation", appendTo(fRel, td+",optional,knowledge,"+s1+"\r\n"),
			interop.Skipped, interop.Source{File: fRel, Row: relLines + 1}, "it repeats the relation"},
		{"occupation not in the file", appendTo(fRel, "http://data.europa.eu/esco/occupation/nope,essential,knowledge,"+s1+"\r\n"),
			interop.Skipped, interop.Source{File: fRel, Row: relLines + 1}, "the occupation is not in occupations_en.csv"},
		{"broader than itself", appendTo(fBroader, "KnowledgeSkillCompetence,"+s1+",KnowledgeSkillCompetence,"+s1+"\r\n"),
			interop.Malformed, interop.Source{File: fBroader, Row: broaderLines + 1}, "broader than itself"},
		// theatre techniques → organise rehearsals → theatre techniques: the
		// walk starts at organise rehearsals (competencies[1]) and meets the
		// cycle at theatre techniques' relation, the first row appended.
		{"cycle", appendTo(fBroader, "KnowledgeSkillCompetence,"+s1+",KnowledgeSkillCompetence,"+s2+"\r\nKnowledgeSkillCompetence,"+s2+",KnowledgeSkillCompetence,"+s1+"\r\n"),
			interop.Malformed, interop.Source{File: fBroader, Row: broaderLines + 1}, "closes a cycle"},
		{"bad ISCO group", func(f fstest.MapFS) {
			f[fOcc] = &fstest.MapFile{Data: bytes.Replace(f[fOcc].Data, []byte(",2654,technical director,"), []byte(",26x4,technical director,"), 1)}
		}, interop.Malformed, interop.Source{File: fOcc, Row: 2}, `iscoGroup "26x4"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixtureFS(t)
			tc.change(fsys)
			fw, rep, err := esco.ReadFS(fsys, esco.Options{})
			require.NoError(t, err, "ReadFS goes on past a bad row")
			require.NoError(t, fw.Validate(), "the import validates")
			var got []interop.Problem
			for _, p := range rep.ProblemsOf(tc.kind) {
				if p.From == tc.from {
					got = append(got, p)
				}
			}
			require.Len(t, got, 1, "one %s problem at %s; all of that kind: %v", tc.kind, tc.from, rep.ProblemsOf(tc.kind))
			assert.Contains(t, got[0].Message, tc.msg, "the message")
		})
	}
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixture, name))
	require.NoError(t, err, "read %s", name)
	return data
}

func TestRoundTrip(t *testing.T) {
	for _, opts := range []esco.Options{{}, {ISCOGroups: []string{"3"}, NeededSkillsOnly: true, Version: "v1.1.1"}} {
		fw, _ := importFixture(t, opts)
		data, err := careerkit.Marshal(fw, document.YAML)
		require.NoError(t, err, "Marshal(%+v) as YAML", opts)
		back, err := careerkit.Load(bytes.NewReader(data))
		require.NoError(t, err, "Load of the marshalled import")
		assert.Empty(t, cmp.Diff(fw, back, cmpopts.EquateEmpty()), "Marshal then Load gives the framework back (%+v)", opts)
		require.NoError(t, back.Validate(), "the loaded framework validates")
	}
}

// TestValueRules checks the rules that shape values, on skills appended to
// a copy of the fixture.
func TestValueRules(t *testing.T) {
	// row writes a skills_en.csv row in the fixture's 13 columns.
	row := func(uri, label, alts, definition, description string) string {
		return "KnowledgeSkillCompetence," + uri + ",skill/competence,cross-sector," + label + ",\"" + alts + "\",,released,,,\"" + definition + "\",,\"" + description + "\"\r\n"
	}
	read := func(t *testing.T, rows ...string) (careerkit.Framework, *interop.Report, int) {
		t.Helper()
		fsys := fixtureFS(t)
		first := bytes.Count(fsys[fSkills].Data, []byte("\n")) + 1
		fsys[fSkills] = &fstest.MapFile{Data: append(bytes.Clone(fsys[fSkills].Data), strings.Join(rows, "")...)}
		fw, rep, err := esco.ReadFS(fsys, esco.Options{})
		require.NoError(t, err, "ReadFS")
		require.NoError(t, fw.Validate(), "Validate")
		return fw, rep, first
	}
	last := func(fw careerkit.Framework, n int) []competency.Competency {
		return fw.Competencies[len(fw.Competencies)-n:]
	}
	problemsAt := func(rep *interop.Report, k interop.ProblemKind, src interop.Source) []string {
		var out []string
		for _, p := range rep.ProblemsOf(k) {
			if p.From == src {
				out = append(out, p.Message)
			}
		}
		return out
	}

	t.Run("shared altLabel", func(t *testing.T) {
		fw, rep, first := read(t, row("http://x/a", "alpha", "shared\nonly a", "", "A."), row("http://x/b", "beta", "Shared", "", "B."))
		c := last(fw, 2)
		assert.Equal(t, []string{"only a"}, c[0].Aliases, "alpha keeps its own label only")
		assert.Empty(t, c[1].Aliases, "beta loses the shared label too (case ignored)")
		assert.Len(t, problemsAt(rep, interop.Skipped, interop.Source{File: fSkills, Row: first}), 1, "reported at alpha's row")
		assert.Len(t, problemsAt(rep, interop.Skipped, interop.Source{File: fSkills, Row: first + 2}), 1, "reported at beta's row (alpha's record spans two lines)")
	})
	t.Run("definition when no description", func(t *testing.T) {
		fw, rep, first := read(t, row("http://x/a", "alpha", "", "Defined.", ""))
		assert.Equal(t, "Defined.", last(fw, 1)[0].Description, "description from definition")
		assert.Len(t, problemsAt(rep, interop.Mapped, interop.Source{File: fSkills, Row: first}), 1, "the fallback is reported")
	})
	t.Run("long description", func(t *testing.T) {
		long := strings.Repeat("é", 4100) // 4,100 runes, over the model's 4,000
		fw, rep, first := read(t, row("http://x/a", "alpha", "", "", long))
		assert.Equal(t, 4000, len([]rune(last(fw, 1)[0].Description)), "cut to 4,000 characters")
		msgs := problemsAt(rep, interop.Mapped, interop.Source{File: fSkills, Row: first})
		require.Len(t, msgs, 1, "the cut is reported")
		assert.Contains(t, msgs[0], "cut to 4000 characters", "the message")
	})
	t.Run("too many aliases", func(t *testing.T) {
		alts := make([]string, 53)
		for i := range alts {
			alts[i] = "alias " + strings.Repeat("x", i+1)
		}
		fw, rep, first := read(t, row("http://x/a", "alpha", strings.Join(alts, "\n"), "", "A."))
		assert.Len(t, last(fw, 1)[0].Aliases, 50, "the model's 50 aliases")
		assert.Len(t, problemsAt(rep, interop.Skipped, interop.Source{File: fSkills, Row: first}), 3, "53 − 50 left out and reported")
	})
	t.Run("relation to a skill left out", func(t *testing.T) {
		fsys := fixtureFS(t)
		skillRow := bytes.Count(fsys[fSkills].Data, []byte("\n")) + 1
		relRow := bytes.Count(fsys[fRel].Data, []byte("\n")) + 1
		fsys[fSkills] = &fstest.MapFile{Data: append(bytes.Clone(fsys[fSkills].Data), "KnowledgeSkillCompetence,http://x/a,,,alpha,,,released,,,,,\r\n"...)}
		fsys[fRel] = &fstest.MapFile{Data: append(bytes.Clone(fsys[fRel].Data), "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34,essential,,http://x/a\r\n"...)}
		fw, rep, err := esco.ReadFS(fsys, esco.Options{})
		require.NoError(t, err, "ReadFS")
		assert.Len(t, fw.Roles[0].Requirements, 8, "technical director keeps its 8 requirements, not the ninth")
		assert.Len(t, problemsAt(rep, interop.Missing, interop.Source{File: fSkills, Row: skillRow}), 1, "the skill without skillType")
		msgs := problemsAt(rep, interop.Skipped, interop.Source{File: fRel, Row: relRow})
		require.Len(t, msgs, 1, "the requirement to it")
		assert.Contains(t, msgs[0], "skills_en.csv:"+strconv.Itoa(skillRow), "the message points at the skill's row")
	})
}
