//go:build linux

package shell

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/chzyer/readline"
	"golang.org/x/sys/unix"
)

// errInterrupt is returned by a line reader when Ctrl-C abandons the line.
var errInterrupt = errors.New("interrupted")

// lineReader reads one line of input after showing a prompt.
type lineReader interface {
	ReadLine(prompt string) (string, error)
	// Notify shows text while the user is at the prompt (set -b), and
	// puts the prompt and the line being typed back.
	Notify(text string)
	// AddHistory and ResetHistory keep the editor's history (for the
	// arrow keys and Ctrl-R) in step with the shell's.
	AddHistory(entry string)
	ResetHistory()
	Close()
}

// wakePipe lets a signal wake a reader blocked in poll(2): the SIGINT
// handler writes a byte, the reader sees it next to its input.
type wakePipe struct{ r, w int }

func newWakePipe() (*wakePipe, error) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC|unix.O_NONBLOCK); err != nil {
		return nil, err
	}
	return &wakePipe{p[0], p[1]}, nil
}

func (w *wakePipe) wake() { unix.Write(w.w, []byte{1}) }

func (w *wakePipe) drain() {
	var buf [64]byte
	for {
		if n, _ := unix.Read(w.r, buf[:]); n <= 0 {
			return
		}
	}
}

// waitInput blocks until fd is readable (true) or the wake pipe is
// written (false).
func waitInput(fd int, w *wakePipe) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}, {Fd: int32(w.r), Events: unix.POLLIN}}
	for {
		_, err := unix.Poll(fds, -1)
		if err == unix.EINTR {
			continue
		}
		if fds[1].Revents != 0 {
			w.drain()
			return false
		}
		return true
	}
}

// plainReader prints its own prompt and reads a line a byte at a time, so
// that it never takes input meant for the commands it runs. It is used
// when standard input is not a terminal, with TERM=dumb and with
// --no-edit: expect-style scripts get the prompt, exactly, and nothing
// else.
type plainReader struct {
	fd     int
	prompt io.Writer // nil: no prompt (a script on standard input)
	wake   *wakePipe // nil: Ctrl-C cannot interrupt the read

	lastPrompt string
}

func (p *plainReader) ReadLine(prompt string) (string, error) {
	p.lastPrompt = prompt
	if p.wake != nil {
		// A Ctrl-C from before this prompt (one that interrupted a
		// command) has been dealt with.
		p.wake.drain()
	}
	if p.prompt != nil && prompt != "" {
		io.WriteString(p.prompt, prompt)
	}
	var line []byte
	var buf [1]byte
	for {
		if p.wake != nil && !waitInput(p.fd, p.wake) {
			// The terminal echoed ^C; end its line, as bash does.
			if p.prompt != nil {
				io.WriteString(p.prompt, "\n")
			}
			return "", errInterrupt
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

func (p *plainReader) Close()            {}
func (p *plainReader) AddHistory(string) {}
func (p *plainReader) ResetHistory()     {}

// Notify prints text on a line of its own and the prompt again; what the
// user has typed so far is in the terminal's line buffer, where the
// terminal keeps it.
func (p *plainReader) Notify(text string) {
	if p.prompt != nil {
		io.WriteString(p.prompt, "\n"+text+p.lastPrompt)
	}
}

// ttyGate is the standard input readline reads through. readline reads its
// input in goroutines that never stop; left alone they would read the
// terminal while a foreground job runs and steal its keystrokes. The gate
// lets bytes through only while the shell is at its prompt, one at a time.
// Type-ahead stays in the terminal for the command about to run because
// readline's reader stops after each key that may end the line until
// readline says the line goes on (PATCHES.md, 2). The gate does not shut
// itself at Enter or Ctrl-C: readline uses those keys without ending the
// line in its completion menu and search, and a shut gate froze the shell.
type ttyGate struct {
	fd   int
	wake *wakePipe
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func newTTYGate(fd int) (*ttyGate, error) {
	w, err := newWakePipe()
	if err != nil {
		return nil, err
	}
	g := &ttyGate{fd: fd, wake: w}
	g.cond = sync.NewCond(&g.mu)
	return g, nil
}

func (g *ttyGate) setOpen(open bool) {
	g.mu.Lock()
	g.open = open
	g.mu.Unlock()
	g.cond.Broadcast()
	if !open {
		g.wake.wake()
	}
}

func (g *ttyGate) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		g.mu.Lock()
		for !g.open {
			g.cond.Wait()
		}
		g.mu.Unlock()
		if !waitInput(g.fd, g.wake) {
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

func (g *ttyGate) Close() error { return nil }

// editReader is the interactive line editor (github.com/chzyer/readline).
type editReader struct {
	rl   *readline.Instance
	gate *ttyGate
}

func newEditReader(fd int, complete readline.AutoCompleter) (*editReader, error) {
	gate, err := newTTYGate(fd)
	if err != nil {
		return nil, err
	}
	rl, err := readline.NewEx(&readline.Config{
		Stdin:  gate,
		Stdout: os.Stderr, // prompts go to stderr, as in bash
		Stderr: os.Stderr,
		// readline's own Ctrl-Z handling stops the shell's parent; a
		// shell must not react to it at its prompt.
		FuncFilterInputRune: func(r rune) (rune, bool) { return r, r != readline.CharCtrlZ },
		AutoComplete:        complete,
		InterruptPrompt:     "^C",
		// The shell keeps the history (see history.go); readline only
		// gets each whole entry to recall.
		DisableAutoSaveHistory: true,
		HistoryLimit:           5000,
		// A paste is text to look over, run only at Enter (bash 5.1+).
		BracketedPaste: true,
	})
	if err != nil {
		return nil, err
	}
	return &editReader{rl: rl, gate: gate}, nil
}

func (e *editReader) ReadLine(prompt string) (string, error) {
	return e.ReadLineText(prompt, "")
}

// ReadLineText is ReadLine with text already on the line to edit (read -e
// -i text).
func (e *editReader) ReadLineText(prompt, text string) (string, error) {
	// readline takes the last line of the prompt as the editable line's
	// prefix; earlier lines are printed first.
	if i := strings.LastIndexByte(prompt, '\n'); i >= 0 {
		os.Stderr.WriteString(prompt[:i+1])
		prompt = prompt[i+1:]
	}
	e.rl.SetPrompt(prompt)
	e.keepUnfinishedLine()
	e.gate.setOpen(true)
	line, err := e.rl.ReadlineWithDefault(text)
	e.gate.setOpen(false)
	if err == readline.ErrInterrupt {
		return "", errInterrupt
	}
	return line, err
}

// keepUnfinishedLine keeps output that did not end its line (printf foo,
// a read cut by Ctrl-C) from being drawn over by the prompt, which the
// editor starts at the first column. As zsh (PROMPT_SP) and fish do, it
// writes a marker and enough spaces to fill the row, then returns to the
// first column and clears: from the first column that fills the row
// exactly and leaves the cursor there, so nothing shows; after unfinished
// output it wraps, and the output stays, ended by a reverse-video %, with
// the prompt on the row below. (bash prints its prompt after such output,
// on the same row.)
func (e *editReader) keepUnfinishedLine() {
	ws, err := unix.IoctlGetWinsize(e.gate.fd, unix.TIOCGWINSZ)
	if err != nil || ws.Col < 2 {
		return
	}
	os.Stderr.WriteString("\x1b[7m%\x1b[0m" + strings.Repeat(" ", int(ws.Col)-1) + "\r\x1b[K")
}

func (e *editReader) Close()                  { e.rl.Close() }
func (e *editReader) AddHistory(entry string) { e.rl.SaveHistory(entry) }
func (e *editReader) ResetHistory()           { e.rl.ResetHistory() }

// Notify writes through readline, which clears the line being edited,
// prints the text and draws the prompt and the line again.
func (e *editReader) Notify(text string) { io.WriteString(e.rl.Stdout(), text) }

// checkWinSize is bash's checkwinsize: before each prompt $COLUMNS and
// $LINES give the terminal's size, which may have changed while a command
// ran in the foreground (the command got the SIGWINCH, not the shell).
func (sh *Shell) checkWinSize() {
	if sh.ctl.TTY < 0 {
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
