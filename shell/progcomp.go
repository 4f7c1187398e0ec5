package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"jobsh/jobs"
	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/pattern"
	"mvdan.cc/sh/v3/syntax"
)

// bash's programmable completion builtins: complete keeps a compspec per
// command name (and for -D, -E, -I), compgen generates the words a
// compspec gives for a word, compopt changes a compspec's options. The
// generation follows bash's pcomplete.c: the actions in bash's order, then
// -G, -W, -F and -C, the -X filter, -P and -S, then -o dirnames or
// plusdirs.

// compAction is one of bash's completion actions (-A NAME), in bash's
// order, which is the order they are generated and printed in.
type compAction struct {
	name   string
	letter byte // its one-letter option, 0 for none
}

var compActions = []compAction{
	{"alias", 'a'}, {"arrayvar", 0}, {"binding", 0}, {"builtin", 'b'},
	{"command", 'c'}, {"directory", 'd'}, {"disabled", 0}, {"enabled", 0},
	{"export", 'e'}, {"file", 'f'}, {"function", 0}, {"group", 'g'},
	{"helptopic", 0}, {"hostname", 0}, {"job", 'j'}, {"keyword", 'k'},
	{"running", 0}, {"service", 's'}, {"setopt", 0}, {"shopt", 0},
	{"signal", 0}, {"stopped", 0}, {"user", 'u'}, {"variable", 'v'},
}

// compOptions are the -o options, in the order bash prints them.
var compOptions = []string{"bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs"}

// compSpec is what complete stores for a command: actions and options as
// sets of names, and the option arguments ("" when not given).
type compSpec struct {
	Actions map[string]bool `json:"actions,omitempty"`
	Options map[string]bool `json:"options,omitempty"`
	GlobPat string          `json:"glob,omitempty"`
	Words   string          `json:"words,omitempty"`
	Prefix  string          `json:"prefix,omitempty"`
	Suffix  string          `json:"suffix,omitempty"`
	Filter  string          `json:"filter,omitempty"`
	Command string          `json:"command,omitempty"`
	Func    string          `json:"func,omitempty"`
	Seq     int             `json:"seq"` // order of definition, for complete -p
}

func (cs *compSpec) empty() bool {
	return len(cs.Actions) == 0 && len(cs.Options) == 0 && cs.GlobPat == "" && cs.Words == "" &&
		cs.Prefix == "" && cs.Suffix == "" && cs.Filter == "" && cs.Command == "" && cs.Func == ""
}

// The names complete keeps the -D, -E and -I compspecs under, as bash.
const (
	compDefault = "_DefaultCmD_"
	compEmpty   = "_EmptycmD_"
	compInitial = "_InitialWorD_"
)

// compArgs is a parsed command line of complete, compgen or compopt.
type compArgs struct {
	spec       compSpec
	unset      map[string]bool // compopt +o
	flags      map[byte]bool   // p r D E I
	names      []string
	anyOptions bool // an option that makes a compspec was given
}

// parseCompArgs reads the options of name; false means an error was
// reported, with the status.
func (sh *Shell) parseCompArgs(name string, args []string) (compArgs, int, bool) {
	c := compArgs{unset: map[string]bool{}, flags: map[byte]bool{}}
	c.spec.Actions, c.spec.Options = map[string]bool{}, map[string]bool{}
	usage := func(msg string) (compArgs, int, bool) {
		sh.errorf("%s: %s", name, msg)
		fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, synopsis(name))
		return c, 2, false
	}
	letters := "abcdefgjksuv"
	valued := "oAGWFCXPS"
	switch name {
	case "complete":
		letters += "prDEI"
	case "compopt":
		letters, valued = "DEI", "o"
	}
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			args = args[1:]
			break
		}
		plus := name == "compopt" && strings.HasPrefix(a, "+")
		if len(a) < 2 || a[0] != '-' && !plus {
			break
		}
		args = args[1:]
		for i := 1; i < len(a); i++ {
			ch := a[i]
			if strings.IndexByte(valued, ch) >= 0 {
				val := a[i+1:]
				if val == "" {
					if len(args) == 0 {
						return usage(fmt.Sprintf("-%c: option requires an argument", ch))
					}
					val, args = args[0], args[1:]
				}
				if status, ok := sh.compOption(name, &c, ch, val, plus); !ok {
					return c, status, false
				}
				break
			}
			if plus || strings.IndexByte(letters, ch) < 0 {
				return usage(fmt.Sprintf("-%c: invalid option", ch))
			}
			if k := strings.IndexByte("abcdefgjksuv", ch); k >= 0 {
				for _, act := range compActions {
					if act.letter == ch {
						c.spec.Actions[act.name] = true
					}
				}
				c.anyOptions = true
				continue
			}
			c.flags[ch] = true
		}
	}
	c.names = args
	return c, 0, true
}

// compOption takes one option with a value.
func (sh *Shell) compOption(name string, c *compArgs, ch byte, val string, plus bool) (int, bool) {
	c.anyOptions = true
	switch ch {
	case 'o':
		if !slices.Contains(compOptions, val) {
			sh.errorf("%s: %s: invalid option name", name, val)
			return 2, false
		}
		if plus {
			c.unset[val] = true
		} else {
			c.spec.Options[val] = true
		}
	case 'A':
		if !slices.ContainsFunc(compActions, func(a compAction) bool { return a.name == val }) {
			sh.errorf("%s: %s: invalid action name", name, val)
			return 2, false
		}
		c.spec.Actions[val] = true
	case 'G':
		c.spec.GlobPat = val
	case 'W':
		c.spec.Words = val
	case 'F':
		c.spec.Func = val
	case 'C':
		c.spec.Command = val
	case 'X':
		c.spec.Filter = val
	case 'P':
		c.spec.Prefix = val
	case 'S':
		c.spec.Suffix = val
	}
	return 0, true
}

// specialCompNames are the compspec names -D, -E and -I stand for.
func specialCompNames(flags map[byte]bool) []string {
	var names []string
	for _, f := range []struct {
		flag byte
		name string
	}{{'D', compDefault}, {'E', compEmpty}, {'I', compInitial}} {
		if flags[f.flag] {
			names = append(names, f.name)
		}
	}
	return names
}

func builtinComplete(sh *Shell, args []string) (int, error) {
	c, status, ok := sh.parseCompArgs("complete", args)
	if !ok {
		return status, nil
	}
	names := append(specialCompNames(c.flags), c.names...)
	switch {
	case c.flags['r']:
		if len(names) == 0 {
			clear(sh.compSpecs)
			return 0, nil
		}
		status := 0
		for _, n := range names {
			// bash says nothing while it has no table at all.
			if _, ok := sh.compSpecs[n]; !ok && sh.compSpecs != nil {
				sh.errorf("complete: %s: no completion specification", n)
				status = 1
			}
			delete(sh.compSpecs, n)
		}
		return status, nil
	case c.flags['p'] || len(args) == 0 || !c.anyOptions && len(names) == 0:
		return sh.printCompSpecs(names)
	case len(names) == 0:
		fmt.Fprintf(sh.stderr(), "complete: usage: %s\n", synopsis("complete"))
		return 2, nil
	}
	if sh.compSpecs == nil {
		sh.compSpecs = map[string]*compSpec{}
	}
	for _, n := range names {
		cs := c.spec
		sh.compSeq++
		cs.Seq = sh.compSeq
		sh.compSpecs[n] = &cs
	}
	return 0, nil
}

// printCompSpecs is complete -p: each compspec as the complete command
// that makes it.
func (sh *Shell) printCompSpecs(names []string) (int, error) {
	status := 0
	if len(names) == 0 {
		for n := range sh.compSpecs {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return sh.compSpecs[names[i]].Seq < sh.compSpecs[names[j]].Seq })
	}
	var b strings.Builder
	for _, n := range names {
		cs := sh.compSpecs[n]
		if cs == nil {
			sh.errorf("complete: %s: no completion specification", n)
			status = 1
			continue
		}
		b.WriteString(cs.text(n))
	}
	sh.write("complete", b.String())
	return status, nil
}

// text is the complete command that makes cs for name, as bash prints it.
func (cs *compSpec) text(name string) string {
	var b strings.Builder
	b.WriteString("complete ")
	for _, o := range compOptions {
		if cs.Options[o] {
			fmt.Fprintf(&b, "-o %s ", o)
		}
	}
	for _, letter := range []byte("abcdefgjksuv") {
		for _, act := range compActions {
			if act.letter == letter && cs.Actions[act.name] {
				fmt.Fprintf(&b, "-%c ", letter)
			}
		}
	}
	for _, act := range compActions {
		if act.letter == 0 && cs.Actions[act.name] {
			fmt.Fprintf(&b, "-A %s ", act.name)
		}
	}
	for _, arg := range []struct{ flag, val string }{
		{"-G", cs.GlobPat}, {"-W", cs.Words}, {"-P", cs.Prefix}, {"-S", cs.Suffix}, {"-X", cs.Filter}, {"-C", cs.Command},
	} {
		if arg.val != "" {
			fmt.Fprintf(&b, "%s %s ", arg.flag, singleQuote(arg.val))
		}
	}
	if cs.Func != "" {
		fmt.Fprintf(&b, "-F %s ", cs.Func)
	}
	switch name {
	case compDefault:
		b.WriteString("-D")
	case compEmpty:
		b.WriteString("-E")
	case compInitial:
		b.WriteString("-I")
	default:
		b.WriteString(name)
	}
	b.WriteByte('\n')
	return b.String()
}

// builtinCompopt changes the -o options of the compspecs named (jobsh's
// line editor runs no completion functions yet, so without names there is
// no current completion to change, as in bash outside one).
func builtinCompopt(sh *Shell, args []string) (int, error) {
	c, status, ok := sh.parseCompArgs("compopt", args)
	if !ok {
		return status, nil
	}
	names := append(specialCompNames(c.flags), c.names...)
	if len(names) == 0 {
		sh.errorf("compopt: not currently executing completion function")
		return 1, nil
	}
	status = 0
	var b strings.Builder
	for _, n := range names {
		cs := sh.compSpecs[n]
		if cs == nil {
			sh.errorf("compopt: %s: no completion specification", n)
			status = 1
			continue
		}
		if len(c.spec.Options) == 0 && len(c.unset) == 0 {
			b.WriteString("compopt ")
			for _, o := range compOptions {
				if cs.Options[o] {
					fmt.Fprintf(&b, "-o %s ", o)
				} else {
					fmt.Fprintf(&b, "+o %s ", o)
				}
			}
			b.WriteString(n + "\n")
			continue
		}
		changed := *cs
		changed.Options = map[string]bool{}
		for o := range cs.Options {
			changed.Options[o] = !c.unset[o]
		}
		for o := range c.spec.Options {
			changed.Options[o] = true
		}
		for o, on := range changed.Options {
			if !on {
				delete(changed.Options, o)
			}
		}
		sh.compSpecs[n] = &changed
	}
	sh.write("compopt", b.String())
	return status, nil
}

// builtinCompgen prints the completions of its word under the compspec
// its options make, one a line; 1 when there are none.
func builtinCompgen(sh *Shell, args []string) (int, error) {
	c, status, ok := sh.parseCompArgs("compgen", args)
	if !ok {
		return status, nil
	}
	if !c.anyOptions {
		return 0, nil // bash: nothing asked, nothing to say
	}
	word := ""
	if len(c.names) > 0 {
		word = c.names[0]
	}
	if c.spec.Func != "" {
		sh.errorf("compgen: warning: -F option may not work as you expect")
	}
	if c.spec.Command != "" {
		sh.errorf("compgen: warning: -C option may not work as you expect")
	}
	list, err := sh.compGenerate(&c.spec, "compgen", word)
	if err != nil {
		return 1, err
	}
	if len(list) == 0 && c.spec.Options["default"] {
		list = sh.compFiles(word, false)
	}
	if len(list) == 0 {
		return 1, nil
	}
	return sh.write("compgen", strings.Join(list, "\n")+"\n")
}

// compGenerate is bash's gen_compspec_completions: the words cs gives for
// word when completing an argument of cmd.
func (sh *Shell) compGenerate(cs *compSpec, cmd, word string) ([]string, error) {
	var list []string
	for _, act := range compActions {
		if cs.Actions[act.name] && act.name != "directory" {
			list = append(list, sh.compAction(act.name, word)...)
		}
	}
	if cs.Actions["directory"] {
		list = append(list, sh.compFiles(word, true)...)
	}
	if cs.GlobPat != "" {
		list = append(list, sh.compGlob(cs.GlobPat)...)
	}
	if cs.Words != "" {
		list = append(list, sh.compWords(cs.Words, word)...)
	}
	if cs.Func != "" {
		more, err := sh.compFunc(cs.Func, cmd, word)
		if err != nil {
			return nil, err
		}
		list = append(list, more...)
	}
	if cs.Command != "" {
		list = append(list, sh.compCommand(cs.Command, cmd, word)...)
	}
	if cs.Filter != "" {
		list = sh.compFilter(list, cs.Filter, word)
	}
	if cs.Prefix != "" || cs.Suffix != "" {
		for i, w := range list {
			list[i] = cs.Prefix + w + cs.Suffix
		}
	}
	switch {
	case len(list) == 0 && cs.Options["dirnames"]:
		list = sh.compFiles(word, true)
	case cs.Options["plusdirs"]:
		list = append(list, sh.compFiles(word, true)...)
	}
	return list, nil
}

// compAction lists the names of one action that begin with word.
func (sh *Shell) compAction(action, word string) []string {
	var all []string
	switch action {
	case "alias":
		all = sortedKeys(sh.aliases)
	case "arrayvar", "variable", "export":
		all = sh.compVariables(action)
	case "builtin", "enabled", "helptopic":
		// jobsh has no enable: every builtin is enabled.
		all = sortedKeys(builtins)
	case "command":
		all = sh.compCommands(word)
	case "file":
		return sh.compFiles(word, false)
	case "function":
		all = sortedKeys(sh.funcs)
	case "group":
		all = groupNames()
	case "hostname":
		all = sh.hostNames()
	case "job", "running", "stopped":
		all = sh.compJobs(action)
	case "keyword":
		all = keywordOrder
	case "service":
		all = serviceNames()
	case "setopt", "shopt":
		kind := setOpt
		if action == "shopt" {
			kind = shoptOpt
		}
		for _, o := range optionsOfKind(kind) {
			all = append(all, o.String())
		}
	case "signal":
		for _, s := range jobs.Signals() {
			all = append(all, jobs.SignalName(s))
		}
	case "user":
		for _, a := range accounts() {
			all = append(all, a.name)
		}
	}
	// binding (readline's function names) and disabled give nothing:
	// jobsh's editor has no named functions, and no builtin can be
	// disabled.
	var list []string
	for _, n := range all {
		if strings.HasPrefix(n, word) {
			list = append(list, n)
		}
	}
	return list
}

// keywordOrder is bash's list of reserved words, in its order.
var keywordOrder = []string{"if", "then", "else", "elif", "fi", "case", "esac", "for", "select",
	"while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc"}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// compVariables lists the variables that are set (arrays only for
// arrayvar, exported ones only for export), sorted.
func (sh *Shell) compVariables(action string) []string {
	seen := map[string]bool{}
	var names []string
	sh.Each(func(name string, v expand.Variable) bool {
		if seen[name] {
			return true
		}
		seen[name] = true
		v = sh.lookup(name)
		ok := v.IsSet() // declared without a value, a name is invisible
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
	sort.Strings(names)
	return names
}

// compCommands is command-name completion: aliases, keywords, functions,
// builtins, then the programs in PATH; a word with a slash completes
// executable files and directories.
func (sh *Shell) compCommands(word string) []string {
	if strings.Contains(word, "/") {
		var list []string
		for _, f := range sh.compFiles(word, false) {
			if st, err := os.Stat(sh.abs(expandTildePrefix(sh, f))); err == nil && (st.IsDir() || st.Mode()&0o111 != 0) {
				list = append(list, f)
			}
		}
		return list
	}
	all := append(sortedKeys(sh.aliases), keywordOrder...)
	all = append(all, sortedKeys(sh.funcs)...)
	all = append(all, sortedKeys(builtins)...)
	for _, dir := range filepath.SplitList(sh.Get("PATH").String()) {
		if dir == "" {
			dir = "."
		}
		for _, n := range readDirOrder(sh.abs(dir)) {
			if !strings.HasPrefix(n, word) {
				continue
			}
			if st, err := os.Stat(filepath.Join(sh.abs(dir), n)); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
				all = append(all, n)
			}
		}
	}
	return all
}

// compJobs lists the first word of each job's command (only the running
// or the stopped ones when asked).
func (sh *Shell) compJobs(action string) []string {
	var names []string
	for _, j := range sh.ctl.Jobs() {
		switch {
		case action == "running" && j.State() != jobs.Running,
			action == "stopped" && j.State() != jobs.Stopped:
			continue
		}
		if f := strings.Fields(j.Text); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names
}

// compFiles is readline's filename completion of word, in the
// directory's order: the entries of word's directory that begin with the
// rest (. and .. only when that rest begins with a dot), written with
// word's directory part as typed. dirsOnly keeps the directories.
func (sh *Shell) compFiles(word string, dirsOnly bool) []string {
	if sh.mode.interactive() {
		// bash dequotes the word with its readline functions, which
		// only an interactive shell sets up.
		word = unquoteWord(word)
	}
	dir, base := "", word
	if i := strings.LastIndexByte(word, '/'); i >= 0 {
		dir, base = word[:i+1], word[i+1:]
	}
	look := expandTildePrefix(sh, dir)
	if look == "" {
		look = "."
	}
	look = sh.abs(look)
	var list []string
	for _, n := range readDirOrder(look) {
		if !strings.HasPrefix(n, base) || base == "" && (n == "." || n == "..") {
			continue
		}
		if dirsOnly {
			if st, err := os.Stat(filepath.Join(look, n)); err != nil || !st.IsDir() {
				continue
			}
		}
		list = append(list, dir+n)
	}
	return list
}

// expandTildePrefix expands a leading ~ or ~user of a path.
func expandTildePrefix(sh *Shell, p string) string {
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

// compGlob is -G: the pattern's matches, unsorted: the directory's order
// backwards, as bash's glob_vector makes its list.
func (sh *Shell) compGlob(pat string) []string {
	dir, base := "", pat
	if i := strings.LastIndexByte(pat, '/'); i >= 0 {
		dir, base = pat[:i+1], pat[i+1:]
	}
	look := dir
	if look == "" {
		look = "."
	}
	var list []string
	for _, n := range readDirOrder(sh.abs(look)) {
		if n == "." || n == ".." || strings.HasPrefix(n, ".") && !strings.HasPrefix(base, ".") {
			continue
		}
		if sh.matchPattern(base, n, pattern.EntireString|pattern.ExtendedOperators) {
			list = append(list, dir+n)
		}
	}
	slices.Reverse(list)
	return list
}

// compWords is -W: the word list read as shell words, each expanded (but
// not globbed) and split, and those that begin with word.
func (sh *Shell) compWords(words, word string) []string {
	var ws []*syntax.Word
	for w, err := range parser.New().WordsSeq(strings.NewReader(words)) {
		if err != nil {
			sh.errorf("compgen: %v", err)
			return nil
		}
		ws = append(ws, w)
	}
	cfg := sh.expandConfig()
	cfg.ReadDir2 = nil
	all, err := expand.Fields(cfg, ws...)
	if err != nil {
		sh.expandFailed(err)
		return nil
	}
	prefix := unquoteWord(word)
	var list []string
	for _, w := range all {
		if strings.HasPrefix(w, prefix) {
			list = append(list, w)
		}
	}
	return list
}

// compFunc is -F: the function runs with the command, the word and the
// previous word as arguments, and leaves its words in COMPREPLY.
func (sh *Shell) compFunc(name, cmd, word string) ([]string, error) {
	fn := sh.funcs[name]
	if fn == nil {
		sh.errorf("completion: function `%s' not found", name)
		return nil, nil
	}
	sh.Set("COMPREPLY", unsetVar)
	err := sh.callFunc(fn, []string{cmd, word, ""})
	if _, ok := err.(returnFlow); ok {
		err = nil
	}
	reply := sh.Get("COMPREPLY")
	sh.Set("COMPREPLY", unsetVar)
	if err != nil {
		return nil, err
	}
	switch reply.Kind {
	case expand.Indexed:
		return slices.Clone(reply.List), nil
	case expand.Associative:
		return slices.Sorted(func(yield func(string) bool) {
			for _, v := range reply.Map {
				if !yield(v) {
					return
				}
			}
		}), nil
	}
	if reply.IsSet() {
		return []string{reply.Str}, nil
	}
	return nil, nil
}

// compCommand is -C: the command's output, a word a line, when run with
// the command being completed, the word and the previous word.
func (sh *Shell) compCommand(command, cmd, word string) []string {
	f, err := parser.Parse(command+" "+singleQuote(cmd)+" "+singleQuote(word)+" ''", "")
	if err != nil {
		sh.syntaxError(err, command)
		return nil
	}
	var b strings.Builder
	if err := sh.cmdSubst(&b, &syntax.CmdSubst{Stmts: f.Stmts}); err != nil {
		return nil
	}
	return strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
}

// compFilter is -X: the words that match the pattern go (those that do
// not, with a leading !); an & in it stands for the word being completed.
func (sh *Shell) compFilter(list []string, filter, word string) []string {
	not := strings.HasPrefix(filter, "!")
	filter = strings.TrimPrefix(filter, "!")
	var b strings.Builder
	for i := 0; i < len(filter); i++ {
		switch {
		case filter[i] == '\\' && i+1 < len(filter) && filter[i+1] == '&':
			b.WriteByte('&')
			i++
		case filter[i] == '&':
			b.WriteString(word)
		default:
			b.WriteByte(filter[i])
		}
	}
	pat := b.String()
	var kept []string
	for _, w := range list {
		if sh.matchPattern(pat, w, pattern.EntireString|pattern.ExtendedOperators) == not {
			kept = append(kept, w)
		}
	}
	return kept
}

// groupNames lists the groups of /etc/group, in its order.
func groupNames() []string { return firstFields("/etc/group", ":") }

// serviceNames lists the services of /etc/services and their aliases.
func serviceNames() []string {
	data, err := os.ReadFile("/etc/services")
	if err != nil {
		return nil
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		names = append(names, f[0])
		names = append(names, f[2:]...)
	}
	return names
}

// hostNames lists the names in $HOSTFILE, else /etc/hosts, as readline's
// hostname completion does.
func (sh *Shell) hostNames() []string {
	file := sh.Get("HOSTFILE").String()
	if file == "" {
		file = "/etc/hosts"
	}
	data, err := os.ReadFile(sh.abs(file))
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

func firstFields(file, sep string) []string {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		if n, _, ok := strings.Cut(line, sep); ok && n != "" && !strings.HasPrefix(n, "#") {
			names = append(names, n)
		}
	}
	return names
}
