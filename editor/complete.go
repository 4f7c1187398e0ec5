package editor

import "jobsh/shell"

// completer is readline's AutoCompleter over the shell's completion
// engine (shell.Complete).
type completer struct{ sh *shell.Shell }

// Do gives readline the candidates' remaining text, after the
// characters before the cursor they complete.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	words, length := c.sh.Complete(line, pos)
	out := make([][]rune, 0, len(words))
	for _, w := range words {
		r := []rune(w)
		if len(r) >= length {
			out = append(out, r[length:])
		}
	}
	return out, length
}
