package shell

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// builtinHelp is the synopsis and one-line description `help` prints.
var builtinHelp = map[string][2]string{
	":":         {": [arguments]", "Do nothing, successfully."},
	".":         {". filename [arguments]", "Run the commands of a file in this shell."},
	"source":    {"source filename [arguments]", "Run the commands of a file in this shell."},
	"bg":        {"bg [job_spec ...]", "Resume stopped jobs in the background (SIGCONT to their process groups)."},
	"break":     {"break [n]", "Leave n enclosing for, while or until loops."},
	"builtin":   {"builtin shell-builtin [arg ...]", "Run a builtin even where a function has its name."},
	"cd":        {"cd [-L|-P] [dir]", "Change the shell's working directory."},
	"command":   {"command [-pVv] command [arg ...]", "Run a command, skipping shell functions, or tell what it is."},
	"continue":  {"continue [n]", "Start the next turn of the n-th enclosing loop."},
	"declare":   {"declare [-aAgnirx] [-p] [name[=value] ...]", "Set variables and their attributes; -n makes a name reference."},
	"disown":    {"disown [-h] [-ar] [jobspec ...]", "Remove jobs from the table, or keep them from SIGHUP at exit."},
	"echo":      {"echo [-neE] [arg ...]", "Write arguments to standard output."},
	"eval":      {"eval [arg ...]", "Run the arguments, joined, as shell commands."},
	"exec":      {"exec [command [argument ...]] [redirection ...]", "Replace the shell with a command, or redirect the shell's own descriptors."},
	"exit":      {"exit [n]", "Leave the shell with status n."},
	"export":    {"export [-fn] [name[=value] ...] or export -p", "Mark variables for the environment of commands."},
	"false":     {"false", "Return an unsuccessful result."},
	"fg":        {"fg [job_spec]", "Hand the terminal to a job's process group and resume it in the foreground."},
	"help":      {"help [pattern ...]", "Describe builtins."},
	"jobs":      {"jobs [-lnprsv] [--json] [jobspec ...]", "List jobs: their process groups, states and commands; -v decodes each wait status."},
	"kill":      {"kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]", "Send a signal to processes or to a job's whole process group."},
	"local":     {"local [option] name[=value] ...", "Make variables local to a function."},
	"printf":    {"printf [-v var] format [arguments]", "Write arguments under the control of a format."},
	"pushd":     {"pushd [-n] [+N | -N | dir]", "Save the working directory on the directory stack and change to dir, or rotate the stack."},
	"popd":      {"popd [-n] [+N | -N]", "Remove an entry from the directory stack and change to the new top."},
	"dirs":      {"dirs [-clpv] [+N] [-N]", "Show the directory stack, $PWD first; ~ stands for $HOME unless -l."},
	"pwd":       {"pwd [-LP]", "Print the working directory."},
	"alias":     {"alias [-p] [name[=value] ...]", "Define or print aliases; expanded in interactive shells, and in scripts after shopt -s expand_aliases."},
	"unalias":   {"unalias [-a] name [name ...]", "Remove aliases (all of them with -a)."},
	"mapfile":   {"mapfile [-t] [-d delim] [-n count] [-O origin] [-s count] [-u fd] [array]", "Read lines from standard input into an indexed array (MAPFILE by default)."},
	"readarray": {"readarray [-t] [-d delim] [-n count] [-O origin] [-s count] [-u fd] [array]", "Read lines from standard input into an indexed array; the same as mapfile."},
	"hash":      {"hash [-lrt] [-p pathname] [-d] [name ...]", "Remember or list where commands were found in PATH, with how often each was run."},
	"read":      {"read [-rs] [-a array] [-d delim] [-n nchars] [-p prompt] [-t timeout] [name ...]", "Read a line from standard input and split it into variables."},
	"readonly":  {"readonly [-aAf] [name[=value] ...] or readonly -p", "Make variables unchangeable."},
	"return":    {"return [n]", "Return from a function or sourced file."},
	"set":       {"set [-abefhmnuvxC] [-o option-name] [--] [arg ...]", "Set shell options and positional parameters."},
	"shift":     {"shift [n]", "Shift the positional parameters left by n."},
	"suspend":   {"suspend [-f]", "Stop the shell itself (SIGSTOP) until it gets SIGCONT."},
	"test":      {"test [expr]", "Evaluate a conditional expression."},
	"[":         {"[ arg... ]", "Evaluate a conditional expression; the last argument must be ]."},
	"true":      {"true", "Return a successful result."},
	"type":      {"type [-afptP] name [name ...]", "Tell how each name would be interpreted as a command."},
	"typeset":   {"typeset [-aAgnirx] [-p] name[=value] ...", "Set variables and their attributes (same as declare)."},
	"unset":     {"unset [-f] [-v] [-n] [name ...]", "Remove variables or functions; -n a name reference itself."},
	"wait":      {"wait [-fn] [-p var] [id ...]", "Wait for jobs or processes to change state and return their status."},
	"waitpid":   {"waitpid [-v] [-t timeout] [-e] [-c count] pid ...", "Wait for any processes to end, children or not (pidfd_open and poll), as util-linux waitpid(1)."},
	"times":     {"times", "Print the user and system times of the shell and of its children."},
	"umask":     {"umask [-S] [mode]", "Show or set the file creation mask."},
	"trap":      {"trap [-lp] [[action] signal_spec ...]", "Run an action when a signal arrives (between commands), on EXIT, ERR, DEBUG (before each command) or RETURN; '' ignores, - resets."},
	"caller":    {"caller [expr]", "Print where the function running, or the one N calls up, was called from: LINE [FUNCTION] FILE."},
	"shopt":     {"shopt [-pqsu] [-o] [optname ...]", "Set and show the bash options jobsh has: dotglob, expand_aliases, extglob, globstar, inherit_errexit, lastpipe, login_shell, nocaseglob, nocasematch, nullglob, sourcepath, xpg_echo; with -o, set's options."},
	"getopts":   {"getopts optstring name [arg ...]", "Parse options from the positional parameters, one per call (OPTIND, OPTARG)."},
	"history":   {"history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]", "List the command history ($HISTFILE), clear it, delete entries, read or write the file, expand or add a line."},
	"ulimit":    {"ulimit [-SHa] [-cdflnstuv] [limit]", "Show or set resource limits of the shell and the commands it starts."},
}

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
	}
	for _, name := range []string{
		"fc", "complete", "compgen", "bind", "enable", "logout"} {
		builtins[name] = notYet(name)
	}
}

// usage reports a bad option as bash does, with the synopsis; status 2.
func (sh *Shell) usage(name, opt string) (int, error) {
	sh.errorf("%s: %s: invalid option", name, opt)
	fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, builtinHelp[name][0])
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
						fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, builtinHelp[name][0])
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
	target := filepath.Clean(sh.abs(dir))
	if _, physical := opts['P']; physical {
		if t, err := filepath.EvalSymlinks(target); err == nil {
			target = t
		}
	}
	if err := enterable(target); err != nil {
		sh.errorf("cd: %s: %s", dir, errnoText(err))
		return 1, nil
	}
	sh.setVar("OLDPWD", sh.cwd, false)
	sh.cwd = target
	sh.setVar("PWD", target, false)
	if print {
		fmt.Fprintln(sh.stdout(), target)
	}
	return 0, nil
}

func builtinPwd(sh *Shell, args []string) (int, error) {
	opts, _, ok := sh.options("pwd", args, "LP")
	if !ok {
		return 2, nil
	}
	dir := sh.cwd
	if _, ok := opts['P']; ok {
		if d, err := filepath.EvalSymlinks(dir); err == nil {
			dir = d
		}
	}
	return sh.write("pwd", dir+"\n")
}

// write writes builtin output to standard output, reporting failure as
// bash does ("echo: write error: Bad file descriptor").
func (sh *Shell) write(name, s string) (int, error) {
	if _, err := sh.stdout().Write([]byte(s)); err != nil {
		if errors.Is(err, unix.EPIPE) && sh.mode.sharesProcess() {
			// A subshell running in this process (a pipeline stage)
			// whose reader went away: in bash it is a process that dies
			// of SIGPIPE, silently, with status 141. So does this one;
			// going on would loop forever in `f | head -1`.
			return 128 + int(unix.SIGPIPE), exitFlow{128 + int(unix.SIGPIPE)}
		}
		if errors.Is(err, os.ErrClosed) {
			err = unix.EBADF
		}
		sh.errorf("%s: write error: %s", name, errnoText(err))
		return 1, nil
	}
	return 0, nil
}

func builtinExit(sh *Shell, args []string) (int, error) {
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
		s, stop = echoEscapes(s)
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
func echoEscapes(s string) (string, bool) {
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
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), false
}

func builtinSet(sh *Shell, args []string) (int, error) {
	if len(args) == 0 {
		var lines []string
		sh.Each(func(name string, v expand.Variable) bool {
			if v.IsSet() && v.Kind == expand.String {
				lines = append(lines, name+"="+quote(v.Str))
			}
			return true
		})
		sort.Strings(lines)
		return sh.write("set", strings.Join(lines, "\n")+"\n")
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
		if n, err = strconv.Atoi(args[0]); err != nil || n < 0 {
			sh.errorf("shift: %s: numeric argument required", args[0])
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
					if i, err := sh.arithString(key); err == nil {
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
				if i, err := sh.arithString(key); key != "@" && key != "*" && err == nil && i == 0 {
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
	savedSrc := sh.progSrc
	sh.progSrc = &srcRecorder{buf: []byte(src)}
	defer func() { sh.progSrc = savedSrc }()
	f, err := parser.Parse(src, name)
	if err != nil {
		sh.syntaxErrorIn(err, src, "eval")
		return 2, nil
	}
	saveBase, saveLine := sh.lineBase, sh.line
	if name == "" {
		sh.lineBase = sh.line - 1
	} else {
		sh.lineBase = 0
	}
	if len(f.Stmts) == 0 {
		sh.status = 0
	}
	sh.expandAliases(f.Stmts)
	err = sh.runStmts(f.Stmts)
	sh.lineBase, sh.line = saveBase, saveLine
	return sh.status, err
}

// sourceFile runs a file read with . or source, as bash does: line by
// line as it parses, so the lines before a syntax error run, and with
// the file's name in its messages ("lib.sh: line 2: ...").
func (sh *Shell) sourceFile(src, name string) (int, error) {
	saveBase, saveLine, saveName := sh.lineBase, sh.line, sh.sourceName
	sh.lineBase, sh.sourceName = 0, name
	defer func() { sh.lineBase, sh.line, sh.sourceName = saveBase, saveLine, saveName }()
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
	path := sh.abs(name)
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
	data, err := os.ReadFile(path)
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
	sh.funcDepth++
	gen := sh.returnTrapGen
	status, err := sh.sourceFile(string(data), name)
	sh.funcDepth--
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
	if sh.funcDepth == 0 {
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
	status := 0
	var b strings.Builder
	for _, name := range args {
		hashed := sh.hash[name] != nil
		kind, path := sh.kindOf(name, false)
		if forcePath {
			kind = "file"
			var st int
			if path, st, _ = sh.lookPath(name); st != 0 {
				kind = ""
			}
		}
		switch {
		case kind == "":
			if !short && !pathOnly {
				sh.errorf("type: %s: not found", name)
			}
			status = 1
		case short:
			fmt.Fprintln(&b, kind)
		case pathOnly || forcePath:
			if kind == "file" {
				fmt.Fprintln(&b, path)
			}
		case kind == "alias":
			fmt.Fprintf(&b, "%s is aliased to `%s'\n", name, path)
		case kind == "keyword":
			fmt.Fprintf(&b, "%s is a shell keyword\n", name)
		case kind == "function":
			fmt.Fprintf(&b, "%s is a function\n%s\n", name, funcSource(sh.funcs[name]))
		case kind == "builtin":
			fmt.Fprintf(&b, "%s is a shell builtin\n", name)
		case hashed:
			fmt.Fprintf(&b, "%s is hashed (%s)\n", name, path)
		default:
			fmt.Fprintf(&b, "%s is %s\n", name, path)
		}
	}
	sh.write("type", b.String())
	return status, nil
}

func funcSource(fn *syntax.FuncDecl) string {
	var b strings.Builder
	parser.PrintSource(&b, fn)
	return strings.TrimRight(b.String(), "\n")
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
		status := 0
		for _, name := range args {
			kind, path := sh.kindOf(name, false)
			switch {
			case kind == "":
				if V {
					sh.errorf("command: %s: not found", name)
				}
				status = 1
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

func builtinHelpCmd(sh *Shell, args []string) (int, error) {
	var b strings.Builder
	if len(args) == 0 {
		names := make([]string, 0, len(builtinHelp))
		for n := range builtinHelp {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(&b, "%s. These commands are built into the shell; `help name' tells more.\n", Version)
		for _, n := range names {
			fmt.Fprintf(&b, "%-12s %s\n", n, builtinHelp[n][1])
		}
		return sh.write("help", b.String())
	}
	status := 1
	for _, pat := range args {
		for n, h := range builtinHelp {
			if ok, _ := filepath.Match(pat, n); ok {
				fmt.Fprintf(&b, "%s: %s\n    %s\n", n, h[0], h[1])
				status = 0
			}
		}
	}
	if status != 0 {
		sh.errorf("help: no help topics match `%s'.", strings.Join(args, " "))
		return 1, nil
	}
	return sh.write("help", b.String())
}

// BuiltinReference is docs/builtins.md: every builtin's synopsis and
// description, from the same table `help` prints. A test keeps the file
// in step with the table.
func BuiltinReference() string {
	names := make([]string, 0, len(builtinHelp))
	for n := range builtinHelp {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# jobsh builtins\n\nGenerated from `shell/builtins.go` (the table `help` prints); `go test ./shell` checks it,\n`JOBSH_UPDATE_DOCS=1 go test ./shell` rewrites it.\n\n")
	for _, n := range names {
		fmt.Fprintf(&b, "## %s\n\n    %s\n\n%s\n\n", n, builtinHelp[n][0], builtinHelp[n][1])
	}
	return b.String()
}

// enterable says why cd (or pushd, popd) can't make dir the working
// directory: it is not there, not a directory, or not searchable.
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
