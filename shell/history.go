package shell

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	"mvdan.cc/sh/v3/pattern"
)

// history is the interactive shell's command history, shared through
// $HISTFILE (default ~/.jobsh_history) by all the sessions of a user: each
// command is appended as it is entered, under an exclusive flock, so two
// shells never interleave or lose lines. The file is created with mode
// 0600. A command of several lines is one entry: its newlines are stored
// as a backslash at the end of a line. When $HISTTIMEFORMAT is set, each
// entry is preceded by a line "#<seconds since the epoch>", as bash writes
// it.
type history struct {
	entries []histEntry
	max     int // HISTSIZE: entries kept in memory
	hx      histExpander

	// What of the file this shell has seen, for history -n: the size it
	// has read up to, and the spans it has appended itself since.
	readOff int64
	own     [][2]int64
	// newFrom is the first entry history -a has not yet appended.
	newFrom int
}

type histEntry struct {
	line string
	time int64 // seconds since the epoch; 0 when unknown
}

func (sh *Shell) histSize(name string, def int) int {
	v := sh.Get(name)
	if !v.IsSet() {
		return def
	}
	n, err := strconv.Atoi(v.String())
	switch {
	case err != nil:
		return def
	case n < 0:
		return int(^uint(0) >> 1) // bash: a negative size is no limit
	}
	return n
}

// histFile is $HISTFILE; unset or empty, there is no file.
func (sh *Shell) histFile() string {
	return sh.Get("HISTFILE").String()
}

// loadHistory reads $HISTFILE at the start of an interactive shell.
func (sh *Shell) loadHistory() {
	if !sh.Get("HISTFILE").IsSet() {
		sh.setVar("HISTFILE", filepath.Join(sh.Get("HOME").String(), ".jobsh_history"), false)
	}
	// bash gives both sizes their value, so that they show.
	for _, name := range []string{"HISTSIZE", "HISTFILESIZE"} {
		if !sh.Get(name).IsSet() {
			sh.setVar(name, "500", false)
		}
	}
	if sh.hist == nil {
		sh.hist = &history{}
	}
	sh.hist.max = sh.histSize("HISTSIZE", 500)
	data, err := os.ReadFile(sh.histFile())
	if err != nil {
		return
	}
	sh.hist.entries = append(sh.hist.entries, parseHistory(string(data))...)
	sh.hist.readOff = int64(len(data))
	sh.hist.trim()
	sh.hist.newFrom = len(sh.hist.entries)
}

// parseHistory reads a history file: "#<digits>" lines are the time of
// the entry that follows; an entry without one takes the time it is read,
// as in bash.
func parseHistory(data string) []histEntry {
	var entries []histEntry
	var cur strings.Builder
	now := time.Now().Unix()
	stamp := now
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if cur.Len() == 0 && len(line) > 1 && line[0] == '#' && isDigit(line[1]) {
			if n, err := strconv.ParseInt(line[1:], 10, 64); err == nil {
				stamp = n
				continue
			}
		}
		if strings.HasSuffix(line, `\`) {
			cur.WriteString(strings.TrimSuffix(line, `\`))
			cur.WriteByte('\n')
			continue
		}
		cur.WriteString(line)
		entries = append(entries, histEntry{cur.String(), stamp})
		cur.Reset()
		stamp = now
	}
	return entries
}

func (sh *Shell) encodeHistory(e histEntry) string {
	text := strings.ReplaceAll(e.line, "\n", "\\\n") + "\n"
	if sh.Get("HISTTIMEFORMAT").IsSet() && e.time != 0 {
		text = "#" + strconv.FormatInt(e.time, 10) + "\n" + text
	}
	return text
}

func (h *history) trim() {
	if len(h.entries) > h.max {
		cut := len(h.entries) - h.max
		h.entries = append([]histEntry(nil), h.entries[cut:]...)
		h.newFrom = max(h.newFrom-cut, 0)
	}
}

// histIgnored is bash's HISTCONTROL and HISTIGNORE test: should this line
// stay out of the history? erasedups removes the earlier copies.
func (sh *Shell) histIgnored(line string) bool {
	h := sh.hist
	prev := ""
	if n := len(h.entries); n > 0 {
		prev = h.entries[n-1].line
	}
	first, _, _ := strings.Cut(line, "\n")
	for _, c := range strings.Split(sh.Get("HISTCONTROL").String(), ":") {
		switch c {
		case "ignorespace", "ignoreboth":
			if strings.HasPrefix(first, " ") || strings.HasPrefix(first, "\t") {
				return true
			}
		}
		switch c {
		case "ignoredups", "ignoreboth":
			if len(h.entries) > 0 && line == prev {
				return true
			}
		}
	}
	if ig := sh.Get("HISTIGNORE").String(); ig != "" {
		for _, pat := range splitHistIgnore(ig) {
			if pat == "&" {
				if len(h.entries) > 0 && line == prev {
					return true
				}
				continue
			}
			if pat != "" && sh.matchPattern(pat, line, pattern.EntireString) {
				return true
			}
		}
	}
	for _, c := range strings.Split(sh.Get("HISTCONTROL").String(), ":") {
		if c == "erasedups" {
			kept := h.entries[:0]
			for i, e := range h.entries {
				if e.line != line {
					kept = append(kept, e)
				} else if i < h.newFrom {
					h.newFrom--
				}
			}
			h.entries = kept
		}
	}
	return false
}

// splitHistIgnore splits HISTIGNORE at colons not quoted by a backslash.
func splitHistIgnore(s string) []string {
	var pats []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == ':':
			cur.WriteByte(':')
			i++
		case s[i] == ':':
			pats = append(pats, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(pats, cur.String())
}

// histContext is what history expansion must know of the lines of a
// command typed so far: whether the next line is a here-document body
// (left alone, as bash does), or continues a quoted string.
type histContext struct {
	hereBody bool
	quote    byte // ' or ", or 0
}

// incompleteContext reads the context from the parser's error for the
// incomplete command ("unclosed here-document", "reached EOF without
// closing quote `'`").
func incompleteContext(err error) histContext {
	msg := err.Error()
	c := histContext{hereBody: strings.Contains(msg, "here-document")}
	if _, q, ok := strings.Cut(msg, "without closing quote `"); ok && q != "" {
		c.quote = q[0]
	}
	return c
}

// histExpandLine is history expansion of a line read at the prompt, as
// bash does it: the changed line is shown on stderr before it runs; with
// :p it is shown and saved but not run; an expansion that fails says why
// and nothing runs. ok is false when the line must not run.
func (sh *Shell) histExpandLine(line string, typed histContext) (string, bool) {
	if sh.hist == nil || !sh.opts[optHistExpand] || typed.hereBody {
		return line, true
	}
	sh.hist.hx.extglob = sh.opts[optExtGlob]
	out, how, err := sh.hist.hx.expandQuoted(line, sh.histLines(), typed.quote)
	if err != nil {
		sh.errorf("%s", err)
		return "", false
	}
	switch how {
	case histPrintOnly:
		fmt.Fprintln(os.Stderr, out)
		sh.addHistory(out)
		return "", false
	case histChanged:
		fmt.Fprintln(os.Stderr, out)
	}
	return out, true
}

// HistoryLines is the history list, oldest first: what the line editor
// recalls with the arrow keys and Ctrl-R.
func (sh *Shell) HistoryLines() []string {
	if sh.hist == nil {
		return nil
	}
	return sh.histLines()
}

func (sh *Shell) histLines() []string {
	lines := make([]string, len(sh.hist.entries))
	for i, e := range sh.hist.entries {
		lines[i] = e.line
	}
	return lines
}

// addHistory records a command: in memory (where the line editor finds
// it) and at the end of the file, unless HISTCONTROL or HISTIGNORE keep it
// out.
func (sh *Shell) addHistory(entry string) {
	if sh.hist == nil || !sh.opts[optHistory] || strings.TrimSpace(entry) == "" || sh.histIgnored(entry) {
		return
	}
	sh.pushHistory(entry)
}

func (sh *Shell) pushHistory(entry string) {
	h := sh.hist
	h.max = sh.histSize("HISTSIZE", 500)
	e := histEntry{entry, time.Now().Unix()}
	h.entries = append(h.entries, e)
	h.trim()
	file := sh.histFile()
	if file == "" || sh.histSize("HISTFILESIZE", 500) == 0 {
		return
	}
	// This runs before every interactive line: raw system calls, not an
	// os.File, whose netpoller registration (fcntl, epoll_ctl, fcntl) a
	// regular file refuses anyway, and close drops the lock. Five calls
	// instead of eleven.
	fd, err := unix.Open(file, unix.O_WRONLY|unix.O_APPEND|unix.O_CREAT|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return
	}
	defer unix.Close(fd)
	unix.Flock(fd, unix.LOCK_EX)
	off, _ := unix.Seek(fd, 0, io.SeekEnd)
	text := sh.encodeHistory(e)
	if n, _ := unix.Write(fd, []byte(text)); n > 0 {
		h.own = append(h.own, [2]int64{off, off + int64(n)})
	}
}

// truncateHistoryFile keeps the last HISTFILESIZE entries of the file, at
// exit: it rewrites the file under the lock, through a temporary file
// renamed over it.
func (sh *Shell) truncateHistoryFile() {
	file := sh.histFile()
	if sh.hist == nil || file == "" {
		return
	}
	max := sh.histSize("HISTFILESIZE", 500)
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if err != nil {
		return
	}
	defer f.Close()
	if unix.Flock(int(f.Fd()), unix.LOCK_EX) != nil {
		return
	}
	defer unix.Flock(int(f.Fd()), unix.LOCK_UN)
	data, err := os.ReadFile(file)
	if err != nil {
		return
	}
	entries := parseHistory(string(data))
	if len(entries) <= max {
		return
	}
	var b strings.Builder
	for _, e := range entries[len(entries)-max:] {
		b.WriteString(sh.encodeHistory(e))
	}
	tmp := file + ".tmp" + strconv.Itoa(os.Getpid())
	if os.WriteFile(tmp, []byte(b.String()), 0o600) == nil {
		os.Rename(tmp, file)
	}
}

// builtinHistory is bash's history builtin:
//
//	history [-c] [-d offset] [n]
//	history -anrw [filename]
//	history -ps arg [arg...]
func builtinHistory(sh *Shell, args []string) (int, error) {
	if sh.hist == nil {
		sh.hist = &history{max: sh.histSize("HISTSIZE", 500)}
	}
	h := sh.hist
	opts, rest, ok := sh.options("history", args, "cd:anrwps")
	if !ok {
		return 2, nil
	}
	if _, c := opts['c']; c {
		h.entries = nil
		h.newFrom = 0
	}
	if d, ok := opts['d']; ok {
		return sh.historyDelete(d)
	}
	file := sh.histFile()
	if len(rest) > 0 {
		file = rest[0]
	}
	switch {
	case has(opts, 'p'):
		// As in bash, the history -p command leaves the list first, so
		// that !! is the command before it.
		sh.dropLastHistory()
		status := 0
		h.hx.extglob = sh.opts[optExtGlob]
		for _, a := range rest {
			out, _, err := h.hx.expand(a, sh.histLines())
			if err != nil {
				sh.errorf("history: %s: history expansion failed", a)
				status = 1
				continue
			}
			if st, err := sh.write("history", out+"\n"); st != 0 || err != nil {
				return st, err
			}
		}
		return status, nil
	case has(opts, 's'):
		// The history -s command itself is replaced by its arguments.
		sh.dropLastHistory()
		if len(rest) > 0 {
			sh.pushHistory(strings.Join(rest, " "))
		}
		return 0, nil
	case has(opts, 'a'), has(opts, 'n'), has(opts, 'r'), has(opts, 'w'):
		if file == "" {
			return 1, nil
		}
		var err error
		switch {
		case has(opts, 'a'):
			err = sh.historyAppend(file)
		case has(opts, 'n'):
			err = sh.historyReadNew(file)
		case has(opts, 'r'):
			var data []byte
			if data, err = sh.readFile(file); err == nil {
				h.entries = append(h.entries, parseHistory(string(data))...)
				h.trim()
				h.newFrom = len(h.entries)
			}
		case has(opts, 'w'):
			err = sh.historyWrite(file, h.entries, os.O_TRUNC)
			h.newFrom = len(h.entries)
		}
		if err != nil {
			sh.errorf("history: %s: %s", file, errnoText(err))
			return 1, nil
		}
		return 0, nil
	case has(opts, 'c'):
		return 0, nil
	}
	first := 0
	if len(rest) > 0 {
		n, err := strconv.Atoi(rest[0])
		if err != nil {
			sh.errorf("history: %s: numeric argument required", rest[0])
			return 1, nil
		}
		first = max(len(h.entries)-n, 0)
	}
	tf := sh.Get("HISTTIMEFORMAT")
	var b strings.Builder
	for i := first; i < len(h.entries); i++ {
		stamp := ""
		if tf.IsSet() {
			stamp = "??"
			if t := h.entries[i].time; t != 0 {
				stamp = strftime(tf.String(), time.Unix(t, 0))
			}
		}
		fmt.Fprintf(&b, "%5d  %s%s\n", i+1, stamp, h.entries[i].line)
	}
	return sh.write("history", b.String())
}

// dropLastHistory takes the command running (history -p, history -s)
// out of the list; the file keeps it.
func (sh *Shell) dropLastHistory() {
	h := sh.hist
	if n := len(h.entries); n > 0 && sh.mode.interactive() {
		h.entries = h.entries[:n-1]
		h.newFrom = min(h.newFrom, len(h.entries))
	}
}

func has(opts map[byte]string, c byte) bool {
	_, ok := opts[c]
	return ok
}

// historyDelete is history -d N, -d -N (from the end) and -d START-END.
func (sh *Shell) historyDelete(arg string) (int, error) {
	h := sh.hist
	pos := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, false
		}
		if n < 0 {
			n += len(h.entries) + 1
		}
		return n, n >= 1 && n <= len(h.entries)
	}
	from, ok := pos(arg)
	to := from
	if a, b, found := strings.Cut(arg[min(1, len(arg)):], "-"); found && !ok {
		a = arg[:1] + a
		var ok1, ok2 bool
		from, ok1 = pos(a)
		to, ok2 = pos(b)
		ok = ok1 && ok2 && from <= to
	}
	if !ok {
		sh.errorf("history: %s: history position out of range", arg)
		return 1, nil
	}
	h.entries = append(h.entries[:from-1], h.entries[to:]...)
	h.newFrom = min(h.newFrom, len(h.entries))
	return 0, nil
}

// historyAppend is history -a: the entries of this session that are not
// in the file yet. The default file has each command already.
func (sh *Shell) historyAppend(file string) error {
	h := sh.hist
	from := min(h.newFrom, len(h.entries))
	h.newFrom = len(h.entries)
	if file == sh.histFile() {
		return nil // each command went there as it was entered
	}
	return sh.historyWrite(file, h.entries[from:], os.O_APPEND)
}

// rewriteHistoryAtExit is shopt -u histappend, bash's default: as an
// interactive shell leaves, $HISTFILE becomes its own list (the last
// HISTFILESIZE entries), whatever other shells appended meanwhile. With
// histappend (jobsh's default) each line went there as it was entered.
func (sh *Shell) rewriteHistoryAtExit() {
	if sh.opts[optHistAppend] || sh.hist == nil || !sh.mode.interactive() || sh.mode.subshell() {
		return
	}
	file := sh.histFile()
	max := sh.histSize("HISTFILESIZE", 500)
	if file == "" || max == 0 {
		return
	}
	entries := sh.hist.entries
	if max > 0 && len(entries) > max {
		entries = entries[len(entries)-max:]
	}
	sh.historyWrite(file, entries, os.O_TRUNC)
}

func (sh *Shell) historyWrite(file string, entries []histEntry, mode int) error {
	f, err := sh.openFile(file, os.O_WRONLY|os.O_CREATE|mode, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	unix.Flock(int(f.Fd()), unix.LOCK_EX)
	defer unix.Flock(int(f.Fd()), unix.LOCK_UN)
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(sh.encodeHistory(e))
	}
	_, err = f.WriteString(b.String())
	if mode == os.O_TRUNC && file == sh.histFile() {
		st, _ := f.Stat()
		sh.hist.readOff, sh.hist.own = st.Size(), nil
	}
	return err
}

// historyReadNew is history -n: the entries other shells have added to
// the file since this one last read it (its own appends are skipped).
func (sh *Shell) historyReadNew(file string) error {
	h := sh.hist
	data, err := sh.readFile(file)
	if err != nil {
		return err
	}
	off := h.readOff
	if file != sh.histFile() || int64(len(data)) < off {
		off = 0 // another file, or this one was rewritten
	}
	var b strings.Builder
	at := off
	for _, span := range h.own {
		if span[0] >= at && span[1] <= int64(len(data)) {
			b.Write(data[at:span[0]])
			at = span[1]
		}
	}
	b.Write(data[at:])
	h.entries = append(h.entries, parseHistory(b.String())...)
	h.trim()
	h.newFrom = len(h.entries)
	if file == sh.histFile() {
		h.readOff, h.own = int64(len(data)), nil
	}
	return nil
}
