// Package fds keeps the shell's own descriptors out of the user's way.
//
// A script names descriptors by number (exec 3>log, exec {fd}>file, which
// bash numbers from 10 up), and exec puts them on exactly those numbers.
// POSIX gives the user 0 to 9; bash keeps its own files at 255 and below
// and moves them when the user names one. jobsh keeps what it holds for
// its whole life (the Go runtime's poller, the wake pipes, the exec
// trampoline, the terminal) at Private and above, so that the numbers a
// script is likely to use are free, and exec (the only place a number is
// put on a real descriptor of the shell's own process) can tell the
// shell's descriptors from inherited ones by their close-on-exec flag.
//
// Linux-specific: close_range(2) and F_DUPFD_CLOEXEC.
package fds

import (
	"os"

	"golang.org/x/sys/unix"
)

// Private is the first descriptor number the shell keeps for itself.
const Private = 64

// ReserveUserRange makes the Go runtime open its poller (an epoll and an
// eventfd descriptor, which it never moves, made when the first pollable
// file is opened) at Private or above: descriptors 3 to Private-1 that
// are free are held by placeholders while a pipe starts the poller, then
// freed. Descriptors the shell inherited there stay. Call it first in
// main, before anything opens a file.
func ReserveUserRange() {
	null, err := unix.Open(os.DevNull, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	held := []int{null}
	for {
		// fcntl, not open: one cheap system call per number, and the
		// lowest free number at or above 3, skipping inherited ones.
		fd, err := unix.FcntlInt(uintptr(null), unix.F_DUPFD_CLOEXEC, 3)
		if err != nil {
			// EMFILE: ulimit -n is below Private. The pipe and the
			// poller take the four highest numbers allowed, still
			// above 9 unless the limit is below 14.
			if n := len(held); n > 4 {
				closeAll(held[n-4:])
				held = held[:n-4]
			}
			break
		}
		if fd >= Private {
			unix.Close(fd)
			break
		}
		held = append(held, fd)
	}
	if r, w, err := os.Pipe(); err == nil {
		r.Close()
		w.Close()
	}
	closeAll(held)
}

// closeAll closes the descriptors in fds, which are in increasing order
// (each was the lowest free number), with one close_range per run of
// consecutive numbers.
func closeAll(fds []int) {
	for len(fds) > 0 {
		n := 1
		for n < len(fds) && fds[n] == fds[n-1]+1 {
			n++
		}
		if n == 1 || unix.CloseRange(uint(fds[0]), uint(fds[n-1]), 0) != nil {
			for _, fd := range fds[:n] {
				unix.Close(fd)
			}
		}
		fds = fds[n:]
	}
}

// MoveHigh returns a close-on-exec copy of fd at Private or above, and
// closes fd; if no such number is free, fd is returned as it is.
func MoveHigh(fd int) int {
	d, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, Private)
	if err != nil {
		return fd
	}
	unix.Close(fd)
	return d
}

// ShellOwns tells whether descriptor n, open in this process, is one the
// shell made for itself: everything the shell opens is close-on-exec,
// while what it inherited and a user may overwrite with exec is not.
func ShellOwns(n int) bool {
	flags, err := unix.FcntlInt(uintptr(n), unix.F_GETFD, 0)
	return err == nil && flags&unix.FD_CLOEXEC != 0
}
