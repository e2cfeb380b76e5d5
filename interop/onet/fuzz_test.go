package onet_test

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/careerkit/careerkit/interop/onet"
)

// FuzzReadFS reads a release of two fuzzed files, the skills and the
// occupations, beside the fixture's job zones: the reader never panics, and
// whatever it imports validates.
func FuzzReadFS(f *testing.F) {
	base := fstest.MapFS{}
	for _, name := range []string{"Job Zones.txt", "Job Zone Reference.txt"} {
		data, err := os.ReadFile(filepath.Join(fixture, name))
		if err != nil {
			f.Fatal(err)
		}
		base[name] = &fstest.MapFile{Data: data}
	}
	for _, name := range []string{"Skills.txt", "Occupation Data.txt"} {
		data, err := os.ReadFile(filepath.Join(fixture, name))
		if err != nil {
			f.Fatal(err)
		}
		base[name] = &fstest.MapFile{Data: data}
	}
	f.Add(base["Skills.txt"].Data[:3000], base["Occupation Data.txt"].Data)
	f.Add([]byte("O*NET-SOC Code\tElement ID\n"), []byte("O*NET-SOC Code\tTitle\tDescription\nbad code\t\t\n"))
	f.Add([]byte(""), []byte("\ufeffO*NET-SOC Code\tTitle\tDescription\r\n15-1254.00\tWeb\tDoes web\r\n"))
	f.Fuzz(func(t *testing.T, skills, occupations []byte) {
		fsys := fstest.MapFS{"Job Zones.txt": base["Job Zones.txt"], "Job Zone Reference.txt": base["Job Zone Reference.txt"]}
		fsys["Skills.txt"] = &fstest.MapFile{Data: skills}
		fsys["Occupation Data.txt"] = &fstest.MapFile{Data: occupations}
		fw, _, err := onet.ReadFS(fsys, onet.Options{})
		if err != nil {
			return
		}
		if err := fw.Validate(); err != nil {
			t.Fatalf("ReadFS returned a framework that does not validate: %v", err)
		}
	})
}
