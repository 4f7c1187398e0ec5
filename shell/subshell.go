package shell

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Go cannot fork a running program, so a subshell that must be a real
// process (a builtin or compound command in a job's process group) is a new
// jobsh given the command and the state it needs. The state goes through an
// inherited descriptor, never through the environment, where another
// process could plant code for it to run.

// SubshellFlag is the hidden flag, with the descriptor number, that makes
// jobsh run as such a subshell.
const SubshellFlag = "--subshell-fd"

// state is what a re-executed subshell inherits.
type state struct {
	Script string
	Funcs  string
	Vars   []stateVar
	Params []string
	Arg0   string
	Opts   map[string]bool
	Cwd    string
	Status int
	Pid    int
	LastBg int
	Line   int
	Jobs   jobs.Snapshot
}

type stateVar struct {
	Name     string
	Kind     expand.ValueKind
	Set      bool
	Str      string            `json:",omitempty"`
	List     []string          `json:",omitempty"`
	Map      map[string]string `json:",omitempty"`
	Exported bool              `json:",omitempty"`
	ReadOnly bool              `json:",omitempty"`
}

// reexecCommand prepares a jobsh process that runs st with a copy of the
// shell's state. Its descriptors are the shell's current table plus one
// more, last, that holds the state.
func (sh *Shell) reexecCommand(st *syntax.Stmt, text string) (*jobs.Command, error) {
	s := state{
		Params: sh.params, Arg0: sh.arg0, Opts: sh.opts, Cwd: sh.cwd,
		Status: sh.status, Pid: sh.pid, LastBg: sh.lastBg, Line: sh.line,
		Jobs: sh.table().Snapshot(),
	}
	var b strings.Builder
	if err := parser.PrintSource(&b, st); err != nil {
		return nil, err
	}
	s.Script = b.String()
	b.Reset()
	names := make([]string, 0, len(sh.funcs))
	for name := range sh.funcs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		parser.PrintSource(&b, sh.funcs[name])
		b.WriteByte('\n')
	}
	s.Funcs = b.String()
	seen := map[string]bool{}
	add := func(name string, v expand.Variable) {
		if seen[name] {
			return
		}
		seen[name] = true
		s.Vars = append(s.Vars, stateVar{name, v.Kind, v.Set, v.Str, v.List, v.Map, v.Exported, v.ReadOnly})
	}
	for i := len(sh.scopes) - 1; i >= 0; i-- {
		for name, v := range sh.scopes[i] {
			add(name, v)
		}
	}
	for name, v := range sh.vars {
		add(name, v)
	}
	data, err := json.Marshal(&s)
	if err != nil {
		return nil, err
	}
	f, err := memFile(string(data))
	if err != nil {
		return nil, err
	}
	files := append(append([]*os.File(nil), sh.fds...), f)
	return &jobs.Command{
		Path:  sh.self,
		Args:  []string{"jobsh", SubshellFlag, strconv.Itoa(len(files) - 1)},
		Env:   sh.environ(nil),
		Dir:   sh.cwd,
		Files: files,
		Text:  text,
	}, nil
}

// RunSubshell is the main of a re-executed subshell: it reads its state
// from descriptor fd, runs the command and returns its exit status.
func RunSubshell(fd int) int {
	f := os.NewFile(uintptr(fd), "state")
	if f == nil {
		fmt.Fprintf(os.Stderr, "jobsh: %s: bad descriptor %d\n", SubshellFlag, fd)
		return 2
	}
	data, err := io.ReadAll(f)
	f.Close()
	var s state
	if err == nil {
		err = json.Unmarshal(data, &s)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: cannot read subshell state: %v\n", err)
		return 2
	}
	dieOnDefaultSignals()
	sh := New()
	sh.vars = map[string]expand.Variable{}
	for _, v := range s.Vars {
		sh.vars[v.Name] = expand.Variable{Set: v.Set, Kind: v.Kind, Str: v.Str, List: v.List, Map: v.Map, Exported: v.Exported, ReadOnly: v.ReadOnly}
	}
	sh.params, sh.arg0, sh.cwd = s.Params, s.Arg0, s.Cwd
	sh.status, sh.pid, sh.lastBg = s.Status, s.Pid, s.LastBg
	sh.parentJobs = jobs.TableFrom(s.Jobs)
	for k, v := range s.Opts {
		sh.opts[k] = v
	}
	// A subshell has no job control of its own: its processes stay in the
	// job's group, so the whole job stops and resumes together.
	sh.opts["monitor"] = false
	sh.subshell = true
	sh.lineBase = s.Line - 1
	if s.Funcs != "" {
		file, err := parser.Parse(s.Funcs, "")
		if err != nil {
			fmt.Fprintf(os.Stderr, "jobsh: subshell functions: %v\n", err)
			return 2
		}
		for _, st := range file.Stmts {
			if fd, ok := st.Cmd.(*syntax.FuncDecl); ok {
				sh.funcs[fd.Name.Value] = fd
			}
		}
	}
	file, err := parser.Parse(s.Script, "")
	if err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: subshell: %v\n", err)
		return 2
	}
	sh.fds = inheritedFDs(fd)
	sh.ctl.StopSelfOnSIGTSTP()
	err = sh.runStmts(file.Stmts)
	code := sh.status
	var ex exitFlow
	if errors.As(err, &ex) {
		code = ex.code
	}
	return sh.runExitTrap(code)
}

// inheritedFDs is the descriptor table a re-executed subshell starts with:
// every descriptor below the state's that is open.
func inheritedFDs(stateFD int) []*os.File {
	fds := make([]*os.File, stateFD)
	for n := 0; n < stateFD; n++ {
		switch n {
		case 0:
			fds[n] = os.Stdin
		case 1:
			fds[n] = os.Stdout
		case 2:
			fds[n] = os.Stderr
		default:
			if fdIsOpen(n) {
				fds[n] = os.NewFile(uintptr(n), "fd"+strconv.Itoa(n))
			}
		}
		if n < 3 && !fdIsOpen(n) {
			fds[n] = nil
		}
	}
	return fds
}
