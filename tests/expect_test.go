package tests

import (
	"os/exec"
	"strings"
	"testing"
)

// The README's expect example (docs/ctrlz.exp) drives a Ctrl-Z, bg, fg,
// Ctrl-C session. .ci/run installs expect from Debian's packages.
func TestExpectExample(t *testing.T) {
	if _, err := exec.LookPath("expect"); err != nil {
		t.Skip("expect is not installed (.ci/run installs it)")
	}
	cmd := exec.Command("expect", "../docs/ctrlz.exp", jobshBin)
	cmd.Env = baseEnv(t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ctrlz.exp: ok") {
		t.Fatalf("%v\n%s", err, out)
	}
}
