package render

import (
	"encoding/json"
	"io"
)

// JSON writes v as JSON indented by two spaces, followed by a newline.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
