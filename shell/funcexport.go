package shell

import (
	"sort"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// Functions in the environment, as bash passes them: export -f f puts
// BASH_FUNC_f%%='() {  body...}' in the environment of the commands run,
// and a shell started with such a variable defines f, exported in turn
// (so that xargs, timeout, parallel or a nested bash -c can call it).

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
			b.WriteString(bashFuncSource(sh.funcs[n]) + "\ndeclare -fx " + n + "\n")
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

// funcEnviron is the environment entries of the exported functions.
func (sh *Shell) funcEnviron() []string {
	var env []string
	for name := range sh.exportedFuncs {
		if fn := sh.funcs[name]; fn != nil {
			env = append(env, "BASH_FUNC_"+name+"%%="+exportedFuncText(fn))
		}
	}
	return env
}

// exportedFuncText is a function as bash writes it in the environment:
// "() {  first;\n second\n}", the printed body's lines unindented.
func exportedFuncText(fn *syntax.FuncDecl) string {
	lines := strings.Split(bashFuncSource(fn), "\n")
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

// importFunc defines the function an environment entry
// BASH_FUNC_NAME%%=() {...} holds, as bash does at start-up, and tells
// whether the entry was one. Anything else in such an entry is left out.
func (sh *Shell) importFunc(name, value string) bool {
	fname, ok := strings.CutPrefix(name, "BASH_FUNC_")
	if !ok {
		return false
	}
	fname, ok = strings.CutSuffix(fname, "%%")
	if !ok || !strings.HasPrefix(value, "() ") {
		return ok
	}
	src := fname + " " + value
	file, err := parser.Parse(src, "")
	if err != nil || len(file.Stmts) != 1 {
		return true
	}
	fd, isFunc := file.Stmts[0].Cmd.(*syntax.FuncDecl)
	if !isFunc || fd.Name.Value != fname {
		return true
	}
	sh.funcs[fname] = fd
	if sh.funcFiles == nil {
		sh.funcFiles = map[string]funcOrigin{}
	}
	sh.funcFiles[fname] = funcOrigin{File: "environment", src: &srcRecorder{buf: []byte(src)}}
	if sh.exportedFuncs == nil {
		sh.exportedFuncs = map[string]bool{}
	}
	sh.exportedFuncs[fname] = true
	return true
}
