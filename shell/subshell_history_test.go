package shell

import (
	"testing"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

func TestMayRunHistory(t *testing.T) {
	parse := func(src string) *syntax.Stmt {
		t.Helper()
		f, err := parser.Parse(src, "")
		if err != nil || len(f.Stmts) != 1 {
			t.Fatalf("%q: %v", src, err)
		}
		return f.Stmts[0]
	}
	f := parse("f() { history; }")
	for src, want := range map[string]bool{
		"echo x":                false,
		"{ echo x; printf y; }": false,
		"x=$(date) cat":         false,
		"history":               true,
		"{ echo; history -c; }": true,
		"x=$(history)":          true,
		"fc -l":                 true,
		"$h":                    true,
		"\"history\"":           true,
		"\\history":             true,
		"eval \"$cmd\"":         true,
		"command -v ls":         true,
		". ./lib.sh":            true,
		"source lib.sh":         true,
		"trap 'history' EXIT":   true,
	} {
		s := &State{}
		if got := mayRunHistory(parse(src), s); got != want {
			t.Errorf("%s: %v, want %v", src, got, want)
		}
	}
	withFunc := &State{funcs: map[string]*syntax.FuncDecl{"f": f.Cmd.(*syntax.FuncDecl)}}
	if !mayRunHistory(parse("echo x"), withFunc) {
		t.Error("a function that runs history: false")
	}
	if !mayRunHistory(parse("echo x"), &State{traps: map[string]string{"EXIT": "history"}}) {
		t.Error("a trap: false")
	}
	if !mayRunHistory(parse("echo x"), &State{aliases: map[string]string{"h": "history"}}) {
		t.Error("an alias: false")
	}
}
