package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An error in a function's body is named as bash names it, after the
// file the function was defined in (its BASH_SOURCE) and the line there:
// "environment" for a -c string, "main" for standard input (read and
// parsed a chunk at a time, so the body's lines must count from where it
// was defined), the script or the sourced file otherwise.
func TestFunctionErrorNames(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	programs := map[string]string{
		"defined then called": "f() {\n  nosuch\n  echo $LINENO\n}\n\necho $LINENO\nf\nnosuch2\n",
		"return":              "f() { return a; }\nf\necho st=$?\n",
		"nested":              "g() { nosuch; }\nf() {\n g\n}\n\n\nf\n",
		"sourced":             "printf 'h() {\\n nosuch\\n}\\n' >l.sh\n. ./l.sh\n\nh\n",
		"eval":                "eval 'e() { nosuch; }'\n\ne\n",
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
