package readline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
)

type Terminal struct {
	m         sync.Mutex
	cfg       *Config
	outchan   chan rune
	closed    int32
	stopChan  chan struct{}
	kickChan  chan struct{}
	wg        sync.WaitGroup
	isReading int32
	sleeping  int32

	sizeChan chan string

	// jobsh patch (PATCHES.md, 4): pasted texts, oldest first; each is
	// announced to the operation by a charPaste.
	pasteMu sync.Mutex
	pastes  [][]rune

	// keymap is the user's key bindings (jobsh patch, PATCHES.md, 18):
	// replaced whole under m, read by readKey's goroutine without it.
	keymap atomic.Pointer[map[string]rune]
}

// charPaste stands for the next text in Terminal.pastes.
const charPaste rune = -1000

// pasteEnd ends a bracketed paste.
var pasteEnd = []rune("\033[201~")

// readPaste reads a bracketed paste up to its end, queues it and returns
// charPaste. A Ctrl-C in it abandons it and is returned: the end may never
// come (a paste that reached the terminal while it was not raw, between
// two prompts, can lose it to the line discipline), and Ctrl-C must
// always give the prompt back.
func (t *Terminal) readPaste(buf *bufio.Reader) rune {
	var text []rune
	for {
		r, _, err := buf.ReadRune()
		if err != nil {
			break
		}
		if r == CharInterrupt {
			return r
		}
		text = append(text, r)
		if n := len(text) - len(pasteEnd); n >= 0 && runes.Equal(text[n:], pasteEnd) {
			text = text[:n]
			break
		}
	}
	t.pasteMu.Lock()
	t.pastes = append(t.pastes, text)
	t.pasteMu.Unlock()
	return charPaste
}

// takePaste returns the oldest pasted text not yet taken.
func (t *Terminal) takePaste() []rune {
	t.pasteMu.Lock()
	defer t.pasteMu.Unlock()
	if len(t.pastes) == 0 {
		return nil
	}
	text := t.pastes[0]
	t.pastes = t.pastes[1:]
	return text
}

func NewTerminal(cfg *Config) (*Terminal, error) {
	if err := cfg.Init(); err != nil {
		return nil, err
	}
	t := &Terminal{
		cfg:      cfg,
		kickChan: make(chan struct{}, 1),
		outchan:  make(chan rune),
		stopChan: make(chan struct{}, 1),
		sizeChan: make(chan string, 1),
	}

	go t.ioloop()
	return t, nil
}

// SleepToResume will sleep myself, and return only if I'm resumed.
func (t *Terminal) SleepToResume() {
	if !atomic.CompareAndSwapInt32(&t.sleeping, 0, 1) {
		return
	}
	defer atomic.StoreInt32(&t.sleeping, 0)

	t.ExitRawMode()
	ch := WaitForResume()
	SuspendMe()
	<-ch
	t.EnterRawMode()
}

func (t *Terminal) EnterRawMode() (err error) {
	return t.cfg.FuncMakeRaw()
}

func (t *Terminal) ExitRawMode() (err error) {
	return t.cfg.FuncExitRaw()
}

func (t *Terminal) Write(b []byte) (int, error) {
	return t.cfg.Stdout.Write(b)
}

// WriteStdin prefill the next Stdin fetch
// Next time you call ReadLine() this value will be writen before the user input
func (t *Terminal) WriteStdin(b []byte) (int, error) {
	return t.cfg.StdinWriter.Write(b)
}

type termSize struct {
	left int
	top  int
}

func (t *Terminal) GetOffset(f func(offset string)) {
	go func() {
		f(<-t.sizeChan)
	}()
	t.Write([]byte("\033[6n"))
}

func (t *Terminal) Print(s string) {
	fmt.Fprintf(t.cfg.Stdout, "%s", s)
}

func (t *Terminal) PrintRune(r rune) {
	fmt.Fprintf(t.cfg.Stdout, "%c", r)
}

func (t *Terminal) Readline() *Operation {
	return NewOperation(t, t.cfg)
}

// return rune(0) if meet EOF
func (t *Terminal) ReadRune() rune {
	ch, ok := <-t.outchan
	if !ok {
		return rune(0)
	}
	return ch
}

func (t *Terminal) IsReading() bool {
	return atomic.LoadInt32(&t.isReading) == 1
}

func (t *Terminal) KickRead() {
	select {
	case t.kickChan <- struct{}{}:
	default:
	}
}

func (t *Terminal) ioloop() {
	t.wg.Add(1)
	defer func() {
		t.wg.Done()
		close(t.outchan)
	}()

	expectNextChar := false
	buf := bufio.NewReader(t.getStdin())
	for {
		if !expectNextChar {
			atomic.StoreInt32(&t.isReading, 0)
			select {
			case <-t.kickChan:
				atomic.StoreInt32(&t.isReading, 1)
			case <-t.stopChan:
				return
			}
		}
		expectNextChar = true
		r, seq, err := t.readKey(buf)
		if err != nil {
			if strings.Contains(err.Error(), "interrupted system call") {
				continue
			}
			break
		}
		if f, ok := t.boundKey(seq); ok { // jobsh patch (PATCHES.md, 18)
			r = f
		}
		if r == charQuotedInsert { // jobsh patch (PATCHES.md, 19)
			c, _, err := buf.ReadRune()
			if err != nil {
				break
			}
			r = quoteKey(c)
		}
		if end := t.cfg.LineEnd; end != 0 { // jobsh patch (PATCHES.md, 21)
			switch {
			case end > 0 && seq == string(end):
				r = CharEnter
			case seq == "\r":
				r = quoteKey('\r') // Enter is a character of the line
			}
		}
		if r == noKey {
			continue
		}
		// A key that may end the line stops the reading until the
		// operation lets it go on (stopsReading: one list for both
		// sides, or a key on one only freezes the editor).
		if stopsReading(t.cfg, r) {
			expectNextChar = false
		}
		t.outchan <- r
	}
}

// readKey reads one key: a character, or what the terminal sends for one
// key (Esc and a character for an Alt-key, \e[...X, \eOX), or Ctrl-X and
// a key (jobsh patch, PATCHES.md, 17). It returns the rune that stands
// for it, noKey for one bound to nothing, and the text it was read as,
// which the user's bindings are keyed by (patch 18).
func (t *Terminal) readKey(buf *bufio.Reader) (rune, string, error) {
	r, _, err := buf.ReadRune()
	if err != nil {
		return 0, "", err
	}
	switch {
	case r == 0:
		// Ctrl-Space and Ctrl-@ send NUL, which the reader's rune 0
		// (end of input) must not be taken for: bound to nothing
		// (jobsh patch, PATCHES.md, 14).
		return noKey, "\x00", nil
	case string(r) == TimeoutKey: // jobsh patch (PATCHES.md, 22)
		return charTimeout, "", nil
	case r == CharCtrlV: // jobsh patch (PATCHES.md, 19)
		return charQuotedInsert, "\x16", nil
	case r == CharCtrlO && !t.cfg.VimMode: // jobsh patch (PATCHES.md, 20)
		return charOperateGetNext, "\x0f", nil
	case r == charCtrlBracket && !t.cfg.VimMode: // jobsh patch (PATCHES.md, 24)
		return charCharSearch, "\x1d", nil
	case r == CharCtrlX && !t.cfg.VimMode:
		next, _, err := buf.ReadRune()
		if err != nil {
			return 0, "", err
		}
		return ctrlXKey(next), "\x18" + string(next), nil
	case r != CharEsc || t.cfg.VimMode:
		return r, string(r), nil
	}
	next, _, err := buf.ReadRune()
	if err != nil {
		return 0, "", err
	}
	switch next {
	case CharEsc:
		// Esc Esc x is Esc x.
		buf.UnreadRune()
		return noKey, "", nil
	case CharEscapeEx, CharO: // \e[ and \eO
		first, _, err := buf.ReadRune()
		if err != nil {
			return 0, "", err
		}
		key := readEscKey(first, buf)
		seq := "\x1b" + string(next) + key.attr + string(key.typ)
		if next == CharO {
			return orNoKey(escapeSS3Key(key)), seq, nil
		}
		switch {
		case key.typ == '~' && key.attr == "200": // jobsh patch (PATCHES.md, 4)
			return t.readPaste(buf), "", nil
		case key.typ == 'R':
			// The cursor's position, asked for by the operation.
			if _, _, ok := key.Get2(); ok {
				select {
				case t.sizeChan <- key.attr:
				default:
				}
			}
			return noKey, "", nil
		}
		return orNoKey(escapeExKey(key)), seq, nil
	}
	return escapeKey(next, buf), "\x1b" + string(next), nil
}

// orNoKey is r, or noKey for 0: a sequence with no meaning.
func orNoKey(r rune) rune {
	if r == 0 {
		return noKey
	}
	return r
}

func (t *Terminal) Bell() {
	fmt.Fprintf(t, "%c", CharBell)
}

func (t *Terminal) Close() error {
	if atomic.SwapInt32(&t.closed, 1) != 0 {
		return nil
	}
	if closer, ok := t.cfg.Stdin.(io.Closer); ok {
		closer.Close()
	}
	close(t.stopChan)
	t.wg.Wait()
	return t.ExitRawMode()
}

func (t *Terminal) GetConfig() *Config {
	t.m.Lock()
	cfg := *t.cfg
	t.m.Unlock()
	return &cfg
}

func (t *Terminal) getStdin() io.Reader {
	t.m.Lock()
	r := t.cfg.Stdin
	t.m.Unlock()
	return r
}

func (t *Terminal) SetConfig(c *Config) error {
	if err := c.Init(); err != nil {
		return err
	}
	t.m.Lock()
	t.cfg = c
	t.m.Unlock()
	return nil
}
