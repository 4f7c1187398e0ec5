package tests

import (
	"testing"
	"time"

	"jobsh/tests/term"
)

// read -e edits the line with the line editor on a terminal, starting from
// -i's text, in an interactive shell (its own editor) and in a script (an
// editor made for read); -p's prompt is the editor's.
func TestReadEdit(t *testing.T) {
	home := t.TempDir()
	env := append(baseEnv(home), "TERM=xterm")
	s := term.Start(t, env, jobshBin, "--norc", "-i")
	s.OnFail = psListing
	s.Expect(`\$ `)
	s.SendLine(`read -e -i abc -p 'name: ' v; echo "[$v]"`)
	s.Expect(`name: abc`)
	s.Send("d\x01<\r")
	s.Expect(`\[<abcd\]`)
	s.Expect(`\$ `)
	s.SendLine("exit")
	s.Wait(10 * time.Second)

	s = term.Start(t, env, jobshBin, "-c", `read -e -i 'x y' a b; echo "[$a|$b]"; read -e -r c; echo "[$c]"`)
	s.Expect(`x y`)
	s.Send("z\x7f\x7f\x7f\\ q\r")
	s.Expect(`\[x q\|\]`)
	s.Send(`a\b` + "\r")
	s.Expect(`\[a\\b\]`)
	s.Wait(10 * time.Second)
}
