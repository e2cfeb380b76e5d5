// Package ladder models career ladders: levels on parallel tracks (individual
// contributor, management, …), what each level expects, and the moves
// between levels (promotion, lateral move, switch of track).
//
// Compile checks a Ladder against a competency catalog (and, when given, the
// roles and the pay structure it refers to) and builds a Graph that answers
// the questions people ask of a ladder: what the next level expects (Next,
// Diff), how far a person is from a level (Readiness), the shortest or
// cheapest way from one level to another (Path, PathBy), what looks wrong
// (Lint), and how it looks (Matrix, Mermaid, DOT).
package ladder
