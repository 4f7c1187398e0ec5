package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"
)

// TestOptionForms runs every POSIX form of the command line's options in
// a terminal, on jobsh and on bash, and compares $- and whether the shell
// was interactive (an interactive shell prompts on stderr).
func TestOptionForms(t *testing.T) {
	if bashBin == "" {
		t.Skip("no bash")
	}
	for _, args := range [][]string{
		{"-c", "echo flags=$-"},
		{"-E", "-c", "echo flags=$-"},
		{"-eu", "-c", "echo flags=$-"},
		{"-cm", "echo flags=$-"},
		{"-c", "-m", "echo flags=$-"},
		{"+m", "-c", "echo flags=$-"},
		{"-o", "errexit", "+o", "errexit", "-o", "nounset", "-c", "echo flags=$-"},
		{"--norc", "-im", "-c", "echo flags=$-"},
		{"+i", "-m", "-s"},
		{"+i", "-s"},
		{"-s"},
	} {
		got := optionRun(t, jobshBin, args)
		want := optionRun(t, bashBin, args)
		if got != want {
			t.Errorf("jobsh %s:\n got %q\nwant %q (bash)", strings.Join(args, " "), got, want)
		}
	}
}

// optionRun runs shell with args in a pty, feeding a script on stdin when
// no -c is given, and returns the flags=... line and, for a shell that
// read stdin, whether it prompted.
func optionRun(t *testing.T, shell string, args []string) string {
	t.Helper()
	home := t.TempDir()
	script := filepath.Join(home, "in.sh")
	os.WriteFile(script, []byte("echo flags=$-\nexit\n"), 0o644)
	argv := append([]string{shell}, args...)
	if !strings.Contains(strings.Join(args, " "), "c") {
		// stdin from the file, stdout and stderr on the terminal
		argv = []string{"/bin/sh", "-c", `exec "$@" < ` + script, "sh", shell}
		argv = append(argv, args...)
	}
	env := append(baseEnv(home), "PS1=PROMPT$ ")
	s := term.Start(t, env, argv...)
	s.Expect(`flags=\S*`)
	if _, err := s.Wait(10 * time.Second); err != nil {
		t.Fatalf("%v: %v", argv, err)
	}
	out := strings.ReplaceAll(s.Output(), "\r", "")
	var flags string
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, "flags="); i >= 0 {
			flags = l[i:]
		}
	}
	return flags + " prompted=" + boolWord(strings.Contains(out, "PROMPT$"))
}

func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
