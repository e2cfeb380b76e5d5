package jdtext

import (
	"strings"
	"testing"
)

// BenchmarkParse parses the seed once and four times over (n and 4n
// lines): time and memory grow linearly.
func BenchmarkParse(b *testing.B) {
	seed := readSeed(b)
	for _, n := range []int{1, 4} {
		text := strings.Repeat(seed, n)
		b.Run(map[int]string{1: "n", 4: "4n"}[n], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, _, err := Parse(text, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
