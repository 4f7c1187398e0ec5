package shell

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	"mvdan.cc/sh/v3/syntax"
)

// Command substitution $(...), run in-process on a Subshell copy when it
// can be, and process substitution <(...) >(...) through /dev/fd.

// cmdSubst runs a command substitution in-process on a copy of the shell:
// no fork, no exec, unless the commands inside are programs.
func (sh *Shell) cmdSubst(w io.Writer, cs *syntax.CmdSubst) error {
	if len(cs.Stmts) == 1 {
		if st := cs.Stmts[0]; st.Cmd == nil && len(st.Redirs) == 1 && st.Redirs[0].Op == syntax.RdrIn && st.Redirs[0].N == nil {
			return sh.readSubst(w, st.Redirs[0])
		}
	}
	if changesProcess(cs) {
		return sh.cmdSubstProcess(w, cs)
	}
	sub := sh.Subshell()
	sub.substDepth++
	if !sh.substKeepsErrExit() {
		sub.opts[optErrExit] = false
	}
	var status int
	err := collect(w, func(out *os.File) {
		sub.fds[1] = out
		status = sub.runSubshell(cs.Stmts)
	})
	if err != nil {
		return err
	}
	sh.substStatus = status
	sh.status = status
	if sub.shared.interrupted.Load() {
		return interruptFlow{}
	}
	return nil
}

// substKeepsErrExit says whether $(...) runs with set -e when the shell
// has it: bash clears it unless inherit_errexit (which posix mode sets).
func (sh *Shell) substKeepsErrExit() bool {
	return sh.opts[optInheritErrExit]
}

// cmdSubstProcess runs a command substitution that must be a process of
// its own (it sets resource limits or the umask) as a re-executed jobsh.
func (sh *Shell) cmdSubstProcess(w io.Writer, cs *syntax.CmdSubst) error {
	var runErr error
	err := collect(w, func(out *os.File) {
		saved := sh.fds
		sh.fds = append([]*os.File(nil), sh.fds...)
		sh.fds[1] = out
		sh.substDepth++
		errexit := sh.opts[optErrExit]
		sh.opts[optErrExit] = errexit && sh.substKeepsErrExit()
		defer func() { sh.substDepth--; sh.opts[optErrExit] = errexit }()
		// The group stands where the $( ) does, for its lines.
		group := &syntax.Block{Lbrace: cs.Left, Rbrace: cs.Right, Stmts: cs.Stmts}
		runErr = sh.subshellProcess(&syntax.Stmt{Position: cs.Left, Cmd: group}, "$(...)")
		sh.fds = saved
	})
	if err != nil {
		return err
	}
	sh.substStatus = sh.status
	return runErr
}

// collect runs f with the writing end of a pipe whose other end is copied
// to w, and returns once all that f's commands wrote has arrived (when
// every holder of the writing end, background commands too, closed it).
func collect(w io.Writer, f func(out *os.File)) error {
	r, wp, err := os.Pipe()
	if err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		io.Copy(w, r)
		r.Close()
		close(done)
	}()
	f(wp)
	wp.Close()
	<-done
	return nil
}

// procSubst starts <(list) or >(list) and expands to the /dev/fd path of
// the shell's end of a pipe whose other end is the list's output (or
// input). The list runs on a copy of the shell in a goroutine, as a
// pipeline stage without job control does; as in bash, nothing waits for
// it. The path names the shell's own descriptor, which the command being
// run gets at the same number, so both builtins (which open it in this
// process) and programs (which get it from the launcher) can use it. The
// statement that expanded it closes it when it ends (closeProcSubsts).
func (sh *Shell) procSubst(ps *syntax.ProcSubst) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", fmt.Errorf("process substitution: %s", errnoText(err))
	}
	mine, theirs, theirFD := r, w, 1
	if ps.Op == syntax.CmdOut {
		mine, theirs, theirFD = w, r, 0
	}
	sub := sh.Subshell()
	sub.fds[theirFD] = theirs
	done := make(chan struct{})
	sh.lastProcSubst = done
	go func() {
		sub.runSubshell(ps.Stmts)
		theirs.Close()
		close(done)
	}()
	n := int(mine.Fd())
	for len(sh.fds) <= n {
		sh.fds = append(sh.fds, nil)
	}
	sh.fds[n] = mine
	sh.procFiles = append(sh.procFiles, mine)
	return fmt.Sprintf("/dev/fd/%d", n), nil
}

// closeProcSubsts closes the shell's ends of the process substitutions
// made since mark, once the statement that used them is over.
func (sh *Shell) closeProcSubsts(mark int) {
	for _, f := range sh.procFiles[mark:] {
		for i, g := range sh.fds {
			if g == f {
				sh.fds[i] = nil
			}
		}
		f.Close()
	}
	sh.procFiles = sh.procFiles[:mark]
}

func readDir(dir string) ([]fs.DirEntry, error) { return os.ReadDir(dir) }

// readSubst is $(<file): the file's contents, without running anything.
func (sh *Shell) readSubst(w io.Writer, r *syntax.Redirect) error {
	name, err := sh.redirectTarget(r)
	if err != nil {
		sh.substStatus, sh.status = 1, 1
		return nil
	}
	data, err := sh.readFile(name)
	if err != nil {
		sh.errorf("%s: %s", name, errnoText(err))
		sh.substStatus, sh.status = 1, 1
		return nil
	}
	sh.substStatus, sh.status = 0, 0
	_, err = w.Write(data)
	return err
}
