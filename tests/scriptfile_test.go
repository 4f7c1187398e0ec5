package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A script file is read as bash reads one: a NUL in its first line makes
// it a binary that is not run ("s: s: cannot execute binary file", 126),
// and a backslash that is its very last byte quotes nothing and goes.
func TestScriptFileEdges(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	scripts := map[string]string{
		"nul in the first line": "echo 'before\x00after'\n",
		"nul later":             "echo first\necho 'a\x00b'\n",
		"backslash at the end":  `echo x \`,
		"brace and backslash":   `echo a{1,2\`,
		"two backslashes":       `echo \\`,
		"three backslashes":     `echo x \\\`,
		"backslash in quotes":   `echo 'a\'`,
		"continuation":          "echo a\\\nb",
	}
	for name, text := range scripts {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			run := func(bin string) result {
				dir := t.TempDir()
				os.WriteFile(filepath.Join(dir, "s"), []byte(text), 0o644)
				return runIn(t, dir, "", 10*time.Second, bin, "s")
			}
			j, b := run(jobshBin), run(bashBin)
			b.stderr = strings.ReplaceAll(b.stderr, "bash: ", "jobsh: ")
			if j != b {
				t.Errorf("jobsh %q %q %d\nbash  %q %q %d", j.stdout, j.stderr, j.status, b.stdout, b.stderr, b.status)
			}
		})
	}
}

// A backslash-newline joins two lines whichever way the program comes:
// standard input is read a line at a time, and a line that ends in one is
// incomplete (in a comment it is not; in quotes it stays).
func TestLineContinuationForms(t *testing.T) {
	programs := map[string]string{
		"joined":       "echo line\\\ncontinuation | while read a; do echo $a; done\n",
		"in a comment": "echo a # c\\\necho b\n",
		"escaped":      "echo a\\\\\necho b\n",
		"quoted":       "echo 'a\\\nb'\n",
		"two":          "echo a\\\n\\\nb\n",
		"in a body":    "f() { echo \\\n in; }; f\n",
		"at the end":   "echo a\\\n",
	}
	compareForms(t, programs)
}

// BASH_SOURCE and BASH_LINENO: a frame for each function called and each
// file sourced, the file its commands come from and the line it was called
// from, ending with the script (a file) or nothing (-c, standard input).
func TestSourceStack(t *testing.T) {
	show := `echo "$1: ${FUNCNAME[*]} | ${BASH_SOURCE[*]} | ${BASH_LINENO[*]} | ${#BASH_SOURCE[@]}"`
	compareForms(t, map[string]string{"stack": `show() { ` + show + `; }
echo 'show lib; lf() { show lf; }' > lib.sh
show top
f() {
  show f
  g
}
g() { show g; }
f
. ./lib.sh
lf
`})
}
