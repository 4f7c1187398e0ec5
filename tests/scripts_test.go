package tests

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// Whole scripts, written the way people write them (getopts, functions
// with locals, arrays, traps, set -e, process substitution), run on jobsh
// and on bash with the same arguments, input and files; the two must agree
// on standard output, standard error (once the shell's name and the script
// path are masked) and exit status.
func TestScriptsAgainstBash(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	csv := "team,person,hours\nops,ann,5\ndev,bob,7\nops,cid,3\ndev,,x\nqa,dee,4\n,eve,1\ndev,fay,2\n"
	cases := []struct {
		name, script string
		args         []string
		stdin        string
		files        map[string]string
	}{
		{name: "archive", script: "archive.sh", args: []string{"-v", "-n", "nightly", "-x", "*.log", "-x", "tmp*", "src"},
			files: map[string]string{"src/a.txt": "hello\n", "src/b.conf": "x=1\ny=2\n", "src/c.log": "noise\n", "src/tmp1": "t\n"}},
		{name: "archive quiet", script: "archive.sh", args: []string{"src"}, files: map[string]string{"src/only": "1234567\n"}},
		{name: "archive bad option", script: "archive.sh", args: []string{"-q", "src"}},
		{name: "archive missing argument", script: "archive.sh", args: []string{"-n"}},
		{name: "archive nothing copied", script: "archive.sh", args: []string{"-x", "*", "src"}, files: map[string]string{"src/z": "z\n"}},
		{name: "report", script: "report.sh", stdin: csv},
		{name: "report clean", script: "report.sh", stdin: "team,person,hours\na,x,1\n"},
		{name: "pipeline", script: "pipeline.sh"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			script, err := filepath.Abs(filepath.Join("testdata/scripts", c.script))
			if err != nil {
				t.Fatal(err)
			}
			run := func(bin string) result {
				dir := t.TempDir()
				for name, body := range c.files {
					p := filepath.Join(dir, name)
					os.MkdirAll(filepath.Dir(p), 0o755)
					if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				r := runIn(t, dir, c.stdin, 30*time.Second, bin, append([]string{script}, c.args...)...)
				mask := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(script) + `: line \d+:`)
				r.stderr = mask.ReplaceAllString(r.stderr, "SCRIPT:")
				return r
			}
			j, b := run(jobshBin), run(bashBin)
			if j.stdout != b.stdout {
				t.Errorf("stdout differs\njobsh:\n%s\nbash:\n%s", j.stdout, b.stdout)
			}
			if j.stderr != b.stderr {
				t.Errorf("stderr differs\njobsh:\n%s\nbash:\n%s", j.stderr, b.stderr)
			}
			if j.status != b.status {
				t.Errorf("status: jobsh %d, bash %d", j.status, b.status)
			}
			if b.stdout == "" && b.stderr == "" {
				t.Errorf("the script printed nothing at all: the case tests nothing")
			}
		})
	}
}
