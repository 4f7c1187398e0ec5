package shell

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// stage is one member of a pipeline being started.
type stage struct {
	st      *syntax.Stmt
	in, out *os.File // the pipe ends it reads and writes, nil for the shell's
	errToo  bool     // |& : stderr goes into the pipe too
	status  int      // for a stage that never started, or ran in-process
	proc    *jobs.Process
	done    chan struct{} // closed when an in-process stage ends
	flow    error         // exit, return... from a stage run in the shell itself (lastpipe)
}

// pipelineStages flattens a | b | c into its stages.
func pipelineStages(st *syntax.Stmt) []*stage {
	bc, ok := st.Cmd.(*syntax.BinaryCmd)
	if !ok || (bc.Op != syntax.Pipe && bc.Op != syntax.PipeAll) || st.Negated || len(st.Redirs) > 0 {
		return []*stage{{st: st}}
	}
	left := pipelineStages(bc.X)
	left[len(left)-1].errToo = bc.Op == syntax.PipeAll
	return append(left, pipelineStages(bc.Y)...)
}

// pipeline runs a | b | c as one job in the foreground (bg false) or the
// background. Every stage is a process of the job's group where job control
// is on: a program is started directly; a builtin, function or compound
// command runs in a re-executed jobsh, so that Ctrl-Z stops it with the
// rest. Without job control those run in-process on a copy of the shell.
func (sh *Shell) pipeline(st *syntax.Stmt, bg bool) error {
	bc := st.Cmd.(*syntax.BinaryCmd)
	stages := append(pipelineStages(bc.X), pipelineStages(bc.Y)...)
	stages[len(pipelineStages(bc.X))-1].errToo = bc.Op == syntax.PipeAll
	if _, ok := sh.traps["DEBUG"]; ok {
		// bash runs the DEBUG trap in the shell before each stage.
		for _, s := range stages {
			if text, ok := debugText(s.st); ok {
				if err := sh.runDebugTrap(text); err != nil {
					return err
				}
			}
		}
	}
	j := sh.ctl.NewJob(commandText(st), sh.cwd, !bg)
	if err := sh.startStages(j, stages, bg); err != nil {
		return err
	}
	if bg {
		sh.announce(j)
		return nil
	}
	err := sh.waitJob(j, stages)
	if last := stages[len(stages)-1]; err == nil && last.flow != nil {
		err = last.flow
	}
	return err
}

// startStages connects the stages with pipes and starts each.
func (sh *Shell) startStages(j *jobs.Job, stages []*stage, bg bool) error {
	var prevRead *os.File
	for i, s := range stages {
		s.in = prevRead
		prevRead = nil
		if i < len(stages)-1 {
			r, w, err := os.Pipe()
			if err != nil {
				sh.errorf("pipe error: %s", errnoText(err))
				s.status = 1
				break
			}
			s.out, prevRead = w, r
		}
		sh.startStage(j, s, bg)
		// The parent's copies of the pipe ends must go, or readers never
		// see end of file.
		if s.in != nil && s.done == nil {
			s.in.Close()
		}
		if s.out != nil && s.done == nil {
			s.out.Close()
		}
	}
	if prevRead != nil {
		prevRead.Close()
	}
	return nil
}

// stageFDs is the descriptor table a stage starts with.
func (sh *Shell) stageFDs(s *stage, bg bool) []*os.File {
	fds := append([]*os.File(nil), sh.fds...)
	if bg && !sh.ctl.JobControl && s.in == nil {
		// POSIX: without job control an asynchronous command reads
		// /dev/null, not the terminal the shell reads.
		if null := sh.devNull(); null != nil {
			fds[0] = null
		}
	}
	if s.in != nil {
		fds[0] = s.in
	}
	if s.out != nil {
		fds[1] = s.out
	}
	return fds
}

// errToOut is a |& stage's statement: bash's 2>&1 comes after the
// stage's own redirections, so an error in those is still reported on
// the shell's standard error, and `cmd >f |& c` sends both to f.
func errToOut(st *syntax.Stmt) *syntax.Stmt {
	c := *st
	c.Redirs = append(slices.Clone(st.Redirs), &syntax.Redirect{
		Op: syntax.DplOut, N: &syntax.Lit{Value: "2"},
		Word: &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: "1"}}},
	})
	return &c
}

// devNull is the process's one descriptor on /dev/null.
func (sh *Shell) devNull() *os.File { return sh.shared.devNull() }

// startStage starts one stage: a program directly, anything else as a
// subshell (re-exec or in-process).
func (sh *Shell) startStage(j *jobs.Job, s *stage, bg bool) {
	saved := sh.fds
	sh.fds = sh.stageFDs(s, bg)
	defer func() { sh.fds = saved }()
	if bg && !sh.ctl.JobControl && !sh.asyncNoJobControl {
		// What this stage starts ignores SIGINT and SIGQUIT (POSIX
		// 2.12), and a re-executed subshell keeps ignoring them.
		sh.asyncNoJobControl = true
		defer func() { sh.asyncNoJobControl = false }()
	}
	text := commandText(s.st)
	if s.errToo {
		s.st, s.errToo = errToOut(s.st), false
	}
	if s.in != nil && s.out == nil && !bg && sh.opts[optLastPipe] && !sh.opts[optMonitor] {
		// shopt -s lastpipe without job control: the last stage runs
		// in the shell itself, once the others have started.
		s.flow = sh.stmt(s.st)
		s.status = sh.status
		s.in.Close()
		s.done = make(chan struct{})
		close(s.done)
		return
	}

	if call, ok := s.st.Cmd.(*syntax.CallExpr); ok && len(call.Args) > 0 {
		// A simple command's line is its own, in a stage too (its
		// messages name it), as stmt sets it.
		saved := sh.line
		sh.line = sh.cmdLine(s.st)
		defer func() { sh.line = saved }()
		name := call.Args[0].Lit()
		if name == "" || sh.funcs[name] == nil && builtins[name] == nil {
			// bash expands a stage's words in the child it forked: a
			// copy of the shell expands them here, so that $((v++))
			// or ${v=x} leaves the shell alone and an error ends
			// only the stage.
			x := sh.forkCopy()
			defer sh.adoptProcFiles(x)
			fields, err := x.fields(x.argWords(call.Args)...)
			if err != nil {
				s.status = flowStatus(x.expandFailed(err), x.status)
				return
			}
			if len(fields) > 0 && sh.funcs[fields[0]] == nil && builtins[fields[0]] == nil {
				x.startProgram(j, s, call, fields, text)
				return
			}
			if len(fields) > 0 {
				// The name came from an expansion: hand the expanded
				// words over, quoted, so nothing is expanded twice.
				// In place: the caller looks at this stage's done
				// to know who closes the pipe's ends.
				s.st = requote(s.st, call, fields)
			}
		}
	}
	sh.startSubshell(j, s, text, bg)
}

// forksCall tells whether a simple command this shell forks keeps its
// top level, that of a -c shell (see Shell.forkedCall).
func (sh *Shell) forksCall() bool {
	return sh.mode == ModeCommandString || sh.forkedCall
}

// forkCopy is a copy of the shell that does what bash does in the child
// it forks for a simple command, before the command runs: expansions
// and redirections. It starts its processes in the shell's jobs.
func (sh *Shell) forkCopy() *Shell {
	// ForSubshell, not subshellState: no copy of the job table for its
	// `jobs` (it shares the shell's controller, and copying a script's
	// thousands of background jobs for each command it forks made
	// spawning quadratic), and no subshell level counted (a simple
	// command's fork is none, BASH_SUBSHELL).
	x := sh.subshellWith(sh.State.ForSubshell())
	x.ctl = sh.ctl
	x.forkedCall = sh.forksCall()
	return x
}

// adoptProcFiles takes over the process substitutions a copy opened, to
// close them when the statement ends.
func (sh *Shell) adoptProcFiles(x *Shell) {
	sh.procFiles = append(sh.procFiles, x.procFiles...)
}

// flowStatus is the status a subshell ends with on err, which is an
// exit (or an abandoned line) when it ends it, else its status.
func flowStatus(err error, status int) int {
	if code, ok := childEnds(err); ok {
		return code
	}
	return status
}

// requote rebuilds a simple command from already expanded words.
func requote(st *syntax.Stmt, call *syntax.CallExpr, fields []string) *syntax.Stmt {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(quote(f))
		b.WriteByte(' ')
	}
	for _, r := range st.Redirs {
		b.WriteString(parser.Print(r))
		b.WriteByte(' ')
	}
	f, err := parser.Parse(b.String(), "")
	if err != nil || len(f.Stmts) != 1 {
		return st
	}
	nc := f.Stmts[0]
	if c, ok := nc.Cmd.(*syntax.CallExpr); ok {
		c.Assigns = call.Assigns
	}
	return nc
}

// startProgram starts a stage that runs a program.
func (sh *Shell) startProgram(j *jobs.Job, s *stage, call *syntax.CallExpr, fields []string, text string) {
	env, err := sh.tempAssigns(call.Assigns)
	if err != nil {
		s.status = flowStatus(sh.expandFailed(err), sh.status)
		return
	}
	sh.trace(env, fields)
	restore, err := sh.redirect(s.st.Redirs)
	if err != nil {
		s.status = flowStatus(err, 1)
		return
	}
	defer restore()
	cmd, status, msg := sh.processFor(fields, env, text)
	if status == 0 {
		s.proc, status, msg = sh.start(j, cmd)
	}
	if status != 0 {
		sh.errorf("%s", msg)
		s.status = status
	}
}

// startSubshell runs a stage that is not a program: in a re-executed jobsh
// that joins the job's process group when job control is on or the job
// goes to the background, else in a goroutine on a copy of the shell.
// With job control on, a builtin that only writes into the pipe (`echo
// $i | cat`, `history | less`) runs in a goroutine too: it ends at once
// or waits for its reader, so Ctrl-Z, which stops the reader, stops it
// as well, and `fg` resumes it; it saves a whole start of jobsh.
func (sh *Shell) startSubshell(j *jobs.Job, s *stage, text string, bg bool) {
	if call, simple := s.st.Cmd.(*syntax.CallExpr); simple && !bg && (len(call.Args) == 0 || sh.funcs[call.Args[0].Lit()] == nil) {
		// bash forks a simple command's stage and expands its words
		// there without counting a subshell level (BASH_SUBSHELL); a
		// function's body runs a level down.
		sh.subshellLevel--
		defer func() { sh.subshellLevel++ }()
	}
	inShell := !bg && !changesProcess(s.st) && (!sh.ctl.JobControl || sh.writesOnly(s))
	if !inShell {
		sh.startSubshellProcess(j, s, text)
		return
	}
	if sh.ctl.JobControl {
		sh.ctl.RunsInShell(j)
	}
	sub := sh.Subshell()
	if _, ok := s.st.Cmd.(*syntax.CallExpr); ok {
		sub.memberCall = s.st
	}
	st := s.st
	if _, ok := st.Cmd.(*syntax.Subshell); ok && !st.Negated {
		// The stage is that subshell: its list runs in it, with the
		// redirections, as in a re-executed stage (startSubshellProcess).
		st = subshellBody(st)
	}
	sub.forkedCall, sub.forkedStmt = sh.forksCall(), st
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		s.status = sub.runSubshell([]*syntax.Stmt{st})
		if s.in != nil {
			s.in.Close()
		}
		if s.out != nil {
			s.out.Close()
		}
	}()
}

// writerBuiltins only write what they are given or what the shell
// holds: none reads, waits, runs other commands or changes the process.
var writerBuiltins = map[string]bool{"echo": true, "printf": true, "history": true, "alias": true,
	"type": true, "declare": true, "typeset": true, "pwd": true, "dirs": true, "help": true,
	"hash": true, "shopt": true, "compgen": true, "true": true, "false": true, ":": true}

// bodyBuiltins may appear besides them in a function that runs in-process.
var bodyBuiltins = map[string]bool{"local": true, "return": true, "test": true, "[": true}

// writesOnly tells whether stage s, which needs no process of its own
// (changesProcess), may run in the shell's process while job control is
// on: it writes into a pipe, its words and redirections start no process
// (a $(...) in a goroutine would run outside the job's group, away from
// the terminal), and it is a writer builtin or a function whose body only
// writes and ends (straightWriter).
func (sh *Shell) writesOnly(s *stage) bool {
	call, ok := s.st.Cmd.(*syntax.CallExpr)
	if !ok || len(call.Args) == 0 || s.out == nil || startsProcess(s.st) {
		return false
	}
	name := call.Args[0].Lit()
	if fn := sh.funcs[name]; fn != nil {
		for _, t := range []string{"DEBUG", "ERR", "RETURN"} {
			if _, set := sh.traps[t]; set {
				return false // a trap's code could do anything
			}
		}
		return sh.straightWriter(fn.Body)
	}
	return writerBuiltins[name]
}

// startsProcess tells whether node holds a command or process
// substitution.
func startsProcess(node syntax.Node) bool {
	found := false
	syntax.Walk(node, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.CmdSubst, *syntax.ProcSubst:
			found = true
		}
		return !found
	})
	return found
}

// straightWriter tells whether a function body can only compute, write
// and end: it calls writer and body builtins only (no other function, so
// no recursion; no program), starts no process, and has no loop but a
// for over a list of words, so Ctrl-Z, which stops its reader, leaves it
// waiting on the pipe at worst.
func (sh *Shell) straightWriter(body syntax.Node) bool {
	ok := true
	syntax.Walk(body, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CmdSubst, *syntax.ProcSubst, *syntax.WhileClause, *syntax.CoprocClause,
			*syntax.FuncDecl, *syntax.TimeClause:
			ok = false
		case *syntax.ForClause:
			_, words := n.Loop.(*syntax.WordIter)
			ok = words && !n.Select // select reads its answers
		case *syntax.BinaryCmd:
			ok = n.Op != syntax.Pipe && n.Op != syntax.PipeAll
		case *syntax.Stmt:
			ok = !n.Background && !n.Coprocess
		case *syntax.CallExpr:
			if len(n.Args) > 0 {
				name := n.Args[0].Lit()
				ok = (writerBuiltins[name] || bodyBuiltins[name]) && sh.funcs[name] == nil
			}
		}
		return ok
	})
	return ok
}

// startSubshellProcess starts a stage as a re-executed jobsh. A stage that
// is itself ( list ) has its list run: the new process is that subshell,
// and running ( ) in it would start yet another.
func (sh *Shell) startSubshellProcess(j *jobs.Job, s *stage, text string) {
	st := s.st
	if _, ok := st.Cmd.(*syntax.Subshell); ok && !st.Negated {
		st = subshellBody(st)
	}
	cmd, err := sh.reexecCommand(st, text)
	if err != nil {
		sh.errorf("cannot start subshell: %s", errnoText(err))
		s.status = 126
		return
	}
	defer cmd.Files[len(cmd.Files)-1].Close()
	var status int
	var msg string
	s.proc, status, msg = sh.start(j, cmd)
	if status != 0 {
		sh.errorf("%s", msg)
		s.status = status
	}
}

// background runs `cmd &`: the whole statement becomes one job.
func (sh *Shell) background(st *syntax.Stmt) {
	if call, ok := st.Cmd.(*syntax.CallExpr); ok && len(call.Args) > 0 && sh.ctl.JobControl {
		// `%1 &` is bg %1.
		if spec := call.Args[0].Lit(); strings.HasPrefix(spec, "%") {
			sh.status, _ = builtinBg(sh, []string{spec})
			return
		}
	}
	fg := *st
	fg.Background = false
	if bc, ok := fg.Cmd.(*syntax.BinaryCmd); ok && (bc.Op == syntax.Pipe || bc.Op == syntax.PipeAll) && !fg.Negated && len(fg.Redirs) == 0 {
		sh.pipeline(&fg, true)
		sh.status = 0
		return
	}
	j := sh.ctl.NewJob(commandText(&fg), sh.cwd, false)
	s := &stage{st: &fg}
	sh.startStage(j, s, true)
	if s.proc == nil {
		// Nothing started and the error was printed. bash forks first,
		// so its child fails instead, and $! and wait know it: a process
		// stands for it here, ending with the status the stage got.
		sh.startFailedStage(j, s)
		if s.proc == nil {
			sh.ctl.Remove(j)
			sh.status = 0
			return
		}
	}
	sh.announce(j)
}

// startFailedStage starts, for a background command that could not
// start, a subshell that only exits with its status.
func (sh *Shell) startFailedStage(j *jobs.Job, s *stage) {
	cmd, err := sh.reexecCommand(&syntax.Stmt{Cmd: &syntax.CallExpr{Args: []*syntax.Word{
		{Parts: []syntax.WordPart{&syntax.Lit{Value: "exit"}}},
		{Parts: []syntax.WordPart{&syntax.Lit{Value: strconv.Itoa(s.status)}}},
	}}}, j.Text)
	if err != nil {
		return
	}
	defer cmd.Files[len(cmd.Files)-1].Close()
	s.proc, _, _ = sh.start(j, cmd)
}

// announce records a new background job: $!, the current job, and in an
// interactive shell "[1] 12345".
func (sh *Shell) announce(j *jobs.Job) {
	if len(j.Procs) == 0 {
		sh.ctl.Remove(j)
		sh.status = 0
		return
	}
	sh.lastBg = j.Last().Pid
	sh.ctl.BackgroundStarted()
	if sh.mode.interactive() {
		fmt.Fprintf(sh.stderr(), "[%d] %d\n", j.ID, sh.lastBg)
	}
	sh.status = 0
}

// waitJob waits for a foreground job and sets $? and PIPESTATUS from it.
// A job that stops stays in the table as a stopped background job, with
// bash's "[1]+  Stopped" line; one that ends is removed, and one killed by a
// signal other than SIGINT and SIGPIPE has the signal described, as bash
// does ("Segmentation fault (core dumped)").
func (sh *Shell) waitJob(j *jobs.Job, stages []*stage) error {
	if len(j.Procs) > 0 {
		sh.ctl.WaitForeground(j)
	}
	if j.State() == jobs.Stopped {
		// An in-process stage may wait for a stopped reader: it ends
		// when the job is resumed, or killed.
		stages = nil
	}
	var wg sync.WaitGroup
	for _, s := range stages {
		if s.done != nil {
			wg.Add(1)
			go func(s *stage) { <-s.done; wg.Done() }(s)
		}
	}
	wg.Wait()
	if killedBy(j, syscall.SIGINT) {
		// A stage in the shell's process that met the broken pipe of
		// a reader Ctrl-C killed would have been killed with it in
		// bash, as a process of the group: 130, not 141.
		for _, s := range stages {
			if s.done != nil && s.status == 141 {
				s.status = 130
			}
		}
	}

	if stages == nil {
		stages = []*stage{{proc: j.Last()}}
	}
	sh.pipeStatus = sh.pipeStatus[:0]
	for _, s := range stages {
		code := s.status
		if s.proc != nil && s.proc.Reported {
			code = s.proc.Status.ShellCode()
		}
		sh.pipeStatus = append(sh.pipeStatus, code)
	}
	sh.status = sh.pipeStatus[len(sh.pipeStatus)-1]
	if sh.opts[optPipefail] {
		for _, c := range sh.pipeStatus {
			if c != 0 {
				sh.status = c
			}
		}
	}
	sh.lastFg = j
	if j.State() == jobs.Stopped {
		j.Foreground = false
		sh.ctl.SetCurrent(j)
		if !sh.posixQuietJobs() {
			fmt.Fprintf(sh.stderr(), "\n%s", sh.ctl.Line(j, sh.jobFormat(), "", ""))
		}
		sh.status = 128 + int(stopSignal(j))
		return nil
	}
	sh.ctl.Remove(j)
	sh.reportTime(j)
	if last := j.Last(); last != nil && last.Reported && last.Status.Signaled() {
		sig := last.Status.Signal()
		if sh.mode.interactive() || sh.ctl.JobControl {
			if sig != syscall.SIGINT && sig != syscall.SIGPIPE && !sh.posixQuietJobs() {
				msg := jobs.Describe(sig)
				if last.Status.CoreDumped() {
					msg += " (core dumped)"
				}
				fmt.Fprintln(sh.reportWriter(), msg)
			}
		} else {
			sh.reportKilled(j, false)
		}
		if sig == syscall.SIGINT && sh.mode.interactive() {
			// The terminal echoed ^C; bash ends that line.
			fmt.Fprintln(sh.reportWriter())
			return interruptFlow{newlineDone: true}
		}
	}
	if sh.mode.interactive() || sh.ctl.JobControl && !sh.posixQuietJobs() {
		// bash tells of the background jobs that ended while a
		// foreground one ran as soon as it ends, not at the next
		// prompt: `sleep 0.1 & sleep 1; echo x` prints Done before x;
		// so does a script with set -m.
		sh.notify()
	} else if !sh.posixQuietJobs() {
		sh.reportKilledBackground()
	}
	return sh.checkInterrupt()
}

// reportKilledBackground is what bash, in a shell that is not interactive
// (with set -m too), does with the background jobs that ended, as it next reaps a foreground
// job: it says which a signal killed ("NAME: line N:  PID Killed   cmd";
// nothing for SIGTERM or a trapped signal), and forgets them all, so that
// jobs no longer lists them; wait PID answers from the statuses kept.
func (sh *Shell) reportKilledBackground() {
	sh.ctl.Poll()
	for _, j := range sh.ctl.Jobs() {
		if j.Foreground || j.State() != jobs.Done {
			continue
		}
		if killedBySignal(j) {
			sh.reportKilled(j, true)
		}
		sh.ctl.Remove(j)
	}
}

// reportTime is zsh's REPORTTIME, off unless the variable is set: a
// foreground job that used at least that many seconds of CPU gets a
// timing line from its processes' rusage, as zsh prints it:
// "make  2.31s user 0.40s system 95% cpu 2.837 total".
func (sh *Shell) reportTime(j *jobs.Job) {
	v := sh.Get("REPORTTIME")
	if !v.IsSet() {
		return
	}
	limit, err := strconv.ParseFloat(v.String(), 64)
	if err != nil || limit < 0 {
		return
	}
	var user, sys time.Duration
	for _, p := range j.Procs {
		user += p.Rusage.User
		sys += p.Rusage.System
	}
	if (user + sys).Seconds() < limit {
		return
	}
	total := j.Ended.Sub(j.Started)
	cpu := 0
	if total > 0 {
		cpu = int(100 * float64(user+sys) / float64(total))
	}
	fmt.Fprintf(sh.reportWriter(), "%s  %.2fs user %.2fs system %d%% cpu %.3f total\n",
		j.Text, user.Seconds(), sys.Seconds(), cpu, total.Seconds())
}

// reportWriter is the shell's standard error outside the redirections of
// the command being reported on: `cmd 2>/dev/null` does not hide that cmd
// was killed.
func (sh *Shell) reportWriter() io.Writer {
	if sh.reportFD != nil {
		return sh.reportFD
	}
	return sh.stderr()
}

// reportKilled is what a shell without job control says of a job killed by
// a signal, as bash words it: "NAME: line N:  4242 Killed   cmd", or only
// "Terminated" for SIGTERM; nothing for SIGINT and SIGPIPE.
//
// A background job is not reported if SIGTERM killed it, nor if the
// shell traps the signal (bash's notify_of_job_status, built with
// DONT_REPORT_SIGTERM as it ships).
func (sh *Shell) reportKilled(j *jobs.Job, background bool) {
	if sh.mode.interactive() || sh.posixQuietJobs() || !killedBySignal(j) {
		return
	}
	if background && sh.quietKill(j) {
		return
	}
	last := j.Last()
	sig := last.Status.Signal()
	if sig == syscall.SIGTERM {
		fmt.Fprintln(sh.reportWriter(), jobs.Describe(sig))
	} else {
		core := ""
		if last.Status.CoreDumped() {
			core = "(core dumped) "
		}
		fmt.Fprintf(sh.reportWriter(), "%s: line %d: %5d %-24s%s%s\n", sh.arg0, sh.line, last.Pid, jobs.Describe(sig), core, j.Text)
	}
}

// killedBy tells whether a process of j was killed by sig.
func killedBy(j *jobs.Job, sig syscall.Signal) bool {
	for _, p := range j.Procs {
		if p.Reported && p.Status.Signaled() && p.Status.Signal() == sig {
			return true
		}
	}
	return false
}

// quietKill: a non-interactive shell without job control does not tell
// of a background job killed by SIGTERM, or by a signal it traps; with
// job control it gives the job's notice ("[1]+  Terminated").
func (sh *Shell) quietKill(j *jobs.Job) bool {
	sig := j.Last().Status.Signal()
	action, trapped := sh.traps[jobs.SignalName(sig)]
	return !sh.mode.interactive() && !sh.ctl.JobControl && (sig == syscall.SIGTERM || trapped && action != "")
}

// stopSignal is the signal that stopped the job, for $?: SIGTSTP if any
// member was stopped by it (the key's signal wins over a SIGSTOP some
// member got at the same moment), else the first member's.
func stopSignal(j *jobs.Job) syscall.Signal {
	sig := syscall.Signal(0)
	for _, p := range j.Procs {
		if p.IsStopped() {
			if s := p.Status.StopSignal(); s == syscall.SIGTSTP || sig == 0 {
				sig = s
			}
		}
	}
	if sig == 0 {
		return syscall.SIGTSTP
	}
	return sig
}

// reapSubshellJobs makes sure the background jobs an in-process subshell
// leaves behind are still reaped when they end: a real subshell's children
// would be reparented, ours stay our children.
func (sh *Shell) reapSubshellJobs() {
	sh.ctl.ReapLater()
}
