package shell

import "golang.org/x/sys/unix"

// withKeySignals runs f with the terminal's key signals on. The line
// editor reads keys raw, so Ctrl-C is a key to it; while a completion
// function runs (git's, or scp's, which may ask a remote host), Ctrl-C
// must interrupt it, as in bash, whose readline leaves ISIG on. What the
// interrupt set is cleared after: it ended the completion, not the line.
func (sh *Shell) withKeySignals(f func()) {
	if sh.ttyFile == nil {
		f()
		return
	}
	fd := int(sh.ttyFile.Fd())
	saved, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil || saved.Lflag&unix.ISIG != 0 {
		f()
		return
	}
	on := *saved
	on.Lflag |= unix.ISIG
	if unix.IoctlSetTermios(fd, unix.TCSETS, &on) != nil {
		f()
		return
	}
	defer func() {
		unix.IoctlSetTermios(fd, unix.TCSETS, saved)
		sh.interruptedAtPrompt()
	}()
	f()
}
