package shell

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"jobsh/jobs"

	"mvdan.cc/sh/v3/expand"
)

// completer is the completion engine behind Tab: command names in command
// position (builtins, functions, keywords, programs in PATH), file paths
// elsewhere (quoted as they must be typed), ~user, $variables, job specs
// after the job builtins and signal names after kill -.
type completer struct{ sh *Shell }

// Complete is Tab at pos (a rune index) in line: the words that can
// replace the text before the cursor, as they must be typed, sorted, and
// the length in runes of the text they replace. That text is the shell
// word before the cursor, or, where complete's specs apply, readline's
// word (from the last COMP_WORDBREAKS character). Each word begins with
// that text, except where a completion function made words that do not
// (rare: bash-completion's `fg s` gives `"%sleep"`); then, as in bash,
// the text is to be replaced by the word, or by what all the words begin
// with. A lone word that ends the argument ends in a space. The line
// editor calls it while it reads a line; promptMu keeps the trap and
// notice goroutines out of the shell meanwhile.
func (sh *Shell) Complete(line []rune, pos int) ([]string, int) {
	sh.promptMu.Lock()
	defer sh.promptMu.Unlock()
	return completer{sh}.complete(line, pos)
}

func (c completer) complete(line []rune, pos int) ([]string, int) {
	if c.sh.opts[optProgComp] && len(c.sh.compSpecs) > 0 {
		if words, n, ok := c.programmable(line, pos); ok {
			return words, n
		}
	}
	return c.defaultComplete(line, pos)
}

// defaultComplete is Tab without complete's specs.
func (c completer) defaultComplete(line []rune, pos int) ([]string, int) {
	words, cmdPos := splitForCompletion(string(line[:pos]))
	raw := words[len(words)-1]
	prev := ""
	if len(words) > 1 {
		prev = words[len(words)-2]
	}
	// As readline's word breaks have it in bash, the text completed
	// starts after an =, a : or an open backquote: dd if=fi, PATH=$PATH:/us,
	// echo `ech (a command).
	inBackquote := false
	if i, bq := wordBreak(raw); i >= 0 {
		raw, cmdPos, prev, inBackquote = raw[i+1:], bq, "", bq
	}
	var cands []string
	prefix := unquoteWord(raw)
	// What the candidates are written with: the quote the word opened
	// ("pro -> "proj/), or the variable it starts with ($HOME/pr ->
	// $HOME/proj/), as bash keeps them.
	quoted := openQuote(raw)
	varText, varValue := c.leadingVar(prefix)
	switch {
	case varText != "" && quoted != '\'':
		for _, f := range c.files(varValue+prefix[len(varText):], false) {
			cands = append(cands, varText+strings.TrimPrefix(f, varValue))
		}
		prefix = varText + prefix[len(varText):]
	case strings.HasPrefix(prefix, "${") && !strings.Contains(prefix, "}"):
		for _, v := range c.variables(prefix[2:]) {
			cands = append(cands, "${"+v[1:]+"}")
		}
	case strings.HasPrefix(prefix, "$"):
		cands = c.variables(prefix[1:])
	case strings.HasPrefix(prefix, "%") && jobCommands[prev]:
		cands = c.jobSpecs()
	case strings.HasPrefix(prefix, "-") && prev == "kill":
		for _, s := range jobs.Signals() {
			cands = append(cands, "-"+jobs.ShortSignalName(s))
		}
	case strings.HasPrefix(prefix, "~") && !strings.Contains(prefix, "/"):
		cands = users()
	case strings.Contains(prefix, "@") && c.sh.opts[optHostComplete]:
		// shopt hostcomplete: @host and user@host complete the host.
		at := strings.LastIndexByte(prefix, '@')
		for _, h := range hostNames(c.sh) {
			cands = append(cands, prefix[:at+1]+h)
		}
	case cmdPos && !strings.Contains(prefix, "/"):
		cands = c.commands(prefix)
	default:
		cands = c.files(prefix, cmdPos)
	}
	var out []string
	seen := map[string]bool{}
	for _, cand := range cands {
		if !strings.HasPrefix(cand, prefix) || seen[cand] {
			continue
		}
		seen[cand] = true
		var typed string
		switch {
		case quoted != 0 && varText != "": // "$HOME/ kept as typed
			typed = raw[:strings.IndexByte(raw, quoted)+1] + varText + quoteIn(quoted, cand[len(varText):])
		case quoted != 0: // inside the quote the word opened
			typed = raw[:strings.IndexByte(raw, quoted)+1] + quoteIn(quoted, cand)
		case varText != "": // $HOME/ kept, the path after it quoted
			typed = varText + quoteForCompletion(cand[len(varText):])
		case strings.HasPrefix(cand, "${"): // ${NAME} as it is
			typed = cand
		default:
			typed = quoteForCompletion(cand)
		}
		if !strings.HasPrefix(typed, raw) {
			continue
		}
		out = append(out, typed)
	}
	// In backquotes bash adds no space to the command (the closing
	// backquote may follow).
	if len(out) == 1 && !strings.HasSuffix(out[0], "/") && !inBackquote {
		switch {
		case strings.HasPrefix(out[0], "$") && c.isDirVar(out[0]):
			out[0] += "/" // $HOME, ${HOME}: a directory, as bash
		case quoted != 0:
			out[0] += string(quoted) + " " // a whole name: the quote closes
		default:
			out[0] += " "
		}
	}
	sort.Strings(out)
	return out, len([]rune(raw))
}

var jobCommands = map[string]bool{"fg": true, "bg": true, "kill": true, "wait": true, "disown": true, "jobs": true}

// splitForCompletion splits the text before the cursor into words as the
// shell would (quotes and backslashes keep spaces in a word), and tells
// whether the last word is in command position.
func splitForCompletion(s string) ([]string, bool) {
	var words []string
	var cur strings.Builder
	var quote byte
	cmdPos := true
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			// An assignment before the command leaves the next
			// word the command (X=1 ech completes echo).
			name, _, isAssign := strings.Cut(cur.String(), "=")
			cmdPos = cmdPos && isAssign && validName(name)
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
			cur.WriteByte(ch)
		case ch == '\\' && i+1 < len(s):
			cur.WriteByte(ch)
			cur.WriteByte(s[i+1])
			i++
		case ch == '\'' || ch == '"':
			quote = ch
			cur.WriteByte(ch)
		case ch == ' ' || ch == '\t':
			flush()
		case ch == '|' || ch == ';' || ch == '&' || ch == '(':
			flush()
			cmdPos = true
		default:
			cur.WriteByte(ch)
		}
	}
	words = append(words, cur.String())
	return words, cmdPos
}

// wordBreak finds where in a word the text to complete begins anew, as
// bash's completion finds it: after the last = or : (two of
// COMP_WORDBREAKS's characters that splitForCompletion leaves in words),
// or after a backquote left open (then the text is a command, bq). It
// returns -1 if the whole word is the text. Inside quotes nothing breaks.
func wordBreak(w string) (i int, bq bool) {
	i = -1
	var quote byte
	backquote := -1
	for j := 0; j < len(w); j++ {
		switch ch := w[j]; {
		case quote != 0 && ch == quote:
			quote = 0
		case quote == '\'':
		case ch == '\\':
			j++
		case ch == '`' && backquote >= 0:
			backquote = -1 // closed: the word goes on
		case ch == '`':
			backquote = j
		case quote != 0:
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == '=' || ch == ':':
			i = j
		}
	}
	if backquote >= 0 {
		return backquote, true
	}
	return i, false
}

// isDirVar says whether a completed $NAME or ${NAME} names a directory.
func (c completer) isDirVar(w string) bool {
	name := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "$"), "{"), "}")
	v := c.sh.Get(name).String()
	if v == "" {
		return false
	}
	info, err := os.Stat(v)
	return err == nil && info.IsDir()
}

// openQuote is the quote a partly typed word leaves open (' or "), or 0.
func openQuote(w string) byte {
	var quote byte
	for i := 0; i < len(w); i++ {
		switch ch := w[i]; {
		case quote != 0 && ch == quote:
			quote = 0
		case quote == 0 && (ch == '\'' || ch == '"'):
			quote = ch
		case quote != '\'' && ch == '\\':
			i++
		}
	}
	return quote
}

// quoteIn writes s as it goes inside the quote q.
func quoteIn(q byte, s string) string {
	if q == '\'' {
		return strings.ReplaceAll(s, "'", `'\''`)
	}
	return dquoteEscaper.Replace(s)
}

// leadingVar finds a word's leading $NAME or ${NAME} followed by a slash,
// and the variable's value: $HOME/pr completes as a path in $HOME.
func (c completer) leadingVar(w string) (text, value string) {
	if !strings.HasPrefix(w, "$") {
		return "", ""
	}
	name, rest := w[1:], ""
	if strings.HasPrefix(name, "{") {
		end := strings.IndexByte(name, '}')
		if end < 0 {
			return "", ""
		}
		name, rest = name[1:end], name[end+1:]
		text = "${" + name + "}"
	} else {
		end := 0
		for end < len(name) && validName(name[:end+1]) {
			end++
		}
		name, rest = name[:end], name[end:]
		text = "$" + name
	}
	if name == "" || !strings.HasPrefix(rest, "/") {
		return "", ""
	}
	return text, c.sh.Get(name).String()
}

// unquoteWord removes the quotes and backslashes of a partly typed word.
// ListName is how a word that Complete returned is shown in a list of
// candidates: as the name it stands for, unquoted (my\ file is listed as
// my file), as bash lists it.
func ListName(word string) string { return unquoteWord(word) }

func unquoteWord(w string) string {
	var b strings.Builder
	var quote byte
	for i := 0; i < len(w); i++ {
		ch := w[i]
		switch {
		case quote != 0 && ch == quote:
			quote = 0
		case quote == 0 && (ch == '\'' || ch == '"'):
			quote = ch
		case quote != '\'' && ch == '\\' && i+1 < len(w):
			i++
			b.WriteByte(w[i])
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// quoteForCompletion escapes the characters that would split or expand a
// completed word, with backslashes, as bash's completion does.
func quoteForCompletion(s string) string {
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune(" \t\n'\"\\|&;()<>*?[]{}`!#", r) || r == '$' && i > 0 || r == '~' && i > 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (c completer) variables(prefix string) []string {
	var names []string
	c.sh.Each(func(name string, v expand.Variable) bool {
		if strings.HasPrefix(name, prefix) && v.Declared() {
			names = append(names, "$"+name)
		}
		return true
	})
	return names
}

func (c completer) jobSpecs() []string {
	var specs []string
	for _, j := range c.sh.ctl.Jobs() {
		specs = append(specs, "%"+strconv.Itoa(j.ID))
		if f := strings.Fields(j.Text); len(f) > 0 {
			specs = append(specs, "%"+f[0])
		}
	}
	return specs
}

func (c completer) commands(prefix string) []string {
	var names []string
	for name := range builtins {
		names = append(names, name)
	}
	for name := range c.sh.funcs {
		names = append(names, name)
	}
	for name := range keywords {
		names = append(names, name)
	}
	for _, dir := range filepath.SplitList(c.sh.Get("PATH").String()) {
		entries, err := os.ReadDir(c.sh.abs(dir))
		if err != nil {
			continue
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), prefix) && isCommandFile(filepath.Join(c.sh.abs(dir), e.Name()), e) {
				names = append(names, e.Name())
			}
		}
	}
	return names
}

// isCommandFile says whether a PATH directory's entry is a program: an
// executable file, a link followed to one. A link to a directory
// (/usr/bin/X11 -> .) is not, as in bash.
func isCommandFile(path string, e os.DirEntry) bool {
	info, err := e.Info()
	if err == nil && info.Mode()&os.ModeSymlink != 0 {
		info, err = os.Stat(path)
	}
	return err == nil && !info.IsDir() && info.Mode()&0o111 != 0
}

// files completes a path relative to the shell's directory; directories
// end in "/".
func (c completer) files(prefix string, onlyExec bool) []string {
	dir, base := filepath.Split(prefix)
	look := dir
	if strings.HasPrefix(look, "~/") {
		look = c.sh.Get("HOME").String() + look[1:]
	}
	if look == "" {
		look = "."
	}
	entries, err := os.ReadDir(c.sh.abs(look))
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		// Hidden files too, as readline's match-hidden-files (on by
		// default in bash) has it; never . and .., which ReadDir omits.
		if !strings.HasPrefix(name, base) {
			continue
		}
		full := dir + name
		if info, err := os.Stat(filepath.Join(c.sh.abs(look), name)); err == nil && info.IsDir() {
			full += "/"
		}
		names = append(names, full)
	}
	return names
}

// users lists ~user for the accounts in /etc/passwd.
// users are the ~user words, each with its slash: ~ro Tab gives ~root/,
// ready for the path under it, as in bash.
func users() []string {
	var names []string
	for _, a := range accounts() {
		names = append(names, "~"+a.name+"/")
	}
	return names
}
