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
	opts, names, ok := sh.options("read", args, "ra:d:n:N:p:t:su:")
	if !ok {
		return 2, nil
	}
	_, raw := opts['r']
	_, silent := opts['s']
	delim := byte('\n')
	if d, ok := opts['d']; ok {
		delim = 0
		if d != "" {
			delim = d[0]
		}
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
	if p, ok := opts['p']; ok && jobs.IsTerminal(int(in.Fd())) {
		fmt.Fprint(sh.stderr(), p)
	}
	if silent && jobs.IsTerminal(int(in.Fd())) {
		if restore := noEcho(int(in.Fd())); restore != nil {
			defer restore()
		}
	}
	line, status := readLine(in, delim, limit, raw, deadline)
	if status > 128 {
		return status, nil
	}
	arrayName, isArray := opts['a']
	if isArray {
		fields := expand.ReadFields(sh.expandConfig(), line, -1, raw)
		if err := sh.Set(arrayName, expand.Variable{Set: true, Kind: expand.Indexed, List: fields}); err != nil {
			sh.errorf("read: %v", err)
			return 1, nil
		}
		return status, nil
	}
	if len(names) == 0 {
		// REPLY gets the line as read, without splitting or trimming.
		if !sh.setVar("REPLY", line, false) {
			return 1, nil
		}
		return status, nil
	}
	fields := expand.ReadFields(sh.expandConfig(), line, len(names), raw)
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

// readLine reads up to delim. Backslash-newline joins lines and a
// backslash quotes the next character unless raw. The status is 1 at end
// of input, 142 (128+SIGALRM, as bash) on timeout.
func readLine(f *os.File, delim byte, limit int, raw bool, deadline time.Time) (string, int) {
	var b strings.Builder
	buf := make([]byte, 1)
	count := 0
	for limit < 0 || count < limit {
		if !deadline.IsZero() {
			ready, err := waitReadable(int(f.Fd()), time.Until(deadline))
			if err == nil && !ready {
				return b.String(), 142
			}
		}
		n, err := f.Read(buf)
		if n == 0 || err != nil {
			return b.String(), 1
		}
		c := buf[0]
		if c == delim {
			return b.String(), 0
		}
		if c == '\\' && !raw {
			if n, err := f.Read(buf); n == 0 || err != nil {
				return b.String(), 1
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
