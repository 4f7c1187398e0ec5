package tests

import (
	"os"
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
	s := startEditing(t, home)
	s.SendLine(`read -e -i abc -p 'name: ' v; echo "[$v]"`)
	s.Expect(`name: abc`)
	s.SendKeys("d\x01<\r")
	s.Expect(`\[<abcd\]`)
	s.Expect(`\$ `)
	s.SendLine("exit")
	s.Wait(10 * time.Second)

	s = term.Start(t, env, jobshBin, "-c", `read -e -i 'x y' a b; echo "[$a|$b]"; read -e -r c; echo "[$c]"`)
	s.Expect(`x y`)
	s.SendKeys("z\x7f\x7f\x7f\\ q\r")
	s.Expect(`\[x q\|\]`)
	s.SendKeys(`a\b` + "\r")
	s.Expect(`\[a\\b\]`)
	s.Wait(10 * time.Second)
}

// Tab after user@ completes a host name from $HOSTFILE (shopt
// hostcomplete, on by default), and not once the option is off.
func TestCompletionHostnames(t *testing.T) {
	home := t.TempDir()
	hosts := home + "/hosts"
	if err := os.WriteFile(hosts, []byte("10.0.0.1 zebrahost zeb-alias # a comment\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startEditing(t, home, "HOSTFILE="+hosts)
	s.Send("echo me@zebr\t")
	s.Send("\n")
	s.Expect(`me@zebrahost\r\n`)
	s.Expect(`\$ `)
	s.SendLine("shopt -u hostcomplete")
	s.Expect(`\$ `)
	s.Send("echo you@zebr\t")
	s.Send("\n")
	s.Expect(`you@zebr\r\n`)
	s.Expect(`\$ `)
	s.SendLine("exit")
	s.Wait(10 * time.Second)
}

// At the prompt, a line ending in a backslash is continued on a PS2 line
// and joined to it, as in bash.
func TestPromptContinuation(t *testing.T) {
	s := startEditing(t, t.TempDir())
	s.SendLine(`echo con\`)
	s.Expect(`> `)
	s.SendLine(`tinued`)
	s.Expect(`continued\r\n`)
	s.Expect(`\$ `)
	s.SendLine("exit")
	s.Wait(10 * time.Second)
}
