package shell

import (
	"os"
	"strings"
	"testing"

	"jobsh/parser"
)

// Benchmarks of the executor's own work, without processes: the
// performance issue wants command substitutions of builtins to cost no
// process (≤ 0.1 × bash, which forks for each).

func quietShell(b *testing.B) *Shell {
	sh := New()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { null.Close() })
	sh.fds[1] = null
	return sh
}

func runScript(b *testing.B, sh *Shell, src string) {
	if err := sh.runProgram(strings.NewReader(src), "bench"); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSubstitution is one x=$(echo $i) in a loop, in-process.
func BenchmarkSubstitution(b *testing.B) {
	sh := quietShell(b)
	f, err := parser.Parse(`x=$(echo $i); i=$((i+1))`, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := sh.runStmts(f.Stmts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoop is a while loop of arithmetic and tests, the shell's own
// interpreting speed.
func BenchmarkLoop(b *testing.B) {
	sh := quietShell(b)
	b.ReportAllocs()
	for b.Loop() {
		runScript(b, sh, `i=0; while [ $i -lt 100 ]; do i=$((i+1)); done`)
	}
}

// BenchmarkFunctionCall calls a function with a local and a return.
func BenchmarkFunctionCall(b *testing.B) {
	sh := quietShell(b)
	runScript(b, sh, `f() { local x=$1; return 0; }`)
	f, _ := parser.Parse(`f a`, "")
	b.ReportAllocs()
	for b.Loop() {
		sh.runStmts(f.Stmts)
	}
}

// BenchmarkParse parses a screenful of typical script.
func BenchmarkParse(b *testing.B) {
	src := strings.Repeat(`for f in *.txt; do
	case $f in
	a*) echo "a: ${f%.txt}" | tr a-z A-Z ;;
	*) [ -s "$f" ] && wc -l < "$f" ;;
	esac
done
`, 10)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse(src, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHistoryAppend is what each interactive line costs before it
// runs: the entry appended to $HISTFILE under its lock.
func BenchmarkHistoryAppend(b *testing.B) {
	sh := quietShell(b)
	sh.hist = &history{}
	sh.setVar("HISTFILE", b.TempDir()+"/history", false)
	for i := 0; i < b.N; i++ {
		sh.pushHistory("sleep 100")
		if len(sh.hist.own) > 1000 {
			sh.hist.own = sh.hist.own[:0]
		}
	}
}

// BenchmarkStartup is the shell's own share of `jobsh -c true`: a new
// shell (variables from the environment, builtins, options) running the
// command. The rest of the start-up is the Go runtime's and the kernel's
// (README, "Speed, measured").
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sh := New()
		sh.mode, sh.readFlag = ModeCommandString, 'c'
		runScript(b, sh, "true")
	}
}

// BenchmarkSubshellState is what a builtin or function stage of an
// interactive pipeline costs before its re-executed jobsh can start: the
// shell's state, with a full history of 500 lines, encoded by the parent
// and decoded by the child; the history goes only to a stage that may run
// `history`.
func BenchmarkSubshellState(b *testing.B) {
	sh := New()
	sh.hist = &history{max: 500}
	for i := range 500 {
		sh.hist.entries = append(sh.hist.entries, histEntry{"git commit -m 'change " + strings.Repeat("x", i%40) + "'", 1700000000 + int64(i)})
	}
	for _, stage := range []string{"echo x", "history"} {
		f, err := parser.Parse(stage, "")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(stage, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				data, err := sh.reexecState(f.Stmts[0])
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
