package paygap_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/careerkit/careerkit/paygap"
)

// BenchmarkAnalyze and BenchmarkReadCSV run at n and 4n workers, so that
// their times show the growth in the input (n log n for the medians and
// the quartile ranking).
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		recs := random(9, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := paygap.Analyze(recs, paygap.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReadCSV(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		var buf bytes.Buffer
		if err := paygap.WriteCSV(&buf, random(9, n)); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := paygap.ReadCSV(bytes.NewReader(buf.Bytes()), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
