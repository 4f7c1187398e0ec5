//go:build linux

package shell

import (
	"os"
	"syscall"
	"time"

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
		// bash's VMIN is 1; 0 makes a read that finds nothing return
		// at once (readByte), which poll and awaitInput make up for.
		t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 0, 0
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

// hungUp says whether the terminal fd has hung up or failed: a read of
// nothing from a terminal that hands over what it has is then the end of
// the input, not a wait.
func hungUp(fd int) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	n, err := unix.Poll(fds, 0)
	return err != nil || n > 0 && fds[0].Revents&(unix.POLLHUP|unix.POLLERR|unix.POLLNVAL) != 0
}

// readByte reads f's next byte into buf once awaitInput lets it: status
// 0, or readLine's. With keys the read never blocks: a Ctrl-C throws away
// what the terminal had, and a read that poll had let go would otherwise
// wait for the next key before the read could see the signal. No byte
// is then no input yet, unless the terminal hung up.
func readByte(f *os.File, buf []byte, keys bool, deadline time.Time, interrupted func() bool) int {
	for {
		if status := awaitInput(f, deadline, interrupted); status != 0 {
			return status
		}
		if !keys {
			if n, err := f.Read(buf); n == 0 || err != nil {
				return 1
			}
			return 0
		}
		n, err := unix.Read(int(f.Fd()), buf[:1])
		switch {
		case n == 1:
			return 0
		case err == unix.EINTR || err == unix.EAGAIN:
		case err != nil || hungUp(int(f.Fd())):
			return 1
		}
	}
}
