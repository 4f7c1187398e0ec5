package term

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/chzyer/readline"
)

// Screen is a small model of an xterm screen: what a person would see.
// It knows what line editors emit (CR, LF, BS, TAB, cursor moves CUU CUD
// CUF CUB CHA CUP, erases EL ED, insert/delete ICH DCH) with xterm's
// deferred wrap at the right margin, wide characters (two cells) and
// combining marks (no cell); colours, titles and modes it ignores, except
// that it remembers whether bracketed paste is on. A library was tried
// first (github.com/hinshun/vt10x): it puts every character in one cell,
// so it cannot show the wide-character bugs these tests are about.
type Screen struct {
	mu         sync.Mutex
	cols, rows int
	cells      [][]cell
	x, y       int
	wrapNext   bool // the last column was written: the next character wraps
	scrolled   int  // rows that went off the top
	pasteMode  bool // \e[?2004h seen last, not \e[?2004l
	savedX     int
	savedY     int
	pending    []byte // an escape sequence or UTF-8 character not yet complete
}

// cell is one character cell. A wide character's second cell is cont.
type cell struct {
	text string
	cont bool
}

// NewScreen is an empty screen of cols×rows, the cursor at the top left.
func NewScreen(cols, rows int) *Screen {
	s := &Screen{cols: cols, rows: rows}
	s.cells = make([][]cell, rows)
	for i := range s.cells {
		s.cells[i] = make([]cell, cols)
	}
	return s
}

// Write feeds the program's output to the screen.
func (s *Screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending = append(s.pending, p...)
	for len(s.pending) > 0 {
		n := s.step(s.pending)
		if n == 0 {
			break // incomplete: wait for more bytes
		}
		s.pending = s.pending[n:]
	}
	return len(p), nil
}

// step interprets one character or sequence at the start of b and returns
// how many bytes it took, 0 if b holds only part of it.
func (s *Screen) step(b []byte) int {
	switch c := b[0]; {
	case c == 0x1b:
		return s.escape(b)
	case c < 0x20 || c == 0x7f:
		s.control(c)
		return 1
	}
	if !utf8.FullRune(b) {
		return 0
	}
	r, n := utf8.DecodeRune(b)
	s.put(r)
	return n
}

func (s *Screen) control(c byte) {
	switch c {
	case '\r':
		s.x, s.wrapNext = 0, false
	case '\n', '\v', '\f':
		s.lineFeed()
		s.wrapNext = false
	case '\b':
		if s.x > 0 && !s.wrapNext {
			s.x--
		}
		s.wrapNext = false
	case '\t':
		s.x = min((s.x/8+1)*8, s.cols-1)
		s.wrapNext = false
	}
}

func (s *Screen) lineFeed() {
	if s.y < s.rows-1 {
		s.y++
		return
	}
	s.cells = append(s.cells[1:], make([]cell, s.cols))
	s.scrolled++
}

// put draws a printable character at the cursor.
func (s *Screen) put(r rune) {
	w := RuneWidth(r)
	if w == 0 {
		s.combine(r)
		return
	}
	if s.wrapNext || s.x+w > s.cols {
		s.x, s.wrapNext = 0, false
		s.lineFeed()
	}
	s.clearCell(s.x, s.y)
	s.cells[s.y][s.x] = cell{text: string(r)}
	if w == 2 {
		s.clearCell(s.x+1, s.y)
		s.cells[s.y][s.x+1] = cell{cont: true}
	}
	s.x += w
	if s.x >= s.cols {
		s.x, s.wrapNext = s.cols-1, true
	}
}

// combine adds a zero-width character to the cell before the cursor.
func (s *Screen) combine(r rune) {
	x, y := s.x-1, s.y
	if s.wrapNext {
		x = s.x
	}
	for x > 0 && s.cells[y][x].cont {
		x--
	}
	if x >= 0 {
		s.cells[y][x].text += string(r)
	}
}

// clearCell blanks a cell, and the other half of a wide character in it.
func (s *Screen) clearCell(x, y int) {
	if x < 0 || x >= s.cols {
		return
	}
	if s.cells[y][x].cont && x > 0 {
		s.cells[y][x-1] = cell{}
	}
	if x+1 < s.cols && s.cells[y][x+1].cont {
		s.cells[y][x+1] = cell{}
	}
	s.cells[y][x] = cell{}
}

// escape interprets ESC sequences: CSI, OSC, and two-byte ones.
func (s *Screen) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '[':
		for i := 2; i < len(b); i++ {
			if b[i] >= 0x40 && b[i] <= 0x7e {
				s.csi(string(b[2:i]), b[i])
				return i + 1
			}
		}
		return 0
	case ']':
		for i := 2; i < len(b); i++ {
			if b[i] == 7 {
				return i + 1
			}
			if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\' {
				return i + 2
			}
		}
		return 0
	case '7':
		s.savedX, s.savedY = s.x, s.y
	case '8':
		s.x, s.y, s.wrapNext = s.savedX, s.savedY, false
	case 'M':
		if s.y > 0 {
			s.y--
		}
	}
	return 2
}

func (s *Screen) csi(params string, final byte) {
	private := strings.HasPrefix(params, "?")
	args := strings.Split(strings.TrimPrefix(params, "?"), ";")
	arg := func(i, def int) int {
		if i < len(args) {
			if n, err := strconv.Atoi(args[i]); err == nil && n > 0 {
				return n
			}
		}
		return def
	}
	n := arg(0, 1)
	if final != 'm' && final != 'h' && final != 'l' {
		s.wrapNext = false
	}
	switch final {
	case 'A':
		s.y = max(s.y-n, 0)
	case 'B':
		s.y = min(s.y+n, s.rows-1)
	case 'C':
		s.x = min(s.x+n, s.cols-1)
	case 'D':
		s.x = max(s.x-n, 0)
	case 'G':
		s.x = min(n, s.cols) - 1
	case 'H', 'f':
		s.y, s.x = min(arg(0, 1), s.rows)-1, min(arg(1, 1), s.cols)-1
	case 'K':
		s.eraseLine(arg(0, 0))
	case 'J':
		s.eraseScreen(arg(0, 0))
	case 'P':
		row := s.cells[s.y]
		copy(row[s.x:], row[min(s.x+n, s.cols):])
		for i := s.cols - min(n, s.cols-s.x); i < s.cols; i++ {
			row[i] = cell{}
		}
	case '@':
		row := s.cells[s.y]
		copy(row[min(s.x+n, s.cols):], row[s.x:])
		for i := s.x; i < min(s.x+n, s.cols); i++ {
			row[i] = cell{}
		}
	case 'h', 'l':
		if private && params == "?2004" {
			s.pasteMode = final == 'h'
		}
	}
}

func (s *Screen) eraseLine(mode int) {
	from, to := s.x, s.cols
	switch mode {
	case 1:
		from, to = 0, s.x+1
	case 2:
		from = 0
	}
	for x := from; x < to; x++ {
		s.clearCell(x, s.y)
	}
}

func (s *Screen) eraseScreen(mode int) {
	s.eraseLine(mode)
	from, to := s.y+1, s.rows
	switch mode {
	case 1:
		from, to = 0, s.y
	case 2, 3:
		from = 0
	}
	for y := from; y < to; y++ {
		s.cells[y] = make([]cell, s.cols)
	}
}

// Resize changes the size as xterm does: rows and columns are cut or
// added at the bottom and the right, nothing is reflowed.
func (s *Screen) Resize(cols, rows int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.cells) > rows {
		if s.y > 0 {
			// xterm keeps the cursor's row: the top goes.
			s.cells = s.cells[1:]
			s.y--
			s.scrolled++
		} else {
			s.cells = s.cells[:len(s.cells)-1]
		}
	}
	for len(s.cells) < rows {
		s.cells = append(s.cells, make([]cell, cols))
	}
	for y, row := range s.cells {
		if len(row) > cols {
			s.cells[y] = row[:cols]
		} else {
			s.cells[y] = append(row, make([]cell, cols-len(row))...)
		}
	}
	s.cols, s.rows = cols, rows
	s.x, s.wrapNext = min(s.x, cols-1), false
}

// Rows is the text of each row, trailing blanks cut.
func (s *Screen) Rows() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	rows := make([]string, s.rows)
	for y, row := range s.cells {
		var b strings.Builder
		for _, c := range row {
			switch {
			case c.cont:
			case c.text == "":
				b.WriteByte(' ')
			default:
				b.WriteString(c.text)
			}
		}
		rows[y] = strings.TrimRight(b.String(), " ")
	}
	return rows
}

// Text is the rows joined by newlines, blank rows at the end left out.
func (s *Screen) Text() string {
	return strings.TrimRight(strings.Join(s.Rows(), "\n"), "\n")
}

// Cursor is the cursor's column and row, from 0.
func (s *Screen) Cursor() (x, y int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.x, s.y
}

// Scrolled is how many rows went off the top of the screen so far.
func (s *Screen) Scrolled() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.scrolled
}

// PasteMode says whether the program asked for bracketed paste.
func (s *Screen) PasteMode() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pasteMode
}

// RuneWidth is the number of cells a terminal gives r: 0 for combining
// marks, 2 for East Asian wide characters and emoji, else 1. It is the line
// editor's own count (one table, in third_party/readline), so that the
// emulator and the editor agree on what a terminal shows.
func RuneWidth(r rune) int {
	if r == '\t' {
		return 1 // the emulator moves to the next stop itself
	}
	return readline.RuneWidth(r)
}
