// Command shellbench runs the same work on jobsh, bash, dash and the C
// limit (bench/climit.c, where it can run the work), interleaved, for
// several rounds, and prints the medians, jobsh's ratios to each and
// whether each target of the performance issue is met; at the end, the
// same as a markdown table for the README.
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
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// A workload is measured once per shell per round. It returns the time
// (or another unit's figure) and an error if the shell did not do the work
// right.
type workload struct {
	name    string
	unit    string   // "ms", "KiB", "threads", "calls"
	targets []target // as the performance issue states them; none: report only
	// limit: the C limit can run it (plain pipelines of programs only).
	limit bool
	run   func(sh shell) (float64, error)
}

// skip names, for a workload, the shells that lack what it needs.
var skip = map[string][]string{"ia-history": {"dash"}}

// A target is jobsh/ref <= ratio, ref a shell's name.
type target struct {
	ref   string
	ratio float64
}

func (t target) String() string {
	if t.ratio == 1 {
		return "<= " + t.ref
	}
	return fmt.Sprintf("<= %g x %s", t.ratio, t.ref)
}

type shell struct {
	name string
	argv []string // how to start it on a script: argv + [file]
	ia   []string // how to start it interactively
	// flat is the C limit, which has no shell language: loops are
	// written out for it (script's flat version).
	flat bool
}

var (
	rounds  = flag.Int("rounds", 5, "rounds of every workload")
	only    = flag.String("only", "", "comma-separated workload names to run (default all)")
	jobsh   = flag.String("jobsh", "", "jobsh binary (default: build ./cmd/jobsh)")
	climit  = flag.String("climit", "", "the C limit shell (bench/climit.c built; bench/run builds it)")
	bulk    = flag.String("bulk", "2G", "size for the bulk pipe workload (head -c)")
	mdTable = flag.Bool("markdown", true, "print a markdown table of the medians at the end")
	tmp     string
	results = map[string]map[string][]float64{}
	order   []workload
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
		{name: "jobsh", argv: []string{bin}, ia: []string{bin, "--norc", "--no-edit", "-i"}},
		{name: "bash", argv: []string{"bash", "--norc", "--noprofile"}, ia: []string{"bash", "--norc", "--noprofile", "-i"}},
		{name: "dash", argv: []string{"dash"}, ia: []string{"dash", "-i"}},
	}
	for _, s := range shells[1:] {
		if _, err := exec.LookPath(s.argv[0]); err != nil {
			fatal(fmt.Errorf("%s is not installed (bench/run installs it)", s.name))
		}
	}
	if *climit != "" {
		shells = append(shells, shell{name: "C", argv: []string{*climit}, ia: []string{*climit, "-i"}, flat: true})
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
				if s.flat && !w.limit || slices.Contains(skip[w.name], s.name) {
					continue
				}
				v, err := w.run(s)
				if err != nil {
					fatal(fmt.Errorf("%s on %s: %v", w.name, s.name, err))
				}
				results[w.name][s.name] = append(results[w.name][s.name], v)
			}
		}
		order = append(order, w)
		report(w)
	}
	if *mdTable {
		markdown()
	}
}

// med is the median of a shell's samples, 0 when it did not run.
func med(w workload, sh string) float64 { return median(results[w.name][sh]) }

func report(w workload) {
	fmt.Printf("%-10s", w.name)
	for _, sh := range []string{"bash", "dash", "C", "jobsh"} {
		if v := med(w, sh); v > 0 || sh == "jobsh" {
			fmt.Printf("  %s %8.2f", sh, v)
		} else {
			fmt.Printf("  %s %8s", sh, "-")
		}
	}
	fmt.Printf(" %s", w.unit)
	j := med(w, "jobsh")
	for _, ref := range []string{"bash", "dash", "C"} {
		if r := med(w, ref); r > 0 {
			fmt.Printf("  /%s %.2f", ref, j/r)
		}
	}
	for _, t := range w.targets {
		fmt.Printf("  [%s: %s]", t, verdict(w, t))
	}
	fmt.Println()
}

// verdict says whether jobsh meets a target, and by how much it misses.
func verdict(w workload, t target) string {
	r := med(w, t.ref)
	if r == 0 {
		return "no " + t.ref
	}
	ratio := med(w, "jobsh") / r
	if ratio <= t.ratio {
		return "met"
	}
	return fmt.Sprintf("MISSED by %.0f%%", (ratio/t.ratio-1)*100)
}

// markdown prints the medians as the README's table.
func markdown() {
	fmt.Println("\n| workload | bash | dash | C limit | jobsh | jobsh/bash | jobsh/dash | jobsh/C | targets |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
	cell := func(v float64, unit string) string {
		if v == 0 {
			return "—"
		}
		switch unit {
		case "ms":
			if v < 10 {
				return fmt.Sprintf("%.2f ms", v)
			}
			return fmt.Sprintf("%.0f ms", v)
		case "KiB":
			return fmt.Sprintf("%.0f KiB", v)
		}
		return fmt.Sprintf("%.0f", v)
	}
	ratio := func(w workload, ref string) string {
		if r := med(w, ref); r > 0 {
			return fmt.Sprintf("%.2f", med(w, "jobsh")/r)
		}
		return "—"
	}
	for _, w := range order {
		var ts []string
		for _, t := range w.targets {
			ts = append(ts, t.String()+": "+verdict(w, t))
		}
		fmt.Printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w.name,
			cell(med(w, "bash"), w.unit), cell(med(w, "dash"), w.unit), cell(med(w, "C"), w.unit),
			cell(med(w, "jobsh"), w.unit), ratio(w, "bash"), ratio(w, "dash"), ratio(w, "C"), strings.Join(ts, "; "))
	}
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
	bg200 := flatScript("bg200", "i=0\nwhile [ $i -lt 200 ]; do sleep 0.01 & i=$((i+1)); done\nwait\n",
		strings.Repeat("sleep 0.01 &\n", 200)+"wait\n")
	bg2000 := flatScript("bg2000", "i=0\nwhile [ $i -lt 2000 ]; do /bin/true & i=$((i+1)); done\nwait\n"+
		"ps -o stat= --ppid $$ | grep -c '^Z' || :\n", strings.Repeat("/bin/true &\n", 2000)+"wait\n")
	subst := script("subst1000", "i=0\nwhile [ $i -lt 1000 ]; do x=$(echo $i); i=$((i+1)); done\necho $x\n")
	bulkPipe := script("bulk", "head -c "+*bulk+" /dev/zero | cat | cat | wc -c\n")
	n, _ := sizeOf(*bulk)
	atDash := []target{{"dash", 1}, {"C", 1.1}}
	return []workload{
		{"startup", "ms", []target{{"bash", 1}}, true, func(s shell) (float64, error) {
			// Twenty starts a sample: one is too short to time well.
			start := time.Now()
			for i := 0; i < 20; i++ {
				if _, err := run(s, "", "-c", "true"); err != nil {
					return 0, err
				}
			}
			return ms(time.Since(start)) / 20, nil
		}},
		{"seq1000", "ms", atDash, true, timed(seqTrue, "")},
		{"pipe200", "ms", atDash, true, timed(pipes, "")},
		{"bulk", "ms", []target{{"bash", 1.15}}, true, timed(bulkPipe, strconv.FormatInt(n, 10)+"\n")},
		{"bg200", "ms", atDash, true, timed(bg200, "")},
		{"bg2000", "ms", atDash, true, timed(bg2000, "0\n")},
		{"subst1000", "ms", []target{{"bash", 0.1}}, false, timed(subst, "999\n")},
		{"pty-run", "ms", atDash, true, ptyStep("run")},
		{"pty-ctrlz", "ms", atDash, true, ptyStep("ctrlz")},
		{"pty-bg", "ms", atDash, true, ptyStep("bg")},
		{"pty-fg", "ms", atDash, true, ptyStep("fg")},
		{"pty-ctrlc", "ms", atDash, true, ptyStep("ctrlc")},
		{"prompt", "ms", nil, true, promptLatency},
		{"ia-echo", "ms", []target{{"bash", 1}}, false, typed("", func(i int) (string, string) {
			return fmt.Sprintf("echo %d | cat\n", i), fmt.Sprintf("\n%d\r\n", i)
		})},
		{"ia-func", "ms", []target{{"bash", 1}}, false, typed("f() { echo x$1; }\n", func(i int) (string, string) {
			return fmt.Sprintf("f %d | cat\n", i), fmt.Sprintf("\nx%d\r\n", i)
		})},
		{"ia-history", "ms", []target{{"bash", 1}}, false, typed("", func(i int) (string, string) {
			return fmt.Sprintf("history | tail -n 1 # %d\n", i), fmt.Sprintf("# %d\r\n", i)
		})},
		{"idle-rss", "KiB", []target{{"bash", 1}}, true, idleStatus("VmRSS:")},
		{"threads", "threads", nil, true, idleStatus("Threads:")},
		{"syscalls", "calls", nil, true, syscallsPerSpawn},
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

// flatScript is a script with a written-out version for the C limit.
func flatScript(name, body, flat string) string {
	p := script(name, body)
	script(name+".flat", flat)
	return p
}

// timed runs a script file and checks its output when want is not empty
// (not for the C limit, which runs the flat version when there is one).
func timed(file, want string) func(shell) (float64, error) {
	return func(s shell) (float64, error) {
		f, w := file, want
		if flat := strings.TrimSuffix(file, ".sh") + ".flat.sh"; s.flat && exists(flat) {
			f, w = flat, ""
		}
		start := time.Now()
		out, err := run(s, "", f)
		d := time.Since(start)
		if err != nil {
			return 0, err
		}
		if w != "" && strings.TrimLeft(out, " ") != w {
			return 0, fmt.Errorf("output %q, want %q", out, w)
		}
		return ms(d), nil
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
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

// idleStatus is a field of /proc/PID/status (VmRSS in KiB, Threads) of
// an interactive shell waiting at its prompt.
func idleStatus(field string) func(shell) (float64, error) {
	return func(s shell) (float64, error) {
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
			if f := strings.Fields(l); len(f) >= 2 && f[0] == field {
				return strconv.ParseFloat(f[1], 64)
			}
		}
		return 0, fmt.Errorf("no %s in /proc/PID/status", field)
	}
}

// promptLatency is Enter on an empty line to the next prompt, the median
// of 50.
func promptLatency(s shell) (float64, error) {
	p, err := startInteractive(s)
	if err != nil {
		return 0, err
	}
	defer p.close()
	var times []float64
	for i := 0; i < 50; i++ {
		start := time.Now()
		p.send("\n")
		if err := p.waitFor(func() bool { return bytes.HasSuffix(p.buf, []byte("\n$ ")) }); err != nil {
			return 0, err
		}
		times = append(times, ms(time.Since(start)))
	}
	return median(times), nil
}

// typed is 200 command lines typed at an interactive prompt, each after
// the previous one's prompt: line(i) gives the line and the output that
// shows it ran. setup is typed first, untimed.
func typed(setup string, line func(int) (string, string)) func(shell) (float64, error) {
	return func(s shell) (float64, error) {
		p, err := startInteractive(s)
		if err != nil {
			return 0, err
		}
		defer p.close()
		if setup != "" {
			p.send(setup)
			if err := p.waitFor(func() bool { return bytes.HasSuffix(p.buf, []byte("\n$ ")) }); err != nil {
				return 0, err
			}
		}
		start := time.Now()
		for i := 0; i < 200; i++ {
			keys, out := line(i)
			p.send(keys)
			if err := p.waitFor(p.promptAfter(out)); err != nil {
				return 0, fmt.Errorf("%q: %v", keys, err)
			}
		}
		return ms(time.Since(start)), nil
	}
}

// syscallsPerSpawn counts the system calls (strace -f -c: the shell's
// threads and children, the programs' own included) of a script of 200
// /bin/true, less those of an empty script, per /bin/true.
func syscallsPerSpawn(s shell) (float64, error) {
	if _, err := exec.LookPath("strace"); err != nil {
		return 0, fmt.Errorf("strace is not installed (bench/run installs it, or -only without syscalls)")
	}
	count := func(file string) (float64, error) {
		out := filepath.Join(tmp, "strace.out")
		args := append([]string{"-f", "-c", "-o", out}, s.argv...)
		cmd := exec.Command("strace", append(args, file)...)
		cmd.Dir = tmp
		if msg, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("strace: %v: %s", err, msg)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			return 0, err
		}
		for _, l := range strings.Split(string(data), "\n") {
			if f := strings.Fields(l); len(f) >= 4 && f[len(f)-1] == "total" {
				return strconv.ParseFloat(f[3], 64)
			}
		}
		return 0, fmt.Errorf("no total in strace -c output:\n%s", data)
	}
	many, err := count(script("true200", strings.Repeat("/bin/true\n", 200)))
	if err != nil {
		return 0, err
	}
	none, err := count(script("empty", "\n"))
	if err != nil {
		return 0, err
	}
	return (many - none) / 200, nil
}

// machine describes where the figures come from: the date, the kernel,
// the CPUs and their model.
func machine() string {
	var u unix.Utsname
	unix.Uname(&u)
	cpus, model := 0, "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "processor\t:") {
				cpus++
			}
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
			}
		}
	}
	return fmt.Sprintf("%s, %s %s, %d CPUs (%s), Go %s", time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]), cpus, model, runtime.Version())
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "shellbench:", err)
	os.Exit(1)
}
