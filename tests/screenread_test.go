package tests

import (
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"
)

// These screen tests type to read and select on a terminal, on jobsh and
// bash.

// startRead runs cmd, which prints "go" and then reads, and waits until
// the shell reads the terminal one key at a time (out of canonical mode),
// as read -n, -N and -d do: the editor gave the terminal back in
// canonical mode before the command printed "go".
func startRead(t *testing.T, s *term.Session, cmd string) {
	t.Helper()
	s.Send("echo go; " + cmd + "\r")
	waitRow(t, s, "go")
	if err := s.AwaitRaw(screenWait); err != nil {
		t.Fatalf("%v\n%s", err, picture(s.Screen))
	}
}

// read -n, -N and -d end without Enter: the terminal gives each key as it
// is typed, echoed, and the keys after the read's are the next command
// line's. (With -e, the editor reads the line and ends it after -n's
// count or at -d's character: TestScreenReadEditWithoutEnter.)
func TestScreenReadWithoutEnter(t *testing.T) {
	cases := []struct{ name, cmd, keys, rows string }{
		{"n", `read -n 3 x; echo "[$x]"`, "abc", "abc[abc]"},
		{"N", `read -N 2 x; echo "[$x]"`, "a\r", "a\n[a\n]"},
		{"d", `read -d , x; echo "[$x]"`, "ab,", "ab,[ab]"},
		{"n1 p", `read -n1 -p "Continue? " x; echo "[$x]"`, "y", "Continue? y[y]"},
		{"s n", `read -s -n 2 x; echo "[$x]"`, "pw", "[pw]"},
		{"t d", `read -t 5 -d . x; echo "[$x]"`, "q.", "q.[q]"},
		{"e s n", `read -e -s -n 2 x; echo "[$x]"`, "pw", "[pw]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachShell(t, func(t *testing.T, sh screenShell) {
				s := startScreen(t, sh, 80, 24)
				startRead(t, s, c.cmd)
				s.Send(c.keys)
				for _, row := range strings.Split(c.rows, "\n") {
					waitRow(t, s, row)
				}
				waitPrompt(t, s)
				assertAlive(t, s)
			})
		})
	}
}

// Keys typed past read -n's count stay for the next command line, as
// typed: the terminal echoed them already, and the editor shows them again
// on the prompt.
func TestScreenReadTypeAhead(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		startRead(t, s, `read -n 3 x; echo "[$x]"`)
		s.Send("abcecho def")
		waitRow(t, s, "abcecho def[abc]")
		waitCursorRow(t, s, "the rest on the next prompt", "$ echo def")
		s.Send("\r")
		waitRow(t, s, "def")
		waitPrompt(t, s)
	})
}

// Keys typed at once after Ctrl-C ends read or select are the next
// command line's, all of them: none is lost while the shell goes back to
// the prompt.
func TestScreenTypeAfterReadCtrlC(t *testing.T) {
	for _, cmd := range []string{"read z", "select s in a b; do break; done"} {
		t.Run(cmd, func(t *testing.T) {
			eachShell(t, func(t *testing.T, sh screenShell) {
				s := startScreen(t, sh, 80, 24)
				s.Send("echo go; " + cmd + "\r")
				waitRow(t, s, "go")
				time.Sleep(100 * time.Millisecond) // the read has begun
				// Ctrl-C and the keys in one write would reach the
				// terminal's cooked mode together: ^C throws away what
				// came before it, and bash, too, drops the rest.
				s.Send("\x03")
				time.Sleep(20 * time.Millisecond)
				s.Send("echo d0\r")
				waitRow(t, s, "d0")
				waitPrompt(t, s)
			})
		})
	}
}

// Ctrl-C ends read -n, which reads key by key, as it ends a read of a
// line: the rest of the command line is not run, and the terminal is
// back in the mode the editor found it in.
func TestScreenReadKeysCtrlC(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		startRead(t, s, `read -n 5 x; echo "st=$?"`)
		s.Send("ab")
		waitRow(t, s, "ab")
		s.Send("\x03")
		waitPrompt(t, s)
		if strings.Contains(s.Screen.Text(), "\nst=") {
			t.Fatalf("the command after read ran\n%s", picture(s.Screen))
		}
		assertAlive(t, s)
		// After "go", the editor has given the terminal back: Enter
		// typed then is a newline, which ends the read's line.
		s.Send("echo go; read v; echo \"[$v]\"\r")
		waitRow(t, s, `$ echo go; read v; echo "[$v]"`)
		waitScreen(t, s, "go again", func(sc *term.Screen) bool { return countRows(sc, "go") == 2 })
		s.Send("one two\r")
		waitRow(t, s, "[one two]")
	})
}

// read -e with -n or -d edits the line with the editor, which ends it
// after the count or at the delimiter, as bash's readline does: keys edit
// (Backspace, Ctrl-A), Enter goes into a -d line as a character, and keys
// typed past the count are the next command line's.
func TestScreenReadEditWithoutEnter(t *testing.T) {
	cases := []struct{ name, cmd, keys, rows, next string }{
		{"n", `read -e -n 3 x; printf '[%q]\n' "$x"`, "ab\x7fcdef", "acd\n[acd]", "$ ef"},
		{"d", `read -e -d / x; printf '[%q]\n' "$x"`, "a\rb\x01c/", "ca^Mb\n[$'ca\\rb']", "$"},
		{"N", `read -e -N 4 x; printf '[%q]\n' "$x"`, "ab\rcd", "ab^Mc\n[$'ab\\rc']", "$ d"},
		// Ctrl-] reads the key after it while the reader goes key by key.
		{"n search", `read -e -n 5 x; printf '[%q]\n' "$x"`, "abzb\x01\x1dzX", "abXzb\n[abXzb]", "$"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachShell(t, func(t *testing.T, sh screenShell) {
				s := startScreen(t, sh, 80, 24)
				s.Send("echo go; " + c.cmd + "\r")
				waitRow(t, s, "go")
				s.SendKeys(c.keys)
				for _, row := range strings.Split(c.rows, "\n") {
					waitRow(t, s, row)
				}
				waitCursorRow(t, s, "the next line", c.next)
			})
		})
	}
}

// A script's read -n that Ctrl-C ends gives the terminal back in
// canonical mode, whatever ends the shell: the keys typed next are the
// login shell's lines again.
func TestReadKeysCtrlCRestoresTerminal(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := term.Start(t, baseEnv(t.TempDir()), sh.argv()[0], "-c", `echo go; read -n 5 x; echo "after $?"`)
		s.Expect("go")
		if err := s.AwaitRaw(screenWait); err != nil {
			t.Fatal(err)
		}
		s.Send("ab\x03")
		if _, err := s.Wait(screenWait); err != nil {
			t.Fatal(err)
		}
		if s.Raw() {
			t.Errorf("the terminal is left out of canonical mode")
		}
		if strings.Contains(s.Output(), "after") {
			t.Errorf("the shell went on after Ctrl-C: %q", s.Output())
		}
	})
}

// read -e -t edits with the editor until the time is up; then the line
// typed is dropped (status 142, the variable empty), as in bash, and is
// not the next command line either.
func TestScreenReadEditTimeout(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		s.Send(`echo go; read -e -t 1 x; printf '[%q %s]\n' "$x" $?` + "\r")
		waitRow(t, s, "go")
		s.SendKeys("ab\x7fc\x01d")
		waitRow(t, s, "dac")
		waitRow(t, s, "['' 142]")
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}

// read -e -s edits a line that is not shown: the prompt stays alone on
// its row, Enter ends the row, and the keys edited the line as usual.
func TestScreenReadEditSilent(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startScreen(t, sh, 80, 24)
		s.Send(`echo go; read -e -s -p 'pw: ' x; printf '[%q %s]\n' "$x" $?` + "\r")
		waitRow(t, s, "go")
		s.SendKeys("ab\x7fc\x01d\r")
		waitRow(t, s, "[dac 0]")
		if !hasRow(s.Screen, "pw:") {
			t.Fatalf("the line was shown\n%s", picture(s.Screen))
		}
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}
