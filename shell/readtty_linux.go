//go:build linux

package shell

import (
	"os"
	"syscall"

	"jobsh/sys/sig"

	"golang.org/x/sys/unix"
)

// readTTYMode sets the terminal as bash's read does and returns what
// sets it back: without echo for -s (ttynoecho), and, when one character
// at a time (-n, -N, -d), out of canonical mode so that the read gets
// each key as it is typed rather than at Enter (ttyonechar, and
// ttycbreak with -s). Signals stay on: Ctrl-C still interrupts.
func readTTYMode(fd int, silent, oneChar bool) func() {
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil
	}
	t := *old
	if silent {
		t.Lflag &^= unix.ECHO | unix.ECHOK | unix.ECHONL
	}
	if oneChar {
		t.Lflag &^= unix.ICANON
		t.Lflag |= unix.ISIG | unix.IEXTEN
		t.Iflag |= unix.ICRNL // Enter still reads as a newline
		t.Iflag &^= unix.INLCR
		t.Oflag |= unix.OPOST
		t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
	}
	// TCSETSW, as bash's TCSADRAIN: output goes out first; nothing
	// typed ahead is thrown away.
	if unix.IoctlSetTermios(fd, unix.TCSETSW, &t) != nil {
		return nil
	}
	return func() { unix.IoctlSetTermios(fd, unix.TCSETSW, old) }
}

// restoreOnInterrupt sees to it that a SIGINT that ends the shell while
// read has the terminal in another mode gives the terminal its mode back
// first, as bash's read does: a script's read -n cut by Ctrl-C left the
// terminal without canonical mode for the shell it was run from. Only
// where SIGINT ends the shell (not interactive, no trap, not ignored);
// elsewhere the read returns and restores the mode itself. It returns
// what ends the watch.
func (sh *Shell) restoreOnInterrupt(restore func()) (stop func()) {
	d := sh.shared.signals
	if sh.mode.interactive() || d.Ignores(syscall.SIGINT) || sig.IgnoredOnEntry(syscall.SIGINT) ||
		sh.trapSt != nil && sh.trapSt.isCaught(syscall.SIGINT) {
		return func() {}
	}
	c := make(chan os.Signal, 1)
	unsubscribe := d.Subscribe(c, syscall.SIGINT)
	done := make(chan struct{})
	go func() {
		select {
		case <-c:
			restore()
			d.DieBy(os.Getpid(), syscall.SIGINT)
		case <-done:
		}
	}()
	return func() {
		close(done)
		unsubscribe()
	}
}
