package tests

import (
	"encoding/json"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// jobs -v decodes what the kernel reported, with the W* macros.
func TestJobsVerbose(t *testing.T) {
	s := startJobsh(t)
	out := run(t, s, "sh -c 'exit 42'; jobs -v")
	if !regexp.MustCompile(`exited  status 0x2a00  WIFEXITED WEXITSTATUS=42`).MatchString(out) ||
		!regexp.MustCompile(`user \d+\.\d{3}s  sys \d+\.\d{3}s  maxrss (<=)?[1-9]\d* KiB`).MatchString(out) {
		t.Errorf("exit 42:\n%s", out)
	}
	out = run(t, s, "sh -c 'ulimit -c unlimited; kill -SEGV $$'; jobs -v")
	if !regexp.MustCompile(`killed  status 0x8?b  WIFSIGNALED WTERMSIG=11 \(SIGSEGV\)`).MatchString(out) {
		t.Errorf("SIGSEGV:\n%s", out)
	}
	if strings.Contains(out, "status 0x8b") != strings.Contains(out, "WCOREDUMP") {
		t.Errorf("the core bit and WCOREDUMP disagree:\n%s", out)
	}
	run(t, s, "sleep 100 &")
	run(t, s, "/bin/kill -STOP $!; sleep 0.2")
	out = run(t, s, "jobs -v %1")
	if !strings.Contains(out, "stopped  status 0x137f  WIFSTOPPED WSTOPSIG=19 (SIGSTOP)  sleep 100") {
		t.Errorf("stopped externally:\n%s", out)
	}
	run(t, s, "/bin/kill -CONT $!; sleep 0.2")
	out = run(t, s, "jobs -v %1")
	if !strings.Contains(out, "continued  status 0xffff  WIFCONTINUED  sleep 100") {
		t.Errorf("continued externally:\n%s", out)
	}
	run(t, s, "kill %1")
}

// jobs --json is the job table for programs.
func TestJobsJSON(t *testing.T) {
	s := startJobsh(t)
	run(t, s, "sleep 100 | cat &")
	s.SendLine("sleep 101")
	pressInJob(t, s, 1, 'Z')
	s.Expect(`Stopped`)
	s.Expect(`\$ `)
	out := run(t, s, "jobs --json")
	var table struct {
		Jobs []struct {
			ID        int    `json:"id"`
			Mark      string `json:"mark"`
			Pgid      int    `json:"pgid"`
			State     string `json:"state"`
			Command   string `json:"command"`
			Processes []struct {
				Pid    int     `json:"pid"`
				State  string  `json:"state"`
				Status *uint32 `json:"status"`
				Signal *string `json:"signal"`
				Rusage *struct {
					MaxRSS int64 `json:"max_rss_kib"`
				} `json:"rusage"`
			} `json:"processes"`
		} `json:"jobs"`
	}
	if err := json.Unmarshal([]byte(out), &table); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(table.Jobs) != 2 {
		t.Fatalf("%d jobs:\n%s", len(table.Jobs), out)
	}
	bg, stopped := table.Jobs[0], table.Jobs[1]
	if bg.ID != 1 || bg.Mark != "-" || bg.State != "running" || bg.Command != "sleep 100 | cat" || len(bg.Processes) != 2 || bg.Pgid != bg.Processes[0].Pid {
		t.Errorf("background job: %+v", bg)
	}
	p := stopped.Processes[0]
	if stopped.ID != 2 || stopped.Mark != "+" || stopped.State != "stopped" || p.State != "stopped" ||
		p.Status == nil || *p.Status != 0x147f || p.Signal == nil || *p.Signal != "SIGTSTP" || p.Rusage == nil {
		t.Errorf("stopped job: %+v, process %+v", stopped, p)
	}
	run(t, s, "kill %1 %2")
}

// time reports what the children used, in bash's format.
func TestTime(t *testing.T) {
	s := startJobsh(t)
	out := run(t, s, "time sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done'")
	m := regexp.MustCompile(`\nreal\t0m(\d+\.\d{3})s\nuser\t0m(\d+\.\d{3})s\nsys\t0m\d+\.\d{3}s\n`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("time output:\n%q", out)
	}
	if user, _ := strconv.ParseFloat(m[2], 64); user <= 0 {
		t.Errorf("a CPU-bound command used no user time: %q", out)
	}
	out = run(t, s, "time -p true")
	if !regexp.MustCompile(`real \d+\.\d\d\nuser \d+\.\d\d\nsys \d+\.\d\d\n`).MatchString(out) {
		t.Errorf("time -p:\n%q", out)
	}
	out = run(t, s, "TIMEFORMAT='%R %M KiB'; time sleep 0.1")
	if !regexp.MustCompile(`^0\.1\d\d [1-9]\d* KiB\n`).MatchString(out) {
		t.Errorf("TIMEFORMAT:\n%q", out)
	}
}

// waitpid waits for processes that are not the shell's children.
func TestWaitpidNonChild(t *testing.T) {
	other := exec.Command("sleep", "0.5")
	if err := other.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { other.Wait(); close(done) }()
	pid := strconv.Itoa(other.Process.Pid)
	s := startJobsh(t)
	if out := run(t, s, "waitpid -t 0.05 "+pid+"; echo $?"); out != "3\n" {
		t.Errorf("timeout: %q", out)
	}
	if out := run(t, s, "waitpid -v "+pid+"; echo $?"); out != "PID "+pid+" finished\n0\n" {
		t.Errorf("wait: %q", out)
	}
	<-done
	if out := run(t, s, "waitpid -e "+pid+"; echo $?"); out != "0\n" {
		t.Errorf("-e on an ended pid: %q", out)
	}
	if out := run(t, s, "waitpid "+pid+" 2>&1; echo $?"); !strings.Contains(out, "could not open pid "+pid+": No such process") || !strings.HasSuffix(out, "1\n") {
		t.Errorf("an ended pid: %q", out)
	}
	if out := run(t, s, "waitpid -c -1 1 2>&1; echo $?"); !strings.Contains(out, "invalid count") {
		t.Errorf("negative count: %q", out)
	}
	if out := run(t, s, "waitpid abc 2>&1; echo $?"); !strings.Contains(out, "invalid PID: abc") {
		t.Errorf("bad pid: %q", out)
	}
	out := run(t, s, "sleep 0.2 & sleep 5 & waitpid -c 1 $! $(jobs -p %1); echo $?; kill %2")
	if !strings.Contains(out, "\n0\n") {
		t.Errorf("-c 1: %q", out)
	}
}

// The job-control trace of a whole Ctrl-Z, bg, fg, Ctrl-C cycle, line by
// line, with the pids it names checked against each other.
func TestJobTrace(t *testing.T) {
	s := startJobsh(t)
	run(t, s, "set -o jobtrace")
	shell := strconv.Itoa(s.Cmd.Process.Pid)
	s.SendLine("sleep 100")
	m := s.Expect(`jobtrace: fork\(\) = (\d+)\r\n`)
	pid := m[1]
	s.Expect(`^jobtrace: setpgid\(` + pid + `, ` + pid + `\)\r\n`)
	tty := s.Expect(`^jobtrace: tcsetpgrp\((\d+), ` + pid + `\)\r\n`)[1]
	pressInJob(t, s, 1, 'Z')
	s.Expect(`jobtrace: wait4\(-` + pid + `, WUNTRACED\|WCONTINUED\) = ` + pid + ` stopped SIGTSTP \(0x147f\)\r\n`)
	s.Expect(`^jobtrace: tcgetattr\(` + tty + `\) saved the job's modes\r\n`)
	s.Expect(`^jobtrace: tcsetpgrp\(` + tty + `, ` + shell + `\)\r\n`)
	s.Expect(`^jobtrace: tcsetattr\(` + tty + `, TCSADRAIN\) restored the shell's modes\r\n`)
	s.Expect(`^\r\n\[1\]\+  Stopped                 sleep 100\r\n\$ `)
	s.SendLine("bg")
	s.Expect(`jobtrace: kill\(-` + pid + `, SIGCONT\)\r\n`)
	s.Expect(`^\[1\]\+ sleep 100 &\r\n`)
	s.Expect(`^jobtrace: wait4\(-` + pid + `, WNOHANG\|WUNTRACED\|WCONTINUED\) = ` + pid + ` continued \(0xffff\)\r\n`)
	s.Expect(`\$ `)
	s.SendLine("fg")
	s.Expect(`fg\r\nsleep 100\r\n`)
	s.Expect(`^jobtrace: tcsetattr\(` + tty + `, TCSADRAIN\) restored the job's modes\r\n`)
	s.Expect(`^jobtrace: tcsetpgrp\(` + tty + `, ` + pid + `\)\r\n`)
	pressInJob(t, s, 1, 'C')
	s.Expect(`jobtrace: wait4\(-` + pid + `, WUNTRACED\|WCONTINUED\) = ` + pid + ` killed SIGINT \(0x2\)\r\n`)
	s.Expect(`^jobtrace: tcsetpgrp\(` + tty + `, ` + shell + `\)\r\n`)
	s.Expect(`^jobtrace: tcsetattr\(` + tty + `, TCSADRAIN\) restored the shell's modes\r\n`)
	if syscall.Kill(mustInt(pid), 0) == nil {
		time.Sleep(100 * time.Millisecond)
		if alive(mustInt(pid)) {
			t.Error("the job survived Ctrl-C")
		}
	}
}

func mustInt(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// time's %M is the timed program's own peak memory, as GNU time (which
// forks from a small image) reports it, not the shell's: for /bin/true
// and for a tail that holds 100 MB; so is what jobs -v shows of any job in
// an interactive shell. A timed job still stops, resumes and ends from
// the keyboard.
func TestTimeMaxRSS(t *testing.T) {
	if _, err := exec.LookPath("/usr/bin/time"); err != nil {
		t.Skip("no /usr/bin/time (Debian package time)")
	}
	s := startJobsh(t)
	run(t, s, "TIMEFORMAT=%M")
	// A small program's peak varies by a tenth from run to run (how many
	// pages fault-around maps): the median of five runs each.
	kib := func(line string) float64 {
		t.Helper()
		out := run(t, s, "for i in 1 2 3 4 5; do "+line+"; done")
		var xs []float64
		for _, f := range strings.Fields(out) {
			n, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatalf("%s: %q", line, out)
			}
			xs = append(xs, n)
		}
		if len(xs) != 5 {
			t.Fatalf("%s: %q", line, out)
		}
		sort.Float64s(xs)
		return xs[2]
	}
	const big = "head -c 100000000 /dev/zero | "
	for _, c := range [][2]string{
		{"time /bin/true", "/usr/bin/time -f %M /bin/true"},
		{"time " + big + "tail -c 100000000 >/dev/null", big + "/usr/bin/time -f %M tail -c 100000000 >/dev/null"},
	} {
		got, want := kib(c[0]), kib(c[1])
		if got < 0.9*want || got > 1.1*want {
			t.Errorf("%s: %.0f KiB; GNU time: %.0f KiB", c[0], got, want)
		}
	}
	// In an interactive shell every job's figure is its own: jobs -v
	// agrees with GNU time (background jobs: jobs/ownrss_test.go).
	maxrss := regexp.MustCompile(`maxrss ([1-9]\d*) KiB`)
	jobsKiB := func(line string) float64 {
		t.Helper()
		var xs []float64
		for i := 0; i < 5; i++ {
			out := run(t, s, line+"; jobs -v")
			// The last process's, which a pipeline's last line shows.
			all := maxrss.FindAllStringSubmatch(out, -1)
			if all == nil {
				t.Fatalf("%s: no own maxrss in %q", line, out)
			}
			n, _ := strconv.ParseFloat(all[len(all)-1][1], 64)
			xs = append(xs, n)
		}
		sort.Float64s(xs)
		return xs[2]
	}
	for _, c := range [][2]string{
		{"/bin/true", "/usr/bin/time -f %M /bin/true"},
		{big + "tail -c 100000000 >/dev/null", big + "/usr/bin/time -f %M tail -c 100000000 >/dev/null"},
	} {
		got, want := jobsKiB(c[0]), kib(c[1])
		if got < 0.9*want || got > 1.1*want {
			t.Errorf("%s; jobs -v: %.0f KiB; GNU time: %.0f KiB", c[0], got, want)
		}
	}
	// A script without job control starts its programs directly (no
	// trampoline, which costs a small exec each): jobs -v marks a figure
	// that may be the shell's. With set -m it gives the program's own.
	out, _ := exec.Command(jobshBin, "-c", "/bin/true; jobs -v").CombinedOutput()
	if !regexp.MustCompile(`maxrss <=[1-9]\d* KiB`).Match(out) {
		t.Errorf("in a script: %s", out)
	}
	out, _ = exec.Command(jobshBin, "-c", "set -m; /bin/true; jobs -v").CombinedOutput()
	if !regexp.MustCompile(`maxrss [1-9]\d* KiB`).Match(out) {
		t.Errorf("in a script with set -m: %s", out)
	}
	for _, c := range []struct {
		line    string
		members int
	}{{"time sleep 100", 1}, {"time sleep 100 | cat", 2}} {
		s.SendLine(c.line)
		pressInJob(t, s, c.members, 'Z')
		s.Expect(`Stopped +` + regexp.QuoteMeta(strings.TrimPrefix(c.line, "time ")))
		s.Expect(`\$ `)
		s.SendLine("fg")
		pressInJob(t, s, c.members, 'C')
		s.Expect(`\$ `)
		if out := run(t, s, "jobs"); out != "" {
			t.Errorf("%s: jobs left: %q", c.line, out)
		}
	}
}
