package esco_test

import (
	"testing"
	"testing/fstest"

	"github.com/careerkit/careerkit/interop/esco"
)

// FuzzReadFS reads a release whose skills, relations and broader relations
// are fuzzed, beside the fixture's occupations, skill groups and ISCO
// groups: the reader never panics, and whatever it imports validates.
func FuzzReadFS(f *testing.F) {
	base := fixtureFS(f)
	// Seeds stay small (the first rows of each file): the fuzzing engine
	// minimises every new input, which is slow on large ones.
	f.Add(base[fSkills].Data[:1200], base[fRel].Data[:400], base[fBroader].Data[:300])
	f.Add([]byte("\ufeffconceptUri,preferredLabel,skillType,reuseLevel,altLabels,description\r\nhttp://x/a,A,knowledge,,\"a\nA\n b \",\r\nhttp://x/b,B,skill/competence,transversal,a,\r\n"),
		[]byte("occupationUri,relationType,skillUri\nhttp://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34,essential,http://x/a\n"),
		[]byte("conceptType,conceptUri,broaderType,broaderUri\nK,http://x/a,K,http://x/b\nK,http://x/b,K,http://x/a\n"))
	f.Add([]byte("conceptUri,preferredLabel,skillType,reuseLevel,altLabels,description\n\"unterminated"), []byte(""), []byte("a,b\n1"))
	f.Fuzz(func(t *testing.T, skills, rels, broader []byte) {
		fsys := fstest.MapFS{fOcc: base[fOcc], fGroups: base[fGroups], fISCO: base[fISCO]}
		fsys[fSkills] = &fstest.MapFile{Data: skills}
		fsys[fRel] = &fstest.MapFile{Data: rels}
		fsys[fBroader] = &fstest.MapFile{Data: broader}
		fw, rep, err := esco.ReadFS(fsys, esco.Options{})
		if rep == nil {
			t.Fatal("ReadFS returned no report")
		}
		if err != nil {
			return
		}
		if err := fw.Validate(); err != nil {
			t.Fatalf("ReadFS returned a framework that does not validate: %v", err)
		}
	})
}
