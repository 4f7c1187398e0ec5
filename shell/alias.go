package shell

import (
	"fmt"
	"sort"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// Aliases are expanded as bash does it, once a whole line has been parsed
// and before any of it runs: an alias defined on a line applies from the
// next line on, and a function's body is expanded when it is defined. The
// parser knows nothing of aliases, so the expansion works on the syntax
// tree: a simple command whose first word is an unquoted alias name is
// printed again with the alias's text in place of that word, and parsed
// again. An alias is not expanded inside its own expansion (alias
// ls='ls -F'), and one whose text ends in a blank makes the next word a
// candidate too (alias sudo='sudo '). They are expanded in interactive
// shells, and in others after shopt -s expand_aliases, as in bash.

// expandAliases rewrites the statements of one line in place.
func (sh *Shell) expandAliases(stmts []*syntax.Stmt) {
	if len(sh.aliases) == 0 || !sh.aliasesOn() {
		return
	}
	chains := map[*syntax.Stmt]map[string]bool{}
	for _, st := range stmts {
		syntax.Walk(st, func(n syntax.Node) bool {
			if st, ok := n.(*syntax.Stmt); ok {
				sh.aliasStmt(st, chains)
			}
			return true
		})
	}
}

// aliasesOn says whether aliases are expanded in this shell: shopt
// expand_aliases, which an interactive shell turns on as it starts, so
// that its subshells (a pipeline stage, $(...)) expand them too, as in
// bash.
func (sh *Shell) aliasesOn() bool { return sh.opts[optExpandAliases] }

// aliasStmt expands the alias that starts st, if any, again and again
// while the result starts with another one.
func (sh *Shell) aliasStmt(st *syntax.Stmt, chains map[*syntax.Stmt]map[string]bool) {
	for {
		call, ok := st.Cmd.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 {
			return
		}
		seen := chains[st]
		name := call.Args[0].Lit()
		text, ok := sh.aliases[name]
		if !ok || seen[name] {
			return
		}
		args := append([]*syntax.Word{lit(text)}, call.Args[1:]...)
		// A blank at the end of the text makes the next word an alias
		// candidate too.
		for i := 1; i < len(args) && strings.HasSuffix(args[i-1].Lit(), " "); i++ {
			next, ok := sh.aliases[args[i].Lit()]
			if !ok || seen[args[i].Lit()] {
				break
			}
			args[i] = lit(next)
		}
		old := *call
		call.Args = args
		src := parser.Print(st)
		*call = old
		f, err := parser.Parse(src, "")
		if err != nil || len(f.Stmts) == 0 {
			// An alias whose text doesn't parse in place is left alone;
			// running the command shows the error bash would.
			return
		}
		chain := map[string]bool{name: true}
		for k := range seen {
			chain[k] = true
		}
		for _, s := range f.Stmts {
			syntax.Walk(s, func(n syntax.Node) bool {
				if s, ok := n.(*syntax.Stmt); ok {
					chains[s] = chain
				}
				return true
			})
		}
		pos := st.Position
		if len(f.Stmts) == 1 {
			*st = *f.Stmts[0]
		} else {
			*st = syntax.Stmt{Cmd: &syntax.Block{Stmts: f.Stmts}}
		}
		st.Position = pos // for LINENO and messages
		chains[st] = chain
	}
}

// builtinAlias defines aliases (name=value) or prints them (name, or all
// with no arguments or -p) in the form alias name='value'.
func builtinAlias(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("alias", args, "p")
	if !ok {
		return 2, nil
	}
	var b strings.Builder
	show := func(name string) {
		fmt.Fprintf(&b, "alias %s=%s\n", name, singleQuote(sh.aliases[name]))
	}
	if _, all := opts['p']; all || len(args) == 0 {
		names := make([]string, 0, len(sh.aliases))
		for n := range sh.aliases {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			show(n)
		}
	}
	status := 0
	for _, a := range args {
		name, value, isDef := strings.Cut(a, "=")
		if !isDef {
			if _, ok := sh.aliases[name]; !ok {
				sh.errorf("alias: %s: not found", name)
				status = 1
				continue
			}
			show(name)
			continue
		}
		if name == "" || strings.ContainsAny(name, "/$`\\'\" \t\n=;|&<>()") {
			sh.errorf("alias: `%s': invalid alias name", name)
			status = 1
			continue
		}
		if sh.aliases == nil {
			sh.aliases = map[string]string{}
		}
		sh.aliases[name] = value
	}
	sh.write("alias", b.String())
	return status, nil
}

// builtinUnalias removes aliases, or all of them with -a.
func builtinUnalias(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("unalias", args, "a")
	if !ok {
		return 2, nil
	}
	if _, all := opts['a']; all {
		clear(sh.aliases)
		return 0, nil
	}
	if len(args) == 0 {
		fmt.Fprintf(sh.stderr(), "unalias: usage: %s\n", synopsis("unalias"))
		return 2, nil
	}
	status := 0
	for _, n := range args {
		if _, ok := sh.aliases[n]; !ok {
			sh.errorf("unalias: %s: not found", n)
			status = 1
			continue
		}
		delete(sh.aliases, n)
	}
	return status, nil
}

// singleQuote quotes s for reading back, as bash prints alias values and
// trap actions.
func singleQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
