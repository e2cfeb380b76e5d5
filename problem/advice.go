package problem

import "fmt"

// Advice is a finding of a Lint method: not an error (the value is valid)
// but something practice would question.
type Advice struct {
	// Path locates the finding in JSON terms, such as "grades[3].band".
	Path string `json:"path"`
	// Rule names the check that made the finding.
	Rule string `json:"rule"`
	// Message describes the finding in plain English, without the path.
	Message string `json:"message"`
}

// String formats the advice as "path: message (rule)".
func (a Advice) String() string {
	return fmt.Sprintf("%s: %s (%s)", a.Path, a.Message, a.Rule)
}
