package tests

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"

	"golang.org/x/sys/unix"
)

// A session file is a transcript of an interactive session:
//
//	# comment; "# jobsh-only: why" keeps bash from running it
//	$ sleep 100        wait for the prompt "$ ", then type the line
//	^Z                 wait until a job has the terminal, then press Ctrl-Z
//	!^C                press Ctrl-C without waiting (at the prompt)
//	[1]+  Stopped                 sleep 100
//	                   any other line must come next in the output, whole;
//	                   {pid} and {n} stand for numbers, {*} for anything
//	~ regexp           output must next match the regexp
//	+ line             type the line without waiting for a prompt
//	& line             the line must come after the start of the step before,
//	                   but not necessarily before the next steps (a job notification, which bash prints
//	                   at a different moment with and without line editing)
//	!exit N            the shell must exit with status N
//
// Each file runs on jobsh and, unless it says jobsh-only, on bash, and both
// must produce the lines it lists.
func TestSessions(t *testing.T) {
	files, _ := filepath.Glob("testdata/sessions/*.txt")
	if len(files) == 0 {
		t.Fatal("no session files")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		steps, jobshOnly := readSession(t, file)
		t.Run(name+"/jobsh", func(t *testing.T) {
			t.Parallel()
			runSession(t, steps, jobshBin, "--norc", "--no-edit", "-i")
		})
		if bashBin != "" && !jobshOnly {
			t.Run(name+"/bash", func(t *testing.T) {
				t.Parallel()
				runSession(t, steps, bashBin, "--norc", "--noprofile", "--noediting", "-i")
			})
		}
	}
}

func readSession(t *testing.T, file string) ([]string, bool) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var steps []string
	only := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# jobsh-only") {
			only = true
		}
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		steps = append(steps, line)
	}
	return steps, only
}

func runSession(t *testing.T, steps []string, argv ...string) {
	home := t.TempDir()
	env := append(baseEnv(home), "SHELL_UNDER_TEST="+filepath.Base(argv[0]))
	s := term.Start(t, env, argv...)
	s.OnFail = psListing
	type pending struct {
		from int
		line string
	}
	var later []pending
	defer func() {
		for _, p := range later {
			re := regexp.MustCompile(`(?m)^` + term.Literal(p.line) + `\r?$`)
			if !s.Appears(re, p.from, 5*time.Second) {
				t.Errorf("line never came: %q\nall output:\n%s", p.line, s.Output())
			}
		}
	}()
	stepStart := 0
	members := 1 // processes in the pipeline typed last
	for i, step := range steps {
		if !strings.HasPrefix(step, "& ") {
			stepStart = len(s.Output()) - len(s.Unconsumed())
		}
		switch {
		case strings.HasPrefix(step, "$ "):
			members = strings.Count(step, " | ") + 1
			s.Expect(`\$ `)
			s.SendLine(step[2:])
			// Consume the echo of what was typed.
			s.Expect(term.Literal(step[2:]) + `\r?\n`)
		case strings.HasPrefix(step, "!exit "):
			st, err := s.Wait(10 * time.Second)
			if err != nil {
				t.Fatalf("step %d: %v", i+1, err)
			}
			if want := strings.TrimPrefix(step, "!exit "); !st.Exited() || strconv.Itoa(st.ExitStatus()) != want {
				t.Fatalf("step %d: shell ended with %v, want exit %s", i+1, st, want)
			}
		case strings.HasPrefix(step, "!^"):
			s.Key(step[2])
		case strings.HasPrefix(step, "^") && len(step) == 2:
			pressInJob(t, s, members, step[1])
		case strings.HasPrefix(step, "~ "):
			s.Expect(step[2:])
		case strings.HasPrefix(step, "+ "):
			s.SendLine(step[2:])
			s.Expect(term.Literal(step[2:]) + `\r?\n`)
		case strings.HasPrefix(step, "& "):
			later = append(later, pending{stepStart, step[2:]})
		default:
			s.Expect(`(?m)^` + term.Literal(step) + `\r?$`)
		}
	}
}

// pressInJob presses Ctrl-key once the foreground job can take the
// signal it sends (Ctrl-Z SIGTSTP, Ctrl-C SIGINT, Ctrl-\ SIGQUIT).
func pressInJob(t *testing.T, s *term.Session, members int, key byte) {
	t.Helper()
	sig := map[byte]unix.Signal{'Z': unix.SIGTSTP, 'C': unix.SIGINT, '\\': unix.SIGQUIT}[key]
	if sig == 0 {
		t.Fatalf("no signal for Ctrl-%c", key)
	}
	waitForegroundJob(t, s, members, sig)
	s.Key(key)
}

// waitForegroundJob waits until a job, not the shell, is the terminal's
// foreground process group, with at least members processes of the shell
// in it that sig, sent by a key now, would reach as it reaches them in a
// calm moment. The kernel tells, in /proc, so the wait needs no guess of
// how long a fork takes on a loaded machine.
func waitForegroundJob(t *testing.T, s *term.Session, members int, sig unix.Signal) {
	t.Helper()
	shell := s.Cmd.Process.Pid
	shellCmd, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", shell))
	deadline := time.Now().Add(term.Timeout)
	for time.Now().Before(deadline) {
		pg, err := unix.IoctlGetInt(int(s.Pty.Fd()), unix.TIOCGPGRP)
		if err == nil && pg != shell && pg > 0 && keyReady(shell, pg, shellCmd, sig) >= members {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("no job took the terminal; output:\n%s", s.Output())
}

// keyReady counts the members of group pg, the shell's children, that
// are ready for sig:
//   - a member that ignores sig is not (a shell's fresh fork ignores
//     SIGTSTP, as the shell does, until it resets its signals);
//   - a member that exec'd a program is;
//   - a member still running the shell's program is only if it has
//     reset sig and has started a child of its own: a subshell running a
//     loop, as bash forks one. Without a child it may be a fork on its way
//     to exec, which a key would stop there (and bash would report the job
//     oddly). So a session may press a key in a loop only once the loop
//     runs a program.
//
// (The members' own children don't count: a loop's first command may run
// before the shell has started the pipeline's next member.)
func keyReady(shell, pg int, shellCmd []byte, sig unix.Signal) int {
	bit := uint64(1) << (sig - 1)
	procs := term.Procs()
	hasChild := map[int]bool{}
	for _, p := range procs {
		hasChild[p.PPid] = true
	}
	n := 0
	for _, p := range procs {
		if p.Pgrp != pg || p.PPid != shell {
			continue
		}
		ignored, caught, ok := term.SignalMasks(p.Pid)
		if !ok || ignored&bit != 0 {
			continue
		}
		cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p.Pid))
		if err != nil {
			continue
		}
		if bytes.Equal(cmd, shellCmd) && (caught&bit != 0 || !hasChild[p.Pid]) {
			continue
		}
		n++
	}
	return n
}

// psListing is the process tree, for the report of a failed expectation.
func psListing() string {
	out, _ := exec.Command("ps", "-eo", "pid,ppid,pgid,stat,wchan:32,args", "--forest").Output()
	return string(out)
}
