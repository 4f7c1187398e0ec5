package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/expand"
)

// The directory stack of pushd, popd and dirs, as bash 5.2 has it. The
// list dirs shows is the working directory followed by sh.dirStack, the
// saved directories, most recent first: entry 0 is always $PWD, so cd
// changes it. +N counts from the left of that list, -N from the right.

// dirList is the stack as dirs shows it: the working directory first.
func (sh *Shell) dirList() []string {
	return append([]string{sh.cwd}, sh.dirStack...)
}

// setDirList keeps list[1:] as the saved directories (list[0] is the
// working directory, kept by cd).
func (sh *Shell) setDirList(list []string) {
	sh.dirStack = append([]string(nil), list[1:]...)
}

// dirStackVar is $DIRSTACK: the whole list, full names.
func (sh *Shell) dirStackVar() expand.Variable {
	return expand.Variable{Set: true, Kind: expand.Indexed, List: sh.dirList()}
}

// setDirStack is an assignment to DIRSTACK, which, as in bash, changes
// the saved entries that exist (DIRSTACK[1]=dir, DIRSTACK=(a b)) and
// nothing else: entry 0 is the working directory, which only cd changes,
// and only pushd adds entries. It reports whether it took the assignment.
func (sh *Shell) setDirStack(vr expand.Variable) bool {
	if vr.Kind != expand.Indexed {
		return false
	}
	stack := append([]string(nil), sh.dirStack...)
	for k, val := range vr.List {
		i := k
		if vr.Indexes != nil {
			i = vr.Indexes[k] // a sparse array: an element assignment
		}
		if i >= 1 && i <= len(stack) {
			stack[i-1] = val
		}
	}
	sh.dirStack = stack
	return true
}

// dirIndex turns +N or -N (sign and number apart) into an index of the
// list of n+1 entries; false when out of range.
func dirIndex(num int, plus bool, n int) (int, bool) {
	if num < 0 || num > n {
		return 0, false
	}
	if plus {
		return num, true
	}
	return n - num, true
}

// parseDirIndex reads "+N" or "-N" as bash's legal_number reads N.
func parseDirIndex(w string) (int, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(w[1:]), 10, 64)
	if err != nil || w[1:] == "" {
		return 0, false
	}
	if n > 1<<31 || n < -1<<31 {
		n = -1
	}
	return int(n), true
}

// dirStackTilde answers ~N, ~+N and ~-N; false when name is not one or
// the entry does not exist, and the tilde stays as it is.
func (sh *Shell) dirStackTilde(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	plus := name[0] != '-'
	digits := name
	if name[0] == '+' || name[0] == '-' {
		digits = name[1:]
	}
	if digits == "" {
		return "", false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return "", false
	}
	list := sh.dirList()
	i, ok := dirIndex(n, plus, len(list)-1)
	if !ok {
		return "", false
	}
	return list[i], true
}

// politeDir shortens $HOME to ~, as bash's polite_directory_format.
func (sh *Shell) politeDir(d string) string {
	home := sh.Get("HOME").String()
	if len(home) > 1 && strings.HasPrefix(d, home) && (len(d) == len(home) || d[len(home)] == '/') {
		return "~" + d[len(home):]
	}
	return d
}

func (sh *Shell) dirUsage(name string) (int, error) {
	fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, synopsis(name))
	return 2, nil
}

// dirStackError is bash's pushd_error.
func (sh *Shell) dirStackError(name, arg string) (int, error) {
	if len(sh.dirStack) == 0 {
		sh.errorf("%s: directory stack empty", name)
	} else {
		sh.errorf("%s: %s: directory stack index out of range", name, arg)
	}
	return 1, nil
}

func builtinDirs(sh *Shell, args []string) (int, error) {
	long, clear, perLine, numbered := false, false, false, false
	index, haveIndex, word := 0, false, ""
	for len(args) > 0 {
		a := args[0]
		args = args[1:]
		switch {
		case a == "-l":
			long = true
		case a == "-c":
			clear = true
		case a == "-v":
			numbered = true
		case a == "-p":
			perLine = true
		case a == "--":
			args = nil
		case len(a) > 0 && (a[0] == '+' || a[0] == '-'):
			n, ok := parseDirIndex(a)
			if !ok {
				sh.errorf("dirs: %s: invalid number", a)
				return sh.dirUsage("dirs")
			}
			word = a[1:]
			index, haveIndex = n, true
			if i, ok := dirIndex(n, a[0] == '+', len(sh.dirStack)); ok {
				index = i
			} else {
				index = -1
			}
		default:
			sh.errorf("dirs: %s: invalid option", a)
			return sh.dirUsage("dirs")
		}
	}
	if clear {
		sh.dirStack = nil
		return 0, nil
	}
	list := sh.dirList()
	show := func(d string) string {
		if long {
			return d
		}
		return sh.politeDir(d)
	}
	if haveIndex {
		if index < 0 {
			return sh.dirStackError("dirs", word)
		}
		if numbered {
			return sh.write("dirs", fmt.Sprintf("%2d  %s\n", index, show(list[index])))
		}
		return sh.write("dirs", show(list[index])+"\n")
	}
	var b strings.Builder
	for i, d := range list {
		switch {
		case numbered:
			fmt.Fprintf(&b, "%2d  %s\n", i, show(d))
		case perLine:
			b.WriteString(show(d) + "\n")
		default:
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(show(d))
		}
	}
	if !numbered && !perLine {
		b.WriteByte('\n')
	}
	return sh.write("dirs", b.String())
}

// dirChange is pushd and popd's cd, with messages under their name. A
// directory found through CDPATH is printed, as cd prints it.
func (sh *Shell) dirChange(name, dir string) bool {
	found := ""
	if name == "pushd" && dir != "" && !filepath.IsAbs(dir) && !strings.HasPrefix(dir, ".") {
		for _, base := range filepath.SplitList(sh.Get("CDPATH").String()) {
			if base == "" {
				continue
			}
			cand := filepath.Join(sh.abs(base), dir)
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				found = cand
				break
			}
		}
	}
	target := filepath.Clean(sh.abs(dir))
	if found != "" {
		target = found
	}
	if err := sh.changeDir(target); err != nil && (found != "" || !sh.cdVerbatim(dir)) {
		sh.errorf("%s: %s: %s", name, dir, errnoText(err))
		return false
	}
	if found != "" {
		fmt.Fprintln(sh.stdout(), target)
	}
	return true
}

func builtinPushd(sh *Shell, args []string) (int, error) {
	noCD := false
	var dir, rot string
	haveDir := false
	for len(args) > 0 {
		a := args[0]
		if a == "-n" {
			noCD = true
			args = args[1:]
			continue
		}
		if a == "--" {
			args = args[1:]
			break
		}
		if a == "-" {
			break
		}
		if len(a) > 0 && (a[0] == '+' || a[0] == '-') {
			if _, ok := parseDirIndex(a); !ok {
				sh.errorf("pushd: %s: invalid number", a)
				return sh.dirUsage("pushd")
			}
			rot = a
			args = args[1:]
			break
		}
		break
	}
	if rot == "" && len(args) > 0 {
		if len(args) > 1 {
			sh.errorf("pushd: too many arguments")
			return 1, nil
		}
		dir, haveDir = args[0], true
	}
	list := sh.dirList()
	switch {
	case rot != "":
		n, _ := parseDirIndex(rot)
		i, ok := dirIndex(n, rot[0] == '+', len(sh.dirStack))
		if !ok {
			return sh.dirStackError("pushd", rot)
		}
		// bash turns the stack and takes the new top off it before it
		// changes there: with -n (`pushd -n +1` on "c d" leaves "c c"), or
		// when that cd fails, the entry is gone. -n says nothing. +0 still
		// changes to the working directory, which sets OLDPWD to it.
		rotated := append(append([]string{}, list[i:]...), list[:i]...)
		sh.dirStack = rotated[1:]
		if noCD {
			return 0, nil
		}
		if !sh.dirChange("pushd", rotated[0]) {
			return 1, nil
		}
	case !haveDir:
		if noCD {
			return 0, nil // bash: nothing to do, nothing said
		}
		if len(sh.dirStack) == 0 {
			sh.errorf("pushd: no other directory")
			return 1, nil
		}
		// The working directory takes the top's place first: if the cd
		// fails, the top is gone, as in bash.
		top := list[1]
		list[1] = sh.cwd
		sh.setDirList(list)
		if !sh.dirChange("pushd", top) {
			return 1, nil
		}
	default:
		if noCD {
			// Kept as given, as bash keeps it.
			sh.dirStack = append([]string{dir}, sh.dirStack...)
			break
		}
		if dir == "-" {
			dir = sh.Get("OLDPWD").String()
			if dir == "" {
				sh.errorf("pushd: OLDPWD not set")
				return 1, nil
			}
		}
		old := sh.cwd
		if !sh.dirChange("pushd", dir) {
			return 1, nil
		}
		if args[0] == "-" {
			// Its cd - says where it went, as cd - does.
			fmt.Fprintln(sh.stdout(), sh.cwd)
		}
		sh.dirStack = append([]string{old}, sh.dirStack...)
	}
	return builtinDirs(sh, nil)
}

func builtinPopd(sh *Shell, args []string) (int, error) {
	noCD := false
	which := ""
	for _, a := range args {
		switch {
		case a == "-n":
			noCD = true
		case a == "--":
		case len(a) > 0 && (a[0] == '+' || a[0] == '-'):
			if _, ok := parseDirIndex(a); !ok {
				sh.errorf("popd: %s: invalid number", a)
				return sh.dirUsage("popd")
			}
			which = a
		default:
			sh.errorf("popd: %s: invalid argument", a)
			return sh.dirUsage("popd")
		}
	}
	if len(sh.dirStack) == 0 {
		sh.errorf("popd: directory stack empty")
		return 1, nil
	}
	list := sh.dirList()
	i := 0
	if which != "" {
		n, _ := parseDirIndex(which)
		var ok bool
		if i, ok = dirIndex(n, which[0] == '+', len(sh.dirStack)); !ok {
			return sh.dirStackError("popd", which)
		}
	}
	if i == 0 && noCD {
		// -n: the first saved directory goes; the working one stays.
		i = 1
	}
	if i == 0 {
		if !sh.dirChange("popd", list[1]) {
			return 1, nil
		}
		sh.dirStack = append([]string(nil), sh.dirStack[1:]...)
	} else {
		rest := append(append([]string{}, list[:i]...), list[i+1:]...)
		sh.setDirList(rest)
	}
	return builtinDirs(sh, nil)
}
