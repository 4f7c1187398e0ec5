package shell

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// FuzzPrompt expands any PS1: bash's escapes, $(...) and parameters. It
// must come back with a string, never panic or hang.
func FuzzPrompt(f *testing.F) {
	for _, s := range []string{`\u@\h:\w\$ `, `\[\e[1m\]\j \! \# \t \T \@ \d\n> `, `$(echo x) ${PWD##*/} `, `\`, `\0777\x`, `$((1/0))`, `${x?unset}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ps string) {
		if !safeScript(ps) {
			return
		}
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("no answer in 5s for %q", ps)) })
		defer watchdog.Stop()
		sh := fuzzShell(t)
		_ = sh.expandPrompt(ps, 1)
	})
}

// FuzzRun runs any script made of the shell's own harmless builtins, in
// process: control flow, functions, expansions, arithmetic, [[ ]].
// Errors must be errors (a status), never a panic; a script that runs too
// long is interrupted as Ctrl-C would, and must stop. Scripts that could
// reach outside (redirections, programs, cd, exec, signals, background
// jobs) are skipped, so fuzzing needs no sandbox.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		`x=1; echo $((x+1))`, `f() { local a=$1; return $a; }; f 3; echo $?`,
		`for i in a b; do case $i in a) continue;; esac; echo $i; done`,
		`a=(1 2 3); unset 'a[1]'; echo ${#a[@]} ${a[@]/#1/x}`,
		`declare -A m=([k]=v); [[ -v m[k] ]] && echo ${m[k]}`,
		`set -e; false || true; ! false; echo $-`, `while :; do :; done`,
		`printf '%q %5.2f %x\n' "a b" 3.14159 255`, `read x; echo "$x"`,
		`IFS=:; v=a::b; set -- $v; echo $#`, `echo ${x:-$(echo sub)}`,
		`let 'y = 2 ** 10'; echo $y`, `getopts ab: o -a; echo $o`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := parser.Parse(src, "")
		if err != nil || !safeScript(src) || !harmless(file) {
			return
		}
		sh := fuzzShell(t)
		done := make(chan struct{})
		go func() {
			defer close(done)
			sh.runStmts(file.Stmts)
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			sh.shared.interrupted.Store(true) // as Ctrl-C does
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				panic(fmt.Sprintf("no stop after an interrupt: %q", src))
			}
		}
	})
}

func fuzzShell(t *testing.T) *Shell {
	sh := New()
	sh.Set("PATH", expand.Variable{Set: true, Kind: expand.String, Str: t.TempDir()}) // no programs at all
	sh.cwd = t.TempDir()
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { null.Close() })
	sh.fds = []*os.File{null, null, null}
	return sh
}

// safeScript keeps out what would make a single expansion enormous
// (brace ranges, huge repeat counts): the fuzzer is after crashes, not
// out-of-memory.
func safeScript(src string) bool {
	return len(src) < 300 && !strings.Contains(src, "..") && !strings.ContainsAny(src, "<>")
}

var harmlessCommands = map[string]bool{
	"echo": true, "printf": true, "true": true, "false": true, ":": true, "test": true, "[": true,
	"shift": true, "local": true, "declare": true, "typeset": true, "unset": true, "let": true,
	"read": true, "getopts": true, "return": true, "break": true, "continue": true, "type": true,
	"export": true, "readonly": true, "set": true, "shopt": true, "mapfile": true, "readarray": true,
	"exit": true, "alias": true, "unalias": true, "hash": true, "pwd": true, "help": true,
}

// harmless: every command is a harmless builtin or a function of the
// script's own, with no redirection and nothing in the background.
func harmless(file *syntax.File) bool {
	funcs := map[string]bool{}
	syntax.Walk(file, func(n syntax.Node) bool {
		if fd, ok := n.(*syntax.FuncDecl); ok && fd.Name != nil {
			funcs[fd.Name.Value] = true
		}
		return true
	})
	ok := true
	syntax.Walk(file, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Stmt:
			if n.Background || n.Coprocess || len(n.Redirs) > 0 {
				ok = false
			}
		case *syntax.CallExpr:
			if len(n.Args) > 0 {
				name := n.Args[0].Lit()
				if !harmlessCommands[name] && !funcs[name] {
					ok = false
				}
			}
		case *syntax.ProcSubst, *syntax.TimeClause:
			ok = false
		}
		return ok
	})
	return ok
}
