package readline

import (
	"errors"
	"io"
	"strings"
	"sync"
)

var (
	ErrInterrupt = errors.New("Interrupt")
)

type InterruptError struct {
	Line []rune
}

func (*InterruptError) Error() string {
	return "Interrupted"
}

type Operation struct {
	m       sync.Mutex
	cfg     *Config
	t       *Terminal
	buf     *RuneBuffer
	outchan chan []rune
	errchan chan error
	w       io.Writer

	history *opHistory
	*opSearch
	*opCompleter
	*opPassword
	*opVim

	// jobsh patch (PATCHES.md, 5)
	undo    undo
	lastArg lastArg
}

func (o *Operation) SetBuffer(what string) {
	o.buf.Set([]rune(what))
}

type wrapWriter struct {
	r      *Operation
	t      *Terminal
	target io.Writer
}

func (w *wrapWriter) Write(b []byte) (int, error) {
	if !w.t.IsReading() {
		return w.target.Write(b)
	}
	if ok, n, err := w.r.writeAboveList(w.target, b); ok {
		return n, err // jobsh patch (PATCHES.md, 11)
	}

	var (
		n   int
		err error
	)
	w.r.buf.Refresh(func() {
		n, err = w.target.Write(b)
	})

	if w.r.IsSearchMode() {
		w.r.SearchRefresh(-1)
	}
	return n, err
}

func NewOperation(t *Terminal, cfg *Config) *Operation {
	width := cfg.FuncGetWidth()
	op := &Operation{
		t:       t,
		buf:     NewRuneBuffer(t, cfg.Prompt, cfg, width),
		outchan: make(chan []rune),
		errchan: make(chan error, 1),
	}
	op.w = op.buf.w
	op.SetConfig(cfg)
	op.opVim = newVimMode(op)
	op.opCompleter = newOpCompleter(op.buf.w, op)
	op.opPassword = newOpPassword(op)
	op.cfg.FuncOnWidthChanged(op.checkWidth)
	go op.ioloop()
	return op
}

// checkWidth reads the terminal's width again.
func (o *Operation) checkWidth() {
	newWidth := o.GetConfig().FuncGetWidth()
	if newWidth <= 0 {
		return
	}
	o.opSearch.OnWidthChange(newWidth)
	o.buf.OnWidthChange(newWidth)
}

func (o *Operation) SetPrompt(s string) {
	o.buf.SetPrompt(s)
}

func (o *Operation) SetMaskRune(r rune) {
	o.buf.SetMask(r)
}

func (o *Operation) GetConfig() *Config {
	o.m.Lock()
	cfg := *o.cfg
	o.m.Unlock()
	return &cfg
}

// paste inserts pasted text as it is, never as keys: a TAB in it does not
// complete, a newline does not end the line; the line ends at the user's
// Enter. Terminals send a newline in a paste as CR. jobsh patch
// (PATCHES.md, 4).
func (o *Operation) paste(text []rune) {
	if o.IsSearchMode() {
		o.ExitSearchMode(false)
	}
	s := strings.ReplaceAll(string(text), "\r\n", "\n")
	o.buf.WriteRunes([]rune(strings.ReplaceAll(s, "\r", "\n")))
}

// stopsReading says whether the terminal's reader waits for KickRead
// after passing r on (see Terminal.ioloop): keys that may end the line.
func stopsReading(r rune) bool {
	switch r {
	case CharInterrupt, CharEnter, CharCtrlJ, CharDelete, charEditLine:
		return true
	}
	return false
}

func (o *Operation) ioloop() {
	// jobsh patch (PATCHES.md, 2): the reader waits after each key that
	// may end the line; it is let go on here, in one place, whenever the
	// line did not end, whatever mode consumed the key. Upstream kicked
	// it case by case, once too often after a filtered key (the extra
	// kick let it read the type-ahead meant for the command).
	kick, ended := false, false
	for {
		if kick {
			o.t.KickRead()
		}
		if ended {
			o.undo = undo{} // jobsh patch (PATCHES.md, 5): a new line
		} else {
			o.keyDone()
		}
		keepInSearchMode := false
		r := o.t.ReadRune()
		kick = stopsReading(r)
		ended = false
		o.noteKey(r)
		o.buf.nextKey() // jobsh patch (PATCHES.md, 31): kills join
		// jobsh patch (PATCHES.md, 11): while a completion list waits
		// at its question or at --More--, every key is an answer,
		// before any filter or mode sees it.
		if o.InList() && o.ListKey(r) {
			continue
		}
		if r != CharTab {
			o.ForgetTab() // jobsh patch (PATCHES.md, 10)
		}

		if o.GetConfig().FuncFilterInputRune != nil {
			var process bool
			r, process = o.GetConfig().FuncFilterInputRune(r)
			if !process {
				o.buf.Refresh(nil) // to refresh the line
				continue           // ignore this rune
			}
		}

		if r == 0 { // io.EOF
			if o.buf.Len() == 0 {
				o.buf.Clean()
				select {
				case o.errchan <- io.EOF:
				}
				break
			} else {
				// if stdin got io.EOF and there is something left in buffer,
				// let's flush them by sending CharEnter.
				// And we will got io.EOF int next loop.
				r = CharEnter
			}
		}
		isUpdateHistory := true
		if c, ok := unboundMetaChar(r); ok {
			// jobsh patch (PATCHES.md, 14): an unbound Alt-key does
			// nothing, but ends a search, and its character then goes
			// into the line, as after bash's Esc.
			r = noKey
			if o.IsSearchMode() {
				o.ExitSearchMode(false)
				o.buf.Refresh(nil)
				r = c
			}
		}

		if o.IsEnableVimMode() {
			r = o.HandleVim(r, o.t.ReadRune)
			if r == 0 {
				continue
			}
		}

		switch r {
		case CharBell:
			if o.IsSearchMode() {
				o.ExitSearchMode(true)
				o.buf.Refresh(nil)
			}
		case CharTab:
			if o.GetConfig().AutoComplete == nil || !o.OnComplete() {
				o.t.Bell()
			}

		case charPaste:
			o.paste(o.t.takePaste())
		case charUndo: // jobsh patch (PATCHES.md, 5)
			o.undoChange()
		case metaLastArg:
			o.yankLastArg(o.undo.prev == metaLastArg)
		case CharBckSearch:
			if !o.SearchMode(S_DIR_BCK) {
				o.t.Bell()
				break
			}
			keepInSearchMode = true
		case CharCtrlU:
			o.buf.KillFront()
		case CharFwdSearch:
			if !o.SearchMode(S_DIR_FWD) {
				o.t.Bell()
				break
			}
			keepInSearchMode = true
		case CharKill:
			o.buf.Kill()
		case MetaForward:
			o.buf.MoveToWordEnd() // jobsh patch (PATCHES.md, 14): bash's forward-word
		case metaUpcase, metaDowncase, metaCapitalize:
			o.buf.caseWord(r)
		case noKey:
		case CharTranspose:
			o.buf.Transpose()
		case MetaBackward:
			o.buf.MoveToPrevWord()
		case MetaDelete:
			o.buf.DeleteWord()
		case CharLineStart:
			o.buf.MoveToLineStart()
		case CharLineEnd:
			o.buf.MoveToLineEnd()
		case CharBackspace, CharCtrlH:
			if o.IsSearchMode() {
				o.SearchBackspace()
				keepInSearchMode = true
				break
			}

			if o.buf.Len() == 0 {
				o.t.Bell()
				break
			}
			o.buf.Backspace()
		case CharCtrlZ:
			o.buf.Clean()
			o.t.SleepToResume()
			o.Refresh()
		case CharCtrlL:
			ClearScreen(o.w)
			o.buf.Lock()
			head := o.buf.head
			o.buf.Unlock()
			io.WriteString(o.w, head) // jobsh patch (PATCHES.md, 16)
			o.Refresh()
		case MetaBackspace:
			o.buf.BackEscapeWord()
		case CharCtrlW:
			o.buf.unixWordRubout() // jobsh patch (PATCHES.md, 14)
		case CharCtrlY:
			o.buf.Yank()
		case charEditLine: // jobsh patch (PATCHES.md, 17)
			if o.IsSearchMode() {
				o.ExitSearchMode(false)
			}
			o.buf.MoveToLineEnd()
			o.buf.WriteRune('\n')
			data := o.buf.Reset()
			isUpdateHistory = false
			kick, ended = false, true
			o.errchan <- editLineError{data[:len(data)-1]}
		case CharEnter, CharCtrlJ:
			if o.IsSearchMode() {
				o.ExitSearchMode(false)
			}
			o.buf.MoveToLineEnd()
			var data []rune
			if !o.GetConfig().UniqueEditLine {
				o.buf.WriteRune('\n')
				data = o.buf.Reset()
				data = data[:len(data)-1] // trim \n
			} else {
				o.buf.Clean()
				data = o.buf.Reset()
			}
			kick, ended = false, true
			o.outchan <- data
			if !o.GetConfig().DisableAutoSaveHistory {
				// ignore IO error
				_ = o.history.New(data)
			} else {
				isUpdateHistory = false
			}
		case CharBackward:
			o.buf.MoveBackward()
		case CharForward:
			o.buf.MoveForward()
		case charHistSearchBack, charHistSearchFwd: // jobsh patch (PATCHES.md, 18)
			o.searchHistoryPrefix(r == charHistSearchBack)
		case CharPrev:
			buf := o.history.Prev()
			if buf != nil {
				o.buf.Set(buf)
			} else {
				o.t.Bell()
			}
		case CharNext:
			buf, ok := o.history.Next()
			if ok {
				o.buf.Set(buf)
			} else {
				o.t.Bell()
			}
		case CharDelete:
			if o.buf.Len() > 0 || !o.IsNormalMode() {
				if !o.buf.Delete() {
					o.t.Bell()
				}
				break
			}

			// treat as EOF
			if !o.GetConfig().UniqueEditLine {
				o.buf.WriteString(o.GetConfig().EOFPrompt + "\n")
			}
			o.buf.Reset()
			isUpdateHistory = false
			o.history.Revert()
			kick, ended = false, true
			o.errchan <- io.EOF
			if o.GetConfig().UniqueEditLine {
				o.buf.Clean()
			}
		case CharInterrupt:
			// jobsh patch (PATCHES.md, 2): Ctrl-C leaves a search or a
			// completion list and abandons the line, as in bash
			// (upstream left only the mode, and the shell waited for
			// the line's end that never came).
			if o.IsSearchMode() {
				o.ExitSearchMode(true)
			}
			hint := o.GetConfig().InterruptPrompt + "\n"
			var remain []rune
			if o.LeaveListWith(hint) {
				// jobsh patch (PATCHES.md, 11): ^C ends the row of
				// the question or --More--; the line is not drawn
				// there again.
				remain = o.buf.Reset()
			} else {
				o.buf.MoveToLineEnd()
				o.buf.Refresh(nil)
				if !o.GetConfig().UniqueEditLine {
					o.buf.WriteString(hint)
				}
				remain = o.buf.Reset()
				if !o.GetConfig().UniqueEditLine {
					remain = remain[:len(remain)-len([]rune(hint))]
				}
			}
			isUpdateHistory = false
			o.history.Revert()
			kick, ended = false, true
			o.errchan <- &InterruptError{remain}
		default:
			if o.IsSearchMode() {
				o.SearchChar(r)
				keepInSearchMode = true
				break
			}
			o.buf.WriteRune(r)
		}

		listener := o.GetConfig().Listener
		if listener != nil {
			newLine, newPos, ok := listener.OnChange(o.buf.Runes(), o.buf.Pos(), r)
			if ok {
				o.buf.SetWithIdx(newPos, newLine)
			}
		}

		o.m.Lock()
		if !keepInSearchMode && o.IsSearchMode() {
			o.ExitSearchMode(false)
			o.buf.Refresh(nil)
		}
		if isUpdateHistory && !o.IsSearchMode() {
			// it will cause null history
			o.history.Update(o.buf.Runes(), false)
		}
		o.m.Unlock()
	}
}

func (o *Operation) Stderr() io.Writer {
	return &wrapWriter{target: o.GetConfig().Stderr, r: o, t: o.t}
}

func (o *Operation) Stdout() io.Writer {
	return &wrapWriter{target: o.GetConfig().Stdout, r: o, t: o.t}
}

func (o *Operation) String() (string, error) {
	r, err := o.Runes()
	return string(r), err
}

func (o *Operation) Runes() ([]rune, error) {
	o.t.EnterRawMode()
	defer o.t.ExitRawMode()
	if o.GetConfig().BracketedPaste {
		// jobsh patch (PATCHES.md, 4): on while the line is read
		// only: a program run next gets the terminal as it expects.
		o.t.Write([]byte("\033[?2004h"))
		defer o.t.Write([]byte("\033[?2004l"))
	}

	listener := o.GetConfig().Listener
	if listener != nil {
		listener.OnChange(nil, 0, 0)
	}

	// jobsh patch (PATCHES.md, 3): the terminal may have been resized
	// while a command ran in the foreground, and SIGWINCH went to the
	// command, not to us.
	o.checkWidth()
	o.buf.Refresh(nil) // print prompt
	o.t.KickRead()
	select {
	case r := <-o.outchan:
		return r, nil
	case err := <-o.errchan:
		if e, ok := err.(*InterruptError); ok {
			return e.Line, ErrInterrupt
		}
		if e, ok := err.(editLineError); ok {
			return e.line, ErrEditLine
		}
		return nil, err
	}
}

func (o *Operation) PasswordEx(prompt string, l Listener) ([]byte, error) {
	cfg := o.GenPasswordConfig()
	cfg.Prompt = prompt
	cfg.Listener = l
	return o.PasswordWithConfig(cfg)
}

func (o *Operation) GenPasswordConfig() *Config {
	return o.opPassword.PasswordConfig()
}

func (o *Operation) PasswordWithConfig(cfg *Config) ([]byte, error) {
	if err := o.opPassword.EnterPasswordMode(cfg); err != nil {
		return nil, err
	}
	defer o.opPassword.ExitPasswordMode()
	return o.Slice()
}

func (o *Operation) Password(prompt string) ([]byte, error) {
	return o.PasswordEx(prompt, nil)
}

func (o *Operation) SetTitle(t string) {
	o.w.Write([]byte("\033[2;" + t + "\007"))
}

func (o *Operation) Slice() ([]byte, error) {
	r, err := o.Runes()
	if err != nil {
		return nil, err
	}
	return []byte(string(r)), nil
}

func (o *Operation) Close() {
	select {
	case o.errchan <- io.EOF:
	default:
	}
	o.history.Close()
}

func (o *Operation) SetHistoryPath(path string) {
	if o.history != nil {
		o.history.Close()
	}
	o.cfg.HistoryFile = path
	o.history = newOpHistory(o.cfg)
}

func (o *Operation) IsNormalMode() bool {
	return !o.IsSearchMode()
}

func (op *Operation) SetConfig(cfg *Config) (*Config, error) {
	op.m.Lock()
	defer op.m.Unlock()
	if op.cfg == cfg {
		return op.cfg, nil
	}
	if err := cfg.Init(); err != nil {
		return op.cfg, err
	}
	old := op.cfg
	op.cfg = cfg
	op.SetPrompt(cfg.Prompt)
	op.SetMaskRune(cfg.MaskRune)
	op.buf.SetConfig(cfg)
	width := op.cfg.FuncGetWidth()

	if cfg.opHistory == nil {
		op.SetHistoryPath(cfg.HistoryFile)
		cfg.opHistory = op.history
		cfg.opSearch = newOpSearch(op.buf.w, op.buf, op.history, cfg, width)
	}
	op.history = cfg.opHistory

	// SetHistoryPath will close opHistory which already exists
	// so if we use it next time, we need to reopen it by `InitHistory()`
	op.history.Init()

	if op.cfg.AutoComplete != nil {
		op.opCompleter = newOpCompleter(op.buf.w, op)
	}

	op.opSearch = cfg.opSearch
	return old, nil
}

func (o *Operation) ResetHistory() {
	o.history.Reset()
}

// if err is not nil, it just mean it fail to write to file
// other things goes fine.
func (o *Operation) SaveHistory(content string) error {
	return o.history.New([]rune(content))
}

func (o *Operation) Refresh() {
	if o.t.IsReading() {
		o.buf.Refresh(nil)
	}
}

func (o *Operation) Clean() {
	o.buf.Clean()
}

func FuncListener(f func(line []rune, pos int, key rune) (newLine []rune, newPos int, ok bool)) Listener {
	return &DumpListener{f: f}
}

type DumpListener struct {
	f func(line []rune, pos int, key rune) (newLine []rune, newPos int, ok bool)
}

func (d *DumpListener) OnChange(line []rune, pos int, key rune) (newLine []rune, newPos int, ok bool) {
	return d.f(line, pos, key)
}

type Listener interface {
	OnChange(line []rune, pos int, key rune) (newLine []rune, newPos int, ok bool)
}

type Painter interface {
	Paint(line []rune, pos int) []rune
}

type defaultPainter struct{}

func (p *defaultPainter) Paint(line []rune, _ int) []rune {
	return line
}
