package readline

import (
	"io"
)

type AutoCompleter interface {
	// Readline will pass the whole line and current offset to it
	// Completer need to pass all the candidates, and how long they shared the same characters in line
	// Example:
	//   [go, git, git-shell, grep]
	//   Do("g", 1) => ["o", "it", "it-shell", "rep"], 1
	//   Do("gi", 2) => ["t", "t-shell"], 2
	//   Do("git", 3) => ["", "-shell"], 3
	Do(line []rune, pos int) (newLine [][]rune, length int)
}

// ListNamer is an AutoCompleter that says how a word is shown in the
// list of candidates (jobsh patch, PATCHES.md, 12): a shell's completer
// gives the text to insert, quoted (my\ file), and bash lists the name as
// it is (my file). word is the whole word, the text typed before the
// cursor and the candidate; the list shows ListName's result from its
// last slash on (complist.go, printablePart).
type ListNamer interface {
	ListName(word string) string
}

type TabCompleter struct{}

func (t *TabCompleter) Do([]rune, int) ([][]rune, int) {
	return [][]rune{[]rune("\t")}, 0
}

// opCompleter is Tab as bash's readline has it (jobsh patch, PATCHES.md,
// 10): Tab inserts the one candidate, or the prefix the candidates share;
// a Tab that changes nothing, right after one that changed nothing, lists
// the candidates under the line and draws the prompt and the line again
// below the list (complist.go). Upstream listed at the first Tab and kept
// the list live under the line, with a menu of highlighted items that
// took over Tab, Enter, the arrows and Ctrl-C.
type opCompleter struct {
	w  io.Writer
	op *Operation

	// tabUnchanged: the last key was a Tab that left the line as it
	// was (bash's rl_last_func == rl_complete and not
	// completion_changed_buffer).
	tabUnchanged bool
	// pending is a list that waits for a key (complist.go; jobsh
	// patch, PATCHES.md, 11); the buffer's lock guards it.
	pending *listing
}

func newOpCompleter(w io.Writer, op *Operation) *opCompleter {
	return &opCompleter{w: w, op: op}
}

// OnComplete handles Tab. It says false when the terminal's bell should
// ring, as bash's does: no candidate, or several left after the shared
// prefix went in.
func (o *opCompleter) OnComplete() bool {
	buf := o.op.buf
	if buf.screenWidth() == 0 {
		return false
	}
	again := o.tabUnchanged
	o.tabUnchanged = false
	candidates, offset := o.op.cfg.AutoComplete.Do(buf.Runes(), buf.Pos())
	if len(candidates) == 0 {
		return false
	}
	if again {
		o.tabUnchanged = true
		o.list(candidates, offset)
		return true
	}
	if len(candidates) == 1 {
		buf.WriteRunes(candidates[0])
		o.tabUnchanged = len(candidates[0]) == 0
		return true
	}
	same, size := runes.Aggregate(candidates)
	if size > 0 {
		buf.WriteRunes(same)
	}
	o.tabUnchanged = size == 0
	return false
}

// ForgetTab is told of every key but Tab: only a Tab right after a Tab
// lists.
func (o *opCompleter) ForgetTab() {
	o.tabUnchanged = false
}
