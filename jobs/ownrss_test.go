//go:build linux

package jobs

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestTouchHelper is not a test: run by the tests below as a program
// (JOBS_TOUCH_MIB set), it touches that many MiB and exits.
func TestTouchHelper(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("JOBS_TOUCH_MIB"))
	if err != nil {
		return
	}
	b := make([]byte, n<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	os.Exit(int(b[0]) - 1) // 0, and b stays live until here
}

// gnuTimeKiB is what GNU time, which forks from a small image, reports as
// the program's peak.
func gnuTimeKiB(t *testing.T, env []string, argv ...string) int64 {
	t.Helper()
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		t.Skip("no /usr/bin/time (Debian package time)")
	}
	out := filepath.Join(t.TempDir(), "time")
	cmd := exec.Command("/usr/bin/time", append([]string{"-o", out, "-f", "%M"}, argv...)...)
	cmd.Env = env
	if err := cmd.Run(); err != nil {
		t.Fatalf("/usr/bin/time %v: %v", argv, err)
	}
	data, _ := os.ReadFile(out)
	n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	if err != nil {
		t.Fatalf("/usr/bin/time said %q", data)
	}
	return n
}

func runOwn(t *testing.T, c *Controller, env []string, argv ...string) *Process {
	return runOwnIn(t, c, true, env, argv...)
}

// runOwnIn runs argv as a foreground or background job to its end.
func runOwnIn(t *testing.T, c *Controller, fg bool, env []string, argv ...string) *Process {
	t.Helper()
	j := c.NewJob(argv[0], "/", fg)
	cmd := &Command{Path: argv[0], Args: argv, Env: env, Dir: t.TempDir(), Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}}
	p, err := c.Start(j, cmd)
	if err != nil {
		t.Fatal(err)
	}
	if fg {
		c.WaitForeground(j)
	} else {
		pollUntil(t, c, j, Done)
	}
	if st := p.Status; !st.Exited() || st.ExitCode() != 0 {
		t.Fatalf("%v: %s", argv, st.Macros())
	}
	return p
}

// A timed program's maximum RSS is its own, as GNU time reports it, for a
// small program and for one of 100 MiB; started directly, a small
// program's figure is the test binary's peak and is marked as such.
func TestOwnRSS(t *testing.T) {
	if trampolineCode == nil {
		t.Skip("no exec trampoline on this architecture")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The test binary's own peak well above the small program's, as a
	// shell's is.
	ballast := make([]byte, 32<<20)
	for i := range ballast {
		ballast[i] = 1
	}
	big := append(os.Environ(), "JOBS_TOUCH_MIB=100")
	for _, tc := range []struct {
		env  []string
		fg   bool
		argv []string
	}{
		{nil, true, []string{"/bin/true"}},
		{big, true, []string{self, "-test.run=^TestTouchHelper$"}},
		{nil, false, []string{"/bin/true"}},
		{big, false, []string{self, "-test.run=^TestTouchHelper$"}},
	} {
		// A small program's peak varies by a tenth from run to run (how
		// many pages fault-around maps): the median of five runs each.
		var got, want []int64
		for range 5 {
			c := NewController()
			c.OwnRSS, c.JobControl = true, true
			p := runOwnIn(t, c, tc.fg, tc.env, tc.argv...)
			if !p.OwnRSS {
				t.Fatalf("%v: not started through the trampoline", tc.argv)
			}
			got = append(got, p.Rusage.MaxRSSKiB)
			want = append(want, gnuTimeKiB(t, tc.env, tc.argv...))
		}
		slices.Sort(got)
		slices.Sort(want)
		t.Logf("%s: %d KiB, GNU time %d KiB", tc.argv[0], got, want)
		if g, w := float64(got[2]), float64(want[2]); g > 1.1*w || g < 0.9*w {
			t.Errorf("%v: maxrss %v KiB, GNU time says %v KiB", tc.argv, got, want)
		}
	}
	c := NewController()
	p := runOwn(t, c, nil, "/bin/true")
	if p.OwnRSS || ownPeak(p, selfMaxRSS()) || p.Rusage.MaxRSSKiB < 32<<10 {
		t.Errorf("started directly: maxrss %d KiB, own %v; want at least the test's 32 MiB, not own",
			p.Rusage.MaxRSSKiB, ownPeak(p, selfMaxRSS()))
	}
	ballast[0]++
}

// Through the trampoline, a job gets its own process group, led by its
// first program as when the shell starts it directly, later members join
// it, and a program that cannot run gives the error a direct exec gives.
func TestOwnRSSGroupsAndErrors(t *testing.T) {
	if trampolineCode == nil {
		t.Skip("no exec trampoline on this architecture")
	}
	c := NewController()
	c.JobControl, c.OwnRSS = true, true
	j := c.NewJob("sleep | sleep", "/", true)
	for i := 0; i < 2; i++ {
		cmd := &Command{Path: "/bin/sleep", Args: []string{"sleep", "10"}, Dir: "/", Files: []*os.File{nil, os.Stderr, os.Stderr}}
		if _, err := c.Start(j, cmd); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range j.Procs {
		if pg, _ := unix.Getpgid(p.Pid); pg != j.Pgid || pg == unix.Getpgrp() {
			t.Errorf("process %d in group %d, job's %d", p.Pid, pg, j.Pgid)
		}
	}
	if j.Pgid != j.Procs[0].Pid {
		t.Errorf("the job's group is %d, its first process %d", j.Pgid, j.Procs[0].Pid)
	}
	unix.Kill(-j.Pgid, unix.SIGKILL)
	c.WaitForeground(j)
	if st := j.Last().Status; !st.Signaled() || st.Signal() != syscall.SIGKILL {
		t.Errorf("killed: %s", st.Macros())
	}

	dir := t.TempDir()
	noExec := filepath.Join(dir, "noexec")
	os.WriteFile(noExec, []byte("data\n"), 0o644)
	noMagic := filepath.Join(dir, "nomagic")
	os.WriteFile(noMagic, []byte("echo hi\n"), 0o755)
	noInterp := filepath.Join(dir, "nointerp")
	os.WriteFile(noInterp, []byte("#!/nonexistent/sh\n"), 0o755)
	for path, want := range map[string]error{noExec: syscall.EACCES, noMagic: syscall.ENOEXEC,
		noInterp: syscall.ENOENT, dir: syscall.EACCES} {
		c := NewController()
		c.OwnRSS = true
		j := c.NewJob(path, "/", true)
		_, err := c.Start(j, &Command{Path: path, Args: []string{path}, Dir: "/", Files: []*os.File{nil, nil, nil}})
		if !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", filepath.Base(path), err, want)
		}
	}
}

// The trampoline's memfd outlives garbage collections: were its os.File
// unreachable, the finalizer would close the descriptor that the
// trampoline's path names.
func TestOwnRSSAfterGC(t *testing.T) {
	if trampolineCode == nil {
		t.Skip("no exec trampoline on this architecture")
	}
	if !launcher.ready() {
		t.Fatal("the trampoline is not usable")
	}
	for range 3 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // finalizers run on their own goroutine
	}
	c := NewController()
	c.OwnRSS = true
	if p := runOwn(t, c, nil, "/bin/true"); !p.OwnRSS {
		t.Error("after a GC, /bin/true was not started through the trampoline")
	}
}

// A job whose descriptor table covers the number of the trampoline's
// memfd still runs through the trampoline: ForkExec has moved the job's
// files onto 0..n-1 in the child before it execs the trampoline.
func TestOwnRSSManyFiles(t *testing.T) {
	if trampolineCode == nil {
		t.Skip("no exec trampoline on this architecture")
	}
	if !launcher.ready() {
		t.Fatal("the trampoline is not usable")
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	files := make([]*os.File, launcher.file.Fd()+3)
	for i := range files {
		files[i] = null
	}
	c := NewController()
	c.OwnRSS = true
	j := c.NewJob("true", "/", true)
	p, err := c.Start(j, &Command{Path: "/bin/true", Args: []string{"true"}, Dir: "/", Files: files})
	if err != nil {
		t.Fatal(err)
	}
	c.WaitForeground(j)
	if !p.OwnRSS || !p.Status.Exited() || p.Status.ExitCode() != 0 {
		t.Errorf("own %v, %s", p.OwnRSS, p.Status.Macros())
	}
}

// The trampoline's bytes are what its commented source says:
// testdata/trampoline_amd64.s, assembled with GNU as.
func TestTrampolineSource(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the source is x86-64's")
	}
	for _, tool := range []string{"as", "objcopy"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s (Debian package binutils)", tool)
		}
	}
	dir := t.TempDir()
	obj, bin := filepath.Join(dir, "t.o"), filepath.Join(dir, "t.bin")
	for _, argv := range [][]string{
		{"as", "-o", obj, "testdata/trampoline_amd64.s"},
		{"objcopy", "-O", "binary", "-j", ".text", obj, bin},
	} {
		if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", argv, err, out)
		}
	}
	code, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(code, trampolineCode) {
		t.Errorf("trampolineCode is not testdata/trampoline_amd64.s assembled:\n got % x\nwant % x", trampolineCode, code)
	}
}

// A program started with IgnoreInterrupts survives the SIGINT and
// SIGQUIT it sends itself; one started without dies of the SIGINT.
func TestIgnoreInterrupts(t *testing.T) {
	if trampolineCode == nil {
		t.Skip("no exec trampoline on this architecture")
	}
	c := NewController()
	for _, ignore := range []bool{true, false} {
		j := c.NewJob("sh", "/", false)
		cmd := &Command{Path: "/bin/sh", Args: []string{"sh", "-c", "kill -INT $$; kill -QUIT $$; exit 7"},
			Dir: t.TempDir(), Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}, IgnoreInterrupts: ignore}
		p, err := c.Start(j, cmd)
		if err != nil {
			t.Fatal(err)
		}
		pollUntil(t, c, j, Done)
		st := p.Status
		switch {
		case ignore && (!st.Exited() || st.ExitCode() != 7):
			t.Errorf("ignoring: %s, want exit 7", st.Macros())
		case !ignore && (!st.Signaled() || st.Signal() != syscall.SIGINT):
			t.Errorf("not ignoring: %s, want killed by SIGINT", st.Macros())
		}
	}
}
