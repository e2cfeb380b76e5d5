//go:build unix

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTopkMergeStdin(t *testing.T) {
	// 0.5 ties: "a" before "b".
	in := `{"subject":"b","score":0.5}` + "\n" + `{"subject":"a","score":0.5}` + "\n"
	for _, args := range [][]string{{"topk-merge", "-k", "1"}, {"topk-merge", "-k", "1", "-"}} {
		withStdin(t, in, func() {
			code, out, stderr := runCmd(t, args...)
			require.Equal(t, exitOK, code, "%v exits 0; stderr: %s", args, stderr)
			assert.Equal(t, `{"rank":1,"subject":"a","score":0.5}`+"\n", out, "%v reads standard input", args)
		})
	}
}
