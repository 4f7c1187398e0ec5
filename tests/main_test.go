// Package tests drives the built jobsh binary, and bash beside it, in real
// pseudo-terminals.
package tests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	// The tests run a jobsh that TestMain builds with go build, which
	// go test's cache does not see. Importing the shell (and through it
	// jobs and parser) makes a change there re-run these tests rather
	// than report a cached pass.
	_ "jobsh/shell"
)

// jobshBin is the binary built for this test run.
var jobshBin string

// bashBin is bash, when this machine has it: the same sessions run on it
// so that jobsh is checked against what bash prints.
var bashBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "jobsh-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	jobshBin = filepath.Join(dir, "jobsh")
	args := []string{"build", "-o", jobshBin}
	if os.Getenv("JOBSH_TEST_RACE") != "" {
		// The whole suite against a jobsh built with the race detector:
		// a race makes it print a report and exit 66.
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "../cmd/jobsh")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building jobsh:", err)
		os.Exit(2)
	}
	bashBin, _ = exec.LookPath("bash")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// baseEnv is the environment every session starts with: the same for
// jobsh and bash, with nothing of the user's that could change output.
func baseEnv(home string) []string {
	env := []string{
		"PATH=" + filepath.Dir(jobshBin) + ":" + os.Getenv("PATH"),
		"HOME=" + home,
		"TERM=dumb",
		"LANG=C",
		"LC_ALL=C",
		"PS1=$ ",
		"PS2=> ",
	}
	if os.Getenv("JOBSH_TEST_RACE") != "" {
		// A race-detecting program sleeps a second at exit, by default,
		// to let late reports in: every jobsh (and re-executed subshell)
		// the suite starts would. The report of a race still ends it
		// with status 66.
		env = append(env, "GORACE=atexit_sleep_ms=0")
	}
	return env
}
