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
			waitForegroundJob(t, s, members)
			s.Key(step[1])
		case strings.HasPrefix(step, "~ "):
			s.Expect(step[2:])
		case strings.HasPrefix(step, "& "):
			later = append(later, pending{stepStart, step[2:]})
		default:
			s.Expect(`(?m)^` + term.Literal(step) + `\r?$`)
		}
	}
}

// waitForegroundJob waits until a job, not the shell, is the terminal's
// foreground process group, with all its members in it, and its leader
// runs its own program, so that a key sent now reaches the whole job and
// not a process still between fork and exec.
func waitForegroundJob(t *testing.T, s *term.Session, members int) {
	t.Helper()
	shell := s.Cmd.Process.Pid
	shellCmd, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", shell))
	deadline := time.Now().Add(term.Timeout)
	seen, since := 0, time.Time{}
	for time.Now().Before(deadline) {
		pg, err := unix.IoctlGetInt(int(s.Pty.Fd()), unix.TIOCGPGRP)
		if err == nil && pg != shell && pg > 0 {
			cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pg))
			if err == nil && !bytes.Equal(cmd, shellCmd) && groupExeced(pg, shellCmd) >= members {
				return
			}
			// A forked copy of the shell that never execs (bash
			// running a loop) keeps the shell's command line.
			if pg != seen {
				seen, since = pg, time.Now()
			} else if time.Since(since) > 100*time.Millisecond {
				return
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("no job took the terminal; output:\n%s", s.Output())
}

// groupExeced counts the processes of a process group that have exec'd
// (their command line is no longer the shell's), from /proc.
func groupExeced(pg int, shellCmd []byte) int {
	n := 0
	for _, p := range term.Procs() {
		if p.Pgrp == pg {
			cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p.Pid))
			if err == nil && !bytes.Equal(cmd, shellCmd) {
				n++
			}
		}
	}
	return n
}

// psListing is the process tree, for the report of a failed expectation.
func psListing() string {
	out, _ := exec.Command("ps", "-eo", "pid,ppid,pgid,stat,wchan:32,args", "--forest").Output()
	return string(out)
}
