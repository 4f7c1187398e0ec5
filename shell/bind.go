package shell

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// KeyBinder is what the bind builtin asks of the line editor (package
// editor has one; Config.Keys): the functions keys can be bound to and
// the keys bound by default. The user's bindings are shell state
// (State.keyBindings), which the editor applies before it reads a line:
// made in an rc file before it starts, or in a pipeline stage, they
// count as in bash.
type KeyBinder interface {
	FunctionNames() []string // sorted
	DefaultKeyBindings() []KeyBinding
}

// KeyBinding is one key sequence (the bytes a terminal sends) and the
// function it runs; "" for one bound to nothing.
type KeyBinding struct {
	Keys, Function string
}

// UserKeyBindings are the bindings bind made, in order: for the editor.
func (sh *Shell) UserKeyBindings() []KeyBinding { return sh.keyBindings }

// bindKey binds keys to function ("": to nothing), in place of what
// they did.
func (sh *Shell) bindKey(keys, function string) error {
	if function != "" && !slices.Contains(sh.keys.FunctionNames(), function) {
		return fmt.Errorf("`%s': unknown function name", function)
	}
	list := slices.DeleteFunc(slices.Clone(sh.keyBindings), func(b KeyBinding) bool { return b.Keys == keys })
	sh.keyBindings = append(list, KeyBinding{keys, function})
	return nil
}

// boundKeys are the keys bound now: the defaults the user's bindings
// leave, then the user's.
func (sh *Shell) boundKeys() []KeyBinding {
	var out []KeyBinding
	for _, b := range sh.keys.DefaultKeyBindings() {
		if !slices.ContainsFunc(sh.keyBindings, func(u KeyBinding) bool { return u.Keys == b.Keys }) {
			out = append(out, b)
		}
	}
	for _, b := range sh.keyBindings {
		if b.Function != "" {
			out = append(out, b)
		}
	}
	return out
}

// builtinBind is bash's bind for the emacs keymap: KEYSEQ: FUNCTION
// bindings, -l -p -P -q -u -r. What the editor cannot do (macros, -x,
// set VARIABLE, -f) is refused with a message and status 1, where bash
// would take it; see the README.
func builtinBind(sh *Shell, args []string) (int, error) {
	opts, rest, ok := sh.options("bind", args, "lpsvPSVXm:f:q:u:r:x:")
	if !ok {
		return 2, nil
	}
	if !sh.lineEditing {
		sh.errorf("bind: warning: line editing not enabled")
	}
	if sh.keys == nil {
		return 0, nil
	}
	if m, ok := opts['m']; ok && !strings.HasPrefix(m, "emacs") {
		sh.errorf("bind: `%s': jobsh binds keys of the emacs keymap only", m)
		return 1, nil
	}
	for _, o := range []byte{'f', 'x'} {
		if _, ok := opts[o]; ok {
			sh.errorf("bind: -%c: not supported: jobsh's editor binds keys to its own functions only", o)
			return 1, nil
		}
	}
	status := 0
	if name, ok := opts['q']; ok {
		status = bindQuery(sh, name)
	}
	if name, ok := opts['u']; ok {
		if !slices.Contains(sh.keys.FunctionNames(), name) {
			sh.errorf("bind: `%s': unknown function name", name)
			return 1, nil
		}
		for _, b := range sh.boundKeys() {
			if b.Function == name {
				sh.bindKey(b.Keys, "")
			}
		}
	}
	if seq, ok := opts['r']; ok {
		if k := translateKeyseq(seq); k != "" {
			sh.bindKey(k, "")
		}
	}
	for _, line := range rest {
		if !bindLine(sh, line) {
			status = 1
		}
	}
	var out strings.Builder
	for _, o := range []byte{'l', 'p', 'P'} {
		if _, ok := opts[o]; ok {
			sh.listBindings(&out, o)
		}
	}
	// -v -V -s -S -X list variables, macros and shell-command bindings,
	// of which jobsh's editor has none: they print nothing.
	if out.Len() > 0 {
		return sh.write("bind", out.String())
	}
	return status, nil
}

// bindLine is one `"KEYSEQ": FUNCTION` or `KEYNAME: FUNCTION` line.
func bindLine(sh *Shell, line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "set ") || line == "set" {
		sh.errorf("bind: %s: not supported: jobsh's editor has no readline variables", line)
		return false
	}
	seq, fn, ok := splitBinding(line)
	if !ok {
		// bash's own words, from its readline.
		fmt.Fprintf(sh.stderr(), "readline: %s: no key sequence terminator\n", line)
		return false
	}
	if strings.HasPrefix(fn, `"`) || strings.HasPrefix(fn, "'") {
		sh.errorf("bind: %s: not supported: jobsh's editor has no macros", line)
		return false
	}
	if seq == "" {
		sh.errorf("bind: %s: no key sequence", line)
		return false
	}
	if err := sh.bindKey(seq, fn); err != nil {
		sh.errorf("bind: %v", err)
		return false
	}
	return true
}

// splitBinding splits a binding into the keys it names, translated to
// the bytes a terminal sends, and the function.
func splitBinding(line string) (keys, function string, ok bool) {
	if strings.HasPrefix(line, `"`) || strings.HasPrefix(line, "'") {
		q := line[0]
		i := 1
		for ; i < len(line) && line[i] != q; i++ {
			if line[i] == '\\' {
				i++
			}
		}
		if i >= len(line) {
			return "", "", false
		}
		after := strings.TrimLeft(line[i+1:], " \t")
		if !strings.HasPrefix(after, ":") {
			return "", "", false
		}
		return translateKeyseq(line[1:i]), strings.TrimSpace(after[1:]), true
	}
	name, fn, found := strings.Cut(line, ":")
	if !found {
		return "", "", false
	}
	return keyName(strings.TrimSpace(name)), strings.TrimSpace(fn), true
}

// keyName is readline's KEYNAME (Control-u, C-u, Meta-x, M-x, TAB, ESC,
// DEL, RET, SPC, LFD and their long names) as bytes.
func keyName(name string) string {
	prefix := ""
	for more := true; more; {
		more = false
		for _, m := range []struct{ word, mod string }{{"control-", "C"}, {"c-", "C"}, {"meta-", "M"}, {"m-", "M"}} {
			if hasFoldPrefix(name, m.word) {
				name, prefix, more = name[len(m.word):], prefix+m.mod, true
				break
			}
		}
	}
	var c byte
	switch strings.ToLower(name) {
	case "del", "rubout":
		c = 0x7f
	case "esc", "escape":
		c = 0x1b
	case "lfd", "newline":
		c = '\n'
	case "ret", "return":
		c = '\r'
	case "spc", "space":
		c = ' '
	case "tab":
		c = '\t'
	default:
		if len(name) != 1 {
			return ""
		}
		c = name[0]
	}
	if strings.Contains(prefix, "C") {
		c = control(c)
	}
	if strings.Contains(prefix, "M") {
		return "\x1b" + string(c)
	}
	return string(c)
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// control is Ctrl and c: \C-? is DEL.
func control(c byte) byte {
	if c == '?' {
		return 0x7f
	}
	return c & 0x1f
}

// translateKeyseq turns readline's notation (\C-x, \M-x, \e, \t, \\,
// octal \nnn, hex \xHH) into the bytes a terminal sends.
func translateKeyseq(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch c = s[i]; {
		case (c == 'C' || c == 'M') && i+2 < len(s) && s[i+1] == '-':
			k := s[i+2]
			i += 2
			if k == '\\' && i+1 < len(s) {
				// \C-\e, \M-\C-x and the like: the key after it.
				rest := translateKeyseq(s[i:])
				i = len(s)
				if rest == "" {
					continue
				}
				if c == 'M' {
					b.WriteString("\x1b" + rest)
				} else {
					b.WriteByte(control(rest[0]))
					b.WriteString(rest[1:])
				}
				continue
			}
			if c == 'C' {
				k = control(k)
			} else {
				b.WriteByte(0x1b)
			}
			b.WriteByte(k)
		case c == 'e':
			b.WriteByte(0x1b)
		case c >= '0' && c <= '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			n, _ := strconv.ParseUint(s[i:j], 8, 8)
			b.WriteByte(byte(n))
			i = j - 1
		case c == 'x':
			j := i + 1
			for j < len(s) && j < i+3 && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
				j++
			}
			n, _ := strconv.ParseUint(s[i+1:j], 16, 8)
			b.WriteByte(byte(n))
			i = j - 1
		default:
			if e, ok := map[byte]byte{'a': 7, 'b': 8, 'd': 0x7f, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}[c]; ok {
				c = e
			}
			b.WriteByte(c) // \\ \" \' and the rest stand for themselves
		}
	}
	return b.String()
}

// showKeyseq is keys in readline's notation, as bind -p prints them.
func showKeyseq(keys string) string {
	var b strings.Builder
	for i := 0; i < len(keys); i++ {
		switch c := keys[i]; {
		case c == 0x1b:
			b.WriteString(`\e`)
		case c == 0x7f:
			b.WriteString(`\C-?`)
		case c < 0x20:
			b.WriteString(`\C-` + string(rune(c|0x60)))
		case c == '"' || c == '\\':
			b.WriteString(`\` + string(rune(c)))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// keysOf are the keys bound to each function, in readline's notation,
// sorted.
func (sh *Shell) keysOf() map[string][]string {
	by := map[string][]string{}
	for _, b := range sh.boundKeys() {
		by[b.Function] = append(by[b.Function], `"`+showKeyseq(b.Keys)+`"`)
	}
	for _, list := range by {
		slices.Sort(list)
	}
	return by
}

// bindQuery is bind -q NAME.
func bindQuery(sh *Shell, name string) int {
	if !slices.Contains(sh.keys.FunctionNames(), name) {
		sh.errorf("bind: `%s': unknown function name", name)
		return 1
	}
	list := sh.keysOf()[name]
	if len(list) == 0 {
		sh.write("bind", name+" is not bound to any keys.\n")
		return 1
	}
	sh.write("bind", fmt.Sprintf("%s can be invoked via %s.\n", name, strings.Join(list, ", ")))
	return 0
}

// listBindings is bind -l, -p or -P.
func (sh *Shell) listBindings(out *strings.Builder, how byte) {
	by := sh.keysOf()
	for _, name := range sh.keys.FunctionNames() {
		list := by[name]
		switch {
		case how == 'l':
			fmt.Fprintln(out, name)
		case how == 'p' && len(list) == 0:
			fmt.Fprintf(out, "# %s (not bound)\n", name)
		case how == 'p':
			for _, k := range list {
				fmt.Fprintf(out, "%s: %s\n", k, name)
			}
		case len(list) == 0:
			fmt.Fprintf(out, "%s is not bound to any keys\n", name)
		default:
			fmt.Fprintf(out, "%s can be found on %s.\n", name, strings.Join(list, ", "))
		}
	}
}
