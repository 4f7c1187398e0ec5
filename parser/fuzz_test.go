package parser

import (
	"fmt"
	"testing"
	"time"

	"mvdan.cc/sh/v3/syntax"
)

// FuzzParse feeds the adapter any text: it must return a tree or an error
// with a message (never panic), and what it accepts must print, as job text
// too.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"echo hi", "a | b && c || d &", "for i in 1 2; do echo $i; done",
		"f() { local x=$1; return 2; }", "case $x in a*) ;; *) ;; esac",
		"cat <<EOF\nbody\nEOF\n", "[[ $a =~ ^x ]] && (( i++ ))", "coproc x",
		"select x in a; do :; done", "echo ${a[@]/#x/y} <(ls) >(cat)",
		"if true; then :; elif false; then :; else :; fi", "{ a; b; } > f 2>&1",
		"x=(1 2 [5]=3)", "time -p sleep 1 | cat", "echo 'unterminated", "((",
		"[[ -n < b ]]", "[[ ( ( x\n", "[[ x =~ ; ]]", "[[ ]]", "[[ 1>2 ]]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		// A hang is a failure too: crash with the input.
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("no answer in 5s for %q", src)) })
		defer watchdog.Stop()
		file, err := Parse(src, "")
		if err != nil {
			line, msgs := ErrorMessage(err, src)
			if cond, _ := CondError(err, src); cond && len(msgs) == 0 {
				// bash says nothing about `[[ ]]` or `[[ ! ]]`.
				return
			}
			if len(msgs) == 0 || msgs[0] == "" || line < 0 {
				t.Fatalf("error without a message: %v", err)
			}
			for _, m := range Messages(err, src) {
				if m.Text == "" || m.Line < 0 {
					t.Fatalf("error with an empty line: %v", err)
				}
			}
			_ = IsIncomplete(err)
			return
		}
		for _, st := range file.Stmts {
			_ = JobText(st)
		}
		// Printing must not fail either. (Printing is not a faithful
		// round trip: syntax's printer drops control characters it takes
		// for blanks, "\v!" printing as "!", and glues a literal $ to a
		// following `` into "$$()". jobsh prints only to show job text.)
		_ = Print(file)
		syntax.Walk(file, func(syntax.Node) bool { return true })
	})
}

// FuzzParseAtEOF: parsing input that has ended (a here-document cut off
// is kept, with a warning) neither crashes nor hangs, and accepts all that
// Parse accepts.
func FuzzParseAtEOF(f *testing.F) {
	for _, s := range []string{
		"cat <<EOF\nabc", "cat <<'EOF'\n$x\n", "cat <<-\"E\"F\n\tx", "a <<A <<'B'\n1\nA\n2",
		"echo $(cat <<EOF\nx", "cat <<EOF\n$x `y", "for i in 1; do cat <<EOF\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("no answer in 5s for %q", src)) })
		defer watchdog.Stop()
		_, err := Parse(src, "")
		_, errEOF := ParseAtEOF(src, "", func(*syntax.Redirect, string) {})
		if err == nil && errEOF != nil {
			t.Fatalf("ParseAtEOF refuses what Parse takes: %v", errEOF)
		}
	})
}
