package schema

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/careerkit/careerkit/competency"
)

func TestTypeRulesNameModelTypes(t *testing.T) {
	docs := comments()
	for name, r := range typeRules() {
		pkg, typ, ok := strings.Cut(name, ".")
		if !assert.True(t, ok, "typeRules key %q is package.Type", name) {
			continue
		}
		path := module + "/" + pkg
		if pkg == "careerkit" {
			path = module
		}
		assert.Contains(t, docs, path+"."+typ, "typeRules key %q names a documented model type", name)
		assert.True(t, r.note != "" || r.extend != nil, "typeRules[%q] says something", name)
		if r.note != "" {
			assert.True(t, strings.HasSuffix(r.note, "."), "typeRules[%q].note is a sentence", name)
		}
	}
}

func TestLabels(t *testing.T) {
	assert.Equal(t, "a technical skill.", label(constant{Name: "Hard", Value: "hard", Doc: "Hard is a technical skill."}), "label drops the leading name")
	assert.Equal(t, "Promotion moves up.", label(constant{Name: "Promotion", Value: "promotion", Doc: "Promotion moves up."}), "label keeps other sentences")
}

func TestBuiltinScales(t *testing.T) {
	var ids []string
	for _, s := range competency.BuiltinScales() {
		ids = append(ids, string(s.ID))
	}
	assert.Equal(t, ids, builtinScales, "builtinScales are the IDs of competency.BuiltinScales()")
}
