//go:build linux

package jobs

import (
	"jobsh/sys/sig"

	"runtime"

	"golang.org/x/sys/unix"
)

// Modes is a saved terminal state (struct termios).
type Modes = unix.Termios

// withSIGTTOUBlocked runs f with SIGTTOU blocked on the calling OS thread.
//
// A process that is not in the terminal's foreground group and changes the
// terminal (tcsetpgrp, tcsetattr) is sent SIGTTOU, unless it blocks or
// ignores it. The shell catches SIGTTOU (ignoring it would make every child
// ignore it too), and a caught SIGTTOU makes the ioctl fail with EINTR over
// and over. Blocking it on this one thread, for the length of the ioctl, is
// what POSIX leaves a shell to do; the thread must stay locked so that the
// mask and the ioctl happen on the same one.
func withSIGTTOUBlocked(f func() error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var set, old unix.Sigset_t
	sig.AddSignal(&set, unix.SIGTTOU)
	if err := unix.PthreadSigmask(unix.SIG_BLOCK, &set, &old); err != nil {
		return err
	}
	err := f()
	unix.PthreadSigmask(unix.SIG_SETMASK, &old, nil)
	return err
}

// SetForeground is tcsetpgrp(3): it makes pgid the terminal's foreground
// process group, the one that reads the terminal and gets the signals its
// keys send (Ctrl-C SIGINT, Ctrl-Z SIGTSTP, Ctrl-\ SIGQUIT).
func SetForeground(tty, pgid int) error {
	return withSIGTTOUBlocked(func() error {
		for {
			err := unix.IoctlSetPointerInt(tty, unix.TIOCSPGRP, pgid)
			if err != unix.EINTR {
				return err
			}
		}
	})
}

// Foreground is tcgetpgrp(3): the terminal's foreground process group.
func Foreground(tty int) (int, error) {
	return unix.IoctlGetInt(tty, unix.TIOCGPGRP)
}

// GetModes is tcgetattr(3).
func GetModes(tty int) (*Modes, error) {
	return unix.IoctlGetTermios(tty, unix.TCGETS)
}

// SetModes is tcsetattr(3) with TCSADRAIN: output already written is sent
// before the new modes apply, so a job's last line is not garbled.
func SetModes(tty int, m *Modes) error {
	return withSIGTTOUBlocked(func() error {
		for {
			err := unix.IoctlSetTermios(tty, unix.TCSETSW, m)
			if err != unix.EINTR {
				return err
			}
		}
	})
}

// IsTerminal reports whether fd is a terminal.
func IsTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// RepairModes puts back the modes a line-reading prompt needs, if a job
// left the terminal raw: canonical input, signals from keys, CR to NL on
// input, and output processing. Echo is left as it is: `stty -echo`
// stays, as in bash. It reports whether anything changed.
func RepairModes(tty int) bool {
	m, err := GetModes(tty)
	if err != nil {
		return false
	}
	want := *m
	want.Lflag |= unix.ICANON | unix.ISIG | unix.IEXTEN
	want.Iflag |= unix.ICRNL
	want.Oflag |= unix.OPOST | unix.ONLCR
	if want == *m {
		return false
	}
	return SetModes(tty, &want) == nil
}
