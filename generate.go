package careerkit

// The doc comments the schemas carry, then the schemas of every kind of
// document: "go generate ./..." rewrites both after a model type changes.

//go:generate go run ./internal/cmd/gencomments -o internal/schema/comments_gen.go
//go:generate go run ./internal/cmd/genschemas -o schemas
//go:generate go run ./internal/cmd/genparity -o testdata/parity
