//go:build linux

package shell

import (
	"os"
	"os/signal"
	"syscall"
	"unsafe"

	"jobsh/jobs"

	"golang.org/x/sys/unix"
)

// The Go runtime, unasked, ignores some signals whose default action ends
// a process (SIGUSR1, SIGALRM, the real-time signals...) and answers
// others (SIGQUIT, SIGABRT) with a goroutine dump. A shell must die of
// them as any program does, with the status a parent can decode, so that
// `kill -USR1 %1` ends a re-executed subshell and `kill -QUIT` a script.
// jobsh catches them and, on arrival, restores the default action and
// sends the signal to itself again. (Traps take over what they name.
// SIGQUIT, which Go would answer with a goroutine dump, a shell ignores,
// as bash does: it is caught and dropped.)
var defaultDeath = func() []os.Signal {
	sigs := []os.Signal{unix.SIGUSR1, unix.SIGUSR2, unix.SIGALRM, unix.SIGVTALRM,
		unix.SIGIO, unix.SIGPWR, unix.SIGSTKFLT, unix.SIGXCPU, unix.SIGXFSZ,
		unix.SIGABRT, unix.SIGSYS, unix.SIGTRAP}
	for n := 34; n <= 64; n++ {
		sigs = append(sigs, syscall.Signal(n))
	}
	return sigs
}()

var deathCh = make(chan os.Signal, 1)

func isDefaultDeath(sig syscall.Signal) bool {
	for _, s := range defaultDeath {
		if s == sig {
			return true
		}
	}
	return false
}

// dieOnDefaultSignals sets this up for a shell that does not catch the
// signals itself.
func dieOnDefaultSignals() {
	for _, s := range defaultDeath {
		signal.Notify(deathCh, s)
	}
	signal.Notify(make(chan os.Signal, 1), unix.SIGQUIT)
	go func() {
		for s := range deathCh {
			dieBySignal(s.(syscall.Signal))
		}
	}()
}

// dieBySignal ends the process with sig at its default action.
func dieBySignal(sig syscall.Signal) {
	var sa [4]uintptr // struct kernel_sigaction: handler SIG_DFL, flags, restorer, mask
	unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	var set unix.Sigset_t
	jobs.AddSignal(&set, sig)
	unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	unix.Kill(os.Getpid(), sig)
	select {}
}
