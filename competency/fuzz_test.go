package competency_test

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/careerkit/careerkit/competency"
)

// byteSource is a rand.Source that reads the fuzzer's bytes, then, when they
// run out, continues from a PCG seeded with their length (never a constant
// stream: rand's bounded draws retry on some values and would spin on one).
type byteSource struct {
	data []byte
	pcg  *rand.PCG
}

func (s *byteSource) Uint64() uint64 {
	if len(s.data) >= 8 {
		v := binary.LittleEndian.Uint64(s.data)
		s.data = s.data[8:]
		return v
	}
	if s.pcg == nil {
		var tail [8]byte
		copy(tail[:], s.data)
		s.pcg = rand.NewPCG(binary.LittleEndian.Uint64(tail[:]), uint64(len(s.data)))
		s.data = nil
	}
	return s.pcg.Uint64()
}

// FuzzMatcherAnalyze is a differential test: a random catalog with several
// scales and a parents DAG, random profiles, a random requirement set with
// ordinary and extreme weights, and random options; Matcher.Score and TopK
// must give exactly Analyze's scores and verdicts, and nothing may panic.
func FuzzMatcherAnalyze(f *testing.F) {
	for seed := range uint64(16) {
		var b [64]byte
		pcg := rand.NewPCG(seed, 5)
		for i := 0; i < len(b); i += 8 {
			binary.LittleEndian.PutUint64(b[i:], pcg.Uint64())
		}
		f.Add(b[:])
	}
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		rng := rand.New(&byteSource{data: data})
		w := newMultiScaleWorld(rng, 1+rng.IntN(12))
		full := rng.IntN(3) == 0
		profiles := make([]competency.Profile, rng.IntN(12))
		perm := rng.Perm(len(profiles)) // subjects not in input order
		for i := range profiles {
			profiles[i] = w.profile(competency.SubjectID(fmt.Sprintf("s%03d", perm[i])), full)
		}
		o := w.options()
		reqs := w.requirements()
		checkMatcherEqualsAnalyze(t, w.ix, profiles, reqs, o, fmt.Sprintf("options %+v", o))
	})
}
