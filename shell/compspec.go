package shell

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// compSpec is how complete said a command's arguments are completed: the
// actions and words that make candidates, the function or command that
// computes them, the filter, prefix and suffix, and readline's options.
// The fields are exported for Encode; Seq is the order complete first
// defined the name in, which complete -p's order needs (compOrder).
type compSpec struct {
	Actions uint32 // bit i: compActions[i]
	Opts    uint16 // bit i: compOptNames[i]
	Glob    string `json:",omitempty"`
	Words   string `json:",omitempty"`
	Prefix  string `json:",omitempty"`
	Suffix  string `json:",omitempty"`
	Filter  string `json:",omitempty"`
	Command string `json:",omitempty"`
	Func    string `json:",omitempty"`
	// has records which of the string fields were given, since an empty
	// -W '' is printed (complete -W ” e) and an absent one is not.
	Has uint8 `json:",omitempty"`
	Seq int
}

// Bits of compSpec.Has, in complete -p's order of the arguments.
const (
	hasGlob = 1 << iota
	hasWords
	hasPrefix
	hasSuffix
	hasFilter
	hasCommand
	hasFunc
)

// The names bash keeps the -D, -E and -I specs under, in the same table
// as the commands' (so they take their place in complete -p's order).
const (
	compDefault = "_DefaultCmD_"
	compEmpty   = "_EmptycmD_"
	compInitial = "_InitialWorD_"
)

// compActions are -A's actions, in bash's order, with their letters.
var compActions = [...]struct {
	name   string
	letter byte
}{
	{"alias", 'a'}, {"arrayvar", 0}, {"binding", 0}, {"builtin", 'b'}, {"command", 'c'},
	{"directory", 'd'}, {"disabled", 0}, {"enabled", 0}, {"export", 'e'}, {"file", 'f'},
	{"function", 0}, {"group", 'g'}, {"helptopic", 0}, {"hostname", 0}, {"job", 'j'},
	{"keyword", 'k'}, {"running", 0}, {"service", 's'}, {"setopt", 0}, {"shopt", 0},
	{"signal", 0}, {"stopped", 0}, {"user", 'u'}, {"variable", 'v'},
}

func compAction(name string) (uint32, bool) {
	for i, a := range compActions {
		if a.name == name {
			return 1 << i, true
		}
	}
	return 0, false
}

func compLetter(c byte) (uint32, bool) {
	for i, a := range compActions {
		if a.letter == c {
			return 1 << i, true
		}
	}
	return 0, false
}

// compOptNames are -o's options, in the order complete -p prints them.
var compOptNames = [...]string{"bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs"}

const (
	coptBashDefault uint16 = 1 << iota
	coptDefault
	coptDirNames
	coptFileNames
	coptNoQuote
	coptNoSort
	coptNoSpace
	coptPlusDirs
)

func compOpt(name string) (uint16, bool) {
	for i, n := range compOptNames {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}

// compArgs is what complete, compgen and compopt were told.
type compArgs struct {
	spec            compSpec
	optsOff         uint16 // compopt's +o
	print, remove   bool
	which           []string // -D -E -I, as the names they stand for
	names           []string
	usedSpecOptions bool // anything that makes a spec was given
}

// parseCompArgs reads the options of complete, compgen or compopt
// (letters says which are allowed), bash's way: options may be grouped
// (-of), an option's argument may follow it or be the next argument.
func (sh *Shell) parseCompArgs(name, letters string, args []string) (compArgs, bool) {
	var a compArgs
	s := &a.spec
	strs := map[byte]struct {
		p   *string
		has uint8
	}{
		'G': {&s.Glob, hasGlob}, 'W': {&s.Words, hasWords}, 'P': {&s.Prefix, hasPrefix},
		'S': {&s.Suffix, hasSuffix}, 'X': {&s.Filter, hasFilter}, 'C': {&s.Command, hasCommand},
		'F': {&s.Func, hasFunc},
	}
	for len(args) > 0 {
		arg := args[0]
		if arg == "--" {
			args = args[1:]
			break
		}
		if len(arg) < 2 || arg[0] != '-' && !(arg[0] == '+' && name == "compopt") {
			break
		}
		plus := arg[0] == '+'
		args = args[1:]
		for i := 1; i < len(arg); i++ {
			c := arg[i]
			if !strings.ContainsRune(letters, rune(c)) || plus && c != 'o' {
				sh.usage(name, string(arg[0])+string(c))
				return a, false
			}
			if strings.IndexByte("oAGWPSXCF", c) >= 0 {
				val := arg[i+1:]
				if val == "" {
					if len(args) == 0 {
						sh.errorf("%s: -%c: option requires an argument", name, c)
						fmt.Fprintf(sh.stderr(), "%s: usage: %s\n", name, synopsis(name))
						return a, false
					}
					val, args = args[0], args[1:]
				}
				if !sh.compOptArg(name, &a, c, plus, val, strs) {
					return a, false
				}
				break
			}
			switch c {
			case 'p':
				a.print = true
			case 'r':
				a.remove = true
			case 'D':
				a.which = append(a.which, compDefault)
			case 'E':
				a.which = append(a.which, compEmpty)
			case 'I':
				a.which = append(a.which, compInitial)
			default:
				bit, _ := compLetter(c)
				s.Actions |= bit
				a.usedSpecOptions = true
			}
		}
	}
	a.names = args
	return a, true
}

// compOptArg takes an option's argument.
func (sh *Shell) compOptArg(name string, a *compArgs, c byte, plus bool, val string, strs map[byte]struct {
	p   *string
	has uint8
}) bool {
	a.usedSpecOptions = true
	switch c {
	case 'o':
		bit, ok := compOpt(val)
		if !ok {
			sh.errorf("%s: %s: invalid option name", name, val)
			return false
		}
		if plus {
			a.optsOff |= bit
		} else {
			a.spec.Opts |= bit
		}
	case 'A':
		bit, ok := compAction(val)
		if !ok {
			sh.errorf("%s: %s: invalid action name", name, val)
			return false
		}
		a.spec.Actions |= bit
	default:
		if c == 'F' && strings.ContainsAny(val, " \t\n|&;()<>") {
			sh.errorf("%s: `%s': not a valid identifier", name, val)
			return false
		}
		f := strs[c]
		*f.p = val
		a.spec.Has |= f.has
	}
	return true
}

// builtinComplete is complete: define, print (-p) or remove (-r) how
// the arguments of the named commands are completed.
func builtinComplete(sh *Shell, args []string) (int, error) {
	a, ok := sh.parseCompArgs("complete", "abcdefgjksuvprDEIoAGWPSXCF", args)
	if !ok {
		return 2, nil
	}
	names := append(a.which, a.names...)
	if len(a.which) > 0 {
		// bash takes -D, -E or -I instead of names.
		names = a.which[:1]
	}
	if a.print || !a.usedSpecOptions && !a.remove {
		return sh.printCompSpecs(names)
	}
	if a.remove {
		return sh.removeCompSpecs(names), nil
	}
	if len(names) == 0 {
		fmt.Fprintf(sh.stderr(), "complete: usage: %s\n", synopsis("complete"))
		return 2, nil
	}
	for _, n := range names {
		sh.defineCompSpec(n, a.spec)
	}
	return 0, nil
}

func (sh *Shell) defineCompSpec(name string, spec compSpec) {
	if sh.compSpecs == nil {
		sh.compSpecs = map[string]*compSpec{}
	}
	if old, ok := sh.compSpecs[name]; ok {
		spec.Seq = old.Seq // a redefinition keeps its place, as in bash's table
	} else {
		sh.compSeq++
		spec.Seq = sh.compSeq
	}
	sh.compSpecs[name] = &spec
}

func (sh *Shell) removeCompSpecs(names []string) int {
	if len(names) == 0 {
		sh.compSpecs = nil
		return 0
	}
	status := 0
	for _, n := range names {
		if _, ok := sh.compSpecs[n]; !ok {
			sh.errorf("complete: %s: no completion specification", n)
			status = 1
			continue
		}
		delete(sh.compSpecs, n)
	}
	return status
}

func (sh *Shell) printCompSpecs(names []string) (int, error) {
	status := 0
	if len(names) == 0 {
		names = compOrder(sh.compSpecs)
	}
	var b strings.Builder
	for _, n := range names {
		spec, ok := sh.compSpecs[n]
		if !ok {
			sh.errorf("complete: %s: no completion specification", n)
			status = 1
			continue
		}
		b.WriteString(spec.command("complete", n))
	}
	if st, err := sh.write("complete", b.String()); st != 0 || err != nil {
		return st, err
	}
	return status, nil
}

// compOrder lists the specs in the order bash's complete -p does: bash
// keeps them in a hash table of 512 buckets (FNV-1 of the name) and
// walks it bucket by bucket, the latest defined first within a bucket.
// Scripts and tests compare that listing with bash's.
func compOrder(specs map[string]*compSpec) []string {
	names := make([]string, 0, len(specs))
	for n := range specs {
		names = append(names, n)
	}
	bucket := func(s string) uint32 {
		h := uint32(2166136261)
		for i := 0; i < len(s); i++ {
			h *= 16777619
			h ^= uint32(s[i])
		}
		return h & 511
	}
	sort.Slice(names, func(i, j int) bool {
		bi, bj := bucket(names[i]), bucket(names[j])
		if bi != bj {
			return bi < bj
		}
		return specs[names[i]].Seq > specs[names[j]].Seq
	})
	return names
}

// command prints the spec as the command that makes it again, as bash's
// complete -p does.
func (s *compSpec) command(cmd, name string) string {
	var b strings.Builder
	b.WriteString(cmd)
	for i, o := range compOptNames {
		if s.Opts&(1<<i) != 0 {
			b.WriteString(" -o " + o)
		}
	}
	for i, a := range compActions {
		if s.Actions&(1<<i) != 0 && a.letter != 0 {
			b.WriteString(" -" + string(a.letter))
		}
	}
	for i, a := range compActions {
		if s.Actions&(1<<i) != 0 && a.letter == 0 {
			b.WriteString(" -A " + a.name)
		}
	}
	for _, f := range []struct {
		flag string
		has  uint8
		val  string
	}{{"-G", hasGlob, s.Glob}, {"-W", hasWords, s.Words}, {"-P", hasPrefix, s.Prefix},
		{"-S", hasSuffix, s.Suffix}, {"-X", hasFilter, s.Filter}, {"-C", hasCommand, s.Command}} {
		if s.Has&f.has != 0 {
			b.WriteString(" " + f.flag + " " + singleQuote(f.val))
		}
	}
	if s.Has&hasFunc != 0 {
		b.WriteString(" -F " + s.Func)
	}
	switch name {
	case compDefault:
		b.WriteString(" -D")
	case compEmpty:
		b.WriteString(" -E")
	case compInitial:
		b.WriteString(" -I")
	default:
		b.WriteString(" " + quoteIfMeta(name))
	}
	b.WriteByte('\n')
	return b.String()
}

// quoteIfMeta single-quotes a name only if the shell would read it
// otherwise, as complete -p prints command names.
func quoteIfMeta(s string) string {
	if s == "" || hasShellMetas(s) {
		return singleQuote(s)
	}
	return s
}

// builtinCompopt is compopt: change the options of the completion being
// computed (from its function), or of the named commands' specs.
func builtinCompopt(sh *Shell, args []string) (int, error) {
	a, ok := sh.parseCompArgs("compopt", "oDEI", args)
	if !ok {
		return 2, nil
	}
	names := a.names
	if len(a.which) > 0 {
		names = a.which[:1]
	}
	on, off := a.spec.Opts, a.optsOff
	if len(names) == 0 {
		if sh.comp == nil {
			sh.errorf("compopt: not currently executing completion function")
			return 1, nil
		}
		if on == 0 && off == 0 {
			return sh.write("compopt", sh.comp.spec.optsCommand(""))
		}
		sh.comp.spec.Opts = sh.comp.spec.Opts&^off | on
		return 0, nil
	}
	status := 0
	var b strings.Builder
	for _, n := range names {
		spec, ok := sh.compSpecs[n]
		if !ok {
			sh.errorf("compopt: %s: no completion specification", n)
			status = 1
			continue
		}
		if on == 0 && off == 0 {
			b.WriteString(spec.optsCommand(n))
			continue
		}
		c := *spec // a subshell's table may share nothing with its parent's
		c.Opts = c.Opts&^off | on
		sh.compSpecs[n] = &c
	}
	if b.Len() > 0 {
		if st, err := sh.write("compopt", b.String()); st != 0 || err != nil {
			return st, err
		}
	}
	return status, nil
}

// optsCommand is compopt's listing: every option, -o if on, +o if off.
func (s *compSpec) optsCommand(name string) string {
	var b strings.Builder
	b.WriteString("compopt")
	for i, o := range compOptNames {
		if s.Opts&(1<<i) != 0 {
			b.WriteString(" -o " + o)
		} else {
			b.WriteString(" +o " + o)
		}
	}
	switch name {
	case "":
	case compDefault:
		b.WriteString(" -D")
	case compEmpty:
		b.WriteString(" -E")
	case compInitial:
		b.WriteString(" -I")
	default:
		b.WriteString(" " + quoteIfMeta(name))
	}
	b.WriteByte('\n')
	return b.String()
}

// builtinCompgen is compgen: print the candidates a spec made of the
// options gives for word, one a line; status 1 if there are none.
func builtinCompgen(sh *Shell, args []string) (int, error) {
	a, ok := sh.parseCompArgs("compgen", "abcdefgjksuvoAGWPSXCF", args)
	if !ok {
		return 2, nil
	}
	if !a.usedSpecOptions {
		return 0, nil
	}
	word := ""
	if len(a.names) > 0 {
		word = a.names[0]
	}
	if a.spec.Has&hasFunc != 0 {
		sh.errorf("compgen: warning: -F option may not work as you expect")
	}
	if a.spec.Has&hasCommand != 0 {
		sh.errorf("compgen: warning: -C option may not work as you expect")
	}
	g := &compGen{sh: sh, spec: a.spec, cmd: "compgen", word: word, cword: -1}
	words, err := g.run()
	if err != nil {
		return sh.status, err
	}
	if len(words) == 0 && a.spec.Opts&coptBashDefault != 0 {
		words = g.bashDefault()
	}
	if len(words) == 0 && a.spec.Opts&coptDefault != 0 {
		words = g.files(word, false)
	}
	if len(words) == 0 {
		return 1, nil
	}
	return sh.write("compgen", strings.Join(words, "\n")+"\n")
}

// wireCompSpecs is the table as Encode writes it.
func wireCompSpecs(m map[string]*compSpec) map[string]compSpec {
	if m == nil {
		return nil
	}
	w := make(map[string]compSpec, len(m))
	for k, v := range m {
		w[k] = *v
	}
	return w
}

func unwireCompSpecs(w map[string]compSpec) map[string]*compSpec {
	if w == nil {
		return nil
	}
	m := make(map[string]*compSpec, len(w))
	for k, v := range w {
		m[k] = &v
	}
	return m
}

// sortedUnique sorts words and drops repeats, as readline shows them.
func sortedUnique(words []string) []string {
	sort.Strings(words)
	return slices.Compact(words)
}
