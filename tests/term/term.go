// Package term drives a program in a pseudo-terminal the way an expect
// script does: start it as the session leader of a new pty, wait for
// output that matches, send keys.
package term

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// Timeout is how long Expect waits for output before failing the test.
var Timeout = 15 * time.Second

// Session is a program running in its own pty.
type Session struct {
	t    testing.TB
	Pty  *os.File
	Cmd  *exec.Cmd
	mu   sync.Mutex
	cond *sync.Cond
	out  bytes.Buffer
	pos  int // output before pos was consumed by Expect
	eof  bool
	done chan struct{}
	// OnFail, if set, adds to the report of a failed Expect (a process
	// listing, say).
	OnFail func() string
	// Screen, if the session was started with StartScreen, shows the
	// output as a terminal would.
	Screen *Screen
}

// Start runs argv in a new pty with env as its whole environment. The
// program is a session leader with the pty as its controlling terminal,
// as a login on a real terminal would be.
func Start(t testing.TB, env []string, argv ...string) *Session {
	t.Helper()
	return start(t, nil, 200, 40, env, argv)
}

// StartScreen is Start in a terminal of cols×rows whose screen the
// session keeps (Session.Screen).
func StartScreen(t testing.TB, cols, rows int, env []string, argv ...string) *Session {
	t.Helper()
	return start(t, NewScreen(cols, rows), cols, rows, env, argv)
}

func start(t testing.TB, screen *Screen, cols, rows int, env []string, argv []string) *Session {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = env
	// Start in $HOME, a temporary directory: core files and the like
	// land there, not in the source tree.
	for _, kv := range env {
		if strings.HasPrefix(kv, "HOME=") {
			cmd.Dir = kv[5:]
		}
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	f, err := pty.StartWithAttrs(cmd, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}, cmd.SysProcAttr)
	if err != nil {
		t.Fatalf("start %v: %v", argv, err)
	}
	s := &Session{t: t, Pty: f, Cmd: cmd, done: make(chan struct{}), Screen: screen}
	s.cond = sync.NewCond(&s.mu)
	go s.read()
	t.Cleanup(s.Close)
	return s
}

func (s *Session) read() {
	buf := make([]byte, 4096)
	for {
		n, err := s.Pty.Read(buf)
		s.mu.Lock()
		s.out.Write(buf[:n])
		if s.Screen != nil {
			s.Screen.Write(buf[:n])
		}
		if err != nil {
			s.eof = true
		}
		s.mu.Unlock()
		s.cond.Broadcast()
		if err != nil {
			close(s.done)
			return
		}
	}
}

// Expect waits until the output not yet consumed matches re, consumes it
// up to the end of the match and returns the submatches.
func (s *Session) Expect(re string) []string {
	s.t.Helper()
	m, err := s.ExpectTimeout(regexp.MustCompile(re), Timeout)
	if err != nil {
		extra := ""
		if s.OnFail != nil {
			extra = "\n--- " + s.OnFail()
		}
		s.t.Fatalf("%v\n--- waiting for %q; unconsumed output:\n%s\n--- all output:\n%s%s", err, re, s.Unconsumed(), s.Output(), extra)
	}
	return m
}

// await calls done, with the lock held, each time output arrives, until
// it returns true, the output ends, or d passes.
func (s *Session) await(d time.Duration, done func() bool) error {
	deadline := time.Now().Add(d)
	timer := time.AfterFunc(d, func() { s.cond.Broadcast() })
	defer timer.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for !done() {
		if s.eof {
			return fmt.Errorf("end of output")
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %v", d)
		}
		s.cond.Wait()
	}
	return nil
}

// ExpectTimeout is Expect with a timeout and an error instead of a fatal
// failure.
func (s *Session) ExpectTimeout(re *regexp.Regexp, d time.Duration) ([]string, error) {
	var m []string
	err := s.await(d, func() bool {
		rest := s.out.Bytes()[s.pos:]
		loc := re.FindSubmatchIndex(rest)
		if loc == nil {
			return false
		}
		for i := 0; i < len(loc); i += 2 {
			if loc[i] < 0 {
				m = append(m, "")
			} else {
				m = append(m, string(rest[loc[i]:loc[i+1]]))
			}
		}
		s.pos += loc[1]
		return true
	})
	return m, err
}

// Appears waits up to d for re to match the output from byte offset from
// on, without consuming anything.
func (s *Session) Appears(re *regexp.Regexp, from int, d time.Duration) bool {
	return s.await(d, func() bool { return re.Match(s.out.Bytes()[from:]) }) == nil
}

// WaitScreen waits up to d for the screen to satisfy ok.
func (s *Session) WaitScreen(d time.Duration, ok func(*Screen) bool) error {
	return s.await(d, func() bool { return ok(s.Screen) })
}

// Resize sets the terminal's size, which sends SIGWINCH to the
// foreground process group, and resizes the screen model to match.
func (s *Session) Resize(cols, rows int) {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := pty.Setsize(s.Pty, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}); err != nil {
		s.t.Fatalf("resize: %v", err)
	}
	if s.Screen != nil {
		s.Screen.Resize(cols, rows)
	}
}

// Raw reports whether the program has taken the terminal out of
// canonical mode, as a line editor does while it reads keys. Keys typed
// before that meet the terminal's cooked mode, which acts on some of them
// itself (DEL erases, Ctrl-R reprints, Ctrl-C interrupts), as it would
// for a person typing ahead.
func (s *Session) Raw() bool {
	conn, err := s.Pty.SyscallConn()
	if err != nil {
		return false
	}
	raw := false
	conn.Control(func(fd uintptr) {
		// On Linux the master reports the terminal's (the slave's)
		// settings.
		tio, err := unix.IoctlGetTermios(int(fd), unix.TCGETS)
		raw = err == nil && tio.Lflag&unix.ICANON == 0
	})
	return raw
}

// AwaitRaw waits up to d for Raw.
func (s *Session) AwaitRaw(d time.Duration) error {
	for deadline := time.Now().Add(d); !s.Raw(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			return fmt.Errorf("the terminal is still in canonical mode after %v", d)
		}
	}
	return nil
}

// SendKeys types text to a line editor: it waits until the program
// reads keys in raw mode first, so that editing keys reach the editor.
func (s *Session) SendKeys(text string) {
	s.t.Helper()
	if err := s.AwaitRaw(Timeout); err != nil {
		s.t.Fatalf("send %q: %v\n--- all output:\n%s", text, err, s.Output())
	}
	s.Send(text)
}

// Send types text.
func (s *Session) Send(text string) {
	s.t.Helper()
	if _, err := s.Pty.WriteString(text); err != nil {
		s.t.Fatalf("send %q: %v", text, err)
	}
}

// SendLine types a line and Enter.
func (s *Session) SendLine(line string) { s.t.Helper(); s.Send(line + "\n") }

// Key sends a control key by its letter: Key('Z') is Ctrl-Z.
func (s *Session) Key(c byte) { s.t.Helper(); s.Send(string([]byte{c & 0x1f})) }

// Output is everything the program wrote so far.
func (s *Session) Output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// Unconsumed is the output after the last match.
func (s *Session) Unconsumed() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.out.Bytes()[s.pos:])
}

// Wait waits for the program to exit and returns its wait status.
func (s *Session) Wait(d time.Duration) (syscall.WaitStatus, error) {
	ch := make(chan error, 1)
	go func() { ch <- s.Cmd.Wait() }()
	select {
	case <-ch:
		return s.Cmd.ProcessState.Sys().(syscall.WaitStatus), nil
	case <-time.After(d):
		return 0, fmt.Errorf("still running after %v", d)
	}
}

// Close ends the program and closes the pty. Every process left in the
// program's session gets SIGKILL too: a shell killed outright can't hang
// up its jobs, and a test must not leave a `sleep 100` behind.
func (s *Session) Close() {
	if s.Cmd.Process == nil {
		s.Pty.Close()
		return
	}
	sid := s.Cmd.Process.Pid
	if s.Cmd.ProcessState == nil {
		killSession(sid)
		s.Cmd.Process.Kill()
		s.Wait(5 * time.Second)
	}
	killSession(sid)
	s.Pty.Close()
}

// killSession sends SIGKILL to every process of session sid.
func killSession(sid int) {
	for _, p := range Procs() {
		if p.Session == sid {
			syscall.Kill(p.Pid, syscall.SIGKILL)
		}
	}
}

// Literal turns a transcript line into a regexp: the text matches as it
// is, except {pid} and {n} (a number) and {*} (anything on the line).
func Literal(line string) string {
	q := regexp.QuoteMeta(line)
	r := strings.NewReplacer(`\{pid\}`, ` *\d+`, `\{n\}`, `\d+`, `\{\*\}`, `[^\r\n]*`)
	return r.Replace(q)
}
