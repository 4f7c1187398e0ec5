package tests

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"
)

func startHistoryShell(t *testing.T, env []string, args ...string) *term.Session {
	t.Helper()
	s := term.Start(t, env, append([]string{jobshBin, "--norc", "--no-edit", "-i"}, args...)...)
	s.OnFail = psListing
	s.Expect(`\$ `)
	return s
}

// A line typed with a leading space, under HISTCONTROL=ignorespace or
// ignoreboth, never reaches the history file (users keep secrets out of
// it that way); HISTIGNORE patterns neither.
func TestHistoryFileKeepsSecretsOut(t *testing.T) {
	home := t.TempDir()
	s := startHistoryShell(t, append(baseEnv(home), "HISTCONTROL=ignoreboth"))
	run(t, s, " echo secret-space")
	run(t, s, "echo dup")
	run(t, s, "echo dup")
	run(t, s, "HISTIGNORE='*token*'")
	run(t, s, "echo my-token-here")
	s.SendLine("exit")
	s.Wait(10 * time.Second)
	data, err := os.ReadFile(filepath.Join(home, ".jobsh_history"))
	if err != nil {
		t.Fatal(err)
	}
	want := "echo dup\nHISTIGNORE='*token*'\nexit\n"
	if string(data) != want {
		t.Errorf("history file:\n%s\nwant\n%s", data, want)
	}
}

// With HISTTIMEFORMAT set, each entry of the file is preceded by
// "#<epoch>", as bash writes it, and a later shell shows the times.
func TestHistoryTimestamps(t *testing.T) {
	home := t.TempDir()
	env := append(baseEnv(home), "HISTTIMEFORMAT=%Y-%m-%d ")
	s := startHistoryShell(t, env)
	before := time.Now().Unix()
	run(t, s, "echo stamped")
	s.SendLine("exit")
	s.Wait(10 * time.Second)
	data, _ := os.ReadFile(filepath.Join(home, ".jobsh_history"))
	m := regexp.MustCompile(`^#(\d+)\necho stamped\n#\d+\nexit\n$`).FindStringSubmatch(string(data))
	if m == nil {
		t.Fatalf("history file with HISTTIMEFORMAT:\n%q", data)
	}
	if n, _ := strconv.ParseInt(m[1], 10, 64); n < before || n > time.Now().Unix() {
		t.Errorf("timestamp %s, not between %d and now", m[1], before)
	}
	// An entry without a time (written by hand) takes the time it was
	// read, as in bash.
	f, _ := os.OpenFile(filepath.Join(home, ".jobsh_history"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("echo no-time\n")
	f.Close()
	s = startHistoryShell(t, env)
	day := time.Unix(before, 0).Format("2006-01-02")
	want := "    1  " + day + " echo stamped\n    2  " + day + " exit\n    3  " + time.Now().Format("2006-01-02") + " echo no-time\n    4  " + day + " history\n"
	if out := run(t, s, "history"); out != want {
		t.Errorf("history with times:\n%q\nwant\n%q", out, want)
	}
}

// history -n reads what another shell added to the file since; -a, -w
// and -r move the list to and from a file of one's choosing.
func TestHistoryAppendReadNew(t *testing.T) {
	home := t.TempDir()
	a := startHistoryShell(t, baseEnv(home))
	b := startHistoryShell(t, baseEnv(home))
	run(t, a, "echo from-a")
	run(t, b, "echo from-b")
	run(t, b, "history -n")
	if out := run(t, b, "history"); out != "    1  echo from-b\n    2  history -n\n    3  echo from-a\n    4  history\n" {
		t.Errorf("after history -n in b:\n%s", out)
	}
	if out := run(t, a, "history -n; history"); out != "    1  echo from-a\n    2  history -n; history\n    3  echo from-b\n    4  history -n\n    5  history\n" {
		t.Errorf("after history -n in a:\n%s", out)
	}

	other := filepath.Join(home, "other")
	run(t, a, "history -w "+other)
	data, _ := os.ReadFile(other)
	if !strings.HasPrefix(string(data), "echo from-a\nhistory -n; history\necho from-b\n") {
		t.Errorf("history -w:\n%s", data)
	}
	run(t, a, "history -c; history -r "+other)
	if out := run(t, a, "history 2"); out != "    6  history -w "+other+"\n    7  history 2\n" {
		t.Errorf("history -r:\n%s", out)
	}
	appended := filepath.Join(home, "appended")
	run(t, b, "echo new-in-b")
	run(t, b, "history -a "+appended)
	data, _ = os.ReadFile(appended)
	if !strings.Contains(string(data), "echo new-in-b\n") || !strings.HasSuffix(string(data), "history -a "+appended+"\n") {
		t.Errorf("history -a:\n%s", data)
	}
	run(t, b, "history -a "+appended)
	data2, _ := os.ReadFile(appended)
	if string(data2) != string(data)+"history -a "+appended+"\n" {
		t.Errorf("a second history -a appended again:\n%s", data2)
	}
}

// Unset HISTFILE, there is no file; history expansion is off in scripts,
// -c strings and standard input, and set -H does not turn the prompt's
// printing on there.
func TestHistoryOffOutsideThePrompt(t *testing.T) {
	home := t.TempDir()
	s := startHistoryShell(t, baseEnv(home))
	run(t, s, "unset HISTFILE")
	run(t, s, "echo not-saved")
	s.SendLine("exit")
	s.Wait(10 * time.Second)
	if _, err := os.Stat(filepath.Join(home, ".jobsh_history")); err == nil {
		data, _ := os.ReadFile(filepath.Join(home, ".jobsh_history"))
		if strings.Contains(string(data), "not-saved") {
			t.Errorf("written with HISTFILE unset:\n%s", data)
		}
	}
	for _, form := range [][]string{{"-c", "echo a; echo !! !$"}, {}} {
		out, errs, code := jobshCmd(t, "echo a; echo !! !$\n", form...)
		if out != "a\n!! !$\n" || errs != "" || code != 0 {
			t.Errorf("%v: %q %q %d", form, out, errs, code)
		}
	}
	if out, _, _ := jobshCmd(t, "", "-c", `echo $-`); strings.Contains(out, "H") {
		t.Errorf("$- of jobsh -c: %q", out)
	}
}

// History expansion applies to each line typed, continuation lines
// included, but not to the body of a here-document (bash's rule; checked
// with bash --noediting -i); $- shows H, and set +o history stops
// recording (the set -o history line itself is not recorded, as in bash).
func TestHistoryExpansionLines(t *testing.T) {
	s := startHistoryShell(t, baseEnv(t.TempDir()))
	run(t, s, "echo first")
	s.SendLine("for i in 1; do")
	s.Expect("> ")
	s.SendLine("echo !!")
	s.Expect("echo echo first\r\n> ")
	s.SendLine("done")
	s.Expect("\r\necho first\r\n\\$ ")
	// A failed reference on a continuation line drops that line only.
	s.SendLine("for i in 1; do")
	s.Expect("> ")
	s.SendLine("echo !xyz")
	s.Expect("jobsh: !xyz: event not found\r\n> ")
	s.SendLine("echo after; done")
	s.Expect("\r\nafter\r\n\\$ ")
	// A line continuing a single-quoted string: expansion starts after
	// the quote closes.
	s.SendLine("echo 'a")
	s.Expect("> ")
	s.SendLine("!! b' !echo")
	s.Expect("!! b' echo first\r\na\r\n!! b echo first\r\n\\$ ")
	s.SendLine("cat <<EOF")
	s.Expect("> ")
	s.SendLine("!! body")
	s.Expect("> ")
	s.SendLine("EOF")
	s.Expect("\r\n!! body\r\n\\$ ")
	if out := run(t, s, "case $- in *H*) echo on;; esac"); out != "on\n" {
		t.Errorf("$- without H: %q", out)
	}
	run(t, s, "set +o history")
	run(t, s, "echo hidden")
	run(t, s, "set -o history")
	if out := run(t, s, "history 2"); out != "    7  set +o history\n    8  history 2\n" {
		t.Errorf("set +o history: %q", out)
	}
}

// A builtin or function stage of an interactive pipeline runs in a
// re-executed jobsh, which gets the history when it may run `history`:
// named in the stage, in a function, or reached through a name only known
// when it runs.
func TestHistoryInPipelineStages(t *testing.T) {
	s := startHistoryShell(t, baseEnv(t.TempDir()))
	run(t, s, "echo first")
	run(t, s, "f() { history | tail -n 1; }")
	run(t, s, "h=history")
	for _, line := range []string{
		"history | tail -n 1",
		"f | cat",
		"$h | tail -n 1",
		"{ echo x >/dev/null; history; } | tail -n 1",
		"eval history | tail -n 1",
		"command history | tail -n 1",
		"\\history | tail -n 1",
	} {
		out := strings.TrimSpace(run(t, s, line))
		if !strings.HasSuffix(out, "  "+line) {
			t.Errorf("%s: %q", line, out)
		}
	}
	if out := run(t, s, "echo plain | cat"); out != "plain\n" {
		t.Errorf("echo plain | cat: %q", out)
	}
}

// shopt histappend, on in jobsh: each line goes to the history file as it
// is entered, beside what other shells add. Turned off (bash's default),
// the file is the shell's own list once it leaves.
func TestHistAppendOption(t *testing.T) {
	for _, on := range []bool{true, false} {
		home := t.TempDir()
		file := filepath.Join(home, ".jobsh_history")
		os.WriteFile(file, []byte("echo before\n"), 0o600)
		s := startHistoryShell(t, baseEnv(home))
		run(t, s, "echo mine")
		f, _ := os.OpenFile(file, os.O_WRONLY|os.O_APPEND, 0)
		f.WriteString("echo from-another-shell\n")
		f.Close()
		if !on {
			run(t, s, "shopt -u histappend")
		}
		s.SendLine("exit")
		s.Wait(10 * time.Second)
		data, _ := os.ReadFile(file)
		want := "echo before\necho mine\necho from-another-shell\nexit\n"
		if !on {
			want = "echo before\necho mine\nshopt -u histappend\nexit\n"
		}
		if string(data) != want {
			t.Errorf("histappend %v: file:\n%s\nwant\n%s", on, data, want)
		}
	}
}

// A command typed on several lines is one history line, joined as bash's
// cmdhist joins it (;, a space, a newline in quotes and here-documents);
// lithist keeps the newlines. The same keys go to jobsh and bash.
func TestHistoryJoinsLines(t *testing.T) {
	if bashBin == "" {
		t.Skip("no bash")
	}
	cmds := []string{"for i in 1 2\ndo\necho $i\ndone", "if true\nthen echo a\nelse echo b\nfi", "echo a &&\necho b",
		"f() {\necho x\n}", "echo 'a\nb'", "cat <<E\nbody\nE", "x=(1\n2)", "{ echo a\n\necho b; }",
		"case x in\nx) echo y;;\nesac", "echo a |\ncat", "echo \\\nb", "f2()\n{\n:\n}", "shopt -s lithist", "for j in 1\ndo :\ndone"}
	history := func(argv ...string) string {
		home := t.TempDir()
		s := term.Start(t, append(baseEnv(home), "TERM=dumb", "HISTFILE=/dev/null", "PS1=$ ", "PS2=> "), argv...)
		s.OnFail = psListing
		s.Expect(`\$ `)
		for _, c := range cmds {
			lines := strings.Split(c, "\n")
			for i, line := range lines {
				s.SendLine(line)
				if i < len(lines)-1 {
					s.Expect(`> `)
				}
			}
			s.Expect(`\$ `)
		}
		// The marker is computed: the echo of the typed line lacks it.
		s.SendLine("history | cut -c8- | sed 's/^/|/'; echo end-$((1+1))-history")
		return s.Expect(`(?s)\r\n(\|.*)end-2-history\r\n`)[1]
	}
	want := history(bashBin, "--norc", "--noprofile", "-i")
	got := history(jobshBin, "--norc", "-i")
	if got != want {
		t.Errorf("history:\njobsh:\n%s\nbash:\n%s", got, want)
	}
}
