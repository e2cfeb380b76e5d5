package careerkit

import (
	"context"
	"fmt"
	"slices"

	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// SimilarRole is one result of Model.SimilarRoles.
type SimilarRole struct {
	// Role is the similar role's ID.
	Role role.ID `json:"role"`
	// Score is its similarity, in (0, 1] (see competency.Index.Similarity).
	Score float64 `json:"score"`
}

// roleSets are the requirement sets of the model's roles, compiled for
// similarity on first use, in role ID order so that ties go to the smaller
// ID.
type roleSets struct {
	ids  []role.ID
	sets *competency.Sets
	err  error
}

func (m *Model) roleSets() *roleSets {
	m.simOnce.Do(func() {
		rs := &roleSets{}
		order := make([]int, len(m.f.Roles))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return compareIDs(m.f.Roles[a].ID, m.f.Roles[b].ID) })
		sets := make([][]competency.Requirement, len(order))
		for k, i := range order {
			rs.ids = append(rs.ids, m.f.Roles[i].ID)
			sets[k] = m.f.Roles[i].Requirements
		}
		// The roles were validated by Compile; this cannot fail on them.
		rs.sets, rs.err = m.ix.Sets(context.Background(), sets)
		m.sim = rs
	})
	return m.sim
}

func compareIDs(a, b role.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// SimilarRoles returns the k roles whose competency requirements are most
// like those of role id: lateral moves and "roles like this one". They come
// most similar first, ties by role ID; the role itself and roles with no
// requirement in common are left out, so fewer than k may come back. The
// score is competency.Index.Similarity's: symmetric, in [0, 1], on the
// levels' positions and the weights. The roles' requirement sets are
// compiled once, on the first call.
func (m *Model) SimilarRoles(ctx context.Context, id role.ID, k int) ([]SimilarRole, error) {
	rs := m.roleSets()
	if rs.err != nil {
		return nil, fmt.Errorf("careerkit: similar roles: %w", rs.err)
	}
	i, ok := slices.BinarySearchFunc(rs.ids, id, compareIDs)
	if !ok {
		return nil, fmt.Errorf("careerkit: similar roles: %q is not a role of the framework%s: %w", id, m.roleHint(id), problem.ErrInvalid)
	}
	ns, err := rs.sets.Similar(ctx, i, k)
	if err != nil {
		return nil, fmt.Errorf("careerkit: similar roles of %q: %w", id, err)
	}
	out := make([]SimilarRole, len(ns))
	for n, x := range ns {
		out[n] = SimilarRole{Role: rs.ids[x.Index], Score: x.Score}
	}
	return out, nil
}

// RoleSimilarity returns the similarity of two roles of the model (see
// competency.Index.Similarity).
func (m *Model) RoleSimilarity(a, b role.ID) (float64, error) {
	rs := m.roleSets()
	if rs.err != nil {
		return 0, fmt.Errorf("careerkit: role similarity: %w", rs.err)
	}
	var idx [2]int
	for n, id := range []role.ID{a, b} {
		i, ok := slices.BinarySearchFunc(rs.ids, id, compareIDs)
		if !ok {
			return 0, fmt.Errorf("careerkit: role similarity: %q is not a role of the framework%s: %w", id, m.roleHint(id), problem.ErrInvalid)
		}
		idx[n] = i
	}
	return rs.sets.Similarity(idx[0], idx[1])
}

// roleHint suggests the closest role ID, as " (did you mean …?)", or "".
func (m *Model) roleHint(id role.ID) string {
	ids := make([]string, len(m.f.Roles))
	for i, r := range m.f.Roles {
		ids[i] = string(r.ID)
	}
	return problem.DidYouMean(string(id), ids)
}
