package shell

import (
	"strings"
)

// History expansion (`!!`, `!$`, `^old^new^`, ...) as bash does it with
// GNU history's rules (histexpand.c, with bash's settings: single quotes
// and a backslash inhibit it, `#` at the start of a word starts a comment
// that is left alone, `${!x}`, `$!` and `[!...]` are not expansions). It is
// a pure function of the line, the history list and the expander's memory
// of the last substitution and search, so that a table can test it.

// histExpander keeps what GNU history keeps between expansions: the last
// substitution (for `:&` and `^old^new^` with an empty old) and the last
// `!?string?` search (for `:%` and an empty `!??`).
type histExpander struct {
	extglob     bool // shopt extglob: !(pattern) is the shell's
	lhs, rhs    string
	hasLHS      bool
	search      string
	searchMatch string
}

// histError is a failed expansion; its text is what bash prints after
// "bash: ", e.g. "!xyz: event not found".
type histError struct{ text string }

func (e *histError) Error() string { return e.text }

const (
	histUnchanged = 0
	histChanged   = 1
	histPrintOnly = 2 // a :p modifier: print the line, do not run it
)

// Characters as GNU history and bash set them.
const (
	histNoExpandChars   = " \t\n\r="
	histWordDelimiters  = " \t\n;&()|<>"
	histEventDelimiters = "^$*%-"
	histSearchDelims    = ";&()|<>" // bash's history_search_delimiter_chars
)

func member(c byte, set string) bool { return c != 0 && strings.IndexByte(set, c) >= 0 }

// expand returns line with its history references replaced, and
// histUnchanged, histChanged or histPrintOnly; hist is the history list,
// oldest first, not including line.
// histMaxLine bounds what history expansion makes: each !# doubles the
// line, each :gs/a/&&/ a word, and forty of them would take all memory
// (the fuzzer's find; bash has no bound and runs out).
const histMaxLine = 1 << 20

var errHistTooLong = &histError{"history expansion too long"}

func (hx *histExpander) expand(line string, hist []string) (string, int, error) {
	return hx.expandQuoted(line, hist, 0)
}

// expandQuoted is expand for a line that continues a command left inside
// quotes (quote is ' or "), as bash's history_quoting_state: the rest of a
// single-quoted string is left alone, and a double-quoted one goes on.
func (hx *histExpander) expandQuoted(line string, hist []string, quote byte) (string, int, error) {
	s := line
	if s == "" {
		return line, histUnchanged, nil
	}
	start := 0
	if quote == '\'' {
		k := strings.IndexByte(s, '\'')
		if k < 0 {
			return line, histUnchanged, nil
		}
		start = k + 1
	}
	if s[0] == '^' && quote == 0 {
		// ^old^new^ is !!:s^old^new^.
		s = "!!:s" + s
	} else if !hx.hasHistRef(s, start, quote == '"') {
		return line, histUnchanged, nil
	}
	var out strings.Builder
	out.WriteString(s[:start])
	modified, printOnly := false, false
	dquote := quote == '"'
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			out.WriteByte(c)
			if i+1 < len(s) {
				i++
				out.WriteByte(s[i])
			}
		case c == '"':
			dquote = !dquote
			out.WriteByte(c)
		case c == '\'' && !dquote:
			j := skipSingleQuoted(s, i+1, i > 0 && s[i-1] == '$')
			out.WriteString(s[i:min(j+1, len(s))])
			i = j
		case c == '#' && !dquote && (i == 0 || member(s[i-1], histWordDelimiters)):
			out.WriteString(s[i:])
			i = len(s)
		case c == '!':
			cc := at(i + 1)
			if cc == 0 || member(cc, histNoExpandChars) || (dquote && cc == '"') || hx.inhibit(s, i, start) {
				out.WriteByte(c)
				continue
			}
			if cc == '#' {
				// !# is the line typed so far.
				cur := out.String()
				end, word, err := hx.designate(s, i, i+2, cur)
				if err != nil {
					return "", 0, err
				}
				out.WriteString(word.text)
				if out.Len() > histMaxLine {
					return "", 0, errHistTooLong
				}
				modified = true
				printOnly = printOnly || word.printOnly
				i = end - 1
				continue
			}
			qc := byte(0)
			if dquote {
				qc = '"'
			}
			event, j, ok := hx.event(s, i, qc, hist)
			if !ok {
				return "", 0, &histError{s[i:j] + ": event not found"}
			}
			end, word, err := hx.designate(s, i, j, event)
			if err != nil {
				return "", 0, err
			}
			out.WriteString(word.text)
			if out.Len() > histMaxLine {
				return "", 0, errHistTooLong
			}
			modified = true
			printOnly = printOnly || word.printOnly
			i = end - 1
		default:
			out.WriteByte(c)
		}
	}
	switch {
	case printOnly:
		return out.String(), histPrintOnly, nil
	case modified:
		return out.String(), histChanged, nil
	}
	return line, histUnchanged, nil
}

// hasHistRef is GNU history's first pass: is there a `!` that quoting
// leaves free?
func (hx *histExpander) hasHistRef(s string, start int, dquote bool) bool {
	for i := start; i < len(s); i++ {
		c := s[i]
		var cc byte
		if i+1 < len(s) {
			cc = s[i+1]
		}
		switch {
		case c == '#' && !dquote && (i == 0 || member(s[i-1], histWordDelimiters)):
			return false
		case c == '!':
			if cc == 0 || member(cc, histNoExpandChars) || (dquote && cc == '"') || hx.inhibit(s, i, start) {
				continue
			}
			return true
		case dquote && c == '\\' && cc == '"':
			i++
		case c == '"':
			dquote = !dquote
		case !dquote && c == '\'':
			i = skipSingleQuoted(s, i+1, i > 0 && s[i-1] == '$')
		case c == '\\':
			if cc == '\'' || cc == '!' {
				i++
			}
		}
	}
	return false
}

// skipSingleQuoted returns the index of the quote closing a single-quoted
// string that starts at i (or len(s)); in $'...' a backslash quotes.
func skipSingleQuoted(s string, i int, dollar bool) int {
	for ; i < len(s) && s[i] != '\''; i++ {
		if dollar && s[i] == '\\' && i+1 < len(s) {
			i++
		}
	}
	return i
}

// inhibit is bash's bash_history_inhibit_expansion: `[!`, `${!`, `$!`
// and, with extglob, `!(` are the shell's own.
func (hx *histExpander) inhibit(s string, i, from int) bool {
	switch {
	case hx.extglob && i > 1 && i+1 < len(s) && s[i+1] == '(' && strings.IndexByte(s[i+2:], ')') >= 0:
		return true // bash's test, i > 1 included: `x!(y)z` still expands
	case i > 0 && s[i-1] == '[' && strings.IndexByte(s[i+1:], ']') >= 0:
		return true
	case i > 1 && s[i-1] == '{' && s[i-2] == '$' && strings.IndexByte(s[i+1:], '}') >= 0:
		return true
	case i > 1 && s[i-1] == '$' && s[i-2] != '!':
		// $! is the shell's, unless the $ ended a history reference
		// (`!$!$`).
		return true
	}
	return singleQuotedInSubst(s, from, i)
}

// singleQuotedInSubst reports whether s[i] is in single quotes that a
// command substitution makes real inside double quotes: "$(echo '!!')"
// (bash 5.2 parses the line as the shell does for this).
func singleQuotedInSubst(s string, from, i int) bool {
	// Like bash, this starts outside double quotes even on a line that
	// continues a double-quoted string: there a ' quotes the rest.
	// A ( inside $( is not counted: its ) ends the substitution, as
	// bash has it ("$( (echo) '!!')" expands).
	var stack []byte // 'd': double quotes, 'c': $(
	sq := false
	for k := from; k < i && k < len(s); k++ {
		c := s[k]
		if sq {
			sq = c != '\''
			continue
		}
		top := byte(0)
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch {
		case c == '\\':
			k++
		case c == '\'' && top != 'd':
			sq = true
		case c == '"' && top == 'd':
			stack = stack[:len(stack)-1]
		case c == '"':
			stack = append(stack, 'd')
		case c == '$' && k+1 < len(s) && s[k+1] == '(':
			stack = append(stack, 'c')
			k++
		case c == ')' && top == 'c':
			stack = stack[:len(stack)-1]
		}
	}
	return sq
}

// event finds the history entry that the reference at s[i] (a `!`) names,
// and returns it with the index just past the event specification.
func (hx *histExpander) event(s string, i int, qc byte, hist []string) (string, int, bool) {
	i++
	get := func(n int) (string, bool) { // 1-based
		if n < 1 || n > len(hist) {
			return "", false
		}
		return hist[n-1], true
	}
	if i < len(s) && s[i] == '!' {
		e, ok := get(len(hist))
		return e, i + 1, ok
	}
	sign := 1
	if i+1 < len(s) && s[i] == '-' && isDigit(s[i+1]) {
		sign = -1
		i++
	}
	if i < len(s) && isDigit(s[i]) {
		n := 0
		for ; i < len(s) && isDigit(s[i]); i++ {
			n = n*10 + int(s[i]-'0')
		}
		if sign < 0 {
			n = len(hist) + 1 - n
		}
		e, ok := get(n)
		return e, i, ok
	}
	substring := false
	if i < len(s) && s[i] == '?' {
		substring = true
		i++
	}
	start := i
	for ; i < len(s); i++ {
		c := s[i]
		if !substring && (c == ' ' || c == '\t' || c == ':' ||
			(i > start && c == '-') ||
			(c != '-' && member(c, histEventDelimiters)) ||
			member(c, histSearchDelims) || (qc != 0 && c == qc)) ||
			c == '\n' || (substring && c == '?') {
			break
		}
	}
	str := s[start:i]
	if substring && i < len(s) && s[i] == '?' {
		i++
	}
	if str == "" && !substring && i < len(s) && member(s[i], histSearchDelims) {
		// bash finds no event for `!;` or `!(`, though `!$` and `!:1`
		// take the last one.
		return "", i, false
	}
	if str == "" && substring {
		if hx.search == "" {
			return "", i, false
		}
		str = hx.search
	}
	for n := len(hist) - 1; n >= 0; n-- {
		e := hist[n]
		if substring {
			if k := strings.Index(e, str); k >= 0 {
				hx.search = str
				hx.searchMatch = histFindWord(e, k)
				return e, i, true
			}
		} else if strings.HasPrefix(e, str) {
			return e, i, true
		}
	}
	return "", i, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// histFindWord is the word of line that contains byte k (for `:%`).
func histFindWord(line string, k int) string {
	for _, w := range histTokenize(line) {
		if k >= w.start && k < w.end {
			return line[w.start:w.end]
		}
	}
	return ""
}

type histWord struct {
	text      string
	printOnly bool
}

// designate applies the word designator and modifiers at s[j:] to event;
// start is where the reference began, for error messages. It returns the
// index past them.
func (hx *histExpander) designate(s string, start, j int, event string) (int, histWord, error) {
	fail := func(end int, msg string) (int, histWord, error) {
		return 0, histWord{}, &histError{s[start:min(end, len(s))] + ": " + msg}
	}
	i := j
	text, i, ok, isSpec := histWordSpec(s, i, event, hx.searchMatch)
	if isSpec && !ok {
		return fail(i, "bad word specifier")
	}
	if !isSpec {
		text = event
	}
	var w histWord
	quote := byte(0)
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	first := i
	for at(i) == ':' {
		c := at(i + 1)
		global, byWords := false, false
		if c == 'g' || c == 'a' {
			global = true
			i++
			c = at(i + 1)
		} else if c == 'G' {
			byWords = true // the first occurrence in each word
			i++
			c = at(i + 1)
		}
		switch c {
		case 'q', 'x':
			quote = c
		case 'p':
			w.printOnly = true
		case 't':
			if k := strings.LastIndexByte(text, '/'); k >= 0 {
				text = text[k+1:]
			}
		case 'h':
			if k := strings.LastIndexByte(text, '/'); k >= 0 {
				text = text[:k]
			}
		case 'r':
			if k := strings.LastIndexByte(text, '.'); k >= 0 {
				text = text[:k]
			}
		case 'e':
			if k := strings.LastIndexByte(text, '.'); k >= 0 {
				text = text[k:]
			}
		case 's', '&':
			if c == 's' {
				if i+2 >= len(s) {
					break // no delimiter: nothing
				}
				delim := s[i+2]
				i += 3
				lhs, ni, found := substPattern(s, i, delim, false)
				i = ni
				if found {
					hx.lhs, hx.hasLHS = lhs, true
				} else if !hx.hasLHS && hx.search != "" {
					hx.lhs, hx.hasLHS = hx.search, true
				}
				rhs, ni, _ := substPattern(s, i, delim, true)
				i = ni
				hx.rhs = substRHS(rhs, hx.lhs)
			} else {
				i += 2
			}
			if !hx.hasLHS || hx.lhs == "" {
				return 0, histWord{}, &histError{s[first:i] + ": no previous substitution"}
			}
			if len(hx.lhs) > len(text) {
				return 0, histWord{}, &histError{s[first:min(i, len(s))] + ": substitution failed"}
			}
			k := strings.Index(text, hx.lhs)
			if k < 0 {
				return 0, histWord{}, &histError{s[first:min(i, len(s))] + ": substitution failed"}
			}
			if byWords {
				var b strings.Builder
				at := 0
				for _, w := range histTokenize(text) {
					if k := strings.Index(text[w.start:w.end], hx.lhs); k >= 0 {
						b.WriteString(text[at : w.start+k])
						b.WriteString(hx.rhs)
						at = w.start + k + len(hx.lhs)
					}
				}
				text = b.String() + text[at:]
			} else if global {
				text = strings.ReplaceAll(text, hx.lhs, hx.rhs)
			} else {
				text = text[:k] + hx.rhs + text[k+len(hx.lhs):]
			}
			if len(text) > histMaxLine {
				return 0, histWord{}, errHistTooLong
			}
			continue
		default:
			return 0, histWord{}, &histError{s[i+1:min(i+2, len(s))] + ": unrecognized history modifier"}
		}
		i += 2
	}
	switch quote {
	case 'q':
		text = "'" + strings.ReplaceAll(text, "'", `'\''`) + "'"
	case 'x':
		var b strings.Builder
		b.WriteByte('\'')
		for k := 0; k < len(text); k++ {
			switch c := text[k]; c {
			case '\'':
				b.WriteString(`'\''`)
			case ' ', '\t', '\n':
				b.WriteByte('\'')
				b.WriteByte(c)
				b.WriteByte('\'')
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('\'')
		text = b.String()
	}
	w.text = text
	return i, w, nil
}

// substPattern reads the lhs or rhs of :s up to delim (a backslash quotes
// the delimiter) and returns the index past the delimiter; found is false
// for an empty lhs.
func substPattern(s string, i int, delim byte, rhs bool) (string, int, bool) {
	var b strings.Builder
	k := i
	for ; k < len(s) && s[k] != delim; k++ {
		if s[k] == '\\' && k+1 < len(s) && s[k+1] == delim {
			k++
		}
		b.WriteByte(s[k])
	}
	found := k > i || rhs
	if k < len(s) {
		k++
	}
	return b.String(), k, found
}

// substRHS puts the lhs for each `&` of the rhs; `\&` is a plain `&`.
func substRHS(rhs, lhs string) string {
	if strings.IndexByte(rhs, '&') < 0 {
		return rhs
	}
	var b strings.Builder
	for k := 0; k < len(rhs); k++ {
		switch {
		case rhs[k] == '&':
			b.WriteString(lhs)
		case rhs[k] == '\\' && k+1 < len(rhs) && rhs[k+1] == '&':
			k++
			b.WriteByte('&')
		default:
			b.WriteByte(rhs[k])
		}
	}
	return b.String()
}

// histWordSpec reads a word designator at s[i] (`:n`, `:n-m`, `^`, `$`,
// `*`, `%`, `-m`, ...). isSpec is false when there is none; ok is false for
// one that names words the event does not have.
func histWordSpec(s string, i int, event, searchMatch string) (text string, end int, ok, isSpec bool) {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	colon := false
	j := i
	if at(j) == ':' {
		j++
		colon = true
	}
	switch at(j) {
	case '%':
		return searchMatch, j + 1, true, true
	case '*':
		t, ok := histArgs(event, 1, -2)
		if !ok {
			t = ""
		}
		return t, j + 1, true, true
	case '$':
		t, ok := histArgs(event, -2, -2)
		return t, j + 1, ok, true
	}
	first, last := 0, 0
	switch c := at(j); {
	case c == '-':
		first = 0
	case c == '^':
		first = 1
		j++
	case isDigit(c) && colon:
		for ; isDigit(at(j)); j++ {
			first = first*10 + int(at(j)-'0')
		}
	default:
		return "", i, true, false
	}
	// last: -2 stands for `$`, -1 for "x-", the last word left out.
	switch c := at(j); {
	case c == '^' || c == '*':
		last = 1
		if c == '*' {
			last = -2
		}
		j++
	case c != '-':
		last = first
	default:
		j++
		switch c := at(j); {
		case isDigit(c):
			last = 0
			for ; isDigit(at(j)); j++ {
				last = last*10 + int(at(j)-'0')
			}
		case c == '$':
			j++
			last = -2
		case c == '^':
			j++
			last = 1
		default:
			last = -1
		}
	}
	if last >= 0 && last < first {
		return "", j, false, true
	}
	t, ok := histArgs(event, first, last)
	return t, j, ok, true
}

// histArgs joins words first to last of line (-2: the last word; last -1:
// up to the one before the last).
func histArgs(line string, first, last int) (string, bool) {
	words := histTokenize(line)
	n := len(words)
	if first == -2 {
		first = n - 1
	}
	if last == -2 {
		last = n - 1
	}
	if last == -1 {
		last = n - 2
		if first == n-1 {
			return "", true
		}
	}
	if first >= n || last >= n || first < 0 || last < 0 || first > last {
		return "", false
	}
	parts := make([]string, 0, last-first+1)
	for _, w := range words[first : last+1] {
		parts = append(parts, line[w.start:w.end])
	}
	return strings.Join(parts, " "), true
}

type histSpan struct{ start, end int }

// histTokenize splits a line into words as GNU history does
// (history_tokenize): shell quoting keeps a word together, and the
// operators ; & | ( ) < > are words of their own.
func histTokenize(s string) []histSpan {
	var words []histSpan
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		if i >= len(s) || s[i] == '#' {
			return words
		}
		start := i
		i = histWordEnd(s, start)
		if i == start {
			i++
			for i < len(s) && member(s[i], histWordDelimiters) {
				i++
			}
		}
		words = append(words, histSpan{start, i})
	}
	return words
}

func histWordEnd(s string, i int) int {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	var delim, open byte
	nest := 0
	if member(at(i), "()\n") {
		return i + 1
	}
	if isDigit(at(i)) {
		j := i
		for isDigit(at(j)) {
			j++
		}
		if at(j) == 0 {
			return j
		}
		i = j
		if at(j) != '<' && at(j) != '>' {
			goto word
		}
	}
	if member(at(i), "<>;&|") {
		c, peek := at(i), at(i+1)
		switch {
		case peek == c:
			if peek == '<' && (at(i+2) == '-' || at(i+2) == '<') {
				i++
			}
			return i + 2
		case peek == '&' && (c == '>' || c == '<'):
			j := i + 2
			for isDigit(at(j)) {
				j++
			}
			if at(j) == '-' {
				j++
			}
			return j
		case (peek == '>' && c == '&') || (peek == '|' && c == '>'):
			return i + 2
		case peek == '(' && (c == '>' || c == '<'):
			i += 2
			open, delim, nest = '(', ')', 1
			goto word
		}
		return i + 1
	}
word:
	if delim == 0 && member(at(i), "\"'`") {
		delim = at(i)
		i++
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\\' && at(i+1) == '\n' {
			i++
			continue
		}
		if c == '\\' && delim != '\'' {
			i++
			continue
		}
		if nest > 0 && c == open {
			nest++
			continue
		}
		if nest > 0 && c == delim {
			nest--
			if nest == 0 {
				delim = 0
			}
			continue
		}
		if delim != 0 && c == delim {
			delim = 0
			continue
		}
		if nest == 0 && delim == 0 && member(c, "<>$!@?+*") && at(i+1) == '(' {
			i += 2 // and the character after, as GNU history does
			open, delim, nest = '(', ')', 1
			continue
		}
		if delim == 0 && member(c, histWordDelimiters) {
			break
		}
		if delim == 0 && member(c, "\"'`") {
			delim = c
		}
	}
	return min(i, len(s))
}
