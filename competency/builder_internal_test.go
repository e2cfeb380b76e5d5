package competency

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestRecordSize checks the bound PopulationBuilder documents: 16 bytes a
// counted rating (4 subject + 4 competency + 4 date + 2 level + 1 trust,
// padded to the 4-byte alignment).
func TestRecordSize(t *testing.T) {
	assert.Equal(t, uintptr(16), unsafe.Sizeof(record{}), "unsafe.Sizeof(record{})")
}
