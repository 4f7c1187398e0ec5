package tests

import (
	"fmt"
	"strings"
	"testing"

	"jobsh/tests/term"
)

// A control key bound to nothing puts nothing in the line: the line typed
// after it runs as typed (jobsh put the invisible byte in, and ran
// "^\echo ok"). Ctrl-Q, the terminal's XON, is nothing at the prompt too.
func TestScreenUnboundControlKeys(t *testing.T) {
	for _, key := range []string{"\x1c", "\x1e", "\x11"} {
		t.Run(fmt.Sprintf("%q", key), func(t *testing.T) {
			eachShell(t, func(t *testing.T, sh screenShell) {
				s := startScreen(t, sh, 80, 24)
				s.SendKeys(key)
				s.SendKeys("echo ok")
				waitCursorRow(t, s, "the line", "$ echo ok")
				s.Send("\r")
				waitRow(t, s, "ok")
				waitPrompt(t, s)
			})
		})
	}
}

// Ctrl-V and Insert (quoted-insert) put the next key in the line as it is, a
// control character drawn as ^X, and the command gets the byte.
func TestScreenQuotedInsert(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		s.SendKeys("printf %s 'a\x16\x01b\x16\x1bc\x16\rd\x1b[2~\x02' | od -An -c")
		waitScreen(t, s, "the line", func(sc *term.Screen) bool {
			return cursorRow(sc) == "$ printf %s 'a^Ab^[c^Md^B' | od -An -c"
		})
		s.Send("\r")
		waitRow(t, s, `   a 001   b 033   c  \r   d 002`)
		waitPrompt(t, s)
	})
}

// Ctrl-O (operate-and-get-next) runs the line, a recalled one or one
// found by Ctrl-R, and starts the next with the history entry after it.
func TestScreenOperateAndGetNext(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		for _, w := range []string{"one", "two", "three"} {
			s.SendKeys("echo step-" + w + "\r")
			waitRow(t, s, "step-"+w)
			waitPrompt(t, s)
		}
		s.SendKeys("\x1b[A\x1b[A\x1b[A")
		waitCursorRow(t, s, "the first entry", "$ echo step-one")
		s.Send("\x0f")
		waitCursorRow(t, s, "the second entry", "$ echo step-two")
		s.SendKeys("\x0f")
		waitCursorRow(t, s, "the third entry", "$ echo step-three")
		s.SendKeys("\r")
		waitPrompt(t, s)
		if n := countRows(s.Screen, "step-two"); n != 2 {
			t.Fatalf("step-two ran %d times, want 2\n%s", n, picture(s.Screen))
		}
		s.SendKeys("\x12step-tw")
		waitScreen(t, s, "the search", func(sc *term.Screen) bool { return strings.Contains(cursorRow(sc), "echo step-two") })
		s.Send("\x0f")
		waitScreen(t, s, "the entry after the one found", func(sc *term.Screen) bool {
			return countRows(sc, "step-two") == 3 && cursorRow(sc) == "$ echo step-three"
		})
		s.SendKeys("\x15")
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}

// A quoted control character in a line that wraps takes its two cells
// wherever the cursor moves: the rows are drawn once, the cursor where
// the terminal shows it.
func TestScreenQuotedInsertWrapped(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 20, 10)
		s.SendKeys("echo \x16\x01\x16\x02 0123456789abc")
		full := "$ echo ^A^B 0123456789abc"
		waitScreen(t, s, "the wrapped line", func(sc *term.Screen) bool { return hasRow(sc, full[:20]) && hasRow(sc, full[20:]) })
		s.Send("\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[DX")
		want := "$ echo ^A^B 0123X456789abc"
		waitScreen(t, s, "X typed in the first row", func(sc *term.Screen) bool {
			x, y := sc.Cursor()
			return countRows(sc, want[:20]) == 1 && sc.Rows()[y] == want[:20] && x == 17 && hasRow(sc, want[20:])
		})
	})
}

// Ctrl-] (character-search) moves to the next place of the key typed
// after it, Alt-Ctrl-] to the previous one; the key goes nowhere else,
// but Ctrl-C still abandons the line.
func TestScreenCharacterSearch(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		s.SendKeys("echo abzabz\x01\x1dzX")
		waitCursorRow(t, s, "X before the first z", "$ echo abXzabz")
		s.Send("\x05\x1b\x1dbY")
		waitCursorRow(t, s, "Y before the last b", "$ echo abXzaYbz")
		s.Send("\x01\x1dqZ")
		waitCursorRow(t, s, "Z at the start: no q to go to", "$ Zecho abXzaYbz")
		// Ctrl-C after Ctrl-] abandons the line (a signal in bash).
		s.Send("\x1d\x03")
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}
