//go:build linux

package shell

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"jobsh/jobs"

	"golang.org/x/sys/unix"
)

// The Go runtime, unasked, ignores some signals whose default action ends
// a process (SIGUSR1, SIGALRM, the real-time signals...) and answers
// others (SIGABRT) with a goroutine dump. A shell must die of them as any
// program does, with the status a parent can decode, so that
// `kill -USR1 %1` ends a re-executed subshell and `kill -ALRM` a script.
// jobsh puts them back to SIG_DFL itself, with rt_sigaction, and the
// kernel does the rest. (It could catch them with signal.Notify and
// re-raise them, but each signal.Notify of a new signal is a round trip
// to the runtime's signal thread: for these 43 signals that was a third
// of the time `jobsh -c true` took.) Go's own handler is kept aside, to
// be put back when a trap takes the signal over. SIGQUIT, which Go would
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

func isDefaultDeath(sig syscall.Signal) bool {
	for _, s := range defaultDeath {
		if s == sig {
			return true
		}
	}
	return false
}

// goActions are the Go runtime's handlers of the signals set to SIG_DFL,
// kept to be put back when a trap takes a signal over.
type goActions struct {
	mu sync.Mutex
	m  map[syscall.Signal]jobs.Sigaction
}

// setDefault puts sig at SIG_DFL, keeping Go's handler aside.
func (g *goActions) setDefault(sig syscall.Signal) {
	g.mu.Lock()
	defer g.mu.Unlock()
	old := jobs.SetSigaction(sig, &jobs.Sigaction{Handler: jobs.SigDefault})
	if _, kept := g.m[sig]; !kept && old.Handler != jobs.SigDefault && old.Handler != jobs.SigIgnore {
		if g.m == nil {
			g.m = map[syscall.Signal]jobs.Sigaction{}
		}
		g.m[sig] = old
	}
}

// restore gives sig back to the Go runtime's handler, before
// signal.Notify or signal.Ignore take it over for a trap.
func (g *goActions) restore(sig syscall.Signal) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if act, ok := g.m[sig]; ok {
		jobs.SetSigaction(sig, &act)
	}
}

// dieOnDefaultSignals sets this up for a shell that does not catch the
// signals itself.
func (sh *Shell) dieOnDefaultSignals() {
	for _, s := range defaultDeath {
		sh.shared.goActions.setDefault(s)
	}
	signal.Notify(make(chan os.Signal, 1), unix.SIGQUIT)
}

// dieBySignal sends sig to target, which includes this process ($$, 0,
// -PGID), and ends the process by it. The default action is put back
// before the signal is sent: whichever thread the kernel picks, the
// process dies of it, and the Go runtime never sees it (it would answer a
// SIGSEGV from kill(2) with a crash report, a SIGPIPE not at all).
func dieBySignal(target int, sig syscall.Signal) {
	jobs.SetSigaction(sig, &jobs.Sigaction{Handler: jobs.SigDefault})
	var set unix.Sigset_t
	jobs.AddSignal(&set, sig)
	unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	unix.Kill(target, sig)
	select {}
}
