package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Arithmetic is evaluated as bash evaluates it, as text with the
// expansions in place ($(( $x * 3 )) with x='1 + 2' is 7), also where the
// shell does not have the expression's source: a function defined in an
// earlier chunk of standard input or in a sourced file, a pipeline stage
// re-executed under job control.
func TestArithTextForms(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	programs := map[string]string{
		"function from an earlier chunk": "f() {\n  i=0; echo $(( $1 * 2 )) $(( - -$1 )) $(( i++ + $i ))\n}\nf 1+1\nx='1 + 2'\ng() { echo $(( $x * 3 )); (( $x * 3 == 7 )) && echo seven; }\n\ng\n",
		"sourced function":               "printf 'h() { echo $(( $1 * 2 )); let y=$1*2; echo $y; }\\n' >l.sh\n. ./l.sh\nh 1+1\n",
		"job member":                     "set -m\nx='1 + 2'\necho $(( $x * 3 )) | cat\nf() { echo $(( $1 * 2 )); }\nf 1+1 | cat\n",
		// An expression that does not parse is kept as its text, read
		// across the parser's buffer refills.
		"long bad expression": "echo $(( " + strings.Repeat("1 + ", 1500) + "$(echo 2) 3 ))\necho after\n(( " + strings.Repeat("2 * ", 700) + "))\necho st=$?\n",
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
						os.WriteFile(filepath.Join(dir, "s.sh"), []byte(prog), 0o644)
						return runIn(t, dir, "", 10*time.Second, bin, "s.sh")
					}
					return runIn(t, dir, prog, 10*time.Second, bin)
				}
				j, b := run(jobshBin), run(bashBin)
				b.stderr = strings.ReplaceAll(b.stderr, "bash: ", "jobsh: ")
				if j.stdout != b.stdout || j.status != b.status || j.stderr != b.stderr {
					t.Errorf("%s:\njobsh %q %q %d\nbash  %q %q %d", form, j.stdout, j.stderr, j.status, b.stdout, b.stderr, b.status)
				}
			}
		})
	}
}
