package shell

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// history is the interactive shell's command history, shared through
// $HISTFILE (default ~/.jobsh_history) by all the sessions of a user: each
// command is appended as it is entered, under an exclusive flock, so two
// shells never interleave or lose lines. The file is created with mode
// 0600. A command of several lines is one entry: its newlines are stored
// as a backslash at the end of a line.
type history struct {
	entries []string
	file    string
	max     int // HISTSIZE: entries kept in memory
}

func (sh *Shell) histSize(name string, def int) int {
	if n, err := strconv.Atoi(sh.Get(name).String()); err == nil && n >= 0 {
		return n
	}
	return def
}

// loadHistory reads $HISTFILE at the start of an interactive shell.
func (sh *Shell) loadHistory() {
	file := sh.Get("HISTFILE").String()
	if !sh.Get("HISTFILE").IsSet() {
		file = filepath.Join(sh.Get("HOME").String(), ".jobsh_history")
		sh.setVar("HISTFILE", file, false)
	}
	sh.hist = &history{file: file, max: sh.histSize("HISTSIZE", 500)}
	data, err := os.ReadFile(file)
	if err != nil {
		return
	}
	sh.hist.entries = parseHistory(string(data))
	sh.hist.trim()
}

func parseHistory(data string) []string {
	var entries []string
	var cur strings.Builder
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasSuffix(line, `\`) {
			cur.WriteString(strings.TrimSuffix(line, `\`))
			cur.WriteByte('\n')
			continue
		}
		cur.WriteString(line)
		entries = append(entries, cur.String())
		cur.Reset()
	}
	return entries
}

func encodeHistory(entry string) string {
	return strings.ReplaceAll(entry, "\n", "\\\n") + "\n"
}

func (h *history) trim() {
	if len(h.entries) > h.max {
		h.entries = append([]string(nil), h.entries[len(h.entries)-h.max:]...)
	}
}

// add records a command: in memory, in the line editor, and at the end of
// the file.
func (sh *Shell) addHistory(entry string, in lineReader) {
	if sh.hist == nil || strings.TrimSpace(entry) == "" {
		return
	}
	sh.hist.max = sh.histSize("HISTSIZE", 500)
	sh.hist.entries = append(sh.hist.entries, entry)
	sh.hist.trim()
	if in != nil {
		in.AddHistory(entry)
	}
	if sh.hist.file == "" || sh.histSize("HISTFILESIZE", 500) == 0 {
		return
	}
	f, err := os.OpenFile(sh.hist.file, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	unix.Flock(int(f.Fd()), unix.LOCK_EX)
	f.WriteString(encodeHistory(entry))
	unix.Flock(int(f.Fd()), unix.LOCK_UN)
}

// truncateHistoryFile keeps the last HISTFILESIZE entries of the file, at
// exit: it rewrites the file under the lock, through a temporary file
// renamed over it.
func (sh *Shell) truncateHistoryFile() {
	if sh.hist == nil || sh.hist.file == "" {
		return
	}
	max := sh.histSize("HISTFILESIZE", 500)
	f, err := os.OpenFile(sh.hist.file, os.O_RDWR, 0)
	if err != nil {
		return
	}
	defer f.Close()
	if unix.Flock(int(f.Fd()), unix.LOCK_EX) != nil {
		return
	}
	defer unix.Flock(int(f.Fd()), unix.LOCK_UN)
	data, err := os.ReadFile(sh.hist.file)
	if err != nil {
		return
	}
	entries := parseHistory(string(data))
	if len(entries) <= max {
		return
	}
	var b strings.Builder
	for _, e := range entries[len(entries)-max:] {
		b.WriteString(encodeHistory(e))
	}
	tmp := sh.hist.file + ".tmp" + strconv.Itoa(os.Getpid())
	if os.WriteFile(tmp, []byte(b.String()), 0o600) == nil {
		os.Rename(tmp, sh.hist.file)
	}
}

// builtinHistory is history [-c] [-d N] [N]: list the history numbered as
// bash does, clear it, or delete one entry.
func builtinHistory(sh *Shell, args []string) (int, error) {
	if sh.hist == nil {
		sh.hist = &history{max: 500}
	}
	h := sh.hist
	switch {
	case len(args) > 0 && args[0] == "-c":
		h.entries = nil
		if sh.editor != nil {
			sh.editor.ResetHistory()
		}
		return 0, nil
	case len(args) > 0 && args[0] == "-d":
		if len(args) < 2 {
			sh.errorf("history: -d: option requires an argument")
			return 2, nil
		}
		n, err := strconv.Atoi(args[1])
		if n < 0 {
			n += len(h.entries) + 1
		}
		if err != nil || n < 1 || n > len(h.entries) {
			sh.errorf("history: %s: history position out of range", args[1])
			return 1, nil
		}
		h.entries = append(h.entries[:n-1], h.entries[n:]...)
		if sh.editor != nil {
			sh.editor.ResetHistory()
			for _, e := range h.entries {
				sh.editor.AddHistory(e)
			}
		}
		return 0, nil
	case len(args) > 0 && strings.HasPrefix(args[0], "-"):
		return sh.usage("history", args[0])
	}
	first := 0
	if len(args) > 0 {
		n, err := strconv.Atoi(args[0])
		if err != nil {
			sh.errorf("history: %s: numeric argument required", args[0])
			return 1, nil
		}
		first = max(len(h.entries)-n, 0)
	}
	var b strings.Builder
	for i := first; i < len(h.entries); i++ {
		fmt.Fprintf(&b, "%5d  %s\n", i+1, h.entries[i])
	}
	return sh.write("history", b.String())
}
