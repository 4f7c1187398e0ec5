package readline

// jobsh patch (PATCHES.md, 6): the line is drawn, and cleaned before it is
// drawn again, from one model of where each character lands on the
// screen: rows wrap at the width, a wide character that does not fit
// goes to the next row whole, a combining mark takes no cell, a newline
// in the line (a recalled multi-line entry, a paste) starts a row, and a
// full last row leaves the cursor at the start of the next. Upstream
// counted one cell and one backspace per rune and no newlines, so
// moving in a wrapped line went up too many rows and erased earlier
// output, and wide characters or newlines left copies of the rows.

import (
	"bytes"
	"strconv"
	"unicode"
)

// screenLayout is where the prompt and the line land, rows counted from
// the prompt's first row.
type screenLayout struct {
	curRow, curCol int // the cursor, before buf[at]
	endRow, endCol int // after the last character
	endsFull       bool
}

// layoutAt lays out the prompt and the line with the cursor before
// buf[at].
func (r *RuneBuffer) layoutAt(at int) screenLayout {
	width := r.width
	if width <= 0 {
		width = 1 << 30
	}
	var l screenLayout
	row, col := 0, 0
	var advance func(c rune)
	advance = func(c rune) {
		switch c {
		case '\n':
			row, col = row+1, 0
			return
		case '\t':
			for i := 0; i < TabWidth; i++ {
				advance(' ')
			}
			return
		}
		if isControl(c) {
			advance('^')
			advance(c ^ 0x40)
			return
		}
		w := runes.Width(c)
		if w == 0 {
			return
		}
		if col+w > width {
			row, col = row+1, 0
		}
		col += w
	}
	cursor := func() {
		l.curRow, l.curCol = row, col
		if col >= width {
			l.curRow, l.curCol = row+1, 0
		}
	}
	for _, c := range runes.ColorFilter(r.prompt) {
		advance(c)
	}
	shown := r.shown()
	silent := r.cfg.LineSilent
	for i, c := range shown {
		if i == at && !silent {
			cursor()
		}
		advance(c)
	}
	if at >= len(r.buf) || silent {
		cursor()
	}
	l.endRow, l.endCol = row, col
	if col >= width {
		l.endRow, l.endCol, l.endsFull = row+1, 0, true
	}
	return l
}

// shown is the line as it is drawn: masked for a password; only its
// newlines when silent (PATCHES.md, 23), the cursor then after them.
func (r *RuneBuffer) shown() []rune {
	if r.cfg.LineSilent {
		var rows []rune
		for _, c := range r.buf {
			if c == '\n' {
				rows = append(rows, c)
			}
		}
		return rows
	}
	if !r.cfg.EnableMask {
		return r.cfg.Painter.Paint(r.buf, r.idx)
	}
	masked := make([]rune, len(r.buf))
	for i, c := range r.buf {
		masked[i] = r.cfg.MaskRune
		if c == '\n' {
			masked[i] = c
		}
	}
	return masked
}

// output draws the prompt and the line from the start of the prompt's
// row, and puts the cursor at idx.
func (r *RuneBuffer) output() []byte {
	buf := bytes.NewBuffer(nil)
	buf.WriteString(string(r.prompt))
	for _, c := range r.shown() {
		if c == '\t' {
			buf.Write(bytes.Repeat([]byte{' '}, TabWidth))
		} else if c != '\n' && isControl(c) {
			// A quoted control character is drawn as bash draws it,
			// ^X (jobsh patch, PATCHES.md, 19).
			buf.WriteByte('^')
			buf.WriteRune(c ^ 0x40)
		} else {
			buf.WriteRune(c)
		}
	}
	l := r.layoutAt(r.idx)
	if l.endsFull {
		// Terminals wrap only at the next character: make the move
		// to the next row now, as the layout has it.
		buf.WriteString(" \b")
	}
	if l.curRow != l.endRow || l.curCol != l.endCol {
		moveUp(buf, l.endRow-l.curRow)
		buf.WriteByte('\r')
		moveRight(buf, l.curCol)
	}
	return buf.Bytes()
}

// cleanOutput erases the prompt and the line: up to the prompt's row,
// then to the end of the screen.
func (r *RuneBuffer) cleanOutput(w interface{ Write([]byte) (int, error) }) {
	buf := bytes.NewBuffer(nil)
	buf.WriteByte('\r')
	moveUp(buf, r.layoutAt(r.idx).curRow)
	buf.WriteString("\033[J")
	w.Write(buf.Bytes())
}

// CursorLineCount is the number of rows from the cursor's to the line's
// last, both counted.
func (r *RuneBuffer) CursorLineCount() int {
	r.Lock()
	defer r.Unlock()
	l := r.layoutAt(r.idx)
	return l.endRow - l.curRow + 1
}

// CursorColumn is the screen column of the cursor, or of the position
// before buf[at] if at >= 0.
func (r *RuneBuffer) CursorColumn(at int) int {
	r.Lock()
	defer r.Unlock()
	if at < 0 {
		at = r.idx
	}
	return r.layoutAt(at).curCol
}

func moveUp(buf *bytes.Buffer, n int) {
	if n > 0 {
		buf.WriteString("\033[" + strconv.Itoa(n) + "A")
	}
}

// moveRight moves n columns right; CSI 0 C would move one.
func moveRight(buf *bytes.Buffer, n int) {
	if n > 0 {
		buf.WriteString("\033[" + strconv.Itoa(n) + "C")
	}
}

// isMark says whether r combines with the character before it: the
// cursor never stops between the two.
func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }
