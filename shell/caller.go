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
// up) was called from, as LINE [FUNCTION] FILE.
func builtinCaller(sh *Shell, args []string) (int, error) {
	n := len(sh.funcNames)
	if len(args) == 0 {
		if n == 0 {
			if sh.scriptFile {
				return sh.write("caller", "0 NULL\n")
			}
			return 1, nil
		}
		file := sh.callFiles[n-1]
		if file == "" {
			file = "NULL"
		}
		return sh.write("caller", fmt.Sprintf("%d %s\n", sh.callLines[n-1], file))
	}
	if n == 0 && !sh.scriptFile {
		return 1, nil
	}
	frame, err := strconv.Atoi(args[0])
	if err != nil || frame < 0 {
		what := "invalid number"
		if len(args[0]) > 1 && args[0][0] == '-' {
			what = "invalid option"
		}
		sh.errorf("caller: %s: %s", args[0], what)
		fmt.Fprintln(sh.stderr(), "caller: usage: caller [expr]")
		return 2, nil
	}
	k := n - 1 - frame // the frame's index in funcNames
	if k < 0 {
		return 1, nil
	}
	name := "main"
	switch {
	case k > 0:
		name = sh.funcNames[k-1]
	case !sh.scriptFile:
		return 1, nil // -c and stdin have no main frame
	}
	file := sh.callFiles[k]
	if file == "" {
		file = "NULL"
	}
	return sh.write("caller", fmt.Sprintf("%d %s %s\n", sh.callLines[k], name, file))
}
