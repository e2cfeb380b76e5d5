// Package sample gives careerkit's JSON Schemas the examples taken from the
// sample data of package examples, as the files in the schemas directory
// hold them. It is examples.SchemaExamples, examples.Schema and
// examples.MarshalSchema under the names the generators use.
package sample

import (
	"github.com/invopop/jsonschema"

	"github.com/careerkit/careerkit/examples"
)

// Values returns the sample values that become examples, by the $defs
// name of their type.
func Values() (map[string][]any, error) { return examples.SchemaExamples() }

// Schema returns the schema of a kind of document with the examples added.
func Schema(kind string) (*jsonschema.Schema, error) { return examples.Schema(kind) }

// Marshal returns the schema of a kind of document with its examples as
// the schemas directory holds it.
func Marshal(kind string) ([]byte, error) { return examples.MarshalSchema(kind) }
