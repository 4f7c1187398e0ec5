package shell

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"jobsh/parser"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// builtin is a command run inside the shell. It returns its exit status
// and, for exit, break, continue and return, the control flow it starts.
type builtin func(sh *Shell, args []string) (int, error)

var builtins map[string]builtin

var keywords = map[string]bool{
	"if": true, "then": true, "elif": true, "else": true, "fi": true, "case": true, "esac": true,
	"for": true, "select": true, "while": true, "until": true, "do": true, "done": true,
	"in": true, "function": true, "time": true, "{": true, "}": true, "!": true, "[[": true,
	"]]": true, "coproc": true,
}

func init() {
	builtins = map[string]builtin{
		":":         func(*Shell, []string) (int, error) { return 0, nil },
		"true":      func(*Shell, []string) (int, error) { return 0, nil },
		"false":     func(*Shell, []string) (int, error) { return 1, nil },
		"cd":        builtinCd,
		"pwd":       builtinPwd,
		"exit":      builtinExit,
		"echo":      builtinEcho,
		"printf":    builtinPrintf,
		"pushd":     builtinPushd,
		"popd":      builtinPopd,
		"dirs":      builtinDirs,
		"set":       builtinSet,
		"shift":     builtinShift,
		"unset":     builtinUnset,
		"eval":      builtinEval,
		"source":    func(sh *Shell, args []string) (int, error) { return sh.source("source", args) },
		".":         func(sh *Shell, args []string) (int, error) { return sh.source(".", args) },
		"exec":      builtinExec,
		"read":      builtinRead,
		"type":      builtinType,
		"command":   builtinCommand,
		"builtin":   builtinBuiltin,
		"help":      builtinHelpCmd,
		"break":     builtinBreak,
		"continue":  builtinContinue,
		"return":    builtinReturn,
		"test":      builtinTest,
		"[":         builtinBracket,
		"export":    declBuiltin("export"),
		"readonly":  declBuiltin("readonly"),
		"declare":   declBuiltin("declare"),
		"typeset":   declBuiltin("typeset"),
		"local":     declBuiltin("local"),
		"jobs":      builtinJobs,
		"fg":        builtinFg,
		"bg":        builtinBg,
		"wait":      builtinWait,
		"fc":        builtinFc,
		"kill":      builtinKill,
		"disown":    builtinDisown,
		"suspend":   builtinSuspend,
		"waitpid":   builtinWaitpid,
		"times":     builtinTimes,
		"umask":     builtinUmask,
		"history":   builtinHistory,
		"getopts":   builtinGetopts,
		"shopt":     builtinShopt,
		"trap":      builtinTrap,
		"ulimit":    builtinUlimit,
		"mapfile":   builtinMapfile,
		"readarray": builtinMapfile,
		"hash":      builtinHash,
		"alias":     builtinAlias,
		"unalias":   builtinUnalias,
		"caller":    builtinCaller,
		"let":       builtinLet,
		"bind":      builtinBind,
		"complete":  builtinComplete,
		"compgen":   builtinCompgen,
		"compopt":   builtinCompopt,
	}
	for _, name := range unsupportedBuiltins {
		builtins[name] = notYet(name)
	}
}

// unsupportedBuiltins are bash's builtins that jobsh refuses with "not
// supported" and status 2 rather than run wrongly (the manual page lists
// them).
var unsupportedBuiltins = []string{"enable", "logout"}

// usage reports a bad option as bash does, with the synopsis; status 2.
func (sh *Shell) usage(name, opt string) (int, error) {
	sh.errorf("%s: %s: invalid option", name, opt)
	fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, synopsis(name))
	return 2, nil
}

// options splits leading -abc options off args. letters lists the
// accepted ones; a letter followed by ':' takes an argument.
func (sh *Shell) options(name string, args []string, letters string) (map[byte]string, []string, bool) {
	opts := map[byte]string{}
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			args = args[1:]
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		args = args[1:]
		for i := 1; i < len(a); i++ {
			k := strings.IndexByte(letters, a[i])
			if k < 0 {
				sh.usage(name, "-"+string(a[i]))
				return nil, nil, false
			}
			if k+1 < len(letters) && letters[k+1] == ':' {
				val := a[i+1:]
				if val == "" {
					if len(args) == 0 {
						sh.errorf("%s: -%c: option requires an argument", name, a[i])
						fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, synopsis(name))
						return nil, nil, false
					}
					val, args = args[0], args[1:]
				}
				opts[a[i]] = val
				break
			}
			opts[a[i]] = ""
		}
	}
	return opts, args, true
}

func builtinCd(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("cd", args, "LPe@")
	if !ok {
		return 2, nil
	}
	if len(args) > 1 {
		sh.errorf("cd: too many arguments")
		return 1, nil
	}
	dir, print := "", false
	shown := "" // what cd prints, if not the new directory
	switch {
	case len(args) == 0:
		dir = sh.Get("HOME").String()
		if dir == "" {
			sh.errorf("cd: HOME not set")
			return 1, nil
		}
	case args[0] == "-":
		dir = sh.Get("OLDPWD").String()
		if dir == "" {
			sh.errorf("cd: OLDPWD not set")
			return 1, nil
		}
		print = true
	default:
		dir = args[0]
		if dir == "" {
			dir = "." // cd "" stays, as in bash
		}
	}
	if dir != "" && !filepath.IsAbs(dir) && !strings.HasPrefix(dir, ".") {
		for _, base := range filepath.SplitList(sh.Get("CDPATH").String()) {
			if base == "" {
				continue
			}
			cand := filepath.Join(sh.abs(base), dir)
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				dir, print = cand, true
				break
			}
		}
	}
	if sh.opts[optCdableVars] && dir != "" && !filepath.IsAbs(dir) && !strings.HasPrefix(dir, ".") && enterable(sh.abs(dir)) != nil {
		// shopt -s cdable_vars: a name that is no directory may be a
		// variable holding one; bash prints it.
		if v := sh.Get(dir).String(); v != "" && enterable(filepath.Clean(sh.abs(v))) == nil {
			dir, print, shown = v, true, v
		}
	}
	target := filepath.Clean(sh.abs(dir))
	if v := sh.Get(dir); sh.opts[optCdableVars] && validName(dir) && v.IsSet() && enterable(target) != nil {
		// shopt -s cdable_vars: a name that is no directory names a
		// variable holding one; cd prints where it went, as bash does.
		dir, print = v.String(), true
		target = filepath.Clean(sh.abs(dir))
	}
	if sh.physical(opts) {
		if t, err := filepath.EvalSymlinks(target); err == nil {
			target = t
		}
	}
	if sh.cwd == "" {
		// No current directory, as bash's after it found it gone.
		_, err := unix.Getwd()
		sh.getcwdFailed("chdir", err)
		if !filepath.IsAbs(dir) {
			if !sh.cdVerbatim(dir) {
				sh.errorf("cd: %s: %s", dir, errnoText(enterable(dir)))
				return 1, nil
			}
			return 0, nil
		}
	}
	if err := sh.changeDir(target); err != nil && !sh.cdVerbatim(dir) {
		sh.errorf("cd: %s: %s", dir, errnoText(err))
		return 1, nil
	}
	if print {
		return sh.write("cd", cmp.Or(shown, sh.cwd)+"\n")
	}
	return 0, nil
}

// physical says whether cd or pwd resolve symbolic links: -P, or set -P
// without -L.
func (sh *Shell) physical(opts map[byte]string) bool {
	_, p := opts['P']
	_, l := opts['L']
	return p || sh.opts[optPhysical] && !l
}

func builtinPwd(sh *Shell, args []string) (int, error) {
	opts, _, ok := sh.options("pwd", args, "LP")
	if !ok {
		return 2, nil
	}
	dir := sh.cwd
	physical := sh.physical(opts) || dir == ""
	if !physical && sh.posix() {
		// POSIX mode checks that the name still leads somewhere, as
		// bash's pwd does (same_file).
		_, err := os.Stat(dir)
		physical = err != nil
	}
	if physical {
		d, err := sh.physicalCwd()
		if err != nil {
			sh.getcwdFailed("pwd", err)
			sh.forgetCwd()
			return 1, nil
		}
		dir = d
	}
	return sh.write("pwd", dir+"\n")
}

// physicalCwd is the working directory without symbolic links. When its
// name no longer leads there (removed, or renamed), it is what getcwd
// says, as bash's resetpwd asks it, where the process is in it.
func (sh *Shell) physicalCwd() (string, error) {
	d, err := filepath.EvalSymlinks(sh.cwd)
	if err == nil && sh.cwd != "" {
		return d, nil
	}
	p := sh.shared
	p.dirMu.RLock()
	defer p.dirMu.RUnlock()
	if p.dir != sh.cwd {
		return "", err
	}
	return unix.Getwd()
}

// forgetCwd leaves the shell with no current directory once getcwd has
// failed, as bash's resetpwd does: later pwds and cds say so too. Only
// the shell that owns the process, which is in that directory, may.
func (sh *Shell) forgetCwd() {
	p := sh.shared
	if sh.process != nil || !p.movesDir {
		return
	}
	p.dirMu.Lock()
	defer p.dirMu.Unlock()
	if p.dir == sh.cwd {
		p.dir, sh.cwd = "", ""
	}
}

// write writes builtin output to standard output, reporting failure as
// bash does ("echo: write error: Bad file descriptor").
func (sh *Shell) write(name, s string) (int, error) {
	if _, err := sh.stdout().Write([]byte(s)); err != nil {
		if sh.killedBySIGPIPE(err) {
			// A subshell running in this process (a pipeline stage)
			// whose reader went away: in bash it is a process that dies
			// of SIGPIPE, silently, with status 141. So does this one;
			// going on would loop forever in `f | head -1`.
			return sigpipeExit.code, sigpipeExit
		}
		if errors.Is(err, os.ErrClosed) {
			err = unix.EBADF
		}
		sh.errorf("%s: write error: %s", name, errnoText(err))
		return 1, nil
	}
	return 0, nil
}

// sigpipeExit ends an in-process subshell as SIGPIPE ends bash's.
var sigpipeExit = exitFlow{128 + int(unix.SIGPIPE)}

// killedBySIGPIPE tells whether a write that failed with err would have
// killed this shell were it a process of its own, as bash's subshell is:
// a pipe without a reader, SIGPIPE not ignored, a subshell in this
// process (one of its own gets the signal itself).
func (sh *Shell) killedBySIGPIPE(err error) bool {
	return errors.Is(err, unix.EPIPE) && sh.mode.sharesProcess() && !sh.ignoresSIGPIPE()
}

// ignoresSIGPIPE tells whether SIGPIPE is trapped with an empty action
// (ignored): then a write to a pipe without a reader is an error the
// builtin reports, as in bash.
func (sh *Shell) ignoresSIGPIPE() bool {
	action, ok := sh.traps["SIGPIPE"]
	return ok && action == ""
}

func builtinExit(sh *Shell, args []string) (int, error) {
	sh.errExited = false // this exit is exit's, which says so
	code := sh.status
	if sh.action != nil && sh.action.forExit {
		code = sh.action.status
	}
	if len(args) > 0 {
		n, err := strconv.Atoi(args[0])
		if err != nil {
			sh.errorf("exit: %s: numeric argument required", args[0])
			return 2, exitFlow{2}
		}
		if len(args) > 1 {
			sh.errorf("exit: too many arguments")
			return 1, nil
		}
		code = n & 0xff
	}
	return code, exitFlow{code}
}

func builtinEcho(sh *Shell, args []string) (int, error) {
	newline, escapes := true, sh.opts[optXpgEcho]
	for len(args) > 0 {
		a := args[0]
		if len(a) < 2 || a[0] != '-' || strings.Trim(a[1:], "neE") != "" {
			break
		}
		for _, c := range a[1:] {
			switch c {
			case 'n':
				newline = false
			case 'e':
				escapes = true
			case 'E':
				escapes = false
			}
		}
		args = args[1:]
	}
	s := strings.Join(args, " ")
	if escapes {
		var stop bool
		s, stop = echoEscapes(s, sh.utf8Locale())
		if stop {
			newline = false
		}
	}
	if newline {
		s += "\n"
	}
	return sh.write("echo", s)
}

// echoEscapes interprets echo -e's backslash escapes; \c stops output.
// \u and \U are characters in utf8 (a UTF-8 locale), as printf's are.
func echoEscapes(s string, utf8 bool) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'c':
			return b.String(), true
		case 'e', 'E':
			b.WriteByte(0x1b)
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '\\':
			b.WriteByte('\\')
		case '0', 'x':
			max, base, start := 3, 8, i+1
			if c == 'x' {
				max, base = 2, 16
			}
			j := start
			for j < len(s) && j-start < max && strconv.IntSize > 0 {
				if _, err := strconv.ParseUint(s[j:j+1], base, 8); err != nil {
					break
				}
				j++
			}
			if c == 'x' && j == start {
				b.WriteString(`\x`)
				continue
			}
			n, _ := strconv.ParseUint("0"+s[start:j], base, 16)
			b.WriteByte(byte(n))
			i = j - 1
		case 'u', 'U':
			max, start := 4, i+1
			if c == 'U' {
				max = 8
			}
			j := start
			for j < len(s) && j-start < max && isHex(s[j]) {
				j++
			}
			if j == start {
				b.WriteString(`\` + string(c)) // no digit: as it is, no error
				continue
			}
			n, _ := strconv.ParseUint(s[start:j], 16, 64)
			b.WriteString(unicodeText(n, utf8))
			i = j - 1
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), false
}

// setListing is set without arguments: every variable set, arrays too
// (a=([0]="1")), a local in place of the global it hides, by name; then,
// outside POSIX mode, the functions, as bash lists them.
func (sh *Shell) setListing() string {
	vars := map[string]expand.Variable{}
	sh.Each(func(name string, v expand.Variable) bool {
		vars[name] = v // locals come last, and win
		return true
	})
	names := make([]string, 0, len(vars))
	for name, v := range vars {
		if v.IsSet() && v.Kind != expand.NameRef {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	utf := sh.utf8Locale()
	for _, name := range names {
		v := sh.Get(name)
		if v.Kind == expand.String {
			b.WriteString(name + "=" + quote(v.Str) + "\n")
			continue
		}
		// The body of declare -p's line: a=([0]="1" [1]="2").
		line := declareLine(name, v, utf)
		b.WriteString(line[strings.Index(line, name+"="):] + "\n")
	}
	if !sh.posix() {
		fnames := slices.Sorted(maps.Keys(sh.funcs))
		for _, n := range fnames {
			b.WriteString(sh.funcSource(sh.funcs[n]) + "\n")
		}
	}
	return b.String()
}

func builtinSet(sh *Shell, args []string) (int, error) {
	if len(args) == 0 {
		return sh.write("set", sh.setListing())
	}
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			sh.params = append([]string(nil), args[1:]...)
			sh.paramsSet++
			return 0, nil
		}
		if a == "-" {
			sh.opts[optXTrace], sh.opts[optVerbose] = false, false
			args = args[1:]
			break
		}
		if a == "+" { // bash ignores it
			args = args[1:]
			continue
		}
		if len(a) < 2 || (a[0] != '-' && a[0] != '+') {
			break
		}
		on := a[0] == '-'
		args = args[1:]
		for i := 1; i < len(a); i++ {
			if a[i] == 'o' {
				if len(args) == 0 {
					sh.listOptions(on)
					continue
				}
				if !sh.setOptionNamed(args[0], on) {
					sh.errorf("set: %s: invalid option name", args[0])
					return 2, nil
				}
				args = args[1:]
				continue
			}
			o, ok := optionForLetter(a[i])
			if !ok {
				return sh.usage("set", string(a[0])+string(a[i]))
			}
			sh.setOption(o, on)
		}
	}
	if len(args) > 0 {
		sh.params = append([]string(nil), args...)
		sh.paramsSet++
	}
	return 0, nil
}

// setOptionNamed is set -o NAME: false if there is no such option.
func (sh *Shell) setOptionNamed(name string, on bool) bool {
	o, ok := lookupOption(name, setOpt)
	if ok {
		sh.setOption(o, on)
	}
	return ok
}

// setOption turns an option on or off; monitor also switches job control.
func (sh *Shell) setOption(o Option, on bool) {
	if o == optPosix {
		sh.setPosix(on)
		return
	}
	if on && (o == optVi || o == optEmacs) {
		// One editing mode at a time, as in bash.
		sh.opts[optVi], sh.opts[optEmacs] = false, false
	}
	if o == optMonitor {
		switch {
		case on && !sh.ctl.JobControl && sh.ctl.TTY < 0 && !sh.mode.subshell():
			if err := sh.enableJobControl(false); err != nil {
				sh.errorf("cannot set terminal process group: %v", err)
				sh.errorf("no job control in this shell")
			}
		case sh.mode.subshell():
			// A subshell's jobs stay in its own job's group.
		default:
			sh.setJobControl(on)
		}
		return
	}
	sh.opts[o] = on
	if o == optJobTrace {
		sh.ctl.Trace = nil
		if on {
			sh.ctl.Trace = os.Stderr
		}
	}
}

func (sh *Shell) listOptions(human bool) {
	var b strings.Builder
	for _, n := range optionsOfKind(setOpt) {
		if human {
			state := "off"
			if sh.optionOn(n) {
				state = "on"
			}
			fmt.Fprintf(&b, "%-15s\t%s\n", n, state)
		} else {
			sign := "+"
			if sh.optionOn(n) {
				sign = "-"
			}
			fmt.Fprintf(&b, "set %so %s\n", sign, n)
		}
	}
	sh.write("set", b.String())
}

func builtinShift(sh *Shell, args []string) (int, error) {
	n := 1
	if len(args) > 0 {
		var err error
		if n, err = strconv.Atoi(args[0]); err != nil {
			sh.errorf("shift: %s: numeric argument required", args[0])
			return 1, nil
		}
		if n < 0 {
			sh.errorf("shift: %s: shift count out of range", args[0])
			return 1, nil
		}
	}
	if n > len(sh.params) {
		if sh.posix() {
			// POSIX: "a warning message shall be written to standard
			// error", as bash's posix mode (shift_verbose) does.
			if len(args) > 0 {
				sh.errorf("shift: %s: shift count out of range", args[0])
			} else {
				sh.errorf("shift: shift count out of range")
			}
		}
		return 1, nil
	}
	sh.params = sh.params[n:]
	return 0, nil
}

func builtinUnset(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("unset", args, "fvn")
	if !ok {
		return 2, nil
	}
	_, funcs := opts['f']
	_, onlyVars := opts['v']
	_, refs := opts['n']
	status := 0
	for _, name := range args {
		if funcs {
			delete(sh.funcs, name)
			delete(sh.exportedFuncs, name)
			continue
		}
		base, index, hasIndex := strings.Cut(name, "[")
		if !validName(base) || hasIndex && !strings.HasSuffix(index, "]") {
			sh.errorf("unset: `%s': not a valid identifier", name)
			status = 1
			continue
		}
		v := sh.Get(base)
		if refs && !hasIndex {
			// unset -n: the nameref itself, not what it refers to; on
			// another variable bash does nothing.
			if raw := sh.lookup(base); raw.Kind == expand.NameRef {
				if raw.ReadOnly {
					sh.errorf("unset: %s: cannot unset: readonly variable", base)
					status = 1
				} else {
					sh.setRaw(base, expand.Variable{})
				}
			}
			continue
		}
		if !onlyVars && !v.Declared() && sh.funcs[base] != nil {
			delete(sh.funcs, base)
			delete(sh.exportedFuncs, base)
			continue
		}
		if v.ReadOnly {
			sh.errorf("unset: %s: cannot unset: readonly variable", base)
			status = 1
			continue
		}
		if hasIndex {
			key := strings.TrimSuffix(index, "]")
			v = copyVar(v)
			switch v.Kind {
			case expand.Associative:
				delete(v.Map, key)
			case expand.Indexed:
				switch key {
				case "@", "*": // every element; the array stays
					v.List, v.Indexes = []string{}, nil
				case "": // bash does nothing
				default:
					i, err := sh.subscriptIndex(key)
					if ie, ok := err.(indexError); ok {
						return 1, sh.indexFailed(ie.msg)
					}
					if err == nil {
						if i < 0 {
							if i += arrayEnd(v); i < 0 {
								sh.errorf("unset: [%s]: bad array subscript", key)
								status = 1
								continue
							}
						}
						unsetArrayElem(&v, i)
					}
				}
			default:
				// A scalar is an array of one element, [0].
				if !v.IsSet() || key == "" {
					continue
				}
				if i, err := sh.arithText(key); key != "@" && key != "*" && err == nil && i == 0 {
					sh.Set(base, expand.Variable{})
				} else {
					sh.errorf("unset: %s: not an array variable", base)
					status = 1
				}
				continue
			}
			sh.Set(base, v)
			continue
		}
		sh.Set(base, expand.Variable{})
		if isDynamicVar(base) && !slices.Contains(sh.unspecial, base) {
			sh.unspecial = append(sh.unspecial, base)
		}
	}
	if status != 0 && sh.posix() {
		// 2.8.1: a special built-in utility error ends a script
		// (stricter than bash's posix mode, which goes on).
		return status, sh.specialBuiltinFailed(status)
	}
	return status, nil
}

// runSource parses and runs src in this shell, as eval and source do.
func (sh *Shell) runSource(src, name string) (int, error) {
	return sh.runSourceAs(src, name, "eval")
}

// runSourceAs is runSource for text that a syntax error names as what:
// "eval", or for a trap's action "trap", "error trap", "exit trap"...
func (sh *Shell) runSourceAs(src, name, what string) (int, error) {
	saveBase, saveLine := sh.lineBase, sh.line
	defer func() { sh.lineBase, sh.line = saveBase, saveLine }()
	// eval's lines count on from its own, as do those of the ERR and
	// DEBUG traps' actions; a signal's or EXIT's action, which runs
	// between commands, counts from 1, as a file does.
	sh.lineBase = 0
	if name == "" && what != "trap" && what != "exit trap" {
		sh.lineBase = sh.line - 1
	}
	runBase := sh.lineBase
	ran := false
	do := func(st *syntax.Stmt) error {
		ran = true
		return sh.stmt(st)
	}
	if f, err := parser.Parse(src, name); err == nil {
		// The text parses: its lines run one after the other, each
		// after its alias expansion, as runStream would run them.
		savedSrc := sh.progSrc
		rec := &srcRecorder{buf: []byte(src)}
		sh.progSrc = rec
		err = sh.runUnits(f.Stmts, do, &verboseEcho{rec: rec})
		sh.progSrc = savedSrc
		if !ran && err == nil {
			sh.status = 0 // nothing to run: eval '' is 0
		}
		return sh.status, err
	}
	// Like bash's parse_and_execute, the text runs as it parses: the
	// lines before a syntax error run. The error's lines count on from
	// eval's line, a trap's action's from 1.
	report := func(err error, src string) bool {
		sh.lineBase = 0
		if what == "eval" && name == "" {
			sh.lineBase = runBase
		}
		return sh.syntaxErrorIn(err, src, what)
	}
	err := sh.runStreamWith(strings.NewReader(src), name, do, streamOpts{syntax: report})
	if _, ok := err.(syntaxFlow); ok {
		return 2, nil
	}
	if !ran && err == nil {
		sh.status = 0 // nothing to run: eval '' is 0
	}
	return sh.status, err
}

// runUnits runs parsed statements a line (or the lines one command spans)
// at a time, as runStream runs what it parses.
func (sh *Shell) runUnits(stmts []*syntax.Stmt, do func(*syntax.Stmt) error, echo *verboseEcho) error {
	for i := 0; i < len(stmts); {
		j := i + 1
		end := lastLine(stmts[i])
		for ; j < len(stmts) && int(stmts[j].Pos().Line()) <= end; j++ {
			end = max(end, lastLine(stmts[j]))
		}
		echo.through(end, sh.opts[optVerbose])
		if err := sh.runUnit(stmts[i:j], do); err != nil {
			return err
		}
		i = j
	}
	echo.through(-1, sh.opts[optVerbose])
	return nil
}

// sourceFile runs a file read with . or source, as bash does: line by
// line as it parses, so the lines before a syntax error run, and with
// the file's name in its messages ("lib.sh: line 2: ...").
func (sh *Shell) sourceFile(src, name string) (int, error) {
	saveBase, saveLine, saveName, frames := sh.lineBase, sh.line, sh.sourceName, len(sh.frames)
	sh.pushFrame(frame{Func: "source", File: name, Line: sh.line, Caller: sh.currentFile(),
		Scopes: len(sh.scopes), Nest: sh.scopedFuncNest()}, false)
	sh.lineBase, sh.sourceName = 0, name
	defer func() {
		sh.lineBase, sh.line, sh.sourceName = saveBase, saveLine, saveName
		sh.frames = sh.frames[:frames]
	}()
	sh.status = 0
	err := sh.runStream(strings.NewReader(src), name, sh.stmt)
	if se, ok := err.(syntaxFlow); ok {
		return se.status, nil
	}
	return sh.status, err
}
func builtinEval(sh *Shell, args []string) (int, error) {
	return sh.runSource(strings.Join(args, " "), "")
}

// source is . and source (builtin names the one called).
func (sh *Shell) source(builtin string, args []string) (int, error) {
	if len(args) == 0 {
		sh.errorf("source: filename argument required")
		fmt.Fprintf(sh.stderr(), "source: usage: source filename [arguments]\n")
		return 2, nil
	}
	name := args[0]
	path := name
	if !strings.Contains(name, "/") && sh.opts[optSourcePath] {
		found := false
		for _, dir := range filepath.SplitList(sh.Get("PATH").String()) {
			p := filepath.Join(sh.abs(dir), name)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				path, found = p, true
				break
			}
		}
		if !found && sh.posix() {
			// POSIX: "the shell shall use the search path specified by
			// PATH", the current directory only if PATH names it.
			sh.errorf("%s: %s: file not found", builtin, name)
			return 1, sh.specialBuiltinFailed(1)
		}
	}
	data, err := sh.readFile(path)
	if err != nil {
		sh.errorf("%s: %s", name, errnoText(err))
		return 1, sh.specialBuiltinFailed(1)
	}
	if len(args) > 1 {
		// The arguments are the positional parameters while the file
		// runs; if it sets others (set --, not shift), they stay, as in
		// bash.
		old, set := sh.params, sh.paramsSet
		sh.params = args[1:]
		defer func() {
			if sh.paramsSet == set {
				sh.params = old
			}
		}()
	}
	gen := sh.returnTrapGen
	status, err := sh.sourceFile(string(data), name)
	if r, ok := err.(returnFlow); ok {
		status, err = r.code, nil
	}
	if err == nil {
		sh.status = status
		if err = sh.runReturnTrap(gen, false); err == nil {
			status = sh.status
		}
	}
	return status, err
}

// loopCount reads break's and continue's n and checks there is a loop.
// A count that is not a number is fatal, as in bash: err is the exit.
func (sh *Shell) loopCount(name string, args []string) (n int, ok bool, err error) {
	n = 1
	if len(args) > 0 {
		var aerr error
		if n, aerr = strconv.Atoi(strings.TrimSpace(args[0])); aerr != nil {
			sh.errorf("%s: %s: numeric argument required", name, args[0])
			if sh.mode.interactive() {
				return 0, false, nil
			}
			return 0, false, exitFlow{128}
		}
		if n < 1 {
			sh.errorf("%s: %s: loop count out of range", name, args[0])
			return 0, false, nil
		}
	}
	if sh.loopDepth == 0 {
		// bash says so, and succeeds; POSIX leaves it unspecified, and
		// bash's posix mode, as dash, says nothing.
		if !sh.posix() {
			sh.errorf("%s: only meaningful in a `for', `while', or `until' loop", name)
		}
		return 0, true, nil
	}
	return min(n, sh.loopDepth), true, nil
}

func builtinBreak(sh *Shell, args []string) (int, error) {
	n, ok, err := sh.loopCount("break", args)
	switch {
	case err != nil:
		return 128, err
	case !ok:
		return 1, nil
	case n == 0:
		return 0, nil
	}
	return 0, breakFlow{n}
}

func builtinContinue(sh *Shell, args []string) (int, error) {
	n, ok, err := sh.loopCount("continue", args)
	switch {
	case err != nil:
		return 128, err
	case !ok:
		return 1, nil
	case n == 0:
		return 0, nil
	}
	return 0, continueFlow{n}
}

func builtinReturn(sh *Shell, args []string) (int, error) {
	code := sh.status
	if sh.action != nil {
		code = sh.action.status
	}
	if len(args) > 0 {
		n, err := strconv.Atoi(args[0])
		if err != nil {
			sh.errorf("return: %s: numeric argument required", args[0])
			code = 2
		} else {
			code = n & 0xff
		}
	}
	if len(sh.frames) == 0 {
		sh.errorf("return: can only `return' from a function or sourced script")
		return 2, nil
	}
	return code, returnFlow{code, sh.status}
}

// kindOf says what a command name is: "alias", "keyword", "function",
// "builtin", "file", or "".
func (sh *Shell) kindOf(name string, skipFuncs bool) (string, string) {
	if v, ok := sh.aliases[name]; ok && !skipFuncs && sh.aliasesOn() {
		return "alias", v
	}
	if keywords[name] {
		return "keyword", ""
	}
	if !skipFuncs && sh.funcs[name] != nil {
		return "function", ""
	}
	if builtins[name] != nil {
		return "builtin", ""
	}
	if p, status, _ := sh.lookPath(name); status == 0 {
		return "file", p
	}
	return "", ""
}

func builtinType(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("type", args, "afptP")
	if !ok {
		return 2, nil
	}
	_, short := opts['t']
	_, pathOnly := opts['p']
	_, forcePath := opts['P']
	_, all := opts['a']
	_, noFuncs := opts['f']
	status := 0
	var b strings.Builder
	for _, name := range args {
		hashed := sh.hash[name] != nil && !all
		kinds := sh.typeKinds(name, all, noFuncs, forcePath)
		if len(kinds) == 0 {
			if !short && !pathOnly && !forcePath {
				sh.errorf("type: %s: not found", name)
			}
			status = 1
		}
		for _, k := range kinds {
			sh.typeLine(&b, name, k[0], k[1], short, pathOnly || forcePath, hashed)
		}
	}
	sh.write("type", b.String())
	return status, nil
}

// typeKinds is what name means to the shell, as (kind, path) pairs: the
// first meaning, or with all (type -a) every one, in the order the shell
// looks (alias, keyword, function unless noFuncs, builtin, each program
// in $PATH); with pathsOnly (type -P), only programs.
func (sh *Shell) typeKinds(name string, all, noFuncs, pathsOnly bool) [][2]string {
	var kinds [][2]string
	add := func(kind, path string) bool {
		kinds = append(kinds, [2]string{kind, path})
		return !all
	}
	if !pathsOnly {
		if v, ok := sh.aliases[name]; ok && sh.aliasesOn() && add("alias", v) {
			return kinds
		}
		if keywords[name] && add("keyword", "") {
			return kinds
		}
		if !noFuncs && sh.funcs[name] != nil && add("function", "") {
			return kinds
		}
		if builtins[name] != nil && add("builtin", "") {
			return kinds
		}
	}
	if !all {
		if p, st, _ := sh.lookPath(name); st == 0 {
			add("file", p)
		}
		return kinds
	}
	for _, p := range sh.allPaths(name) {
		add("file", p)
	}
	return kinds
}

// typeLine writes one meaning of name as type does.
func (sh *Shell) typeLine(b *strings.Builder, name, kind, path string, short, pathOnly, hashed bool) {
	switch {
	case short:
		fmt.Fprintln(b, kind)
	case pathOnly:
		if kind == "file" {
			fmt.Fprintln(b, path)
		}
	case kind == "alias":
		fmt.Fprintf(b, "%s is aliased to `%s'\n", name, path)
	case kind == "keyword":
		fmt.Fprintf(b, "%s is a shell keyword\n", name)
	case kind == "function":
		fmt.Fprintf(b, "%s is a function\n%s\n", name, sh.funcSource(sh.funcs[name]))
	case kind == "builtin":
		fmt.Fprintf(b, "%s is a shell builtin\n", name)
	case hashed:
		fmt.Fprintf(b, "%s is hashed (%s)\n", name, path)
	default:
		fmt.Fprintf(b, "%s is %s\n", name, path)
	}
}

func builtinCommand(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("command", args, "pvV")
	if !ok {
		return 2, nil
	}
	if len(args) == 0 {
		return 0, nil
	}
	_, v := opts['v']
	_, V := opts['V']
	if v || V {
		// As in bash, the status is 0 if any name was found.
		status := 1
		for _, name := range args {
			kind, path := sh.kindOf(name, false)
			if kind != "" {
				status = 0
			}
			switch {
			case kind == "":
				if V {
					sh.errorf("command: %s: not found", name)
				}
			case V:
				builtinType(sh, []string{name})
			case kind == "file":
				sh.write("command", path+"\n")
			case kind == "alias":
				sh.write("command", "alias "+name+"="+singleQuote(path)+"\n")
			default:
				sh.write("command", name+"\n")
			}
		}
		return status, nil
	}
	if b := builtins[args[0]]; b != nil {
		return b(sh, args[1:])
	}
	return sh.status, sh.runExternal(&syntax.Stmt{Cmd: &syntax.CallExpr{Args: litWords(args)}}, args, nil)
}

func litWords(args []string) []*syntax.Word {
	ws := make([]*syntax.Word, len(args))
	for i, a := range args {
		ws[i] = lit(a)
	}
	return ws
}

// lit is a word of literal text.
func lit(s string) *syntax.Word {
	return &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: s}}}
}

func builtinBuiltin(sh *Shell, args []string) (int, error) {
	if len(args) == 0 {
		return 0, nil
	}
	b := builtins[args[0]]
	if b == nil {
		sh.errorf("builtin: %s: not a shell builtin", args[0])
		return 1, nil
	}
	return b(sh, args[1:])
}

// builtinHelpCmd is help: the pages of helptext.go, chosen as bash
// chooses them (names, glob patterns, then prefixes).
func builtinHelpCmd(sh *Shell, args []string) (int, error) {
	opts, args, ok := sh.options("help", args, "dms")
	if !ok {
		return 2, nil
	}
	if len(args) == 0 {
		return sh.write("help", helpList())
	}
	var b strings.Builder
	if isGlobPattern(args[0]) {
		word := "keyword"
		if len(args) > 1 {
			word = "keywords"
		}
		fmt.Fprintf(&b, "Shell commands matching %s `%s'\n\n", word, strings.Join(args, ", "))
	}
	found := false
	for _, pat := range args {
		for _, p := range matchTopics(pat) {
			found = true
			switch {
			case has(opts, 'd'):
				fmt.Fprintf(&b, "%s - %s\n", p.name, p.short)
			case has(opts, 'm'):
				b.WriteString(p.manText())
			case has(opts, 's'):
				fmt.Fprintf(&b, "%s: %s\n", p.name, p.synopsis)
			default:
				b.WriteString(p.helpText())
			}
		}
	}
	st, err := sh.write("help", b.String())
	if !found {
		last := args[len(args)-1]
		sh.errorf("help: no help topics match `%s'.  Try `help help' or `man -k %s' or `info %s'.", last, last, last)
		return 1, nil
	}
	return st, err
}

// matchTopics finds the pages a help operand names: those it matches as
// a name or a glob pattern, or failing that, those whose names it starts.
func matchTopics(pat string) []*helpPage {
	var list []*helpPage
	for _, p := range helpPages {
		if ok, _ := filepath.Match(pat, p.name); ok || pat == p.name {
			list = append(list, p)
		}
	}
	if len(list) > 0 {
		return list
	}
	for _, p := range helpPages {
		if strings.HasPrefix(p.name, pat) {
			list = append(list, p)
		}
	}
	return list
}

// isGlobPattern is bash's glob_pattern_p: a *, a ?, or a [ closed by ].
func isGlobPattern(s string) bool {
	if strings.ContainsAny(s, "*?") {
		return true
	}
	i := strings.IndexByte(s, '[')
	return i >= 0 && strings.IndexByte(s[i+1:], ']') >= 0
}

// enterable says why cd (or pushd, popd) can't make dir the working
// directory: it is not there, not a directory, or not searchable.
// changeDir makes target (clean, absolute) the working directory, with
// OLDPWD and PWD. The shell that owns jobsh's process moves the process
// too, so that the commands it starts inherit the directory (holdDir)
// even once it is removed, as bash's do; an in-process subshell's copy
// keeps its own.
func (sh *Shell) changeDir(target string) error {
	owner := sh.process == nil && sh.shared.movesDir
	relative := !filepath.IsAbs(target) // from "." (cdVerbatim)
	if err := enterable(target); err != nil {
		return err
	}
	if relative && !owner {
		return unix.ENOENT
	}
	if owner {
		if err := sh.shared.moveTo(target); err != nil {
			return err
		}
	}
	sh.setVar("OLDPWD", sh.cwd, false)
	sh.cwd = target
	sh.setVar("PWD", target, false)
	if relative {
		// PWD is the name, as bash has it; the shell's directory is
		// what getcwd says, or still the nameless "." the process is in.
		sh.cwd = "."
		if wd, err := unix.Getwd(); err == nil {
			sh.cwd = wd
		}
		sh.shared.moveTo(sh.cwd)
	}
	return nil
}

// cdVerbatim is bash's last try when the directory cd names cannot be
// entered by its absolute name: the name as given, from the directory
// the process is in, which works for . in a directory since removed.
// The new directory is named by getcwd or, when that fails too, by the
// name joined to the old one, with bash's message (which has no "bash:"
// before it). POSIX mode fails at once, as bash does. An in-process
// subshell's copy, which may not move the process, takes only the step
// to ".", where the process already is.
func (sh *Shell) cdVerbatim(dir string) bool {
	p := sh.shared
	if sh.posix() || filepath.IsAbs(dir) || !p.movesDir {
		return false
	}
	old, pwd := sh.cwd, sh.Get("PWD").String()
	var target string
	var err error
	if sh.process == nil {
		target, err = p.chdirVerbatim(old, dir)
	} else {
		target, err = p.stayVerbatim(old, dir)
	}
	switch {
	case target == "":
		return false
	case err == nil:
	case old == "":
		// Still nameless: "." (the process's directory) from now on,
		// and PWD the name, as bash has them.
		sh.setVar("OLDPWD", pwd, false)
		sh.cwd = "."
		sh.setVar("PWD", filepath.Clean(dir), false)
		return true
	default:
		sh.getcwdFailed("cd", err)
	}
	sh.setVar("OLDPWD", old, false)
	sh.cwd = target
	sh.setVar("PWD", target, false)
	return true
}

// getcwdFailed is bash's message when it cannot name the directory it
// is in (get_working_directory), under the name of the builtin asking.
func (sh *Shell) getcwdFailed(who string, err error) {
	fmt.Fprintf(sh.stderr(), "%s: error retrieving current directory: getcwd: cannot access parent directories: %s\n", who, errnoText(err))
}

func enterable(dir string) error {
	st, err := os.Stat(dir)
	if err == nil && !st.IsDir() {
		err = unix.ENOTDIR
	}
	if err == nil {
		err = unix.Access(dir, unix.X_OK)
	}
	return err
}
