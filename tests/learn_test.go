package tests

// TestLearnGuide runs every session of docs/learn.md through the real
// jobsh in a pty and requires the terminal to show what the guide shows,
// so the guide can't go stale.
//
// A session is a fenced block opened by ```jobsh-session. It is the whole
// terminal, as a reader who typed it sees it, from the first prompt on:
//
//	$ sleep 100        typed at the prompt "$ " (PS1), once everything
//	                   above it has been printed
//	> done             typed at the continuation prompt "> " (PS2)
//	^Z...              Ctrl-Z (also ^C, ^\), pressed once everything above
//	                   it has been printed and the job owns the terminal; the
//	                   terminal echoes the key as ^Z, and the rest of the
//	                   line is what follows it
//	anything else      output
//
// After the last line the shell must show its prompt again. Words after
// jobsh-session are tags, for what a machine may not do as the guide's
// did; the test finds out first and skips the session where it doesn't:
//
//	init-adopts   an orphan is adopted by init, pid 1 (not by a subreaper,
//	              as under systemd --user)
//	core-dump     a process killed by SIGSEGV with ulimit -c unlimited in
//	              a writable directory dumps core (core_pattern works)
//
// Each session starts a fresh jobsh --norc --no-edit -i with PS1='$ ',
// LANG=C, TERM=dumb, in a 200-column pty, in an empty temporary $HOME
// that is also its working directory (a core file lands there).
//
// The terminal's text and the guide's are compared whole, after the
// same masking on both sides:
//
//   - \r\n is \n;
//   - times are <time>: 0m0.201s (time, times), 0.007s (jobs -v), any
//     other decimal fraction (time -p's 0.10), 00:00:00 (ps);
//   - the numbers after maxrss, minflt, majflt, inblock, oublock, nvcsw and
//     nivcsw (jobs -v) are <n>;
//   - a terminal name pts/3 is pts/<n>;
//   - a decimal number of 300 or more, standing alone, is a pid: each
//     distinct one becomes <pid1>, <pid2>... in the order it first
//     appears, and the spaces before it one space, or none at the start
//     of a line (ps and jobs -l pad pids to a width). So the guide must show the same pid where the terminal
//     does, and may not show other numbers of 300 or more in decimal
//     (write them in hex: 0x2a00). Linux hands out pids below 300 only
//     after boot; the test uses those up first if it must.
//
// Smaller numbers (exit statuses, signal numbers, pid 1) and hex numbers
// (raw wait statuses) are compared as they are.

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"jobsh/tests/term"
)

const learnGuide = "../docs/learn.md"

type learnSession struct {
	name  string // the heading above it and its line, for the report
	line  int
	tags  []string
	lines []string
}

func TestLearnGuide(t *testing.T) {
	sessions := readLearnSessions(t, learnGuide)
	if len(sessions) == 0 {
		t.Fatalf("%s has no jobsh-session blocks", learnGuide)
	}
	spendLowPids(t)
	initAdopts := orphanAdopter(t) == 1
	dumpsCore := coreDumps(t)
	for _, ls := range sessions {
		t.Run(ls.name, func(t *testing.T) {
			if hasTag(ls.tags, "init-adopts") && !initAdopts {
				t.Skip("orphans here are adopted by a subreaper, not by init (pid 1)")
			}
			if hasTag(ls.tags, "core-dump") && !dumpsCore {
				t.Skip("a SIGSEGV here dumps no core (ulimit -c's hard limit, or core_pattern)")
			}
			t.Parallel()
			runLearnSession(t, ls)
		})
	}
}

// readLearnSessions finds the jobsh-session blocks of the guide.
func readLearnSessions(t *testing.T, file string) []learnSession {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		out     []learnSession
		cur     *learnSession
		heading = "start"
		n       = 0
		used    = map[string]int{}
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case cur == nil && strings.HasPrefix(line, "#"):
			heading = strings.Trim(strings.TrimLeft(line, "# "), " ")
		case cur == nil && strings.HasPrefix(line, "```jobsh-session"):
			tags := strings.Fields(strings.TrimPrefix(line, "```jobsh-session"))
			used[heading]++
			name := fmt.Sprintf("%s/%d(line %d)", heading, used[heading], n)
			cur = &learnSession{name: name, line: n, tags: tags}
		case cur != nil && strings.HasPrefix(line, "```"):
			if len(cur.lines) == 0 || !strings.HasPrefix(cur.lines[0], "$ ") {
				t.Fatalf("%s:%d: a session starts with a command line, \"$ ...\"", file, cur.line)
			}
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, line)
		}
	}
	if cur != nil {
		t.Fatalf("%s:%d: session block never closed", file, cur.line)
	}
	return out
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}

// runLearnSession types the session's commands and keys, each once the
// terminal shows what the guide shows before it, and at the end requires
// the whole text and a prompt.
func runLearnSession(t *testing.T, ls learnSession) {
	home := t.TempDir()
	s := term.Start(t, baseEnv(home), jobshBin, "--norc", "--no-edit", "-i")
	var want strings.Builder
	members := 1
	for _, line := range ls.lines {
		switch {
		case strings.HasPrefix(line, "$ "), strings.HasPrefix(line, "> "):
			awaitTranscript(t, s, ls, want.String()+line[:2])
			if line[0] == '$' {
				members = strings.Count(line, " | ") + 1
			}
			s.SendLine(line[2:])
		case len(line) >= 2 && line[0] == '^' && strings.ContainsRune(`ZC\`, rune(line[1])):
			awaitTranscript(t, s, ls, want.String())
			pressInJob(t, s, members, line[1])
		}
		want.WriteString(line + "\n")
	}
	awaitTranscript(t, s, ls, want.String()+"$ ")
}

// awaitTranscript waits until the terminal shows exactly want, masked.
func awaitTranscript(t *testing.T, s *term.Session, ls learnSession, want string) {
	t.Helper()
	mwant := maskTranscript(want)
	deadline := time.Now().Add(term.Timeout)
	for {
		got := strings.ReplaceAll(s.Output(), "\r\n", "\n")
		mgot := maskTranscript(got)
		if mgot == mwant {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s:%d: the terminal does not show what the guide does\n%s\n--- the terminal, as it is:\n%s",
				learnGuide, ls.line, firstDifference(mwant, mgot), got)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// firstDifference shows the first line where the masked texts part.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("session line %d (masked):\n  guide:    %q\n  terminal: %q", i+1, w, g)
		}
	}
	return "(texts equal)"
}

var (
	maskLongTime  = regexp.MustCompile(`\b\d+m\d+\.\d+s\b`)
	maskShortTime = regexp.MustCompile(`\b\d+\.\d+s?\b`)
	maskClock     = regexp.MustCompile(`\b\d\d:\d\d:\d\d\b`)
	maskRusage    = regexp.MustCompile(`\b(maxrss|minflt|majflt|inblock|oublock|nvcsw|nivcsw) \d+`)
	maskTTY       = regexp.MustCompile(`\bpts/\d+`)
	maskNumber    = regexp.MustCompile(` *\b\d+\b`)
)

// maskTranscript applies the masking rules at the top of this file.
func maskTranscript(s string) string {
	s = maskLongTime.ReplaceAllString(s, "<time>")
	s = maskShortTime.ReplaceAllString(s, "<time>")
	s = maskClock.ReplaceAllString(s, "<time>")
	s = maskRusage.ReplaceAllString(s, "$1 <n>")
	s = maskTTY.ReplaceAllString(s, "pts/<n>")
	pids := map[string]int{}
	var b strings.Builder
	last := 0
	for _, m := range maskNumber.FindAllStringIndex(s, -1) {
		digits := strings.TrimLeft(s[m[0]:m[1]], " ")
		n, err := strconv.Atoi(digits)
		if err != nil || n < 300 {
			continue
		}
		k, ok := pids[digits]
		if !ok {
			k = len(pids) + 1
			pids[digits] = k
		}
		b.WriteString(s[last:m[0]])
		// The padding before a pid varies with its width: none at the
		// start of a line, one space elsewhere.
		if len(digits) < m[1]-m[0] && m[0] > 0 && s[m[0]-1] != '\n' {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "<pid%d>", k)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestMaskTranscript(t *testing.T) {
	a := maskTranscript("[1] 9081\njobtrace: wait4(-9081, WNOHANG) = 9081 exited 3 (0x300)\n 9082  7279 R+  ps\nreal\t0m0.201s\nreal 0.10\n  user 0.007s  maxrss 5120 KiB  nvcsw 2\n$? 148 pts/3\n")
	want := "[1] <pid1>\njobtrace: wait4(-<pid1>, WNOHANG) = <pid1> exited 3 (0x300)\n<pid2> <pid3> R+  ps\nreal\t<time>\nreal <time>\n  user <time>  maxrss <n> KiB  nvcsw <n>\n$? 148 pts/<n>\n"
	if a != want {
		t.Errorf("masked:\n%q\nwant:\n%q", a, want)
	}
	// Different pids in the same places mask alike; a pid where the other
	// text has another one, or an exit status that differs, does not.
	if maskTranscript("[1] 12345\n12346 x\n") != maskTranscript("[1] 801\n  999 x\n") {
		t.Error("the same pattern of pids should mask alike")
	}
	if maskTranscript("[1] 12345\n[2] 12345\n") == maskTranscript("[1] 801\n[2] 999\n") {
		t.Error("one pid twice must not mask like two pids")
	}
	if maskTranscript("exit 42 (0x2a00)") == maskTranscript("exit 43 (0x2b00)") {
		t.Error("statuses must not be masked")
	}
}

// spendLowPids makes sure the pids the sessions get are 300 or more (the
// masking rules take smaller numbers for other things): only a machine
// that has just booted hands out smaller ones, and a few hundred forks
// use them up.
func spendLowPids(t *testing.T) {
	for i := 0; i < 400; i++ {
		cmd := exec.Command("true")
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		if cmd.Process.Pid >= 300 {
			return
		}
	}
	t.Fatal("pids stay below 300")
}

// orphanAdopter is the pid that adopts an orphan of this test's children:
// 1, init, unless an ancestor made itself a child subreaper.
func orphanAdopter(t *testing.T) int {
	out, err := exec.Command("sh", "-c", "sleep 5 >/dev/null 2>&1 & echo $!").Output()
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("orphan pid: %q", out)
	}
	defer exec.Command("kill", strconv.Itoa(pid)).Run()
	// sh has exited (Output waited for it), so the sleep has its new parent.
	p, ok := term.ReadProc(strconv.Itoa(pid))
	if !ok {
		t.Fatalf("orphan %d is gone", pid)
	}
	return p.PPid
}

// coreDumps says whether a process killed by SIGSEGV here, in a
// writable directory with ulimit -c unlimited, has WCOREDUMP set.
func coreDumps(t *testing.T) bool {
	cmd := exec.Command("sh", "-c", "ulimit -c unlimited && kill -SEGV $$")
	cmd.Dir = t.TempDir()
	err := cmd.Run()
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return err != nil && ok && ws.Signaled() && ws.CoreDump()
}

// TestLearnGuideLinked keeps the guide reachable: the README links it.
func TestLearnGuideLinked(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "(docs/learn.md)") {
		t.Error("README.md does not link docs/learn.md")
	}
}
