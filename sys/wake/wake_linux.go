//go:build linux

// Package wake lets a signal handler wake a reader blocked on a terminal.
// A goroutine that reads a descriptor cannot be told to stop; one that
// polls the descriptor and a pipe beside it can: the handler writes a
// byte to the pipe, and the reader sees it next to its input. The plain
// line reader (Ctrl-C at a prompt without the editor) and the line
// editor's input gate (a command about to take the terminal) use it.
package wake

import (
	"jobsh/sys/fds"

	"golang.org/x/sys/unix"
)

// Pipe is a self-pipe: Wake from anywhere, Input waits on a descriptor
// and the pipe.
type Pipe struct{ r, w int }

// New makes a Pipe; both ends are non-blocking and close on exec.
func New() (*Pipe, error) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC|unix.O_NONBLOCK); err != nil {
		return nil, err
	}
	// Kept clear of the numbers a script names: a wake written while
	// exec has a user's file on the number would go into that file.
	return &Pipe{fds.MoveHigh(p[0]), fds.MoveHigh(p[1])}, nil
}

// Wake makes the next (or a blocked) Input return false. It is safe in a
// signal-handling goroutine: one write(2), which never blocks.
func (p *Pipe) Wake() { unix.Write(p.w, []byte{1}) }

// Drain forgets the wakes that came before it.
func (p *Pipe) Drain() {
	var buf [64]byte
	for {
		if n, _ := unix.Read(p.r, buf[:]); n <= 0 {
			return
		}
	}
}

// Input blocks until fd is readable (true) or the pipe is woken (false,
// and the wake is used up).
func (p *Pipe) Input(fd int) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}, {Fd: int32(p.r), Events: unix.POLLIN}}
	for {
		_, err := unix.Poll(fds, -1)
		if err == unix.EINTR {
			continue
		}
		if fds[1].Revents != 0 {
			p.Drain()
			return false
		}
		return true
	}
}
