package shell

import (
	"sort"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// Functions in the environment, as bash passes them: export -f f puts
// BASH_FUNC_f%%='() {  body...}' in the environment of the commands run,
// so that xargs, timeout, parallel or a nested bash -c can call it. jobsh
// itself defines nothing from its environment (nothing there becomes
// code: the lesson of Shellshock, as in dash, zsh and fish); such entries,
// and any other whose name is no variable's, go on unchanged to the
// commands it runs, as bash passes them.

// exportFuncs is export -f NAME... (with -n: no longer exported); with no
// names it prints the exported functions, as bash does.
func (sh *Shell) exportFuncs(assigns []*syntax.Assign, unexport bool) (int, error) {
	if len(assigns) == 0 {
		names := make([]string, 0, len(sh.exportedFuncs))
		for n := range sh.exportedFuncs {
			if sh.funcs[n] != nil {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		var b strings.Builder
		for _, n := range names {
			b.WriteString(sh.funcSource(sh.funcs[n]) + "\ndeclare -fx " + n + "\n")
		}
		return sh.write("export", b.String())
	}
	status := 0
	for _, as := range assigns {
		name := as.Name.Value
		switch {
		case sh.funcs[name] == nil:
			sh.errorf("export: %s: not a function", name)
			status = 1
		case unexport:
			delete(sh.exportedFuncs, name)
		default:
			if sh.exportedFuncs == nil {
				sh.exportedFuncs = map[string]bool{}
			}
			sh.exportedFuncs[name] = true
		}
	}
	return status, nil
}

// funcEnviron is the environment entries of the exported functions, and
// those the shell inherited under names no variable has (an exported
// function of its own takes the place of one).
func (sh *Shell) funcEnviron() []string {
	var env []string
	own := map[string]bool{}
	for name := range sh.exportedFuncs {
		if fn := sh.funcs[name]; fn != nil {
			key := "BASH_FUNC_" + name + "%%"
			own[key] = true
			env = append(env, key+"="+exportedFuncText(sh.funcSource(fn)))
		}
	}
	for _, kv := range sh.shared.foreignEnv {
		if name, _, _ := strings.Cut(kv, "="); !own[name] {
			env = append(env, kv)
		}
	}
	return env
}

// exportedFuncText is a function as bash writes it in the environment:
// "() {  first;\n second\n}", the printed body's lines unindented.
func exportedFuncText(source string) string {
	lines := strings.Split(source, "\n")
	if len(lines) < 3 || lines[1] != "{ " || lines[len(lines)-1] != "}" {
		// Not a { } body: its text as printed, without the name.
		return "() " + strings.Join(lines[1:], "\n")
	}
	body := lines[2 : len(lines)-1]
	for i, l := range body {
		body[i] = strings.TrimPrefix(l, "    ")
	}
	return "() {  " + strings.Join(body, "\n ") + "\n}"
}
