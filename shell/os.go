//go:build linux

package shell

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"jobsh/jobs"
	"jobsh/sys/fds"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/syntax"
)

// memFile returns a seekable file holding data, read from its start: what a
// here-document longer than a pipe holds (hereDocFile) or the state of a
// re-executed subshell is passed in. An
// anonymous memory file leaves nothing on disk and nothing to clean up.
func memFile(data string) (*os.File, error) {
	fd, err := unix.MemfdCreate("jobsh", unix.MFD_CLOEXEC)
	if err != nil {
		return memFileFallback(data)
	}
	f := os.NewFile(uintptr(fd), "memfd:jobsh")
	if _, err := f.WriteString(data); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, 0); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// memFileFallback uses an unlinked temporary file where memfd_create is
// missing.
func memFileFallback(data string) (*os.File, error) {
	f, err := os.CreateTemp("", "jobsh-*")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	if _, err := f.WriteString(data); err != nil {
		f.Close()
		return nil, err
	}
	_, err = f.Seek(0, 0)
	return f, err
}

// fdIsOpen reports whether descriptor n is open in this process.
func fdIsOpen(n int) bool {
	_, err := unix.FcntlInt(uintptr(n), unix.F_GETFD, 0)
	return err == nil
}

func fileOwner(st os.FileInfo) int {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return int(s.Uid)
	}
	return -1
}

// modifiedSinceRead is test -N: the file was written after it was last
// read (its modification time is later than its access time).
func modifiedSinceRead(st os.FileInfo) bool {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	return s.Mtim.Sec > s.Atim.Sec || s.Mtim.Sec == s.Atim.Sec && s.Mtim.Nsec > s.Atim.Nsec
}

func fileGroup(st os.FileInfo) int {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return int(s.Gid)
	}
	return -1
}

// waitReadable waits up to d for fd to have input.
func waitReadable(fd int, d time.Duration) (bool, error) {
	if d < 0 {
		d = 0
	}
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, int(d/time.Millisecond))
		if err == unix.EINTR {
			continue
		}
		return n > 0, err
	}
}

// builtinExec replaces the shell with a program. Its descriptors are put
// in place first: every file of the shell's table is duplicated above the
// range in use, then moved down to its number, so that no move overwrites
// a descriptor another one still needs.
//
// -a NAME gives the program NAME as its argv[0], -l a leading dash (a
// login shell's), -c an empty environment, as in bash.
func builtinExec(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("exec", args, "cla:")
	if !ok {
		return 2, nil
	}
	if len(args) == 0 {
		return 0, nil // the redirections were made permanent by call
	}
	path, status, msg := sh.lookPath(args[0])
	if status != 0 {
		sh.execNotRun(args[0], status, msg)
		if !sh.mode.interactive() {
			return status, exitFlow{status}
		}
		return status, nil
	}
	if sh.mode.sharesProcess() {
		// A subshell that runs inside the shell's process is not a
		// process to replace: the command runs, and the subshell ends
		// with its status, which is what exec means there.
		err := sh.runExternalAs(&syntax.Stmt{Cmd: &syntax.CallExpr{Args: litWords(args)}}, args, nil, func(c *jobs.Command) {
			c.Args, c.Env = execArgv(opts, c.Args, c.Env)
			c.Path = execPath(sh.cwd, c.Path)
		})
		if err != nil {
			return sh.status, err
		}
		return sh.status, exitFlow{sh.status}
	}
	restore, err := sh.placeFDs()
	if err != nil {
		sh.errorf("exec: %s", errnoText(err))
		return 126, nil
	}
	argv, env := execArgv(opts, args, sh.environ(nil))
	// The program runs in the shell's directory, which is the process's
	// unless the interpreter is embedded in a program of its own.
	full := execPath(sh.cwd, path)
	back, err := sh.enterCwd()
	if err == nil {
		err = unix.Exec(full, argv, env)
		if errors.Is(err, unix.ENOEXEC) && !binaryFile(full) {
			// A script without #!: bash runs it itself, with the
			// path as $0. (bash's $0 would be exec -a's name.)
			err = unix.Exec(sh.self, append([]string{argv[0], full}, argv[1:]...), env)
		}
		back()
	}
	restore()
	sh.errorf("exec: %s: %s", args[0], errnoText(err))
	if !sh.mode.interactive() {
		return 126, exitFlow{126}
	}
	return 126, nil
}

// execNotRun says why exec cannot run name, as bash does: a path that is
// missing or cannot be run is named whole (execPath), and one that cannot
// be run is said twice, the second time under exec's name.
func (sh *Shell) execNotRun(name string, status int, msg string) {
	if !strings.Contains(name, "/") {
		sh.errorf("exec: %s", strings.Replace(msg, "command not found", "not found", 1))
		return
	}
	full := execPath(sh.cwd, name)
	reason := strings.TrimPrefix(msg, name+": ")
	sh.errorf("%s: %s", full, reason)
	if status == 126 {
		sh.errorf("exec: %s: cannot execute: %s", full, reason)
	}
}

// execPath is the path exec runs a program by, as bash's exec names it
// (make_absolute): a relative one joined to the working directory, less
// a leading ./, not cleaned; a #! script has it as $0.
func execPath(cwd, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return strings.TrimSuffix(cwd, "/") + "/" + strings.TrimPrefix(path, "./")
}

// placeFDs puts the shell's descriptor table (sh.fds, which the
// redirections of exec and earlier execs built) on the real descriptors
// for an exec, and returns how to undo it if the exec fails. A descriptor
// the table leaves empty is not closed: the shell's own are close-on-exec
// and go with the exec, and an inherited one goes on, as in bash. What
// was on a number the table wants is set aside and put back on failure.
// Above 9 the shell's own descriptors (fds.Private and up: the Go
// runtime's poller, which cannot move) are refused rather than risked;
// an inherited one is set aside like any other.
func (sh *Shell) placeFDs() (restore func(), err error) {
	// Copies made on the way go above every number the table wants
	// (not at a fixed 100, which a low ulimit -n forbids).
	high := max(len(sh.fds), 10)
	own := map[int]bool{} // the table's files' own numbers
	for _, f := range sh.fds {
		if f != nil {
			own[int(f.Fd())] = true
		}
	}
	type saved struct{ n, copy, flags int }
	var moved []int
	var aside []saved
	var opened []int // were closed before: closed again on failure
	undo := func() {
		for _, a := range aside {
			unix.Dup2(a.copy, a.n)
			unix.FcntlInt(uintptr(a.n), unix.F_SETFD, a.flags)
			unix.Close(a.copy)
		}
		for _, n := range opened {
			unix.Close(n)
		}
		for _, d := range moved {
			if d >= 0 {
				unix.Close(d)
			}
		}
	}
	moved = make([]int, len(sh.fds))
	for n, f := range sh.fds {
		moved[n] = -1
		if f == nil {
			continue
		}
		d, err := unix.FcntlInt(f.Fd(), unix.F_DUPFD_CLOEXEC, high)
		if err != nil {
			undo()
			return nil, err
		}
		moved[n] = d
	}
	for n, d := range moved {
		if d < 0 {
			continue
		}
		flags, err := unix.FcntlInt(uintptr(n), unix.F_GETFD, 0)
		if err != nil {
			opened = append(opened, n)
		} else {
			// In use: by the shell, or as another of the table's
			// files' own number, which the table still uses if the
			// exec fails.
			if n > 9 && !own[n] && fds.ShellOwns(n) {
				undo()
				return nil, fmt.Errorf("%d: %w", n, errShellDescriptor)
			}
			c, err := unix.FcntlInt(uintptr(n), unix.F_DUPFD_CLOEXEC, high)
			if err != nil {
				undo()
				return nil, err
			}
			aside = append(aside, saved{n, c, flags})
		}
		unix.Dup2(d, n) // dup2 clears close-on-exec on the new descriptor
	}
	return undo, nil
}

// errShellDescriptor is exec's answer when a script names a descriptor
// the shell keeps for itself.
var errShellDescriptor = errors.New("descriptor in use by the shell itself")

// execArgv applies exec's -a NAME (argv[0]), -l (a leading dash) and -c
// (no environment).
func execArgv(opts map[byte]string, args, env []string) ([]string, []string) {
	argv := slices.Clone(args)
	if name, ok := opts['a']; ok {
		argv[0] = name
	}
	if _, ok := opts['l']; ok {
		argv[0] = "-" + argv[0]
	}
	if _, ok := opts['c']; ok {
		env = []string{}
	}
	return argv, env
}

// adoptInheritedFDs puts the descriptors jobsh inherited above 2 (from
// `jobsh script 3>log`, or a parent's exec 4<file) in the table, as bash
// has them: `echo x >&3`, `cat <&3` and /dev/fd/3 name them, and exec
// 3>&- closes them for the commands run. They are the open ones below
// fds.Private without close-on-exec, which every descriptor of the
// shell's own has. One poll finds the open ones (POLLNVAL marks the
// rest), not one fcntl per number.
func (sh *Shell) adoptInheritedFDs() {
	probe := make([]unix.PollFd, fds.Private-3)
	for i := range probe {
		probe[i].Fd = int32(i + 3)
	}
	if _, err := unix.Poll(probe, 0); err != nil {
		return
	}
	for _, p := range probe {
		if p.Revents&unix.POLLNVAL != 0 {
			continue
		}
		n := int(p.Fd)
		if flags, err := unix.FcntlInt(uintptr(n), unix.F_GETFD, 0); err != nil || flags&unix.FD_CLOEXEC != 0 {
			continue
		}
		for len(sh.fds) <= n {
			sh.fds = append(sh.fds, nil)
		}
		sh.fds[n] = os.NewFile(uintptr(n), "fd"+strconv.Itoa(n))
	}
}

// heredocPipeSize is the longest here-document bash 5.2 feeds through a
// pipe (its HEREDOC_PIPESIZE, the pipe capacity Linux gives).
const heredocPipeSize = 65536

// hereDocFile is what a here-document or here-string is read from, as in
// bash 5.2: /dev/null when it is empty, a pipe already holding it when it
// fits, a file beyond. Commands can tell: test -p /dev/stdin, and a
// program reopening /dev/stdin after `read` took a line (a pipe goes on
// from there; a file starts again).
func hereDocFile(body string) (*os.File, error) {
	if body == "" {
		return os.Open(os.DevNull)
	}
	if len(body) <= heredocPipeSize {
		if f := filledPipe(body); f != nil {
			return f, nil
		}
	}
	return memFile(body)
}

// filledPipe is the read end of a pipe holding data, its write end
// closed; nil if the pipe cannot take it all at once (a lowered
// pipe-user-pages limit), which would block the shell.
func filledPipe(data string) *os.File {
	var p [2]int
	if unix.Pipe2(p[:], unix.O_CLOEXEC|unix.O_NONBLOCK) != nil {
		return nil
	}
	n, err := unix.Write(p[1], []byte(data))
	unix.Close(p[1])
	if err != nil || n != len(data) || unix.SetNonblock(p[0], false) != nil {
		unix.Close(p[0])
		return nil
	}
	return os.NewFile(uintptr(p[0]), "pipe:here-document")
}
