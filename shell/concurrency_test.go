package shell

import (
	"os"
	"path/filepath"
	"testing"

	"jobsh/parser"
)

// TestConcurrentStages runs a pipeline of three in-process stages (job
// control off, so each stage is a goroutine on a Subshell copy) that
// match patterns, call functions, read traps, aliases and the job table
// while the shell itself goes on. It once died with "concurrent map
// writes" in the pattern cache; under -race (as .ci/run runs this
// package) any state that two stages share without a lock is reported.
func TestConcurrentStages(t *testing.T) {
	sh := New()
	sh.cwd = t.TempDir()
	out, err := os.Create(filepath.Join(sh.cwd, "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	sh.fds = []*os.File{null, out, out}
	src := `
trap 'echo usr1' USR1
alias ll='ls -l'
f() {
	i=0
	while [ $i -lt 300 ]; do
		i=$((i+1))
		case "x$i" in y$i$1*) ;; esac
		[[ $i == *$1 ]] && :
	done
	trap >/dev/null; alias >/dev/null; jobs >/dev/null
	echo "$1 $i"
}
f a | f b | f c
x=$(f d | f e)
echo "$x"
`
	file, err := parser.Parse(src, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.runStmts(file.Stmts); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out.Name())
	if got, want := string(data), "c 300\ne 300\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}
