package careerkit

// The table of ISO 4217 codes behind salary.Currency, the doc comments the
// schemas carry, then the schemas of every kind of document: "go generate
// ./..." rewrites them after the ISO 4217 data or a model type changes.

//go:generate go run ./internal/cmd/gencurrency -o salary/currency_table.go
//go:generate go run ./internal/cmd/gencomments -o internal/schema/comments_gen.go
//go:generate go run ./internal/cmd/genschemas -o schemas
//go:generate go run ./internal/cmd/genparity -o testdata/parity
