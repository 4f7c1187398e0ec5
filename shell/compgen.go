package shell

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/pattern"
	"mvdan.cc/sh/v3/syntax"
)

// compGen computes the candidates of one spec for one word, in bash's
// order (gen_compspec_completions): the actions, -G, -W, the function,
// the command; then -X, -P and -S; then -o dirnames and plusdirs.
type compGen struct {
	sh   *Shell
	spec compSpec // a copy: compopt in the function changes this one
	cmd  string   // the command whose argument it is ($1)
	word string   // the word being completed, as typed ($2)
	prev string   // the word before it ($3)
	// What the function sees as COMP_LINE, COMP_POINT (bytes),
	// COMP_WORDS and COMP_CWORD (none and -1 for compgen).
	line  string
	point int
	words []string
	cword int
	// retry: the function returned 124, having (bash-completion's
	// loader) defined the command's spec: look it up again.
	retry bool
}

func (g *compGen) run() ([]string, error) {
	s := &g.spec
	out := g.actions()
	if s.Has&hasGlob != 0 {
		out = append(out, g.glob()...)
	}
	if s.Has&hasWords != 0 {
		out = append(out, g.wordList()...)
	}
	if s.Has&hasFunc != 0 {
		words, err := g.function()
		if err != nil {
			return nil, err
		}
		out = append(out, words...)
	}
	if s.Has&hasCommand != 0 {
		out = append(out, g.command()...)
	}
	if s.Has&hasFilter != 0 {
		out = g.filter(out)
	}
	if s.Has&(hasPrefix|hasSuffix) != 0 {
		for i, w := range out {
			out[i] = s.Prefix + w + s.Suffix
		}
	}
	if len(out) == 0 && s.Opts&coptDirNames != 0 {
		out = g.files(g.word, true)
	} else if s.Opts&coptPlusDirs != 0 {
		out = append(out, g.files(g.word, true)...)
	}
	return out, nil
}

// actions lists, action by action, the names each gives that begin
// with the word.
func (g *compGen) actions() []string {
	var out []string
	for i, a := range compActions {
		if g.spec.Actions&(1<<i) == 0 {
			continue
		}
		var names []string
		switch a.name {
		case "file", "directory":
			word := g.word
			if g.cmd == "compgen" {
				word = g.sh.compgenWord(word)
			}
			out = append(out, g.files(word, a.name == "directory")...)
			continue
		case "command":
			out = append(out, g.commandNames()...)
			continue
		default:
			names = g.actionNames(a.name)
		}
		for _, n := range names {
			if strings.HasPrefix(n, g.word) {
				out = append(out, n)
			}
		}
	}
	return out
}

// actionNames is every name an action gives, before the word filters
// them, in bash's order where it has one and sorted where bash walks a
// hash table.
func (g *compGen) actionNames(action string) []string {
	sh := g.sh
	switch action {
	case "alias":
		return sortedKeys(sh.aliases)
	case "arrayvar", "export", "variable":
		var names []string
		sh.Each(func(name string, v expand.Variable) bool {
			ok := v.Declared()
			switch action {
			case "arrayvar":
				ok = ok && (v.Kind == expand.Indexed || v.Kind == expand.Associative)
			case "export":
				ok = ok && v.Exported
			}
			if ok {
				names = append(names, name)
			}
			return true
		})
		return sortedUnique(names)
	case "builtin", "enabled", "helptopic":
		return sortedKeys(builtins)
	case "function":
		return sortedKeys(sh.funcs)
	case "group":
		return fileNames("/etc/group", ':')
	case "hostname":
		return hostNames(sh)
	case "job", "running", "stopped":
		return g.jobNames(action)
	case "keyword":
		return strings.Fields("if then else elif fi case esac for select while until do done in function time { } ! [[ ]] coproc")
	case "service":
		return serviceNames()
	case "setopt":
		return optionNames(setOpt)
	case "shopt":
		return optionNames(shoptOpt)
	case "signal":
		return signalNames()
	case "user":
		var names []string
		for _, a := range accounts() {
			names = append(names, a.name)
		}
		return names
	}
	// binding (readline's functions, which jobsh's editor does not
	// name) and disabled (jobsh's builtins cannot be disabled): none.
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func optionNames(kind optionKind) []string {
	var names []string
	for _, o := range optionsOfKind(kind) {
		names = append(names, o.String())
	}
	return names
}

// signalNames is bash's list for -A signal: EXIT, the signals by number
// (bash names 32 and 33, which glibc keeps, SIGJUNK), and the traps'
// pseudo-signals.
func signalNames() []string {
	names := []string{"EXIT"}
	for n := 1; n <= 64; n++ {
		if n == 32 || n == 33 {
			names = append(names, "SIGJUNK("+strconv.Itoa(n)+")")
			continue
		}
		names = append(names, jobs.SignalName(syscall.Signal(n)))
	}
	return append(names, "DEBUG", "ERR", "RETURN")
}

// jobNames are the jobs' command names (the first word of each), all of
// them or the running or stopped ones.
func (g *compGen) jobNames(which string) []string {
	var names []string
	for _, j := range g.sh.ctl.Jobs() {
		st := j.State()
		if which == "running" && st != jobs.Running || which == "stopped" && st != jobs.Stopped {
			continue
		}
		if f := strings.Fields(j.Text); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names
}

// fileNames reads the first field of each line of a colon-separated
// system file (/etc/group).
func fileNames(path string, sep byte) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		if name, _, ok := strings.Cut(line, string(sep)); ok && name != "" && name[0] != '#' {
			names = append(names, name)
		}
	}
	return names
}

// hostNames are the names in $HOSTFILE, or /etc/hosts, as bash reads
// them: every name after each address.
func hostNames(sh *Shell) []string {
	path := sh.Get("HOSTFILE").String()
	if path == "" {
		path = "/etc/hosts"
	}
	data, err := os.ReadFile(sh.abs(path))
	if err != nil {
		return nil
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if f := strings.Fields(line); len(f) > 1 {
			names = append(names, f[1:]...)
		}
	}
	return names
}

// serviceNames are the services of /etc/services, with their aliases.
func serviceNames() []string {
	data, err := os.ReadFile("/etc/services")
	if err != nil {
		return nil
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if f := strings.Fields(line); len(f) > 1 {
			names = append(names, f[0])
			names = append(names, f[2:]...)
		}
	}
	return names
}

// commandNames is -c: aliases, keywords, functions, builtins and the
// programs in PATH that begin with the word, or, for a word with a
// slash, the executable files and directories it names.
func (g *compGen) commandNames() []string {
	if strings.Contains(g.word, "/") {
		var out []string
		for _, f := range g.files(g.word, false) {
			info, err := os.Stat(g.sh.abs(g.sh.expandTildePath(f)))
			if err == nil && (info.IsDir() || info.Mode()&0o111 != 0) {
				out = append(out, f)
			}
		}
		return out
	}
	var out []string
	for _, group := range [][]string{sortedKeys(g.sh.aliases), g.actionNames("keyword"), sortedKeys(g.sh.funcs), sortedKeys(builtins)} {
		for _, n := range group {
			if strings.HasPrefix(n, g.word) {
				out = append(out, n)
			}
		}
	}
	return append(out, g.sh.pathCommands(g.word)...)
}

// pathCommands are the executable files in PATH's directories whose
// names begin with prefix, directory by directory.
func (sh *Shell) pathCommands(prefix string) []string {
	var names []string
	for _, dir := range filepath.SplitList(sh.Get("PATH").String()) {
		entries, err := os.ReadDir(sh.abs(dir))
		if err != nil {
			continue
		}
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), prefix) {
				continue
			}
			if info, err := e.Info(); err == nil && !info.IsDir() && info.Mode()&0o111 != 0 {
				names = append(names, e.Name())
			} else if err == nil && info.Mode()&os.ModeSymlink != 0 {
				if st, err := os.Stat(filepath.Join(sh.abs(dir), e.Name())); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
					names = append(names, e.Name())
				}
			}
		}
	}
	return names
}

// expandTildePath turns a leading ~/ or ~user/ into the home directory.
func (sh *Shell) expandTildePath(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	user, rest, _ := strings.Cut(p[1:], "/")
	home, ok := sh.tildeDir(user)
	if !ok {
		return p
	}
	if rest == "" && !strings.Contains(p, "/") {
		return home
	}
	return home + "/" + rest
}

// files is readline's filename completion of word, as -f, -d and the
// defaults give it: the entries of word's directory that begin with
// its last part, named as word names the directory (~ kept), sorted.
// Hidden entries come only for a last part that begins with a dot,
// and then . and .. too.
func (g *compGen) files(word string, dirsOnly bool) []string {
	dir, base := word[:strings.LastIndexByte(word, '/')+1], word[strings.LastIndexByte(word, '/')+1:]
	look := g.sh.expandTildePath(dir)
	if look == "" {
		look = "."
	}
	look = g.sh.abs(look)
	entries, err := os.ReadDir(look)
	if err != nil {
		return nil
	}
	names := []string{}
	if strings.HasPrefix(base, ".") {
		names = append(names, ".", "..")
	}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	var out []string
	for _, name := range names {
		if !strings.HasPrefix(name, base) {
			continue
		}
		if dirsOnly {
			if info, err := os.Stat(filepath.Join(look, name)); err != nil || !info.IsDir() {
				continue
			}
		}
		out = append(out, dir+name)
	}
	sort.Strings(out)
	return out
}

// glob is -G: the pattern's matches in the shell's directory; bash
// matches the pattern alone, whatever the word.
func (g *compGen) glob() []string {
	sh := g.sh
	cfg := sh.expandConfig()
	cfg.ReadDir2 = readDir
	cfg.NullGlob = true
	w, err := parseWord(g.spec.Glob)
	if err != nil {
		return nil
	}
	fields, err := expand.Fields(cfg, w)
	if err != nil {
		return nil
	}
	return fields
}

// parseWord parses s as one shell word.
func parseWord(s string) (*syntax.Word, error) {
	f, err := parser.Parse(": "+s, "")
	if err != nil {
		return nil, err
	}
	if len(f.Stmts) != 1 {
		return nil, os.ErrInvalid
	}
	call, ok := f.Stmts[0].Cmd.(*syntax.CallExpr)
	if !ok || len(call.Args) != 2 {
		return nil, os.ErrInvalid
	}
	return call.Args[1], nil
}

// wordList is -W: the list expanded as the shell expands words (all
// but pathname expansion), split, and the words that begin with the
// word being completed.
func (g *compGen) wordList() []string {
	sh := g.sh
	// Newlines between the words (bash-completion's lists have them)
	// make statements of their own: each adds its words.
	f, err := parser.Parse(": "+g.spec.Words, "")
	if err != nil {
		return nil
	}
	var words []*syntax.Word
	for i, st := range f.Stmts {
		if call, ok := st.Cmd.(*syntax.CallExpr); ok {
			if i == 0 {
				words = append(words, call.Args[1:]...)
			} else {
				words = append(words, call.Args...)
			}
		}
	}
	cfg := sh.expandConfig()
	cfg.ReadDir2 = nil // no pathname expansion
	fields, err := expand.Fields(cfg, words...)
	if err != nil {
		return nil
	}
	var out []string
	for _, w := range fields {
		if strings.HasPrefix(w, g.word) {
			out = append(out, w)
		}
	}
	return out
}

// filter is -X: the words the pattern (& standing for the word being
// completed, \& for &) does not match; with a leading !, those it does.
func (g *compGen) filter(words []string) []string {
	pat, keep := g.spec.Filter, false
	if strings.HasPrefix(pat, "!") {
		pat, keep = pat[1:], true
	}
	var b strings.Builder
	for i := 0; i < len(pat); i++ {
		switch {
		case pat[i] == '\\' && i+1 < len(pat) && pat[i+1] == '&':
			b.WriteString(`\&`)
			i++
		case pat[i] == '&':
			b.WriteString(pattern.QuoteMeta(g.word, 0))
		default:
			b.WriteByte(pat[i])
		}
	}
	pat = b.String()
	var out []string
	for _, w := range words {
		if g.sh.matchPattern(pat, w, pattern.EntireString) == keep {
			out = append(out, w)
		}
	}
	return out
}

// function is -F: the function runs in the shell with $1 $2 $3 the
// command, the word and the word before, and the COMP_ variables set;
// its candidates are COMPREPLY's elements. The variables are unset
// after, as in bash.
func (g *compGen) function() ([]string, error) {
	sh := g.sh
	fn, ok := sh.funcs[g.spec.Func]
	if !ok {
		sh.errorf("completion: function `%s' not found", g.spec.Func)
		return nil, nil
	}
	names := []string{"COMP_LINE", "COMP_POINT", "COMP_TYPE", "COMP_KEY", "COMPREPLY", "COMP_WORDS", "COMP_CWORD"}
	sh.Set("COMP_WORDS", expand.Variable{Set: true, Kind: expand.Indexed, List: append([]string{}, g.words...)})
	sh.setVar("COMP_CWORD", strconv.Itoa(g.cword), false)
	sh.setVar("COMP_LINE", g.line, false)
	sh.setVar("COMP_POINT", strconv.Itoa(g.point), false)
	// Tab: bash's rl_completion_type and the key that invoked it.
	sh.setVar("COMP_TYPE", "9", false)
	sh.setVar("COMP_KEY", "9", false)
	sh.Set("COMPREPLY", unsetVar)
	defer func() {
		for _, n := range names {
			sh.Set(n, unsetVar)
		}
	}()
	err := sh.callFunc(fn, []string{g.cmd, g.word, g.prev})
	if err != nil {
		return nil, err
	}
	if sh.status == 124 {
		g.retry = true
	}
	v := sh.Get("COMPREPLY")
	switch {
	case !v.IsSet():
		return nil, nil
	case v.Kind == expand.Indexed:
		return append([]string(nil), v.List...), nil
	case v.Kind == expand.Associative:
		var out []string
		for _, k := range sortedKeys(v.Map) {
			out = append(out, v.Map[k])
		}
		return out, nil
	}
	return []string{v.String()}, nil
}

// command is -C: the command runs in a subshell with the command, the
// word and the word before as arguments and COMP_LINE and COMP_POINT in
// its environment; each line it prints is a candidate.
func (g *compGen) command() []string {
	sub := g.sh.Subshell()
	sub.params = []string{g.cmd, g.word, g.prev}
	sub.setVar("COMP_LINE", g.line, true)
	sub.setVar("COMP_POINT", strconv.Itoa(g.point), true)
	out, _ := sub.captureOutputOnly(func() error {
		_, err := sub.runSource(g.spec.Command+` "$@"`, "")
		return err
	})
	var words []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l != "" {
			words = append(words, l)
		}
	}
	return words
}

// captureOutputOnly is captureOutput for standard output alone.
func (sh *Shell) captureOutputOnly(f func() error) (string, error) {
	var b strings.Builder
	var ferr error
	err := collect(&b, func(out *os.File) {
		saved := sh.fds
		sh.fds = append([]*os.File(nil), sh.fds...)
		sh.fds[1] = out
		ferr = f()
		sh.fds = saved
	})
	if err != nil {
		return "", err
	}
	return b.String(), ferr
}

// bashDefault is -o bashdefault: what Tab gives without a spec.
func (g *compGen) bashDefault() []string {
	var out []string
	switch {
	case strings.HasPrefix(g.word, "$"):
		out = completer{g.sh}.variables(g.word[1:])
	case strings.HasPrefix(g.word, "~") && !strings.Contains(g.word, "/"):
		out = users()
	case strings.HasPrefix(g.word, "@") && g.sh.opts[optHostComplete]:
		for _, h := range hostNames(g.sh) {
			out = append(out, "@"+h)
		}
	}
	var keep []string
	for _, w := range out {
		if strings.HasPrefix(w, g.word) {
			keep = append(keep, w)
		}
	}
	return keep
}
