package readline

// jobsh patch (PATCHES.md, 14): words as bash's readline sees them, the
// Meta keys that change a word's case, and keys that are no command.

import "unicode"

const (
	metaUpcase     rune = -1003 // Alt-U: upcase-word
	metaDowncase   rune = -1004 // Alt-L: downcase-word
	metaCapitalize rune = -1005 // Alt-C: capitalize-word
	// noKey is a key bound to nothing (Ctrl-Space, Alt-Enter): it is
	// read and dropped, never inserted or taken for Enter.
	noKey rune = -1006
	// unboundMeta is Alt (Esc) and a character bound to nothing:
	// unboundMeta-c. It inserts nothing, but ends a Ctrl-R search, and
	// the character then goes into the line, as after bash's Esc, which
	// ends a search (isearch-terminators).
	unboundMeta rune = -0x200000
)

// isWordRune is what readline counts as part of a word: a letter or a
// digit, in any script ("naïve", "日本語").
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// metaKey is the command Alt (Esc) followed by r stands for, or noKey.
// Esc before another control key leaves that key as it is (Esc Ctrl-C is
// Ctrl-C), but Alt-Enter is no Enter.
func metaKey(r rune) rune {
	switch {
	case r == CharEnter || r == CharCtrlJ:
		return noKey
	case r < 0x20:
		return r
	}
	switch r {
	case 'u', 'U':
		return metaUpcase
	case 'l', 'L':
		return metaDowncase
	case 'c', 'C':
		return metaCapitalize
	}
	return unboundMeta - r
}

// unboundMetaChar is the character of an unboundMeta key, if r is one.
func unboundMetaChar(r rune) (rune, bool) {
	if r > unboundMeta || r <= unboundMeta-0x110000 {
		return 0, false
	}
	return unboundMeta - r, true
}

// caseWord is upcase-word, downcase-word and capitalize-word: from the
// cursor to the end of the word (the next one, from a space), which the
// cursor then passes.
func (r *RuneBuffer) caseWord(key rune) {
	r.Refresh(func() {
		i := r.idx
		for i < len(r.buf) && !isWordRune(r.buf[i]) {
			i++
		}
		first := true
		for ; i < len(r.buf) && isWordRune(r.buf[i]); i++ {
			switch {
			case key == metaUpcase, key == metaCapitalize && first:
				r.buf[i] = unicode.ToUpper(r.buf[i])
			default:
				r.buf[i] = unicode.ToLower(r.buf[i])
			}
			first = false
		}
		r.idx = i
	})
}

// unixWordRubout is Ctrl-W: the text back to the previous blank goes (a
// path as one word, as in bash), into the kill ring.
func (r *RuneBuffer) unixWordRubout() {
	r.Refresh(func() {
		i := r.idx
		for i > 0 && (r.buf[i-1] == ' ' || r.buf[i-1] == '\t') {
			i--
		}
		for i > 0 && r.buf[i-1] != ' ' && r.buf[i-1] != '\t' {
			i--
		}
		if i == r.idx {
			return
		}
		r.pushKill(r.buf[i:r.idx], true)
		r.buf = append(r.buf[:i], r.buf[r.idx:]...)
		r.idx = i
	})
}
