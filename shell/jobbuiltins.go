package shell

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"jobsh/jobs"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/syntax"
)

// jobList is what the job builtins list and find jobs in: the
// controller's table (each call locked), or a subshell's copy of its
// parent's jobs (a plain jobs.Table, which only the subshell reads).
type jobList interface {
	Jobs() []*jobs.Job
	Find(spec string) (*jobs.Job, error)
	JobOf(pid int) *jobs.Job
	Current() *jobs.Job
	Mark(j *jobs.Job) byte
	Line(j *jobs.Job, f jobs.Format, cwd, home string) string
	Verbose(j *jobs.Job) string
	JSON(list []*jobs.Job) ([]byte, error)
}

// table is the job table the job builtins work on: the shell's own, or in
// a subshell that has none yet, its parent's (so $(jobs) lists the
// shell's jobs, as in bash).
func (sh *Shell) table() jobList {
	if sh.mode.subshell() && sh.parentJobs != nil && sh.ctl.Len() == 0 {
		return sh.parentJobs
	}
	return sh.ctl
}

// findJob resolves a job spec, or the current job for "", with bash's
// messages ("fg: %9: no such job", "fg: current: no such job").
func (sh *Shell) findJob(name, spec string) *jobs.Job {
	t := sh.table()
	if spec == "" {
		if j := t.Current(); j != nil {
			return j
		}
		sh.errorf("%s: current: no such job", name)
		return nil
	}
	if !strings.HasPrefix(spec, "%") {
		// A pid names the job that has it.
		if pid, err := strconv.Atoi(spec); err == nil {
			if j := t.JobOf(pid); j != nil {
				return j
			}
		}
		sh.errorf("%s: %s: no such job", name, spec)
		return nil
	}
	j, err := t.Find(spec)
	if errors.Is(err, jobs.ErrAmbiguous) {
		// bash names the spec without its % here; jobs and disown then
		// also say they found no job (fg, bg, kill do not).
		sh.errorf("%s: %s: %v", name, spec[1:], jobs.ErrAmbiguous)
		if name != "jobs" && name != "disown" {
			return nil
		}
		err = &jobs.SpecError{Spec: spec, Err: jobs.ErrNoSuchJob}
	}
	if err != nil {
		sh.errorf("%s: %v", name, err)
		return nil
	}
	return j
}

func builtinJobs(sh *Shell, args []string) (int, error) {
	asJSON := false
	if len(args) > 0 && args[0] == "--json" {
		asJSON, args = true, args[1:]
	}
	opts, args, ok := sh.options("jobs", args, "lnprsvx")
	if !ok {
		return 2, nil
	}
	if _, ok := opts['x']; ok {
		return sh.jobsExec(args)
	}
	_, verbose := opts['v']
	if !sh.mode.subshell() {
		sh.ctl.Poll()
	}
	t := sh.table()
	format := sh.jobFormat()
	if _, ok := opts['l']; ok {
		format = jobs.FormatLong
	}
	if _, ok := opts['p']; ok {
		format = jobs.FormatPids
	}
	_, onlyChanged := opts['n']
	_, onlyRunning := opts['r']
	_, onlyStopped := opts['s']
	// The pipeline that runs this jobs is a foreground job still being
	// started: it is not listed, as in bash.
	var list []*jobs.Job
	for _, j := range t.Jobs() {
		if !j.Foreground {
			list = append(list, j)
		}
	}
	status := 0
	if len(args) > 0 {
		list = nil
		for _, spec := range args {
			if j := sh.findJob("jobs", spec); j != nil {
				list = append(list, j)
			} else {
				status = 1
			}
		}
	}
	var b strings.Builder
	var shown []*jobs.Job
	for _, j := range list {
		state := j.State()
		if onlyRunning && state != jobs.Running || onlyStopped && state != jobs.Stopped || onlyChanged && !j.Changed {
			continue
		}
		shown = append(shown, j)
		switch {
		case asJSON:
		case verbose:
			b.WriteString(t.Verbose(j))
		default:
			b.WriteString(t.Line(j, format, sh.cwd, sh.Get("HOME").String()))
		}
		if sh.mode.subshell() {
			continue
		}
		// Listing a job tells the user of its change: it is not
		// announced again, and an ended one leaves the table.
		sh.ctl.Seen(j)
		if state == jobs.Done && format != jobs.FormatPids {
			sh.ctl.Remove(j)
		}
	}
	if asJSON {
		data, err := t.JSON(shown)
		if err != nil {
			sh.errorf("jobs: %v", err)
			return 1, nil
		}
		b.Write(data)
		b.WriteByte('\n')
	} else if verbose && len(args) == 0 && sh.lastFg != nil && !sh.mode.subshell() {
		// The last foreground job, gone from the table, decoded too.
		last := *sh.lastFg
		last.ID = 0
		b.WriteString(t.Verbose(&last))
	}
	if st, _ := sh.write("jobs", b.String()); st != 0 {
		return st, nil
	}
	return status, nil
}

// needJobControl refuses fg and bg where there is no job control.
func (sh *Shell) needJobControl(name string) bool {
	if !sh.ctl.JobControl {
		sh.errorf("%s: no job control", name)
		return false
	}
	return true
}

func builtinFg(sh *Shell, args []string) (int, error) {
	if !sh.needJobControl("fg") {
		return 1, nil
	}
	spec := ""
	if len(args) > 0 {
		spec = args[0]
	}
	j := sh.findJob("fg", spec)
	if j == nil {
		return 1, nil
	}
	if j.State() == jobs.Done {
		sh.errorf("fg: job has terminated")
		sh.ctl.Remove(j)
		return 1, nil
	}
	sh.write("fg", j.Text+"\n")
	if err := sh.ctl.Continue(j, true); err != nil {
		sh.errorf("fg: %v", err)
		return 1, nil
	}
	err := sh.waitJob(j, nil)
	return sh.status, err
}

func builtinBg(sh *Shell, args []string) (int, error) {
	if !sh.needJobControl("bg") {
		return 1, nil
	}
	if len(args) == 0 {
		args = []string{""}
	}
	status := 0
	for _, spec := range args {
		j := sh.findJob("bg", spec)
		if j == nil {
			status = 1
			continue
		}
		switch j.State() {
		case jobs.Running:
			// POSIX: bg on a job that runs has nothing to do, and is
			// no error; bash warns.
			if !sh.posix() {
				sh.errorf("bg: job %d already in background", j.ID)
			}
			continue
		case jobs.Done:
			sh.errorf("bg: job has terminated")
			status = 1
			continue
		}
		if err := sh.ctl.Continue(j, false); err != nil {
			sh.errorf("bg: %v", err)
			status = 1
			continue
		}
		if sh.posix() {
			// POSIX: "[%d] %s\n", <job-number>, <command>, as bash's
			// posix mode writes it (with its " &").
			sh.write("bg", fmt.Sprintf("[%d] %s &\n", j.ID, j.Text))
			continue
		}
		sh.write("bg", fmt.Sprintf("[%d]%c %s &\n", j.ID, sh.ctl.Mark(j), j.Text))
	}
	return status, nil
}

// jobStatus is the status wait returns for a job: its last process's, or
// 128+signal for one that is stopped.
func jobStatus(j *jobs.Job) int {
	if j.State() == jobs.Stopped {
		return 128 + int(stopSignal(j))
	}
	if last := j.Last(); last != nil && last.Reported {
		return last.Status.ShellCode()
	}
	return 0
}

// jobsExec is jobs -x command [args]: each job spec among the words
// becomes the job's process group id, and the command runs.
func (sh *Shell) jobsExec(args []string) (int, error) {
	if len(args) == 0 {
		return sh.usage("jobs", "-x")
	}
	words := append([]string(nil), args...)
	for i, a := range words {
		if !strings.HasPrefix(a, "%") {
			continue
		}
		j := sh.findJob("jobs", a)
		if j == nil {
			return 1, nil
		}
		pgid := j.Pgid
		if pgid == 0 && len(j.Procs) > 0 {
			pgid = j.Procs[0].Pid
		}
		words[i] = strconv.Itoa(pgid)
	}
	err := sh.runFields(&syntax.Stmt{Cmd: &syntax.CallExpr{Args: litWords(words)}}, words, nil)
	return sh.status, err
}

// waitFor blocks until j is no longer running (with force, until it has
// ended). It returns false when SIGINT or a trapped signal interrupted the
// wait: the job is left alone.
func (sh *Shell) waitFor(j *jobs.Job, force bool) bool {
	// wait -f waits through stops, until the job ends.
	return sh.waitUntil(func() bool {
		return !(j.State() == jobs.Running || force && j.State() == jobs.Stopped)
	})
}

// waitUntil is the shell's one interruptible wait for its background
// children (dash's waitproc): the wait builtin in all its forms uses it.
// It reaps with Poll (WNOHANG) and sleeps until SIGCHLD, Ctrl-C or a
// trapped signal, until done says the wait is over. It returns false when
// Ctrl-C or a trapped signal interrupted it; $? is then trapStatus.
//
// It never blocks in wait4, so that a signal can always end it: POSIX
// asks that a trapped signal interrupt wait at once, its action run, and
// wait return 128 plus the signal.
// waitProcSubst waits for the last process substitution to end, as
// bash's wait without operands does; false if a signal interrupted it.
func (sh *Shell) waitProcSubst() bool {
	done := sh.lastProcSubst
	if done == nil {
		return true
	}
	for {
		select {
		case <-done:
			return true
		case <-sh.sigint:
			sh.shared.interrupted.Store(true)
			return false
		case <-sh.trapWake():
			if sh.trapPending() {
				return false
			}
		}
	}
}

func (sh *Shell) waitUntil(done func() bool) bool {
	ch := sh.shared.childSignals.subscribe()
	defer sh.shared.childSignals.unsubscribe(ch)
	for !done() {
		if sh.ctl.Poll() {
			continue
		}
		select {
		case <-ch:
		case <-sh.sigint:
			sh.shared.interrupted.Store(true)
			return false
		case <-sh.trapWake():
			if sh.trapPending() {
				return false
			}
			// A wake left from a signal whose action already ran.
		}
	}
	// A trapped signal that came while we waited interrupts the wait even
	// if the job ended at the same moment (the job sent it and exited, say):
	// bash sees the signal first, and so must we. But here the signal may
	// still be on its way from the kernel through the Go runtime's signal
	// goroutine to the trap queue when wait4 reports the exit, so a shell
	// with trapped signals gives it a moment (at most 3 ms) to arrive.
	if t := sh.trapSt; t != nil && !sh.trapPending() && t.catchesAny() {
		for deadline := time.Now().Add(3 * time.Millisecond); !sh.trapPending() && time.Now().Before(deadline); {
			time.Sleep(100 * time.Microsecond)
		}
	}
	return !sh.trapPending()
}

// waitInterrupted says, without blocking, whether Ctrl-C or a trapped
// signal came to end a wait that can't select on them (waitpid).
func (sh *Shell) waitInterrupted() bool {
	select {
	case <-sh.sigint:
		sh.shared.interrupted.Store(true)
		return true
	default:
	}
	return sh.trapPending() || sh.shared.interrupted.Load()
}

// trapPending says whether a trapped signal is waiting for its action.
func (sh *Shell) trapPending() bool {
	if sh.trapSt == nil {
		return false
	}
	sh.trapSt.mu.Lock()
	defer sh.trapSt.mu.Unlock()
	return len(sh.trapSt.pending) > 0
}

// trapStatus is what an interrupted wait returns: 128 plus the signal
// that a trap caught, or 130 for Ctrl-C.
func (sh *Shell) trapStatus() int {
	if sh.trapSt != nil {
		sh.trapSt.mu.Lock()
		defer sh.trapSt.mu.Unlock()
		if n := len(sh.trapSt.pending); n > 0 {
			return 128 + int(sh.trapSt.pending[n-1])
		}
	}
	return 130
}

// trapWake is the channel that a trapped signal wakes; nil (never
// ready) when no trap is set.
func (sh *Shell) trapWake() chan struct{} {
	if sh.trapSt == nil {
		return nil
	}
	return sh.trapSt.wake
}

func builtinWait(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("wait", args, "fnp:")
	if !ok {
		return 2, nil
	}
	_, next := opts['n']
	_, force := opts['f']
	pvar, hasP := opts['p']
	t := sh.ctl
	report := func(j *jobs.Job, pid int) int {
		code := jobStatus(j)
		if hasP {
			sh.setVar(pvar, strconv.Itoa(pid), false)
		}
		sh.forgetWaited(j)
		return code
	}
	if next {
		var cands []*jobs.Job
		if len(args) == 0 {
			cands = t.Jobs()
		}
		for _, a := range args {
			if j := sh.waitTarget(a); j != nil {
				cands = append(cands, j)
			}
		}
		// wait -n: until one of them has ended, or none can any more.
		var ended *jobs.Job
		over := func() bool {
			running := false
			for _, j := range cands {
				if j.State() == jobs.Done {
					ended = j
					return true
				}
				running = running || j.State() == jobs.Running
			}
			return !running
		}
		if !sh.waitUntil(over) {
			return sh.trapStatus(), nil
		}
		if ended == nil {
			return 127, nil
		}
		return report(ended, ended.Last().Pid), nil
	}
	if len(args) == 0 {
		for _, j := range t.Jobs() {
			if !sh.waitFor(j, force) {
				return sh.trapStatus(), nil
			}
			sh.forgetWaited(j)
		}
		t.ForgetReaped()
		if !sh.waitProcSubst() {
			return sh.trapStatus(), nil
		}
		return 0, nil
	}
	status := 0
	for _, a := range args {
		if pid, err := strconv.Atoi(a); err == nil && t.JobOf(pid) == nil && !sh.posix() {
			// A background process whose job already left the table
			// (its notice was given): its kept status, as in bash.
			// POSIX has a pid reported or waited for forgotten.
			if st, ok := t.ReapedStatus(pid); ok {
				if hasP {
					sh.setVar(pvar, a, false)
				}
				status = st.ShellCode()
				continue
			}
		}
		j := sh.waitTarget(a)
		if j == nil {
			// As in bash: 127 for a job or pid that is not there, 1
			// for an operand that is neither.
			status = 127
			if _, err := strconv.Atoi(a); err != nil && !strings.HasPrefix(a, "%") {
				status = 1
			}
			continue
		}
		if !sh.waitFor(j, force) {
			return sh.trapStatus(), nil
		}
		pid := j.Last().Pid
		if p, err := strconv.Atoi(a); err == nil {
			pid = p
		}
		status = report(j, pid)
	}
	return status, nil
}

// forgetWaited removes a job that wait saw end, after saying how it
// ended as bash does: an interactive shell with the job's notice ("[2]+
// Exit 7  ..."); a script with job control on only if a signal killed
// it, with the same notice; one without, as reportKilled words it.
func (sh *Shell) forgetWaited(j *jobs.Job) {
	if j.State() != jobs.Done {
		return
	}
	switch {
	case sh.posixQuietJobs():
	case sh.mode.interactive() || sh.ctl.JobControl:
		// bash tells then of every job that changed, this one with
		// the rest, in job order; a script with set -m too.
		sh.ctl.MarkChanged(j)
		sh.notify()
	case !sh.ctl.JobControl:
		sh.reportKilled(j, true)
	}
	sh.ctl.Remove(j)
}

// killedBySignal: the job's last process was killed by a signal that
// bash reports (not SIGINT, not SIGPIPE).
func killedBySignal(j *jobs.Job) bool {
	last := j.Last()
	if last == nil || !last.Reported || !last.Status.Signaled() {
		return false
	}
	sig := last.Status.Signal()
	return sig != syscall.SIGINT && sig != syscall.SIGPIPE
}

// waitTarget resolves wait's operand: a pid of one of our jobs or a job
// spec; anything else is reported with bash's words.
//
// POSIX: an unknown pid is treated as one that exited with 127, with no
// message; in POSIX mode so is an unknown job.
func (sh *Shell) waitTarget(a string) *jobs.Job {
	if strings.HasPrefix(a, "%") {
		j, err := sh.ctl.Find(a)
		if err != nil {
			switch {
			case sh.posix():
			case errors.Is(err, jobs.ErrAmbiguous):
				sh.errorf("wait: %s: %v", a[1:], jobs.ErrAmbiguous) // without its %, as bash
			default:
				sh.errorf("wait: %v", err)
			}
			return nil
		}
		return j
	}
	pid, err := strconv.Atoi(a)
	if err != nil {
		sh.errorf("wait: `%s': not a pid or valid job spec", a)
		return nil
	}
	if j := sh.ctl.JobOf(pid); j != nil {
		return j
	}
	if !sh.posix() {
		sh.errorf("wait: pid %d is not a child of this shell", pid)
	}
	return nil
}

func builtinKill(sh *Shell, args []string) (int, error) {
	if len(args) == 0 {
		fmt.Fprintf(sh.stderr(), "kill: usage: %s\n", synopsis("kill"))
		return 2, nil
	}
	sig := syscall.SIGTERM
	switch a := args[0]; {
	case a == "-l" || a == "-L":
		rest := args[1:]
		if len(rest) > 0 && rest[0] == "--" {
			rest = rest[1:]
		}
		if len(rest) == 0 && sh.posix() {
			return sh.killNames()
		}
		return sh.killList(rest)
	case a == "-s" || a == "-n":
		if len(args) < 2 {
			sh.errorf("kill: %s: option requires an argument", a)
			return 2, nil
		}
		s, ok := jobs.ParseSignal(args[1])
		if !ok {
			sh.errorf("kill: %s: invalid signal specification", args[1])
			return 1, nil
		}
		sig, args = s, args[2:]
	case a == "--":
		args = args[1:]
	case len(a) > 1 && a[0] == '-':
		s, ok := jobs.ParseSignal(a[1:])
		if !ok {
			sh.errorf("kill: %s: invalid signal specification", a[1:])
			return 1, nil
		}
		sig, args = s, args[1:]
	}
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintf(sh.stderr(), "kill: usage: %s\n", synopsis("kill"))
		return 2, nil
	}
	status := 0
	for _, a := range args {
		if strings.HasPrefix(a, "%") {
			j := sh.findJob("kill", a)
			if j == nil {
				status = 1
				continue
			}
			if err := sh.ctl.Kill(j, sig); err != nil {
				sh.errorf("kill: (%d) - %s", j.Pgid, errnoText(err))
				status = 1
			}
			continue
		}
		pid, err := strconv.Atoi(a)
		if err != nil {
			sh.errorf("kill: %s: arguments must be process or job IDs", a)
			status = 1
			continue
		}
		if t := sh.processTraps(); pid == os.Getpid() && t != nil && t.queueIfCaught(sig) {
			// A trapped signal to the shell's own process is queued at
			// once, so its action runs right after this command, as in
			// bash, or interrupts the wait for the subshell sending it.
			continue
		}
		if t := sh.processTraps(); (pid == 0 || pid == -unix.Getpgrp()) && t != nil && t.isCaught(sig) {
			// The shell's own group, with a trapped signal: the others
			// get it from kill(2), and the shell waits until the
			// runtime has handed its own copy to the trap, so that the
			// action runs right after this command.
			n := t.arrivals(sig)
			if err := unix.Kill(pid, sig); err != nil {
				sh.errorf("kill: (%d) - %s", pid, errnoText(err))
				status = 1
				continue
			}
			t.awaitArrival(sig, n, time.Second)
			continue
		}
		if sh.killsSelf(pid, sig) {
			// The shell is one of the targets, and the signal's default
			// action ends it: it dies now, as a C shell does on the
			// return from kill(2), not later on another thread (Go
			// takes a signal sent to the process on any of its threads,
			// and answers SIGSEGV or SIGPIPE from kill(2) its own way).
			sh.shared.signals.DieBy(pid, sig)
		}
		if err := unix.Kill(pid, sig); err != nil {
			sh.errorf("kill: (%d) - %s", pid, errnoText(err))
			status = 1
		}
	}
	return status, nil
}

// killsSelf says whether kill(pid, sig) would end the shell itself: the
// shell's process is a target ($$, 0 for its process group, -PGID), and
// sig is left at its default action, which ends a process. An interactive
// shell's own signals (SIGINT, SIGTERM...), trapped and ignored ones, and
// SIGQUIT, which bash always ignores, are not.
func (sh *Shell) killsSelf(pid int, sig syscall.Signal) bool {
	if pid != os.Getpid() && pid != 0 && pid != -unix.Getpgrp() {
		return false
	}
	if _, trapped := sh.traps[jobs.SignalName(sig)]; trapped || sig == syscall.SIGQUIT {
		return false
	}
	if sh.mode.interactive() && slices.Contains(caughtByREPL, sig) {
		return false
	}
	switch sig {
	case 0, syscall.SIGCHLD, syscall.SIGCONT, syscall.SIGSTOP, syscall.SIGTSTP, syscall.SIGTTIN,
		syscall.SIGTTOU, syscall.SIGURG, syscall.SIGWINCH:
		return false
	}
	return true
}

// killList is kill -l: every signal in bash's layout, or the name of each
// number (an exit status above 128 names its signal) and the number of each
// name.
// killNames is kill -l in POSIX mode: the names alone, without SIG, on one
// line ("%s%c", <signal_name>, <separator>), as bash's posix mode writes
// them.
func (sh *Shell) killNames() (int, error) {
	var names []string
	for _, s := range jobs.Signals() {
		names = append(names, jobs.ShortSignalName(s))
	}
	return sh.write("kill", strings.Join(names, " ")+"\n")
}

func (sh *Shell) killList(args []string) (int, error) {
	var b strings.Builder
	if len(args) == 0 {
		for i, s := range jobs.Signals() {
			fmt.Fprintf(&b, "%2d) %s", int(s), jobs.SignalName(s))
			if (i+1)%5 == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteByte('\t')
			}
		}
		if len(jobs.Signals())%5 != 0 {
			b.WriteByte('\n')
		}
		return sh.write("kill", b.String())
	}
	status := 0
	// Each answer is written at once, as bash does, so that with 2>&1
	// the messages fall between them in the same places.
	say := func(v any) { sh.write("kill", fmt.Sprintln(v)) }
	for _, a := range args {
		// A number as bash's legal_number reads it: blanks around, a sign.
		if n, err := strconv.ParseInt(strings.TrimSpace(a), 10, 64); err == nil {
			if n > 128 {
				n -= 128
			}
			switch {
			case n == 0:
				say("EXIT")
				continue
			case n == 32 || n == 33:
				// glibc's own real-time signals: bash has no name for
				// them and prints nothing.
				continue
			case n > 0 && n < 65:
				if name := jobs.ShortSignalName(syscall.Signal(n)); name != strconv.Itoa(int(n)) {
					say(name)
					continue
				}
			}
		} else if n, ok := pseudoSignals[strings.ToUpper(a)]; ok {
			say(n)
			continue
		} else if s, ok := jobs.ParseSignal(a); ok {
			say(int(s))
			continue
		}
		sh.errorf("kill: %s: invalid signal specification", a)
		status = 1
	}
	return status, nil
}

// pseudoSignals are the trap names bash's kill -l numbers after the real
// signals (its BASH_NSIG): EXIT is 0, DEBUG, ERR and RETURN come after 64.
var pseudoSignals = map[string]int{"EXIT": 0, "DEBUG": 65, "ERR": 66, "RETURN": 67}

func builtinDisown(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("disown", args, "ahr")
	if !ok {
		return 2, nil
	}
	_, all := opts['a']
	_, keep := opts['h']
	_, running := opts['r']
	var list []*jobs.Job
	switch {
	case all || running && len(args) == 0:
		for _, j := range sh.ctl.Jobs() {
			if !running || j.State() == jobs.Running {
				list = append(list, j)
			}
		}
	case len(args) == 0:
		if j := sh.findJob("disown", ""); j != nil {
			list = append(list, j)
		} else {
			return 1, nil
		}
	}
	status := 0
	for _, spec := range args {
		if j := sh.findJob("disown", spec); j != nil {
			list = append(list, j)
		} else {
			status = 1
		}
	}
	for _, j := range list {
		if keep {
			j.NoHangup = true
			continue
		}
		if j.State() == jobs.Stopped {
			// bash's delete_job: nothing will ever continue it now
			// but a kill from outside.
			sh.errorf("warning: deleting stopped job %d with process group %d", j.ID, j.Pgid)
		}
		// A disowned job leaves the table; its processes are still
		// reaped when they end.
		sh.ctl.Disown(j)
	}
	return status, nil
}

func builtinSuspend(sh *Shell, args []string) (int, error) {
	opts, _, ok := sh.options("suspend", args, "f")
	if !ok {
		return 2, nil
	}
	_, force := opts['f']
	if sh.login && !force {
		sh.errorf("suspend: cannot suspend a login shell")
		return 1, nil
	}
	if !sh.ctl.JobControl {
		sh.errorf("suspend: cannot suspend: no job control")
		return 1, nil
	}
	sh.ctl.Suspend()
	return 0, nil
}
