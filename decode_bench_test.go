package careerkit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/role"
	"github.com/careerkit/careerkit/salary"
)

// benchPeople returns n candidates with 12 ratings each, as a People value.
func benchPeople(n int) careerkit.People {
	sources := []competency.Source{competency.Self, competency.Manager, competency.Peer, competency.Assessment}
	var p careerkit.People
	for i := range n {
		c := role.Candidate{Profile: competency.Profile{Subject: competency.SubjectID(fmt.Sprintf("candidate-%06d", i))}}
		for j := range 12 {
			c.Profile.Ratings = append(c.Profile.Ratings, competency.Rating{
				Competency: fmt.Sprintf("competency-%03d", (i*7+j*13)%300),
				Level:      1 + (i+j)%5,
				Source:     sources[(i+j)%len(sources)],
			})
		}
		c.Experience = []role.Years{{Area: "software-engineering", Years: float64(i % 15)}, {Area: "people-management", Years: float64(i % 4)}}
		c.Education = []role.Credential{{Level: role.Bachelor, Fields: []string{"Computer Science"}}}
		c.ExpectedPay = &salary.Pay{Currency: salary.MustParseCurrency("USD"), Period: salary.Year, Amount: salary.MustParseAmount(fmt.Sprint(100000 + i*10))}
		p.Candidates = append(p.Candidates, c)
	}
	return p
}

// benchPeopleYAML writes the same document as block YAML, one value a line.
func benchPeopleYAML(p careerkit.People) []byte {
	var b bytes.Buffer
	b.WriteString("candidates:\n")
	for _, c := range p.Candidates {
		fmt.Fprintf(&b, "  - profile:\n      subject: %s\n      ratings:\n", c.Profile.Subject)
		for _, r := range c.Profile.Ratings {
			fmt.Fprintf(&b, "        - competency: %s\n          level: %d\n          source: %s\n", r.Competency, r.Level, r.Source)
		}
		b.WriteString("    experience:\n")
		for _, e := range c.Experience {
			fmt.Fprintf(&b, "      - area: %s\n        years: %v\n", e.Area, e.Years)
		}
		b.WriteString("    education:\n      - level: bachelor\n        fields: [Computer Science]\n")
		fmt.Fprintf(&b, "    expectedPay: {currency: USD, period: year, amount: %s}\n", c.ExpectedPay.Amount)
	}
	return b.Bytes()
}

// nestedKeys is depth objects, each with one key of keyLen bytes, around a
// list of zeros: the shape that stored a full path for every zero.
func nestedKeys(depth, keyLen, zeros int, yaml bool) []byte {
	var b bytes.Buffer
	key := strings.Repeat("k", keyLen)
	if yaml {
		for d := range depth {
			fmt.Fprintf(&b, "%s%s%d:\n", strings.Repeat(" ", d), key, d)
		}
		b.WriteString(strings.Repeat(" ", depth) + "[0" + strings.Repeat(", 0", zeros-1) + "]\n")
		return b.Bytes()
	}
	for d := range depth {
		fmt.Fprintf(&b, `{"%s%d":`, key, d)
	}
	b.WriteString("[0" + strings.Repeat(",0", zeros-1) + "]")
	b.WriteString(strings.Repeat("}", depth))
	return b.Bytes()
}

type decodeShape struct {
	name   string
	doc    []byte
	into   func() any
	format careerkit.Format
	// baseline decodes with encoding/json (and validates), or for YAML
	// parses with yaml.v3 into its node tree (the parse Decode builds on).
	baseline func([]byte) error
}

// yamlNodes is the YAML baseline: yaml.v3's parse into a node tree.
func yamlNodes(data []byte) error {
	var n yaml.Node
	return yaml.Unmarshal(data, &n)
}

func decodeShapes(tb testing.TB) []decodeShape {
	var shapes []decodeShape
	for _, n := range []int{400, 1600} {
		p := benchPeople(n)
		minified, err := json.Marshal(p)
		if err != nil {
			tb.Fatal(err)
		}
		indented, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			tb.Fatal(err)
		}
		people := func() any { return new(careerkit.People) }
		base := func(data []byte) error {
			var p careerkit.People
			if err := json.Unmarshal(data, &p); err != nil {
				return err
			}
			return p.Validate()
		}
		shapes = append(shapes,
			decodeShape{fmt.Sprintf("minified/n=%d", n), minified, people, careerkit.FormatJSON, base},
			decodeShape{fmt.Sprintf("indented/n=%d", n), indented, people, careerkit.FormatJSON, base},
			decodeShape{fmt.Sprintf("yaml/n=%d", n), benchPeopleYAML(p), people, careerkit.FormatYAML, yamlNodes},
		)
	}
	anything := func() any { return new(any) }
	baseAny := func(data []byte) error { var v any; return json.Unmarshal(data, &v) }
	for _, zeros := range []int{50_000, 200_000} {
		shapes = append(shapes,
			decodeShape{fmt.Sprintf("nested-keys/zeros=%d", zeros), nestedKeys(32, 1000, zeros, false), anything, careerkit.FormatJSON, baseAny},
			decodeShape{fmt.Sprintf("nested-keys-yaml/zeros=%d", zeros), nestedKeys(32, 1000, zeros, true), anything, careerkit.FormatYAML, yamlNodes},
		)
	}
	// The densest documents: a value every two or three bytes.
	lists := func() any { return new([]any) }
	for _, sh := range []struct{ name, item string }{{"zeros", "0"}, {"empty-objects", "{}"}, {"empty-lists", "[]"}} {
		for _, n := range []int{50_000, 200_000} {
			doc := []byte("[" + sh.item + strings.Repeat(","+sh.item, n-1) + "]")
			shapes = append(shapes,
				decodeShape{fmt.Sprintf("json-%s/n=%d", sh.name, n), doc, lists, careerkit.FormatJSON, baseAny},
				decodeShape{fmt.Sprintf("yaml-flow-%s/n=%d", sh.name, n), doc, lists, careerkit.FormatYAML, yamlNodes},
				decodeShape{fmt.Sprintf("yaml-block-%s/n=%d", sh.name, n), []byte(strings.Repeat("- "+sh.item+"\n", n)), lists, careerkit.FormatYAML, yamlNodes},
			)
		}
	}
	return shapes
}

// BenchmarkDecode decodes each shape at two sizes (the second four times the
// first) with careerkit.Decode and, in the same run, a baseline: encoding/json
// (plus Validate for People) for JSON, yaml.v3's parse into its node tree
// for YAML. It reports bytes allocated
// per input byte, and the peak heap per input byte of one decode.
func BenchmarkDecode(b *testing.B) {
	for _, sh := range decodeShapes(b) {
		b.Run(sh.name+"/careerkit", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(sh.doc)))
			for b.Loop() {
				if err := careerkit.Decode(bytes.NewReader(sh.doc), sh.into(), careerkit.WithFormat(sh.format)); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			peak := peakHeap(func() {
				if err := careerkit.Decode(bytes.NewReader(sh.doc), sh.into(), careerkit.WithFormat(sh.format)); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(peak)/float64(len(sh.doc)), "peak-heap-B/in-B")
		})
		if sh.baseline != nil {
			base := "/encoding-json"
			if sh.format == careerkit.FormatYAML {
				base = "/yaml-v3-node"
			}
			b.Run(sh.name+base, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(sh.doc)))
				for b.Loop() {
					if err := sh.baseline(sh.doc); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				peak := peakHeap(func() {
					if err := sh.baseline(sh.doc); err != nil {
						b.Fatal(err)
					}
				})
				b.ReportMetric(float64(peak)/float64(len(sh.doc)), "peak-heap-B/in-B")
			})
		}
	}
}

// peakHeap runs f and returns the most heap it held above what was live
// before, sampled every 20 µs with the collector run often (GOGC=5), so
// that garbage does not count as held.
func peakHeap(f func()) uint64 {
	old := debug.SetGCPercent(5)
	defer debug.SetGCPercent(old)
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Microsecond):
			}
		}
	}()
	f()
	if v := read(); v > peak.Load() {
		peak.Store(v)
	}
	close(done)
	<-stopped
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}
