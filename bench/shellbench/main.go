// Command shellbench runs the same work on jobsh, bash and dash,
// interleaved, for several rounds, and prints the medians, the jobsh/bash
// ratios and whether each target of the performance issue is met.
//
// Shells are interleaved within each round (jobsh, bash, dash, jobsh, ...)
// so that a burst of load on a shared machine hits all of them alike;
// medians over the rounds absorb the rest. bench/run is the way to start
// it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// A workload is measured once per shell per round. It returns the time
// (or, for memory, KiB as a duration's nanoseconds) and an error if the
// shell did not do the work right.
type workload struct {
	name   string
	target string  // as the issue states it
	limit  float64 // jobsh/bash must be at most this (0: report only)
	unit   string  // "ms" or "KiB"
	run    func(sh shell) (float64, error)
}

type shell struct {
	name string
	argv []string // how to start it on a script: argv + [file]
	ia   []string // how to start it interactively
}

var (
	rounds  = flag.Int("rounds", 5, "rounds of every workload")
	only    = flag.String("only", "", "comma-separated workload names to run (default all)")
	jobsh   = flag.String("jobsh", "", "jobsh binary (default: build ./cmd/jobsh)")
	bulk    = flag.String("bulk", "2G", "size for the bulk pipe workload (head -c)")
	tmp     string
	results = map[string]map[string][]float64{}
)

func main() {
	flag.Parse()
	var err error
	if tmp, err = os.MkdirTemp("", "shellbench"); err != nil {
		fatal(err)
	}
	defer os.RemoveAll(tmp)
	bin := *jobsh
	if bin == "" {
		bin = filepath.Join(tmp, "jobsh")
		build := exec.Command("go", "build", "-o", bin, "./cmd/jobsh")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fatal(fmt.Errorf("building jobsh: %v", err))
		}
	}
	shells := []shell{
		{"jobsh", []string{bin}, []string{bin, "--norc", "--no-edit", "-i"}},
		{"bash", []string{"bash", "--norc", "--noprofile"}, []string{"bash", "--norc", "--noprofile", "-i"}},
		{"dash", []string{"dash"}, []string{"dash", "-i"}},
	}
	for _, s := range shells[1:] {
		if _, err := exec.LookPath(s.argv[0]); err != nil {
			fatal(fmt.Errorf("%s is not installed (bench/run installs it)", s.name))
		}
	}
	selected := map[string]bool{}
	for _, n := range strings.Split(*only, ",") {
		if n != "" {
			selected[n] = true
		}
	}
	fmt.Printf("shellbench: %d rounds, shells interleaved; %s\n\n", *rounds, machine())
	for _, w := range workloads() {
		if len(selected) > 0 && !selected[w.name] {
			continue
		}
		results[w.name] = map[string][]float64{}
		for r := 0; r < *rounds; r++ {
			for _, s := range shells {
				v, err := w.run(s)
				if err != nil {
					fatal(fmt.Errorf("%s on %s: %v", w.name, s.name, err))
				}
				results[w.name][s.name] = append(results[w.name][s.name], v)
			}
		}
		report(w)
	}
}

func report(w workload) {
	med := func(sh string) float64 { return median(results[w.name][sh]) }
	j, b, d := med("jobsh"), med("bash"), med("dash")
	ratio := j / b
	verdict := ""
	if w.limit > 0 {
		verdict = "met"
		if ratio > w.limit {
			verdict = fmt.Sprintf("MISSED by %.0f%%", (ratio/w.limit-1)*100)
		}
	}
	fmt.Printf("%-10s bash %9.1f %s  dash %9.1f %s  jobsh %9.1f %s  jobsh/bash %5.2f  target %-14s %s\n",
		w.name, b, w.unit, d, w.unit, j, w.unit, ratio, w.target, verdict)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func workloads() []workload {
	seqTrue := script("seq1000", strings.Repeat("/bin/true\n", 1000))
	pipes := script("pipe200", strings.Repeat("/bin/true | /bin/true | /bin/true | /bin/true\n", 200))
	bg200 := script("bg200", "i=0\nwhile [ $i -lt 200 ]; do sleep 0.01 & i=$((i+1)); done\nwait\n")
	bg2000 := script("bg2000", "i=0\nwhile [ $i -lt 2000 ]; do /bin/true & i=$((i+1)); done\nwait\n"+
		"ps -o stat= --ppid $$ | grep -c '^Z' || :\n")
	subst := script("subst1000", "i=0\nwhile [ $i -lt 1000 ]; do x=$(echo $i); i=$((i+1)); done\necho $x\n")
	bulkPipe := script("bulk", "head -c "+*bulk+" /dev/zero | cat | cat | wc -c\n")
	return []workload{
		{"startup", "<= 1.2 x bash", 1.2, "ms", func(s shell) (float64, error) {
			// Twenty starts a sample: one is too short to time well.
			start := time.Now()
			for i := 0; i < 20; i++ {
				if _, err := run(s, "", "-c", "true"); err != nil {
					return 0, err
				}
			}
			return ms(time.Since(start)) / 20, nil
		}},
		{"seq1000", "<= 0.65 x bash", 0.65, "ms", timed(seqTrue, "")},
		{"pipe200", "<= 0.65 x bash", 0.65, "ms", timed(pipes, "")},
		{"bulk", "= bash", 1.15, "ms", timed(bulkPipe, func() string {
			n, _ := sizeOf(*bulk)
			return strconv.FormatInt(n, 10) + "\n"
		}())},
		{"bg200", "<= 0.65 x bash", 0.65, "ms", timed(bg200, "")},
		{"bg2000", "<= 0.6 x bash", 0.6, "ms", timed(bg2000, "0\n")},
		{"subst1000", "<= 0.1 x bash", 0.1, "ms", timed(subst, "999\n")},
		{"pty-run", "<= 0.3 x bash", 0.3, "ms", ptyStep("run")},
		{"pty-ctrlz", "<= 1.0 x bash", 1.0, "ms", ptyStep("ctrlz")},
		{"pty-bg", "<= 1.0 x bash", 1.0, "ms", ptyStep("bg")},
		{"pty-fg", "<= 1.0 x bash", 1.0, "ms", ptyStep("fg")},
		{"pty-ctrlc", "<= 1.0 x bash", 1.0, "ms", ptyStep("ctrlc")},
		{"idle-rss", "<= 2 x bash", 2, "KiB", idleRSS},
	}
}

func sizeOf(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, strings.TrimSuffix(s, "G")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

func script(name, body string) string {
	p := filepath.Join(tmp, name+".sh")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		fatal(err)
	}
	return p
}

// timed runs a script file and checks its output when want is not empty.
func timed(file, want string) func(shell) (float64, error) {
	return func(s shell) (float64, error) {
		start := time.Now()
		out, err := run(s, "", file)
		d := time.Since(start)
		if err != nil {
			return 0, err
		}
		if want != "" && strings.TrimLeft(out, " ") != want {
			return 0, fmt.Errorf("output %q, want %q", out, want)
		}
		return ms(d), nil
	}
}

func run(s shell, stdin string, args ...string) (string, error) {
	cmd := exec.Command(s.argv[0], append(s.argv[1:], args...)...)
	cmd.Dir = tmp
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%v: %s", err, errb.String())
	}
	return out.String(), nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// ---- interactive, in a pty ----

// ptySession is an interactive shell in a pty, with its output gathered.
type ptySession struct {
	cmd *exec.Cmd
	f   *os.File
	out chan []byte
	buf []byte
}

func startInteractive(s shell) (*ptySession, error) {
	cmd := exec.Command(s.ia[0], s.ia[1:]...)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "PS1=$ ", "TERM=dumb", "HISTFILE=/dev/null", "ENV=")
	f, err := pty.Start(cmd)
	if err != nil {
		return nil, err
	}
	p := &ptySession{cmd: cmd, f: f, out: make(chan []byte, 64)}
	go func() {
		for {
			b := make([]byte, 4096)
			n, err := f.Read(b)
			if n > 0 {
				p.out <- b[:n]
			}
			if err != nil {
				close(p.out)
				return
			}
		}
	}()
	if err := p.waitFor(func() bool { return bytes.HasSuffix(p.buf, []byte("$ ")) }); err != nil {
		p.close()
		return nil, fmt.Errorf("no first prompt: %v", err)
	}
	return p, nil
}

// waitFor reads output until ok says so; it polls ok also when no output
// comes, for conditions on the terminal rather than on the output.
func (p *ptySession) waitFor(ok func() bool) error {
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		select {
		case b, more := <-p.out:
			if !more {
				return fmt.Errorf("shell ended; output %q", p.buf)
			}
			p.buf = append(p.buf, b...)
		case <-time.After(50 * time.Microsecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out; output %q", p.buf)
		}
	}
	return nil
}

func (p *ptySession) send(s string) {
	p.buf = p.buf[:0]
	p.f.Write([]byte(s))
}

// foregroundIsSleep: the terminal's foreground group is a process that
// has exec'd sleep, so the job is really running.
func (p *ptySession) foregroundIsSleep() bool {
	pg, err := unix.IoctlGetInt(int(p.f.Fd()), unix.TIOCGPGRP)
	if err != nil || pg == p.cmd.Process.Pid {
		return false
	}
	comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pg))
	return string(comm) == "sleep\n"
}

func (p *ptySession) promptAfter(word string) func() bool {
	return func() bool {
		i := bytes.Index(p.buf, []byte(word))
		return i >= 0 && bytes.HasSuffix(p.buf[i:], []byte("$ "))
	}
}

func (p *ptySession) close() {
	syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	p.cmd.Process.Kill()
	p.f.Close()
	p.cmd.Wait()
}

// ptyStep measures one step of the Enter, Ctrl-Z, bg, fg, Ctrl-C cycle,
// ten cycles a sample, and returns the median step time.
func ptyStep(step string) func(shell) (float64, error) {
	return func(s shell) (float64, error) {
		p, err := startInteractive(s)
		if err != nil {
			return 0, err
		}
		defer p.close()
		var times []float64
		for i := 0; i < 10; i++ {
			measure := func(name, keys string, done func() bool) error {
				start := time.Now()
				p.send(keys)
				if err := p.waitFor(done); err != nil {
					return fmt.Errorf("%s: %v", name, err)
				}
				if name == step {
					times = append(times, ms(time.Since(start)))
				}
				return nil
			}
			if err := measure("run", "sleep 100\n", p.foregroundIsSleep); err != nil {
				return 0, err
			}
			if err := measure("ctrlz", "\x1a", p.promptAfter("Stopped")); err != nil {
				return 0, err
			}
			if err := measure("bg", "bg\n", p.promptAfter("sleep 100")); err != nil {
				return 0, err
			}
			if err := measure("fg", "fg\n", p.foregroundIsSleep); err != nil {
				return 0, err
			}
			if err := measure("ctrlc", "\x03", func() bool { return bytes.HasSuffix(p.buf, []byte("$ ")) }); err != nil {
				return 0, err
			}
		}
		return median(times), nil
	}
}

// idleRSS is the resident set of an interactive shell waiting at its
// prompt, in KiB.
func idleRSS(s shell) (float64, error) {
	p, err := startInteractive(s)
	if err != nil {
		return 0, err
	}
	defer p.close()
	time.Sleep(300 * time.Millisecond)
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			return strconv.ParseFloat(f[1], 64)
		}
	}
	return 0, fmt.Errorf("no VmRSS")
}

func machine() string {
	var u unix.Utsname
	unix.Uname(&u)
	cpus := 0
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		cpus = strings.Count(string(data), "processor\t:")
	}
	return fmt.Sprintf("%s %s, %d CPUs, %s", unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]), cpus, time.Now().Format("2006-01-02"))
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "shellbench:", err)
	os.Exit(1)
}
