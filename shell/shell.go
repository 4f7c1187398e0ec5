// Package shell is jobsh's interpreter: the read-parse-run loop, the
// executor that walks mvdan.cc/sh syntax trees, the builtins, variables
// and options. It runs on Linux only: it uses the Linux system calls of
// package jobs, memfd for the state of re-executed subshells, and /proc.
// It reads interactive lines through a LineEditor it is given (package
// editor has one) and never imports an editor itself.
//
// Where state lives:
//   - State (state.go) is everything a subshell inherits. ForSubshell
//     makes the copy for both kinds of subshell; Encode and Decode carry
//     it to a re-executed one (subshell.go).
//   - Shell is one shell, owned by one goroutine: a State plus its
//     descriptors, controller and place in the program.
//   - processShared (process.go) is what the goroutines of one process
//     share (in-process pipeline stages, process substitutions), each
//     field with its lock. The package has no other mutable globals.
//   - Options (options.go) is one table of every option.
package shell

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"jobsh/jobs"
	"jobsh/sys/wake"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Version names the program and its release. It is a variable so that a
// release build can set it: go build -ldflags "-X 'jobsh/shell.Version=jobsh 1.0.0'".
// BuildVersion adds the commit for --version.
var Version = "jobsh 0.1.0"

// Shell is one shell: the State a subshell inherits, and what belongs to
// this shell alone (its descriptor table, its job controller, where it is
// in the program, its line editor). It is owned by one goroutine: an
// in-process subshell is a Shell of its own, made by Subshell.
type Shell struct {
	State

	// fds is the shell's file descriptor table: fds[n] is what fd n means
	// to commands run now. Redirections replace it for one command; exec
	// replaces it for good. The shell never dup2s its own 0, 1, 2.
	fds []*os.File
	// procFiles are the shell's ends of live process substitutions.
	procFiles []*os.File
	// lastProcSubst is closed when the last process substitution
	// started ends: wait without operands waits for it, as bash 5.1's.
	lastProcSubst chan struct{}

	ctl *jobs.Controller

	mode        Mode
	login       bool
	self        string
	lineBase    int // added to parser lines (interactive chunks, stdin)
	noErrExit   int // >0 inside if/while conditions, && || lefts, !
	loopDepth   int
	exitWarned  bool // "There are stopped jobs." was said for this exit
	lastFg      *jobs.Job
	substStatus int          // status of the last $(...) for assignment-only commands
	progSrc     *srcRecorder // the text of the program running, for arithmetic errors
	// paramsSet counts the times set gave the positional parameters,
	// for source with arguments.
	paramsSet int
	// memberCall is a simple command that this subshell runs as a member
	// of a job (a pipeline stage, `f &`). bash forks it and runs it in the
	// child without the ERR trap or set -e looking at its status: that is
	// for the parent, which sees the job's status.
	memberCall *syntax.Stmt
	// forkedCall: this subshell is a command that a -c shell forked (a
	// pipeline stage, `cmd &`: forkedStmt), not yet inside the body of
	// that command if it is compound. bash's child keeps the -c shell's
	// top level until then, so an expansion error in a simple command's
	// words (a function's body included) or in the redirections exits
	// 127 there too, where the body of a ( ), a { } stage or a $(...)
	// has a top level of its own (1).
	forkedCall bool
	forkedStmt *syntax.Stmt
	// sigpiped: this in-process subshell wrote to a pipe without a
	// reader, which kills bash's; it ends with 141 (fdWriter).
	sigpiped   bool
	random     uint32
	lastRandom int // RANDOM's last number, which it does not repeat

	shared   *processShared // what all the shells of this process share
	reportFD *os.File       // where a killed job is reported: stderr outside the command's own redirections
	sigint   chan struct{}  // SIGINT arrived (interactive shells)
	wake     *wake.Pipe     // wakes the plain reader on SIGINT
	ttyFile  *os.File       // the shell's own descriptor on its terminal
	promptMu *sync.Mutex    // held while at the prompt is checked or left
	atPrompt LineEditor     // the reader waiting at the prompt, or nil
	// newEditor makes a line editor (Config.NewEditor), for read -e;
	// readEditor is the one it made, kept for the next read.
	newEditor    func(sh *Shell, fd int) (LineEditor, error)
	keys         KeyBinder // the editor's functions and default keys, for bind (Config.Keys)
	readEditor   LineEditor
	readEditorFD int
	trapSt       *trapState // signals caught for traps, not yet run
	process      *Shell     // for an in-process subshell: the shell whose traps catch this process's signals
	inTrap       bool
	// reportedUnderErrExit: an expansion reported an error that does
	// not fail it (a[-9]: bad array subscript) while set -e was on,
	// which ends the shell (see reported).
	reportedUnderErrExit bool
	// errExited: the exitFlow under way is set -e's, which leaves an
	// interactive shell without a word (exit's says "exit").
	errExited bool
	// action is the running trap action's $? from before it, which
	// return (and exit, where it says so) without an operand use.
	action *trapAction
	// returnTrapGen counts the RETURN traps set: a function runs the
	// trap as it returns only if one was set while it ran.
	returnTrapGen int
	catch         chan os.Signal // the interactive REPL's signal channel
	// comp is the completion being computed (its spec, which compopt
	// without a name changes, and its word); nil when none is.
	comp *compInProgress
	eofs int // end-of-files in a row at the prompt (set -o ignoreeof)
	// current is the command running, for BASH_COMMAND, whose text is
	// made only when it is read; currentText, when set, is that text
	// already (a for loop's header, for the DEBUG trap). Trap actions
	// leave both alone: in a trap BASH_COMMAND is the command that set
	// it off, as in bash.
	current     *syntax.Stmt
	currentText string
	// stmtDepth counts the statements running inside one another
	// (maxStmtDepth); an in-process subshell's copy goes on from its
	// parent's, which counts too much only where it runs in a goroutine
	// of its own.
	stmtDepth int
	// localOpts are the set options to put back when the function
	// running returns, after local - in it; nil without.
	localOpts *Options
	// globalName is the variable declare -g is assigning: the global one,
	// even where a function has a local of that name.
	globalName string
	// attrsOnly: the Set running gives attributes, not a value
	// (declare -u v), so the value v has is not case-converted.
	attrsOnly bool
}

// New makes a shell with the process environment imported.
func New() *Shell {
	// A directory that cannot be named (removed, or a parent not
	// searchable) is "": commands run where the process is and relative
	// names are taken from there, as bash's with no current directory.
	wd, _ := os.Getwd()
	sh := &Shell{
		State: State{
			vars:    map[string]expand.Variable{},
			funcs:   map[string]*syntax.FuncDecl{},
			opts:    Options{optBraceExpand: true, optHashAll: true, optSourcePath: true, optHostComplete: true, optProgComp: true, optCheckWinSize: true, optHistAppend: true, optCmdHist: true},
			cwd:     wd,
			arg0:    "jobsh",
			pid:     os.Getpid(),
			started: time.Now(),
			hash:    map[string]*hashEntry{},
		},
		fds:      []*os.File{os.Stdin, os.Stdout, os.Stderr},
		ctl:      jobs.NewController(),
		shared:   newProcessShared(),
		promptMu: new(sync.Mutex),
		random:   uint32(time.Now().UnixNano()),
	}
	sh.self, _ = os.Executable()
	sh.importEnv(os.Environ(), wd)
	sh.shared.dir = sh.cwd
	return sh
}

// importEnv makes the variables of a new shell from its environment, with
// the ones a shell sets itself (PWD for the directory wd, IFS, PS2, PS4,
// OPTIND, PATH if unset, SHLVL one more, PPID, UID, EUID).
func (sh *Shell) importEnv(env []string, wd string) {
	sh.vars = map[string]expand.Variable{}
	for _, kv := range env {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || !validName(name) {
			if ok && sh.shared != nil {
				sh.shared.foreignEnv = append(sh.shared.foreignEnv, kv) // passed on, never run
			}
			continue
		}
		sh.vars[name] = expand.Variable{Set: true, Exported: true, Kind: expand.String, Str: value}
	}
	// PWD must name the directory we are in; a stale inherited one is
	// replaced, as POSIX asks.
	if pwd := sh.vars["PWD"].Str; wd == "" {
		// bash keeps an inherited PWD it cannot check.
	} else if pwd == "" || !sameFile(pwd, wd) {
		sh.setVar("PWD", wd, true)
	} else {
		sh.cwd = pwd
	}
	// COMP_WORDBREAKS too, as bash: completion scripts add to it
	// (git's appends ':' to what it finds).
	for name, value := range map[string]string{"IFS": " \t\n", "PS2": "> ", "PS4": "+ ", "COMP_WORDBREAKS": defaultWordBreaks} {
		if !sh.vars[name].IsSet() {
			sh.setVar(name, value, false)
		}
	}
	// OPTIND starts at 1 whatever the environment said, an integer, as
	// in bash (an inherited one stays exported).
	sh.vars["OPTIND"] = expand.Variable{Set: true, Kind: expand.String, Str: "1", Integer: true, Exported: sh.vars["OPTIND"].Exported}
	if !sh.vars["PATH"].IsSet() {
		sh.setVar("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", false)
	}
	lvl, _ := strconv.Atoi(sh.vars["SHLVL"].Str)
	sh.setVar("SHLVL", strconv.Itoa(lvl+1), true)
	// As in bash, the process's ids are read-only integers, whatever the
	// environment said; an inherited one stays exported.
	for name, id := range map[string]int{"PPID": os.Getppid(), "UID": os.Getuid(), "EUID": os.Geteuid()} {
		sh.vars[name] = expand.Variable{Set: true, Kind: expand.String, Str: strconv.Itoa(id),
			Integer: true, ReadOnly: true, Exported: sh.vars[name].Exported}
	}
	sh.setBashVars()
}

// bashLevel is the bash release whose language jobsh follows, which
// BASH_VERSION and BASH_VERSINFO give scripts that test for features; the
// release status says it is jobsh.
var bashLevel = [...]string{"5", "2", "15", "1", "jobsh"}

// setBashVars sets the variables bash sets about itself and the machine,
// which scripts test: BASH, BASH_VERSION, BASH_VERSINFO (read-only), and
// OSTYPE, HOSTTYPE, MACHTYPE, HOSTNAME unless the environment had them,
// as in bash. JOBSH_VERSION names jobsh's own release.
func (sh *Shell) setBashVars() {
	host := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i686"}[runtime.GOARCH]
	if host == "" {
		host = runtime.GOARCH
	}
	machine := host + "-pc-linux-gnu"
	name, _ := os.Hostname()
	for name, value := range map[string]string{"OSTYPE": "linux-gnu", "HOSTTYPE": host, "MACHTYPE": machine, "HOSTNAME": name} {
		if !sh.vars[name].IsSet() {
			sh.vars[name] = expand.Variable{Set: true, Kind: expand.String, Str: value}
		}
	}
	for name, value := range map[string]string{
		"BASH":          sh.self,
		"BASH_VERSION":  fmt.Sprintf("%s.%s.%s(%s)-%s", bashLevel[0], bashLevel[1], bashLevel[2], bashLevel[3], bashLevel[4]),
		"JOBSH_VERSION": strings.TrimPrefix(Version, "jobsh "),
	} {
		sh.vars[name] = expand.Variable{Set: true, Kind: expand.String, Str: value, Exported: sh.vars[name].Exported}
	}
	sh.vars["BASH_VERSINFO"] = expand.Variable{Set: true, Kind: expand.Indexed, ReadOnly: true,
		List: append(bashLevel[:len(bashLevel):len(bashLevel)], machine)}
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// Subshell returns a copy of the shell that can run without touching the
// original: what ( ), $(...) and in-process pipeline stages run on.
func (sh *Shell) Subshell() *Shell { return sh.subshellWith(sh.subshellState()) }

// subshellWith is Subshell with the state st.
func (sh *Shell) subshellWith(st State) *Shell {
	c := *sh
	c.State = st
	c.fds = append([]*os.File(nil), sh.fds...)
	c.procFiles = nil
	c.trapSt = nil
	c.forkedCall, c.forkedStmt = false, nil
	c.sigpiped = false
	if c.process == nil {
		c.process = sh
	}
	c.ctl = jobs.NewController()
	c.ctl.Trace = sh.ctl.Trace
	c.ctl.ResumeStopped = sh.mode.interactive() || sh.ctl.ResumeStopped
	c.mode = ModeInProcessSubshell
	return &c
}

// subshellState is the State a subshell of this shell starts with, in
// this process or re-executed: ForSubshell's copy, with a copy of the jobs
// the subshell's `jobs` lists.
func (sh *Shell) subshellState() State {
	st := sh.State.ForSubshell()
	st.subshellLevel++
	st.parentJobs = jobs.TableFrom(sh.ctl.Snapshot())
	if sh.parentJobs != nil && sh.ctl.Len() == 0 {
		st.parentJobs = jobs.TableFrom(sh.parentJobs.Snapshot())
	}
	return st
}

// isGlobal tells whether name is a variable of no function's scope.
func (sh *Shell) isGlobal(name string) bool {
	for _, sc := range sh.scopes {
		if _, ok := sc[name]; ok {
			return false
		}
	}
	return true
}

// setReadonlyAttrs stores v, a readonly variable with attributes added
// (readonlyAttrs), where the variable is: past the readonly check, which
// is for values.
func (sh *Shell) setReadonlyAttrs(name string, v expand.Variable) error {
	scope := sh.vars
	for i := len(sh.scopes) - 1; i >= 0; i-- {
		if _, ok := sh.scopes[i][name]; ok {
			scope = sh.scopes[i]
			break
		}
	}
	scope[name] = v
	return nil
}

// readonlyError is an assignment to a readonly variable.
type readonlyError string

func (e readonlyError) Error() string { return string(e) + ": readonly variable" }

// ---- variables: Shell implements expand.WriteEnviron ----

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// Get returns a variable, answering the special parameters the expand
// package asks for ($#, $@, $?, $$, $!, $-, $0, $1...) from the shell state.
func (sh *Shell) Get(name string) expand.Variable {
	str := func(s string) expand.Variable { return expand.Variable{Set: true, Kind: expand.String, Str: s} }
	if isDynamicVar(name) && !slices.Contains(sh.unspecial, name) && !sh.lookup(name).Local {
		// A local of such a name is an ordinary variable, as in bash.
		return sh.dynamicVar(name)
	}
	switch name {
	case "#":
		return str(strconv.Itoa(len(sh.params)))
	case "@", "*":
		return expand.Variable{Set: true, Kind: expand.Indexed, List: sh.params}
	case "?":
		return str(strconv.Itoa(sh.status))
	case "$":
		return str(strconv.Itoa(sh.pid))
	case "!":
		if sh.lastBg == 0 {
			return expand.Variable{}
		}
		return str(strconv.Itoa(sh.lastBg))
	case "-":
		return str(sh.flags())
	case "0":
		return str(sh.arg0)
	case "BASH_SUBSHELL":
		return str(strconv.Itoa(sh.subshellLevel))
	case "LINENO":
		return str(strconv.Itoa(sh.line))
	case "FUNCNAME":
		if sh.funcCalls() == 0 {
			return sh.lookup(name)
		}
		// Inside a function: each frame's function, "source" for a
		// file sourced, as bash lists them.
		list := make([]string, 0, len(sh.frames)+1)
		for i := len(sh.frames) - 1; i >= 0; i-- {
			list = append(list, sh.frames[i].Func)
		}
		if sh.scriptFile {
			list = append(list, "main")
		}
		return expand.Variable{Set: true, Kind: expand.Indexed, List: list}
	case "DIRSTACK":
		return sh.dirStackVar()
	case "BASH_SOURCE", "BASH_LINENO":
		return sh.sourceStack(name == "BASH_LINENO")
	case "SHELLOPTS", "BASHOPTS":
		// The options on, by name, as bash keeps them: read-only.
		kind := setOpt
		if name == "BASHOPTS" {
			kind = shoptOpt
		}
		var on []string
		for _, o := range optionsOfKind(kind) {
			if sh.opts[o] {
				on = append(on, o.String())
			}
		}
		v := str(strings.Join(on, ":"))
		v.ReadOnly, v.Exported = true, sh.lookup(name).Exported
		return v
	case "_":
		return str(sh.lastArg)
	case "GROUPS":
		// The groups the shell's user is in, the real group first.
		gid := os.Getgid()
		list := []string{strconv.Itoa(gid)}
		groups, _ := os.Getgroups()
		for _, g := range groups {
			if g != gid {
				list = append(list, strconv.Itoa(g))
			}
		}
		return expand.Variable{Set: true, Kind: expand.Indexed, List: list}
	case "BASH_COMMAND":
		if !slices.Contains(sh.unspecial, name) {
			return str(sh.bashCommand())
		}
	case "PIPESTATUS":
		list := make([]string, len(sh.pipeStatus))
		for i, s := range sh.pipeStatus {
			list[i] = strconv.Itoa(s)
		}
		return expand.Variable{Set: true, Kind: expand.Indexed, List: list}
	}
	if user, ok := strings.CutPrefix(name, "HOME "); ok {
		// The expand package asks this for ~user, and for ~+, ~-, ~N.
		if home, ok := sh.tildeDir(user); ok {
			return str(home)
		}
		return expand.Variable{}
	}
	if n, err := strconv.Atoi(name); err == nil && n > 0 && name[0] != '0' {
		if n <= len(sh.params) {
			return str(sh.params[n-1])
		}
		return expand.Variable{}
	}
	return sh.deref(name)
}

// integerValues evaluates as arithmetic the values of v, an integer
// variable, that are not numbers already (what assign evaluated is).
func (sh *Shell) integerValues(v expand.Variable) (expand.Variable, error) {
	eval := func(s string) (string, error) {
		if n, err := strconv.Atoi(s); err == nil && strconv.Itoa(n) == s {
			return s, nil
		}
		n, err := sh.arithText(s)
		return strconv.Itoa(n), err
	}
	var err error
	switch v.Kind {
	case expand.String:
		v.Str, err = eval(v.Str)
	case expand.Indexed:
		list := slices.Clone(v.List)
		for i := range list {
			if list[i], err = eval(list[i]); err != nil {
				break
			}
		}
		v.List = list
	case expand.Associative:
		m := make(map[string]string, len(v.Map))
		for k, x := range v.Map {
			if m[k], err = eval(x); err != nil {
				break
			}
		}
		v.Map = m
	}
	return v, err
}

// bashCommand is BASH_COMMAND's value: the text of the command running.
func (sh *Shell) bashCommand() string {
	if sh.currentText != "" || sh.current == nil {
		return sh.currentText
	}
	text, _ := debugText(sh.current)
	return text
}

// sourceStack is BASH_SOURCE (the file of each frame, innermost first)
// or BASH_LINENO (the line each was called from), ending with the script
// and 0 when a script file runs, as in bash.
func (sh *Shell) sourceStack(lines bool) expand.Variable {
	list := make([]string, 0, len(sh.frames)+1)
	for i := len(sh.frames) - 1; i >= 0; i-- {
		if lines {
			list = append(list, strconv.Itoa(sh.frames[i].Line))
		} else {
			list = append(list, sh.frames[i].File)
		}
	}
	if sh.scriptFile {
		if lines {
			list = append(list, "0")
		} else {
			list = append(list, sh.arg0)
		}
	}
	return expand.Variable{Set: true, Kind: expand.Indexed, List: list}
}

// isDynamicVar tells whether name is one of bash's variables made as they
// are read (dynamicVar), until unset makes it an ordinary name.
func isDynamicVar(name string) bool {
	switch name {
	case "RANDOM", "SRANDOM", "SECONDS", "BASHPID", "HISTCMD", "EPOCHSECONDS", "EPOCHREALTIME":
		return true
	}
	return false
}

// dynamicVar is the value of one of bash's variables made as they are
// read, with the attributes bash gives them (the integer ones are -i).
func (sh *Shell) dynamicVar(name string) expand.Variable {
	var s string
	switch name {
	case "RANDOM":
		s = strconv.Itoa(sh.nextRandom())
	case "SRANDOM":
		// 32 random bits from the system's generator, as bash's
		// getrandom(2).
		s = strconv.FormatUint(uint64(rand.Uint32()), 10)
	case "SECONDS":
		s = strconv.Itoa(int(time.Since(sh.started).Seconds()))
	case "BASHPID":
		// This process's: a subshell that reads it is one
		// (changesProcess).
		s = strconv.Itoa(os.Getpid())
	case "HISTCMD":
		// The number the line running has in the history; 0 where
		// there is none, as in bash's scripts.
		if sh.hist != nil && sh.mode.interactive() {
			s = strconv.Itoa(len(sh.hist.entries))
		} else {
			s = "0"
		}
	case "EPOCHSECONDS":
		return expand.Variable{Set: true, Kind: expand.String, Str: strconv.FormatInt(time.Now().Unix(), 10)}
	case "EPOCHREALTIME":
		now := time.Now()
		return expand.Variable{Set: true, Kind: expand.String, Str: fmt.Sprintf("%d.%06d", now.Unix(), now.Nanosecond()/1000)}
	}
	return expand.Variable{Set: true, Kind: expand.String, Str: s, Integer: true}
}

func (sh *Shell) lookup(name string) expand.Variable {
	for i := len(sh.scopes) - 1; i >= 0 && name != sh.globalName; i-- {
		if v, ok := sh.scopes[i][name]; ok {
			return v
		}
	}
	return sh.vars[name]
}

// Each calls f on every variable, locals last so they win.
func (sh *Shell) Each(f func(name string, vr expand.Variable) bool) {
	for name, v := range sh.vars {
		if !f(name, v) {
			return
		}
	}
	for _, s := range sh.scopes {
		for name, v := range s {
			if !f(name, v) {
				return
			}
		}
	}
}

// Set assigns or (with an unset Variable) removes a variable; with kind
// KeepValue it changes attributes only. A nameref is followed
// (nameref.go); a Variable of kind NameRef sets the reference itself.
func (sh *Shell) Set(name string, vr expand.Variable) error {
	if vr.Kind != expand.NameRef {
		if ref := sh.lookup(name); ref.Kind == expand.NameRef {
			return sh.setThrough(name, ref, vr)
		}
		if _, _, ok := splitSubscript(name); ok {
			return sh.setElemNamed(name, vr)
		}
	}
	return sh.setRaw(name, vr)
}

// scopeOf is the scope that holds name: the innermost function scope that
// has it (level, from 0), or the globals (level -1).
func (sh *Shell) scopeOf(name string) (scope map[string]expand.Variable, level int) {
	for i := len(sh.scopes) - 1; i >= 0 && name != sh.globalName; i-- {
		if _, ok := sh.scopes[i][name]; ok {
			return sh.scopes[i], i
		}
	}
	return sh.vars, -1
}

// setRaw is Set on the variable itself, a nameref not followed.
func (sh *Shell) setRaw(name string, vr expand.Variable) error {
	switch name {
	case "DIRSTACK":
		if sh.setDirStack(vr) {
			return nil
		}
	case "_":
		sh.lastArg = vr.String()
		return nil
	case "SHELLOPTS", "BASHOPTS":
		if vr.Kind != expand.KeepValue || !vr.ReadOnly {
			return readonlyError(name) // bash keeps them read-only
		}
	}
	scope, level := sh.scopeOf(name)
	isLocal, current := level >= 0, level == len(sh.scopes)-1
	old, exists := scope[name]
	if old.ReadOnly {
		if vr.Kind == expand.KeepValue && vr.ReadOnly {
			// Attributes only (export R, readonly R): the value stays,
			// and the export attribute may change, as in bash.
			old.Exported = vr.Exported
			scope[name] = old
			return nil
		}
		return readonlyError(name)
	}
	if vr.Kind == expand.KeepValue {
		old.Exported, old.ReadOnly = vr.Exported, vr.ReadOnly
		if !exists {
			old.Local = vr.Local
		}
		scope[name] = old
		return nil
	}
	if !vr.IsSet() && !vr.Declared() {
		if isLocal && old.Local && current {
			// Unsetting a local hides the global until the function
			// returns, as in bash; a caller's local goes, showing the
			// variable of the scope below (bash-completion's _upvars
			// relies on it).
			scope[name] = expand.Variable{Local: true}
			return nil
		}
		delete(scope, name)
		return nil
	}
	vr.Exported = vr.Exported || old.Exported || sh.opts[optAllExport]
	vr.ReadOnly = vr.ReadOnly || old.ReadOnly
	vr.Integer = vr.Integer || old.Integer
	vr.Trace = vr.Trace || old.Trace
	if vr.Case == 0 {
		vr.Case = old.Case
	}
	if !sh.attrsOnly {
		if vr.Integer {
			// A value given by read, for, printf -v, mapfile, ${n:=}:
			// evaluated as assign evaluates an assignment's.
			var err error
			if vr, err = sh.integerValues(vr); err != nil {
				return err
			}
		}
		if vr.Case != 0 { // the locale is looked up only then: every assignment comes here
			vr = caseConverted(vr, old, !sh.utf8Locale())
		}
	}
	vr.Local = old.Local
	scope[name] = vr
	switch name {
	case "PATH":
		clear(sh.hash)
	case "RANDOM":
		// Assigning RANDOM seeds it: the same seed gives the same
		// sequence, as in bash (the numbers themselves differ).
		// bash's RANDOM has the integer attribute: the value is
		// arithmetic.
		if n, err := sh.arithText(vr.String()); err == nil {
			sh.random, sh.lastRandom = uint32(n), 0
		}
	case "SECONDS":
		// SECONDS counts on from the number assigned.
		n, _ := strconv.Atoi(vr.String())
		sh.started = time.Now().Add(-time.Duration(n) * time.Second)
	}
	return nil
}

// nextRandom is bash's RANDOM: the Park-Miller "minimal standard"
// generator, its two halves xor'ed into 15 bits, never the same number
// twice in a row; a seed gives bash's own sequence.
func (sh *Shell) nextRandom() int {
	for {
		seed := int64(sh.random)
		if seed == 0 {
			seed = 123459876
		}
		h, l := seed/127773, seed%127773
		t := 16807*l - 2836*h
		if t < 0 {
			t += 0x7fffffff
		}
		sh.random = uint32(t)
		n := int((sh.random>>16)^(sh.random&0xffff)) & 0x7fff
		if n != sh.lastRandom {
			sh.lastRandom = n
			return n
		}
	}
}

// unsetVar is the zero Variable: Set with it unsets.
var unsetVar expand.Variable

// setVar sets a string variable, reporting a readonly error on stderr.
func (sh *Shell) setVar(name, value string, export bool) bool {
	if err := sh.Set(name, expand.Variable{Set: true, Kind: expand.String, Str: value, Exported: export}); err != nil {
		sh.errorf("%v", err)
		return false
	}
	return true
}

// environ is the environment for a new process: every exported variable,
// plus the command's own assignments.
func (sh *Shell) environ(extra []string) []string {
	seen := map[string]bool{}
	var env []string
	// The command's own assignments, the last of each name winning
	// (foo=a foo=b cmd gives foo=b).
	for i := len(extra) - 1; i >= 0; i-- {
		name, _, _ := strings.Cut(extra[i], "=")
		if !seen[name] {
			seen[name] = true
			env = append(env, extra[i])
		}
	}
	slices.Reverse(env)
	collect := func(name string, v expand.Variable) {
		if seen[name] {
			return
		}
		seen[name] = true
		if v.Exported && v.IsSet() && v.Kind == expand.String {
			env = append(env, name+"="+v.Str)
		}
	}
	for i := len(sh.scopes) - 1; i >= 0; i-- {
		for name, v := range sh.scopes[i] {
			collect(name, v)
		}
	}
	for name, v := range sh.vars {
		collect(name, v)
	}
	env = append(env, sh.funcEnviron()...)
	sort.Strings(env)
	return env
}

// flags is $-: the single-letter options that are on.
func (sh *Shell) flags() string {
	var b strings.Builder
	for _, l := range []byte(flagOrder) {
		if o, ok := optionForLetter(l); ok && sh.optionOn(o) || l == 'i' && sh.mode.interactive() {
			b.WriteByte(l)
		}
	}
	// How the shell reads its commands, last, as bash writes them; its
	// subshells show the same.
	if sh.readFlag != 0 {
		b.WriteByte(sh.readFlag)
	}
	return b.String()
}

// ---- output helpers ----

func (sh *Shell) fd(n int) *os.File {
	if n < len(sh.fds) {
		return sh.fds[n]
	}
	return nil
}

// fdWriter writes to a file descriptor of the shell's table; writing to a
// closed one fails as it would for a process.
type fdWriter struct {
	sh *Shell
	n  int
}

func (w fdWriter) Write(p []byte) (int, error) {
	f := w.sh.fd(w.n)
	if f == nil {
		return 0, os.ErrClosed
	}
	n, err := f.Write(p)
	if w.sh.killedBySIGPIPE(err) {
		// In bash the subshell is a process that SIGPIPE kills at
		// this write, an error message's included: it ends before
		// its next command (Shell.stmt).
		w.sh.sigpiped = true
	}
	return n, err
}

func (sh *Shell) stdout() io.Writer { return fdWriter{sh, 1} }
func (sh *Shell) stderr() io.Writer { return fdWriter{sh, 2} }

// prefix is what bash puts before an error: "jobsh: " in an interactive
// shell and its subshells (a file it sources included: bash's
// error_prolog gives no line where interactive_shell is set), and
// "NAME: line N: " elsewhere: a script, -c (NAME is jobsh, or the name
// given after the command string) and standard input.
func (sh *Shell) prefix() string {
	if sh.interactiveShell {
		return "jobsh: "
	}
	return fmt.Sprintf("%s: line %d: ", sh.errorName(), sh.line)
}

// errorName is the NAME of bash's messages in a shell that is not
// interactive (get_name_for_error): in a function the file it was
// defined in (its BASH_SOURCE: "environment" for jobsh -c, "main" for
// standard input), else the file being sourced, else $0.
func (sh *Shell) errorName() string {
	if n := len(sh.frames); n > 0 && sh.frames[n-1].File != "" {
		return sh.frames[n-1].File // BASH_SOURCE[0]
	}
	if sh.sourceName != "" {
		return sh.sourceName
	}
	return sh.arg0
}

// definingFile is what a function defined now is said to come from: the
// file being sourced or the script, "environment" for the jobsh -c string
// (bash's oddity) and "main" for standard input.
func (sh *Shell) definingFile() string {
	switch {
	case sh.sourceName != "":
		return sh.sourceName
	case sh.scriptFile:
		return sh.arg0
	case sh.readFlag == 'c':
		return "environment"
	case sh.readFlag == 's':
		return "main"
	}
	return ""
}

// errorf prints an error message as bash does.
func (sh *Shell) errorf(format string, args ...any) {
	fmt.Fprintf(sh.stderr(), sh.prefix()+format+"\n", args...)
}
