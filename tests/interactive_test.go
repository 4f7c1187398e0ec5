package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"jobsh/tests/term"

	"golang.org/x/sys/unix"
)

// History is kept in $HISTFILE, mode 0600, across sessions; a command of
// several lines is one entry.
func TestHistoryPersists(t *testing.T) {
	home := t.TempDir()
	env := baseEnv(home)
	start := func() *term.Session {
		s := term.Start(t, env, jobshBin, "--norc", "--no-edit", "-i")
		s.OnFail = psListing
		s.Expect(`\$ `)
		return s
	}
	s := start()
	run(t, s, "echo first")
	s.SendLine("for i in 1 2; do")
	s.Expect("> ")
	s.SendLine("echo $i; done")
	s.Expect(`2\r\n\$ `)
	s.SendLine("exit")
	s.Wait(10 * time.Second)

	file := filepath.Join(home, ".jobsh_history")
	st, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("history file mode %v, want 0600", st.Mode().Perm())
	}
	s = start()
	out := run(t, s, "history")
	want := "    1  echo first\n    2  for i in 1 2; do echo $i; done\n    3  exit\n    4  history\n"
	if out != want {
		t.Fatalf("history in the second session:\n%q\nwant\n%q", out, want)
	}
	run(t, s, "history -d 1")
	if out := run(t, s, "history 2"); out != "    4  history -d 1\n    5  history 2\n" {
		t.Errorf("history -d then history 2: %q", out)
	}
	run(t, s, "history -c")
	if out := run(t, s, "history"); out != "    1  history\n" {
		t.Errorf("after history -c: %q", out)
	}
}

// Two sessions writing history at the same time lose nothing.
func TestHistoryShared(t *testing.T) {
	home := t.TempDir()
	env := baseEnv(home)
	var ss []*term.Session
	for i := 0; i < 2; i++ {
		s := term.Start(t, env, jobshBin, "--norc", "--no-edit", "-i")
		s.Expect(`\$ `)
		ss = append(ss, s)
	}
	for i := 0; i < 20; i++ {
		for k, s := range ss {
			s.SendLine("echo s" + string(rune('a'+k)) + " " + strings.Repeat("x", i))
		}
		for _, s := range ss {
			s.Expect(`\$ `)
		}
	}
	data, _ := os.ReadFile(filepath.Join(home, ".jobsh_history"))
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d lines in the shared history, want 40:\n%s", len(lines), data)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "echo s") {
			t.Fatalf("a torn line: %q", l)
		}
	}
}

// ~/.jobshrc is read by an interactive shell; --norc skips it and
// --rcfile replaces it.
func TestRCFiles(t *testing.T) {
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, ".jobshrc"), []byte("RCVAR=from-rc\n"), 0o644)
	os.WriteFile(filepath.Join(home, "other"), []byte("RCVAR=from-other\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "[from-rc]"},
		{[]string{"--norc"}, "[]"},
		{[]string{"--rcfile", filepath.Join(home, "other")}, "[from-other]"},
	} {
		s := term.Start(t, baseEnv(home), append(append([]string{jobshBin}, c.args...), "--no-edit", "-i")...)
		s.Expect(`\$ `)
		if out := run(t, s, `echo "[$RCVAR]"`); strings.TrimSpace(out) != c.want {
			t.Errorf("%v: %q, want %s", c.args, out, c.want)
		}
	}
	// Non-interactive shells read no rc file.
	cmd := exec.Command(jobshBin, "-c", `echo "[$RCVAR]"`)
	cmd.Env = baseEnv(home)
	if out, _ := cmd.Output(); string(out) != "[]\n" {
		t.Errorf("jobsh -c read an rc file: %q", out)
	}
}

// Tab completes in the line editor: a command, a path with a space, a job
// spec, a signal name, a variable.
func TestCompletionInEditor(t *testing.T) {
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, "my file.txt"), []byte("contents of my file\n"), 0o644)
	s := startEditing(t, home)
	s.Send("ech\t")
	s.SendLine("completed")
	s.Expect("completed\r\n")
	s.Expect(`\$ `)
	s.Send("cat my\t")
	s.Send("\n")
	s.Expect("contents of my file\r\n")
	s.Expect(`\$ `)
	s.SendLine("sleep 100 &")
	s.Expect(`\[1\] \d+`)
	s.Expect(`\$ `)
	s.Send("kill -SEG\t")
	s.Send("%\t")
	s.Send("\n")
	s.Expect(`\$ `)
	s.SendLine("sleep 0.2")
	s.Expect(`Segmentation fault`)
	s.Expect(`\$ `)
	// $HO is ambiguous (HOME, HOSTNAME, HOSTTYPE); $HOME is a
	// directory, so it gets a slash, as in bash.
	s.Send("echo $HOM\t")
	s.Send("\n")
	s.Expect(regexp.QuoteMeta(home) + "/\r\n")
}

// The prompt: \j counts jobs, PROMPT_COMMAND runs before it with $? kept,
// and command substitutions expand.
func TestPrompt(t *testing.T) {
	env := append(baseEnv(t.TempDir()), `PS1=[\j:$?:$(echo sub)]\$ `, "PROMPT_COMMAND=pc=$((pc+1))")
	s := term.Start(t, env, jobshBin, "--norc", "--no-edit", "-i")
	s.OnFail = psListing
	s.Expect(`\[0:0:sub\][$#] `)
	s.SendLine("sleep 100 &")
	s.Expect(`\[1:0:sub\][$#] `)
	s.SendLine("false")
	s.Expect(`\[1:1:sub\][$#] `)
	s.SendLine("echo pc=$pc")
	s.Expect(`pc=3\r\n`)
	s.SendLine("kill %1")
	// \u is the user's name from the account database, as `id -un` says.
	user, err := exec.Command("id", "-un").Output()
	if err != nil {
		t.Fatal(err)
	}
	s.SendLine(`PS1='<\u> '`)
	s.Expect(`<` + regexp.QuoteMeta(strings.TrimSpace(string(user))) + `> `)
}

// A login shell (-l, or argv[0] starting with '-') reads ~/.jobsh_profile.
func TestLoginProfile(t *testing.T) {
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, ".jobsh_profile"), []byte("PROFILE=yes\n"), 0o644)
	s := term.Start(t, baseEnv(home), jobshBin, "-l", "--no-edit", "-i")
	s.Expect(`\$ `)
	if out := run(t, s, `echo "[$PROFILE]"`); out != "[yes]\n" {
		t.Errorf("login shell: %q", out)
	}
	s = term.Start(t, baseEnv(home), jobshBin, "--no-edit", "-i")
	s.Expect(`\$ `)
	if out := run(t, s, `echo "[$PROFILE]"`); out != "[]\n" {
		t.Errorf("not a login shell: %q", out)
	}
}

// A job that leaves the terminal raw does not break the prompt; the shell
// gives back, at exit, the modes it started with.
func TestTerminalSafety(t *testing.T) {
	s := startJobsh(t)
	before := ptyModes(t, s)
	s.SendLine("stty raw -echo")
	s.Expect(`\$ `)
	s.SendLine("echo typed")
	s.Expect("typed\r\n")
	m := ptyModes(t, s)
	if m.Lflag&unix.ICANON == 0 || m.Oflag&unix.OPOST == 0 {
		t.Error("the prompt runs in raw mode")
	}
	if m.Lflag&unix.ECHO != 0 {
		t.Error("stty -echo did not persist")
	}
	s.SendLine("exit")
	s.Wait(10 * time.Second)
	if after := ptyModes(t, s); after.Lflag != before.Lflag || after.Iflag != before.Iflag || after.Oflag != before.Oflag {
		t.Errorf("modes at exit differ from the start: %#x/%#x", after.Lflag, before.Lflag)
	}
}

// typeLine types line to the line editor (SendKeys waits for raw mode)
// and waits for its command's output, text the typed line must not hold:
// a line typed ahead while a command runs is echoed by the terminal, and
// once matched an Expect meant for the output, which let the next keys
// (Ctrl-R, the terminal's reprint key when cooked) go out too early in a
// CI run.
func typeLine(s *term.Session, line, output string) {
	s.SendKeys(line + "\r")
	s.Expect(regexp.QuoteMeta(output) + "\r\n")
}

// Ctrl-R searches the history in the line editor.
func TestReverseSearch(t *testing.T) {
	s := startEditing(t, t.TempDir())
	typeLine(s, "echo unique-$((40+2))", "unique-42")
	typeLine(s, "echo oth$((1))er", "oth1er")
	s.SendKeys("\x12")
	s.Send("uniq")
	s.Send("\r")
	s.Send("\r")
	s.Expect("unique-42\r\n")
}

// A line found with Ctrl-R and shortened before it runs leaves the entry
// it was found in as it was: the editor once edited the entry in place,
// and Up then Enter ran a line never typed ("echo abc" and "ef").
func TestReverseSearchEditKeepsHistory(t *testing.T) {
	s := startEditing(t, t.TempDir())
	typeLine(s, "echo abc$((1))def", "abc1def")
	typeLine(s, "echo x$((2))y", "x2y")
	s.SendKeys("\x12abc")
	s.Send("\x05\x7f\x7f\x7f\r") // End, three Backspaces, Enter
	s.Expect("abc1\r\n")
	// Up three times is the first line again, whole.
	s.SendKeys("\x1b[A\x1b[A\x1b[A\r")
	out := s.Expect(`(?s)\[\?2004l(.*?)\$ `)
	if got, rest, _ := strings.Cut(out[1], "\r\n"); got != "abc1def" || strings.Contains(rest, "not found") {
		t.Errorf("the first line recalled ran as %q", got)
	}
}

// An interactive shell, like bash, is not ended by SIGTERM; its prompt and
// terminal stay as they were.
func TestSIGTERMIgnored(t *testing.T) {
	s := startJobsh(t)
	syscall.Kill(s.Cmd.Process.Pid, syscall.SIGTERM)
	if out := run(t, s, "echo alive"); out != "alive\n" {
		t.Fatalf("after SIGTERM: %q", out)
	}
}

// IGNOREEOF set is set -o ignoreeof to bash: Ctrl-D at an empty prompt
// says how to leave, IGNOREEOF times, then leaves.
func TestIgnoreEOFVariable(t *testing.T) {
	s := startJobsh(t)
	run(t, s, "IGNOREEOF=2")
	for range 2 {
		s.Key('D')
		s.Expect(`Use "exit" to leave the shell\.`)
		s.Expect(`\$ `)
	}
	if out := run(t, s, "echo alive"); out != "alive\n" {
		t.Fatalf("after two Ctrl-D: %q", out)
	}
	s.Key('D')
	s.Expect(`Use "exit" to leave the shell\.`)
	s.Key('D')
	s.Key('D')
	s.Wait(10 * time.Second)
}

// shopt -s autocd: at the prompt, a command that names a directory is cd
// to it, shown first, as bash does; a script is not changed by it.
func TestAutoCd(t *testing.T) {
	s := startJobsh(t)
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	run(t, s, "cd "+dir+"; shopt -s autocd")
	if out := run(t, s, "sub"); out != "cd -- sub\n" {
		t.Errorf("autocd said %q", out)
	}
	if out := run(t, s, "pwd"); out != filepath.Join(dir, "sub")+"\n" {
		t.Errorf("after autocd: %q", out)
	}
}

// set -e ends an interactive shell without the "exit" that the exit
// builtin prints, as in bash.
func TestErrExitLeavesQuietly(t *testing.T) {
	s := startJobsh(t)
	s.SendLine("set -e; false")
	s.Wait(10 * time.Second)
	if out := s.Output(); strings.Contains(out, "exit") {
		t.Errorf("set -e said exit: %q", out)
	}
}
