package careerkit_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

func TestModelSimilarRoles(t *testing.T) {
	f, err := careerkit.Load(strings.NewReader(`name: Similar
competencies:
  - {id: a, name: A, kind: hard}
  - {id: b, name: B, kind: hard}
roles:
  - {id: zeta, title: Zeta, requirements: [{competency: a, level: 3}]}
  - {id: alpha, title: Alpha, requirements: [{competency: a, level: 3}]}
  - {id: mid, title: Mid, requirements: [{competency: a, level: 3}, {competency: b, level: 2}]}
  - {id: other, title: Other, requirements: [{competency: a, level: 3}]}
`))
	require.NoError(t, err, "Load")
	m, err := f.Compile()
	require.NoError(t, err, "Compile")
	got, err := m.SimilarRoles(context.Background(), "other", 3)
	require.NoError(t, err, "SimilarRoles")
	require.Len(t, got, 3, "three roles share a with other")
	assert.Equal(t, []role.ID{"alpha", "zeta", "mid"}, []role.ID{got[0].Role, got[1].Role, got[2].Role}, "equal roles tie at 1 and go by ID, before mid")
	for _, s := range got {
		a, _ := m.Role("other")
		b, _ := m.Role(s.Role)
		want, err := m.Index().Similarity(a.Requirements, b.Requirements)
		require.NoError(t, err, "Index.Similarity")
		assert.Equal(t, want, s.Score, "SimilarRoles gives Index.Similarity's score for %s", s.Role)
		pair, err := m.RoleSimilarity(s.Role, "other")
		require.NoError(t, err, "RoleSimilarity")
		assert.Equal(t, want, pair, "RoleSimilarity is symmetric and equal for %s", s.Role)
	}
	_, err = m.SimilarRoles(context.Background(), "othr", 3)
	assert.ErrorIs(t, err, problem.ErrInvalid, "unknown role")
	assert.ErrorContains(t, err, `did you mean "other"?`, "the closest ID is suggested")
}
