package shell

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// Arithmetic errors as bash reports them: the expression's text as it was
// written and the "error token", the text from the operand at fault to the
// end: `1/0 && x++: division by 0 (error token is "0 && x++")`.

// srcRecorder keeps the text of the program being parsed, so that an
// arithmetic error can quote it.
type srcRecorder struct {
	r   io.Reader
	buf []byte
}

func (s *srcRecorder) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.buf = append(s.buf, p[:n]...)
	return n, err
}

// discardFlow: an error in $((...)) abandons the rest of the command line
// of a shell that is not interactive, which goes on with the next line.
// line is the line the error was on: bash's parser shares the line count
// with the commands it runs, and the jump back to the top level leaves it
// there, so that the lines read next are counted from it.
type discardFlow struct{ line int }

func (discardFlow) Error() string { return "discard" }

// srcText returns the program text from offset from to offset to, if the
// text begins with open there.
func (sh *Shell) srcText(from, to uint, open string) (string, bool) {
	if sh.progSrc == nil {
		return "", false
	}
	b := sh.progSrc.buf
	if int(to) > len(b) || from+uint(len(open)) > to || string(b[from:from+uint(len(open))]) != open {
		return "", false
	}
	return string(b[from+uint(len(open)) : to]), true
}

// arithSource is the program's text from offset from to offset to, for
// arithmetic to be read as bash reads it (expand.ArithmSpan).
func (sh *Shell) arithSource(from, to uint) (string, bool) {
	if sh.progSrc == nil || from > to || int(to) > len(sh.progSrc.buf) {
		return "", false
	}
	return string(sh.progSrc.buf[from:to]), true
}

// printArithm prints x compactly (1/0), where its text is not at hand.
func printArithm(x syntax.ArithmExpr) string {
	var b strings.Builder
	syntax.NewPrinter(syntax.SingleLine(true)).Print(&b, &syntax.Word{Parts: []syntax.WordPart{&syntax.ArithmExp{X: x}}})
	s := strings.TrimSuffix(strings.TrimPrefix(b.String(), "$(("), "))")
	return strings.Join(strings.Fields(s), "")
}

// arithMessage formats e, which happened in the expression x written from
// offset from (at open, "$((" or "((" or "") to offset to.
func (sh *Shell) arithMessage(e expand.ArithmError, x syntax.ArithmExpr, from, to uint, open string) string {
	if e.Plain {
		return e.Msg
	}
	if e.Text != "" { // in a variable's value
		return fmt.Sprintf("%s: %s (error token is \"%s\")", strings.TrimLeft(e.Text, " \t"), e.Msg, e.TokenText)
	}
	text, ok := sh.srcText(from, to, open)
	token := ""
	if tok := e.Token; ok && tok != nil && tok.Pos().Offset() >= from+uint(len(open)) && tok.Pos().Offset() <= to {
		end := to
		if e.Cut && tok.End().Offset() <= to {
			// A bad number: bash's text ends with it.
			end = tok.End().Offset()
			text = text[:end-from-uint(len(open))]
		}
		token = string(sh.progSrc.buf[tok.Pos().Offset():end])
	} else {
		text = printArithm(x)
		if e.Token != nil {
			token = printArithm(e.Token)
		}
	}
	return fmt.Sprintf("%s: %s (error token is \"%s\")", strings.TrimLeft(text, " \t"), e.Msg, token)
}

// arithExpFailed reports an error in $((...)): it ends the command line.
func (sh *Shell) arithExpFailed(e expand.ArithmError) error {
	x := e.Expr
	sh.errorf("%s", sh.arithMessage(e, x.X, x.Left.Offset(), x.Right.Offset(), "$(("))
	return sh.discardLine()
}

// discardLine ends the command line after an expansion or assignment
// error, as bash's jump to its top level does: a subshell exits, any other
// shell, interactive or not, goes on with the next line.
func (sh *Shell) discardLine() error {
	sh.status = 1
	if sh.mode.subshell() {
		return exitFlow{1}
	}
	return discardFlow{sh.line}
}

// arithCmdFailed reports an error in ((...)) or let, which fail with 1.
func (sh *Shell) arithCmdFailed(err error, name string, x syntax.ArithmExpr, from, to uint, open string) error {
	if ie, ok := sh.asIndexError(err); ok {
		return sh.indexFailed(ie.msg)
	}
	var e expand.ArithmError
	if !errors.As(err, &e) {
		return sh.expandFailed(err)
	}
	if e.Expr != nil {
		return sh.arithExpFailed(e)
	}
	if e.Plain {
		sh.errorf("%s", e.Msg) // bash does not name the command
	} else {
		sh.errorf("%s: %s", name, sh.arithMessage(e, x, from, to, open))
	}
	sh.status = 1
	return nil
}

// indexError is an error in evaluating an array subscript, which ends a
// shell that is not interactive (bash: `a=(1); echo ${a[1/0]}` exits 1),
// worded already.
type indexError struct{ msg string }

func (e indexError) Error() string { return e.msg }

// indexMessage words an error in a subscript: the subscript's own text,
// with no command named.
func (sh *Shell) indexMessage(e expand.ArithmError) string {
	if x := e.Index; x != nil && !e.Plain && e.Text == "" {
		return sh.arithMessage(e, x, x.Pos().Offset(), x.End().Offset(), "")
	}
	if e.Plain || e.Text != "" {
		return sh.arithMessage(e, nil, 0, 0, "")
	}
	return e.Msg
}

// indexFailed reports an error in a subscript, which abandons the
// command line (arithAssignFailed).
func (sh *Shell) indexFailed(msg string) error {
	sh.errorf("%s", msg)
	return sh.arithAssignFailed()
}

// arithAssignFailed abandons the command line after an arithmetic error in
// an assignment or a subscript, reported already (declare -i n=1/0,
// a[1/0]=x): a script goes on with its next line, an interactive shell
// prompts again (discardLine), but bash's -c shell exits with 1, where
// it goes on after an error in $((...)) or a readonly variable assigned.
func (sh *Shell) arithAssignFailed() error {
	if sh.mode == ModeCommandString {
		sh.status = 1
		return exitFlow{1}
	}
	return sh.discardLine()
}

// asIndexError is err's indexError, if it is one or an ArithmError of a
// subscript.
func (sh *Shell) asIndexError(err error) (indexError, bool) {
	var ie indexError
	if errors.As(err, &ie) {
		return ie, true
	}
	var e expand.ArithmError
	if errors.As(err, &e) && e.InIndex {
		return indexError{sh.indexMessage(e)}, true
	}
	return ie, false
}
