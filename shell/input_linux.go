//go:build linux

package shell

import (
	"errors"
	"io"
	"strconv"
	"sync/atomic"

	"jobsh/sys/wake"

	"golang.org/x/sys/unix"
)

// ErrInterrupt is what a line reader returns when Ctrl-C abandons the
// line.
var ErrInterrupt = errors.New("interrupted")

// ErrTimeout is what a line reader returns when the line's time limit
// (read -e -t) passes first.
var ErrTimeout = errors.New("timed out")

// ErrEditLine is what a line reader returns, with the line, when the user
// asks to edit it in an editor and run the result (bash's
// edit-and-execute-command, Ctrl-X Ctrl-E): see Shell.editAndRun.
var ErrEditLine = errors.New("edit the line in an editor")

// LineEditor is what the interpreter asks of an interactive line editor
// (package editor has one; the interpreter never imports it). A script
// on standard input and a terminal without editing are read by the
// plainReader below, which is one too.
type LineEditor interface {
	// ReadLine shows prompt and returns the line typed, without its
	// newline; ErrInterrupt when Ctrl-C abandons it, io.EOF at the end,
	// ErrEditLine (and the line) when it is to be edited in an editor.
	ReadLine(prompt string) (string, error)
	// Notify shows text while the user is at the prompt (set -b, a
	// trap's output), and puts the prompt and the line being typed back.
	// It is called from another goroutine while ReadLine waits.
	Notify(text string)
}

// KeyMapEditor is a LineEditor with vi's keys as well as emacs's: set -o
// vi and set -o emacs choose, before each line.
type KeyMapEditor interface {
	LineEditor
	SetViMode(on bool)
}

// plainReader prints its own prompt and reads a line a byte at a time, so
// that it never takes input meant for the commands it runs. It is used
// when standard input is not a terminal, with TERM=dumb and with
// --no-edit: expect-style scripts get the prompt, exactly, and nothing
// else.
type plainReader struct {
	fd     int
	prompt io.Writer  // nil: no prompt (a script on standard input)
	wake   *wake.Pipe // nil: Ctrl-C cannot interrupt the read

	// lastPrompt is the prompt shown, which Notify, on the signal
	// goroutine, writes again (atomic: the race detector caught the two
	// goroutines sharing it bare).
	lastPrompt atomic.Pointer[string]
}

func (p *plainReader) ReadLine(prompt string) (string, error) {
	p.lastPrompt.Store(&prompt)
	if p.wake != nil {
		// A Ctrl-C from before this prompt (one that interrupted a
		// command) has been dealt with.
		p.wake.Drain()
	}
	if p.prompt != nil && prompt != "" {
		io.WriteString(p.prompt, prompt)
	}
	var line []byte
	var buf [1]byte
	for {
		if p.wake != nil && !p.wake.Input(p.fd) {
			// The terminal echoed ^C; end its line, as bash does.
			if p.prompt != nil {
				io.WriteString(p.prompt, "\n")
			}
			return "", ErrInterrupt
		}
		n, err := unix.Read(p.fd, buf[:])
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		if n <= 0 {
			if len(line) > 0 {
				return string(line), nil
			}
			return "", io.EOF
		}
		if buf[0] == '\n' {
			return string(line), nil
		}
		line = append(line, buf[0])
	}
}

// Notify prints text on a line of its own and the prompt again; what the
// user has typed so far is in the terminal's line buffer, where the
// terminal keeps it.
func (p *plainReader) Notify(text string) {
	if p.prompt != nil {
		last := ""
		if s := p.lastPrompt.Load(); s != nil {
			last = *s
		}
		io.WriteString(p.prompt, "\n"+text+last)
	}
}

// checkWinSize is bash's checkwinsize: before each prompt $COLUMNS and
// $LINES give the terminal's size, which may have changed while a command
// ran in the foreground (the command got the SIGWINCH, not the shell).
func (sh *Shell) checkWinSize() {
	if sh.ctl.TTY < 0 || !sh.opts[optCheckWinSize] {
		return
	}
	ws, err := unix.IoctlGetWinsize(sh.ctl.TTY, unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 || ws.Row == 0 {
		return
	}
	sh.setVar("COLUMNS", strconv.Itoa(int(ws.Col)), sh.Get("COLUMNS").Exported)
	sh.setVar("LINES", strconv.Itoa(int(ws.Row)), sh.Get("LINES").Exported)
}

// interruptedAtPrompt says whether a SIGINT came while the shell read the
// line, and forgets it. The editor reads Ctrl-C as a key, but between two
// lines the terminal is briefly not raw, and a Ctrl-C typed then is a
// signal. It cancels what came before it (a command being continued on
// PS2 lines), not the line typed after it: left pending, it silently
// cancelled that line's command, and made the next `wait` return at once.
func (sh *Shell) interruptedAtPrompt() bool {
	select {
	case <-sh.sigint:
	default:
	}
	return sh.shared.interrupted.Swap(false)
}
