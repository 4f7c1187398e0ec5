package shell

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// State is everything a subshell inherits from the shell that starts it.
// A subshell is made in one of two ways, and both start from the same
// value: in this process (( ), $(...) and pipeline stages without job
// control) it is ForSubshell's copy; as a new jobsh (a job's member with
// job control on, or a subshell that changes the process, as ulimit does)
// it is ForSubshell's copy carried through Encode and Decode.
//
// Only ForSubshell, Encode and Decode touch the value as a whole. A field
// added here must be copied by the first and carried by the other two:
// TestStateRoundTrip fails until it is.
type State struct {
	vars   map[string]expand.Variable
	scopes []map[string]expand.Variable // function locals, innermost last
	funcs  map[string]*syntax.FuncDecl
	// funcFiles is where each function was defined: the file (bash's
	// BASH_SOURCE for it, which errors in its body are named after) and
	// what its lines count from.
	funcFiles map[string]funcOrigin
	aliases   map[string]string
	// exportedFuncs are the functions export -f gave the environment of
	// the commands run (BASH_FUNC_name%%), and those imported from it.
	exportedFuncs map[string]bool
	opts          Options

	params     []string
	arg0       string
	cwd        string
	dirStack   []string // pushd's saved directories, most recent first; dirs shows cwd before them
	status     int
	lastBg     int
	pid        int       // $$: the top shell's pid, also in subshells, as in bash
	started    time.Time // for SECONDS
	line       int       // line of the command being run, for messages and LINENO
	sourceName string    // the file being sourced (. FILE), which messages name
	// frames are the function calls and the files being sourced,
	// outermost first: FUNCNAME, BASH_SOURCE, BASH_LINENO, caller,
	// return and FUNCNEST all read them.
	frames     []frame
	scriptFile bool // running a script named on the command line (FUNCNAME ends in main)
	readFlag   byte // $-'s c (jobsh -c) or s (commands from stdin), or 0
	// interactiveShell: the shell this one is or descends from is
	// interactive (bash's interactive_shell): errors then name no line.
	interactiveShell bool
	// asyncNoJobControl: this shell runs an asynchronous list started
	// without job control, whose commands POSIX (2.12) starts with
	// SIGINT and SIGQUIT ignored.
	asyncNoJobControl bool
	pipeStatus        []int
	lastArg           string // $_: the last word of the last simple command
	substDepth        int    // levels of $(...) around this shell: set -x repeats PS4's first character
	subshellLevel     int    // BASH_SUBSHELL: subshells of any kind around this shell

	traps map[string]string // trap actions by "EXIT", "ERR", "SIGINT"...
	// entryIgnored names the signals a non-interactive shell started
	// with ignored, which trap cannot change (noteIgnoredOnEntry).
	entryIgnored []string
	shownTraps   map[string]string // a subshell's `trap` lists its parent's until it sets its own

	hash    map[string]*hashEntry // where PATH lookups found commands
	hashSeq int

	// unspecial names the variables made as they are read (RANDOM,
	// SECONDS...) that unset has made ordinary names, as in bash.
	unspecial []string

	optind int // getopts: the OPTIND it last set
	optpos int // getopts: the place within a group of options

	// history is the command history as `history` lists it: the
	// interactive shell's own list, and a copy of it in a subshell.
	hist *history
	// parentJobs is what `jobs` lists in a subshell: its parent's jobs
	// when the subshell started.
	parentJobs *jobs.Table

	// compSpecs are complete's specs by command name (and -D -E -I
	// under bash's names for them); compSeq numbers the definitions,
	// for complete -p's order (compspec.go).
	compSpecs map[string]*compSpec
	compSeq   int

	// keyBindings are the key bindings bind made, in order, which the
	// line editor applies (bind.go); lineEditing: the shell edits lines
	// at its prompt (bind warns otherwise, as bash does).
	keyBindings []KeyBinding
	lineEditing bool
}

// ForSubshell returns the state a subshell starts with, applying bash's
// rules once, for both kinds of subshell: a deep copy (job control is off
// in a subshell, its controller's, though $- still shows m), and the traps reset except those that ignore their signal (and ERR
// under set -E). Until it sets a trap of its own, the subshell's `trap`
// lists its parent's, as in bash. The caller sets parentJobs.
func (s *State) ForSubshell() State {
	c := *s
	c.vars = copyScope(s.vars)
	c.scopes = make([]map[string]expand.Variable, len(s.scopes))
	for i, sc := range s.scopes {
		c.scopes[i] = copyScope(sc)
	}
	// Function bodies are never changed once parsed: sharing them is safe.
	c.funcs = maps.Clone(s.funcs)
	c.funcFiles = maps.Clone(s.funcFiles)
	c.aliases = maps.Clone(s.aliases)
	c.exportedFuncs = maps.Clone(s.exportedFuncs)
	c.params = slices.Clone(s.params)
	c.dirStack = slices.Clone(s.dirStack)
	c.entryIgnored = slices.Clone(s.entryIgnored)
	c.unspecial = slices.Clone(s.unspecial)
	c.frames = slices.Clone(s.frames)
	// A copy of its own: the shell reuses its PIPESTATUS array while
	// this subshell may still run, in a goroutine.
	c.pipeStatus = slices.Clone(s.pipeStatus)
	c.hash = make(map[string]*hashEntry, len(s.hash))
	for k, v := range s.hash {
		e := *v
		c.hash[k] = &e
	}
	if s.hist != nil {
		c.hist = &history{entries: slices.Clone(s.hist.entries), max: s.hist.max}
	}
	// What the parent's `trap` lists: its own traps, or, if it is a
	// subshell that has set none, what it inherited the listing of.
	c.shownTraps = s.traps
	if s.shownTraps != nil {
		c.shownTraps = s.shownTraps
	}
	c.traps = nil
	for name, action := range s.traps {
		if action == "" || (name == "ERR" && s.opts[optErrTrace]) {
			if c.traps == nil {
				c.traps = map[string]string{}
			}
			c.traps[name] = action
		}
	}
	c.parentJobs = nil
	// A spec is never changed once stored (compopt stores a new one):
	// sharing them is safe, as for functions.
	c.compSpecs = maps.Clone(s.compSpecs)
	c.keyBindings = slices.Clone(s.keyBindings)
	return c
}

func copyScope(m map[string]expand.Variable) map[string]expand.Variable {
	c := make(map[string]expand.Variable, len(m))
	for k, v := range m {
		c[k] = copyVar(v)
	}
	return c
}

// copyVar deep-copies a variable's slices and maps.
func copyVar(v expand.Variable) expand.Variable {
	v.List = slices.Clone(v.List)
	v.Indexes = slices.Clone(v.Indexes)
	v.Map = maps.Clone(v.Map)
	return v
}

// wireState is State as Encode writes it. Variables go whole, as
// expand.Variable values, so that an attribute the expand package adds
// travels without anyone remembering it; functions go as source text.
type wireState struct {
	Vars       map[string]expand.Variable
	Scopes     []map[string]expand.Variable
	Funcs      string
	FuncFiles  map[string]funcOrigin
	Aliases    map[string]string
	Opts       map[string]bool
	Params     []string
	Arg0       string
	Cwd        string
	DirStack   []string
	Status     int
	LastBg     int
	Pid        int
	Started    time.Time
	Line       int
	SourceName string
	Frames     []frame
	ScriptFile bool
	ReadFlag   byte
	// InteractiveShell is State.interactiveShell.
	InteractiveShell bool
	// AsyncNoJobControl is State.asyncNoJobControl.
	AsyncNoJobControl bool
	PipeStatus        []int
	LastArg           string
	SubstDepth        int
	SubshellLevel     int
	Traps             map[string]string
	EntryIgnored      []string
	ExportedFuncs     map[string]bool
	Unspecial         []string
	ShownTraps        map[string]string
	Hash              []wireHash
	HashSeq           int
	Optind            int
	Optpos            int
	History           *wireHistory
	ParentJobs        *jobs.Snapshot
	CompSpecs         map[string]compSpec
	CompSeq           int
	KeyBindings       []KeyBinding
	LineEditing       bool
}

// frame is one function call or one file being sourced (. FILE).
type frame struct {
	Func   string // FUNCNAME: the function, or "source"
	File   string // BASH_SOURCE: where its commands come from
	Line   int    // BASH_LINENO: the line it was called from
	Caller string // the file it was called from, for caller ("" for -c and stdin)
	Funcs  int    // the function calls among the frames up to this one
	// Scopes is the index of the frame's first variable scope (a
	// function's own); Nest is the FUNCNEST a scope below the frame set
	// (0: none did, the global one counts). See scopedFuncNest.
	Scopes, Nest int
}

// funcCalls is how many function calls are running, FUNCNEST's count.
func (s *State) funcCalls() int {
	if len(s.frames) == 0 {
		return 0
	}
	return s.frames[len(s.frames)-1].Funcs
}

// pushFrame starts a frame; popFrame ends the last one.
func (s *State) pushFrame(f frame, function bool) {
	f.Funcs = s.funcCalls()
	if function {
		f.Funcs++
	}
	s.frames = append(s.frames, f)
}

func (s *State) popFrame() { s.frames = s.frames[:len(s.frames)-1] }

// funcOrigin is where a function was defined.
type funcOrigin struct {
	File     string
	LineBase int // the shell's lineBase then: its body's lines are the parser's plus this
	// src is the text the body was parsed from, whose offsets its
	// nodes hold: arithmetic reads its expressions from it (an earlier
	// chunk of standard input, say). Not encoded: a re-executed
	// subshell has the printed functions' text instead (Decode).
	src *srcRecorder
}

type wireHash struct {
	Name, Path string
	Hits, Seq  int
}

// wireHistory is the history as two parallel lists, not a list of
// objects: a subshell of an interactive shell decodes up to HISTSIZE
// entries as it starts, and encoding/json reads a list of strings several
// times faster than a list of structs.
type wireHistory struct {
	Lines []string
	Times []int64
	Max   int
}

// Encode writes the state for a re-executed subshell to read with Decode.
func (s *State) Encode() ([]byte, error) {
	w := wireState{
		Vars: s.vars, Scopes: s.scopes, Aliases: s.aliases, Opts: s.opts.byName(),
		Params: s.params, Arg0: s.arg0, Cwd: s.cwd, DirStack: s.dirStack, Status: s.status, LastBg: s.lastBg,
		Pid: s.pid, Started: s.started, Line: s.line, SourceName: s.sourceName,
		Frames:     s.frames,
		ScriptFile: s.scriptFile, ReadFlag: s.readFlag, InteractiveShell: s.interactiveShell, AsyncNoJobControl: s.asyncNoJobControl, PipeStatus: s.pipeStatus, LastArg: s.lastArg, SubstDepth: s.substDepth, SubshellLevel: s.subshellLevel, Traps: s.traps, EntryIgnored: s.entryIgnored, ExportedFuncs: s.exportedFuncs, Unspecial: s.unspecial,
		ShownTraps: s.shownTraps, HashSeq: s.hashSeq, Optind: s.optind, Optpos: s.optpos,
		CompSpecs: wireCompSpecs(s.compSpecs), CompSeq: s.compSeq, FuncFiles: s.funcFiles,
		KeyBindings: s.keyBindings, LineEditing: s.lineEditing,
	}
	funcs, err := funcsSource(s.funcs)
	if err != nil {
		return nil, err
	}
	w.Funcs = funcs
	for name, e := range s.hash {
		w.Hash = append(w.Hash, wireHash{name, e.path, e.hits, e.seq})
	}
	if s.hist != nil {
		w.History = &wireHistory{Max: s.hist.max, Lines: make([]string, len(s.hist.entries)), Times: make([]int64, len(s.hist.entries))}
		for i, e := range s.hist.entries {
			w.History.Lines[i], w.History.Times[i] = e.line, e.time
		}
	}
	if s.parentJobs != nil {
		snap := s.parentJobs.Snapshot()
		w.ParentJobs = &snap
	}
	return json.Marshal(&w)
}

// funcsSource prints the functions as one script, sorted by name.
func funcsSource(funcs map[string]*syntax.FuncDecl) (string, error) {
	var b strings.Builder
	names := make([]string, 0, len(funcs))
	for name := range funcs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := parser.PrintSource(&b, funcs[name]); err != nil {
			return "", err
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// Decode reads a state that Encode wrote.
func Decode(data []byte) (State, error) {
	var w wireState
	if err := json.Unmarshal(data, &w); err != nil {
		return State{}, err
	}
	s := State{
		vars: w.Vars, scopes: w.Scopes, aliases: w.Aliases, opts: optionsByName(w.Opts),
		params: w.Params, arg0: w.Arg0, cwd: w.Cwd, dirStack: w.DirStack, status: w.Status, lastBg: w.LastBg,
		pid: w.Pid, started: w.Started, line: w.Line, sourceName: w.SourceName,
		frames:     w.Frames,
		scriptFile: w.ScriptFile, readFlag: w.ReadFlag, interactiveShell: w.InteractiveShell, asyncNoJobControl: w.AsyncNoJobControl, pipeStatus: w.PipeStatus, lastArg: w.LastArg, substDepth: w.SubstDepth, subshellLevel: w.SubshellLevel, traps: w.Traps, entryIgnored: w.EntryIgnored, exportedFuncs: w.ExportedFuncs, unspecial: w.Unspecial,
		shownTraps: w.ShownTraps, hashSeq: w.HashSeq, optind: w.Optind, optpos: w.Optpos,
		compSpecs: unwireCompSpecs(w.CompSpecs), compSeq: w.CompSeq, funcFiles: w.FuncFiles,
		keyBindings: w.KeyBindings, lineEditing: w.LineEditing,
		funcs: map[string]*syntax.FuncDecl{},
		hash:  make(map[string]*hashEntry, len(w.Hash)),
	}
	if s.vars == nil {
		s.vars = map[string]expand.Variable{}
	}
	if w.Funcs != "" {
		file, err := parser.Parse(w.Funcs, "")
		if err != nil {
			return State{}, fmt.Errorf("functions: %w", err)
		}
		src := &srcRecorder{buf: []byte(w.Funcs)}
		for _, st := range file.Stmts {
			if fd, ok := st.Cmd.(*syntax.FuncDecl); ok {
				s.funcs[fd.Name.Value] = fd
				if o, ok := s.funcFiles[fd.Name.Value]; ok {
					o.src = src
					s.funcFiles[fd.Name.Value] = o
				}
			}
		}
	}
	for _, h := range w.Hash {
		s.hash[h.Name] = &hashEntry{path: h.Path, hits: h.Hits, seq: h.Seq}
	}
	if w.History != nil {
		if len(w.History.Times) != len(w.History.Lines) {
			return State{}, fmt.Errorf("history: %d lines, %d times", len(w.History.Lines), len(w.History.Times))
		}
		s.hist = &history{max: w.History.Max, entries: make([]histEntry, len(w.History.Lines))}
		for i, line := range w.History.Lines {
			s.hist.entries[i] = histEntry{line, w.History.Times[i]}
		}
	}
	if w.ParentJobs != nil {
		s.parentJobs = jobs.TableFrom(*w.ParentJobs)
	}
	return s, nil
}
