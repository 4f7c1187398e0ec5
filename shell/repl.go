package shell

import (
	"bytes"
	"errors"
	"fmt"
	"golang.org/x/sys/unix"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"jobsh/jobs"
	"jobsh/parser"
	"jobsh/sys/fds"
	"jobsh/sys/sig"
	"jobsh/sys/wake"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Config is how jobsh was invoked.
type Config struct {
	Command     *string  // -c: the command string
	Argv0       string   // the name the shell was run by: $0 of -c without a name after it
	Script      string   // the script file, if any
	Args        []string // $0 (with -c) and the positional parameters
	Interactive bool     // -i
	// NotInteractive is +i: not interactive even on a terminal.
	NotInteractive bool
	Stdin          bool // -s
	Login          bool // -l, or argv[0] starting with '-'
	NoRC           bool
	RCFile         string
	NoEdit         bool
	TraceJobs      bool
	Options        map[string]bool // set -e, -o pipefail, ... given as flags
	// NewEditor makes the line editor of an interactive shell on the
	// terminal fd (cmd/jobsh gives editor.New). Without one, or when it
	// fails, the shell reads lines plainly, as with --no-edit.
	NewEditor func(sh *Shell, fd int) (LineEditor, error)
	// Keys are the line editor's key bindings, which bind changes (from
	// an rc file too, before the editor starts); nil: bind changes none.
	Keys KeyBinder
}

// Main runs a shell as cfg says and returns its exit status.
func Main(cfg Config) int {
	sh := New()
	sh.shared.movesDir = true
	if sh.cwd == "" {
		_, err := unix.Getwd()
		sh.getcwdFailed("shell-init", err)
	}
	sh.adoptInheritedFDs()
	sh.noteIgnoredOnEntry()
	sh.dieOnDefaultSignals()
	sh.login = cfg.Login
	sh.newEditor = cfg.NewEditor
	sh.keys = cfg.Keys
	for name, on := range cfg.Options {
		if o, ok := lookupOption(name, setOpt); ok {
			sh.opts[o] = on
		}
	}
	if sh.opts[optPosix] {
		sh.setPosix(true)
	}
	if cfg.TraceJobs {
		sh.opts[optJobTrace] = true
		sh.ctl.Trace = os.Stderr
	}
	switch {
	case cfg.Command != nil:
		if len(cfg.Args) > 0 {
			sh.arg0, sh.params = cfg.Args[0], cfg.Args[1:]
		} else if cfg.Argv0 != "" {
			sh.arg0 = cfg.Argv0 // as bash: /bin/bash -c 'echo $0' says /bin/bash
		}
		sh.mode, sh.readFlag = ModeCommandString, 'c'
		if cfg.Interactive {
			sh.startInteractive(cfg)
		} else if sh.opts[optMonitor] {
			sh.enableJobControl(false)
		}
		sh.setBashArgv()
		return sh.exit(sh.runProgram(strings.NewReader(*cfg.Command), sh.arg0))
	case cfg.Script != "" && !cfg.Stdin:
		sh.arg0, sh.params = cfg.Script, cfg.Args
		sh.mode = ModeScript
		sh.scriptFile = true
		f, err := os.Open(sh.abs(cfg.Script))
		if err != nil {
			fmt.Fprintf(os.Stderr, "jobsh: %s: %s\n", cfg.Script, errnoText(err))
			if errors.Is(err, os.ErrNotExist) {
				return 127
			}
			return 126
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			fmt.Fprintf(os.Stderr, "%s: %s: Is a directory\n", cfg.Script, cfg.Script)
			return 126
		}
		if binaryFile(sh.abs(cfg.Script)) {
			// bash checks a script as it checks a program it runs.
			fmt.Fprintf(os.Stderr, "%s: %s: cannot execute binary file\n", cfg.Script, cfg.Script)
			return 126
		}
		if sh.opts[optMonitor] {
			sh.enableJobControl(false)
		}
		sh.setBashArgv()
		return sh.exit(sh.runProgram(&backslashAtEOF{r: f}, cfg.Script))
	}
	sh.params = cfg.Args
	sh.setBashArgv()
	if !(cfg.Interactive || !cfg.NotInteractive && jobs.IsTerminal(0) && jobs.IsTerminal(2)) {
		sh.mode, sh.readFlag = ModeStdin, 's'
		if sh.opts[optMonitor] {
			sh.enableJobControl(false)
		}
		return sh.exit(sh.runLines(&plainReader{fd: 0}))
	}
	sh.readFlag = 's' // commands come from standard input: bash's $- has s
	return sh.interactiveMain(cfg)
}

// setBashArgv gives BASH_ARGV and BASH_ARGC the positional parameters
// the shell starts with, the last first, as bash does (bash pushes more
// in functions only under shopt extdebug, which jobsh does not have).
func (sh *Shell) setBashArgv() {
	rev := make([]string, len(sh.params))
	for i, p := range sh.params {
		rev[len(rev)-1-i] = p
	}
	sh.Set("BASH_ARGV", expand.Variable{Set: true, Kind: expand.Indexed, List: rev})
	sh.Set("BASH_ARGC", expand.Variable{Set: true, Kind: expand.Indexed, List: []string{strconv.Itoa(len(sh.params))}})
}

// noteIgnoredOnEntry records the signals the shell started with ignored
// (those Go lets it know of: sig.IgnoredOnEntry) as traps that ignore
// them: a subshell keeps them, trap lists them, and in a non-interactive
// shell trap cannot change them (POSIX 2.12 and trap: "Signals that were
// ignored on entry to a non-interactive shell cannot be trapped or
// reset"). An interactive shell may, and startInteractive forgets them.
func (sh *Shell) noteIgnoredOnEntry() {
	for _, s := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT} {
		if sig.IgnoredOnEntry(s) {
			name := jobs.SignalName(s)
			if sh.traps == nil {
				sh.traps = map[string]string{}
			}
			sh.traps[name] = ""
			sh.entryIgnored = append(sh.entryIgnored, name)
			// The dispatcher then keeps it ignored, whoever else
			// asks for it, and what the shell starts inherits that.
			sh.applyTrapSignal(name)
		}
	}
}

// enableJobControl is set -m: every job gets a process group of its own,
// and with a terminal (/dev/tty, whatever 0, 1 and 2 are) the foreground
// job gets the terminal. Without one, a script still gets the process
// groups, as in bash; an interactive shell (needTerminal) gets neither,
// and says so.
func (sh *Shell) enableJobControl(needTerminal bool) error {
	tty := -1
	if f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
		// Keep our own descriptor on the terminal, apart from 0, 1 and
		// 2 which the user may redirect with exec, and above the
		// numbers a script names: on 255, as bash keeps it.
		for _, at := range []int{255, fds.Private} {
			if d, err := unix.FcntlInt(f.Fd(), unix.F_DUPFD_CLOEXEC, at); err == nil {
				f.Close()
				f = os.NewFile(uintptr(d), "/dev/tty")
				break
			}
		}
		tty = int(f.Fd())
		sh.ttyFile = f
	} else if jobs.IsTerminal(0) {
		tty = 0
	}
	if tty < 0 {
		if needTerminal {
			return errors.New("no terminal")
		}
		sh.setJobControl(true)
		return nil
	}
	if err := sh.ctl.TakeTerminal(tty); err != nil {
		return err
	}
	sh.setJobControl(true)
	return nil
}

// setJobControl switches job control, which the controller owns: the
// monitor option is read from it (optionOn).
//
// With job control on, programs start through the exec trampoline, so
// that what jobs -v and REPORTTIME show of a job's memory is its own
// peak, not the shell's (jobs/ownrss_linux.go); a script without it pays
// that small exec only under time.
func (sh *Shell) setJobControl(on bool) {
	sh.ctl.JobControl = on
	sh.ctl.OwnRSS = on
	sh.opts[optMonitor] = on
}

// ignoreEOF is set -o ignoreeof, or IGNOREEOF set, which bash takes for
// the option: at end-of-file an interactive shell says how to leave
// instead of leaving, up to IGNOREEOF times in a row (10 when it is not a
// number), as bash does.
func (sh *Shell) ignoreEOF() bool {
	if !sh.opts[optIgnoreEOF] && !sh.Get("IGNOREEOF").IsSet() {
		return false
	}
	limit, err := strconv.Atoi(sh.Get("IGNOREEOF").String())
	if err != nil {
		limit = 10
	}
	if sh.eofs++; sh.eofs > limit {
		return false
	}
	fmt.Fprintln(os.Stderr, `Use "exit" to leave the shell.`)
	return true
}

// interactiveMain is the REPL of an interactive shell.
func (sh *Shell) interactiveMain(cfg Config) int {
	sh.startInteractive(cfg)
	var in LineEditor
	if sh.lineEditing {
		if ed, err := cfg.NewEditor(sh, 0); err == nil {
			in = ed
			sh.opts[optEmacs] = !sh.opts[optVi] // the editor's keys, as bash's default
		}
	}
	sh.lineEditing = in != nil
	if in == nil {
		in = &plainReader{fd: 0, prompt: os.Stderr, wake: sh.wake}
	}
	sh.loadHistory()
	defer sh.truncateHistoryFile()
	err := sh.runLines(in)
	if c, ok := in.(io.Closer); ok {
		// Before exit gives the terminal back: the editor puts back
		// the modes it found, which from the background would be
		// answered with SIGTTOU, again and again.
		c.Close()
	}
	return sh.exit(err)
}

// startInteractive does what an interactive shell does before its first
// command, at the prompt or with -i -c: job control, its own signal
// handling, PS1, the profile and the rc file.
func (sh *Shell) startInteractive(cfg Config) {
	sh.mode = ModeInteractive
	sh.interactiveShell = true
	term := os.Getenv("TERM")
	sh.lineEditing = cfg.NewEditor != nil && !cfg.NoEdit && term != "dumb" && term != "" && jobs.IsTerminal(0)
	ignored := sh.entryIgnored
	sh.entryIgnored = nil
	for _, name := range ignored {
		// Ignored on entry, yet an interactive shell's to catch.
		delete(sh.traps, name)
		sh.applyTrapSignal(name)
	}
	sh.opts[optExpandAliases] = true
	if err := sh.enableJobControl(true); err != nil {
		fmt.Fprintf(os.Stderr, "jobsh: cannot set terminal process group (%v)\njobsh: no job control in this shell\n", err)
	}
	sh.catchSignals()
	if _, given := cfg.Options["histexpand"]; !given {
		sh.opts[optHistExpand] = true // set -H: on in interactive shells only
	}
	if _, given := cfg.Options["history"]; !given {
		sh.opts[optHistory] = true
	}
	if !sh.Get("PS1").IsSet() {
		sh.setVar("PS1", `\$ `, false)
	}
	if cfg.Login && !cfg.NoRC {
		sh.sourceIfExists(filepath.Join(sh.Get("HOME").String(), ".jobsh_profile"))
	}
	if !cfg.NoRC {
		rc := cfg.RCFile
		if rc == "" {
			rc = filepath.Join(sh.Get("HOME").String(), ".jobshrc")
		}
		sh.sourceIfExists(rc)
	}
}

func (sh *Shell) sourceIfExists(path string) {
	if _, err := os.Stat(path); err != nil {
		return
	}
	sh.shared.interrupted.Store(false)
	if _, err := sh.source("source", []string{path}); err != nil {
		if ex, ok := err.(exitFlow); ok {
			os.Exit(sh.exit(ex))
		}
	}
}

// caughtByREPL are the signals an interactive shell catches for itself.
var caughtByREPL = []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTSTP, syscall.SIGTTIN,
	syscall.SIGTTOU, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGCHLD}

// catchSignals sets up an interactive shell's signals. Every signal is
// caught with signal.Notify, never ignored: an ignored signal stays
// ignored in every program the shell starts, and Ctrl-Z would stop
// nothing. Caught signals are reset to their defaults by exec.
func (sh *Shell) catchSignals() {
	sh.sigint = make(chan struct{}, 1)
	sh.wake, _ = wake.New()
	c := make(chan os.Signal, 32)
	sh.catch = c
	// The goroutine below must not read sh.traps, which `trap` changes:
	// it asks the trap state, which has its own lock, and which is made
	// here, before the goroutine starts, so that it never changes either.
	if sh.trapSt == nil {
		sh.trapSt = newTrapState()
	}
	t := sh.trapSt
	t.mu.Lock()
	t.onQueue = sh.trapsAtPrompt
	t.mu.Unlock()
	sh.shared.signals.Subscribe(c, caughtByREPL...)
	go func() {
		for s := range c {
			if t.isCaught(s.(syscall.Signal)) {
				// The trap has it (the dispatcher sends it there too).
				if s == syscall.SIGINT {
					sh.shared.interrupted.Store(true)
				}
				continue
			}
			switch s {
			case syscall.SIGINT:
				sh.shared.interrupted.Store(true)
				select {
				case sh.sigint <- struct{}{}:
				default:
				}
				if sh.wake != nil {
					sh.wake.Wake()
				}
			case syscall.SIGCHLD:
				sh.notifyAtPrompt()
			case syscall.SIGHUP:
				// The terminal went away: hang up every job (and
				// continue the stopped ones so they see it), then go.
				sh.ctl.HangUp(true)
				os.Exit(128 + int(syscall.SIGHUP))
			}
			// SIGTERM, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU: an
			// interactive shell is not stopped or ended by them (bash
			// ignores them; we catch and drop them).
		}
	}()
}

// runProgram runs a script or -c string as it is parsed. Like bash, it
// runs each line's commands once the whole line has parsed: commands on
// lines before a syntax error run, those on its own line do not, and the
// error ends the program with status 2.
func (sh *Shell) runProgram(r io.Reader, name string) error {
	err := sh.runStream(r, name, sh.topLevel)
	if se, ok := err.(syntaxFlow); ok {
		return exitFlow{se.status}
	}
	return err
}

// backslashAtEOF passes a script file's text through but for a backslash
// that is its very last byte, with nothing to quote: bash drops it (a line
// continuation into the end of the file), the parser would keep it.
type backslashAtEOF struct {
	r    io.Reader
	held bool // a backslash read and not passed on yet
	run  int  // backslashes at the end of what was read
	eof  bool
}

func (b *backslashAtEOF) Read(p []byte) (int, error) {
	if b.eof || len(p) < 2 {
		return b.r.Read(p)
	}
	n := 0
	if b.held {
		p[0], n = '\\', 1
		b.held = false
	}
	m, err := b.r.Read(p[n : len(p)-1])
	for _, c := range p[n : n+m] {
		if c == '\\' {
			b.run++
		} else {
			b.run = 0
		}
	}
	n += m
	if err == io.EOF {
		b.eof = true
		if n > 0 && p[n-1] == '\\' && b.run%2 == 1 {
			n-- // the escape with nothing after it
		}
		if n > 0 {
			return n, nil
		}
		return 0, io.EOF
	}
	if n > 0 && p[n-1] == '\\' {
		b.held = true // kept until it is known whether more follows
		n--
	}
	return n, err
}

// syntaxFlow is what runStream returns after it reported a syntax error.
type syntaxFlow struct{ status int }

func (syntaxFlow) Error() string { return "syntax error" }

// runStream parses commands from r and runs each with do, a line's
// commands once the line has parsed, and reports a syntax error (returning
// syntaxFlow) after running the lines before it.
func (sh *Shell) runStream(r io.Reader, name string, do func(*syntax.Stmt) error) error {
	return sh.runStreamWith(r, name, do, streamOpts{})
}

// streamOpts are what eval and a trap's action change in runStream (an
// expansion error abandons the line of their text it is on, and they go
// on with the next, as bash's parse_and_execute does).
type streamOpts struct {
	// syntax reports a syntax error, and says whether the shell must
	// exit; sh.syntaxError if nil.
	syntax func(err error, src string) bool
}

// runStreamWith is runStream with opts.
func (sh *Shell) runStreamWith(r io.Reader, name string, do func(*syntax.Stmt) error, opts streamOpts) error {
	if opts.syntax == nil {
		opts.syntax = sh.syntaxError
	}
	p := parser.New(syntax.HeredocAtEOF(sh.heredocAtEOF))
	// What was read: the text of syntax errors, and of arithmetic
	// errors, which quote the expression as written.
	rec := &srcRecorder{r: r}
	savedSrc := sh.progSrc
	sh.progSrc = rec
	defer func() { sh.progSrc = savedSrc }()
	var pending []*syntax.Stmt
	echo := verboseEcho{rec: rec}
	run := func() error {
		if len(pending) > 0 {
			ends := unitEnds(pending)
			echo.through(ends[len(ends)-1], sh.opts[optVerbose])
		}
		err := sh.runUnit(pending, do)
		pending = pending[:0]
		return err
	}
	for st, err := range p.StmtsSeq(rec) {
		if err == nil {
			err = parser.Check(st)
		}
		if err != nil {
			if len(pending) > 0 && nextStmtLine(rec.buf, pending[len(pending)-1]) > int(pending[len(pending)-1].End().Line()) {
				// The command at fault starts on a later line: the
				// lines before it run first (bash runs what it has
				// parsed of a line only once the line has parsed).
				if err := run(); err != nil {
					return err
				}
			}
			if opts.syntax(err, string(rec.buf)) {
				return exitFlow{sh.status}
			}
			return syntaxFlow{sh.status}
		}
		if len(pending) > 0 && st.Pos().Line() > pending[len(pending)-1].End().Line() {
			if err := run(); err != nil {
				return err
			}
		}
		pending = append(pending, st)
	}
	if err := run(); err != nil {
		return err
	}
	echo.through(-1, sh.opts[optVerbose]) // lines after the last command
	return nil
}

// verboseEcho is set -v for text parsed a piece at a time (a script, -c,
// eval, a trap's action, a file sourced): each line is shown as the
// shell reads it to run it, once the lines before it have run, so
// `set -v` shows the lines after its own, as in bash.
type verboseEcho struct {
	rec  *srcRecorder
	off  int // what was shown, or passed over, of rec.buf
	line int // lines of rec.buf before off
}

// through passes the text up to the end of line last (-1: all that was
// read), and shows it if on.
func (e *verboseEcho) through(last int, on bool) {
	end := e.off
	for end < len(e.rec.buf) && (last < 0 || e.line < last) {
		i := bytes.IndexByte(e.rec.buf[end:], '\n')
		if i < 0 {
			end = len(e.rec.buf)
			break
		}
		end += i + 1
		e.line++
	}
	if on && end > e.off {
		text := e.rec.buf[e.off:end]
		if text[len(text)-1] != '\n' {
			// The last line of eval's text or of -c's string.
			text = append(slices.Clip(text), '\n')
		}
		os.Stderr.Write(text)
	}
	e.off = end
}

// nextStmtLine is the line the command after st starts on in src: past
// blanks, ; and &, newlines, comments and backslash-newlines.
func nextStmtLine(src []byte, st *syntax.Stmt) int {
	i := int(st.End().Offset())
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == ';' || c == '&' || c == '\n':
			i++
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		default:
			return 1 + bytes.Count(src[:i], []byte("\n"))
		}
	}
	return 1 + bytes.Count(src, []byte("\n")) + 1
}

// runUnit runs the statements of one piece of text that bash parses
// before running it (a line, or the lines one command spans) with do.
func (sh *Shell) runUnit(stmts []*syntax.Stmt, do func(*syntax.Stmt) error) error {
	sh.expandAliases(stmts)
	ends := unitEnds(stmts)
	for i, st := range stmts {
		sh.line = ends[i] + sh.lineBase
		if err := do(st); err != nil {
			if d, ok := err.(discardFlow); ok {
				// The rest of the line goes, and the next lines
				// count from the error's.
				sh.lineBase += d.line - (ends[i] + sh.lineBase)
				return nil
			}
			return err
		}
	}
	return nil
}

// unitEnds gives, for each of stmts, the last line of the piece bash
// parses before running it: a line with all the commands on it, and
// the lines a command that spans lines spans, here-documents included.
// That is bash's line_number while a compound command runs at the top
// level.
func unitEnds(stmts []*syntax.Stmt) []int {
	ends := make([]int, len(stmts))
	for i := 0; i < len(stmts); {
		j, end := i, 0
		for ; j < len(stmts) && (j == i || int(stmts[j].Pos().Line()) <= end); j++ {
			end = max(end, lastLine(stmts[j]))
		}
		for ; i < j; i++ {
			ends[i] = end
		}
	}
	return ends
}

// lastLine is the last line of st, counting the bodies of its
// here-documents.
func lastLine(st *syntax.Stmt) int {
	end := int(st.End().Line())
	syntax.Walk(st, func(n syntax.Node) bool {
		if r, ok := n.(*syntax.Redirect); ok && r.Hdoc != nil {
			end = max(end, int(r.Hdoc.End().Line()))
		}
		return true
	})
	return end
}

// topLevel runs one statement of a script, absorbing flow that has no
// meaning outside a function or loop.
func (sh *Shell) topLevel(st *syntax.Stmt) error {
	err := sh.stmt(st)
	switch f := err.(type) {
	case nil, breakFlow, continueFlow, returnFlow:
		return nil
	case interruptFlow:
		sh.status = 130
		if sh.mode.interactive() {
			if !f.newlineDone {
				fmt.Fprintln(os.Stderr) // after the ^C the terminal echoed
			}
			return lineInterrupted{}
		}
		return nil
	}
	return err
}

// lineInterrupted: Ctrl-C stopped a command of an interactive line (it
// reached the shell, or killed the foreground job): as in bash, the rest
// of the line is not run (sleep 100; echo next).
type lineInterrupted struct{}

func (lineInterrupted) Error() string { return "interrupted" }

// safeTopLevel runs a statement of an interactive shell, turning a bug of
// jobsh's (a panic) into an error message: the shell, and its hold on the
// terminal, must survive.
func (sh *Shell) safeTopLevel(st *syntax.Stmt) (err error) {
	if !sh.mode.interactive() {
		return sh.topLevel(st)
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "jobsh: internal error: %v\n", r)
			sh.status = 2
			sh.ctl.TakeTerminalBack()
			err = nil
		}
	}()
	return sh.topLevel(st)
}

// syntaxError reports a parse error of src as bash does, with the line
// (and for an unexpected token, the line itself). It says whether the
// shell must exit (with sh.status), as it must under set -e.
func (sh *Shell) syntaxError(err error, src string) bool { return sh.syntaxErrorIn(err, src, "") }

// syntaxErrorIn is syntaxError for the text of a builtin: bash names eval
// ("bash: eval: line 1: ...").
func (sh *Shell) syntaxErrorIn(err error, src, builtin string) (exit bool) {
	msgs := parser.Messages(err, src)
	line, _ := parser.ErrorMessage(err, src)
	if line > 0 {
		sh.line = line + sh.lineBase
		defer func() { sh.line = line + sh.lineBase }()
	}
	// bash's parser_error ends the shell with status 2 under set -e
	// (where set -e is heeded: not in an if condition, nor left of ||),
	// right after the first line of its message: the offending line
	// that would follow is never printed.
	exit = sh.opts[optErrExit] && sh.noErrExit == 0
	cond, atEnd := parser.CondError(err, src)
	// bash's parser is interactive reading the prompt and in eval there;
	// not in a sourced file nor a trap's action.
	interactive := sh.mode.interactive() && sh.sourceName == "" && (builtin == "" || builtin == "eval")
	if exit || (interactive && !cond) {
		// An interactive parser does not echo the offending line.
		msgs = msgs[:min(len(msgs), 1)]
	}
	for _, msg := range msgs {
		switch {
		case interactive:
			fmt.Fprintf(sh.stderr(), "jobsh: %s\n", msg.Text)
		case sh.interactiveShell:
			// bash's parser_error: "NAME: INPUT: line N: ".
			input := builtin
			if sh.sourceName != "" {
				input = sh.sourceName
			}
			fmt.Fprintf(sh.stderr(), "jobsh: %s: line %d: %s\n", input, msg.Line+sh.lineBase, msg.Text)
		case builtin != "":
			// "NAME: eval: line N: ", N counted from eval's line (a
			// trap's action from 1: see runSourceAs).
			fmt.Fprintf(sh.stderr(), "%s: %s: line %d: %s\n", sh.errorName(), builtin, msg.Line+sh.lineBase, msg.Text)
		case sh.mode == ModeCommandString && sh.sourceName == "":
			// bash names the -c string and the line in it.
			fmt.Fprintf(sh.stderr(), "%s: -c: line %d: %s\n", sh.arg0, msg.Line+sh.lineBase, msg.Text)
		default:
			sh.line = msg.Line + sh.lineBase
			sh.errorf("%s", msg.Text)
		}
	}
	switch {
	case exit || !cond:
		sh.status = 2
	case atEnd && sh.status == 0:
		// bash keeps $? after a syntax error inside [[ ]] (the shell
		// still stops), unless the input ended there.
		sh.status = 2
	}
	if parser.ArrayEOF(err, src) {
		sh.status = 1 // x=(1 2 at the end: bash's 1
	}
	return exit
}

// runLines is the read-parse-run loop over a line reader: the prompt for
// an interactive shell, or standard input. Lines are gathered until they
// make complete commands (syntax.IsIncomplete), asking with PS2 meanwhile.
func (sh *Shell) runLines(in LineEditor) error {
	var buf strings.Builder
	cmdNumber := 1
	lineNo := 0
	startLine := 1
	var typed histContext // for history expansion: the command so far
	continued := false    // the last line ended in a backslash-newline
	for {
		prompt := ""
		if sh.mode.interactive() {
			if buf.Len() == 0 {
				sh.shared.interrupted.Store(false)
				sh.checkWinSize()
				sh.notify()
				sh.ctl.RepairTerminal()
				sh.promptCommand()
				prompt = sh.expandPrompt(sh.Get("PS1").String(), cmdNumber)
			} else {
				prompt = sh.expandPrompt(sh.Get("PS2").String(), cmdNumber)
			}
		}
		sh.enterPrompt(in)
		if e, ok := in.(KeyMapEditor); ok {
			e.SetViMode(sh.opts[optVi]) // set -o vi, set -o emacs
		}
		line, err := in.ReadLine(prompt)
		if err == nil {
			sh.eofs = 0
		}
		if sh.mode.interactive() {
			// The terminal may have been resized at the prompt: the
			// command about to run sees the size the user sees, as
			// bash's readline sets it on SIGWINCH.
			sh.checkWinSize()
		}
		sh.promptMu.Lock()
		sh.atPrompt = nil
		sh.promptMu.Unlock()
		if sh.mode.interactive() && sh.interruptedAtPrompt() {
			buf.Reset()
			sh.status = 130
		}
		if err == ErrInterrupt {
			buf.Reset()
			typed = histContext{}
			sh.status = 130
			continue
		}
		if err == ErrEditLine {
			text := buf.String() + line
			buf.Reset()
			typed = histContext{}
			edited, ok := sh.editCommand(text)
			if !ok || edited == "" {
				continue
			}
			line, err = edited, nil
		}
		atEOF := err != nil && buf.Len() > 0 && (typed.hereBody || continued)
		continued = false
		if err != nil && !atEOF {
			if buf.Len() > 0 {
				sh.lineBase = startLine - 1
				if _, perr := parser.Parse(buf.String(), ""); perr != nil && sh.syntaxError(perr, buf.String()) {
					return exitFlow{sh.status}
				}
				if !sh.mode.interactive() {
					return exitFlow{sh.status}
				}
				buf.Reset()
				typed = histContext{}
				continue
			}
			if sh.mode.interactive() {
				if err == io.EOF && sh.ignoreEOF() {
					continue
				}
				if sh.stoppedWarning() {
					continue
				}
				fmt.Fprintln(os.Stderr, "exit")
			}
			return nil
		}
		if sh.mode.interactive() && !atEOF {
			var run bool
			if line, run = sh.histExpandLine(line, typed); !run {
				continue // only this line is dropped, as in bash
			}
		}
		var f *syntax.File
		var perr error
		if atEOF {
			// A here-document cut off by the end of the input runs,
			// with a warning, as in bash.
			sh.lineBase = startLine - 1
			f, perr = sh.parseAtEOF(buf.String(), "")
		} else {
			lineNo++
			if buf.Len() == 0 {
				startLine = lineNo
			}
			buf.WriteString(line)
			buf.WriteByte('\n')
			f, perr = parser.Parse(buf.String(), "")
		}
		if perr != nil && parser.IsIncomplete(perr) && !atEOF {
			typed = incompleteContext(perr)
			continue
		}
		if perr == nil && !atEOF && lineContinues(buf.String()) {
			// The parser takes a backslash-newline at the end of its
			// input for nothing; read line by line, it joins the next
			// line, as in bash.
			continued = true
			continue
		}
		typed = histContext{}
		src := buf.String()
		buf.Reset()
		if sh.mode.interactive() {
			sh.addHistory(sh.historyText(src))
		}
		sh.lineBase = startLine - 1
		if sh.mode.interactive() {
			sh.lineBase = 0
		}
		if sh.opts[optVerbose] {
			fmt.Fprint(os.Stderr, src)
		}
		if perr != nil {
			if !sh.mode.interactive() {
				src = condLookahead(in, perr, src)
			}
			if sh.syntaxError(perr, src) || !sh.mode.interactive() {
				return exitFlow{sh.status}
			}
			continue
		}
		cmdNumber++
		warned := sh.exitWarned
		if !onlyJobs(f.Stmts) {
			// bash's second exit goes through if nothing but jobs ran
			// since the first.
			sh.exitWarned = false
		}
		sh.expandAliases(f.Stmts)
		sh.progSrc = &srcRecorder{buf: []byte(src)}
		for _, st := range f.Stmts {
			// The parser has read the whole chunk: bash's line is
			// its last (compound commands leave it so).
			sh.line = sh.lineBase + strings.Count(src, "\n")
			err := sh.safeTopLevel(st)
			if _, ok := err.(lineInterrupted); ok {
				break
			}
			if d, ok := err.(discardFlow); ok {
				// The rest of the line goes, and the next lines
				// count from the error's.
				lineNo = d.line
				break
			}
			if ex, ok := err.(exitFlow); ok {
				if sh.mode.interactive() && !sh.errExited {
					// bash's exit says so first, then why it won't.
					fmt.Fprintln(os.Stderr, "exit")
					if !warned && sh.jobsWarning() {
						break
					}
				}
				return ex
			}
		}
	}
}

// condLookahead is src with one more line of input when perr is a [[ ]]
// error at src's last newline: bash's $? then depends on whether any
// input follows (2 if none, when it was 0), and a shell reading line by
// line, which stops there anyway, has to read on to know.
func condLookahead(in LineEditor, perr error, src string) string {
	if cond, atEnd := parser.CondError(perr, src); !cond || !atEnd {
		return src
	}
	line, err := in.ReadLine("")
	if err != nil {
		return src
	}
	return src + line + "\n"
}

// lineContinues says whether src ends with a backslash-newline that joins
// the next line: an odd run of backslashes before the last newline, not
// in a comment (an open quote or here-document makes the parse incomplete
// before this is asked).
func lineContinues(src string) bool {
	body := strings.TrimSuffix(src, "\n")
	n := len(body) - len(strings.TrimRight(body, `\`))
	if n%2 == 0 {
		return false
	}
	f, err := parser.New(syntax.KeepComments(true)).Parse(strings.NewReader(src), "")
	if err != nil {
		return false
	}
	inComment := false
	syntax.Walk(f, func(node syntax.Node) bool {
		if c, ok := node.(*syntax.Comment); ok && int(c.End().Offset()) >= len(body) {
			inComment = true
		}
		return !inComment
	})
	return !inComment
}

// promptCommand runs $PROMPT_COMMAND before the prompt, keeping $? for
// the prompt, as bash does.
func (sh *Shell) promptCommand() {
	pc := sh.Get("PROMPT_COMMAND")
	if !pc.IsSet() || pc.String() == "" {
		return
	}
	status := sh.status
	if _, err := sh.runSource(pc.String(), ""); err != nil {
		if _, ok := err.(exitFlow); ok {
			os.Exit(sh.exit(err))
		}
	}
	sh.status = status
}

// stoppedWarning is bash's guard against leaving stopped jobs behind by
// accident: the first exit says so and does not exit; the next one does.
func (sh *Shell) stoppedWarning() bool {
	if sh.exitWarned {
		return false
	}
	sh.ctl.Poll()
	for _, j := range sh.ctl.Jobs() {
		if j.State() == jobs.Stopped {
			fmt.Fprintln(os.Stderr, "There are stopped jobs.")
			sh.exitWarned = true
			return true
		}
	}
	return false
}

// jobsWarning is stoppedWarning, and with shopt -s checkjobs the same
// guard for running jobs, which bash then lists.
func (sh *Shell) jobsWarning() bool {
	if sh.stoppedWarning() || sh.exitWarned || !sh.opts[optCheckJobs] {
		return sh.exitWarned
	}
	var list strings.Builder
	for _, j := range sh.ctl.Jobs() {
		if j.State() == jobs.Running {
			list.WriteString(sh.ctl.Line(j, jobs.FormatStandard, sh.cwd, sh.Get("HOME").String()))
		}
	}
	if list.Len() == 0 {
		return false
	}
	fmt.Fprint(os.Stderr, "There are running jobs.\n"+list.String())
	sh.exitWarned = true
	return true
}

// onlyJobs says whether a line runs nothing but the jobs builtin.
func onlyJobs(stmts []*syntax.Stmt) bool {
	for _, st := range stmts {
		call, ok := st.Cmd.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 || call.Args[0].Lit() != "jobs" {
			return false
		}
	}
	return len(stmts) > 0
}

// notify tells the user, before a prompt, of the background jobs that
// stopped or ended since the last one, as bash does:
// "[1]+  Done                    sleep 1".
func (sh *Shell) notify() {
	if text := sh.changedJobs(); text != "" {
		// A script's go where its errors go (exec 2>/dev/null hides
		// them, as in bash); at the prompt, to the terminal, with it.
		w := io.Writer(os.Stderr)
		if !sh.mode.interactive() {
			w = sh.reportWriter()
		}
		io.WriteString(w, text)
	}
}

// changedJobs polls the jobs and returns the notification lines of those
// that stopped or ended; ended ones leave the table.
func (sh *Shell) changedJobs() string {
	sh.ctl.Poll()
	t := sh.ctl
	var b strings.Builder
	changed := t.TakeChanged()
	for _, j := range changed {
		if j.State() == jobs.Stopped {
			// bash starts a stop notice on a line of its own.
			b.WriteByte('\n')
		}
		b.WriteString(t.Line(j, sh.jobFormat(), sh.cwd, sh.Get("HOME").String()))
	}
	// Only then do the ended ones go, as bash cleans up after telling:
	// each line shows the + and - of the table as it was.
	for _, j := range changed {
		if j.State() == jobs.Done {
			sh.ctl.Remove(j)
		}
	}
	return b.String()
}

// trapsAtPrompt runs the actions of trapped signals that arrive while the
// shell waits at its prompt, at once, as bash does, rather than when the
// next line is entered. It runs on the trap goroutine: promptMu keeps the
// REPL from leaving the prompt (and so from running anything) meanwhile.
// With the line editor, the action's output is shown above the prompt and
// the line being typed is put back; the plain reader, as bash without
// editing, just writes it.
func (sh *Shell) trapsAtPrompt() {
	sh.promptMu.Lock()
	defer sh.promptMu.Unlock()
	if sh.atPrompt == nil {
		return // running a command: its end runs the actions
	}
	var err error
	if _, plain := sh.atPrompt.(*plainReader); !plain {
		var out string
		out, err = sh.captureOutput(sh.runPendingTraps)
		if out != "" {
			sh.atPrompt.Notify(out)
		}
	} else {
		err = sh.runPendingTraps()
	}
	if isExit(err) {
		// exit in the action ends the shell from the prompt.
		os.Exit(sh.exit(err))
	}
}

// captureOutput runs f with the shell's standard output and error going
// to a pipe, and returns what f wrote.
func (sh *Shell) captureOutput(f func() error) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", f()
	}
	done := make(chan string)
	go func() {
		data, _ := io.ReadAll(r)
		r.Close()
		done <- string(data)
	}()
	saved := sh.fds
	sh.fds = append([]*os.File{sh.fd(0), w, w}, sh.fds[min(3, len(sh.fds)):]...)
	err = f()
	sh.fds = saved
	w.Close()
	return <-done, err
}

// enterPrompt marks the shell as waiting at its prompt, so that the
// signal goroutines may act there (notifyAtPrompt, trapsAtPrompt). A child
// that ended or a signal that came after the last look (sh.notify before
// the prompt, the traps after the last command) and before this found
// atPrompt nil and left its work to the REPL: it is done here, under the
// same lock, before the prompt is drawn, so nothing waits for the next
// command (CI once saw set -b's "Terminated" never come).
func (sh *Shell) enterPrompt(in LineEditor) {
	sh.promptMu.Lock()
	defer sh.promptMu.Unlock()
	sh.atPrompt = in
	if !sh.mode.interactive() {
		return
	}
	if sh.opts[optNotify] {
		fmt.Fprint(os.Stderr, sh.changedJobs())
	}
	if err := sh.runPendingTraps(); isExit(err) {
		os.Exit(sh.exit(err))
	}
}

// notifyAtPrompt is set -b: when a job changes state while the user is at
// the prompt, say so at once, without waiting for the next prompt. It runs
// on the signal goroutine; promptMu keeps the REPL from leaving the prompt
// meanwhile.
func (sh *Shell) notifyAtPrompt() {
	sh.promptMu.Lock()
	defer sh.promptMu.Unlock()
	if sh.atPrompt == nil || !sh.opts[optNotify] {
		return
	}
	if text := sh.changedJobs(); text != "" {
		sh.atPrompt.Notify(text)
	}
}

func isExit(err error) bool {
	_, ok := err.(exitFlow)
	return ok
}

// exit is the end of a shell: the status to exit with, after hanging up
// the jobs that must not outlive it and giving the terminal back.
func (sh *Shell) exit(err error) int {
	code := sh.status
	if ex, ok := err.(exitFlow); ok {
		code = ex.code
	}
	if err == nil || !isExit(err) {
		// Signals that arrived as the last command ran still get their
		// actions.
		if terr := sh.runPendingTraps(); isExit(terr) {
			code = terr.(exitFlow).code
		}
	}
	code = sh.runExitTrap(code)
	sh.rewriteHistoryAtExit()
	if sh.ctl.JobControl && !sh.mode.subshell() {
		sh.ctl.HangUp(sh.opts[optHupOnExit])
		sh.ctl.ReleaseTerminal()
	}
	return code
}
