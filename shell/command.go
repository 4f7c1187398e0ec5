package shell

import (
	"errors"
	"strconv"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Simple commands: the words expanded, assignments before the command
// (temporary or for good), functions, builtins and the xtrace line.

// call runs a simple command: expand its words, then run the function,
// builtin or program they name, with its redirections and assignments.
func (sh *Shell) call(st *syntax.Stmt, cmd *syntax.CallExpr) error {
	var fields []string
	if len(cmd.Args) > 0 {
		var err error
		sh.substStatus = 0
		if fields, err = sh.fields(sh.argWords(cmd.Args)...); err != nil {
			return sh.expandFailed(err)
		}
		if err := sh.checkInterrupt(); err != nil {
			return err
		}
	}
	// $_ is the last word of this command once it has run (in a function
	// called, still the one before), as in bash; "" after assignments.
	defer func() {
		sh.lastArg = ""
		if len(fields) > 0 {
			sh.lastArg = fields[len(fields)-1]
		}
	}()
	if len(fields) == 0 {
		// Assignments alone change the shell itself; their status is that
		// of the last command substitution, as in bash, one in the words
		// that expanded to nothing ($(false)) included.
		if len(cmd.Args) == 0 {
			sh.substStatus = 0
		}
		if failed, err := sh.assignHere(cmd.Assigns, false); failed {
			return err
		}
		restore, err := sh.redirect(st.Redirs)
		if err != nil {
			return sh.redirectFailed(err)
		}
		restore()
		sh.status = sh.substStatus
		return nil
	}
	assigns := cmd.Assigns
	if sh.posix() && len(assigns) > 0 && specialBuiltins[fields[0]] && sh.funcs[fields[0]] == nil {
		// POSIX 2.9.1.2: assignments before a special built-in "shall
		// affect the current execution environment" and stay; bash's
		// posix mode leaves them exported, as they are for the command.
		if failed, err := sh.assignHere(assigns, true); failed {
			return err
		}
		assigns = nil
	}
	env, err := sh.tempAssigns(assigns)
	if err != nil {
		return sh.expandFailed(err)
	}
	sh.trace(env, fields)
	if fields[0] == "exec" && (len(fields) == 1 || len(fields) == 2 && fields[1] == "--") {
		// exec with redirections only: they stay, for the shell itself.
		if _, err := sh.redirect(st.Redirs); err != nil {
			// bash goes on after a failed exec redirection, with
			// status 1; a POSIX-mode shell exits (2.8.1).
			sh.status = 1
			return sh.specialBuiltinFailed(1)
		}
		sh.status = 0
		return nil
	}
	savedReport := sh.reportFD
	sh.reportFD = sh.fd(2)
	defer func() { sh.reportFD = savedReport }()
	if len(st.Redirs) > 0 && sh.runsProgram(fields) {
		return sh.redirectInChild(st, fields, env)
	}
	restore, err := sh.redirect(st.Redirs)
	if err != nil {
		if code, ok := childEnds(err); ok && sh.runsInChild(fields[0]) {
			// bash redirects a program's descriptors in the child it
			// forked: an error that ends the shell there (set -u) or
			// abandons the line ends only that child.
			sh.status = code
			return nil
		}
		switch err.(type) {
		case exitFlow, discardFlow:
			return err
		}
		sh.status = 1
		if specialBuiltins[fields[0]] && sh.funcs[fields[0]] == nil {
			// 2.8.1: a redirection error with a special built-in.
			return sh.specialBuiltinFailed(1)
		}
		return nil
	}
	defer restore()
	return sh.runFields(st, fields, env)
}

// runsProgram tells whether a command line runs a program, maybe through
// `command` (bash strips it and forks the same way).
func (sh *Shell) runsProgram(fields []string) bool {
	if fields[0] == "command" && sh.funcs["command"] == nil {
		rest := fields[1:]
		for len(rest) > 0 && (rest[0] == "-p" || rest[0] == "--") {
			rest = rest[1:]
		}
		return len(rest) > 0 && !strings.HasPrefix(rest[0], "-") && builtins[rest[0]] == nil
	}
	return sh.runsInChild(fields[0])
}

// redirectInChild runs a program whose redirections bash performs in the
// child it forked: a copy of the shell expands them, so that an expansion
// leaves the shell's variables alone and an error in one (set -u) ends
// only the command, with the status the child would have had.
func (sh *Shell) redirectInChild(st *syntax.Stmt, fields, env []string) error {
	x := sh.forkCopy()
	defer sh.adoptProcFiles(x)
	restore, err := x.redirect(st.Redirs)
	if err != nil {
		sh.status = flowStatus(x.redirectFailed(err), x.status)
		return nil
	}
	defer restore()
	saved := sh.fds
	sh.fds = x.fds
	defer func() { sh.fds = saved }()
	return sh.runFields(st, fields, env)
}

// runsInChild says whether bash would fork to run the command name: not
// a function, nor a builtin, nor a job spec.
func (sh *Shell) runsInChild(name string) bool {
	return sh.funcs[name] == nil && builtins[name] == nil && !(strings.HasPrefix(name, "%") && sh.ctl.JobControl)
}

// childEnds says whether err, from something done in a child bash forks
// (its redirections), ends that child, and with which status: what ends
// or abandons a shell's command line ends a subshell.
func childEnds(err error) (int, bool) {
	switch f := err.(type) {
	case exitFlow:
		return f.code, true
	case discardFlow:
		return 1, true
	}
	return 0, false
}

// assignHere makes assignments in the shell itself, exported if export.
// failed says that one failed and ended the command, with err to return.
func (sh *Shell) assignHere(assigns []*syntax.Assign, export bool) (failed bool, err error) {
	for _, as := range assigns {
		err := sh.assign(as, assignOpts{trace: true, export: export})
		if err == nil {
			continue
		}
		if f, ok := err.(flowError); ok {
			return true, f
		}
		var arith expand.ArithmError
		var indirect expand.IndirectError
		var unset expand.UnsetParameterError
		var index indexError
		var bad expand.BadSubstError
		if errors.As(err, &arith) && (arith.Expr != nil || arith.Param != "" || arith.InIndex) ||
			errors.As(err, &indirect) || errors.As(err, &unset) || errors.As(err, &index) || errors.As(err, &bad) {
			// Not reported yet; it ends the line (set -u: as in bash,
			// with its message and 127 under -c).
			return true, sh.expandFailed(err)
		}
		sh.status = 1
		if sh.posix() && !sh.mode.interactive() {
			// 2.8.1: a variable assignment error; bash's posix mode
			// exits with 127.
			return true, exitFlow{127}
		}
		if _, ok := err.(arithStringError); ok {
			return true, sh.arithAssignFailed() // n=1/0 with declare -i n
		}
		// Outside POSIX mode bash gives up the command line (readonly,
		// a bad subscript) and goes on with the next one.
		return true, sh.discardLine()
	}
	return false, nil
}

// runFields runs an expanded command line in the current shell.
func (sh *Shell) runFields(st *syntax.Stmt, fields, env []string) error {
	name := fields[0]
	if fn := sh.funcs[name]; fn != nil {
		return sh.withTempVars(env, func() error { return sh.callFunc(fn, fields[1:]) })
	}
	if strings.HasPrefix(name, "%") && sh.ctl.JobControl {
		// A job spec alone is fg: `%1`, `%vim`.
		status, err := builtinFg(sh, fields[:1])
		sh.status = status
		return err
	}
	if b := builtins[name]; b != nil {
		if st == sh.memberCall {
			// bash runs a stage's builtin under a top level of its
			// own (execute_subshell_builtin_or_function): an error
			// in what eval or source runs ends it with 1.
			sh.forkedCall = false
		}
		return sh.withTempVars(env, func() error {
			status, err := b(sh, fields[1:])
			sh.status = status
			return err
		})
	}
	return sh.runExternal(st, fields, env)
}

// assignOpts are the attributes a declaration gives.
type assignOpts struct {
	local, export, readonly, global bool
	kind                            expand.ValueKind // Indexed or Associative for -a/-A
	integer                         bool
	trace                           bool // set -x traces the assignment
	// caseAttr is -l, -u or -c ('l', 'u', 'c'); traceAttr is -t. off
	// holds the attributes a declaration's +i, +l, +t... take away,
	// before it assigns.
	caseAttr  byte
	traceAttr bool
	off       string
	inherit   bool // local -I: a new local starts as the variable it hides
	// builtin is the declaration builtin assigning (declare, local …),
	// which an arithmetic error and a refused readonly value name;
	// unReadonly is its +r.
	builtin    string
	unReadonly bool
}

// tempAssigns expands `a=1 cmd` assignments into NAME=VALUE pairs.
func (sh *Shell) tempAssigns(assigns []*syntax.Assign) ([]string, error) {
	var env []string
	for _, as := range assigns {
		if as.Index != nil {
			// bash: not a name a command's environment can have.
			sh.errorf("`%s[%s]': not a valid identifier", as.Name.Value, parser.Print(as.Index))
			continue
		}
		v, err := sh.value(as.Value)
		if as.Array != nil {
			// bash takes a=(1 2) before a command for the string
			// "(1 2)", the elements expanded.
			var elems []string
			for _, el := range as.Array.Elems {
				var fields []string
				if el.Value != nil { // [k]= has none
					var ferr error
					if fields, ferr = sh.fields(el.Value); ferr != nil {
						return nil, ferr
					}
				}
				if el.Index != nil {
					// [k]=v keeps its key, as bash writes it.
					key := "[" + parser.Print(el.Index) + "]="
					if len(fields) == 0 {
						fields = []string{""}
					}
					fields[0] = key + fields[0]
				}
				elems = append(elems, fields...)
			}
			v, err = "("+strings.Join(elems, " ")+")", nil
		}
		if err != nil {
			return nil, err
		}
		if as.Append {
			v = sh.Get(as.Name.Value).String() + v
		}
		name := as.Name.Value
		if t, ok := sh.refTarget(name); ok && validName(t) {
			name = t // `ref=x cmd` assigns, and exports, what ref refers to
		}
		env = append(env, name+"="+v)
	}
	return env, nil
}

// withTempVars runs f with `a=1 cmd` assignments in force, exported, as a
// scope of their own that goes away afterwards.
func (sh *Shell) withTempVars(env []string, f func() error) error {
	if len(env) == 0 {
		return f()
	}
	scope := map[string]expand.Variable{}
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		scope[name] = expand.Variable{Set: true, Kind: expand.String, Str: value, Exported: true}
	}
	sh.scopes = append(sh.scopes, scope)
	n := len(sh.scopes)
	defer func() { sh.scopes = append(sh.scopes[:n-1], sh.scopes[n:]...) }()
	return f()
}

// maxFuncNest bounds function calls when FUNCNEST does not. bash has no
// bound of its own, and with the usual 8 MB stack crashes (SIGSEGV) at
// about 10,000 calls.
const maxFuncNest = 25000

// maxStmtDepth bounds the commands running inside one another in one
// goroutine, function calls and the compound commands of each body
// counted alike: the interpreter's stack grows with them (a few KiB
// each), and past Go's limit (1 GB) the process dies, which no shell can
// report. A call count alone let a body of many nested braces get there
// within maxFuncNest calls (FuzzRun's worker died in a .ci/run).
const maxStmtDepth = 150000

// funcNest is the depth of function calls allowed: FUNCNEST if it is a
// number above 0, as in bash, else maxFuncNest. scoped is
// scopedFuncNest's answer.
func (sh *Shell) funcNest(scoped int) int {
	n := scoped
	if n == 0 {
		n, _ = strconv.Atoi(sh.vars["FUNCNEST"].String())
	}
	if n <= 0 || n > maxFuncNest {
		return maxFuncNest
	}
	return n
}

// scopedFuncNest is the FUNCNEST a scope sets (FUNCNEST=5 f, local
// FUNCNEST), 0 if none does. Only the scopes of the running frame are
// looked through, the frames below having kept their answer (frame.Nest):
// looking through every scope on each call would make deep recursion
// quadratic.
func (sh *Shell) scopedFuncNest() int {
	base, nest := 0, 0
	if n := len(sh.frames); n > 0 {
		base, nest = sh.frames[n-1].Scopes, sh.frames[n-1].Nest
	}
	for i := len(sh.scopes) - 1; i >= base; i-- {
		if v, ok := sh.scopes[i]["FUNCNEST"]; ok {
			n, err := strconv.Atoi(v.String())
			if err != nil || n <= 0 {
				n = maxFuncNest
			}
			return n
		}
	}
	return nest
}

// callFunc runs a shell function with its own positional parameters and
// scope for locals.
func (sh *Shell) callFunc(fn *syntax.FuncDecl, args []string) error {
	nest := sh.scopedFuncNest()
	if calls := sh.funcCalls(); calls >= sh.funcNest(nest) || sh.stmtDepth >= maxStmtDepth {
		// bash's FUNCNEST; without it, only the stack's own bound.
		sh.errorf("%s: maximum function nesting level exceeded (%d)", fn.Name.Value, calls)
		sh.status = 1
		return sh.discardLine()
	}
	oldParams, oldSet := sh.params, sh.paramsSet
	sh.params = args
	sh.scopes = append(sh.scopes, map[string]expand.Variable{})
	sh.pushFrame(frame{Func: fn.Name.Value, File: sh.funcFiles[fn.Name.Value].File, Line: sh.line, Caller: sh.currentFile(),
		Scopes: len(sh.scopes) - 1, Nest: nest}, true) // its own scope is the last
	callLine, callBase := sh.line, sh.lineBase
	defer func() { sh.line, sh.lineBase = callLine, callBase }() // LINENO is the call's again
	if o, ok := sh.funcFiles[fn.Name.Value]; ok {
		// The body's lines count as where it was defined (a function
		// read from standard input or typed at the prompt was parsed
		// as a chunk of its own).
		sh.lineBase = o.LineBase
		if o.src != nil {
			savedSrc := sh.progSrc
			sh.progSrc = o.src
			defer func() { sh.progSrc = savedSrc }()
		}
	}
	// Until a command in it sets another, the line is the one the
	// body starts on, as bash's execute_function sets it.
	sh.line = int(fn.Body.Pos().Line()) + sh.lineBase
	oldLoop := sh.loopDepth
	sh.loopDepth = 0
	callerLocalOpts := sh.localOpts
	sh.localOpts = nil
	gen := sh.returnTrapGen
	defer sh.hideErrTrap()()
	err := sh.stmt(fn.Body)
	if r, ok := err.(returnFlow); ok {
		// The trap sees $? of the command before return, as in bash.
		sh.status = r.before
		if err = sh.runReturnTrap(gen, true); err == nil {
			err = r
		}
	} else if err == nil {
		err = sh.runReturnTrap(gen, true)
	}
	sh.loopDepth = oldLoop
	if sh.localOpts != nil {
		// local - ran in the body: set's options come back (shopt's
		// stay changed, as in bash).
		for _, o := range optionsOfKind(setOpt) {
			sh.opts[o] = sh.localOpts[o]
		}
	}
	sh.localOpts = callerLocalOpts
	sh.popFrame()
	sh.scopes = sh.scopes[:len(sh.scopes)-1]
	sh.params, sh.paramsSet = oldParams, oldSet
	if r, ok := err.(returnFlow); ok {
		sh.status = r.code
		return nil
	}
	if _, ok := err.(discardFlow); ok {
		// bash puts back the call's line on the way out of the
		// function, and counts the lines read next from there.
		err = discardFlow{callLine}
	}
	return err
}

// hideErrTrap is what bash's execute_function does with the ERR trap
// when set -E is off: the function starts without it, and gets it back as
// it returns, unless it set one of its own, which stays. It returns the
// function that gives it back.
func (sh *Shell) hideErrTrap() func() {
	action, ok := sh.traps["ERR"]
	if !ok || sh.opts[optErrTrace] {
		return func() {}
	}
	delete(sh.traps, "ERR")
	return func() {
		if _, set := sh.traps["ERR"]; !set {
			if sh.traps == nil {
				sh.traps = map[string]string{}
			}
			sh.traps["ERR"] = action
		}
	}
}

// trace prints the command about to run under set -x: its temporary
// assignments (NAME=VALUE) a line each, as bash does, then its words.
func (sh *Shell) trace(env []string, fields []string) {
	if !sh.opts[optXTrace] {
		return
	}
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		sh.xtrace(name + "=" + traceValue(value))
	}
	if len(fields) > 0 {
		sh.xtrace(traceWords(fields))
	}
}

func quote(s string) string {
	if s == "" {
		return "''"
	}
	q, err := syntax.Quote(s, syntax.LangBash)
	if err != nil {
		return s
	}
	return q
}

// promptString expands a prompt-like variable's parameters.
func (sh *Shell) promptString(name string) (string, error) {
	return sh.expandString(sh.Get(name).String())
}

// expandString expands parameters, arithmetic and command substitutions
// in s as in a here-document, without splitting or globbing.
func (sh *Shell) expandString(s string) (string, error) {
	if !strings.ContainsAny(s, "$`") {
		return s, nil
	}
	w, err := syntax.NewParser().Document(strings.NewReader(s))
	if err == nil {
		// What every other parse goes through: constructs the executor
		// does not run (a function without a name) are refused here.
		err = parser.Check(w)
	}
	if err != nil {
		return s, err
	}
	return sh.document(w)
}
