//go:build linux

// Package editor is jobsh's interactive front end: the line editor (a
// patched github.com/chzyer/readline, third_party/readline) behind the
// two methods the interpreter asks of it, shell.LineEditor. It imports
// the interpreter, for completion and the history to recall; the
// interpreter never imports it (cmd/jobsh joins them, with
// shell.Config.NewEditor), as elvish's eval never imports its edit.
//
// What stays in the interpreter is what a script can reach: the history
// list (the history builtin, !-expansion, HISTFILE), prompt expansion
// (PS1 is a variable, expanded as bash does) and the completion engine
// (compgen-style: candidates for a word, which shell functions will
// extend). The editor owns the keys, the screen and the terminal's input.
package editor

import (
	"io"
	"os"
	"strings"

	"jobsh/shell"

	"github.com/chzyer/readline"
	"golang.org/x/sys/unix"
)

// Editor edits lines on a terminal for a shell.
type Editor struct {
	rl   *readline.Instance
	gate *gate
	sh   *shell.Shell
	// recall is the history readline has, to bring it in step with the
	// shell's before each line (see syncHistory).
	recall []string
	vi     bool // set -o vi, as readline was last told
	// keys are the bindings bind made, as readline was last given
	// them (applyKeys).
	keys []shell.KeyBinding
}

// New makes an editor on the terminal fd for sh: its completion and its
// history. It is shell.Config's NewEditor.
func New(sh *shell.Shell, fd int) (shell.LineEditor, error) {
	g, err := newGate(fd)
	if err != nil {
		return nil, err
	}
	e := &Editor{gate: g, sh: sh}
	e.rl, err = readline.NewEx(&readline.Config{
		Stdin:  g,
		Stdout: os.Stderr, // prompts go to stderr, as in bash
		Stderr: os.Stderr,
		// readline's own Ctrl-Z handling stops the shell's parent; a
		// shell must not react to it at its prompt.
		FuncFilterInputRune: func(r rune) (rune, bool) { return r, r != readline.CharCtrlZ },
		AutoComplete:        completer{e},
		InterruptPrompt:     "^C",
		// Ctrl-D ends the line with nothing shown, as in bash
		// (readline's "\n" stands for none; its default is ^D).
		EOFPrompt: "\n",
		// The shell keeps the history; readline only gets each whole
		// entry to recall.
		DisableAutoSaveHistory: true,
		HistoryLimit:           5000,
		// A paste is text to look over, run only at Enter (bash 5.1+).
		BracketedPaste: true,
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// ReadLine shows prompt and edits a line; shell.ErrInterrupt when Ctrl-C
// abandons it.
func (e *Editor) ReadLine(prompt string) (string, error) {
	return e.ReadLineText(prompt, "")
}

// ReadLineText is ReadLine with text already on the line to edit (read -e
// -i text): shell.TextEditor.
func (e *Editor) ReadLineText(prompt, text string) (string, error) {
	e.syncHistory()
	e.applyKeys()
	// readline takes the last line of the prompt as the editable line's
	// prefix; earlier lines are printed first.
	head := ""
	if i := strings.LastIndexByte(prompt, '\n'); i >= 0 {
		head, prompt = prompt[:i+1], prompt[i+1:]
		os.Stderr.WriteString(head)
	}
	e.rl.SetPromptHead(head) // drawn again after Ctrl-L and a list
	e.rl.SetPrompt(prompt)
	e.keepUnfinishedLine()
	e.gate.setOpen(true)
	line, err := e.rl.ReadlineWithDefault(text)
	e.gate.setOpen(false)
	switch err {
	case readline.ErrInterrupt:
		return "", shell.ErrInterrupt
	case readline.ErrEditLine:
		return line, shell.ErrEditLine
	}
	return line, err
}

// Notify writes through readline, which clears the line being edited,
// prints the text and draws the prompt and the line again.
func (e *Editor) Notify(text string) { io.WriteString(e.rl.Stdout(), text) }

// SetViMode is set -o vi (on) and set -o emacs (off). The shell asks
// before every line; readline is told only of a change, since it writes
// its config unlocked while its input goroutine reads it (the race
// detector's find).
func (e *Editor) SetViMode(on bool) {
	if on != e.vi {
		e.vi = on
		e.rl.SetVimMode(on)
	}
}

// Close gives the terminal's modes back.
func (e *Editor) Close() error { return e.rl.Close() }

// syncHistory gives readline the shell's history to recall. Usually the
// shell only added entries since the last line, and readline gets those;
// after history -c, -d, -r, erasedups or trimming to HISTSIZE it gets the
// whole list again.
func (e *Editor) syncHistory() {
	now := e.sh.HistoryLines()
	if len(now) >= len(e.recall) && equal(now[:len(e.recall)], e.recall) {
		for _, line := range now[len(e.recall):] {
			e.rl.SaveHistory(line)
		}
	} else {
		e.rl.ResetHistory()
		for _, line := range now {
			e.rl.SaveHistory(line)
		}
	}
	e.recall = now
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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
func (e *Editor) keepUnfinishedLine() {
	ws, err := unix.IoctlGetWinsize(e.gate.fd, unix.TIOCGWINSZ)
	if err != nil || ws.Col < 2 {
		return
	}
	os.Stderr.WriteString("\x1b[7m%\x1b[0m" + strings.Repeat(" ", int(ws.Col)-1) + "\r\x1b[K")
}
