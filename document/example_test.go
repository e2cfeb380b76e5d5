package document_test

import (
	"fmt"

	"github.com/careerkit/careerkit/document"
)

// Parse a document once, look at its top-level keys before decoding it,
// then place problems found later at their lines and columns.
func ExampleParse() {
	src := []byte("subject: person-1\nratings:\n  - {competency: go, level: 3}\n  - {competency: sql, level: 9}\n")
	doc, err := document.Parse(src, "profile.yaml", document.Auto, document.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Format, doc.Root, doc.Keys)

	var v struct {
		Subject string `json:"subject"`
		Ratings []struct {
			Competency string `json:"competency"`
			Level      int    `json:"level"`
		} `json:"ratings"`
	}
	if err := doc.Decode(&v, false); err != nil {
		fmt.Println(err)
		return
	}
	// A field's position is its key's: on "  - {competency: sql, level: 9}"
	// the key "level" starts at column 23.
	at := doc.Positions([]string{"ratings[1].level"})["ratings[1].level"]
	fmt.Printf("level %d of %s is at line %d, column %d\n", v.Ratings[1].Level, v.Ratings[1].Competency, at.Line, at.Column)
	// Output:
	// yaml an object [subject ratings]
	// level 9 of sql is at line 4, column 23
}
