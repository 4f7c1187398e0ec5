package tests

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"jobsh/tests/casefile"

	"github.com/creack/pty"
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

type langCase = casefile.Case

// readCases reads the case files glob matches (casefile.Read), at least
// one case.
func readCases(t *testing.T, glob string, bare bool) []langCase {
	t.Helper()
	cases, err := casefile.Read(glob, bare)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", glob)
	}
	return cases
}

func readLangCases(t *testing.T) []langCase { return readCases(t, "testdata/lang/*.sh", false) }

type result struct {
	stdout, stderr string
	status         int
}

func runShell(t *testing.T, bin, script string) result {
	return runIn(t, t.TempDir(), "line one\nline two\n", 20*time.Second, bin, "-c", script)
}

// runShellJobControl runs a case with job control on: `-m -c`, in a
// session whose controlling terminal is a pty of its own, while standard
// input, output and error stay files, as in a script run with set -m from
// a terminal. jobsh then takes the terminal through /dev/tty, every job
// gets its own process group, and a builtin or compound command that is a
// pipeline stage runs in a re-executed jobsh, with the state it inherits
// carried by State.Encode.
func runShellJobControl(t *testing.T, bin, script string) result {
	t.Helper()
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptm.Close()
	defer tty.Close()
	go io.Copy(io.Discard, ptm) // nothing should be written there; never block a writer
	return runInWith(t, t.TempDir(), "line one\nline two\n", 20*time.Second, tty, bin, "-m", "-c", script)
}

// runIn runs a shell in dir, in a session of its own (so that nothing it
// starts can reach our terminal, if we have one), with stdin as input, and
// fails the test if it has not ended within limit. A death by a signal
// counts as status 128+signal, as shells report it.
func runIn(t *testing.T, dir, stdin string, limit time.Duration, bin string, args ...string) result {
	t.Helper()
	return runInWith(t, dir, stdin, limit, nil, bin, args...)
}

// runInWith is runIn with tty, if not nil, as the controlling terminal of
// the shell's session.
func runInWith(t *testing.T, dir, stdin string, limit time.Duration, tty *os.File, bin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Args[0] = filepath.Base(bin) // $0, as when run from PATH
	cmd.Dir = dir
	cmd.Env = append(baseEnv(dir), "PWD="+dir)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader(stdin)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if tty != nil {
		cmd.ExtraFiles = []*os.File{tty} // fd 3, closed by the shells once it is their terminal
		cmd.SysProcAttr.Setctty, cmd.SysProcAttr.Ctty = true, 3
	}
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

var pidField = regexp.MustCompile(`(?m)^SHELL(: line \d+)?: +\d+ `)

// normalizeErr makes two shells' messages comparable: the shell's name and
// line, and pids, are masked.
func normalizeErr(s string) string {
	return pidField.ReplaceAllString(shellName.ReplaceAllString(s, "SHELL$2:"), "SHELL: PID ")
}

func TestLanguageAgainstBash(t *testing.T) {
	compareLanguage(t, runShell)
}

// TestLanguageJobControl runs the same cases on jobsh with job control
// on, where pipeline stages and background jobs that are not programs are
// re-executed jobsh processes in process groups of their own, and
// compares them with bash without it: job control must not change what a
// program computes. (bash itself refuses set -m when its standard error
// is not the terminal: "no job control in this shell".)
func TestLanguageJobControl(t *testing.T) {
	compareLanguage(t, func(t *testing.T, bin, script string) result {
		if reason, ok := notUnderJobControl[strings.TrimPrefix(t.Name(), "TestLanguageJobControl/")]; ok {
			t.Skip(reason)
		}
		r := runShellJobControl(t, bin, script)
		// A script with job control tells of its background jobs'
		// ends ("[1]+  Done  sleep 1"), as bash with set -m does
		// (TestSetMNotices); bash here runs without it.
		r.stderr = jobNotice.ReplaceAllString(r.stderr, "")
		return r
	})
}

// jobNotice is a line of the notice of a job that ended of itself: "[1]+
// Done   cmd", "[2]-  Exit 3   cmd", which bash without job control never
// prints (a signal's is compared: bash has its own words for it).
var jobNotice = regexp.MustCompile(`(?m)^\[\d+\][+\- ]  (Done|Exit \d+) .*\n`)

// notUnderJobControl are the cases whose answer job control changes, in
// bash as in jobsh, with the reason.
var notUnderJobControl = map[string]string{
	"subshells/a_background_job_killed_by_SIGTERM_or_SIGPIPE_is_not_reported,_nor_one_whose_signal_the_shell_traps": "with job control a script gives every ended background job's notice, as bash with set -m does",
	"basics/background_jobs_read_/dev/null_without_job_control":                                                     "with job control a background job keeps the shell's standard input (POSIX 2.9.3.1)",
	"shopt/lastpipe_runs_the_last_stage_in_the_shell_when_job_control_is_off":                                       "lastpipe acts only without job control, in bash as in jobsh",
	"shopt/lastpipe:_exit_and_return_in_the_last_stage":                                                             "lastpipe acts only without job control, in bash as in jobsh",
	"shopt/set_-e_is_off_in_command_substitutions_unless_inherit_errexit":                                           "prints $-, which shows m with job control on",
	"options/$-_has_B;_set_+B_turns_brace_expansion_off":                                                            "prints $-, which shows m with job control on",
	"errors/foreground_job_killed_by_SIGKILL_(stderr)":                                                              "with job control the report is the job's status line (\"Killed\"), without it bash's \"line N: PID Killed  command\"",
}

func compareLanguage(t *testing.T, runJobsh func(t *testing.T, bin, script string) result) {
	if bashBin == "" {
		t.Skip("bash is not installed")
	}
	for _, c := range readLangCases(t) {
		c := c
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			if strings.HasSuffix(c.Name, "(jobsh)") {
				checkExpectations(t, c, runJobsh)
				return
			}
			want := runShell(t, bashBin, c.Script)
			got := runJobsh(t, jobshBin, c.Script)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs\nscript:\n%s\njobsh:\n%q\nbash:\n%q", c.Script, got.stdout, want.stdout)
			}
			if got.status != want.status {
				t.Errorf("status: jobsh %d, bash %d\nscript:\n%s\njobsh stderr: %s", got.status, want.status, c.Script, got.stderr)
			}
			if (got.stderr == "") != (want.stderr == "") {
				t.Errorf("stderr differs\nscript:\n%s\njobsh: %q\nbash:  %q", c.Script, got.stderr, want.stderr)
			}
			if strings.HasSuffix(c.Name, "(stderr)") && normalizeErr(got.stderr) != normalizeErr(want.stderr) {
				t.Errorf("stderr differs\nscript:\n%s\njobsh: %q\nbash:  %q", c.Script, got.stderr, want.stderr)
			}
		})
	}
}

func checkExpectations(t *testing.T, c langCase, run func(t *testing.T, bin, script string) result) {
	got := run(t, jobshBin, c.Script)
	var stdout []string
	for _, line := range strings.Split(c.Script, "\n") {
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
