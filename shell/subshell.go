package shell

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"

	"jobsh/jobs"
	"jobsh/parser"

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

// reexecMessage is what a re-executed subshell reads from its state
// descriptor: the command to run and the State it inherits, encoded by
// State.Encode, the same copy an in-process subshell gets.
type reexecMessage struct {
	Script   string
	LineBase int
	// MemberCall: Script is a simple command run as a job's member (see
	// Shell.memberCall).
	MemberCall bool
	// ForkedCall: see Shell.forkedCall.
	ForkedCall bool
	State      json.RawMessage
}

// reexecCommand prepares a jobsh process that runs st as a subshell of
// this shell. Its descriptors are the shell's current table plus one
// more, last, that holds the message.
func (sh *Shell) reexecCommand(st *syntax.Stmt, text string) (*jobs.Command, error) {
	var b strings.Builder
	if src, ok := sh.originalSource(st); ok {
		b.WriteString(src)
	} else if err := parser.PrintSource(&b, st); err != nil {
		return nil, err
	}
	state, err := sh.reexecState(st)
	if err != nil {
		return nil, err
	}
	_, call := st.Cmd.(*syntax.CallExpr)
	data, err := json.Marshal(&reexecMessage{Script: b.String(), LineBase: sh.stmtLine(st) - 1, MemberCall: call, ForkedCall: sh.forksCall(), State: state})
	if err != nil {
		return nil, err
	}
	f, err := memFile(string(data))
	if err != nil {
		return nil, err
	}
	files := append(append([]*os.File(nil), sh.fds...), f)
	return &jobs.Command{
		Path:             sh.self,
		Args:             []string{"jobsh", SubshellFlag, strconv.Itoa(len(files) - 1)},
		Env:              sh.environ(nil),
		Dir:              sh.cwd,
		Files:            files,
		Text:             text,
		IgnoreInterrupts: sh.ignoreInterrupts(),
	}, nil
}

// originalSource is st as the user wrote it, for a re-executed subshell
// to run: its commands then stand on the lines they stood on, and LINENO
// and the lines of messages are bash's (the printer puts `(a; b)` on
// three lines). Not when the shell lacks the text, or st is not what the
// text parses to (an alias expanded in it, a |&'s 2>&1): then the printed
// tree.
func (sh *Shell) originalSource(st *syntax.Stmt) (string, bool) {
	if sh.progSrc == nil || !st.Pos().IsValid() {
		return "", false
	}
	b := sh.progSrc.buf
	end, ok := stmtEnd(st, b)
	from := int(st.Pos().Offset())
	if !ok || from >= end {
		return "", false
	}
	src := string(b[from:end])
	blk, isBlock := st.Cmd.(*syntax.Block)
	if isBlock && b[from] != '{' && b[from] != '(' && b[from] != '$' {
		return "", false // a `...` made a group
	}
	if isBlock && (b[from] == '(' || b[from] == '$') {
		// A { } made around the list of a ( ) (subshellBody) or a
		// $( ) (cmdSubstProcess): the list alone, in a group on the
		// same lines.
		l, r := int(blk.Lbrace.Offset()), int(blk.Rbrace.Offset())
		open := 1
		if b[from] == '$' {
			open = 2
		}
		if l != from || r < l+open || r >= end || b[r] != ')' || b[l+open-1] != '(' {
			return "", false
		}
		src = "{ " + string(b[l+open:r]) + "\n}" + string(b[r+1:end])
	}
	// It must be the very program st is: the shell changes some trees
	// after parsing them (|& adds a 2>&1 the text lacks).
	f, err := parser.Parse(src, "")
	if err != nil || len(f.Stmts) != 1 || printed(f.Stmts[0]) != printed(st) {
		return "", false
	}
	return src, true
}

// printed is st as the printer writes it, "" if it cannot.
func printed(st *syntax.Stmt) string {
	var b strings.Builder
	if parser.PrintSource(&b, st) != nil {
		return ""
	}
	return b.String()
}

// stmtEnd is the offset in src just past st and the here-documents it
// reads (their closing lines included).
func stmtEnd(st *syntax.Stmt, src []byte) (int, bool) {
	// Not st.End(), which takes in a ; or & after it (a stage of
	// `a & b` run with its & would go to the background again).
	end, ok := 0, true
	if st.Cmd != nil {
		end = int(st.Cmd.End().Offset())
	}
	for _, r := range st.Redirs {
		end = max(end, int(r.End().Offset()))
	}
	syntax.Walk(st, func(n syntax.Node) bool {
		r, isRedir := n.(*syntax.Redirect)
		if !isRedir || (r.Op != syntax.Hdoc && r.Op != syntax.DashHdoc) {
			return true
		}
		if r.Hdoc == nil {
			ok = false
			return false
		}
		e := int(r.Hdoc.End().Offset())
		if e > len(src) {
			ok = false
			return false
		}
		if i := bytes.IndexByte(src[e:], '\n'); i >= 0 {
			e += i + 1 // the delimiter's line
		} else {
			e = len(src)
		}
		end = max(end, e)
		return true
	})
	return end, ok && end <= len(src)
}

// reexecState is the encoded State a re-executed subshell that runs st
// starts with. The history goes only where `history` may run: decoding
// HISTSIZE lines is most of what the state costs (BenchmarkSubshellState),
// and every builtin stage of an interactive pipeline pays it.
func (sh *Shell) reexecState(st *syntax.Stmt) ([]byte, error) {
	sub := sh.subshellState()
	if sub.hist != nil && !mayRunHistory(st, &sub) {
		sub.hist = nil
	}
	return sub.Encode()
}

// historyUsers are the commands that read the history list, or may run a
// command whose name is known only then.
var historyUsers = map[string]bool{"history": true, "fc": true, "eval": true, "source": true, ".": true,
	"command": true, "builtin": true, "trap": true}

// mayRunHistory tells whether a subshell running st with state s could
// run `history`: st or any function names it or a command that can run
// any name, or a command's name is not a plain word. Traps and aliases
// carry code in strings: with any, the answer is yes.
func mayRunHistory(st *syntax.Stmt, s *State) bool {
	if len(s.traps) > 0 || len(s.aliases) > 0 {
		return true
	}
	found := false
	check := func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && len(c.Args) > 0 {
			// A quoted or escaped name (\history) is not a plain
			// word: Lit is "" or keeps the backslash.
			name := c.Args[0].Lit()
			if name == "" || strings.Contains(name, "\\") || historyUsers[name] {
				found = true
			}
		}
		return !found
	}
	syntax.Walk(st, check)
	for _, fn := range s.funcs {
		if !found {
			syntax.Walk(fn, check)
		}
	}
	return found
}

// RunSubshell is the main of a re-executed subshell: it reads its state
// from descriptor fd, runs the command and returns its exit status. keys
// is Config.Keys, for bind.
func RunSubshell(fd int, keys KeyBinder) int {
	f := os.NewFile(uintptr(fd), "state")
	if f == nil {
		fmt.Fprintf(os.Stderr, "jobsh: %s: bad descriptor %d\n", SubshellFlag, fd)
		return 2
	}
	data, err := io.ReadAll(f)
	f.Close()
	var msg reexecMessage
	var st State
	if err == nil {
		err = json.Unmarshal(data, &msg)
	}
	if err == nil {
		st, err = Decode(msg.State)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: cannot read subshell state: %v\n", err)
		return 2
	}
	sh := New()
	sh.dieOnDefaultSignals()
	sh.State = st
	// The process was started in the parent's directory, or inherited
	// it being there (holdDir), removed or not.
	sh.shared.dir, sh.shared.movesDir = st.cwd, true
	sh.keys = keys
	// A subshell has no job control of its own: its processes stay in the
	// job's group, so the whole job stops and resumes together.
	sh.mode = ModeReexecMember
	sh.lineBase = msg.LineBase
	for name := range sh.traps {
		// What the subshell inherited: ignored signals, ERR under set -E.
		sh.applyTrapSignal(name)
	}
	if sh.asyncNoJobControl {
		// Started with them ignored, which Go's runtime undoes for
		// SIGQUIT: ignored here, every command it starts inherits
		// them so.
		sh.shared.signals.SetIgnored(syscall.SIGINT, true)
		sh.shared.signals.SetIgnored(syscall.SIGQUIT, true)
	}
	file, err := parser.Parse(msg.Script, "")
	if err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: subshell: %v\n", err)
		return 2
	}
	if msg.MemberCall && len(file.Stmts) == 1 {
		sh.memberCall = file.Stmts[0]
	}
	if len(file.Stmts) == 1 {
		sh.forkedCall, sh.forkedStmt = msg.ForkedCall, file.Stmts[0]
	}
	sh.fds = inheritedFDs(fd)
	if sh.opts[optJobTrace] {
		sh.ctl.Trace = os.Stderr // jobtrace shows the member's steps too
	}
	sh.ctl.StopSelfOnSIGTSTP()
	err = sh.runStmts(file.Stmts)
	code := sh.status
	var ex exitFlow
	if errors.As(err, &ex) {
		code = ex.code
	}
	sh.ctl.StopIfCaughtTSTP()
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
