package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// compareForms runs each program as a -c string, a script file and
// standard input, in jobsh and bash, and wants the same output, messages
// and status: syntax errors and line numbers depend on how the text is
// read.
func compareForms(t *testing.T, programs map[string]string) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	for name, prog := range programs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, form := range []string{"-c", "script", "stdin"} {
				run := func(bin string) result {
					dir := t.TempDir()
					switch form {
					case "-c":
						return runIn(t, dir, "", 10*time.Second, bin, "-c", prog)
					case "script":
						os.WriteFile(filepath.Join(dir, "s"), []byte(prog), 0o644)
						return runIn(t, dir, "", 10*time.Second, bin, "s")
					}
					return runIn(t, dir, prog, 10*time.Second, bin)
				}
				j, b := run(jobshBin), run(bashBin)
				b.stderr = strings.ReplaceAll(b.stderr, "bash: ", "jobsh: ")
				if j != b {
					t.Errorf("%s: jobsh %q %q %d\nbash  %q %q %d", form, j.stdout, j.stderr, j.status, b.stdout, b.stderr, b.status)
				}
			}
		})
	}
}

// Under set -e bash's parser_error ends the shell with status 2 once it
// has printed its first line, so the offending line is not echoed, the
// EXIT trap runs, and a [[ ]] error's kept $? becomes 2.
func TestSyntaxErrorUnderErrexit(t *testing.T) {
	compareForms(t, map[string]string{
		"in a loop":           "set -e\nfor i in 1; do\n:\ndone\nwhile true; do\ncase x y in\n*) ;;\nesac\ndone\necho after\n",
		"in an if body":       "set -e\nif true; then\ncat f | ! true\nfi\necho after\n",
		"exit trap":           "trap 'echo trap $?' EXIT\nset -e\n{\ncase x y in esac\n}\n",
		"without set -e":      "echo a\nwhile true; do\ncase x y in esac\ndone\n",
		"in [[ ]]":            "set -e\n[[ x y = z ]]\necho after\n",
		"set -e in the group": "{\nset -e\n} <<<x\ncat f | ! true\n",
		"set +e again":        "set -e\nset +e\ncase x y in esac\n",
	})
}
