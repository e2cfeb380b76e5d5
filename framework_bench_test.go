package careerkit_test

import (
	"fmt"
	"testing"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/internal/synth"
	"github.com/careerkit/careerkit/role"
)

// generatedFramework has the clustered catalog and n roles, each requiring a
// synthetic requirement set.
func generatedFramework(n int) careerkit.Framework {
	s := synth.Clustered()
	f := careerkit.Framework{Name: "Generated", Catalog: s.Catalog()}
	for i, reqs := range s.RequirementSets(n, 7) {
		f.Roles = append(f.Roles, role.Role{ID: role.ID(fmt.Sprintf("role-%05d", i)), Title: fmt.Sprintf("Role %d", i), Requirements: reqs})
	}
	return f
}

// BenchmarkFrameworkValidate validates generated frameworks of 10× different
// sizes, to show validation grows linearly with the number of roles.
func BenchmarkFrameworkValidate(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		f := generatedFramework(n)
		b.Run(fmt.Sprintf("roles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/role")
		})
	}
}

func TestGeneratedFrameworkValidates(t *testing.T) {
	if err := generatedFramework(50).Validate(); err != nil {
		t.Fatalf("generatedFramework(50).Validate(): %v", err)
	}
}
