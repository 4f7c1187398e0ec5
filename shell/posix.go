package shell

import (
	"jobsh/jobs"

	"mvdan.cc/sh/v3/expand"
)

// POSIX mode: jobsh invoked as sh (argv[0]'s base name), with --posix or
// after set -o posix follows POSIX.1-2024 where bash's default behaviour
// differs, as bash's posix mode does, and stricter where the standard is
// explicit. Each rule is a method here, so that the places that apply it
// say which rule they follow.

// posix says whether POSIX mode is on.
func (sh *Shell) posix() bool { return sh.opts[optPosix] }

// posixQuietJobs: "If the shell is not interactive, ... the shell shall
// not write job status" (2.11, Job Control): no "Terminated", "Done" or
// "[1]+  Killed" lines from a script.
func (sh *Shell) posixQuietJobs() bool { return sh.posix() && !sh.interactiveShell }

// jobFormat is the layout of jobs and of job notices: POSIX's states for
// stopped jobs in POSIX mode.
func (sh *Shell) jobFormat() jobs.Format {
	if sh.posix() {
		return jobs.FormatPOSIX
	}
	return jobs.FormatStandard
}

// specialBuiltinFailed applies 2.8.1 (Consequences of Shell Errors): a
// special built-in utility error, a redirection error with a special
// built-in, or a variable assignment error, in a shell that is not
// interactive, shall make the shell exit. status is the error's $?.
func (sh *Shell) specialBuiltinFailed(status int) error {
	if sh.posix() && !sh.mode.interactive() {
		return exitFlow{status}
	}
	return nil
}

// specialBuiltins are POSIX's special built-in utilities (2.15).
var specialBuiltins = map[string]bool{
	"break": true, ":": true, "continue": true, ".": true, "eval": true, "exec": true,
	"exit": true, "export": true, "readonly": true, "return": true, "set": true,
	"shift": true, "times": true, "trap": true, "unset": true,
}

// setPosix is set -o posix: POSIXLY_CORRECT is y while it is on, as bash
// sets it, so that programs the shell starts follow POSIX too. Turning it
// on also turns on, as in bash, inherit_errexit (POSIX's set -e applies
// "to the shell environment and each subshell environment separately")
// and expand_aliases (POSIX has aliases in scripts too); they stay on.
func (sh *Shell) setPosix(on bool) {
	sh.opts[optPosix] = on
	if on {
		sh.opts[optInheritErrExit] = true
		sh.opts[optExpandAliases] = true
		sh.setVar("POSIXLY_CORRECT", "y", false)
	} else {
		sh.Set("POSIXLY_CORRECT", expand.Variable{})
	}
}
