// Command gencomments writes the doc comments of careerkit's model
// packages into internal/schema/comments_gen.go, where the JSON Schemas
// find their descriptions. Run it from the module root, as go generate
// does:
//
//	go run ./internal/cmd/gencomments [-root DIR] [-o FILE]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/careerkit/careerkit/internal/schema/commentgen"
)

func main() {
	root := flag.String("root", ".", "the module's root `directory`")
	out := flag.String("o", "internal/schema/comments_gen.go", "the `file` to write")
	flag.Parse()
	src, err := commentgen.Generate(*root)
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencomments:", err)
		os.Exit(1)
	}
}
