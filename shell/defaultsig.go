//go:build linux

package shell

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// The Go runtime, unasked, ignores some signals whose default action ends
// a process (SIGUSR1, SIGALRM, the real-time signals...) and answers
// others (SIGABRT) with a goroutine dump. A shell must die of them as any
// program does, with the status a parent can decode, so that
// `kill -USR1 %1` ends a re-executed subshell and `kill -ALRM` a script.
// jobsh puts them back to SIG_DFL itself (sig.Dispatcher.DieByDefault, with
// rt_sigaction), and the kernel does the rest. (It could catch them with
// signal.Notify and re-raise them, but each signal.Notify of a new signal
// is a round trip to the runtime's signal thread: for these 43 signals that
// was a third of the time `jobsh -c true` took.) Go's own handler is kept
// aside, to be put back when a trap takes the signal over. SIGQUIT, which Go would
// answer with a goroutine dump, a shell ignores, as bash does: it is
// caught and dropped (never SIG_IGN, which its children would inherit).
var defaultDeath = func() []syscall.Signal {
	sigs := []syscall.Signal{unix.SIGUSR1, unix.SIGUSR2, unix.SIGALRM, unix.SIGVTALRM,
		unix.SIGIO, unix.SIGPWR, unix.SIGSTKFLT, unix.SIGXCPU, unix.SIGXFSZ,
		unix.SIGABRT, unix.SIGSYS, unix.SIGTRAP}
	for n := 34; n <= 64; n++ {
		sigs = append(sigs, syscall.Signal(n))
	}
	return sigs
}()

// dieOnDefaultSignals sets this up for a shell that does not catch the
// signals itself: the signals above at SIG_DFL, SIGQUIT caught and
// dropped.
func (sh *Shell) dieOnDefaultSignals() {
	sh.shared.signals.DieByDefault(defaultDeath...)
	sh.shared.signals.Drop(unix.SIGQUIT)
}
