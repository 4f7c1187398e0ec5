package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Nothing from the environment becomes code: not bash-style exported
// functions (BASH_FUNC_name%%), not ENV or BASH_ENV in a non-interactive
// shell, not an rc file outside an interactive one (or with --norc).
func TestEnvironmentIsNotCode(t *testing.T) {
	home := t.TempDir()
	marker := filepath.Join(home, "ran")
	evil := "touch " + marker
	os.WriteFile(filepath.Join(home, ".jobshrc"), []byte(evil+"\n"), 0o644)
	os.WriteFile(filepath.Join(home, ".jobsh_profile"), []byte(evil+"\n"), 0o644)
	os.WriteFile(filepath.Join(home, "env.sh"), []byte(evil+"\n"), 0o644)
	for _, args := range [][]string{
		{"-c", "f; g; true"},
		{"--norc", "-i", "-c", "f; true"},
		{"-s"},
	} {
		cmd := exec.Command(jobshBin, args...)
		cmd.Dir = home
		cmd.Env = append(baseEnv(home),
			"BASH_FUNC_f%%=() { "+evil+"; }",
			"BASH_FUNC_g()=() { "+evil+"; }",
			"ENV="+filepath.Join(home, "env.sh"),
			"BASH_ENV="+filepath.Join(home, "env.sh"),
		)
		cmd.Stdin = strings.NewReader("f\ntrue\n")
		out, _ := cmd.CombinedOutput()
		if _, err := os.Stat(marker); err == nil {
			t.Fatalf("jobsh %v ran code from its environment or an rc file:\n%s", args, out)
		}
		if !strings.Contains(string(out), "f: command not found") {
			t.Errorf("jobsh %v: %s", args, out)
		}
	}
}

// What jobsh does not read it passes on: an entry whose name no variable
// has (a function bash exported) reaches the commands jobsh runs
// unchanged, as bash passes it, so that bash -c f still finds f.
func TestForeignEnvironmentPassedOn(t *testing.T) {
	if bashBin == "" {
		t.Skip("no bash")
	}
	cmd := exec.Command(jobshBin, "-c", "env | grep -c '^a-b=1$'; f 2>/dev/null; echo st=$?; "+bashBin+" -c f")
	cmd.Env = append(baseEnv(t.TempDir()), "a-b=1", "BASH_FUNC_f%%=() {  echo bash-ran-f\n}")
	out, err := cmd.CombinedOutput()
	if err != nil || string(out) != "1\nst=127\nbash-ran-f\n" {
		t.Errorf("%v: %q", err, out)
	}
}
