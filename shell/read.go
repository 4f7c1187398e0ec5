package shell

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"jobsh/jobs"

	"mvdan.cc/sh/v3/expand"
)

// builtinRead reads one line from standard input, one byte at a time so
// that nothing past the line is taken from a pipe or terminal that other
// commands read next, and splits it into variables with IFS.
func builtinRead(sh *Shell, args []string) (int, error) {
	opts, names, ok := sh.options("read", args, "ersa:d:i:n:N:p:t:u:")
	if !ok {
		return 2, nil
	}
	_, raw := opts['r']
	_, silent := opts['s']
	_, edit := opts['e']
	delim := int('\n')
	if d, ok := opts['d']; ok {
		delim = 0
		if d != "" {
			delim = int(d[0])
		}
	}
	if _, ok := opts['N']; ok {
		delim = noDelim // -N reads its count, newlines and all
	}
	limit := -1
	for _, o := range []byte("nN") {
		if v, ok := opts[o]; ok {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				sh.errorf("read: %s: invalid number", v)
				return 1, nil
			}
			limit = n
		}
	}
	fd := 0
	if v, ok := opts['u']; ok {
		n, err := strconv.Atoi(v)
		if err != nil || sh.fd(n) == nil {
			sh.errorf("read: %s: invalid file descriptor specification", v)
			return 1, nil
		}
		fd = n
	}
	var deadline time.Time
	if v, ok := opts['t']; ok {
		secs, err := strconv.ParseFloat(v, 64)
		if err != nil || secs < 0 {
			sh.errorf("read: %s: invalid timeout specification", v)
			return 1, nil
		}
		deadline = time.Now().Add(time.Duration(secs * float64(time.Second)))
	}
	in := sh.fd(fd)
	if in == nil {
		sh.errorf("read: read error: %d: Bad file descriptor", fd)
		return 1, nil
	}
	if v, ok := opts['t']; ok && deadline.Sub(time.Now()) <= 0 && strings.Trim(v, "0.") == "" {
		// read -t 0 reads nothing: it says whether input (or end of
		// file) is there to read, as bash does.
		if ready, err := waitReadable(int(in.Fd()), 0); ready || err != nil {
			return 0, nil
		}
		return 1, nil
	}
	tty := jobs.IsTerminal(int(in.Fd()))
	// As in bash, -e, -i, -p and -s act only on a terminal. The editor
	// ends the line after -n's or -N's count, at -d's character and at
	// -t's time limit, and hides it with -s, as bash's readline does.
	if edit && tty {
		if e := sh.lineEditor(int(in.Fd())); e != nil {
			o := LineOptions{Max: max(limit, 0), Deadline: deadline, Silent: silent}
			switch {
			case delim == noDelim:
				o.End = -1
			case delim != '\n':
				o.End = rune(delim)
			}
			line, status := sh.editLine(e, opts['p'], opts['i'], raw, o)
			return sh.assignRead(opts, names, line, raw, status)
		}
	}
	if p, ok := opts['p']; ok && tty {
		fmt.Fprint(sh.stderr(), p)
	}
	// bash reads one key at a time when something other than Enter can
	// end the read (-n, -N, -d): the terminal hands each key over as it
	// is typed.
	keys := false
	if oneChar := limit > 0 || delim != '\n'; tty && (silent || oneChar) {
		if restore := readTTYMode(int(in.Fd()), silent, oneChar); restore != nil {
			defer restore()
			defer sh.restoreOnInterrupt(restore)()
			keys = oneChar
		}
	}
	var interrupted func() bool
	if tty {
		interrupted = sh.readInterrupted
	}
	line, status := readLine(in, delim, limit, raw, deadline, interrupted, keys)
	return sh.assignRead(opts, names, line, raw, status)
}

// assignRead gives the line read to the variables, the array of -a or
// REPLY.
func (sh *Shell) assignRead(opts map[byte]string, names []string, line string, raw bool, status int) (int, error) {
	if status > 128 {
		return status, nil
	}
	split := func(n int) []string { return expand.ReadFields(sh.expandConfig(), line, n, raw) }
	if _, ok := opts['N']; ok {
		// -N takes what it read whole, as bash: not split at IFS nor
		// trimmed, all in the first variable.
		if !raw {
			line = unbackslash(line)
		}
		split = func(int) []string { return []string{line} }
	}
	arrayName, isArray := opts['a']
	if isArray {
		fields := split(-1)
		if err := sh.Set(arrayName, expand.Variable{Set: true, Kind: expand.Indexed, List: fields}); err != nil {
			sh.errorf("read: %v", err)
			return 1, nil
		}
		return status, nil
	}
	if len(names) == 0 {
		// REPLY gets the line as read, without splitting or trimming;
		// a backslash that quoted a character goes, as in bash.
		if _, ok := opts['N']; !ok && !raw {
			line = unbackslash(line)
		}
		if !sh.setVar("REPLY", line, false) {
			return 1, nil
		}
		return status, nil
	}
	fields := split(len(names))
	for i, name := range names {
		v := ""
		if i < len(fields) {
			v = fields[i]
		}
		if !validName(name) {
			sh.errorf("read: `%s': not a valid identifier", name)
			return 1, nil
		}
		if !sh.setVar(name, v, false) {
			return 1, nil
		}
	}
	return status, nil
}

// readInterrupted is how a read from the terminal hears of signals, as in
// bash: Ctrl-C ends it (130); a trapped signal has its action run at once,
// and the read goes on.
func (sh *Shell) readInterrupted() bool {
	select {
	case <-sh.sigint:
		sh.shared.interrupted.Store(true)
		return true
	default:
	}
	if sh.trapPending() {
		sh.runPendingTraps()
	}
	return sh.shared.interrupted.Load()
}

// noDelim is the delimiter of a read that no byte ends (read -N).
const noDelim = -1

// readLine reads up to delim (a byte, or noDelim). Backslash-newline joins lines and a
// backslash quotes the next character unless raw. The status is 1 at end
// of input, 142 (128+SIGALRM, as bash) on timeout, 130 when interrupted
// (not nil) says a signal ended the read.
//
// keys says the terminal is out of canonical mode and set to hand over
// what it has without waiting (readTTYMode); interrupted is then not nil.
func readLine(f *os.File, delim int, limit int, raw bool, deadline time.Time, interrupted func() bool, keys bool) (string, int) {
	var b strings.Builder
	buf := make([]byte, 1)
	count := 0
	for limit < 0 || count < limit {
		if status := readByte(f, buf, keys, deadline, interrupted); status != 0 {
			return b.String(), status
		}
		c := buf[0]
		if int(c) == delim {
			return b.String(), 0
		}
		if c == 0 {
			continue // bash skips NUL bytes (read -d '' ends at one)
		}
		if c == '\\' && !raw {
			if status := readByte(f, buf, keys, deadline, interrupted); status != 0 {
				return b.String(), status
			}
			if buf[0] == '\n' {
				continue
			}
			// Keep the backslash so that IFS splitting treats the
			// character literally; ReadFields removes it.
			b.WriteByte('\\')
			b.WriteByte(buf[0])
			count++
			continue
		}
		b.WriteByte(c)
		count++
	}
	return b.String(), 0
}

// builtinMapfile is mapfile and readarray: each line of standard input (or
// -u FD) becomes an element of an indexed array, MAPFILE by default.
func builtinMapfile(sh *Shell, args []string) (int, error) {
	name := "mapfile"
	opts, names, ok := sh.options(name, args, "d:n:O:s:tu:C:c:")
	if !ok {
		return 2, nil
	}
	num := func(o byte) (int, bool) {
		v, set := opts[o]
		if !set {
			return 0, true
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			sh.errorf("%s: %s: invalid number", name, v)
			return 0, false
		}
		return n, true
	}
	count, ok1 := num('n')
	origin, ok2 := num('O')
	skip, ok3 := num('s')
	fd, ok4 := num('u')
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return 1, nil
	}
	quantum := 5000
	if q, set := opts['c']; set {
		n, err := strconv.Atoi(q)
		if err != nil || n <= 0 {
			sh.errorf("%s: %s: invalid callback quantum", name, q)
			return 1, nil
		}
		quantum = n
	}
	callback, hasCallback := opts['C']
	if sh.fd(fd) == nil {
		sh.errorf("%s: %d: invalid file descriptor: Bad file descriptor", name, fd)
		return 1, nil
	}
	delim := int('\n')
	if d, ok := opts['d']; ok {
		delim = 0
		if d != "" {
			delim = int(d[0])
		}
	}
	_, trim := opts['t']
	target := "MAPFILE"
	if len(names) > 0 {
		target = names[0]
	}
	if !validName(target) {
		sh.errorf("%s: `%s': not a valid identifier", name, target)
		return 1, nil
	}
	// Line by line with read's own reader, byte at a time, so that with
	// -n nothing past the last line taken is consumed from a pipe another
	// command reads next.
	in := sh.fd(fd)
	next := func() (string, bool) {
		line, status := readLine(in, delim, -1, true, time.Time{}, nil, false)
		if status != 0 {
			return line, line != "" // the last line, without its delimiter
		}
		if !trim && delim != 0 {
			line += string(byte(delim)) // a NUL can't be in a value, as in bash
		}
		return line, true
	}
	for range skip {
		if _, ok := next(); !ok {
			break
		}
	}
	v := expand.Variable{Set: true, Kind: expand.Indexed, List: []string{}}
	if _, keep := opts['O']; keep {
		if cur := sh.Get(target); cur.Kind == expand.Indexed {
			v = copyVar(cur)
		}
	}
	for n := 1; count == 0 || n <= count; n++ {
		line, ok := next()
		if !ok {
			break
		}
		if hasCallback && n%quantum == 0 {
			// As bash: the callback sees the array as stored so far,
			// and runs before this line goes in.
			if err := sh.Set(target, v); err != nil {
				sh.errorf("%s: %v", name, err)
				return 1, nil
			}
			idx := strconv.Itoa(origin + n - 1)
			if _, err := sh.runSourceAs(callback+" "+idx+" "+singleQuote(line), "", "eval"); err != nil {
				return sh.status, err
			}
			if cur := sh.Get(target); cur.Kind == expand.Indexed {
				v = copyVar(cur) // what the callback changed stays
			}
		}
		setArrayElem(&v, origin+n-1, line)
	}
	if err := sh.Set(target, v); err != nil {
		sh.errorf("%s: %v", name, err)
		return 1, nil
	}
	return 0, nil
}

// awaitInput waits until f can be read without blocking past the
// deadline (142 if it passes first, even on input that never stops, such
// as /dev/zero) or past a signal that interrupted reports (130). Go takes
// signals on another thread, so a blocking read would never see them; it
// polls in slices instead. With neither, it returns at once.
func awaitInput(f *os.File, deadline time.Time, interrupted func() bool) int {
	if deadline.IsZero() && interrupted == nil {
		return 0
	}
	for {
		if !deadline.IsZero() && !time.Now().Before(deadline) {
			return 142
		}
		if interrupted != nil && interrupted() {
			return 130
		}
		slice := time.Duration(pollSlice) * time.Millisecond
		if !deadline.IsZero() {
			slice = min(slice, time.Until(deadline))
		}
		if interrupted == nil && !deadline.IsZero() {
			slice = time.Until(deadline)
		}
		if ready, err := waitReadable(int(f.Fd()), slice); ready || err != nil {
			// A Ctrl-C that came while it waited ends the read before
			// it takes a key: the keys typed after it are the next
			// command line's (the first was lost).
			if interrupted != nil && interrupted() {
				return 130
			}
			return 0
		}
	}
}

// TextEditor is a LineEditor that can put text on the line before the
// user edits it (read -e -i); package editor's is one.
type TextEditor interface {
	LineEditor
	ReadLineText(prompt, text string) (string, error)
	// ReadLineWith is ReadLineText for a line read as o says.
	ReadLineWith(prompt, text string, o LineOptions) (string, error)
}

// LineOptions are how read -e's line is read, as bash's readline reads
// it.
type LineOptions struct {
	// Max: the line ends once it is this long (-n, -N), if > 0.
	Max int
	// End: the key that ends the line (-d), if > 0; Enter is then a
	// character of the line, as it is with End -1 (-N).
	End rune
	// Deadline: the line ends with ErrTimeout then (-t), if not zero.
	Deadline time.Time
	// Silent: the line is not shown as it is typed (-s).
	Silent bool
}

// lineEditor is the line editor read -e uses on the terminal fd, made
// with Config.NewEditor and kept for the next read; nil if there is none.
func (sh *Shell) lineEditor(fd int) TextEditor {
	if e, ok := sh.readEditor.(TextEditor); ok && sh.readEditorFD == fd {
		return e
	}
	if sh.newEditor == nil {
		return nil
	}
	e, err := sh.newEditor(sh, fd)
	if err != nil {
		return nil
	}
	te, ok := e.(TextEditor)
	if !ok {
		return nil
	}
	sh.readEditor, sh.readEditorFD = te, fd
	return te
}

// editLine is read -e's line: edited with prompt, starting as text (-i);
// unless raw, a backslash quotes the next character and one at the end of
// the line continues it on the next.
func (sh *Shell) editLine(e TextEditor, prompt, text string, raw bool, o LineOptions) (string, int) {
	var b strings.Builder
	for {
		line, err := e.ReadLineWith(prompt, text, o)
		if err == ErrEditLine {
			err = nil // no command to run: the line as it is
		}
		if err == ErrInterrupt {
			return "", 130
		}
		if err == ErrTimeout {
			return "", 142 // nothing of the line is kept, as in bash
		}
		if err != nil {
			return b.String(), 1
		}
		if raw {
			return line, 0
		}
		if o.Max > 0 || o.End != 0 {
			// A line cut at a count or a delimiter is not continued
			// after a backslash (readLine's rule without -e).
			return line, 0
		}
		more := false
		for i := 0; i < len(line); i++ {
			if line[i] != '\\' {
				b.WriteByte(line[i])
				continue
			}
			if i+1 == len(line) {
				more = true
				break
			}
			// Kept before the character it quotes, as readLine
			// does, for IFS splitting.
			i++
			b.WriteByte('\\')
			b.WriteByte(line[i])
		}
		if !more {
			return b.String(), 0
		}
		prompt, text = "", ""
	}
}
