//go:build linux

package jobs

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"jobsh/sys/sig"

	"golang.org/x/sys/unix"
)

// Controller starts the processes of jobs, hands them the terminal, and is
// the one place in the shell that waits for children. Every wait4 goes
// through it, so no status is reaped twice or lost.
//
// A shell has one Controller; an in-process subshell (a pipeline stage or
// $(...) run on a copy of the shell) gets its own, without job control, and
// waits only for the pids it started.
type Controller struct {
	// table is the job table. Every use holds mu: the shell reads it
	// while the REPL's signal goroutine (set -b notices), the line
	// editor's completer and the reapers of disowned jobs may too. Others
	// reach it only through the locked methods below.
	table *Table
	// JobControl is set -m: each job gets its own process group and the
	// foreground one gets the terminal.
	JobControl bool
	// TTY is the shell's file descriptor on its controlling terminal, -1
	// for none.
	TTY int
	// ShellPgid is the shell's own process group.
	ShellPgid int
	// ShellModes are the terminal modes the shell wants at its prompt.
	ShellModes *Modes
	// Trace, when not nil, gets one line for each job-control step
	// (set -o jobtrace).
	Trace io.Writer

	// OwnRSS starts programs through the exec trampoline
	// (ownrss_linux.go), so that wait4 reports their own peak memory
	// rather than the shell's: for `time`, which shows it as %M, and in
	// an interactive shell for every job (`jobs -v`, REPORTTIME). It
	// costs a small exec per program (BenchmarkSpawnTrampoline).
	OwnRSS bool

	// ResumeStopped makes the controller resume a child that stops
	// instead of waiting for it to be continued: for the in-process
	// subshells ($(...)) of an interactive shell, whose children share the
	// shell's process group and would otherwise be stopped by Ctrl-Z with
	// no job to show for it. Like the shell itself, they ignore Ctrl-Z.
	ResumeStopped bool

	mu     sync.Mutex // guards table and the jobs in it
	forkMu sync.Mutex // held while a ForkExec is pending
	// member: this jobsh is a re-executed member of a job (StopSelfOnSIGTSTP);
	// it catches SIGTSTP while it forks, so a child stopped before exec
	// must be watched.
	member bool
	// catchTSTP(true) installs Go's handler of SIGTSTP while a member
	// forks, catchTSTP(false) SIG_DFL again (sig.Dispatcher.HoldDefault).
	// caughtTSTP gets what that handler caught; markers gets the SIGWINCH
	// a member sends itself to know that the handler's catches have all
	// reached caughtTSTP (stopIfCaughtTSTP).
	catchTSTP  func(forking bool)
	caughtTSTP <-chan os.Signal
	// marks counts the SIGWINCHs a member has received (markMu, markCond):
	// a goroutine takes each at once, so that the dispatcher, which
	// hands every signal over in turn, never waits on them.
	markMu    sync.Mutex
	markCond  *sync.Cond
	marks     int
	origPgid  int    // the terminal's foreground group before the shell took it
	origModes *Modes // the terminal's modes when the shell started
}

// NewController makes a controller with an empty table and no terminal.
func NewController() *Controller {
	return &Controller{table: NewTable(), TTY: -1, ShellPgid: unix.Getpgrp()}
}

func (c *Controller) tracef(format string, args ...any) {
	if c.Trace != nil {
		fmt.Fprintf(c.Trace, "jobtrace: "+format+"\n", args...)
	}
}

// TakeTerminal does what POSIX (2.11, "Job Control") asks of an
// interactive shell as it starts: wait until it is in the foreground, then
// put itself in its own process group and make that group the terminal's
// foreground group. It must run before the shell catches SIGTTIN.
func (c *Controller) TakeTerminal(tty int) error {
	// Started in the background (say `jobsh -i &`): stop until the parent
	// shell brings us to the foreground. SIGTTIN is still at its default
	// action here, which stops the process. bash does kill(0, SIGTTIN),
	// and in a one-thread program the stop happens exactly on the return
	// from kill. Here a process-directed signal may be taken by any thread,
	// and this one could be stopped a moment later, between its check and
	// its next kill: continued by fg, it would stop itself again on a
	// stale check. A signal sent to this very thread (tgkill, with the
	// goroutine locked to it) is taken on the return from that call, so
	// every check after a stop is fresh.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for {
		fg, err := Foreground(tty)
		if err != nil {
			return err
		}
		if fg == unix.Getpgrp() {
			c.origPgid = fg
			break
		}
		c.tracef("tgkill(%d, %d, SIGTTIN)", unix.Getpid(), unix.Gettid())
		unix.Tgkill(unix.Getpid(), unix.Gettid(), unix.SIGTTIN)
	}
	pid := unix.Getpid()
	if unix.Getpgrp() != pid {
		// A session leader already leads its group and can't move.
		if err := unix.Setpgid(0, 0); err != nil {
			return fmt.Errorf("setpgid: %w", err)
		}
		c.tracef("setpgid(0, 0)")
	}
	c.ShellPgid = pid
	if err := SetForeground(tty, pid); err != nil {
		return fmt.Errorf("tcsetpgrp: %w", err)
	}
	c.tracef("tcsetpgrp(%d, %d)", tty, pid)
	modes, err := GetModes(tty)
	if err != nil {
		return fmt.Errorf("tcgetattr: %w", err)
	}
	c.tracef("tcgetattr(%d) saved the shell's modes", tty)
	orig := *modes
	c.TTY, c.ShellModes, c.origModes, c.JobControl = tty, modes, &orig, true
	return nil
}

// ReleaseTerminal puts back the terminal modes the shell started with and
// gives the terminal to the group that had it then, if that group still
// exists.
func (c *Controller) ReleaseTerminal() {
	if c.TTY >= 0 && c.origModes != nil {
		SetModes(c.TTY, c.origModes)
	}
	if c.TTY < 0 || c.origPgid == 0 || c.origPgid == c.ShellPgid {
		return
	}
	if unix.Kill(-c.origPgid, 0) == nil {
		SetForeground(c.TTY, c.origPgid)
		c.tracef("tcsetpgrp(%d, %d)", c.TTY, c.origPgid)
	}
}

// Command is one process to start.
type Command struct {
	Path string
	Args []string
	Env  []string
	Dir  string
	// Files are the child's file descriptors by number; nil is closed.
	Files []*os.File
	// Text is what `jobs` shows for this process.
	Text string
	// IgnoreInterrupts starts the program with SIGINT and SIGQUIT
	// ignored, as POSIX has an asynchronous list start when job control
	// is off (2.12). It needs the exec trampoline; where there is none
	// the program starts with them at their defaults.
	IgnoreInterrupts bool
}

// NewJob enters a job in the table before its processes start. A
// foreground job takes a job number too, as in bash, so that it keeps it if
// it is stopped.
func (c *Controller) NewJob(text, dir string, foreground bool) *Job {
	j := &Job{Text: text, Dir: dir, Foreground: foreground, Started: time.Now()}
	c.mu.Lock()
	c.table.Add(j)
	c.mu.Unlock()
	return j
}

// Start forks and execs one process of job j.
//
// With job control on, the first process founds the job's process group
// (setpgid(pid, pid)) and, for a foreground job, is given the terminal
// (tcsetpgrp) by the child itself before it execs, so the program never
// runs a moment in the background. Later members join the leader's group.
// Go's fork does both steps in the child (SysProcAttr Setpgid, Foreground)
// with signals blocked, and returns only once exec has happened, so the
// parent needs no second setpgid to close the race a C shell has.
//
// Nothing is reaped here: a leader that already exited is a zombie and
// still holds its group open for the members that follow.
func (c *Controller) Start(j *Job, cmd *Command) (*Process, error) {
	files := make([]uintptr, len(cmd.Files))
	for i, f := range cmd.Files {
		if f == nil {
			files[i] = ^uintptr(0) // closed in the child
		} else {
			files[i] = f.Fd()
		}
	}
	sys := &syscall.SysProcAttr{}
	leader := j.Pgid == 0 && len(j.Procs) == 0
	if c.JobControl {
		sys.Setpgid = true
		if !leader {
			sys.Pgid = j.Pgid
		} else if j.Foreground && c.TTY >= 0 {
			sys.Foreground = true
			sys.Ctty = c.TTY
		}
	}
	attr := &syscall.ProcAttr{Dir: cmd.Dir, Env: cmd.Env, Files: files, Sys: sys}
	own := (c.OwnRSS || cmd.IgnoreInterrupts) && launcher.ready()
	spawn := func() (pid, group int, err error) {
		fellBack := false
		if own {
			pid, group, fellBack, err = launcher.start(cmd.Path, cmd.Args, attr, cmd.IgnoreInterrupts)
			if !fellBack {
				return pid, group, err
			}
			own = false
		}
		pid, err = syscall.ForkExec(cmd.Path, cmd.Args, attr)
		if err == nil && fellBack {
			// The trampoline failed where a direct exec works: this
			// system will not exec a memfd.
			launcher.disable()
		}
		return pid, pid, err
	}
	var pid, group int
	var err error
	if j.Foreground || !c.JobControl {
		pid, group, err = c.forkExec(j, spawn)
	} else {
		// A background job's group gets no keys from the terminal.
		pid, group, err = spawn()
	}
	if err != nil {
		if sys.Foreground {
			// The child may have taken the terminal before its exec
			// failed (a bad ELF file, a missing #! interpreter): its
			// group is gone, and the shell must have the terminal
			// back before it reads again.
			c.takeTerminal(false)
		}
		return nil, err
	}
	p := &Process{Pid: pid, Command: cmd.Text, OwnRSS: own}
	c.mu.Lock()
	if c.JobControl {
		if leader {
			j.Pgid = group
		}
		c.tracef("fork() = %d", pid)
		c.tracef("setpgid(%d, %d)", pid, j.Pgid)
		if sys.Foreground {
			c.tracef("tcsetpgrp(%d, %d)", c.TTY, j.Pgid)
		}
	}
	c.table.AddProcess(j, p)
	c.mu.Unlock()
	return p, nil
}

// forkExec is ForkExec with a guard against a stop that lands between
// fork and exec.
//
// Go's ForkExec returns only once the child has exec'd (it forks with
// CLONE_VFORK, and waits for the exec even without). A child in the
// terminal's foreground group has default signal actions from the moment
// it is forked: a Ctrl-Z that lands before its exec stops it there, and
// ForkExec would wait for it forever; the shell, or a subshell blocked the
// same way, never stops or reports anything. (A C shell has no such
// window: its parent does not wait for the exec.) So while ForkExec is
// pending, a watcher peeks, without reaping (waitid with WNOWAIT), for a
// stopped child in the group the new process joins; it resumes that child
// so the exec can complete. With job control the stop is then delivered
// again to the job, as the user asked.
func (c *Controller) forkExec(j *Job, spawn func() (int, int, error)) (int, int, error) {
	if !c.JobControl && !c.member {
		// No job control, and not a job's member: a stop between fork
		// and exec stops this shell too (same group, default SIGTSTP),
		// and the SIGCONT that resumes it resumes the child. Nothing
		// to watch; a spawn costs one goroutine and ticker less.
		return spawn()
	}
	done, watcherDone := make(chan struct{}), make(chan struct{})
	var resumed []int // written by the watcher, read once it has ended
	// The watcher must not read j: Start sets its pgid once the fork
	// returns.
	jobPgid, foreground := j.Pgid, j.Foreground
	// The members started before this one have exec'd: a stop of theirs
	// (a member that stopped itself, say) is the job's to report, and
	// resuming it would let it run on before the re-stop below.
	started := map[int]bool{}
	for _, pid := range j.Pids() {
		started[pid] = true
	}
	go func() {
		defer close(watcherDone)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			pg := c.watchedGroup(jobPgid, foreground)
			if pg <= 0 {
				continue
			}
			pid := stoppedNewChild(pg, started)
			if pid <= 0 {
				continue
			}
			resumed = append(resumed, pid)
			unix.Kill(pid, unix.SIGCONT)
		}
	}()
	c.forkMu.Lock()
	if c.member {
		c.catchTSTP(true)
	}
	pid, group, err := spawn()
	if c.member {
		c.catchTSTP(false)
		c.stopIfCaughtTSTP()
	}
	c.forkMu.Unlock()
	// Wait for the watcher to end, not just tell it to. The child has
	// exec'd, so a Ctrl-Z now stops it for good; but a watcher still
	// running could see that stop on its last tick and send SIGCONT after
	// the SIGTSTP below that re-stops the job, and the job would run on
	// in the foreground while the user saw ^Z and nothing else.
	close(done)
	<-watcherDone
	if !c.JobControl {
		// Without job control (a subshell that is itself a member of a
		// job) the child just goes on: re-stopping it could come after
		// the job was continued. The rest of the job, the subshell too,
		// did stop.
		return pid, group, err
	}
	for _, p := range resumed {
		c.tracef("kill(%d, SIGTSTP) (a stop that came between fork and exec)", p)
		unix.Kill(p, unix.SIGTSTP)
	}
	if len(resumed) > 0 && err == nil && c.JobControl && j.Foreground {
		// Stop the whole job, the new member too.
		pg := j.Pgid
		if pg == 0 {
			pg = group
		}
		unix.Kill(-pg, unix.SIGTSTP)
	}
	return pid, group, err
}

// StopSelfOnSIGTSTP is for a jobsh that runs as a member of a job (a
// re-executed subshell), which must stop with the rest of the job on
// Ctrl-Z, at once, as a forked bash subshell does.
//
// Most of the time SIGTSTP is left at its default action, and the kernel
// stops the process the moment the key is pressed. Not while a ForkExec is
// pending: Go forks with CLONE_VFORK, and a thread waiting for its child's
// exec cannot stop; if the same Ctrl-Z stopped the child before its exec,
// the process would never stop and the job would hang. So around each
// ForkExec, Go's handler catches SIGTSTP instead (forkExec), the fork
// watcher resumes such a child, and once the fork is done a caught Ctrl-Z
// stops the process (stopIfCaughtTSTP).
func (c *Controller) StopSelfOnSIGTSTP() {
	c.member = true
	tstp, mark := make(chan os.Signal, 1), make(chan os.Signal, 16)
	c.catchTSTP = sig.Process.HoldDefault(tstp)
	c.caughtTSTP = tstp
	c.markCond = sync.NewCond(&c.markMu)
	sig.Process.Subscribe(mark, unix.SIGWINCH)
	go func() {
		for range mark {
			c.markMu.Lock()
			c.marks++
			c.markCond.Broadcast()
			c.markMu.Unlock()
		}
	}()
}

// stopIfCaughtTSTP stops this process, from the goroutine that forked,
// if Go's handler caught a SIGTSTP while the fork was pending. It must be
// this goroutine, before the member goes on: the signal may come from the
// very child just started (sh -c 'kill -TSTP $PPID', which can run before
// the fork returns here), and a stop left to another goroutine came too
// late, after the member had run its next command or exited.
//
// Go hands a caught signal over on its own goroutine, some time after the
// handler ran. To know that every SIGTSTP caught so far has arrived, the
// member sends itself a SIGWINCH (ignored by default, so catching it
// changes nothing a program sees) and waits for it: the runtime queues
// signals in the order they came, and hands those that wait together over
// lowest number first, SIGTSTP (20) before SIGWINCH (28). A real SIGWINCH
// (a resize) arriving just then can only end the wait early, as before.
// Called with forkMu held and SIGTSTP at SIG_DFL.
//
// A SIGTSTP whose handler had begun, but not yet queued it, when the
// marker went through is seen by the next call: after the member's next
// fork, or as it exits (StopIfCaughtTSTP).
func (c *Controller) stopIfCaughtTSTP() {
	if !c.member {
		return
	}
	// Every thread first takes a signal of its own: a thread still in
	// Go's handler of the SIGTSTP has signals blocked, and takes it only
	// once that handler has queued the SIGTSTP. SIGURG, which the runtime
	// handles itself (it is how it preempts goroutines) and never hands
	// over: a SIGWINCH per thread, as this once was, reached the marker
	// count below late, after the count was read, and ended the wait
	// before the SIGTSTP queued after it came through (a CI run saw the
	// member run its next command, then stop).
	waitThreadsTake(unix.SIGURG)
	c.markMu.Lock()
	before := c.marks
	unix.Kill(unix.Getpid(), unix.SIGWINCH)
	for c.marks == before {
		c.markCond.Wait()
	}
	c.markMu.Unlock()
	select {
	case <-c.caughtTSTP:
		c.tracef("SIGTSTP came while forking: tgkill(%d, %d, SIGTSTP)", unix.Getpid(), unix.Gettid())
		stopBySIGTSTP()
	default:
	}
}

// waitThreadsTake sends s to each thread of this process and waits, up to
// 500 ms (a loaded machine may not run a thread for a while), until none has it pending (SigPnd in /proc/self/task/TID/status):
// each has then left whatever signal handler it was in.
func waitThreadsTake(s unix.Signal) {
	pid := unix.Getpid()
	tasks, _ := os.ReadDir("/proc/self/task")
	var tids []int
	for _, t := range tasks {
		if tid, err := strconv.Atoi(t.Name()); err == nil && unix.Tgkill(pid, tid, s) == nil {
			tids = append(tids, tid)
		}
	}
	bit := uint64(1) << (uint(s) - 1)
	deadline := time.Now().Add(500 * time.Millisecond)
	for _, tid := range tids {
		for threadPending(tid)&bit != 0 && time.Now().Before(deadline) {
			time.Sleep(50 * time.Microsecond)
		}
	}
}

// threadPending reads a thread's own pending signals (SigPnd).
func threadPending(tid int) uint64 {
	data, err := os.ReadFile("/proc/self/task/" + strconv.Itoa(tid) + "/status")
	if err != nil {
		return 0
	}
	_, rest, ok := strings.Cut(string(data), "\nSigPnd:\t")
	if !ok {
		return 0
	}
	line, _, _ := strings.Cut(rest, "\n")
	v, _ := strconv.ParseUint(strings.TrimSpace(line), 16, 64)
	return v
}

// StopIfCaughtTSTPNow stops a member whose SIGTSTP, caught while it
// forked, reached caughtTSTP only after the fork's own check: Go's handler
// had begun on another thread, and had not queued it yet, when the
// marker came through. The interpreter asks before each command, so that
// the stop comes before the member does anything more. Cheap: a channel
// check, nothing outside members.
func (c *Controller) StopIfCaughtTSTPNow() {
	if !c.member || len(c.caughtTSTP) == 0 {
		return
	}
	c.forkMu.Lock()
	defer c.forkMu.Unlock()
	select {
	case <-c.caughtTSTP:
		c.tracef("SIGTSTP came while forking: tgkill(%d, %d, SIGTSTP)", unix.Getpid(), unix.Gettid())
		stopBySIGTSTP()
	default:
	}
}

// StopIfCaughtTSTP is stopIfCaughtTSTP for a member about to exit: a
// SIGTSTP caught during its last fork must stop it before it is gone.
func (c *Controller) StopIfCaughtTSTP() {
	c.forkMu.Lock()
	defer c.forkMu.Unlock()
	c.stopIfCaughtTSTP()
}

// stopBySIGTSTP stops this process, SIGTSTP being at its default action
// (no fork is pending), so that its parent's wait4 reports "stopped by
// SIGTSTP" (0x147f): the shell then knows a key stopped the job, and stops
// any member the key missed (WaitForeground). SIGSTOP would stop the
// process just as well but reads as a stop sent by someone else. The
// signal goes to this very thread (tgkill, the goroutine locked to it),
// which stops on its return from the call.
func stopBySIGTSTP() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	unix.Tgkill(unix.Getpid(), unix.Gettid(), unix.SIGTSTP)
}

// watchedGroup is the process group a new member of a job joins (the
// job's, or the terminal's foreground group while the leader forks), whose
// keys can stop it before its exec.
func (c *Controller) watchedGroup(jobPgid int, foreground bool) int {
	switch {
	case !c.JobControl:
		return c.ShellPgid
	case jobPgid != 0:
		return jobPgid
	case foreground && c.TTY >= 0:
		if fg, err := Foreground(c.TTY); err == nil && fg != c.ShellPgid {
			return fg
		}
	}
	return 0
}

// stoppedNewChild finds a stopped child of this process in group pg that
// is not one of the started members: the child being forked, stopped
// before its exec. waitid names one stopped child, the oldest; when that
// is a started member, the children are read from /proc instead.
//
// A stopped child that is not yet in started may also have exec'd and
// stopped since: ForkExec returns some time after the exec, and on a busy
// machine the new program can run, and stop (sh -c 'kill -TSTP $PPID'),
// first. Its stop is the job's; resuming it let it run on while the job
// should be stopped. Only a child that still shares this process's memory
// (vfork, before exec) is the one to resume.
func stoppedNewChild(pg int, started map[int]bool) int {
	var info unix.Siginfo
	err := unix.Waitid(unix.P_PGID, pg, &info, unix.WSTOPPED|unix.WNOHANG|unix.WNOWAIT, nil)
	if err != nil || info.Signo != int32(unix.SIGCHLD) {
		return 0
	}
	if pid := siginfoPid(&info); !started[pid] {
		if beforeExec(pid) {
			return pid
		}
		return 0
	}
	for _, pid := range children() {
		if state, group, ok := procState(pid); ok && !started[pid] && state == 'T' && group == pg && beforeExec(pid) {
			return pid
		}
	}
	return 0
}

// kcmpVM is KCMP_VM of kcmp(2): do two processes share an address space?
const kcmpVM = 1

// beforeExec says whether the child pid is still a vfork child that has
// not exec'd: it shares this process's address space, which kcmp(2)
// compares. Where kcmp is not available, a stopped child is taken to be
// before its exec, as it was before kcmp was asked.
//
// A program started through the exec trampoline is before its exec while
// its image is still the trampoline's (its clone shares the trampoline's
// address space): it can stop there too, once it has unblocked signals,
// and the trampoline and the shell wait for its exec.
func beforeExec(pid int) bool {
	r, _, errno := unix.Syscall6(unix.SYS_KCMP, uintptr(unix.Getpid()), uintptr(pid), kcmpVM, 0, 0, 0)
	if errno != 0 {
		return true
	}
	return r == 0 || inTrampoline(pid)
}

// children lists this process's children, from each thread's
// /proc/self/task/TID/children (a vforked child is its thread's).
func children() []int {
	tasks, _ := os.ReadDir("/proc/self/task")
	var pids []int
	for _, t := range tasks {
		data, _ := os.ReadFile("/proc/self/task/" + t.Name() + "/children")
		for _, f := range strings.Fields(string(data)) {
			if pid, err := strconv.Atoi(f); err == nil {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

// procState reads a process's state letter and process group from
// /proc/PID/stat.
func procState(pid int) (state byte, pgrp int, ok bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	// "pid (comm) state ppid pgrp ...": comm may hold spaces and ')'.
	i := strings.LastIndexByte(string(data), ')')
	f := strings.Fields(string(data[i+1:]))
	if i < 0 || len(f) < 3 {
		return 0, 0, false
	}
	pgrp, err = strconv.Atoi(f[2])
	return f[0][0], pgrp, err == nil
}

// siginfoPid reads si_pid, which x/sys/unix does not name: in Linux's
// siginfo_t for SIGCHLD it follows si_signo, si_errno, si_code and padding.
func siginfoPid(info *unix.Siginfo) int {
	return int(*(*int32)(unsafe.Add(unsafe.Pointer(info), 16)))
}

// ErrNotChild is reported by wait4 (ECHILD) for a pid that is not ours.
var ErrNotChild = errors.New("no such child process")

// wait4 calls wait4(2), retrying when a signal interrupts it.
func wait4(pid, options int) (int, Status, *Rusage, error) {
	var ws unix.WaitStatus
	var ru unix.Rusage
	for {
		wpid, err := unix.Wait4(pid, &ws, options, &ru)
		if err == unix.EINTR {
			continue
		}
		if err == unix.ECHILD {
			return 0, 0, nil, ErrNotChild
		}
		if err != nil || wpid == 0 {
			return wpid, 0, nil, err
		}
		return wpid, Status(ws), convertRusage(&ru), nil
	}
}

// Duration converts a struct timeval, as rusage gives times.
func Duration(t unix.Timeval) time.Duration {
	return time.Duration(t.Sec)*time.Second + time.Duration(t.Usec)*time.Microsecond
}

func convertRusage(ru *unix.Rusage) *Rusage {
	return &Rusage{
		User: Duration(ru.Utime), System: Duration(ru.Stime), MaxRSSKiB: ru.Maxrss,
		MinorFaults: ru.Minflt, MajorFaults: ru.Majflt,
		BlockIn: ru.Inblock, BlockOut: ru.Oublock,
		VoluntarySwitches: ru.Nvcsw, InvoluntarySwitches: ru.Nivcsw,
	}
}

func optionNames(o int) string {
	var n []string
	if o&unix.WNOHANG != 0 {
		n = append(n, "WNOHANG")
	}
	if o&unix.WUNTRACED != 0 {
		n = append(n, "WUNTRACED")
	}
	if o&unix.WCONTINUED != 0 {
		n = append(n, "WCONTINUED")
	}
	if len(n) == 0 {
		return "0"
	}
	return strings.Join(n, "|")
}

// waitTarget is the pid argument for waiting on j: -pgid for any member of
// its process group, or the pid of a member not yet ended when the job
// shares the shell's group.
func waitTarget(j *Job) int {
	if j.Pgid != 0 {
		return -j.Pgid
	}
	for _, p := range j.Procs {
		if !p.Done() {
			return p.Pid
		}
	}
	return 0
}

// record feeds one wait4 result to the table.
func (c *Controller) record(target, options, pid int, st Status, ru *Rusage) *Job {
	c.tracef("wait4(%d, %s) = %d %s (%#x)", target, optionNames(options), pid, st, uint32(st))
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Update(pid, st, ru)
}

// markLost ends the processes of j that wait4 says are not our children
// (they were reaped elsewhere). It should not happen; if it does, the job
// must not be waited for forever.
func (c *Controller) markLost(j *Job) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range j.Procs {
		if !p.Done() {
			c.table.Update(p.Pid, ExitedStatus(127), nil)
		}
	}
}

// WaitForeground waits until the foreground job j has ended or stopped,
// then takes the terminal back for the shell.
//
// wait4(-pgid, WUNTRACED|WCONTINUED) reports any member of the group that
// exits, is killed, stops (WUNTRACED) or is resumed (WCONTINUED); each is
// recorded until no member runs. Without job control the members share the
// shell's group, so each is waited for by its own pid, and a stop is not
// waited for: the shell keeps waiting, as bash does in a script.
func (c *Controller) WaitForeground(j *Job) {
	options := 0
	if c.JobControl {
		options = unix.WUNTRACED | unix.WCONTINUED
	} else if c.ResumeStopped {
		options = unix.WUNTRACED
	}
	defer c.holdTerminal(j).Reclaim()
	spread := false
	for j.State() == Running {
		target := waitTarget(j)
		pid, st, ru, err := wait4(target, options)
		if err != nil {
			c.markLost(j)
			break
		}
		if c.ResumeStopped && st.Stopped() {
			c.tracef("kill(%d, SIGCONT) (Ctrl-Z does not stop a command substitution)", pid)
			unix.Kill(pid, unix.SIGCONT)
			continue
		}
		c.record(target, options, pid, st, ru)
		// A key (Ctrl-Z, Ctrl-C, Ctrl-\) that came while the pipeline was
		// still being started reached only the members that existed then.
		// The job acts as a unit: the rest get the same signal.
		if sig := keySignal(st); sig != 0 && j.Pgid != 0 && !spread && j.State() == Running {
			spread = true
			c.tracef("kill(%d, %s) (to the members started after the key)", -j.Pgid, SignalName(sig))
			unix.Kill(-j.Pgid, sig)
		}
	}
}

// keySignal is the terminal key's signal that stopped or killed a
// process, or 0.
func keySignal(st Status) syscall.Signal {
	switch {
	case st.Stopped() && st.StopSignal() == unix.SIGTSTP:
		return unix.SIGTSTP
	case st.Signaled() && (st.Signal() == unix.SIGINT || st.Signal() == unix.SIGQUIT):
		return st.Signal()
	}
	return 0
}

// Poll collects, without blocking, every status change of every job
// (wait4 with WNOHANG). The shell calls it before each prompt and when
// SIGCHLD arrives. It returns true if anything was recorded.
func (c *Controller) Poll() bool {
	options := unix.WNOHANG
	if c.JobControl {
		options |= unix.WUNTRACED | unix.WCONTINUED
	}
	c.mu.Lock()
	all := c.table.Jobs()
	c.mu.Unlock()
	any := false
	for _, j := range all {
		if j.State() == Done {
			continue
		}
		if j.Pgid != 0 {
			for {
				pid, st, ru, err := wait4(-j.Pgid, options)
				if err != nil || pid <= 0 {
					break
				}
				c.record(-j.Pgid, options, pid, st, ru)
				any = true
			}
			continue
		}
		for _, p := range j.Procs {
			if p.Done() {
				continue
			}
			pid, st, ru, err := wait4(p.Pid, options)
			if err == ErrNotChild {
				c.mu.Lock()
				c.table.Update(p.Pid, ExitedStatus(127), nil)
				c.mu.Unlock()
				continue
			}
			if err != nil || pid <= 0 {
				continue
			}
			c.record(p.Pid, options, pid, st, ru)
			any = true
		}
	}
	return any
}

// Continue resumes a stopped (or running) job: in the foreground, the job's
// saved terminal modes go back first (POSIX 2024 asks this; bash does not),
// then the terminal is handed to its group, then the group gets SIGCONT.
// In the background only SIGCONT is sent, and the current job is chosen
// again by bash's rules (jobs.c: start_job's reset_current): a stopped
// current job stays current, so that fg after bg %1 resumes it.
func (c *Controller) Continue(j *Job, foreground bool) error {
	c.mu.Lock()
	j.Foreground = foreground
	j.Changed = false
	if foreground {
		c.table.SetCurrent(j)
	}
	c.mu.Unlock()
	if !foreground {
		defer func() {
			c.mu.Lock()
			c.table.resetCurrent()
			c.mu.Unlock()
		}()
	}
	if foreground {
		if err := c.giveTerminal(j); err != nil {
			return err
		}
	}
	switch j.State() {
	case Stopped:
		if err := c.signal(j, unix.SIGCONT); err != nil {
			return err
		}
		// Count the members as running now, as bash does, rather than
		// waiting for the WCONTINUED reports.
		c.mu.Lock()
		c.table.Continued(j)
		c.mu.Unlock()
	case Running:
		if foreground {
			// bash sends nothing to a job it believes runs. jobsh
			// sends SIGCONT anyway, harmless to running processes: a
			// job can be stopped without the shell being told. A
			// re-executed subshell that gets SIGSTOP while it forks
			// can't finish stopping (its forking thread waits for the
			// child's exec, and the child is stopped), so the kernel
			// never reports the stop; fg must still resume it.
			c.signal(j, unix.SIGCONT)
		}
	}
	return nil
}

// signal sends sig to the whole job: kill(-pgid) reaches every member of the
// group at once, including the processes the members started.
func (c *Controller) signal(j *Job, sig syscall.Signal) error {
	if j.Pgid != 0 {
		c.tracef("kill(%d, %s)", -j.Pgid, SignalName(sig))
		return unix.Kill(-j.Pgid, sig)
	}
	var first error
	for _, p := range j.Procs {
		if !p.Done() {
			c.tracef("kill(%d, %s)", p.Pid, SignalName(sig))
			if err := unix.Kill(p.Pid, sig); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// Kill sends sig to a job. A stopped job cannot act on most signals until
// it runs, so it also gets SIGCONT (unless the signal is SIGKILL or
// SIGCONT itself), as bash's kill does.
func (c *Controller) Kill(j *Job, sig syscall.Signal) error {
	if err := c.signal(j, sig); err != nil {
		return err
	}
	if sig != unix.SIGKILL && sig != unix.SIGCONT && j.State() == Stopped {
		c.signal(j, unix.SIGCONT)
	}
	if sig == unix.SIGCONT {
		// The job runs from now on, as bash's kill counts it: a `wait`
		// right after `kill -CONT` must wait for it, not see the stop
		// whose WCONTINUED report has not been read yet.
		c.mu.Lock()
		c.table.Continued(j)
		c.mu.Unlock()
	}
	return nil
}

// Snapshot is Table.Snapshot under the controller's lock.
func (c *Controller) Snapshot() Snapshot {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Snapshot()
}

// Len is Table.Len under the controller's lock.
func (c *Controller) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.Len()
}

// Remove forgets a job (after it was reported as done).
func (c *Controller) Remove(j *Job) {
	c.mu.Lock()
	j.Ended = time.Now()
	c.table.Remove(j)
	c.mu.Unlock()
}

// ReapedStatus is Table.ReapedStatus, for wait PID.
func (c *Controller) ReapedStatus(pid int) (Status, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.table.ReapedStatus(pid)
}

// ForgetReaped is Table.ForgetReaped, for wait without operands.
func (c *Controller) ForgetReaped() {
	c.mu.Lock()
	c.table.ForgetReaped()
	c.mu.Unlock()
}

// SetCurrent makes j the current job (%+).
func (c *Controller) SetCurrent(j *Job) {
	c.mu.Lock()
	c.table.SetCurrent(j)
	c.mu.Unlock()
}

// BackgroundStarted chooses the current job once a background job has
// started, as bash's stop_pipeline does (reset_current): a stopped job
// stays current (POSIX: "If there is any suspended job, then the current
// job shall be a suspended job"), else the newest running job, the new
// one, becomes current.
func (c *Controller) BackgroundStarted() {
	c.mu.Lock()
	c.table.resetCurrent()
	c.mu.Unlock()
}

// ReapLater waits, in the background, for every process of the table that
// has not ended: the jobs an in-process subshell leaves behind when it
// finishes, which would otherwise stay zombies.
func (c *Controller) ReapLater() {
	c.mu.Lock()
	all := c.table.Jobs()
	c.mu.Unlock()
	for _, j := range all {
		c.Adopt(j)
	}
}

// Disown removes a job from the table and has its processes reaped
// when they end (the disown builtin).
func (c *Controller) Disown(j *Job) {
	c.mu.Lock()
	c.table.Remove(j)
	c.mu.Unlock()
	c.Adopt(j)
}

// Adopt takes over a job that left the table (disown, or one an
// in-process subshell left behind): each of its processes that has not
// ended is waited for by a goroutine of its own, so none stays a zombie.
func (c *Controller) Adopt(j *Job) {
	for _, p := range j.Procs {
		if p.Done() {
			continue
		}
		go func(pid int) {
			for {
				_, st, _, err := wait4(pid, 0)
				if err != nil || st.Exited() || st.Signaled() {
					return
				}
			}
		}(p.Pid)
	}
}

// Suspend stops the shell itself (the suspend builtin): SIGSTOP to its
// group, as bash does. The parent shell takes the terminal; when it
// continues us, we make sure the terminal is ours again.
func (c *Controller) Suspend() {
	c.tracef("kill(%d, SIGSTOP)", -c.ShellPgid)
	unix.Kill(-c.ShellPgid, unix.SIGSTOP)
	// Continued: the parent shell gave the terminal back, or should have.
	c.takeTerminal(false)
}

// HangUp is what a shell does to its jobs when it exits or its terminal
// goes away: SIGHUP to each job (all, or only the stopped ones), then
// SIGCONT so that a stopped job can act on it. Jobs disowned with -h are
// spared.
func (c *Controller) HangUp(all bool) {
	c.mu.Lock()
	list := c.table.Jobs()
	c.mu.Unlock()
	for _, j := range list {
		if j.NoHangup || j.State() == Done {
			continue
		}
		if !all && j.State() != Stopped {
			continue
		}
		stopped := j.State() == Stopped
		c.signal(j, unix.SIGHUP)
		if stopped {
			c.signal(j, unix.SIGCONT)
		}
	}
}
