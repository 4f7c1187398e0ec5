package shell

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// filePath is the path to open, stat or read for a file name a user gave
// the shell itself: a redirection's word, source's file, $(<file), test's
// operands, history's file. Every such place goes through it.
//
// A relative name is taken from the shell's working directory (sh.cwd),
// which an in-process subshell's copy keeps apart from the process's.
//
// /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N (and /proc/self/fd/N,
// where they lead) name a descriptor of the process that opens them. In
// bash that process has the command's own descriptors on those numbers:
// it dup2s a builtin's redirections onto them and forks pipeline stages.
// jobsh keeps the descriptors of a builtin, a function or an in-process
// pipeline stage in a table (sh.fds) instead, so the names would reach
// the process's own 0, 1, 2: the terminal, the script's input, or the
// log that `echo x >/dev/stderr` in `{ ...; } 2>/dev/null` truncates.
// They are turned into the /proc path of the table's file for that
// number, which the kernel opens as it opens bash's: a pipe or a terminal
// anew, a regular file anew with the flags asked for (so > truncates it,
// as in bash on Linux). A number the table has closed names no file.
func (sh *Shell) filePath(name string) (string, error) {
	p := sh.abs(name)
	if p == "" {
		return p, nil
	}
	n, ok := descriptorName(filepath.Clean(p))
	if !ok {
		return p, nil
	}
	if fd, ok := realFD(sh.fd(n)); ok {
		return "/proc/self/fd/" + strconv.Itoa(fd), nil
	}
	return "", &fs.PathError{Op: "open", Path: name, Err: syscall.ENOENT}
}

// descriptorName is the descriptor number a clean absolute path names, if
// it is one of the names of filePath. N is written as /proc lists it: no
// sign, no leading zero.
func descriptorName(path string) (int, bool) {
	switch path {
	case "/dev/stdin":
		return 0, true
	case "/dev/stdout":
		return 1, true
	case "/dev/stderr":
		return 2, true
	}
	for _, dir := range []string{"/dev/fd/", "/proc/self/fd/"} {
		if rest, ok := strings.CutPrefix(path, dir); ok {
			n, err := strconv.Atoi(rest)
			return n, err == nil && strconv.Itoa(n) == rest
		}
	}
	return 0, false
}

// realFD is the process's descriptor behind f, a file of the table (nil
// when closed). SyscallConn, unlike Fd, leaves a pipe non-blocking.
func realFD(f *os.File) (int, bool) {
	if f == nil {
		return 0, false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, false
	}
	n := -1
	if rc.Control(func(fd uintptr) { n = int(fd) }) != nil {
		return 0, false
	}
	return n, n >= 0
}

// openFile opens a file a user named (filePath).
func (sh *Shell) openFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	p, err := sh.filePath(name)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(p, flag, perm)
}

// readFile reads a file a user named (filePath).
func (sh *Shell) readFile(name string) ([]byte, error) {
	p, err := sh.filePath(name)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}

// statFile is os.Stat of a file a user named (filePath).
func (sh *Shell) statFile(name string) (os.FileInfo, error) {
	p, err := sh.filePath(name)
	if err != nil {
		return nil, err
	}
	return os.Stat(p)
}
