//go:build linux

// Package sig is jobsh's single signal handler. By keeping every change
// of a signal's disposition in one place (fish calls its signal.rs "the
// single signal handler" for the same reason), the shell can never
// install the wrong one: the traps, the interactive shell, the waits
// that wake on SIGCHLD and a job's re-executed member each say what they
// want, and the Dispatcher works out what the process does.
//
// It is the only caller of os/signal's Notify, Ignore and Reset, and of
// the raw rt_sigaction (SetSigaction) that puts a signal back at SIG_DFL
// while the Go runtime has handled it.
package sig

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Dispatcher decides each signal's disposition for the whole process
// from what its users asked for, in this order:
//
//  1. ignored (trap ” SIG): SIG_IGN, which the commands the shell starts
//     inherit, as POSIX asks of trap;
//  2. caught, when anyone subscribed to it or asked for it to be dropped:
//     the Go runtime's handler, and each arrival is sent to every
//     subscriber's channel;
//  3. else the default: Go's own default for the signals Go handles (it
//     ends the program on SIGTERM, SIGHUP, SIGINT the same way the kernel
//     would), SIG_DFL for those set with DieByDefault, which Go would
//     otherwise ignore or answer with a goroutine dump.
//
// Its methods are safe for concurrent use (mu guards everything).
type Dispatcher struct {
	mu      sync.Mutex
	subs    map[syscall.Signal][]chan<- os.Signal
	ignored map[syscall.Signal]bool
	dropped map[syscall.Signal]bool
	dfl     map[syscall.Signal]bool      // DieByDefault: SIG_DFL when not caught
	goActs  map[syscall.Signal]Sigaction // Go's handlers, kept while SIG_DFL is in place
	applied map[syscall.Signal]disposition
	in      chan os.Signal // the one channel given to signal.Notify
}

// disposition is what apply last did with a signal.
type disposition uint8

const (
	goDefault disposition = iota // untouched: the Go runtime's own handling
	ignored
	caught
	sigDefault // SIG_DFL
)

// Process is the dispatcher of this process: there is one set of signal
// dispositions per process, so there is one Dispatcher.
var Process = &Dispatcher{
	subs:    map[syscall.Signal][]chan<- os.Signal{},
	ignored: map[syscall.Signal]bool{},
	dropped: map[syscall.Signal]bool{},
	dfl:     map[syscall.Signal]bool{},
	goActs:  map[syscall.Signal]Sigaction{},
	applied: map[syscall.Signal]disposition{},
}

// Subscribe has each arrival of the signals sent to ch, until the
// returned function is called. A send blocks until ch takes it, so ch
// should be buffered and read by a goroutine that does little else.
func (d *Dispatcher) Subscribe(ch chan<- os.Signal, sigs ...syscall.Signal) (unsubscribe func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, s := range sigs {
		d.subs[s] = append(d.subs[s], ch)
		d.apply(s)
	}
	return func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		for _, s := range sigs {
			list := d.subs[s]
			for i, c := range list {
				if c == ch {
					d.subs[s] = append(list[:i:i], list[i+1:]...)
					break
				}
			}
			d.apply(s)
		}
	}
}

// SetIgnored makes the process ignore s (trap ” s), or stops doing so.
func (d *Dispatcher) SetIgnored(s syscall.Signal, on bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.ignored[s] = on
	d.apply(s)
}

// Ignores tells whether the process ignores s, as the commands it
// starts then do too.
func (d *Dispatcher) Ignores(s syscall.Signal) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.applied[s] == ignored
}

// IgnoredOnEntry tells whether the process started with s ignored. Go's
// runtime keeps an inherited SIG_IGN only for SIGHUP and SIGINT (it puts
// its own handler on the others before main runs, and so hides how they
// were inherited): for any other signal the answer is false. Ask before
// anything subscribes to s.
func IgnoredOnEntry(s syscall.Signal) bool {
	return (s == syscall.SIGHUP || s == syscall.SIGINT) && signal.Ignored(s)
}

// Drop has s caught and thrown away when nobody subscribes to it: never
// ignored, since an ignored signal stays ignored in every program the
// shell starts (bash's SIGQUIT).
func (d *Dispatcher) Drop(sigs ...syscall.Signal) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, s := range sigs {
		d.dropped[s] = true
		d.apply(s)
	}
}

// DieByDefault puts the signals at SIG_DFL whenever they are not caught
// or ignored. The Go runtime, unasked, ignores some signals whose default
// action ends a process (SIGUSR1, SIGALRM, the real-time signals...) and
// answers others (SIGABRT) with a goroutine dump; a shell must die of
// them as any program does, with the status its parent decodes.
func (d *Dispatcher) DieByDefault(sigs ...syscall.Signal) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, s := range sigs {
		d.dfl[s] = true
		d.apply(s)
	}
}

// apply makes the process's disposition of s what the rules above say,
// with as few calls into the runtime as it can: signal.Notify and Reset
// each cost a round trip to the runtime's signal thread, and the shell
// sets 43 signals at start-up. Called with mu held.
func (d *Dispatcher) apply(s syscall.Signal) {
	want := goDefault
	switch {
	case d.ignored[s]:
		want = ignored
	case len(d.subs[s]) > 0 || d.dropped[s]:
		want = caught
	case d.dfl[s]:
		want = sigDefault
	}
	prev := d.applied[s]
	if want == prev {
		return
	}
	switch prev {
	case sigDefault:
		// os/signal believes its handler is in place: put it back first.
		d.giveBackToGo(s)
	case ignored, caught:
		signal.Reset(s)
	}
	switch want {
	case ignored:
		signal.Ignore(s)
	case caught:
		if d.in == nil {
			d.in = make(chan os.Signal, 64)
			go d.fanOut()
		}
		signal.Notify(d.in, s)
	case sigDefault:
		d.setDefault(s)
	}
	d.applied[s] = want
}

// setDefault puts s at SIG_DFL, keeping Go's handler aside.
func (d *Dispatcher) setDefault(s syscall.Signal) {
	old := SetSigaction(s, &Sigaction{Handler: SigDefault})
	if _, kept := d.goActs[s]; !kept && old.Handler != SigDefault && old.Handler != SigIgnore {
		d.goActs[s] = old
	}
}

// giveBackToGo puts Go's handler back on a signal set to SIG_DFL.
func (d *Dispatcher) giveBackToGo(s syscall.Signal) {
	if act, ok := d.goActs[s]; ok {
		SetSigaction(s, &act)
	}
}

// fanOut hands each caught signal to its subscribers; one with none (a
// dropped signal, or one just unsubscribed) is thrown away.
func (d *Dispatcher) fanOut() {
	for s := range d.in {
		sig := s.(syscall.Signal)
		d.mu.Lock()
		subs := append([]chan<- os.Signal(nil), d.subs[sig]...)
		d.mu.Unlock()
		for _, ch := range subs {
			ch <- s
		}
	}
}

// HoldDefault is for a job's re-executed member, which must stop the
// moment Ctrl-Z is pressed, yet catch SIGTSTP while it forks (see
// jobs.Controller.StopSelfOnSIGTSTP). It subscribes ch to SIGTSTP, which
// installs Go's handler, then puts SIGTSTP at SIG_DFL behind os/signal's
// back. catchWhile(true) puts Go's handler in place, catchWhile(false)
// SIG_DFL again: two system calls around each fork, with no lock taken,
// since the member's fork lock already orders them.
func (d *Dispatcher) HoldDefault(ch chan<- os.Signal) (catchWhile func(forking bool)) {
	d.Subscribe(ch, syscall.SIGTSTP)
	d.mu.Lock()
	defer d.mu.Unlock()
	dfl := Sigaction{Handler: SigDefault}
	caught := SetSigaction(syscall.SIGTSTP, &dfl)
	d.goActs[syscall.SIGTSTP] = caught
	d.applied[syscall.SIGTSTP] = sigDefault
	return func(forking bool) {
		if forking {
			SetSigaction(syscall.SIGTSTP, &caught)
		} else {
			SetSigaction(syscall.SIGTSTP, &dfl)
		}
	}
}

// DieBy sends s to target, which includes this process ($$, 0, -PGID),
// and ends the process by it. The default action is put back before the
// signal is sent: whichever thread the kernel picks, the process dies of
// it, and the Go runtime never sees it (it would answer a SIGSEGV from
// kill(2) with a crash report, a SIGPIPE not at all).
func (d *Dispatcher) DieBy(target int, s syscall.Signal) {
	d.mu.Lock() // held for good: nothing may change s from here on
	SetSigaction(s, &Sigaction{Handler: SigDefault})
	var set unix.Sigset_t
	AddSignal(&set, s)
	unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	unix.Kill(target, s)
	select {}
}
