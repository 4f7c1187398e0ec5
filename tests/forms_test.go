package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// scriptForms are the ways a program reaches the shell that read its text
// differently: a -c string and a script file are parsed whole, standard
// input a line (or a chunk) at a time.
var scriptForms = []string{"-c", "script", "stdin"}

// runForm runs prog in bin, in a directory of its own, the way form says:
// as a -c string, as the script file s.sh, or on standard input.
func runForm(t *testing.T, form, bin, prog string) result {
	dir := t.TempDir()
	switch form {
	case "-c":
		return runIn(t, dir, "", 10*time.Second, bin, "-c", prog)
	case "script":
		os.WriteFile(filepath.Join(dir, "s.sh"), []byte(prog), 0o644)
		return runIn(t, dir, "", 10*time.Second, bin, "s.sh")
	}
	return runIn(t, dir, prog, 10*time.Second, bin)
}

// compareForms runs each program in every form, in jobsh and bash, and
// wants the same output, messages (bash's name replaced by jobsh's) and
// status: syntax errors and line numbers depend on how the text is read.
func compareForms(t *testing.T, programs map[string]string) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	for name, prog := range programs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, form := range scriptForms {
				j, b := runForm(t, form, jobshBin, prog), runForm(t, form, bashBin, prog)
				b.stderr = strings.ReplaceAll(b.stderr, "bash: ", "jobsh: ")
				if j != b {
					t.Errorf("%s: jobsh %q %q %d\nbash  %q %q %d", form, j.stdout, j.stderr, j.status, b.stdout, b.stderr, b.status)
				}
			}
		})
	}
}
