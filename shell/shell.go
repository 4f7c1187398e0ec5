// Package shell is jobsh's interpreter: the REPL, the executor that walks
// mvdan.cc/sh syntax trees, the builtins, variables and options.
package shell

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"jobsh/jobs"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Version is printed by --version.
const Version = "jobsh 0.1.0"

// Shell is the state of one shell: variables, functions, options, the
// working directory, the file descriptor table and the job controller.
// A subshell that runs in-process is a deep copy of it.
type Shell struct {
	vars   map[string]expand.Variable
	scopes []map[string]expand.Variable // function locals, innermost last
	funcs  map[string]*syntax.FuncDecl
	opts   map[string]bool
	cwd    string

	params  []string
	arg0    string
	status  int
	lastBg  int
	pid     int // $$: the top shell's pid, also in subshells, as in bash
	started time.Time

	// fds is the shell's file descriptor table: fds[n] is what fd n means
	// to commands run now. Redirections replace it for one command; exec
	// replaces it for good. The shell never dup2s its own 0, 1, 2.
	fds []*os.File
	// procFiles are the shell's ends of live process substitutions.
	procFiles []*os.File

	ctl        *jobs.Controller
	parentJobs *jobs.Table           // what `jobs` lists in a subshell
	hash       map[string]*hashEntry // where PATH lookups found commands
	hashSeq    int
	aliases    map[string]string

	interactive   bool
	login         bool
	subshell      bool     // a copy: exit leaves only it
	inProcess     bool     // a copy in this process: exec must not replace the process
	commandString bool     // running jobsh -c
	scriptFile    bool     // running a script named on the command line
	funcNames     []string // the functions being run, outermost first, for FUNCNAME
	self          string
	line          int // line of the command being run, for messages and LINENO
	lineBase      int // added to parser lines (interactive chunks, stdin)
	noErrExit     int // >0 inside if/while conditions, && || lefts, !
	funcDepth     int
	loopDepth     int
	exitWarned    bool // "There are stopped jobs." was said for this exit
	lastFg        *jobs.Job
	pipeStatus    []int
	substStatus   int // status of the last $(...) for assignment-only commands
	random        uint32

	interrupted *atomic.Bool  // SIGINT reached the shell itself
	reportFD    *os.File      // where a killed job is reported: stderr outside the command's own redirections
	sigint      chan struct{} // SIGINT arrived (interactive shells)
	wake        *wakePipe     // wakes the plain reader on SIGINT
	ttyFile     *os.File      // the shell's own descriptor on its terminal
	null        **os.File     // /dev/null, shared with subshell copies
	promptMu    *sync.Mutex   // held while at the prompt is checked or left
	atPrompt    lineReader    // the reader waiting at the prompt, or nil
	editor      lineReader    // the interactive line reader, for history
	hist        *history
	traps       map[string]string // trap actions by "EXIT", "ERR", "SIGINT"...
	trapSt      *trapState        // signals caught for traps, not yet run
	process     *Shell            // for an in-process subshell: the shell whose traps catch this process's signals
	shownTraps  map[string]string // a subshell's `trap` lists its parent's until it sets its own
	inTrap      bool
	catch       chan os.Signal // the interactive REPL's signal channel
	optind      int            // getopts: the OPTIND it last set
	optpos      int            // getopts: the place within a group of options

	dirStack []string // pushd's saved directories, most recent first; dirs shows cwd before them
}

// Option names, as `set -o` lists them.
var optionLetters = map[byte]string{
	'e': "errexit", 'u': "nounset", 'x': "xtrace", 'm': "monitor", 'b': "notify",
	'f': "noglob", 'C': "noclobber", 'v': "verbose", 'a': "allexport", 'n': "noexec",
	'h': "hashall", 'E': "errtrace",
}

var optionNames = []string{
	"allexport", "errexit", "errtrace", "hashall", "huponexit", "jobtrace", "monitor", "noclobber",
	"noexec", "noglob", "notify", "nounset", "pipefail", "verbose", "xtrace",
}

// New makes a shell with the process environment imported.
func New() *Shell {
	wd, err := os.Getwd()
	if err != nil {
		wd = "/"
	}
	sh := &Shell{
		vars:        map[string]expand.Variable{},
		funcs:       map[string]*syntax.FuncDecl{},
		opts:        map[string]bool{"hashall": true},
		cwd:         wd,
		arg0:        "jobsh",
		pid:         os.Getpid(),
		started:     time.Now(),
		fds:         []*os.File{os.Stdin, os.Stdout, os.Stderr},
		ctl:         jobs.NewController(),
		hash:        map[string]*hashEntry{},
		interrupted: new(atomic.Bool),
		promptMu:    new(sync.Mutex),
		null:        new(*os.File),
		random:      uint32(time.Now().UnixNano()),
	}
	sh.self, _ = os.Executable()
	for _, kv := range os.Environ() {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || !validName(name) {
			continue
		}
		sh.vars[name] = expand.Variable{Set: true, Exported: true, Kind: expand.String, Str: value}
	}
	// PWD must name the directory we are in; a stale inherited one is
	// replaced, as POSIX asks.
	if pwd := sh.vars["PWD"].Str; pwd == "" || !sameFile(pwd, wd) {
		sh.setVar("PWD", wd, true)
	} else {
		sh.cwd = pwd
	}
	for name, value := range map[string]string{"IFS": " \t\n", "PS2": "> ", "PS4": "+ ", "OPTIND": "1"} {
		if !sh.vars[name].IsSet() {
			sh.setVar(name, value, false)
		}
	}
	if !sh.vars["PATH"].IsSet() {
		sh.setVar("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", false)
	}
	lvl, _ := strconv.Atoi(sh.vars["SHLVL"].Str)
	sh.setVar("SHLVL", strconv.Itoa(lvl+1), true)
	sh.setVar("PPID", strconv.Itoa(os.Getppid()), false)
	return sh
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// copyVar deep-copies a variable's slices and maps.
func copyVar(v expand.Variable) expand.Variable {
	if v.List != nil {
		v.List = append([]string(nil), v.List...)
	}
	if v.Indexes != nil {
		v.Indexes = append([]int(nil), v.Indexes...)
	}
	if v.Map != nil {
		m := make(map[string]string, len(v.Map))
		for k, x := range v.Map {
			m[k] = x
		}
		v.Map = m
	}
	return v
}

// Subshell returns a copy of the shell that can run without touching the
// original: what ( ), $(...) and in-process pipeline stages run on.
func (sh *Shell) Subshell() *Shell {
	c := *sh
	c.vars = make(map[string]expand.Variable, len(sh.vars))
	for k, v := range sh.vars {
		c.vars[k] = copyVar(v)
	}
	c.scopes = make([]map[string]expand.Variable, len(sh.scopes))
	for i, s := range sh.scopes {
		m := make(map[string]expand.Variable, len(s))
		for k, v := range s {
			m[k] = copyVar(v)
		}
		c.scopes[i] = m
	}
	c.funcs = make(map[string]*syntax.FuncDecl, len(sh.funcs))
	for k, v := range sh.funcs {
		c.funcs[k] = v
	}
	c.opts = make(map[string]bool, len(sh.opts))
	for k, v := range sh.opts {
		c.opts[k] = v
	}
	c.opts["monitor"] = false
	c.params = append([]string(nil), sh.params...)
	c.dirStack = append([]string(nil), sh.dirStack...)
	c.funcNames = append([]string(nil), sh.funcNames...)
	// A copy of its own: the shell reuses its PIPESTATUS array while
	// this subshell may still run, in a goroutine.
	c.pipeStatus = append([]int(nil), sh.pipeStatus...)
	c.fds = append([]*os.File(nil), sh.fds...)
	c.procFiles = nil
	c.aliases = make(map[string]string, len(sh.aliases))
	for k, v := range sh.aliases {
		c.aliases[k] = v
	}
	c.hash = make(map[string]*hashEntry, len(sh.hash))
	for k, v := range sh.hash {
		e := *v
		c.hash[k] = &e
	}
	// A subshell starts with the traps reset, except ignored signals; until
	// it sets one, trap still lists the parent's, as in bash.
	c.shownTraps = sh.traps
	if sh.shownTraps != nil && len(sh.traps) == 0 {
		c.shownTraps = sh.shownTraps
	}
	c.traps = nil
	for name, action := range sh.traps {
		// With set -E the ERR trap is inherited too.
		if action == "" || (name == "ERR" && sh.opts["errtrace"]) {
			if c.traps == nil {
				c.traps = map[string]string{}
			}
			c.traps[name] = action
		}
	}
	c.trapSt = nil
	if c.process == nil {
		c.process = sh
	}
	c.ctl = jobs.NewController()
	c.ctl.Trace = sh.ctl.Trace
	c.ctl.ResumeStopped = sh.interactive || sh.ctl.ResumeStopped
	c.parentJobs = sh.ctl.Table
	if sh.parentJobs != nil && sh.ctl.Table.Len() == 0 {
		c.parentJobs = sh.parentJobs
	}
	c.subshell = true
	c.inProcess = true
	c.interactive = false
	return &c
}

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
	case "RANDOM":
		if v := sh.lookup(name); v.Declared() && !v.IsSet() {
			return v
		}
		sh.random = sh.random*1103515245 + 12345
		return str(strconv.Itoa(int(sh.random>>16) & 0x7fff))
	case "SECONDS":
		return str(strconv.Itoa(int(time.Since(sh.started).Seconds())))
	case "LINENO":
		return str(strconv.Itoa(sh.line))
	case "FUNCNAME":
		if len(sh.funcNames) == 0 {
			return sh.lookup(name)
		}
		list := make([]string, 0, len(sh.funcNames)+1)
		for i := len(sh.funcNames) - 1; i >= 0; i-- {
			list = append(list, sh.funcNames[i])
		}
		if sh.scriptFile {
			list = append(list, "main")
		}
		return expand.Variable{Set: true, Kind: expand.Indexed, List: list}
	case "DIRSTACK":
		return sh.dirStackVar()
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
	return sh.lookup(name)
}

func (sh *Shell) lookup(name string) expand.Variable {
	for i := len(sh.scopes) - 1; i >= 0; i-- {
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
// KeepValue it changes attributes only.
func (sh *Shell) Set(name string, vr expand.Variable) error {
	if name == "DIRSTACK" && sh.setDirStack(vr) {
		return nil
	}
	scope, isLocal := sh.vars, false
	for i := len(sh.scopes) - 1; i >= 0; i-- {
		if _, ok := sh.scopes[i][name]; ok {
			scope, isLocal = sh.scopes[i], true
			break
		}
	}
	old, exists := scope[name]
	if old.ReadOnly {
		if vr.Kind == expand.KeepValue && vr.ReadOnly {
			return nil
		}
		return fmt.Errorf("%s: readonly variable", name)
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
		if isLocal && old.Local {
			// Unsetting a local hides the global until the function
			// returns, as in bash.
			scope[name] = expand.Variable{Local: true}
			return nil
		}
		delete(scope, name)
		return nil
	}
	vr.Exported = vr.Exported || old.Exported || sh.opts["allexport"]
	vr.ReadOnly = vr.ReadOnly || old.ReadOnly
	vr.Integer = vr.Integer || old.Integer
	vr.Local = old.Local
	scope[name] = vr
	switch name {
	case "PATH":
		clear(sh.hash)
	case "RANDOM":
		// Assigning RANDOM seeds it: the same seed gives the same
		// sequence, as in bash (the numbers themselves differ).
		n, _ := strconv.Atoi(vr.String())
		sh.random = uint32(n)
	}
	return nil
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
	for _, kv := range extra {
		name, _, _ := strings.Cut(kv, "=")
		seen[name] = true
		env = append(env, kv)
	}
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
	sort.Strings(env)
	return env
}

// flags is $-: the single-letter options that are on.
func (sh *Shell) flags() string {
	var b strings.Builder
	for _, l := range []byte("abefhmnuvxCE") {
		if sh.opts[optionLetters[l]] {
			b.WriteByte(l)
		}
	}
	if sh.interactive {
		b.WriteByte('i')
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
	return f.Write(p)
}

func (sh *Shell) stdout() io.Writer { return fdWriter{sh, 1} }
func (sh *Shell) stderr() io.Writer { return fdWriter{sh, 2} }

// prefix is what bash puts before an error: "jobsh: " at an interactive
// prompt, with -c and for standard input, and "NAME: line N: " in a
// script (or -c given a name).
func (sh *Shell) prefix() string {
	if sh.interactive || sh.arg0 == "jobsh" {
		return "jobsh: "
	}
	return fmt.Sprintf("%s: line %d: ", sh.arg0, sh.line)
}

// errorf prints an error message as bash does.
func (sh *Shell) errorf(format string, args ...any) {
	fmt.Fprintf(sh.stderr(), sh.prefix()+format+"\n", args...)
}
