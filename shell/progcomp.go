package shell

import (
	"fmt"
	"os"
	"strings"
)

// defaultWordBreaks is bash's COMP_WORDBREAKS: the characters readline
// ends the word to complete at.
const defaultWordBreaks = " \t\n\"'@><=;|&(:"

// commandSeparators end a command for completion (bash's find_cmd_start).
const commandSeparators = ";|&{(`\n"

// compLine is the line at Tab, cut up as bash cuts it for programmable
// completion (bash's attempt_shell_completion and
// command_line_to_word_list).
type compLine struct {
	cmdStart, cmdEnd int // the command around the cursor, bytes of the line
	text             string
	textStart        int  // the word readline completes: from a word break to the cursor
	quote            byte // the quote open at the cursor, or 0
	words            []string
	cword            int
	cmdName          string // the command's first word, unquoted
	inCommand        bool   // the cursor is in the command's first word
	emptyLine        bool   // nothing but blanks on the line
}

func cutCompLine(line string, point int, breaks string) compLine {
	var c compLine
	c.cmdStart = cmdStart(line, point)
	c.cmdEnd = cmdEnd(line, point)
	c.textStart, c.quote = wordStart(line, c.cmdStart, point, breaks)
	c.text = line[c.textStart:point]
	c.words, c.cword = splitCompWords(line[c.cmdStart:c.cmdEnd], point-c.cmdStart, breaks)
	c.emptyLine = strings.TrimSpace(line) == ""
	// The command's name is its first shell word; the cursor is in it
	// while nothing but that word is before the cursor.
	before := strings.TrimLeft(line[c.cmdStart:point], " \t")
	words, _ := splitForCompletion(before)
	c.inCommand = len(words) <= 1
	first, _ := splitForCompletion(strings.TrimLeft(line[c.cmdStart:c.cmdEnd], " \t"))
	c.cmdName = unquoteWord(first[0])
	return c
}

// scanQuoted calls f for each byte of s[from:to] that is outside quotes
// and not escaped, with its index; f returns false to stop. It returns
// the quote open at the end, or 0.
func scanQuoted(s string, from, to int, f func(i int) bool) byte {
	var quote byte
	for i := from; i < to; i++ {
		ch := s[i]
		switch {
		case quote == '\'':
			if ch == '\'' {
				quote = 0
			}
		case quote == '"':
			if ch == '\\' {
				i++
			} else if ch == '"' {
				quote = 0
			}
		case ch == '\\':
			i++
		case ch == '\'' || ch == '"':
			quote = ch
		default:
			if !f(i) {
				return 0
			}
		}
	}
	return quote
}

// cmdStart is where the command around point begins: after the last
// separator before it, and the blanks after that (COMP_LINE has none).
func cmdStart(line string, point int) int {
	start := 0
	scanQuoted(line, 0, point, func(i int) bool {
		// ${ and $( are expansions, not the start of a command.
		if strings.IndexByte(commandSeparators, line[i]) >= 0 && !((line[i] == '{' || line[i] == '(') && i > 0 && line[i-1] == '$') {
			start = i + 1
		}
		return true
	})
	for start < point && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	return skipAssignments(line, start, point)
}

// skipAssignments moves start past the assignments before a command's
// name (X=1 cmd), as bash does: COMP_LINE and COMP_WORDS begin at cmd.
func skipAssignments(line string, start, point int) int {
	for {
		end := point
		scanQuoted(line, start, point, func(i int) bool {
			if line[i] == ' ' || line[i] == '\t' {
				end = i
				return false
			}
			return true
		})
		name, _, ok := strings.Cut(line[start:end], "=")
		if end >= point || !ok || !validName(name) {
			return start
		}
		for start = end; start < point && (line[start] == ' ' || line[start] == '\t'); start++ {
		}
	}
}

func cmdEnd(line string, point int) int {
	end := len(line)
	scanQuoted(line, point, len(line), func(i int) bool {
		if strings.IndexByte(commandSeparators, line[i]) >= 0 {
			end = i
			return false
		}
		return true
	})
	return end
}

// wordStart is where readline's word ends before the cursor begins: just
// after an open quote, or after the last word break outside quotes (at
// it, for $ and @, which bash keeps with the word).
func wordStart(line string, from, point int, breaks string) (int, byte) {
	quoteAt := -1
	var quote byte
	for i := from; i < point; i++ {
		ch := line[i]
		switch {
		case quote == '\'':
			if ch == '\'' {
				quote = 0
			}
		case quote == '"':
			if ch == '\\' {
				i++
			} else if ch == '"' {
				quote = 0
			}
		case ch == '\\':
			i++
		case ch == '\'' || ch == '"':
			quote, quoteAt = ch, i
		}
	}
	if quote != 0 {
		return quoteAt + 1, quote
	}
	start := from
	scanQuoted(line, from, point, func(i int) bool {
		if strings.IndexByte(breaks, line[i]) >= 0 {
			start = i + 1
			if line[i] == '@' || line[i] == '$' {
				start = i
			}
		}
		return true
	})
	return start, 0
}

// splitCompWords is COMP_WORDS and COMP_CWORD: the command cut at the
// word breaks outside quotes, blanks dropped and a run of other breaks
// (=, :, >>) a word of its own; the cursor in blanks gets an empty word.
func splitCompWords(s string, point int, breaks string) ([]string, int) {
	isBreak := func(ch byte) bool { return ch != '"' && ch != '\'' && strings.IndexByte(breaks, ch) >= 0 }
	isBlank := func(ch byte) bool { return ch == ' ' || ch == '\t' || ch == '\n' }
	var words []string
	cword := -1
	i := 0
	for i < len(s) && isBreak(s[i]) && isBlank(s[i]) {
		i++
	}
	for i < len(s) {
		ts := i
		te := ts
		if isBreak(s[ts]) {
			for te < len(s) && isBreak(s[te]) && !isBlank(s[te]) {
				te++
			}
		} else {
			te = len(s)
			scanQuoted(s, ts, len(s), func(k int) bool {
				if isBreak(s[k]) {
					te = k
					return false
				}
				return true
			})
		}
		if cword < 0 && point < ts {
			// The cursor is in the blanks before this word.
			words = append(words, "")
			cword = len(words) - 1
		}
		words = append(words, s[ts:te])
		if cword < 0 && point >= ts && point <= te {
			cword = len(words) - 1
		}
		i = te
		for i < len(s) && isBreak(s[i]) && isBlank(s[i]) {
			i++
		}
	}
	if cword < 0 {
		words = append(words, "")
		cword = len(words) - 1
	}
	return words, cword
}

// programmable is Tab with complete's specs: ok is false where bash would
// use its default completion (no spec applies: the command word, or a
// command without one).
func (c completer) programmable(line []rune, pos int) ([]string, int, bool) {
	sh := c.sh
	s := string(line)
	point := len(string(line[:pos]))
	breaks := defaultWordBreaks
	if v := sh.Get("COMP_WORDBREAKS"); v.IsSet() {
		breaks = v.String()
	}
	cl := cutCompLine(s, point, breaks)
	var name string
	switch {
	case cl.emptyLine:
		name = compEmpty
	case cl.inCommand:
		name = compInitial
	}
	spec, cmd := c.lookupSpec(name, cl)
	if spec == nil {
		return nil, 0, false
	}
	g := &compGen{sh: sh, cmd: cmd, word: cl.text, line: s[cl.cmdStart:cl.cmdEnd],
		point: point - cl.cmdStart, words: cl.words, cword: cl.cword}
	if cl.cword > 0 {
		g.prev = cl.words[cl.cword-1]
	}
	words, ok := c.runSpec(g, spec, name, cl)
	if !ok {
		return nil, 0, false
	}
	textLen := len([]rune(cl.text))
	if len(words) == 0 && g.spec.Opts&coptBashDefault != 0 {
		if out, n := c.defaultComplete(line, pos); len(out) > 0 {
			return out, n, true
		}
	}
	fileNames := g.spec.Opts&coptFileNames != 0 || g.spec.Actions&(actionBit("file")|actionBit("directory")) != 0 || g.spec.Opts&(coptDirNames|coptPlusDirs) != 0
	if len(words) == 0 && g.spec.Opts&coptDefault != 0 {
		words, fileNames = g.files(unquoteWord(cl.text), false), true
	}
	return c.format(words, cl, g.spec.Opts, fileNames), textLen, true
}

// compInProgress is the completion whose function is running.
type compInProgress struct {
	spec  *compSpec
	text  string // the word completed, as readline has it ($2)
	quote byte   // the quote open before it, or 0
}

// compgenWord is the word compgen -f and -d complete. bash-completion
// quotes the word ($cur, printf %q) before it calls compgen from its
// functions; bash guesses as much (pcomp_filename_completion_function:
// compgen in a function, its word not the one being completed, with
// quotes in it) and dequotes it, and readline dequotes it again when the
// word on the line had quotes, so `ls "sp` and `ls sp\ a` complete.
func (sh *Shell) compgenWord(word string) string {
	c := sh.comp
	if c == nil || sh.funcCalls() == 0 || word == c.text || !strings.ContainsAny(word, "'\"\\") {
		return word
	}
	word = dequoteFilename(word, c.quote)
	if c.quote != 0 || strings.ContainsAny(c.text, "'\"\\") {
		word = dequoteFilename(word, c.quote)
	}
	return word
}

// dequoteFilename is bash's bash_dequote_filename: quotes and
// backslashes removed, starting inside the quote given.
func dequoteFilename(s string, quote byte) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 < len(s) && (quote == '\'' || quote == '"' && !strings.ContainsRune("$`\"\\\n", rune(s[i+1]))) {
				b.WriteByte(c)
			}
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '\'' || c == '"'):
			quote = c
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func actionBit(name string) uint32 {
	bit, _ := compAction(name)
	return bit
}

// lookupSpec finds the spec for the line: -E or -I's (name), or the
// command's, by its name as typed, its base name, the first word of the
// alias it is (progcomp_alias), or -D's.
func (c completer) lookupSpec(name string, cl compLine) (*compSpec, string) {
	specs := c.sh.compSpecs
	if name != "" {
		return specs[name], ""
	}
	cmd := cl.cmdName
	if s, ok := specs[cmd]; ok {
		return s, cmd
	}
	if i := strings.LastIndexByte(cmd, '/'); i >= 0 {
		if s, ok := specs[cmd[i+1:]]; ok {
			return s, cmd
		}
	}
	if c.sh.opts[optProgCompAlias] {
		if text, ok := c.sh.aliases[cmd]; ok {
			if f := strings.Fields(text); len(f) > 0 {
				if s, ok := specs[f[0]]; ok {
					return s, cmd
				}
			}
		}
	}
	return specs[compDefault], cmd
}

// runSpec runs a spec, and again while its function returns 124 (the
// -D loader defined the command's spec), at most 32 times as bash. The
// function's output goes above the prompt, the job control and $? of
// the shell are as they were, and an error in it ends the completion,
// not the shell (but exit exits, as in bash).
func (c completer) runSpec(g *compGen, spec *compSpec, name string, cl compLine) (words []string, ok bool) {
	sh := c.sh
	status, jobControl, line := sh.status, sh.ctl.JobControl, sh.line
	// Commands the function runs stay in the shell's process group:
	// handing them the terminal would take it from the line editor.
	sh.ctl.JobControl = false
	defer func() {
		sh.comp = nil
		sh.status, sh.ctl.JobControl, sh.line = status, jobControl, line
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "jobsh: internal error: %v\n", r)
			words, ok = nil, false
		}
	}()
	for try := 0; ; try++ {
		g.spec, g.retry = *spec, false
		sh.comp = &compInProgress{spec: &g.spec, text: cl.text, quote: cl.quote}
		var err error
		var out string
		sh.withKeySignals(func() {
			out, _ = sh.captureOutput(func() error {
				words, err = g.run()
				return err
			})
		})
		if out != "" && sh.atPrompt != nil {
			sh.atPrompt.Notify(out)
		} else if out != "" {
			os.Stderr.WriteString(out)
		}
		if isExit(err) {
			os.Exit(sh.exit(err))
		}
		if err != nil {
			return nil, true
		}
		if !g.retry || name != "" {
			return words, true
		}
		if try == 31 {
			sh.errorf("programmable_completion: %s: possible retry loop", g.cmd)
			return words, true
		}
		if spec, _ = c.lookupSpec("", cl); spec == nil {
			return nil, false
		}
	}
}

// format turns the candidates into the words the line editor inserts:
// sorted and unique (unless nosort), file names quoted (unless noquote),
// and a lone word ended as readline ends it: a space, or with -o
// filenames a / for a directory, or nothing with -o nospace.
func (c completer) format(words []string, cl compLine, opts uint16, fileNames bool) []string {
	if opts&coptNoSort == 0 {
		words = sortedUnique(words)
	} else {
		words = uniqueInOrder(words)
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if fileNames && opts&coptNoQuote == 0 && cl.quote == 0 {
			out[i] = quoteForCompletion(w)
		}
	}
	if len(out) != 1 {
		return out
	}
	w := words[0]
	if fileNames {
		if info, err := os.Stat(c.sh.abs(c.sh.expandTildePath(w))); err == nil && info.IsDir() {
			if !strings.HasSuffix(w, "/") {
				out[0] += "/"
			}
			return out
		}
	}
	if cl.quote != 0 {
		out[0] += string(cl.quote)
	}
	if opts&coptNoSpace == 0 {
		out[0] += " "
	}
	return out
}

func uniqueInOrder(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
