package jobs

import (
	"fmt"
	"syscall"
)

// Status is a raw wait status, the int that wait4(2) stores through its
// second argument. The kernel packs three kinds of event into it; the W*
// macros of <sys/wait.h> take it apart, and so do the methods below, written
// out so that the bit layout can be read here rather than looked up:
//
//	exited with code N      0xNN00    low 7 bits 0, code in bits 8-15
//	killed by signal S      0x00SS    low 7 bits S (1-126); bit 7 set if core dumped
//	stopped by signal S     0xSS7f    low byte 0x7f, signal in bits 8-15
//	continued (SIGCONT)     0xffff    only reported with WCONTINUED
type Status uint32

// Exited is WIFEXITED: the process called exit(2) or returned from main.
func (s Status) Exited() bool { return s&0x7f == 0 }

// ExitCode is WEXITSTATUS: the low 8 bits of the value given to exit(2).
func (s Status) ExitCode() int { return int(s>>8) & 0xff }

// Signaled is WIFSIGNALED: the process was killed by a signal. The low seven
// bits hold the signal; 0 means "exited" and 0x7f means "stopped".
func (s Status) Signaled() bool { return s&0x7f != 0 && s&0x7f != 0x7f }

// Signal is WTERMSIG: the signal that killed the process.
func (s Status) Signal() syscall.Signal { return syscall.Signal(s & 0x7f) }

// CoreDumped is WCOREDUMP: bit 7 is set when the kernel wrote a core file
// (or piped one to core_pattern) as the process died.
func (s Status) CoreDumped() bool { return s.Signaled() && s&0x80 != 0 }

// Stopped is WIFSTOPPED: the process was stopped by a signal. wait4 only
// reports this when asked with WUNTRACED (or for a traced child).
func (s Status) Stopped() bool { return s&0xff == 0x7f && s != 0xffff }

// StopSignal is WSTOPSIG: the signal that stopped the process (SIGTSTP for
// Ctrl-Z, SIGSTOP from kill -STOP, SIGTTIN/SIGTTOU for terminal access from
// the background).
func (s Status) StopSignal() syscall.Signal { return syscall.Signal(s>>8) & 0xff }

// Continued is WIFCONTINUED: a stopped process was resumed by SIGCONT. Only
// reported when wait4 is asked with WCONTINUED.
func (s Status) Continued() bool { return s == 0xffff }

// ShellCode is the number a shell stores in $? for this status: the exit
// code, or 128 plus the signal for a process that was killed or stopped.
func (s Status) ShellCode() int {
	switch {
	case s.Exited():
		return s.ExitCode()
	case s.Signaled():
		return 128 + int(s.Signal())
	case s.Stopped():
		return 128 + int(s.StopSignal())
	}
	return 0
}

// Macros spells the status the way a C programmer would test it, for
// learners and for `jobs -v`: "WIFEXITED WEXITSTATUS=42",
// "WIFSIGNALED WTERMSIG=11 (SIGSEGV) WCOREDUMP", "WIFSTOPPED WSTOPSIG=20
// (SIGTSTP)", "WIFCONTINUED".
func (s Status) Macros() string {
	switch {
	case s.Continued():
		return "WIFCONTINUED"
	case s.Exited():
		return fmt.Sprintf("WIFEXITED WEXITSTATUS=%d", s.ExitCode())
	case s.Signaled():
		m := fmt.Sprintf("WIFSIGNALED WTERMSIG=%d (%s)", int(s.Signal()), SignalName(s.Signal()))
		if s.CoreDumped() {
			m += " WCOREDUMP"
		}
		return m
	case s.Stopped():
		return fmt.Sprintf("WIFSTOPPED WSTOPSIG=%d (%s)", int(s.StopSignal()), SignalName(s.StopSignal()))
	}
	return fmt.Sprintf("unknown status %#x", uint32(s))
}

// String is a short decoding used in traces: "exited 0", "killed SIGINT",
// "killed SIGSEGV (core dumped)", "stopped SIGTSTP", "continued".
func (s Status) String() string {
	switch {
	case s.Continued():
		return "continued"
	case s.Exited():
		return fmt.Sprintf("exited %d", s.ExitCode())
	case s.Signaled():
		if s.CoreDumped() {
			return "killed " + SignalName(s.Signal()) + " (core dumped)"
		}
		return "killed " + SignalName(s.Signal())
	case s.Stopped():
		return "stopped " + SignalName(s.StopSignal())
	}
	return fmt.Sprintf("status %#x", uint32(s))
}

// Synthetic statuses, for tests and for the table's unit tests: they are
// built exactly as the kernel builds them.

// ExitedStatus is the status of a process that called exit(code).
func ExitedStatus(code int) Status { return Status(code&0xff) << 8 }

// SignaledStatus is the status of a process killed by sig.
func SignaledStatus(sig syscall.Signal, core bool) Status {
	s := Status(sig & 0x7f)
	if core {
		s |= 0x80
	}
	return s
}

// StoppedStatus is the status of a process stopped by sig.
func StoppedStatus(sig syscall.Signal) Status { return Status(sig&0xff)<<8 | 0x7f }

// ContinuedStatus is the status reported for a process resumed by SIGCONT.
const ContinuedStatus Status = 0xffff
