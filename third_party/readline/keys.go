package readline

// jobsh patch (PATCHES.md, 5): keys a bash user expects.

import (
	"errors"
	"strings"
)

const (
	// charUndo is Ctrl-_ (also sent for Ctrl-/).
	charUndo rune = 0x1f
	// metaLastArg is Alt-.: the last argument of an earlier line.
	metaLastArg rune = -1001
	// charEditLine is Ctrl-X Ctrl-E, edit-and-execute-command: the line
	// ends, with ErrEditLine (jobsh patch, PATCHES.md, 17).
	charEditLine rune = -1007
	// CharCtrlX starts the keys of bash's Ctrl-X keymap.
	CharCtrlX rune = 0x18
	// CharCtrlV is quoted-insert's key (jobsh patch, PATCHES.md, 19).
	CharCtrlV rune = 0x16
	// CharCtrlO is operate-and-get-next's key (PATCHES.md, 20).
	CharCtrlO rune = 0x0f
	// charCtrlBracket is Ctrl-], character-search's key (PATCHES.md, 24).
	charCtrlBracket rune = 0x1d
)

// ErrEditLine is what Readline returns, with the line, after Ctrl-X
// Ctrl-E: the caller is to edit it in an editor and run the result.
var ErrEditLine = errors.New("edit the line")

// editLineError carries the line to Runes.
type editLineError struct{ line []rune }

func (editLineError) Error() string { return ErrEditLine.Error() }

// ctrlXKey is the command of Ctrl-X followed by r: bash's emacs keymap
// binds Ctrl-X Ctrl-E (edit-and-execute-command) and Ctrl-X Ctrl-U
// (undo); Ctrl-C and Ctrl-G keep their meaning; anything else is bound to
// nothing and dropped, as bash rings the bell and inserts nothing.
func ctrlXKey(r rune) rune {
	switch r {
	case CharLineEnd: // Ctrl-E
		return charEditLine
	case CharCtrlU:
		return charUndo
	case CharInterrupt, CharBell:
		// Ctrl-C (in bash a signal, whatever the keymap) and Ctrl-G
		// (abort) act as they do alone.
		return r
	}
	return noKey
}

// tildeKey is what \e[N~ means, for the N that tmux, screen, rxvt and the
// Linux console send for Home and End.
func tildeKey(attr string) rune {
	switch attr {
	case "1", "7":
		return CharLineStart
	case "4", "8":
		return CharLineEnd
	case "3":
		return CharDelete
	case "2":
		return charQuotedInsert // Insert, as in bash (PATCHES.md, 19)
	}
	return 0
}

// modifiedArrow is an arrow with a modifier (\e[1;5D is Ctrl-Left):
// with Ctrl or Alt, Left and Right move by words.
func modifiedArrow(attr string, typ rune) rune {
	mod := attr[strings.LastIndexByte(attr, ';')+1:]
	if mod != "5" && mod != "3" {
		return 0
	}
	switch typ {
	case 'D':
		return MetaBackward
	case 'C':
		return MetaForward // forward-word, as Alt-F
	}
	return 0
}

// MoveToWordEnd moves past the end of the word at or after the cursor.
func (r *RuneBuffer) MoveToWordEnd() {
	r.Refresh(func() {
		i := r.idx
		for i < len(r.buf) && IsWordBreak(r.buf[i]) {
			i++
		}
		for i < len(r.buf) && !IsWordBreak(r.buf[i]) {
			i++
		}
		r.idx = i
	})
}

// lastArg is bash's yank-last-arg: Alt-. inserts the last word of the
// previous history line; pressed again at once, it puts the one of the
// line before in its place.
type lastArg struct {
	back     int // history lines back of the word inserted, 0 for none
	inserted int // its length
}

func (o *Operation) yankLastArg(again bool) {
	if !again {
		o.lastArg = lastArg{}
	}
	elem := o.history.history.Back() // the line being edited
	for i := 0; i <= o.lastArg.back && elem != nil; i++ {
		elem = elem.Prev()
	}
	if elem == nil {
		o.t.Bell()
		return
	}
	words := strings.Fields(string(elem.Value.(*hisItem).Source))
	if len(words) == 0 {
		o.t.Bell()
		return
	}
	word := []rune(words[len(words)-1])
	o.buf.Refresh(func() {
		start := o.buf.idx - o.lastArg.inserted
		if start < 0 {
			start = 0
		}
		o.buf.buf = append(o.buf.buf[:start], append(word, o.buf.buf[o.buf.idx:]...)...)
		o.buf.idx = start + len(word)
	})
	o.lastArg.back++
	o.lastArg.inserted = len(word)
}

// undo is Ctrl-_: the line as it was before the last change. A run of
// typed characters is one change, as in bash.
type undo struct {
	stack  []runeBufferBck
	before runeBufferBck // the line before the key being handled
	key    rune
	prev   rune // the key handled before it
}

// viCommand stands, for undo, for a key of vi's normal mode: a command,
// each a change of its own, never a run of typing.
const viCommand rune = -1010

// noteKey remembers the line before key is handled.
func (o *Operation) noteKey(key rune) {
	if o.IsEnableVimMode() && o.vimMode == VIM_NORMAL {
		// jobsh patch (PATCHES.md, 32): dw after typing is no part
		// of the typing; u is a change too, so that u again undoes
		// it, as vi's and bash's u does.
		key = viCommand
	}
	o.undo.prev, o.undo.key = o.undo.key, key
	o.undo.before = runeBufferBck{buf: o.buf.Runes(), idx: o.buf.Pos()}
}

// keyDone saves the line as it was before the key just handled, if that
// key changed it.
func (o *Operation) keyDone() {
	if o.undo.key == charUndo || runes.Equal(o.undo.before.buf, o.buf.Runes()) {
		return
	}
	if isSelfInsert(o.undo.key) && isSelfInsert(o.undo.prev) && len(o.undo.stack) > 0 {
		return // the same run of typing
	}
	o.undo.stack = append(o.undo.stack, o.undo.before)
}

func isSelfInsert(r rune) bool { return r >= ' ' && r != CharBackspace }

// undoChange puts the line back as it was before the last change.
func (o *Operation) undoChange() {
	n := len(o.undo.stack)
	if n == 0 {
		o.t.Bell()
		return
	}
	last := o.undo.stack[n-1]
	o.undo.stack = o.undo.stack[:n-1]
	o.buf.SetWithIdx(last.idx, last.buf)
}
