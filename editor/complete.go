package editor

import "jobsh/shell"

// completer is readline's AutoCompleter over the shell's completion
// engine (shell.Complete).
type completer struct{ e *Editor }

// Do gives readline the candidates' remaining text, after the
// characters before the cursor they complete. Words that do not begin
// with those characters (a completion function's, as bash-completion's
// `fg s` → `"%sleep"`) replace them, as bash's readline does: the one
// word, or the text all the words begin with.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	words, length := c.e.sh.Complete(line, pos)
	typed := line[pos-length : pos]
	out := make([][]rune, 0, len(words))
	for _, w := range words {
		r := []rune(w)
		if !hasPrefix(r, typed) {
			c.replace(line, pos, length, words)
			return nil, 0
		}
		out = append(out, r[length:])
	}
	return out, length
}

// replace puts the words' common beginning in place of the length runes
// before the cursor. readline can only insert at the cursor, so the line
// is set anew, and the cursor ends at its end.
func (c completer) replace(line []rune, pos, length int, words []string) {
	common := []rune(words[0])
	for _, w := range words[1:] {
		r := []rune(w)
		n := 0
		for n < len(common) && n < len(r) && common[n] == r[n] {
			n++
		}
		common = common[:n]
	}
	if len(common) == 0 {
		return
	}
	next := append(append(append([]rune(nil), line[:pos-length]...), common...), line[pos:]...)
	c.e.rl.Operation.SetBuffer(string(next))
}

// ListName is readline's ListNamer: the list shows names unquoted, as
// bash's does.
func (c completer) ListName(word string) string { return shell.ListName(word) }

func hasPrefix(r, prefix []rune) bool {
	if len(prefix) > len(r) {
		return false
	}
	for i := range prefix {
		if r[i] != prefix[i] {
			return false
		}
	}
	return true
}
