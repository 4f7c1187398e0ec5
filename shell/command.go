package shell

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"jobsh/jobs"
	"jobsh/parser"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// call runs a simple command: expand its words, then run the function,
// builtin or program they name, with its redirections and assignments.
func (sh *Shell) call(st *syntax.Stmt, cmd *syntax.CallExpr) error {
	var fields []string
	if len(cmd.Args) > 0 {
		var err error
		sh.substStatus = 0
		if fields, err = sh.fields(sh.argWords(cmd.Args)...); err != nil {
			return sh.expandFailed(err)
		}
		if err := sh.checkInterrupt(); err != nil {
			return err
		}
	}
	if len(fields) == 0 {
		// Assignments alone change the shell itself; their status is that
		// of the last command substitution, as in bash.
		sh.substStatus = 0
		for _, as := range cmd.Assigns {
			if err := sh.assign(as, assignOpts{}); err != nil {
				if f, ok := err.(flowError); ok {
					return f
				}
				sh.status = 1
				if !sh.interactive {
					return exitFlow{1}
				}
				return nil
			}
		}
		sh.trace(cmd.Assigns, nil)
		restore, err := sh.redirect(st.Redirs)
		if err != nil {
			sh.status = 1
			return nil
		}
		restore()
		sh.status = sh.substStatus
		return nil
	}
	env, err := sh.tempAssigns(cmd.Assigns)
	if err != nil {
		return sh.expandFailed(err)
	}
	sh.trace(cmd.Assigns, fields)
	if fields[0] == "exec" && (len(fields) == 1 || len(fields) == 2 && fields[1] == "--") {
		// exec with redirections only: they stay, for the shell itself.
		if _, err := sh.redirect(st.Redirs); err != nil {
			// bash (unlike a POSIX-mode shell) goes on after a failed
			// exec redirection, with status 1.
			sh.status = 1
			return nil
		}
		sh.status = 0
		return nil
	}
	savedReport := sh.reportFD
	sh.reportFD = sh.fd(2)
	defer func() { sh.reportFD = savedReport }()
	restore, err := sh.redirect(st.Redirs)
	if err != nil {
		sh.status = 1
		return nil
	}
	defer restore()
	return sh.runFields(st, fields, env)
}

// runFields runs an expanded command line in the current shell.
func (sh *Shell) runFields(st *syntax.Stmt, fields, env []string) error {
	name := fields[0]
	if fn := sh.funcs[name]; fn != nil {
		return sh.withTempVars(env, func() error { return sh.callFunc(fn, fields[1:]) })
	}
	if strings.HasPrefix(name, "%") && sh.ctl.JobControl {
		// A job spec alone is fg: `%1`, `%vim`.
		status, err := builtinFg(sh, fields[:1])
		sh.status = status
		return err
	}
	if b := builtins[name]; b != nil {
		return sh.withTempVars(env, func() error {
			status, err := b(sh, fields[1:])
			sh.status = status
			return err
		})
	}
	return sh.runExternal(st, fields, env)
}

// assignOpts are the attributes a declaration gives.
type assignOpts struct {
	local, export, readonly, global bool
	kind                            expand.ValueKind // Indexed or Associative for -a/-A
	integer                         bool
}

// tempAssigns expands `a=1 cmd` assignments into NAME=VALUE pairs.
func (sh *Shell) tempAssigns(assigns []*syntax.Assign) ([]string, error) {
	var env []string
	for _, as := range assigns {
		v, err := sh.value(as.Value)
		if err != nil {
			return nil, err
		}
		if as.Append {
			v = sh.Get(as.Name.Value).String() + v
		}
		env = append(env, as.Name.Value+"="+v)
	}
	return env, nil
}

// withTempVars runs f with `a=1 cmd` assignments in force, exported, as a
// scope of their own that goes away afterwards.
func (sh *Shell) withTempVars(env []string, f func() error) error {
	if len(env) == 0 {
		return f()
	}
	scope := map[string]expand.Variable{}
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		scope[name] = expand.Variable{Set: true, Kind: expand.String, Str: value, Exported: true}
	}
	sh.scopes = append(sh.scopes, scope)
	n := len(sh.scopes)
	defer func() { sh.scopes = append(sh.scopes[:n-1], sh.scopes[n:]...) }()
	return f()
}

// callFunc runs a shell function with its own positional parameters and
// scope for locals.
func (sh *Shell) callFunc(fn *syntax.FuncDecl, args []string) error {
	if sh.funcDepth > 1000 {
		sh.errorf("%s: maximum function nesting level exceeded (%d)", fn.Name.Value, sh.funcDepth)
		sh.status = 1
		return nil
	}
	oldParams := sh.params
	sh.params = args
	sh.scopes = append(sh.scopes, map[string]expand.Variable{})
	sh.funcDepth++
	sh.funcNames = append(sh.funcNames, fn.Name.Value)
	callLine := sh.line
	defer func() { sh.line = callLine }() // LINENO is the call's again
	oldLoop := sh.loopDepth
	sh.loopDepth = 0
	err := sh.stmt(fn.Body)
	sh.loopDepth = oldLoop
	sh.funcNames = sh.funcNames[:len(sh.funcNames)-1]
	sh.funcDepth--
	sh.scopes = sh.scopes[:len(sh.scopes)-1]
	sh.params = oldParams
	if r, ok := err.(returnFlow); ok {
		sh.status = r.code
		return nil
	}
	return err
}

// assign performs one NAME=VALUE, NAME+=VALUE, NAME[i]=VALUE or
// NAME=(a b c) assignment.
func (sh *Shell) assign(as *syntax.Assign, o assignOpts) error {
	name := as.Name.Value
	cur := sh.Get(name)
	if o.local {
		top := sh.scopes[len(sh.scopes)-1]
		if _, ok := top[name]; !ok {
			top[name] = expand.Variable{Local: true}
			cur = expand.Variable{}
		}
	}
	setAttrs := func(v expand.Variable) expand.Variable {
		v.Exported = v.Exported || o.export
		v.ReadOnly = o.readonly
		v.Integer = v.Integer || o.integer
		return v
	}
	// declare -i: every value assigned is evaluated as arithmetic.
	integer := o.integer || cur.Integer
	arith := func(val string) (string, error) {
		if !integer {
			return val, nil
		}
		n, err := sh.arithString(val)
		return strconv.Itoa(n), err
	}
	fail := func(err error) error {
		sh.errorf("%v", err)
		return err
	}
	kind := o.kind
	if kind == expand.Unknown && (cur.Kind == expand.Indexed || cur.Kind == expand.Associative) {
		kind = cur.Kind
	}
	switch {
	case as.Naked:
		v := cur
		if !v.Declared() || (kind != expand.Unknown && v.Kind != kind) {
			v = expand.Variable{Kind: kind}
			if kind == expand.Unknown {
				// `declare u`: declared, still unset.
				v.Kind = expand.String
			}
		}
		if err := sh.Set(name, setAttrs(v)); err != nil {
			return fail(err)
		}
		return nil
	case as.Array != nil:
		v := expand.Variable{Set: true, Kind: expand.Indexed}
		if kind == expand.Associative {
			v = expand.Variable{Set: true, Kind: expand.Associative, Map: map[string]string{}}
			if as.Append && cur.Kind == expand.Associative {
				for k, x := range cur.Map {
					v.Map[k] = x
				}
			}
		} else if as.Append && cur.Kind == expand.Indexed {
			v = copyVar(cur)
		} else if as.Append && cur.IsSet() {
			v.List = []string{cur.String()}
		}
		for _, el := range as.Array.Elems {
			if el.Index != nil {
				val, err := sh.value(el.Value)
				if err != nil {
					return err
				}
				if val, err = arith(val); err != nil {
					return fail(fmt.Errorf("%s: %v", name, err))
				}
				if kind == expand.Associative {
					key, err := sh.literal(indexWord(el.Index))
					if err != nil {
						return err
					}
					v.Map[key] = val
					continue
				}
				i, err := expand.Arithm(sh.expandConfig(), el.Index)
				if err != nil {
					return err
				}
				setArrayElem(&v, i, val)
				continue
			}
			if kind == expand.Associative {
				return fail(fmt.Errorf("%s: must use subscript when assigning associative array", name))
			}
			vals, err := sh.fields(el.Value)
			if err != nil {
				return err
			}
			for _, x := range vals {
				if x, err = arith(x); err != nil {
					return fail(fmt.Errorf("%s: %v", name, err))
				}
				setArrayElem(&v, arrayEnd(v), x)
			}
		}
		if err := sh.Set(name, setAttrs(v)); err != nil {
			return fail(err)
		}
		return nil
	}
	val, err := sh.value(as.Value)
	if err != nil {
		return err
	}
	appending := as.Append
	if integer {
		if appending && as.Index == nil {
			// n+=3 on an integer adds.
			val = cur.String() + "+(" + val + ")"
			appending = false
		}
		if val, err = arith(val); err != nil {
			return fail(fmt.Errorf("%s: %v", name, err))
		}
	}
	if as.Index != nil {
		v, err := sh.withElem(name, cur, kind, as.Index, val, appending)
		if err != nil {
			return fail(err)
		}
		if err := sh.Set(name, setAttrs(v)); err != nil {
			return fail(err)
		}
		return nil
	}
	if appending {
		if cur.Kind == expand.Indexed {
			v := copyVar(cur)
			if len(v.List) == 0 {
				v.List = []string{val}
			} else {
				v.List[0] += val
			}
			return sh.Set(name, setAttrs(v))
		}
		val = cur.String() + val
	}
	v := expand.Variable{Set: true, Kind: expand.String, Str: val}
	if cur.Kind == expand.Indexed {
		v = copyVar(cur)
		if len(v.List) == 0 {
			v.List = []string{val}
		} else {
			v.List[0] = val
		}
	}
	if err := sh.Set(name, setAttrs(v)); err != nil {
		return fail(err)
	}
	return nil
}

// indexWord turns an array index back into a word, for associative keys.
func indexWord(x syntax.ArithmExpr) *syntax.Word {
	if w, ok := x.(*syntax.Word); ok {
		return w
	}
	return &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: parser.Print(x)}}}
}

func (sh *Shell) arithString(s string) (int, error) {
	p := syntax.NewParser()
	var expr syntax.ArithmExpr
	err := fmt.Errorf("bad arithmetic")
	for w, werr := range p.WordsSeq(strings.NewReader("$((" + s + "))")) {
		if werr != nil {
			return 0, werr
		}
		if len(w.Parts) == 1 {
			if ae, ok := w.Parts[0].(*syntax.ArithmExp); ok {
				expr, err = ae.X, nil
			}
		}
		break
	}
	if err != nil {
		return 0, err
	}
	return expand.Arithm(sh.expandConfig(), expr)
}

// trace prints the command about to run under set -x, after PS4.
func (sh *Shell) trace(assigns []*syntax.Assign, fields []string) {
	if !sh.opts[optXTrace] {
		return
	}
	ps4, _ := sh.promptString("PS4")
	var parts []string
	for _, as := range assigns {
		v := sh.Get(as.Name.Value).String()
		parts = append(parts, as.Name.Value+"="+quote(v))
	}
	for _, f := range fields {
		parts = append(parts, quote(f))
	}
	fmt.Fprintf(sh.stderr(), "%s%s\n", ps4, strings.Join(parts, " "))
}

func quote(s string) string {
	if s == "" {
		return "''"
	}
	q, err := syntax.Quote(s, syntax.LangBash)
	if err != nil {
		return s
	}
	return q
}

// promptString expands a prompt-like variable's parameters.
func (sh *Shell) promptString(name string) (string, error) {
	return sh.expandString(sh.Get(name).String())
}

// expandString expands parameters, arithmetic and command substitutions
// in s as in a here-document, without splitting or globbing.
func (sh *Shell) expandString(s string) (string, error) {
	if !strings.ContainsAny(s, "$`") {
		return s, nil
	}
	w, err := syntax.NewParser().Document(strings.NewReader(s))
	if err != nil {
		return s, err
	}
	return expand.Document(sh.expandConfig(), w)
}

// ---- external commands ----

func (sh *Shell) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(sh.cwd, p)
}

// lookPath finds a program as bash does: a name with a slash is a path;
// otherwise each PATH directory is tried (an empty entry is the working
// directory). It returns the path, or the status and message of failure.
func (sh *Shell) lookPath(name string) (string, int, string) {
	if strings.Contains(name, "/") {
		p := sh.abs(name)
		st, err := os.Stat(p)
		switch {
		case err != nil:
			return "", 127, name + ": No such file or directory"
		case st.IsDir():
			return "", 126, name + ": Is a directory"
		case unix.Access(p, unix.X_OK) != nil:
			return "", 126, name + ": Permission denied"
		}
		return p, 0, ""
	}
	if e, ok := sh.hash[name]; ok {
		if st, err := os.Stat(e.path); err == nil && st.Mode().IsRegular() {
			return e.path, 0, ""
		}
		delete(sh.hash, name)
	}
	denied := ""
	for _, dir := range filepath.SplitList(sh.Get("PATH").String()) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(sh.abs(dir), name)
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if unix.Access(p, unix.X_OK) == nil {
			if sh.opts[optHashAll] {
				sh.remember(name, p)
			}
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

// commandText is how jobs shows a statement: its command and redirections,
// without the &.
func commandText(st *syntax.Stmt) string { return parser.JobText(st) }

// processFor prepares an external command to be started.
func (sh *Shell) processFor(fields, env []string, text string) (*jobs.Command, int, string) {
	path, status, msg := sh.lookPath(fields[0])
	if e := sh.hash[fields[0]]; e != nil && status == 0 {
		e.hits++
	}
	if status != 0 {
		return nil, status, msg
	}
	return &jobs.Command{
		Path:  path,
		Args:  fields,
		Env:   sh.environ(env),
		Dir:   sh.cwd,
		Files: sh.fds,
		Text:  text,
	}, 0, ""
}

// start starts one process of a job, with bash's answers to a program that
// cannot run: a file without #! is run as a jobsh script (ENOEXEC).
func (sh *Shell) start(j *jobs.Job, c *jobs.Command) (*jobs.Process, int, string) {
	p, err := sh.ctl.Start(j, c)
	if errors.Is(err, syscall.ENOEXEC) {
		script := *c
		script.Path = sh.self
		script.Args = append([]string{c.Args[0], c.Path}, c.Args[1:]...)
		p, err = sh.ctl.Start(j, &script)
	}
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			switch errno {
			case syscall.EACCES:
				return nil, 126, c.Args[0] + ": Permission denied"
			case syscall.ENOENT:
				// a #! line naming a missing interpreter
				return nil, 127, c.Args[0] + ": " + errnoText(errno)
			case syscall.EAGAIN:
				return nil, 126, "fork: retry: Resource temporarily unavailable"
			}
			return nil, 126, c.Args[0] + ": " + errnoText(errno)
		}
		return nil, 126, c.Args[0] + ": " + err.Error()
	}
	return p, 0, ""
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
	cmd, status, msg := sh.processFor(fields, env, commandText(st))
	if status != 0 {
		sh.errorf("%s", msg)
		sh.status = status
		return nil
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

// ---- $(...) ----

// cmdSubst runs a command substitution in-process on a copy of the shell:
// no fork, no exec, unless the commands inside are programs.
func (sh *Shell) cmdSubst(w io.Writer, cs *syntax.CmdSubst) error {
	if changesProcess(cs) {
		return sh.cmdSubstProcess(w, cs)
	}
	sub := sh.Subshell()
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

// cmdSubstProcess runs a command substitution that must be a process of
// its own (it sets resource limits or the umask) as a re-executed jobsh.
func (sh *Shell) cmdSubstProcess(w io.Writer, cs *syntax.CmdSubst) error {
	var runErr error
	err := collect(w, func(out *os.File) {
		saved := sh.fds
		sh.fds = append([]*os.File(nil), sh.fds...)
		sh.fds[1] = out
		runErr = sh.subshellProcess(&syntax.Stmt{Cmd: &syntax.Block{Stmts: cs.Stmts}}, "$(...)")
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
	go func() {
		sub.runSubshell(ps.Stmts)
		theirs.Close()
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

// ---- time ----

// timeClause runs `time pipeline` and prints bash's report: the real
// time, and the user and system times of the shell itself and of the
// children it waited for (getrusage, which sums what wait4 returned).
func (sh *Shell) timeClause(tc *syntax.TimeClause) error {
	selfBefore, childBefore := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	start := time.Now()
	var err error
	if tc.Stmt != nil {
		err = sh.stmt(tc.Stmt)
	}
	real := time.Since(start)
	selfAfter, childAfter := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	user := selfAfter[0] - selfBefore[0] + childAfter[0] - childBefore[0]
	sys := selfAfter[1] - selfBefore[1] + childAfter[1] - childBefore[1]
	format := "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS"
	if v := sh.Get("TIMEFORMAT"); v.IsSet() {
		format = v.String()
	}
	if tc.PosixFormat {
		format = "real %2R\nuser %2U\nsys %2S"
	}
	var job jobs.Rusage
	if sh.lastFg != nil && !sh.lastFg.Started.Before(start) {
		for _, p := range sh.lastFg.Procs {
			job.MaxRSSKiB = max(job.MaxRSSKiB, p.Rusage.MaxRSSKiB)
			job.MajorFaults += p.Rusage.MajorFaults
			job.MinorFaults += p.Rusage.MinorFaults
		}
	}
	fmt.Fprintln(sh.stderr(), timeFormat(format, real, user, sys, job))
	return err
}

// usage is getrusage's user and system times.
func usage(who int) [2]time.Duration {
	var ru unix.Rusage
	unix.Getrusage(who, &ru)
	return [2]time.Duration{jobs.Duration(ru.Utime), jobs.Duration(ru.Stime)}
}

func builtinTimes(sh *Shell, args []string) (int, error) {
	self, children := usage(unix.RUSAGE_SELF), usage(unix.RUSAGE_CHILDREN)
	f := func(d time.Duration) string { return timeFormat("%3lU", 0, d, 0, jobs.Rusage{}) }
	return sh.write("times", fmt.Sprintf("%s %s\n%s %s\n", f(self[0]), f(self[1]), f(children[0]), f(children[1])))
}

// timeFormat expands bash's TIMEFORMAT escapes: %[p][l]R, U, S, %P, %%;
// and jobsh's, from the timed job's processes' rusage: %M the largest
// maximum resident set size in KiB, %F the major and %f the minor page
// faults.
func timeFormat(format string, real, user, sys time.Duration, job jobs.Rusage) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		prec, long := 3, false
		if format[i] >= '0' && format[i] <= '9' {
			prec = int(format[i] - '0')
			if prec > 3 {
				prec = 3
			}
			i++
		}
		if i < len(format) && format[i] == 'l' {
			long = true
			i++
		}
		if i >= len(format) {
			break
		}
		var d time.Duration
		switch format[i] {
		case '%':
			b.WriteByte('%')
			continue
		case 'M':
			fmt.Fprintf(&b, "%d", job.MaxRSSKiB)
			continue
		case 'F':
			fmt.Fprintf(&b, "%d", job.MajorFaults)
			continue
		case 'f':
			fmt.Fprintf(&b, "%d", job.MinorFaults)
			continue
		case 'P':
			pct := 0.0
			if real > 0 {
				pct = float64(user+sys) / float64(real) * 100
			}
			fmt.Fprintf(&b, "%.2f", pct)
			continue
		case 'R':
			d = real
		case 'U':
			d = user
		case 'S':
			d = sys
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
			continue
		}
		secs := d.Seconds()
		if long {
			m := int(secs / 60)
			fmt.Fprintf(&b, "%dm%.*fs", m, prec, truncate(secs-float64(m*60), prec))
		} else {
			fmt.Fprintf(&b, "%.*f", prec, truncate(secs, prec))
		}
	}
	return b.String()
}

// truncate drops digits past prec, as bash does, instead of rounding.
func truncate(x float64, prec int) float64 {
	p := 1.0
	for i := 0; i < prec; i++ {
		p *= 10
	}
	return float64(int64(x*p)) / p
}

// Indexed arrays may be sparse (a[5]=x on a three-element array): then
// Indexes holds each element's index, as the expand package expects.

// arrayEnd is one past the highest index in use: where += appends.
func arrayEnd(v expand.Variable) int {
	if v.Indexes == nil {
		return len(v.List)
	}
	if len(v.Indexes) == 0 {
		return 0
	}
	return v.Indexes[len(v.Indexes)-1] + 1
}

func arrayElem(v expand.Variable, i int) string {
	if k, ok := arrayPos(v, i); ok {
		return v.List[k]
	}
	return ""
}

// arrayPos is where element i of an indexed array stands in v.List, and
// whether it is set; where it is not, the place it would be inserted.
func arrayPos(v expand.Variable, i int) (int, bool) {
	if v.Indexes == nil {
		return i, i >= 0 && i < len(v.List)
	}
	k := sort.SearchInts(v.Indexes, i)
	return k, k < len(v.Indexes) && v.Indexes[k] == i
}

// makeSparse gives a dense array the index of each of its elements, so
// that one can be added or removed out of order.
func makeSparse(v *expand.Variable) {
	if v.Indexes != nil {
		return
	}
	v.Indexes = make([]int, len(v.List))
	for k := range v.Indexes {
		v.Indexes[k] = k
	}
}

func setArrayElem(v *expand.Variable, i int, val string) {
	if v.Indexes == nil {
		switch {
		case i < len(v.List):
			v.List[i] = val
			return
		case i == len(v.List):
			v.List = append(v.List, val)
			return
		}
		makeSparse(v)
	}
	k, ok := arrayPos(*v, i)
	if ok {
		v.List[k] = val
		return
	}
	v.Indexes = append(v.Indexes[:k], append([]int{i}, v.Indexes[k:]...)...)
	v.List = append(v.List[:k], append([]string{val}, v.List[k:]...)...)
}

// unsetArrayElem removes element i; the array becomes sparse if it was
// not the last one, so the other elements keep their indexes.
func unsetArrayElem(v *expand.Variable, i int) {
	if v.Indexes == nil && i >= 0 && i == len(v.List)-1 {
		v.List = v.List[:i]
		return
	}
	k, ok := arrayPos(*v, i)
	if !ok {
		return
	}
	makeSparse(v) // a dense array's positions are its indexes: k holds
	v.Indexes = append(v.Indexes[:k], v.Indexes[k+1:]...)
	v.List = append(v.List[:k], v.List[k+1:]...)
}

// withElem returns cur with the element at index set to val (appended to,
// for +=): a key of an associative array, or an arithmetic index of an
// indexed one, which a scalar becomes.
func (sh *Shell) withElem(name string, cur expand.Variable, kind expand.ValueKind, index syntax.ArithmExpr, val string, appending bool) (expand.Variable, error) {
	v := copyVar(cur)
	if kind == expand.Associative {
		key, err := sh.literal(indexWord(index))
		if err != nil {
			return v, err
		}
		if v.Map == nil {
			v.Map = map[string]string{}
		}
		if appending {
			val = v.Map[key] + val
		}
		v.Kind, v.Set, v.Map[key] = expand.Associative, true, val
		return v, nil
	}
	i, err := expand.Arithm(sh.expandConfig(), index)
	if err != nil {
		return v, err
	}
	if v.Kind != expand.Indexed {
		if v.IsSet() {
			v.List = []string{v.Str}
		} else {
			v.List = nil
		}
		v.Kind, v.Indexes = expand.Indexed, nil
	}
	if i < 0 {
		i += arrayEnd(v)
	}
	if i < 0 {
		return v, fmt.Errorf("%s[%d]: bad array subscript", name, i)
	}
	if appending {
		val = arrayElem(v, i) + val
	}
	setArrayElem(&v, i, val)
	v.Set = true
	return v, nil
}

// SetElem sets one array element for an arithmetic assignment such as
// ((a[i] = 7)); it makes the shell an expand.ElemWriteEnviron.
func (sh *Shell) SetElem(name string, index syntax.ArithmExpr, value string) error {
	cur := sh.Get(name)
	v, err := sh.withElem(name, cur, cur.Kind, index, value, false)
	if err != nil {
		return err
	}
	return sh.Set(name, v)
}
