package snowflake

import "github.com/careerkit/careerkit/interop/internal/jsonsrc"

// reader reads the file's JSON values, reporting into the import's report.
type reader struct{ *jsonsrc.Reader }
