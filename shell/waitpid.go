//go:build linux

package shell

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"golang.org/x/sys/unix"
)

// Exit statuses of util-linux's waitpid(1).
// pollSlice is the longest waitpid polls before it looks for Ctrl-C and
// trapped signals, in milliseconds.
const pollSlice = 50

const (
	waitpidOK       = 0
	waitpidFailure  = 1
	waitpidNotSupp  = 2
	waitpidTimedOut = 3
)

// builtinWaitpid waits for any processes to end, children of the shell or
// not, with the interface of util-linux waitpid(1):
//
//	waitpid [-v] [-t SECS] [-e] [-c N] PID...
//
// A process that is not our child cannot be waited for with wait4; its
// pidfd (pidfd_open(2)) becomes readable when it ends, so all of them are
// polled at once. Nothing is reaped: a child of the shell is still
// reported by the shell as usual.
func builtinWaitpid(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("waitpid", args, "vt:ec:")
	if !ok {
		return 2, nil
	}
	_, verbose := opts['v']
	_, allowExited := opts['e']
	timeout := -1
	if v, ok := opts['t']; ok {
		secs, err := strconv.ParseFloat(v, 64)
		if err != nil || secs < 0 {
			sh.errorf("waitpid: invalid timeout: %s", v)
			return waitpidFailure, nil
		}
		timeout = int(secs * 1000)
	}
	if len(args) == 0 {
		sh.errorf("waitpid: no PIDs specified")
		fmt.Fprintf(sh.stderr(), "waitpid: usage: %s\n", synopsis("waitpid"))
		return waitpidFailure, nil
	}
	count := len(args)
	if v, ok := opts['c']; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			sh.errorf("waitpid: invalid count: %s", v)
			return waitpidFailure, nil
		}
		if n > len(args) {
			sh.errorf("waitpid: can't want for %d of %d PIDs", n, len(args))
			return waitpidFailure, nil
		}
		count = n
	}
	var fds []unix.PollFd
	var pids []int
	defer func() {
		for _, f := range fds {
			unix.Close(int(f.Fd))
		}
	}()
	done := 0
	for _, a := range args {
		pid, err := strconv.Atoi(a)
		if err != nil || pid <= 0 {
			sh.errorf("waitpid: invalid PID: %s", a)
			return waitpidFailure, nil
		}
		fd, err := unix.PidfdOpen(pid, 0)
		switch {
		case errors.Is(err, unix.ENOSYS):
			sh.errorf("waitpid: pidfd_open() is not supported")
			return waitpidNotSupp, nil
		case errors.Is(err, unix.ESRCH) && allowExited:
			if verbose {
				fmt.Fprintf(sh.stdout(), "PID %d has exited already\n", pid)
			}
			done++
			continue
		case err != nil:
			sh.errorf("waitpid: could not open pid %d: %s", pid, errnoText(err))
			return waitpidFailure, nil
		}
		fds = append(fds, unix.PollFd{Fd: int32(fd), Events: unix.POLLIN})
		pids = append(pids, pid)
	}
	deadline := time.Now().Add(time.Duration(timeout) * time.Millisecond)
	for done < count {
		// Poll in slices of at most pollSlice: Go takes signals on
		// another thread, so nothing interrupts this poll; between
		// slices, Ctrl-C and trapped signals end the wait, as they end
		// any wait (130, or 128 plus the trapped signal).
		wait := pollSlice
		if timeout >= 0 {
			wait = min(wait, max(int(time.Until(deadline)/time.Millisecond), 0))
		}
		n, err := unix.Poll(fds, wait)
		if sh.waitInterrupted() {
			return sh.trapStatus(), nil
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			sh.errorf("waitpid: poll: %s", errnoText(err))
			return waitpidFailure, nil
		}
		if n == 0 {
			if timeout >= 0 && !time.Now().Before(deadline) {
				return waitpidTimedOut, nil
			}
			continue
		}
		for i := range fds {
			if fds[i].Revents == 0 || fds[i].Fd < 0 {
				continue
			}
			if verbose {
				fmt.Fprintf(sh.stdout(), "PID %d finished\n", pids[i])
			}
			unix.Close(int(fds[i].Fd))
			fds[i].Fd = -1 // poll skips negative descriptors
			done++
		}
	}
	return waitpidOK, nil
}
