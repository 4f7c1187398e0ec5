package tests

import (
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

// Faults from outside: signals to the shell at awkward moments, a
// pipeline member killed mid-stream, a flood of signals while waiting,
// descriptors and processes running out, output nobody reads. The shell
// must report clearly and go on, or end as bash would; never crash, hang
// or lose the terminal.

// SIGINT and SIGTERM sent to an interactive shell, at the prompt and while
// a job runs in the foreground, leave it running, as bash: SIGTERM is
// ignored; SIGINT abandons the rest of the command line once the job has
// ended (the job itself, in its own group, is not touched).
func TestSignalsToInteractiveShell(t *testing.T) {
	s := startJobsh(t)
	pid := s.Cmd.Process.Pid
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		syscall.Kill(pid, sig)
		time.Sleep(50 * time.Millisecond)
		if out := run(t, s, "echo at-prompt"); !strings.Contains(out, "at-prompt") {
			t.Fatalf("after %v at the prompt: %q", sig, out)
		}
		s.SendLine("sleep 0.5; echo job-done $?")
		waitForegroundProgram(t, s, "sleep")
		syscall.Kill(pid, sig)
		if sig == syscall.SIGTERM {
			s.Expect(`job-done 0\r\n\$ `)
		} else {
			s.Expect(`\$ `)
		}
	}
	if out := run(t, s, "echo alive"); !strings.Contains(out, "alive") || !alive(pid) {
		t.Fatalf("the shell did not survive: %q", out)
	}
}

// A pipeline member killed with SIGKILL mid-stream: the pipeline ends,
// PIPESTATUS has 137 for it, and the shell goes on.
func TestPipelineMemberKilled(t *testing.T) {
	s := startJobsh(t)
	s.SendLine("yes | cat | sleep 100; echo ${PIPESTATUS[@]}")
	waitForegroundProgram(t, s, "yes")
	time.Sleep(100 * time.Millisecond)
	out, _ := exec.Command("pgrep", "-s", strconv.Itoa(s.Cmd.Process.Pid), "-x", "sleep").Output()
	sleepPid, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("no sleep in the pipeline: %q", out)
	}
	syscall.Kill(sleepPid, syscall.SIGKILL)
	// yes and cat die of SIGPIPE once sleep's end of the pipe is gone.
	s.Expect(`141 141 137\r\n\$ `)
	if out := run(t, s, "echo alive"); !strings.Contains(out, "alive") {
		t.Fatalf("shell: %q", out)
	}
}

// A flood of SIGCHLD, SIGWINCH and (trapped) SIGUSR1 while the shell waits
// for a foreground job and then for a background one: every system call
// the shell is in gets EINTR again and again; the statuses still come
// out right and every trap runs.
func TestSignalFloodWhileWaiting(t *testing.T) {
	s := startJobsh(t)
	run(t, s, "n=0; trap 'n=$((n+1))' USR1")
	pid := s.Cmd.Process.Pid
	flood := func(d time.Duration) int {
		sent := 0
		for end := time.Now().Add(d); time.Now().Before(end); {
			for _, sig := range []syscall.Signal{syscall.SIGCHLD, syscall.SIGWINCH, syscall.SIGUSR1} {
				syscall.Kill(pid, sig)
			}
			sent++
			time.Sleep(200 * time.Microsecond)
		}
		return sent
	}
	s.SendLine("sh -c 'sleep 0.5; exit 3'; echo fg $?")
	waitForegroundProgram(t, s, "sh")
	flood(400 * time.Millisecond)
	s.Expect(`fg 3\r\n\$ `)
	s.SendLine("(sleep 0.5; exit 4) & wait $!; echo bg $?")
	time.Sleep(50 * time.Millisecond)
	flood(300 * time.Millisecond)
	// wait returns early for a trapped signal (128+10), as in bash; the
	// job itself still ends with 4.
	m := s.Expect(`bg (\d+)\r\n\$ `)
	if m[1] != "4" && m[1] != "138" {
		t.Fatalf("wait returned %s", m[1])
	}
	out := run(t, s, "wait; echo done $?; [ $n -gt 0 ] && echo trapped")
	if !strings.Contains(out, "trapped") {
		t.Fatalf("the USR1 trap never ran: %q", out)
	}
	if !alive(pid) {
		t.Fatal("the shell died")
	}
}

// Out of file descriptors (ulimit -n) in a subshell: a clear error for the
// command that could not start, and the shell goes on.
func TestOutOfDescriptors(t *testing.T) {
	out, _, status := jobshCmd(t, "", "-c", `(ulimit -n 4; cat /dev/null | cat; echo "status $?") 2>&1; echo alive`)
	if !strings.Contains(out, "alive") {
		t.Fatalf("the shell did not go on: %q", out)
	}
	if !strings.Contains(out, "Too many open files") && !strings.Contains(out, "status 0") {
		t.Fatalf("no clear error: %q", out)
	}
	if status != 0 {
		t.Fatalf("status %d", status)
	}
}

// Out of processes (ulimit -u): fork fails with a clear message and a
// non-zero status, and the shell goes on. The limit does not bind root,
// so the shell runs as nobody.
func TestOutOfProcesses(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run the shell as nobody")
	}
	// A directory nobody can reach (t.TempDir's parent is private).
	dir, err := os.MkdirTemp("", "jobsh-nobody")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	bin := filepath.Join(dir, "jobsh")
	data, err := os.ReadFile(jobshBin)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(bin, data, 0o755)
	cmd := exec.Command(bin, "-c", `ulimit -u 1; /bin/true; echo "status $?"; echo alive`)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "alive") {
		t.Fatalf("the shell did not go on: %q", out)
	}
	if !regexp.MustCompile(`(?s)jobsh: .*Resource temporarily unavailable.*status [1-9]`).Match(out) {
		t.Fatalf("no clear error and failing status: %q", out)
	}
}

// Output nobody reads: a reader that goes away (EPIPE) ends the writer as
// in bash, by SIGPIPE, with no Go panic or stack on stderr; a closed
// standard output is an error for the command that writes, not for the
// shell.
func TestBrokenOutput(t *testing.T) {
	cmd := exec.Command(jobshBin, "-c", `i=0; while :; do echo line $i; i=$((i+1)); done`)
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 100)
	stdout.Read(buf)
	stdout.Close()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the shell kept writing to a broken pipe")
	}
	st := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !(st.Signaled() && st.Signal() == syscall.SIGPIPE) {
		t.Errorf("ended with %v, want death by SIGPIPE as bash", st)
	}
	if strings.Contains(stderr.String(), "goroutine") || strings.Contains(stderr.String(), "panic") {
		t.Errorf("Go trouble on stderr: %s", stderr.String())
	}

	// Start jobsh with descriptor 1 closed, through sh.
	closed := exec.Command("/bin/sh", "-c", `exec >&-; exec "$0" -c "$1"`, jobshBin, `echo lost; echo "status $?" >&2; echo alive >&2`)
	var errb strings.Builder
	closed.Stderr = &errb
	closed.Run()
	text := errb.String()
	// bash says "write error: Bad file descriptor"; a Go program finds
	// /dev/null on a descriptor 0, 1 or 2 that was closed when it
	// started (the runtime puts it there), so jobsh's echo succeeds
	// into nothing. Either way the shell goes on.
	if !strings.Contains(text, "alive") || strings.Contains(text, "panic") {
		t.Errorf("with stdout closed: %q", text)
	}
}
