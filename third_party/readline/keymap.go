package readline

// jobsh patch (PATCHES.md, 18): the user's key bindings (bash's `bind
// '"\e[A": history-search-backward'`), the names of the editing functions
// they can bind, and the keys bound to each by default, for `bind -p`.

import (
	"fmt"
	"maps"
	"slices"
)

const (
	// charHistSearchBack and charHistSearchFwd are history-search-backward
	// and -forward: the nearest entry that begins with the text before
	// the cursor. Bound to no key by default, as in bash.
	charHistSearchBack rune = -1008
	charHistSearchFwd  rune = -1009
	// charQuotedInsert is quoted-insert (Ctrl-V): the next character
	// typed goes into the line as it is, a control character too (jobsh
	// patch, PATCHES.md, 19).
	charQuotedInsert rune = -1010
	// quotedControl is where the terminal's reader puts a control
	// character that quoted-insert took: quotedControl-c stands for c,
	// which a key of its own would otherwise stand for.
	quotedControl rune = -2000
	// charOperateGetNext is operate-and-get-next (Ctrl-O): the line
	// ends, and the next begins with the history entry after the one
	// that was run (jobsh patch, PATCHES.md, 20).
	charOperateGetNext rune = -1011
	// charTimeout is the time limit of read -e -t passing: the line
	// ends with ErrTimeout (jobsh patch, PATCHES.md, 22).
	charTimeout rune = -1012
	// charCharSearch and charCharSearchBack are character-search (Ctrl-])
	// and character-search-backward (Alt-Ctrl-]): the cursor goes to the
	// next or the previous place of the character typed next (jobsh
	// patch, PATCHES.md, 24).
	charCharSearch     rune = -1013
	charCharSearchBack rune = -1014
)

// TimeoutKey is what the input gives, in UTF-8, for the time limit of
// the line to have passed: U+FFFF, a noncharacter, which Unicode keeps
// for a program's own use and no terminal sends (PATCHES.md, 22).
const TimeoutKey = "\uffff"

// quoteKey is how the reader passes on c, read after quoted-insert.
func quoteKey(c rune) rune {
	switch {
	case c == 0:
		return noKey // a NUL cannot be in the shell's line
	case isControl(c):
		return quotedControl - c
	}
	return c
}

// quotedChar is the character quoteKey passed on as r, if it did.
func quotedChar(r rune) (rune, bool) {
	if r <= quotedControl && r > quotedControl-0x80 {
		return quotedControl - r, true
	}
	return 0, false
}

// isControl says whether c is a control character, which only
// quoted-insert puts in the line: one bound to nothing does nothing.
func isControl(c rune) bool { return c >= 0 && c < 0x20 || c == 0x7f }

// functions are the bash readline functions this editor has, and the key
// the operation knows each by.
var functions = map[string]rune{
	"abort":                     CharBell,
	"accept-line":               CharEnter,
	"backward-char":             CharBackward,
	"backward-delete-char":      CharBackspace,
	"backward-kill-word":        MetaBackspace,
	"backward-word":             MetaBackward,
	"beginning-of-line":         CharLineStart,
	"capitalize-word":           metaCapitalize,
	"character-search":          charCharSearch,
	"character-search-backward": charCharSearchBack,
	"clear-screen":              CharCtrlL,
	"complete":                  CharTab,
	"delete-char":               CharDelete,
	"downcase-word":             metaDowncase,
	"edit-and-execute-command":  charEditLine,
	"end-of-line":               CharLineEnd,
	"forward-char":              CharForward,
	"forward-search-history":    CharFwdSearch,
	"forward-word":              MetaForward,
	"history-search-backward":   charHistSearchBack,
	"history-search-forward":    charHistSearchFwd,
	"kill-line":                 CharKill,
	"kill-word":                 MetaDelete,
	"next-history":              CharNext,
	"operate-and-get-next":      charOperateGetNext,
	"previous-history":          CharPrev,
	"quoted-insert":             charQuotedInsert,
	"reverse-search-history":    CharBckSearch,
	"transpose-chars":           CharTranspose,
	"undo":                      charUndo,
	"unix-line-discard":         CharCtrlU,
	"unix-word-rubout":          CharCtrlW,
	"upcase-word":               metaUpcase,
	"yank":                      CharCtrlY,
	"yank-last-arg":             metaLastArg,
}

// Binding is a key sequence, as the terminal sends it, and the function
// it runs.
type Binding struct {
	Keys, Function string
}

// defaultBindings are the keys the emacs mode binds, as readKey and the
// operation read them (TestDefaultBindings holds the two together).
var defaultBindings = []Binding{
	{"\x01", "beginning-of-line"}, {"\x1b[H", "beginning-of-line"}, {"\x1bOH", "beginning-of-line"},
	{"\x1b[1~", "beginning-of-line"}, {"\x1b[7~", "beginning-of-line"},
	{"\x05", "end-of-line"}, {"\x1b[F", "end-of-line"}, {"\x1bOF", "end-of-line"},
	{"\x1b[4~", "end-of-line"}, {"\x1b[8~", "end-of-line"},
	{"\x02", "backward-char"}, {"\x1b[D", "backward-char"}, {"\x1bOD", "backward-char"},
	{"\x06", "forward-char"}, {"\x1b[C", "forward-char"}, {"\x1bOC", "forward-char"},
	{"\x1bb", "backward-word"}, {"\x1b[1;5D", "backward-word"}, {"\x1b[1;3D", "backward-word"},
	{"\x1bf", "forward-word"}, {"\x1b[1;5C", "forward-word"}, {"\x1b[1;3C", "forward-word"},
	{"\x10", "previous-history"}, {"\x1b[A", "previous-history"}, {"\x1bOA", "previous-history"},
	{"\x0e", "next-history"}, {"\x1b[B", "next-history"}, {"\x1bOB", "next-history"},
	{"\x12", "reverse-search-history"}, {"\x13", "forward-search-history"},
	{"\x0b", "kill-line"}, {"\x15", "unix-line-discard"}, {"\x17", "unix-word-rubout"},
	{"\x1b\x7f", "backward-kill-word"}, {"\x1bd", "kill-word"},
	{"\x19", "yank"}, {"\x1b.", "yank-last-arg"},
	{"\x1f", "undo"}, {"\x18\x15", "undo"},
	{"\t", "complete"}, {"\x0c", "clear-screen"}, {"\x14", "transpose-chars"},
	{"\x1bu", "upcase-word"}, {"\x1bl", "downcase-word"}, {"\x1bc", "capitalize-word"},
	{"\x18\x05", "edit-and-execute-command"}, {"\x16", "quoted-insert"}, {"\x1b[2~", "quoted-insert"},
	{"\x0f", "operate-and-get-next"}, {"\x1d", "character-search"}, {"\x1b\x1d", "character-search-backward"},
	{"\r", "accept-line"}, {"\n", "accept-line"}, {"\x07", "abort"},
	{"\x04", "delete-char"}, {"\x1b[3~", "delete-char"},
	{"\x7f", "backward-delete-char"}, {"\x08", "backward-delete-char"},
}

// FunctionNames are the names of the functions a key can be bound to,
// sorted (bind -l).
func FunctionNames() []string { return slices.Sorted(maps.Keys(functions)) }

// DefaultBindings are the keys bound in the emacs mode.
func DefaultBindings() []Binding { return slices.Clone(defaultBindings) }

// BindKey binds the keys (the text the terminal sends: "\x1b[A") to the
// function, in place of what they did; function "" binds them to nothing.
func (i *Instance) BindKey(keys, function string) error {
	f := noKey
	if function != "" {
		var ok bool
		if f, ok = functions[function]; !ok {
			return fmt.Errorf("%s: unknown function name", function)
		}
	}
	if keys == "" {
		return fmt.Errorf("no key sequence")
	}
	i.Terminal.bind(func(m map[string]rune) { m[keys] = f })
	return nil
}

// ResetBindings takes back every BindKey.
func (i *Instance) ResetBindings() {
	i.Terminal.bind(func(m map[string]rune) { clear(m) })
}

// bind changes the user's keymap: a new map each time, since readKey's
// goroutine reads it without a lock.
func (t *Terminal) bind(change func(map[string]rune)) {
	t.m.Lock()
	defer t.m.Unlock()
	m := map[string]rune{}
	if old := t.keymap.Load(); old != nil {
		m = maps.Clone(*old)
	}
	change(m)
	t.keymap.Store(&m)
}

// boundKey is the function the user bound keys to, if any.
func (t *Terminal) boundKey(keys string) (rune, bool) {
	m := t.keymap.Load()
	if m == nil || keys == "" {
		return 0, false
	}
	r, ok := (*m)[keys]
	return r, ok
}

// searchHistoryPrefix is history-search-backward (back) and -forward: the
// nearest entry before or after the one shown that begins with the text
// before the cursor, the cursor staying where it is, as in bash.
func (o *Operation) searchHistoryPrefix(back bool) {
	line := o.buf.Runes()
	prefix := line[:o.buf.idx]
	if found, ok := o.history.searchPrefix(prefix, line, back); ok {
		o.buf.SetWithIdx(len(prefix), found)
		return
	}
	o.t.Bell()
}

// operateGetNext ends the line as accept-line does and notes which history
// entry comes after it: the one as far from the end of the history, once
// the line is added there, as the entry run is now (none for a new line).
func (o *Operation) operateGetNext() {
	o.getNext = 0
	for e := o.history.current; e != nil && e != o.history.history.Back(); e = e.Next() {
		o.getNext++
	}
}

// recallNext begins the line after operate-and-get-next with the entry it
// noted, to edit or run, the history's place there for Up and Down.
func (o *Operation) recallNext() {
	n := o.getNext
	o.getNext = 0
	e := o.history.history.Back()
	for ; n > 0 && e != nil; n-- {
		e = e.Prev()
	}
	if e == nil || e == o.history.history.Back() || o.buf.Len() > 0 {
		return
	}
	o.history.current = e
	o.buf.Set(runes.Copy(o.history.showItem(e.Value)))
}

// searchChar is character-search (back: -backward): it reads the next
// key, through read, and moves the cursor to the next (previous) place of
// that character in the line, as bash does, or rings the bell. It returns
// the key read, which may be one that stops the terminal's reader, or one
// that keeps its meaning, which it leaves alone.
func (o *Operation) searchChar(back bool, read func() rune) rune {
	r := read()
	if keepsItsMeaning(r) {
		return r
	}
	c := r
	if q, ok := quotedChar(r); ok {
		c = q
	}
	if c < 0 || isControl(c) || !o.buf.MoveTo(c, false, back) {
		o.t.Bell()
	}
	return r
}

// keepsItsMeaning says whether a key read as character-search's character
// does what it does anyway: Ctrl-C, which is a signal in bash and
// interrupts the search, the time running out, and a paste.
func keepsItsMeaning(r rune) bool {
	return r == CharInterrupt || r == charTimeout || r == charPaste
}
