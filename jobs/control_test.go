//go:build linux

package jobs

import (
	"os"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func startJob(t *testing.T, c *Controller, fg bool, argv ...string) *Job {
	t.Helper()
	j := c.NewJob(argv[len(argv)-1], "/", fg)
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	// A temporary directory for a working directory: a core file goes there.
	cmd := &Command{Path: argv[0], Args: argv, Dir: t.TempDir(), Files: []*os.File{null, os.Stderr, os.Stderr}}
	if _, err := c.Start(j, cmd); err != nil {
		t.Fatal(err)
	}
	return j
}

// pollUntil polls the controller until the job reaches state.
func pollUntil(t *testing.T, c *Controller, j *Job, state State) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for j.State() != state {
		if time.Now().After(deadline) {
			t.Fatalf("job never became %v (last status %s)", state, j.Last().Status)
		}
		c.Poll()
		time.Sleep(time.Millisecond)
	}
}

func TestRealStatuses(t *testing.T) {
	c := NewController()
	j := startJob(t, c, true, "/bin/sh", "-c", "exit 42")
	c.WaitForeground(j)
	if st := j.Last().Status; !st.Exited() || st.ExitCode() != 42 {
		t.Fatalf("exit 42: %s", st.Macros())
	}
	if j.Last().Rusage.MaxRSSKiB == 0 {
		t.Error("wait4 reported no rusage")
	}

	j = startJob(t, c, true, "/bin/sh", "-c", "ulimit -c unlimited 2>/dev/null; kill -SEGV $$")
	c.WaitForeground(j)
	st := j.Last().Status
	if !st.Signaled() || st.Signal() != syscall.SIGSEGV {
		t.Fatalf("SIGSEGV: %s", st.Macros())
	}
	t.Logf("SIGSEGV: %s (core dumps depend on core_pattern and RLIMIT_CORE)", st.Macros())
}

func TestExternalStopAndContinue(t *testing.T) {
	c := NewController()
	c.JobControl = true // own process groups, no terminal
	j := startJob(t, c, false, "/bin/sleep", "10")
	if j.Pgid != j.Procs[0].Pid {
		t.Fatalf("the job's group is %d, want its leader %d", j.Pgid, j.Procs[0].Pid)
	}
	if pg, _ := unix.Getpgid(j.Pgid); pg != j.Pgid {
		t.Fatalf("the leader is in group %d", pg)
	}
	unix.Kill(j.Pgid, unix.SIGSTOP)
	pollUntil(t, c, j, Stopped)
	if st := j.Last().Status; st.StopSignal() != syscall.SIGSTOP || !j.Changed {
		t.Fatalf("stopped: %s changed=%v", st.Macros(), j.Changed)
	}
	unix.Kill(j.Pgid, unix.SIGCONT)
	pollUntil(t, c, j, Running)
	if !j.Last().Status.Continued() {
		t.Fatalf("continued: %s", j.Last().Status.Macros())
	}
	c.Kill(j, unix.SIGTERM)
	pollUntil(t, c, j, Done)
	if st := j.Last().Status; st.Signal() != syscall.SIGTERM || StatusText(j, j.Last()) != "Terminated" {
		t.Fatalf("killed: %s", st.Macros())
	}
	// Reaped: no zombie is left.
	if _, err := unix.Wait4(j.Procs[0].Pid, nil, unix.WNOHANG, nil); err != unix.ECHILD {
		t.Fatalf("wait4 after the job ended: %v, want ECHILD", err)
	}
}

func TestKillContinuesStoppedJob(t *testing.T) {
	c := NewController()
	c.JobControl = true
	j := startJob(t, c, false, "/bin/sleep", "10")
	unix.Kill(-j.Pgid, unix.SIGSTOP)
	pollUntil(t, c, j, Stopped)
	// SIGTERM alone would wait until the job runs again; kill sends
	// SIGCONT after it, as bash does.
	c.Kill(j, unix.SIGTERM)
	pollUntil(t, c, j, Done)
}
