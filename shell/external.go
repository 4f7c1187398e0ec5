package shell

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"jobsh/jobs"
	"jobsh/parser"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/syntax"
)

// External commands: PATH lookup (remembered in the hash table) and the
// start of a process as a member of a job.

func (sh *Shell) abs(p string) string {
	if filepath.IsAbs(p) || p == "" {
		// "" names no file (< "" is "No such file or directory", as in
		// bash), not the working directory.
		return p
	}
	return filepath.Join(sh.cwd, p)
}

// lookPath finds a program as bash does: a name with a slash is a path;
// otherwise each PATH directory is tried (an empty entry is the working
// directory). A relative directory gives a relative path, as in bash
// ("bin/a"); an empty or unset PATH makes the name a path in the working
// directory. It returns the path, or the status and message of failure.
// Running the command remembers the path (processFor), looking it up
// does not.
func (sh *Shell) lookPath(name string) (string, int, string) {
	return sh.lookPathIn(name, sh.Get("PATH").String(), true)
}

// lookPathIn is lookPath in the directories of pathVar, using the hash
// table if hashed.
func (sh *Shell) lookPathIn(name, pathVar string, hashed bool) (string, int, string) {
	if strings.Contains(name, "/") {
		return sh.checkPath(name, name)
	}
	if pathVar == "" {
		return sh.checkPath(name, name)
	}
	if e, ok := sh.hash[name]; ok && hashed {
		if st, err := os.Stat(sh.abs(e.path)); err == nil && st.Mode().IsRegular() {
			return e.path, 0, ""
		}
		delete(sh.hash, name)
	}
	denied := ""
	for _, dir := range filepath.SplitList(pathVar) {
		p := pathEntry(dir, name)
		st, err := os.Stat(sh.abs(p))
		if err != nil || st.IsDir() {
			continue
		}
		if unix.Access(sh.abs(p), unix.X_OK) == nil {
			return p, 0, ""
		}
		if denied == "" {
			denied = p
		}
	}
	if denied != "" {
		return "", 126, denied + ": Permission denied"
	}
	return "", 127, name + ": command not found"
}

// pathEntry is name in the PATH directory dir, written as bash writes it
// (an empty entry is the working directory).
func pathEntry(dir, name string) string {
	if dir == "" {
		dir = "."
	}
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// allPaths is every program name runs in $PATH, in order (type -a).
func (sh *Shell) allPaths(name string) []string {
	if strings.Contains(name, "/") {
		if p, st, _ := sh.checkPath(name, name); st == 0 {
			return []string{p}
		}
		return nil
	}
	var paths []string
	for _, dir := range filepath.SplitList(sh.Get("PATH").String()) {
		p := pathEntry(dir, name)
		if st, err := os.Stat(sh.abs(p)); err == nil && !st.IsDir() && unix.Access(sh.abs(p), unix.X_OK) == nil {
			paths = append(paths, p)
		}
	}
	return paths
}

// checkPath is lookPath's answer for a name taken as a path: p (absolute
// or relative to the working directory, kept so: it is the path a
// program is executed by, which a #! script gets as $0) if it can be run.
func (sh *Shell) checkPath(name, p string) (string, int, string) {
	st, err := os.Stat(sh.abs(p))
	switch {
	case err != nil:
		return "", 127, name + ": No such file or directory"
	case st.IsDir():
		return "", 126, name + ": Is a directory"
	case unix.Access(sh.abs(p), unix.X_OK) != nil:
		return "", 126, name + ": Permission denied"
	}
	return p, 0, ""
}

// commandText is how jobs shows a statement: its command and redirections,
// without the &.
func commandText(st *syntax.Stmt) string { return parser.JobText(st) }

// processFor prepares an external command to be started.
func (sh *Shell) processFor(fields, env []string, text string) (*jobs.Command, int, string) {
	if pathVar, ok := assignedPath(env); ok {
		// PATH=dir cmd: the command is looked up in dir, and the hash
		// table neither used nor filled; like any assignment to PATH,
		// the temporary one empties it, as in bash.
		clear(sh.hash)
		path, status, msg := sh.lookPathIn(fields[0], pathVar, false)
		if status != 0 {
			return nil, status, msg
		}
		return sh.externalCommand(path, fields, env, text), 0, ""
	}
	path, status, msg := sh.lookPath(fields[0])
	if status != 0 {
		return nil, status, msg
	}
	fresh := sh.hash[fields[0]] == nil
	if fresh && sh.opts[optHashAll] && !strings.Contains(fields[0], "/") && sh.Get("PATH").String() != "" {
		sh.remember(fields[0], path)
	}
	if e := sh.hash[fields[0]]; e != nil {
		// The first run is by the path the search found (bin/a),
		// later ones by the remembered one (./bin/a), as in bash.
		if !fresh {
			path = e.path
		}
		e.hits++
	}
	return sh.externalCommand(path, fields, env, text), 0, ""
}

// assignedPath is the value of the last PATH= among a command's
// assignments, if there is one.
func assignedPath(env []string) (string, bool) {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], "PATH="); ok {
			return v, true
		}
	}
	return "", false
}

// externalCommand is path run with fields as its arguments.
func (sh *Shell) externalCommand(path string, fields, env []string, text string) *jobs.Command {
	// The path as the user or PATH gave it, relative to the command's
	// directory if it is relative: execve's path is what the kernel
	// gives a #! interpreter, and so $0 of a script (./a.sh, not
	// /home/u/a.sh), as from bash.
	return &jobs.Command{
		Path:             path,
		Args:             fields,
		Env:              sh.environ(env),
		Dir:              sh.cwd,
		Files:            sh.fds,
		Text:             text,
		IgnoreInterrupts: sh.ignoreInterrupts(),
	}
}

// ignoreInterrupts tells whether a command started now must be given
// SIGINT and SIGQUIT ignored: this shell runs an asynchronous list
// without job control (POSIX 2.12), and the process does not ignore both
// already, which the command would then inherit.
func (sh *Shell) ignoreInterrupts() bool {
	return sh.asyncNoJobControl && !(sh.shared.signals.Ignores(syscall.SIGINT) && sh.shared.signals.Ignores(syscall.SIGQUIT))
}

// start starts one process of a job, with bash's answers to a program that
// cannot run: a file without #! is run as a jobsh script (ENOEXEC).
func (sh *Shell) start(j *jobs.Job, c *jobs.Command) (*jobs.Process, int, string) {
	release := sh.shared.holdDir(c)
	defer release()
	p, err := sh.ctl.Start(j, c)
	if errors.Is(err, syscall.ENOEXEC) {
		if binaryFile(sh.abs(c.Path)) {
			name := c.Args[0]
			if !strings.Contains(name, "/") {
				name = c.Path
			}
			return nil, 126, name + ": cannot execute binary file: Exec format error"
		}
		script := *c
		script.Path = sh.self
		// The script is named as the command named it (./a), as bash
		// names it in its messages; its directory is the shell's.
		name := c.Path
		if strings.Contains(c.Args[0], "/") {
			name = c.Args[0]
		}
		script.Args = append([]string{c.Args[0], name}, c.Args[1:]...)
		p, err = sh.ctl.Start(j, &script)
	}
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			switch errno {
			case syscall.EACCES:
				return nil, 126, c.Args[0] + ": Permission denied"
			case syscall.ENOENT:
				// The file is there: a #! line naming a missing
				// interpreter, or an ELF one a missing loader;
				// bash 5.2's words.
				return nil, 127, c.Args[0] + ": cannot execute: required file not found"
			case syscall.EAGAIN:
				return nil, 126, "fork: retry: Resource temporarily unavailable"
			}
			return nil, 126, c.Args[0] + ": " + errnoText(errno)
		}
		return nil, 126, c.Args[0] + ": " + err.Error()
	}
	return p, 0, ""
}

// binaryFile is bash's check_binary_file on the first 80 bytes of a file
// the kernel would not run: an ELF header, or a NUL in the first line (the
// first two after #!), makes it a binary, not a script to run.
func binaryFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 80)
	n, _ := f.Read(buf)
	buf = buf[:n]
	if strings.HasPrefix(string(buf), "\x7fELF") {
		return true
	}
	lines := 1
	if strings.HasPrefix(string(buf), "#!") {
		lines = 2
	}
	for _, c := range buf {
		if c == '\n' {
			if lines--; lines == 0 {
				return false
			}
		}
		if c == 0 {
			return true
		}
	}
	return false
}

// errnoText is strerror with the capital letter bash's messages have.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return errnoText(pe.Err)
	}
	return err.Error()
}

// runExternal runs a program as a foreground job of one process.
func (sh *Shell) runExternal(st *syntax.Stmt, fields, env []string) error {
	return sh.runExternalAs(st, fields, env, nil)
}

// runExternalAs is runExternal with the command changed before it starts
// (exec -a, -l, -c in a subshell that shares the shell's process).
func (sh *Shell) runExternalAs(st *syntax.Stmt, fields, env []string, change func(*jobs.Command)) error {
	if sh.opts[optAutoCd] && sh.mode.interactive() && change == nil {
		if fi, err := os.Stat(sh.abs(fields[0])); err == nil && fi.IsDir() {
			// shopt -s autocd: a directory's name is cd to it,
			// shown first as bash shows it.
			args := append([]string{"--"}, fields...)
			fmt.Fprintln(sh.stderr(), "cd "+strings.Join(args, " "))
			status, err := builtinCd(sh, args)
			sh.status = status
			return err
		}
	}
	cmd, status, msg := sh.processFor(fields, env, commandText(st))
	if status != 0 {
		sh.errorf("%s", msg)
		sh.status = status
		return nil
	}
	if change != nil {
		change(cmd)
	}
	j := sh.ctl.NewJob(cmd.Text, sh.cwd, true)
	if _, status, msg := sh.start(j, cmd); status != 0 {
		sh.ctl.Remove(j)
		sh.errorf("%s", msg)
		sh.status = status
		return nil
	}
	return sh.waitJob(j, nil)
}
