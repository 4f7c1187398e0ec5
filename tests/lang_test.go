package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A language case file holds scripts separated by lines "### name". Each
// script runs with `-c` on jobsh and on bash, in an empty directory of its
// own, and the two must agree on standard output and exit status, and on
// whether anything went to standard error. A case whose name ends in
// "(stderr)" must also agree on standard error, word for word once the
// shells' names are made the same.
//
// A case whose name ends in "(jobsh)" is where jobsh differs from bash on
// purpose; it runs on jobsh only, against expectations written in it as
// comments: "#= status N", "#= stdout TEXT" (one line each), "#= stderr
// SUBSTRING".

type langCase struct {
	name, script string
}

func readLangCases(t *testing.T) []langCase {
	files, _ := filepath.Glob("testdata/lang/*.sh")
	var cases []langCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(filepath.Base(f), ".sh")
		for _, chunk := range strings.Split(string(data), "\n### ")[1:] {
			name, body, _ := strings.Cut(chunk, "\n")
			cases = append(cases, langCase{base + "/" + strings.TrimSpace(name), body})
		}
	}
	if len(cases) == 0 {
		t.Fatal("no language cases")
	}
	return cases
}

type result struct {
	stdout, stderr string
	status         int
}

func runShell(t *testing.T, bin, script string) result {
	return runIn(t, t.TempDir(), "line one\nline two\n", 20*time.Second, bin, "-c", script)
}

// runIn runs a shell in dir, in a session of its own (so that nothing it
// starts can reach our terminal, if we have one), with stdin as input, and
// fails the test if it has not ended within limit. A death by a signal
// counts as status 128+signal, as shells report it.
func runIn(t *testing.T, dir, stdin string, limit time.Duration, bin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Args[0] = filepath.Base(bin) // $0, as when run from PATH
	cmd.Dir = dir
	cmd.Env = append(baseEnv(dir), "PWD="+dir)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader(stdin)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(limit):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		t.Fatalf("%s hung on: %q", filepath.Base(bin), args)
	}
	st := cmd.ProcessState.Sys().(syscall.WaitStatus)
	code := st.ExitStatus()
	if st.Signaled() {
		code = 128 + int(st.Signal())
	}
	return result{out.String(), errb.String(), code}
}

var shellName = regexp.MustCompile(`(?m)^(bash|jobsh)(: line \d+)?:`)

var pidField = regexp.MustCompile(`(?m)^SHELL: +\d+ `)

// normalizeErr makes two shells' messages comparable: the shell's name and
// line, and pids, are masked.
func normalizeErr(s string) string {
	return pidField.ReplaceAllString(shellName.ReplaceAllString(s, "SHELL:"), "SHELL: PID ")
}

func TestLanguageAgainstBash(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	for _, c := range readLangCases(t) {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if strings.HasSuffix(c.name, "(jobsh)") {
				checkExpectations(t, c)
				return
			}
			want := runShell(t, bashBin, c.script)
			got := runShell(t, jobshBin, c.script)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs\nscript:\n%s\njobsh:\n%q\nbash:\n%q", c.script, got.stdout, want.stdout)
			}
			if got.status != want.status {
				t.Errorf("status: jobsh %d, bash %d\nscript:\n%s\njobsh stderr: %s", got.status, want.status, c.script, got.stderr)
			}
			if (got.stderr == "") != (want.stderr == "") {
				t.Errorf("stderr differs\nscript:\n%s\njobsh: %q\nbash:  %q", c.script, got.stderr, want.stderr)
			}
			if strings.HasSuffix(c.name, "(stderr)") && normalizeErr(got.stderr) != normalizeErr(want.stderr) {
				t.Errorf("stderr differs\nscript:\n%s\njobsh: %q\nbash:  %q", c.script, got.stderr, want.stderr)
			}
		})
	}
}

func checkExpectations(t *testing.T, c langCase) {
	got := runShell(t, jobshBin, c.script)
	var stdout []string
	for _, line := range strings.Split(c.script, "\n") {
		kind, val, ok := strings.Cut(strings.TrimPrefix(line, "#= "), " ")
		if !strings.HasPrefix(line, "#= ") || !ok {
			continue
		}
		switch kind {
		case "status":
			if strconv.Itoa(got.status) != val {
				t.Errorf("status %d, want %s\nstderr: %s", got.status, val, got.stderr)
			}
		case "stdout":
			stdout = append(stdout, val)
		case "stderr":
			if !strings.Contains(got.stderr, val) {
				t.Errorf("stderr %q does not say %q", got.stderr, val)
			}
		}
	}
	want := strings.Join(stdout, "\n")
	if len(stdout) > 0 {
		want += "\n"
	}
	if got.stdout != want {
		t.Errorf("stdout %q, want %q", got.stdout, want)
	}
}
