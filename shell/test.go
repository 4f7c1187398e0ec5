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
		// The command's descriptor n, which for a builtin is the
		// table's file, not the process's n.
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return false
		}
		fd, ok := realFD(sh.fd(n))
		if !ok {
			return false
		}
		_, err = unix.IoctlGetTermios(fd, unix.TCGETS)
		return err == nil
	}
	if s == "" {
		return false
	}
	path, err := sh.filePath(s)
	if err != nil {
		return false
	}
	var st os.FileInfo
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
	case "-N":
		return modifiedSinceRead(st)
	}
	return false
}

// isUnaryOp is bash's test_unop: the one-letter operators that take an
// operand.
func isUnaryOp(op string) bool {
	return len(op) == 2 && op[0] == '-' && strings.IndexByte("abcdefghknoprstuvwxzGLOSNR", op[1]) >= 0
}

// isBinaryOp is bash's test_binop (=~ is not one: test has no regular
// expressions).
func isBinaryOp(op string) bool { return binaryOps[op] }

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
		sa, ea := sh.statFile(a)
		sb, eb := sh.statFile(b)
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

// builtinTest is test and [, as bash's test.c: POSIX's rules by the
// number of arguments up to four, then a recursive descent over -o, -a, !
// and parentheses. A malformed expression is status 2 with bash's words.
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
	ok := t.run()
	if t.err != nil {
		sh.errorf("%s: %v", name, t.err)
		return 2, nil
	}
	return boolStatus(ok), nil
}

// testParser walks test's arguments; pos is the next one. The first
// error ends the walk (bash longjmps out of test.c).
type testParser struct {
	sh   *Shell
	args []string
	pos  int
	err  error
}

// testAbort unwinds the parser at its first error; run recovers it.
type testAbort struct{}

func (t *testParser) fail(format string, a ...any) {
	t.err = fmt.Errorf(format, a...)
	panic(testAbort{})
}

func (t *testParser) run() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(testAbort); !is {
				panic(r)
			}
			ok = false
		}
	}()
	if len(t.args) == 0 {
		return false
	}
	ok = t.posix()
	if t.pos != len(t.args) {
		if t.pos < len(t.args) && strings.HasPrefix(t.args[t.pos], "-") {
			t.fail("syntax error: `%s' unexpected", t.args[t.pos])
		}
		t.fail("too many arguments")
	}
	return ok
}

func (t *testParser) arg(i int) string { return t.args[t.pos+i] }

// advance moves to the next argument; need says one must be there.
func (t *testParser) advance(need bool) {
	t.pos++
	if need && t.pos >= len(t.args) {
		t.fail("argument expected")
	}
}

// posix is POSIX's table for one to four arguments.
func (t *testParser) posix() bool {
	n := len(t.args)
	switch n {
	case 1:
		t.pos = n
		return t.args[0] != ""
	case 2:
		ok := t.two()
		t.pos = n
		return ok
	case 3:
		return t.three()
	case 4:
		if t.arg(0) == "!" {
			t.advance(true)
			return !t.three()
		}
		if t.arg(0) == "(" && t.args[n-1] == ")" {
			t.advance(true)
			ok := t.two()
			t.pos = n
			return ok
		}
	}
	return t.expr()
}

func (t *testParser) two() bool {
	if t.arg(0) == "!" {
		return t.arg(1) == ""
	}
	if isUnaryOp(t.arg(0)) {
		return t.unary()
	}
	t.fail("%s: unary operator expected", t.arg(0))
	return false
}

func (t *testParser) three() bool {
	n := len(t.args)
	var ok bool
	switch a, op, b := t.arg(0), t.arg(1), t.arg(2); {
	case isBinaryOp(op):
		ok = t.binary()
	case op == "-a":
		ok = a != "" && b != ""
	case op == "-o":
		ok = a != "" || b != ""
	case a == "!":
		t.advance(true)
		ok = !t.two()
	case strings.HasPrefix(a, "(") && strings.HasPrefix(b, ")"):
		ok = op != ""
	default:
		t.fail("%s: binary operator expected", op)
	}
	t.pos = n
	return ok
}

func (t *testParser) expr() bool {
	if t.pos >= len(t.args) {
		t.fail("argument expected")
	}
	return t.or()
}

func (t *testParser) or() bool {
	ok := t.and()
	if t.pos < len(t.args) && t.arg(0) == "-o" {
		t.advance(false)
		r := t.or()
		return ok || r
	}
	return ok
}

func (t *testParser) and() bool {
	ok := t.term()
	if t.pos < len(t.args) && t.arg(0) == "-a" {
		t.advance(false)
		r := t.and()
		return ok && r
	}
	return ok
}

func (t *testParser) term() bool {
	if t.pos >= len(t.args) {
		t.fail("argument expected")
	}
	if t.arg(0) == "!" {
		neg := false
		for t.pos < len(t.args) && t.arg(0) == "!" {
			t.advance(true)
			neg = !neg
		}
		return t.term() != neg
	}
	if t.arg(0) == "(" {
		t.advance(true)
		ok := t.expr()
		if t.pos >= len(t.args) {
			t.fail("`)' expected")
		}
		if t.arg(0) != ")" {
			t.fail("`)' expected, found %s", t.arg(0))
		}
		t.advance(false)
		return ok
	}
	if t.pos+3 <= len(t.args) && isBinaryOp(t.arg(1)) {
		return t.binary()
	}
	if t.pos+2 <= len(t.args) && isUnaryOp(t.arg(0)) {
		return t.unary()
	}
	ok := t.arg(0) != ""
	t.advance(false)
	return ok
}

func (t *testParser) binary() bool {
	ok, err := t.sh.binaryTest(t.arg(1), t.arg(0), t.arg(2))
	if err != nil {
		t.fail("%v", err)
	}
	t.pos += 3
	return ok
}

// unary is a unary test; -t's operand is optional (1, standard output's
// descriptor), and one that is not a number makes it false.
func (t *testParser) unary() bool {
	op := t.arg(0)
	if op == "-t" {
		t.advance(false)
		if t.pos >= len(t.args) {
			return t.sh.unaryTest(op, "1")
		}
		if _, err := strconv.ParseInt(strings.TrimSpace(t.arg(0)), 10, 64); err != nil {
			return false
		}
		t.advance(false)
		return t.sh.unaryTest(op, t.args[t.pos-1])
	}
	t.advance(true)
	t.pos++
	return t.sh.unaryTest(op, t.args[t.pos-1])
}

// isSetElement is -v: NAME is set, or NAME[SUB] names a set element of an
// indexed (SUB is arithmetic) or associative array.
func (sh *Shell) isSetElement(s string) bool {
	ok, _ := sh.isSetElementErr(s)
	return ok
}

// isSetElementErr is isSetElement with the error of SUB, which [[ -v ]]
// reports (bash: an error in a subscript ends the shell).
func (sh *Shell) isSetElementErr(s string) (bool, error) {
	name, sub, ok := strings.Cut(s, "[")
	if !ok || !strings.HasSuffix(sub, "]") {
		return sh.Get(s).IsSet(), nil
	}
	sub = strings.TrimSuffix(sub, "]")
	v := sh.Get(name)
	switch v.Kind {
	case expand.Associative:
		_, ok := v.Map[sub]
		return ok, nil
	case expand.Indexed:
		if sub == "@" || sub == "*" {
			return len(v.List) > 0, nil
		}
		i, err := sh.subscriptIndex(sub)
		if err != nil {
			return false, err
		}
		if i < 0 {
			i += arrayEnd(v)
		}
		_, set := arrayPos(v, i)
		return set, nil
	}
	if !v.IsSet() {
		return false, nil
	}
	i, err := sh.subscriptIndex(sub)
	return err == nil && i == 0, err
}

// subscriptIndex evaluates the subscript of an element named in a string
// (unset 'a[i]', -v a[i]); an error in it is an indexError.
func (sh *Shell) subscriptIndex(sub string) (int, error) {
	i, err := sh.arithText(sub)
	if e, ok := err.(arithStringError); ok && !e.plain {
		return 0, indexError{e.msg}
	}
	return i, err
}
