//go:build linux

package editor

import (
	"io"
	"sync"
	"time"

	"jobsh/sys/wake"

	"github.com/chzyer/readline"
	"golang.org/x/sys/unix"
)

// gate is the standard input readline reads through. readline reads its
// input in goroutines that never stop; left alone they would read the
// terminal while a foreground job runs and steal its keystrokes. The gate
// lets bytes through only while the shell is at its prompt, one at a time.
// Type-ahead stays in the terminal for the command about to run because
// readline's reader stops after each key that may end the line until
// readline says the line goes on (PATCHES.md, 2). The gate does not shut
// itself at Enter or Ctrl-C: readline uses those keys without ending the
// line at the completion list's question and --More--, and in its search;
// a shut gate froze the shell.
type gate struct {
	fd   int
	wake *wake.Pipe
	mu   sync.Mutex
	cond *sync.Cond
	open bool

	// A line with a time limit (read -e -t): when timer fires, the gate
	// gives readline.TimeoutKey, byte by byte (pending), in place of the
	// terminal's input. limit counts the limits set, so that a timer
	// that fires late, after its line, is ignored.
	timer   *time.Timer
	limit   int
	pending []byte
}

// setDeadline gives the lines read from now on a time limit; the zero
// time takes it away.
func (g *gate) setDeadline(t time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limit++
	g.pending = nil
	if g.timer != nil {
		g.timer.Stop()
		g.timer = nil
	}
	if t.IsZero() {
		return
	}
	limit := g.limit
	g.timer = time.AfterFunc(time.Until(t), func() {
		g.mu.Lock()
		if g.limit == limit {
			g.pending = []byte(readline.TimeoutKey)
		}
		g.mu.Unlock()
		g.wake.Wake()
	})
}

func newGate(fd int) (*gate, error) {
	w, err := wake.New()
	if err != nil {
		return nil, err
	}
	g := &gate{fd: fd, wake: w}
	g.cond = sync.NewCond(&g.mu)
	return g, nil
}

func (g *gate) setOpen(open bool) {
	g.mu.Lock()
	g.open = open
	g.mu.Unlock()
	g.cond.Broadcast()
	if !open {
		g.wake.Wake()
	}
}

func (g *gate) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		g.mu.Lock()
		for !g.open {
			g.cond.Wait()
		}
		if len(g.pending) > 0 {
			p[0], g.pending = g.pending[0], g.pending[1:]
			g.mu.Unlock()
			return 1, nil
		}
		g.mu.Unlock()
		if !g.wake.Input(g.fd) {
			continue
		}
		g.mu.Lock()
		if !g.open {
			g.mu.Unlock()
			continue
		}
		n, err := unix.Read(g.fd, p[:1])
		g.mu.Unlock()
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		if n == 0 && err == nil {
			return 0, io.EOF
		}
		return n, err
	}
}

func (g *gate) Close() error { return nil }
