package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func jobshCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(jobshBin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = baseEnv(cmd.Dir)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestInvocation(t *testing.T) {
	// The commit is unknown here unless go build stamped one (-buildvcs).
	versionRE := regexp.MustCompile(`^jobsh [^ ]+ \(commit ([0-9a-f]{7,40}(, modified)?|unknown)\)\n$`)
	if out, _, code := jobshCmd(t, "", "--version"); code != 0 || !versionRE.MatchString(out) {
		t.Errorf("--version: %q %d", out, code)
	}
	if out, _, code := jobshCmd(t, "", "--help"); code != 0 || !strings.Contains(out, "Usage: jobsh") {
		t.Errorf("--help: %q %d", out, code)
	}
	if _, errs, code := jobshCmd(t, "", "--bogus"); code != 2 || !strings.Contains(errs, "--bogus: invalid option") || !strings.Contains(errs, "Usage:") {
		t.Errorf("bad flag: %q %d", errs, code)
	}
	if _, errs, code := jobshCmd(t, "", "-c"); code != 2 || !strings.Contains(errs, "requires an argument") {
		t.Errorf("-c without a command: %q %d", errs, code)
	}
	if out, _, _ := jobshCmd(t, "", "-c", `echo "$0:$1:$#"`, "name", "a", "b"); out != "name:a:2\n" {
		t.Errorf("-c with name and args: %q", out)
	}
	if _, errs, code := jobshCmd(t, "", "/nonexistent/script.sh"); code != 127 || !strings.Contains(errs, "No such file or directory") {
		t.Errorf("missing script: %q %d", errs, code)
	}
}

func TestScripts(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.sh")
	os.WriteFile(script, []byte("echo \"$0 $1 $2\"\nnosuch\necho after $?\nexit 3\n"), 0o644)
	out, errs, code := jobshCmd(t, "", script, "x", "y")
	if out != script+" x y\nafter 127\n" || code != 3 {
		t.Errorf("script: %q %d", out, code)
	}
	if want := script + ": line 2: nosuch: command not found\n"; errs != want {
		t.Errorf("script error: %q, want %q", errs, want)
	}
	// A script on standard input: read takes the next line of the script,
	// as in bash, because the shell reads no further than it must.
	out, _, code = jobshCmd(t, "read line\nthis is data\necho \"got: $line\"\n")
	if out != "got: this is data\n" || code != 0 {
		t.Errorf("stdin script: %q %d", out, code)
	}
	out, _, _ = jobshCmd(t, "echo $1 $#\n", "-s", "a", "b")
	if out != "a 2\n" {
		t.Errorf("-s with args: %q", out)
	}
	// A syntax error ends a script with status 2 after what came before.
	out, errs, code = jobshCmd(t, "echo one\nif then\necho two\n")
	if out != "one\n" || code != 2 || !strings.Contains(errs, "syntax error") {
		t.Errorf("syntax error in a script: %q %q %d", out, errs, code)
	}
}

// PS2 asks for the rest of an incomplete command; a syntax error at the
// prompt does not end an interactive shell.
func TestContinuationPrompt(t *testing.T) {
	s := startJobsh(t)
	for _, c := range []struct{ first, rest, want string }{
		{`echo "open`, `quote"`, "open\r\nquote"},
		{`echo piped |`, `tr a-z A-Z`, "PIPED"},
		{`true &&`, `echo and`, "and"},
		{`if true; then`, "echo in if\nfi", "in if"},
		{`cat <<EOF`, "here doc\nEOF", "here doc"},
		// A quoted delimiter leaves the body unexpanded; the body is
		// still read on (issue 11 item 2).
		{`cat <<'EOF'`, "$HOME single\nEOF", `\$HOME single`},
		{`cat <<"EOF"`, "$HOME double\nEOF", `\$HOME double`},
		{`cat <<\EOF`, "$HOME backslash\nEOF", `\$HOME backslash`},
		{`cat <<-'EOF'`, "\t$HOME tabs\n\tEOF", `\$HOME tabs`},
	} {
		s.SendLine(c.first)
		for _, line := range strings.Split(c.rest, "\n") {
			s.Expect(`> `)
			s.SendLine(line)
		}
		s.Expect(c.want + "\r\n\\$ ")
	}
	s.SendLine("echo )")
	s.Expect(`syntax error`)
	s.SendLine("echo status $?")
	s.Expect(`status 2\r\n\$ `)
	s.SendLine("nosuchcmd")
	s.Expect(`jobsh: nosuchcmd: command not found`)
	s.SendLine("echo status $?")
	s.Expect(`status 127\r\n\$ `)
}

// Background jobs without job control read /dev/null; the shell must not
// open a descriptor per job and keep it.
func TestNoDescriptorLeak(t *testing.T) {
	out, _, _ := jobshCmd(t, "", "-c", `sleep 0.01 & wait; a=$(ls /proc/$$/fd | wc -l); for i in $(seq 50); do sleep 0.01 & done; wait; b=$(ls /proc/$$/fd | wc -l); echo $((b - a))`)
	// The count moves by a few with descriptors open only for a moment
	// (a fork's status pipe); a leak would add 50.
	if n, err := strconv.Atoi(strings.TrimSpace(out)); err != nil || n > 5 {
		t.Errorf("descriptors gained over 50 background jobs: %q", out)
	}
}

// TestInvokedAsSh: jobsh invoked as sh (a link named sh) is in POSIX
// mode, as bash is.
func TestInvokedAsSh(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "sh")
	if err := os.Symlink(jobshBin, link); err != nil {
		t.Fatal(err)
	}
	for _, argv := range [][]string{{link}, {jobshBin, "--posix"}} {
		cmd := exec.Command(argv[0], append(argv[1:], "-c", "set -o | grep posix; . /nonexistent 2>/dev/null; echo not-reached")...)
		out, _ := cmd.Output()
		if got := strings.Join(strings.Fields(string(out)), " "); got != "posix on" || cmd.ProcessState.ExitCode() != 1 {
			t.Errorf("%v: %q, status %d; want posix on, status 1", argv, out, cmd.ProcessState.ExitCode())
		}
	}
}

// $0 of -c without a name after the string is the name the shell was run
// by, as bash's (/bin/bash -c 'echo $0' says /bin/bash), and messages
// name it; a syntax error names the -c string whatever $0 is.
func TestCommandStringArgv0(t *testing.T) {
	for _, c := range []struct {
		argv0, name, out, err string
	}{
		{jobshBin, "", jobshBin + "\n", jobshBin + ": -c: line 2: syntax error near unexpected token `newline'\n"},
		{"myname", "", "myname\n", "myname: -c: line 2: syntax error near unexpected token `newline'\n"},
		{"jobsh", "foo", "foo\n", "foo: -c: line 2: syntax error near unexpected token `newline'\n"},
	} {
		args := []string{"-c", "echo $0\necho ("}
		if c.name != "" {
			args = append(args, c.name)
		}
		cmd := exec.Command(jobshBin, args...)
		cmd.Args[0] = c.argv0
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		cmd.Run()
		if out.String() != c.out || !strings.HasPrefix(errb.String(), c.err) {
			t.Errorf("argv0 %q name %q: %q %q", c.argv0, c.name, out.String(), errb.String())
		}
	}
}
