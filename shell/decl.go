package shell

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// declClause runs declare, local, export, readonly and typeset, which the
// parser gives as declarations so that `export a=$b` is not split.
func (sh *Shell) declClause(dc *syntax.DeclClause, redirs []*syntax.Redirect) error {
	name := dc.Variant.Value
	var flags []string
	var assigns []*syntax.Assign
	args, err := sh.declBraces(dc.Args)
	if err != nil {
		return sh.expandFailed(err)
	}
	for _, as := range args {
		if as.Naked && as.Name == nil && as.Value != nil {
			// a flag, or a name that only an expansion gives
			words, err := sh.fields(as.Value)
			if err != nil {
				return sh.expandFailed(err)
			}
			for _, w := range words {
				if isDeclFlag(w, flags, assigns) {
					flags = append(flags, w)
					continue
				}
				assigns = append(assigns, stringAssign(w))
			}
			continue
		}
		if !as.Naked && as.Array != nil {
			arr, err := sh.expandDeclArray(as.Array, assocPairs(flags, as.Array))
			if err != nil {
				return sh.expandFailed(err)
			}
			c := *as
			c.Array = arr
			as = &c
		} else if !as.Naked {
			// Every word is expanded before the builtin runs, as for
			// any command: `declare x=1 y=$x` gives y the old x. Once,
			// here, for the trace and the assignment.
			v, err := sh.value(as.Value)
			if err != nil {
				return sh.expandFailed(err)
			}
			c := *as
			c.Value = &syntax.Word{Parts: []syntax.WordPart{&syntax.SglQuoted{Value: v}}}
			as = &c
		}
		assigns = append(assigns, as)
	}
	if sh.opts[optXTrace] {
		sh.traceDecl(name, flags, assigns)
	}
	// $_ is the declaration's last word once it has run, as for any
	// simple command.
	last := name
	if len(flags) > 0 {
		last = flags[len(flags)-1]
	}
	if n := len(assigns); n > 0 && assigns[n-1].Array != nil {
		last = assigns[n-1].Name.Value // bash's word for a=(...)
	} else if n > 0 {
		last = sh.assignText(assigns[n-1])
	}
	defer func() { sh.lastArg = last }()
	// As for any simple command, the redirections come after the
	// words are expanded and traced.
	return sh.withRedirs(&syntax.Stmt{Redirs: redirs}, func() error {
		status, err := sh.declare(name, flags, assigns)
		sh.status = status
		return err
	})
}

// expandDeclArray expands the elements of a declaration's a=(...), with
// the declaration's other words: values are split into fields, an index
// written as a word is expanded as one ([$i]); an arithmetic index
// ([i+1]) stays to be evaluated as the array is assigned.
func (sh *Shell) expandDeclArray(arr *syntax.ArrayExpr, pairs bool) (*syntax.ArrayExpr, error) {
	quoted := func(s string) *syntax.Word {
		return &syntax.Word{Parts: []syntax.WordPart{&syntax.SglQuoted{Value: s}}}
	}
	out := &syntax.ArrayExpr{Lparen: arr.Lparen, Rparen: arr.Rparen}
	for _, el := range arr.Elems {
		if el.Index == nil && pairs {
			// declare -A m=(k v): each word one key or value,
			// not split.
			v, err := sh.value(el.Value)
			if err != nil {
				return nil, err
			}
			out.Elems = append(out.Elems, &syntax.ArrayElem{Value: quoted(v)})
			continue
		}
		if el.Index == nil {
			vals, err := sh.fields(el.Value)
			if err != nil {
				return nil, err
			}
			for _, v := range vals {
				out.Elems = append(out.Elems, &syntax.ArrayElem{Value: quoted(v)})
			}
			continue
		}
		c := *el
		if w, ok := el.Index.(*syntax.Word); ok {
			key, err := sh.literal(w)
			if err != nil {
				return nil, err
			}
			c.Index = quoted(key)
		}
		v, err := sh.value(el.Value)
		if err != nil {
			return nil, err
		}
		c.Value = quoted(v)
		out.Elems = append(out.Elems, &c)
	}
	return out, nil
}

// assocPairs tells whether a declaration's arr is bash 5.1's key-value
// list of an associative array, declare -A m=(k1 v1 k2 v2): its first
// element has no [key]=.
func assocPairs(flags []string, arr *syntax.ArrayExpr) bool {
	if len(arr.Elems) == 0 || arr.Elems[0].Index != nil {
		return false
	}
	for _, f := range flags {
		if f[0] == '-' && strings.ContainsRune(f, 'A') {
			return true
		}
	}
	return false
}

// declBraces brace-expands the assignments given to a declaration
// builtin: to bash, `local v={a,b}` is the words v=a v=b, as for any
// command, and the last one wins.
func (sh *Shell) declBraces(args []*syntax.Assign) ([]*syntax.Assign, error) {
	if !sh.opts[optBraceExpand] {
		return args, nil
	}
	var out []*syntax.Assign
	for i, as := range args {
		if as.Naked || as.Value == nil || as.Array != nil {
			if out != nil {
				out = append(out, as)
			}
			continue
		}
		word := *as.Value // SplitBraces replaces the parts
		if !syntax.SplitBraces(&word) {
			if out != nil {
				out = append(out, as)
			}
			continue
		}
		if out == nil {
			out = append([]*syntax.Assign(nil), args[:i]...)
		}
		for w, err := range expand.BracesSeq(sh.expandConfig(), &word) {
			if err != nil {
				return nil, err
			}
			c := *as
			c.Value = w
			out = append(out, &c)
		}
	}
	if out == nil {
		return args, nil
	}
	return out, nil
}

// stringAssign turns "a=b" (from a dynamic argument) into an assignment.
func stringAssign(s string) *syntax.Assign {
	name, value, ok := strings.Cut(s, "=")
	as := &syntax.Assign{Name: &syntax.Lit{Value: name}, Naked: !ok}
	if ok {
		as.Value = &syntax.Word{Parts: []syntax.WordPart{&syntax.SglQuoted{Value: value}}}
	}
	return as
}

// isDeclFlag says whether word is an option of a declaration: options
// come before the first name, and -- ends them.
func isDeclFlag(word string, flags []string, assigns []*syntax.Assign) bool {
	if len(assigns) > 0 || len(flags) > 0 && flags[len(flags)-1] == "--" {
		return false
	}
	return len(word) > 1 && (word[0] == '-' || word[0] == '+')
}

// declBuiltin runs a declaration reached as a plain command (command
// export ..., builtin declare ...).
func declBuiltin(name string) builtin {
	return func(sh *Shell, args []string) (int, error) {
		var flags []string
		var assigns []*syntax.Assign
		for _, a := range args {
			if isDeclFlag(a, flags, assigns) {
				flags = append(flags, a)
			} else {
				assigns = append(assigns, stringAssign(a))
			}
		}
		return sh.declare(name, flags, assigns)
	}
}

func (sh *Shell) declare(name string, flags []string, assigns []*syntax.Assign) (int, error) {
	o := assignOpts{builtin: name}
	var print, funcs, funcNamesOnly, unexport bool
	nameref := 0 // 1 for -n, -1 for +n
	switch name {
	case "export":
		o.export = true
		o.trace = true
	case "readonly":
		o.readonly = true
		o.trace = true
	case "local":
		if sh.funcCalls() == 0 || len(sh.scopes) == 0 {
			// bash expands the words before local looks where it
			// is: an error in them (set -u) comes first.
			for _, as := range assigns {
				if as.Value != nil && !as.Naked && as.Array == nil {
					if _, err := sh.value(as.Value); err != nil {
						return 1, sh.expandFailed(err)
					}
				}
			}
			sh.errorf("local: can only be used in a function")
			return 1, nil
		}
		o.local = true
	case "declare", "typeset":
		o.local = len(sh.scopes) > 0
	}
	accepted := map[string]string{"export": "fnp", "readonly": "aAfp"}[name]
	if accepted == "" {
		accepted = "aAcfFgiIlnprtux"
	}
	cases := map[rune]bool{} // -l, -u, -c turned on
	for _, f := range flags {
		if f == "--" {
			continue
		}
		on := f[0] == '-'
		for _, c := range f[1:] {
			if !strings.ContainsRune(accepted, c) {
				return sh.usage(name, "-"+string(c))
			}
			switch c {
			case 'l', 'u', 'c':
				if on {
					o.caseAttr, cases[c] = byte(c), true
				} else {
					o.off += string(c)
				}
				continue
			case 't':
				if on {
					o.traceAttr = true
				} else {
					o.off += "t"
				}
				continue
			case 'I':
				o.inherit = on
				continue
			}
			switch c {
			case 'x':
				o.export = on
				unexport = !on
			case 'r':
				o.readonly, o.unReadonly = on, !on
			case 'a':
				o.kind = expand.Indexed
			case 'A':
				o.kind = expand.Associative
			case 'i':
				if o.integer = on; !on {
					o.off += "i"
				}
			case 'g':
				o.local, o.global = false, true
			case 'p':
				print = true
			case 'f':
				funcs = true
			case 'F':
				funcs, funcNamesOnly = true, true
			case 'n':
				if name == "export" {
					unexport = true
					o.export = false
					continue
				}
				if name != "readonly" {
					nameref = 1
					o.kind = expand.NameRef // for listing: namerefs only
					if !on {
						nameref, o.kind = -1, expand.Unknown
					}
					continue
				}
				fallthrough
			default:
				return sh.usage(name, "-"+string(c))
			}
		}
	}
	if len(cases) > 1 {
		// Two of -l, -u, -c together: bash gives none of them.
		o.caseAttr, o.off = 0, o.off+"luc"
	}
	if funcs && name == "export" {
		return sh.exportFuncs(assigns, unexport)
	}
	if funcs {
		return sh.printFuncs(assigns, funcNamesOnly)
	}
	if len(assigns) == 0 || print {
		return sh.printVars(name, o, assigns)
	}
	status := 0
	for _, as := range assigns {
		if name == "local" && as.Naked && as.Name.Value == "-" {
			// local -: the set options go back to what they are now
			// when the function returns, as in bash.
			if sh.localOpts == nil {
				saved := sh.opts
				sh.localOpts = &saved
			}
			continue
		}
		if !validName(as.Name.Value) {
			sh.errorf("%s: `%s': not a valid identifier", name, sh.assignText(as))
			status = 1
			continue
		}
		if o.off != "" {
			sh.dropAttrs(as.Name.Value, o.off)
		}
		if nameref != 0 {
			if s := sh.declareRef(name, as, o, nameref > 0); s != 0 {
				status = s
			}
			continue
		}
		if unexport {
			v := sh.Get(as.Name.Value)
			v.Exported = false
			v.Kind = expand.KeepValue
			sh.Set(as.Name.Value, v)
			if name == "export" && as.Naked {
				continue // only the attribute changes
			}
		}
		if as.Naked && (o.export || o.readonly) && !o.local && o.kind == expand.Unknown {
			cur := sh.Get(as.Name.Value)
			if err := sh.Set(as.Name.Value, expand.Variable{Kind: expand.KeepValue, Exported: o.export || cur.Exported, ReadOnly: o.readonly || cur.ReadOnly}); err != nil {
				sh.errorf("%s: %v", name, err)
				status = 1
			}
			continue
		}
		if err := sh.assign(as, o); err != nil {
			if f, ok := err.(flowError); ok {
				return 1, f
			}
			var unset expand.UnsetParameterError
			if errors.As(err, &unset) {
				// set -u: reported, and the shell ends, as bash.
				return 1, sh.expandFailed(err)
			}
			if ie, ok := sh.asIndexError(err); ok {
				// An error in a subscript, a=([1/0]=x): the same.
				return 1, sh.indexFailed(ie.msg)
			}
			if e, ok := err.(arithStringError); ok && !e.plain {
				// declare -i n=1/0: reported, and fatal as an
				// assignment's error is.
				return 1, sh.arithAssignFailed()
			}
			status = 1
		}
	}
	if status != 0 && specialBuiltins[name] {
		// export and readonly are special built-ins (POSIX 2.8.1).
		return status, sh.specialBuiltinFailed(status)
	}
	return status, nil
}

// dropAttrs takes the attributes named in off (i, l, u, c, t) from a
// variable, as declare +i does before it assigns.
func (sh *Shell) dropAttrs(name, off string) {
	scope, _ := sh.scopeOf(name)
	v, ok := scope[name]
	if !ok || v.ReadOnly {
		return // a readonly variable's attributes stay (assign reports it)
	}
	if strings.Contains(off, "i") {
		v.Integer = false
	}
	if strings.Contains(off, "t") {
		v.Trace = false
	}
	if v.Case != 0 && strings.IndexByte(off, v.Case) >= 0 {
		v.Case = 0
	}
	scope[name] = v
}

// assignText is an assignment's word as bash names it in an error: with
// its value expanded.
func (sh *Shell) assignText(as *syntax.Assign) string {
	name := ""
	if as.Name != nil {
		name = as.Name.Value
	}
	if as.Index != nil {
		name += "[" + parser.Print(as.Index) + "]"
	}
	if as.Append {
		name += "+"
	}
	switch {
	case as.Array != nil:
		return name + "=" + parser.Print(as.Array)
	case as.Value != nil:
		v, err := sh.value(as.Value)
		if err != nil {
			v = parser.Print(as.Value)
		}
		return name + "=" + v
	case !as.Naked:
		return name + "="
	}
	return name
}

// declareLine prints a variable as `declare -p` does.
func declareLine(name string, v expand.Variable, utf bool) string {
	dquote := func(s string) string { return dquote(s, utf) }
	// bash writes "--" where there are no flags.
	flags := "-" + v.Flags()
	if flags == "-" {
		flags = "--"
	}
	if !v.IsSet() {
		return fmt.Sprintf("declare %s %s", flags, name)
	}
	switch v.Kind {
	case expand.Indexed:
		var parts []string
		for i, x := range v.List {
			n := i
			if v.Indexes != nil {
				n = v.Indexes[i]
			}
			parts = append(parts, fmt.Sprintf("[%d]=%s", n, dquote(x)))
		}
		return fmt.Sprintf("declare %s %s=(%s)", flags, name, strings.Join(parts, " "))
	case expand.Associative:
		if len(v.Map) == 0 {
			return fmt.Sprintf("declare %s %s=()", flags, name)
		}
		var parts []string
		for _, k := range expand.AssocKeys(v.Map) {
			key := k
			if hasShellMetas(k) || unprintable(k, utf) {
				key = dquote(k)
			}
			parts = append(parts, fmt.Sprintf("[%s]=%s", key, dquote(v.Map[k])))
		}
		return fmt.Sprintf("declare %s %s=(%s )", flags, name, strings.Join(parts, " "))
	}
	return fmt.Sprintf("declare %s %s=%s", flags, name, dquote(v.Str))
}

// hasShellMetas is bash's sh_contains_shell_metas: whether a word (a key
// declare -p prints, a word set -x traces) needs quotes to be read back
// as itself.
func hasShellMetas(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case strings.IndexByte(" \t\n'\"\\|&;()<>!{}*[?]^$`", c) >= 0:
			return true
		case c == '~' && (i == 0 || s[i-1] == '=' || s[i-1] == ':'), c == '#' && i == 0:
			return true
		}
	}
	return false
}

// dquote is how declare -p writes a value: in double quotes, or as $'...'
// if it holds characters the locale cannot print (utf: a UTF-8 one), as
// bash's ansic_shouldquote decides.
func dquote(s string, utf bool) string {
	if unprintable(s, utf) {
		return ansiQuote(s, utf)
	}
	return `"` + dquoteEscaper.Replace(s) + `"`
}

// dquoteEscaper writes text as it goes between double quotes.
var dquoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "`", "\\`")

// declLine is declareLine for builtin's listing: in POSIX mode export -p
// and readonly -p write "export NAME=VALUE" and "readonly NAME=VALUE", as
// POSIX asks and bash's posix mode does (the other attributes stay).
func (sh *Shell) declLine(builtin, name string, v expand.Variable) string {
	line := declareLine(name, v, sh.utf8Locale())
	if !sh.posix() || builtin != "export" && builtin != "readonly" {
		return line
	}
	flags, body, _ := strings.Cut(strings.TrimPrefix(line, "declare "), " ")
	flags = strings.Trim(strings.NewReplacer("x", "", "r", "").Replace(flags), "-")
	if flags == "" {
		return builtin + " " + body
	}
	return builtin + " -" + flags + " " + body
}

func (sh *Shell) printVars(name string, o assignOpts, assigns []*syntax.Assign) (int, error) {
	var lines []string
	if len(assigns) > 0 {
		status := 0
		for _, as := range assigns {
			v := sh.Get(as.Name.Value)
			if raw := sh.lookup(as.Name.Value); raw.Kind == expand.NameRef {
				v = raw // declare -p shows the reference itself
			}
			if !v.Declared() {
				sh.errorf("%s: %s: not found", name, as.Name.Value)
				status = 1
				continue
			}
			// Each line as it comes, so that it and the errors
			// keep their order, as in bash.
			sh.write(name, sh.declLine(name, as.Name.Value, v)+"\n")
		}
		return status, nil
	}
	if name == "local" {
		// local (-p) with no names: this function's locals only.
		top := sh.scopes[len(sh.scopes)-1]
		names := make([]string, 0, len(top))
		for n, v := range top {
			if v.Declared() {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			lines = append(lines, declareLine(n, top[n], sh.utf8Locale()))
		}
		if len(lines) == 0 {
			return 0, nil
		}
		return sh.write(name, strings.Join(lines, "\n")+"\n")
	}
	seen := map[string]bool{}
	var names []string
	sh.Each(func(n string, v expand.Variable) bool {
		if seen[n] {
			return true
		}
		if o.export && !v.Exported || o.readonly && !v.ReadOnly || !v.Declared() && !v.Exported && !v.ReadOnly ||
			o.kind != expand.Unknown && v.Kind != o.kind || o.integer && !v.Integer ||
			o.caseAttr != 0 && v.Case != o.caseAttr || o.traceAttr && !v.Trace {
			return true
		}
		seen[n] = true
		names = append(names, n)
		return true
	})
	// In the order of the names, as bash lists them.
	sort.Strings(names)
	for _, n := range names {
		lines = append(lines, sh.declLine(name, n, sh.Get(n)))
	}
	if len(lines) == 0 {
		return 0, nil
	}
	return sh.write(name, strings.Join(lines, "\n")+"\n")
}

func (sh *Shell) printFuncs(assigns []*syntax.Assign, namesOnly bool) (int, error) {
	var names []string
	if len(assigns) == 0 {
		for n := range sh.funcs {
			names = append(names, n)
		}
		sort.Strings(names)
	} else {
		for _, as := range assigns {
			names = append(names, as.Name.Value)
		}
	}
	status := 0
	var b strings.Builder
	for _, n := range names {
		fn := sh.funcs[n]
		if fn == nil {
			status = 1
			continue
		}
		switch {
		case namesOnly && len(assigns) == 0 && sh.exportedFuncs[n]:
			fmt.Fprintf(&b, "declare -fx %s\n", n)
		case namesOnly && len(assigns) == 0:
			fmt.Fprintf(&b, "declare -f %s\n", n)
		case namesOnly:
			fmt.Fprintln(&b, n)
		default:
			fmt.Fprintln(&b, sh.funcSource(fn))
		}
	}
	sh.write("declare", b.String())
	return status, nil
}
