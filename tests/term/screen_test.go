package term

import (
	"strings"
	"testing"
)

// The screen model does what xterm does with what line editors emit.
func TestScreenModel(t *testing.T) {
	cases := []struct {
		name, in string
		rows     []string
		x, y     int
	}{
		{"wrap is deferred at the margin", "abcde", []string{"abcde", ""}, 4, 0},
		{"the next character wraps", "abcdef", []string{"abcde", "f"}, 1, 1},
		{"CR after the margin stays on the row", "abcde\rX", []string{"Xbcde", ""}, 1, 0},
		{"a wide character that does not fit wraps", "abcd日", []string{"abcd", "日"}, 2, 1},
		{"a combining mark takes no cell", "cafe\u0301!", []string{"cafe\u0301!", ""}, 4, 0},
		{"cursor moves and erase", "abcde\r\n12345\x1b[A\x1b[2G\x1b[K\x1b[B\x1b[C\x1b[J", []string{"a", "12"}, 2, 1},
		{"CHA and insert", "abc\x1b[2G\x1b[@X", []string{"aXbc", ""}, 2, 0},
		{"a line feed at the bottom scrolls", "1\r\n2\r\n3", []string{"2", "3"}, 1, 1},
	}
	for _, c := range cases {
		s := NewScreen(5, 2)
		// One byte at a time: sequences split across writes still work.
		for i := 0; i < len(c.in); i++ {
			s.Write([]byte{c.in[i]})
		}
		rows := s.Rows()
		x, y := s.Cursor()
		if strings.Join(rows, "|") != strings.Join(c.rows, "|") || x != c.x || y != c.y {
			t.Errorf("%s: rows %q cursor %d,%d; want %q %d,%d", c.name, rows, x, y, c.rows, c.x, c.y)
		}
	}
}
