package shell

import (
	"fmt"
	"strconv"
)

// currentFile is the file the shell is running commands from, as caller
// names it: a file being sourced, the script, or "" (-c, stdin).
func (sh *Shell) currentFile() string {
	if sh.sourceName != "" {
		return sh.sourceName
	}
	if sh.scriptFile {
		return sh.arg0
	}
	return ""
}

// builtinCaller is caller [N]: where the function running (N frames
// up) was called from, as LINE [FUNCTION] FILE. bash reads it off its
// BASH_LINENO, FUNCNAME and BASH_SOURCE arrays, files being sourced
// included, and so does this (callerStack).
func builtinCaller(sh *Shell, args []string) (int, error) {
	st := sh.callerStack()
	if len(st) == 0 {
		return 1, nil
	}
	if len(args) == 0 {
		file := "NULL"
		if len(st) > 1 {
			file = st[1].File
		}
		return sh.write("caller", fmt.Sprintf("%d %s\n", st[0].Line, file))
	}
	n, err := strconv.Atoi(args[0])
	if err != nil || n < 0 {
		what := "invalid number"
		if len(args[0]) > 1 && args[0][0] == '-' {
			what = "invalid option"
		}
		sh.errorf("caller: %s: %s", args[0], what)
		fmt.Fprintln(sh.stderr(), "caller: usage: caller [expr]")
		return 2, nil
	}
	if n+1 >= len(st) {
		return 1, nil
	}
	return sh.write("caller", fmt.Sprintf("%d %s %s\n", st[n].Line, st[n+1].Func, st[n+1].File))
}

// callerStack is the frames innermost first, as bash's arrays hold them
// whether FUNCNAME is visible or not, ending with the script's own
// (main, $0, line 0) when a script file runs.
func (sh *Shell) callerStack() []frame {
	st := make([]frame, 0, len(sh.frames)+1)
	for i := len(sh.frames) - 1; i >= 0; i-- {
		st = append(st, sh.frames[i])
	}
	if sh.scriptFile {
		st = append(st, frame{Func: "main", File: sh.arg0})
	}
	return st
}
