package shell

import (
	"os"
	"strings"
)

// The interpreter as a library. A Shell made with NewShell runs programs
// given as text, with its standard files, directory and environment
// passed in rather than taken from the process, as mvdan/sh's interp.New
// does; the language cases run through it in-process
// (TestLanguageInProcess) as well as through the binary. Main is jobsh
// itself. A Shell is not safe for concurrent use; the process-wide parts
// it shares with other shells in the process are in processShared.

// A ShellOption configures a Shell made by NewShell.
type ShellOption func(*Shell)

// StdIO sets the shell's descriptors 0, 1 and 2.
func StdIO(in, out, err *os.File) ShellOption {
	return func(sh *Shell) { sh.fds = []*os.File{in, out, err} }
}

// Dir sets the working directory (and $PWD). Give it before Env.
func Dir(dir string) ShellOption {
	return func(sh *Shell) {
		sh.cwd = dir
		sh.setVar("PWD", dir, true)
	}
}

// Env replaces the environment the shell imported with env (NAME=VALUE
// entries), as jobsh started with that environment would have it.
func Env(env []string) ShellOption {
	return func(sh *Shell) { sh.importEnv(env, sh.cwd) }
}

// Self names the jobsh binary that runs the subshells that must be
// processes of their own (a builtin or function in the background or in
// a job's pipeline); by default, this program.
func Self(path string) ShellOption { return func(sh *Shell) { sh.self = path } }

// Name sets $0, the name errors start with.
func Name(arg0 string) ShellOption { return func(sh *Shell) { sh.arg0 = arg0 } }

// NewShell makes a non-interactive shell that runs programs as jobsh -c
// does.
func NewShell(opts ...ShellOption) *Shell {
	sh := New()
	sh.mode, sh.readFlag = ModeCommandString, 'c'
	for _, o := range opts {
		o(sh)
	}
	return sh
}

// Run runs src as jobsh -c runs its command string, and returns the exit
// status: exit ends it early, and the EXIT trap runs at the end.
func (sh *Shell) Run(src string) int {
	return sh.exit(sh.runProgram(strings.NewReader(src), sh.arg0))
}
