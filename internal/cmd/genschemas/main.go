// Command genschemas writes the JSON Schema of every kind of careerkit
// document, with examples from the sample data (package sample), into a
// directory as KIND.json, and removes any other .json file there. Run it from the module root, as go generate does:
//
//	go run ./internal/cmd/genschemas [-o DIR]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/internal/schema/sample"
)

func main() {
	dir := flag.String("o", "schemas", "the `directory` to write")
	flag.Parse()
	if err := write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "genschemas:", err)
		os.Exit(1)
	}
}

func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	kinds := careerkit.Kinds()
	for _, k := range kinds {
		data, err := sample.Marshal(k)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, k+".json"), data, 0o644); err != nil {
			return err
		}
	}
	stale, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	for _, f := range stale {
		if !slices.Contains(kinds, strings.TrimSuffix(filepath.Base(f), ".json")) {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}
