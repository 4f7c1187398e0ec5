package shell

import (
	"os"
	"strconv"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// redirect applies redirections to a copy of the shell's descriptor table
// and makes it current. restore puts the old table back and closes what was
// opened; a permanent redirection (exec) just never calls it. On error the
// message is printed, the table is left as it was, and the command must not
// run.
func (sh *Shell) redirect(rs []*syntax.Redirect) (restore func(), err error) {
	old := sh.fds
	if len(rs) == 0 {
		return func() {}, nil
	}
	sh.fds = append([]*os.File(nil), old...)
	var opened []*os.File
	restore = func() {
		sh.fds = old
		for _, f := range opened {
			f.Close()
		}
	}
	for _, r := range rs {
		f, _, err := sh.redirectOne(r)
		if err != nil {
			restore()
			return nil, err
		}
		if f != nil && f != closedFD {
			opened = append(opened, f)
		}
	}
	return restore, nil
}

// redirectFailed is what a command whose redirections failed returns: the
// exit an expansion error in them asked for (set -u), the end of the
// command line (an arithmetic error), or nil with status 1.
func (sh *Shell) redirectFailed(err error) error {
	switch err.(type) {
	case exitFlow, discardFlow:
		return err
	}
	sh.status = 1
	return nil
}

// closedFD marks a descriptor closed by n>&-.
var closedFD = new(os.File)

func (sh *Shell) setFD(n int, f *os.File) {
	for len(sh.fds) <= n {
		sh.fds = append(sh.fds, nil)
	}
	if f == closedFD {
		f = nil
	}
	sh.fds[n] = f
}

// redirectOne performs one redirection on sh.fds. It returns the file it
// opened, if any, for the caller to close.
func (sh *Shell) redirectOne(r *syntax.Redirect) (*os.File, int, error) {
	n := 1
	switch r.Op {
	case syntax.RdrIn, syntax.RdrInOut, syntax.DplIn, syntax.Hdoc, syntax.DashHdoc, syntax.WordHdoc:
		n = 0
	}
	if r.N != nil {
		if r.N.Value[0] == '{' {
			err := &parser.UnsupportedError{Pos: r.Pos(), What: "{var} redirection"}
			sh.errorf("%v", err)
			return nil, 0, err
		}
		n, _ = strconv.Atoi(r.N.Value)
	}
	switch r.Op {
	case syntax.Hdoc, syntax.DashHdoc, syntax.WordHdoc:
		body, err := sh.hereDocument(r)
		if err != nil {
			// As any expansion error: set -u's ends the shell, an
			// arithmetic one the command line (unless bash would do
			// this in a child: see call).
			if f := sh.expandFailed(err); f != nil {
				return nil, 0, f
			}
			return nil, 0, err
		}
		f, err := hereDocFile(body)
		if err != nil {
			sh.errorf("cannot create temp file for here-document: %s", errnoText(err))
			return nil, 0, err
		}
		sh.setFD(n, f)
		return f, n, nil
	}
	target, err := sh.redirectTarget(r)
	if err != nil {
		return nil, 0, err
	}
	switch r.Op {
	case syntax.DplIn, syntax.DplOut:
		if target == "-" {
			sh.setFD(n, closedFD)
			return nil, n, nil
		}
		move := strings.HasSuffix(target, "-")
		src, err := strconv.Atoi(strings.TrimSuffix(target, "-"))
		if err != nil {
			if r.Op == syntax.DplOut && r.N == nil {
				// >&file is &>file
				return sh.openRedirect(target, syntax.RdrAll, 1)
			}
			sh.errorf("%s: ambiguous redirect", target)
			return nil, 0, err
		}
		f := sh.fd(src)
		if f == nil {
			sh.errorf("%d: Bad file descriptor", src)
			return nil, 0, os.ErrClosed
		}
		sh.setFD(n, f)
		if move && src != n {
			sh.setFD(src, closedFD)
		}
		return nil, n, nil
	}
	return sh.openRedirect(target, r.Op, n)
}

// redirectTarget expands the word of a redirection, which must become
// exactly one field.
func (sh *Shell) redirectTarget(r *syntax.Redirect) (string, error) {
	fields, err := sh.fields(r.Word)
	if err != nil {
		if f := sh.expandFailed(err); f != nil {
			return "", f // set -u: the shell exits
		}
		return "", err
	}
	if len(fields) != 1 {
		err := &parser.UnsupportedError{Pos: r.Pos(), What: "ambiguous redirect"}
		sh.errorf("%s: ambiguous redirect", parser.Print(r.Word))
		return "", err
	}
	return fields[0], nil
}

func (sh *Shell) openRedirect(name string, op syntax.RedirOperator, n int) (*os.File, int, error) {
	var flag int
	switch op {
	case syntax.RdrIn:
		flag = os.O_RDONLY
	case syntax.RdrOut, syntax.RdrAll:
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if sh.opts[optNoClobber] {
			if st, err := sh.statFile(name); err == nil && st.Mode().IsRegular() {
				sh.errorf("%s: cannot overwrite existing file", name)
				return nil, 0, os.ErrExist
			}
		}
	case syntax.ClbOut:
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case syntax.AppOut, syntax.AppAll:
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case syntax.RdrInOut:
		flag = os.O_RDWR | os.O_CREATE
	default:
		err := &parser.UnsupportedError{What: op.String()}
		sh.errorf("%v", err)
		return nil, 0, err
	}
	f, err := sh.openFile(name, flag, 0o666)
	if err != nil {
		sh.errorf("%s: %s", name, errnoText(err))
		return nil, 0, err
	}
	if op == syntax.RdrAll || op == syntax.AppAll {
		sh.setFD(1, f)
		sh.setFD(2, f)
		return f, 1, nil
	}
	sh.setFD(n, f)
	return f, n, nil
}

// hereDocument is the text a here-document or here-string feeds.
func (sh *Shell) hereDocument(r *syntax.Redirect) (string, error) {
	if r.Op == syntax.WordHdoc {
		s, err := sh.literal(unescaped(r.Word))
		return s + "\n", err
	}
	if r.Hdoc == nil {
		return "", nil
	}
	quoted := quotedDelimiter(r.Word)
	body := func(w *syntax.Word) (string, error) {
		if quoted {
			if lit := w.Lit(); lit != "" || len(w.Parts) == 0 {
				return lit, nil
			}
		}
		return sh.document(w)
	}
	if r.Op != syntax.DashHdoc {
		return body(r.Hdoc)
	}
	// <<- strips leading tabs from every line of the body.
	var out strings.Builder
	var line []syntax.WordPart
	flush := func() error {
		s, err := body(&syntax.Word{Parts: line})
		out.WriteString(s)
		line = nil
		return err
	}
	for _, part := range r.Hdoc.Parts {
		lit, ok := part.(*syntax.Lit)
		if !ok {
			line = append(line, part)
			continue
		}
		pieces := strings.Split(lit.Value, "\n")
		for i, p := range pieces {
			if i > 0 {
				if err := flush(); err != nil {
					return "", err
				}
				out.WriteByte('\n')
			}
			if len(line) == 0 {
				p = strings.TrimLeft(p, "\t")
			}
			line = append(line, &syntax.Lit{Value: p})
		}
	}
	err := flush()
	return out.String(), err
}

// quotedDelimiter tells whether a here-document's delimiter was quoted
// (<<'EOF', <<"EOF", <<\EOF): then the body is taken literally.
func quotedDelimiter(w *syntax.Word) bool {
	for _, p := range w.Parts {
		switch p := p.(type) {
		case *syntax.SglQuoted, *syntax.DblQuoted:
			return true
		case *syntax.Lit:
			if strings.Contains(p.Value, `\`) {
				return true
			}
		}
	}
	return false
}
