//go:build unix

package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withStdin runs f with standard input reading content through a pipe.
func withStdin(t *testing.T, content string, f func()) {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err, "os.Pipe")
	go func() {
		io.WriteString(w, content)
		w.Close()
	}()
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old; r.Close() }()
	f()
}

// runWithin runs the command and fails the test if it does not finish in
// time: a command that opened a FIFO twice would wait for ever.
func runWithin(t *testing.T, d time.Duration, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := runCmd(t, args...)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(d):
		t.Fatalf("careerkit %v did not finish within %v", args, d)
		return 0, "", ""
	}
}

func TestValidateReadsStandardInputOnce(t *testing.T) {
	profile := "subject: piped\nratings: [{competency: go, level: 3}]\n"
	bad := "subject: piped\nratings: [{competency: go, level: x}]\n"

	withStdin(t, profile, func() {
		code, stdout, _ := runWithin(t, 10*time.Second, "validate", "-v", "-")
		assert.Equal(t, exitOK, code, "validate - exits 0: %s", stdout)
		assert.Equal(t, "-: ok (profile, inferred)\n", stdout, "validate - reads the whole document once")
	})
	withStdin(t, bad, func() {
		code, stdout, _ := runWithin(t, 10*time.Second, "validate", "-")
		assert.Equal(t, exitFindings, code, "validate - on a bad document exits 1")
		assert.Contains(t, stdout, "-:2:28: ratings[0].level:", "validate - places the problem: %s", stdout)
	})

	// /dev/stdin is the process's own standard input: run the command as a
	// process of its own with a pipe there, as "cat f | careerkit validate
	// /dev/stdin" does.
	for _, arg := range []string{"/dev/stdin", "-"} {
		cmd := exec.Command(os.Args[0], "validate", "-v", arg)
		cmd.Env = append(os.Environ(), "CAREERKIT_TEST_RUN_MAIN=1")
		cmd.Stdin = strings.NewReader(profile)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "careerkit validate %s: %s", arg, out)
		assert.Equal(t, arg+": ok (profile, inferred)\n", string(out), "careerkit validate %s reads the document once", arg)
	}
}

// TestMain runs the command itself when asked to, so that a test can start
// it as a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv("CAREERKIT_TEST_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

func TestValidateReadsFIFOOnce(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "profile.yaml")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600), "mkfifo")
	go func() {
		// Opening for writing waits for the reader; one document, once.
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		io.WriteString(f, "subject: fifo\nratings: []\n")
		f.Close()
	}()
	code, stdout, _ := runWithin(t, 10*time.Second, "validate", "-v", fifo)
	assert.Equal(t, exitOK, code, "validate FIFO exits 0: %s", stdout)
	assert.Equal(t, fifo+": ok (profile, inferred)\n", stdout, "validate FIFO")
}

func TestValidateEmptyDirectoryIsAReadError(t *testing.T) {
	dir := t.TempDir()
	code, stdout, _ := runCmd(t, "validate", dir)
	assert.Equal(t, exitFindings, code, "validate DIR exits 1")
	assert.Equal(t, dir+": folder holds no .json, .yaml or .yml files (read)\n", stdout, "validate on an empty DIR reports a read problem, not a syntax one")
}
