package shell

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/expand"
)

// unaryTest evaluates -f FILE, -z STRING and the other one-operand tests
// of test, [ and [[.
func (sh *Shell) unaryTest(op, s string) bool {
	switch op {
	case "-z":
		return s == ""
	case "-n":
		return s != ""
	case "-v":
		return sh.isSetElement(s)
	case "-R":
		v := sh.lookup(s)
		return v.Kind == expand.NameRef && v.IsSet()
	case "-o":
		o, ok := lookupOption(s, setOpt)
		return ok && sh.optionOn(o)
	case "-t":
		n, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		_, err = unix.IoctlGetTermios(n, unix.TCGETS)
		return err == nil
	}
	path := sh.abs(s)
	if s == "" {
		return false
	}
	var st os.FileInfo
	var err error
	if op == "-h" || op == "-L" {
		st, err = os.Lstat(path)
	} else {
		st, err = os.Stat(path)
	}
	if err != nil {
		return false
	}
	m := st.Mode()
	switch op {
	case "-e", "-a":
		return true
	case "-f":
		return m.IsRegular()
	case "-d":
		return m.IsDir()
	case "-h", "-L":
		return m&os.ModeSymlink != 0
	case "-p":
		return m&os.ModeNamedPipe != 0
	case "-S":
		return m&os.ModeSocket != 0
	case "-b":
		return m&os.ModeDevice != 0 && m&os.ModeCharDevice == 0
	case "-c":
		return m&os.ModeCharDevice != 0
	case "-s":
		return st.Size() > 0
	case "-r":
		return unix.Access(path, unix.R_OK) == nil
	case "-w":
		return unix.Access(path, unix.W_OK) == nil
	case "-x":
		return unix.Access(path, unix.X_OK) == nil
	case "-u":
		return m&os.ModeSetuid != 0
	case "-g":
		return m&os.ModeSetgid != 0
	case "-k":
		return m&os.ModeSticky != 0
	case "-O":
		return fileOwner(st) == os.Geteuid()
	case "-G":
		return fileGroup(st) == os.Getegid()
	}
	return false
}

var unaryOps = map[string]bool{
	"-z": true, "-n": true, "-v": true, "-o": true, "-t": true, "-e": true, "-a": true,
	"-f": true, "-d": true, "-h": true, "-L": true, "-p": true, "-S": true, "-b": true,
	"-c": true, "-s": true, "-r": true, "-w": true, "-x": true, "-u": true, "-g": true,
	"-k": true, "-O": true, "-G": true, "-R": true,
}

var binaryOps = map[string]bool{
	"=": true, "==": true, "!=": true, "<": true, ">": true, "-eq": true, "-ne": true,
	"-lt": true, "-le": true, "-gt": true, "-ge": true, "-nt": true, "-ot": true, "-ef": true,
}

// binaryTest evaluates the two-operand tests; integer comparisons fail
// with bash's "integer expression expected".
func (sh *Shell) binaryTest(op, a, b string) (bool, error) {
	switch op {
	case "=", "==":
		return a == b, nil
	case "!=":
		return a != b, nil
	case "<":
		return a < b, nil
	case ">":
		return a > b, nil
	case "-nt", "-ot", "-ef":
		sa, ea := os.Stat(sh.abs(a))
		sb, eb := os.Stat(sh.abs(b))
		switch op {
		case "-nt":
			return ea == nil && (eb != nil || sa.ModTime().After(sb.ModTime())), nil
		case "-ot":
			return eb == nil && (ea != nil || sa.ModTime().Before(sb.ModTime())), nil
		}
		return ea == nil && eb == nil && os.SameFile(sa, sb), nil
	}
	x, err := strconv.ParseInt(strings.TrimSpace(a), 10, 64)
	if err != nil {
		return false, fmt.Errorf("%s: integer expression expected", a)
	}
	y, err := strconv.ParseInt(strings.TrimSpace(b), 10, 64)
	if err != nil {
		return false, fmt.Errorf("%s: integer expression expected", b)
	}
	switch op {
	case "-eq":
		return x == y, nil
	case "-ne":
		return x != y, nil
	case "-lt":
		return x < y, nil
	case "-le":
		return x <= y, nil
	case "-gt":
		return x > y, nil
	case "-ge":
		return x >= y, nil
	}
	return false, fmt.Errorf("%s: binary operator expected", op)
}

// builtinTest is test and [: POSIX's rules by argument count, then
// -a, -o, ! and parentheses for longer expressions.
func builtinTest(sh *Shell, args []string) (int, error) { return runTest(sh, "test", args) }

func builtinBracket(sh *Shell, args []string) (int, error) { return runTest(sh, "[", args) }

func runTest(sh *Shell, name string, args []string) (int, error) {
	if name == "[" {
		if len(args) == 0 || args[len(args)-1] != "]" {
			sh.errorf("[: missing `]'")
			return 2, nil
		}
		args = args[:len(args)-1]
	}
	t := &testParser{sh: sh, args: args}
	ok, err := t.expr(len(args))
	if err == nil && t.pos < len(args) {
		// What is left over, as bash's test_command words it.
		err = fmt.Errorf("too many arguments")
		if strings.HasPrefix(args[t.pos], "-") {
			err = fmt.Errorf("syntax error: `%s' unexpected", args[t.pos])
		}
	}
	if err != nil {
		sh.errorf("%s: %v", name, err)
		return 2, nil
	}
	return boolStatus(ok), nil
}

type testParser struct {
	sh   *Shell
	args []string
	pos  int
}

func (t *testParser) peek(i int) (string, bool) {
	if t.pos+i < len(t.args) {
		return t.args[t.pos+i], true
	}
	return "", false
}

// expr parses with POSIX's special cases for up to four arguments.
func (t *testParser) expr(n int) (bool, error) {
	switch n - t.pos {
	case 0:
		return false, nil
	case 1:
		t.pos++
		return t.args[t.pos-1] != "", nil
	case 2:
		a, b := t.args[t.pos], t.args[t.pos+1]
		if a == "!" {
			t.pos += 2
			return b == "", nil
		}
		if unaryOps[a] {
			t.pos += 2
			return t.sh.unaryTest(a, b), nil
		}
		return false, fmt.Errorf("%s: unary operator expected", a)
	case 3:
		if op := t.args[t.pos+1]; binaryOps[op] {
			a, b := t.args[t.pos], t.args[t.pos+2]
			t.pos += 3
			return t.sh.binaryTest(op, a, b)
		}
		if t.args[t.pos] == "!" {
			t.pos++
			ok, err := t.expr(n)
			return !ok, err
		}
		if t.args[t.pos] == "(" && t.args[t.pos+2] == ")" {
			t.pos += 3
			return t.args[t.pos-2] != "", nil
		}
		if op := t.args[t.pos+1]; op != "-a" && op != "-o" {
			// bash's three_arguments: nothing else reads three.
			return false, fmt.Errorf("%s: binary operator expected", op)
		}
	case 4:
		if t.args[t.pos] == "!" {
			t.pos++
			ok, err := t.expr(n)
			return !ok, err
		}
	}
	return t.or()
}

func (t *testParser) or() (bool, error) {
	ok, err := t.and()
	for err == nil {
		if s, _ := t.peek(0); s != "-o" {
			break
		}
		t.pos++
		var r bool
		r, err = t.and()
		ok = ok || r
	}
	return ok, err
}

func (t *testParser) and() (bool, error) {
	ok, err := t.primary()
	for err == nil {
		if s, _ := t.peek(0); s != "-a" {
			break
		}
		t.pos++
		var r bool
		r, err = t.primary()
		ok = ok && r
	}
	return ok, err
}

func (t *testParser) primary() (bool, error) {
	a, ok := t.peek(0)
	if !ok {
		return false, fmt.Errorf("argument expected")
	}
	if a == "!" {
		t.pos++
		r, err := t.primary()
		return !r, err
	}
	if a == "(" {
		t.pos++
		r, err := t.or()
		if s, _ := t.peek(0); s != ")" {
			return false, fmt.Errorf("`)' expected")
		}
		t.pos++
		return r, err
	}
	if op, ok := t.peek(1); ok && binaryOps[op] {
		b, ok := t.peek(2)
		if !ok {
			return false, fmt.Errorf("%s: binary operator expected", op)
		}
		t.pos += 3
		return t.sh.binaryTest(op, a, b)
	}
	if unaryOps[a] {
		if b, ok := t.peek(1); ok {
			t.pos += 2
			return t.sh.unaryTest(a, b), nil
		}
	}
	t.pos++
	return a != "", nil
}

// isSetElement is -v: NAME is set, or NAME[SUB] names a set element of an
// indexed (SUB is arithmetic) or associative array.
func (sh *Shell) isSetElement(s string) bool {
	name, sub, ok := strings.Cut(s, "[")
	if !ok || !strings.HasSuffix(sub, "]") {
		return sh.Get(s).IsSet()
	}
	sub = strings.TrimSuffix(sub, "]")
	v := sh.Get(name)
	switch v.Kind {
	case expand.Associative:
		_, ok := v.Map[sub]
		return ok
	case expand.Indexed:
		if sub == "@" || sub == "*" {
			return len(v.List) > 0
		}
		i, err := sh.arithString(sub)
		if err != nil {
			return false
		}
		if i < 0 {
			i += arrayEnd(v)
		}
		_, set := arrayPos(v, i)
		return set
	}
	if !v.IsSet() {
		return false
	}
	i, err := sh.arithString(sub)
	return err == nil && i == 0
}
