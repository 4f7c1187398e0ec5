// Package parser adapts mvdan.cc/sh/v3/syntax to jobsh: it parses bash
// source, tells incomplete input from bad input, and refuses, with a clear
// error, the constructs jobsh does not run.
package parser

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// New returns a parser for jobsh's language, bash's dialect.
func New(opts ...syntax.ParserOption) *syntax.Parser {
	return syntax.NewParser(append([]syntax.ParserOption{syntax.Variant(syntax.LangBash)}, opts...)...)
}

// ParseAtEOF is Parse for input that has ended: a here-document left open
// is valid (bash runs it), and warn is told of each.
func ParseAtEOF(src, name string, warn func(r *syntax.Redirect, stop string)) (*syntax.File, error) {
	f, err := New(syntax.HeredocAtEOF(warn)).Parse(strings.NewReader(src), name)
	if err != nil {
		return nil, err
	}
	if err := Check(f); err != nil {
		return nil, err
	}
	return f, nil
}

// Parse parses a whole program. name is used in error positions.
func Parse(src, name string) (*syntax.File, error) {
	f, err := New().Parse(strings.NewReader(src), name)
	if err != nil {
		return nil, err
	}
	if err := Check(f); err != nil {
		return nil, err
	}
	return f, nil
}

// IsIncomplete reports whether err means the input stopped in the middle of
// a command (an open quote, a trailing |, an unfinished if or here-document)
// so that an interactive shell should ask for more with PS2.
func IsIncomplete(err error) bool { return syntax.IsIncomplete(err) }

// UnsupportedError is a construct that parses but that jobsh does not run.
type UnsupportedError struct {
	Pos  syntax.Pos
	What string
}

func (e *UnsupportedError) Error() string { return e.What + ": not supported" }

// Check walks a parsed program and returns the first construct jobsh does
// not support. Running such a program partly, or differently from bash,
// would be worse than refusing it.
func Check(node syntax.Node) error {
	var err error
	syntax.Walk(node, func(n syntax.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *syntax.CoprocClause:
			err = &UnsupportedError{n.Pos(), "coproc"}
		case *syntax.TestDecl:
			err = &UnsupportedError{n.Pos(), "@test"}
		case *syntax.LetClause:
			// let is a builtin to bash: an unquoted ( in its
			// arguments is a syntax error, as in any command. Right
			// after the name it starts a function definition, and
			// what follows it is the unexpected token.
			for i, x := range n.Exprs {
				if p, ok := leftmostParen(x); ok {
					pos := p.Lparen
					if i == 0 {
						pos = p.X.Pos()
					}
					err = syntax.ParseError{Pos: pos, Text: "encountered `(`"}
					return false
				}
			}
		case *syntax.FuncDecl:
			// syntax takes "()0" for a function without a name.
			if n.Name == nil || n.Name.Value == "" {
				err = &UnsupportedError{n.Pos(), "function without a name"}
			} else if !compound(n.Body) {
				// syntax takes `f() echo hi`; bash and POSIX want a
				// compound command, and bash names the first word.
				err = syntax.ParseError{Pos: n.Body.Pos(), Text: "a function body must be a compound command; encountered `" + Print(n.Body.Cmd) + "`"}
			}
		case *syntax.CmdSubst:
			// bash 5.3's ${ list; } and ${| list; }: not bash 5.2, and
			// not run by jobsh (the second would need REPLY).
			if n.TempFile || n.ReplyVar {
				err = &UnsupportedError{n.Pos(), "${ list; } command substitution"}
			}
		case *syntax.Redirect:
			switch n.Op {
			case syntax.RdrAllClob, syntax.AppAllClob:
				err = &UnsupportedError{n.Pos(), n.Op.String()}
			}
		}
		return true
	})
	return err
}

// leftmostParen finds the parenthesis an arithmetic expression starts
// with, if it starts with one.
func leftmostParen(x syntax.ArithmExpr) (*syntax.ParenArithm, bool) {
	for {
		switch y := x.(type) {
		case *syntax.ParenArithm:
			return y, true
		case *syntax.BinaryArithm:
			x = y.X
		case *syntax.UnaryArithm:
			if !y.Post {
				return nil, false
			}
			x = y.X
		default:
			return nil, false
		}
	}
}

// compound says whether a function body is a compound command, as bash's
// grammar requires: { }, ( ), (( )), [[ ]], if, for, select, while,
// until or case.
func compound(body *syntax.Stmt) bool {
	switch body.Cmd.(type) {
	case *syntax.Block, *syntax.Subshell, *syntax.ArithmCmd, *syntax.TestClause,
		*syntax.IfClause, *syntax.ForClause, *syntax.WhileClause, *syntax.CaseClause:
		return true
	}
	return body.Cmd == nil
}

// Print prints a node back as shell source on one line where it can.
func Print(node syntax.Node) string {
	var b strings.Builder
	syntax.NewPrinter(syntax.SingleLine(true)).Print(&b, node)
	return strings.TrimRight(b.String(), "\n")
}

// PrintSource prints a node as a program, keeping here-documents intact, to
// hand it to a re-executed jobsh.
func PrintSource(w io.Writer, node syntax.Node) error {
	return syntax.NewPrinter().Print(w, node)
}

// ArrayEOF says whether err is the end of src inside an array's ( ) in an
// assignment (x=(1 2): bash reads it apart, says "unexpected EOF while
// looking for matching `)'" on the line it began, and the status is 1.
func ArrayEOF(err error, src string) bool {
	var pe syntax.ParseError
	switch e := err.(type) {
	case syntax.ParseError:
		pe = e
	case *syntax.ParseError:
		pe = *e
	default:
		return false
	}
	q := backquoted(pe.Text)
	at := int(pe.Pos.Offset())
	return strings.HasPrefix(pe.Text, "reached EOF without matching") && len(q) == 2 && q[0] == "(" &&
		at > 0 && at < len(src) && src[at] == '(' && src[at-1] == '='
}

// ErrorMessage words a parse error of src as bash does, after its "NAME:
// line N: " prefix, and says on which line of src it is: bash's
// "syntax error near unexpected token `T'" followed by the line itself in
// quotes, "unexpected EOF while looking for matching `)'", or "syntax
// error: unexpected end of file" on the line after the last. mvdan.cc/sh's
// own wording ("`foo(` must be followed by `)`") names things the user
// never typed; its position and kind are what the translation needs.
func ErrorMessage(err error, src string) (line int, msgs []string) {
	var pe syntax.ParseError
	switch e := err.(type) {
	case syntax.ParseError:
		pe = e
	case *syntax.ParseError:
		pe = *e
	case *UnsupportedError:
		return int(e.Pos.Line()), []string{e.Error()}
	case syntax.LangError:
		// Another shell's syntax (zsh's, mksh's): to bash, an unexpected
		// token, which bash names.
		return langErrorMessage(e, src)
	default:
		return 0, []string{fmt.Sprint(err)}
	}
	line = int(pe.Pos.Line())
	quoted := backquoted(pe.Text)
	switch {
	case strings.HasPrefix(pe.Text, "reached EOF without closing quote"):
		// The quote is named in backquotes, or a backquote in double
		// quotes: `"`, "`".
		q := strings.TrimSpace(strings.TrimPrefix(pe.Text, "reached EOF without closing quote"))
		if len(q) >= 3 {
			q = q[1 : len(q)-1]
		}
		return line, []string{"unexpected EOF while looking for matching `" + q + "'"}
	case strings.HasPrefix(pe.Text, "reached EOF without matching") && len(quoted) == 2 && strings.HasSuffix(quoted[0], "((") && quoted[0] != "((":
		return line, []string{"unexpected EOF while looking for matching `)'"}
	case ArrayEOF(err, src):
		return line, []string{"unexpected EOF while looking for matching `)'"}
	case strings.HasPrefix(pe.Text, "reached EOF without matching"):
		if len(quoted) == 2 && quoted[0] == "$(" {
			// bash reads a command substitution as commands, to the end.
			return eofLine(src), []string{"unexpected EOF while looking for matching `)'"}
		}
		if len(quoted) == 2 && quoted[0] != "{" && quoted[0] != "[[" && quoted[0] != "((" && quoted[0] != "(" {
			return line, []string{"unexpected EOF while looking for matching `" + quoted[1] + "'"}
		}
		return eofLine(src), []string{"syntax error: unexpected end of file"}
	case strings.HasPrefix(pe.Text, "`$((` must be followed"), strings.HasPrefix(pe.Text, "`$(` must be followed"),
		pe.Incomplete && strings.HasSuffix(pe.Text, "must be followed by an expression"):
		return line, []string{"unexpected EOF while looking for matching `)'"}
	}
	if pe.Cond {
		msgs := Messages(pe, src)
		if len(msgs) == 0 {
			return line, nil
		}
		texts := make([]string, len(msgs))
		for i, m := range msgs {
			texts[i] = m.Text
		}
		return msgs[0].Line, texts
	}
	if msgs, line, ok := eofFollowMessage(pe, quoted, src); ok {
		return line, msgs
	}
	var tok string
	switch {
	case strings.Contains(pe.Text, "must be followed by") && len(quoted) > 0:
		// The token after the construct: `if` then `then`. A name and
		// its ( count as two tokens: `echo (` is a function's start.
		skip := len(strings.Fields(quoted[0]))
		if strings.HasSuffix(quoted[0], "(") {
			skip = 2
		}
		tok = tokenAfter(src, int(pe.Pos.Offset()), skip)
		if pe.Incomplete && (quoted[0] == "(" || !strings.HasSuffix(quoted[0], "(")) && onlyNewlinesAfter(src, int(pe.Pos.Offset()), skip) {
			// `if` and then only newlines: bash reads on to the end.
			return eofLine(src), []string{"syntax error: unexpected end of file"}
		}
	case strings.Contains(pe.Text, "encountered `") || strings.Contains(pe.Text, "can only"),
		strings.HasPrefix(pe.Text, "statements must be separated"):
		// The token where the parser stopped: `} <<<x y` stops at y.
		tok = tokenAfter(src, int(pe.Pos.Offset()), 0)
	case pe.Incomplete:
		return eofLine(src), []string{"syntax error: unexpected end of file"}
	default:
		return line, []string{"syntax error: " + pe.Text}
	}
	if tok == "" || tok == "\n" {
		tok = "newline"
	}
	return line, []string{"syntax error near unexpected token `" + tok + "'", "`" + lineOf(src, line) + "'"}
}

// eofFollowMessage words the "X must be followed by Y" errors where
// bash's grammar lets newlines come before Y, so that it reads on: the
// list of an if, elif, while or until condition, the words of a for or
// select and the newlines after them, a function's body. At the end of
// the input that is "unexpected end of file"; otherwise bash names the
// first token past the newlines. A for without its name is followed by
// the newline itself.
func eofFollowMessage(pe syntax.ParseError, quoted []string, src string) ([]string, int, bool) {
	if !strings.Contains(pe.Text, "must be followed by") || len(quoted) == 0 {
		return nil, 0, false
	}
	off := int(pe.Pos.Offset())
	eof := []string{"syntax error: unexpected end of file"}
	switch quoted[0] {
	case "if <cond>", "elif <cond>", "while <cond>", "until <cond>":
		if pe.Incomplete {
			return eof, eofLine(src), true
		}
	case "foo()":
		// function NAME [()] or NAME (), newlines, then the body.
		rest := src[min(off, len(src)):]
		skip := 3
		if tokenAfter(rest, 0, 0) == "function" {
			skip = 2
			if tokenAfter(rest, 0, 2) == "(" && tokenAfter(rest, 0, 3) == ")" {
				skip = 4
			}
		}
		return culprit(rest, skip, src, int(pe.Pos.Line()), eof)
	case "for":
		if tok := tokenAfter(src, off, 1); tok == "" || tok == "\n" {
			return nearToken("newline", src, int(pe.Pos.Line())), int(pe.Pos.Line()), true
		}
	case "for foo", "for foo [in words]", "select foo [in words]":
		// for NAME [in WORDS] [;] then newlines, then the culprit.
		rest := src[min(off, len(src)):]
		skip := 2
		if tokenAfter(rest, 0, 2) == "in" {
			for skip = 3; isWord(tokenAfter(rest, 0, skip)); skip++ {
			}
		}
		if tokenAfter(rest, 0, skip) == ";" {
			skip++
		}
		return culprit(rest, skip, src, int(pe.Pos.Line()), eof)
	}
	return nil, 0, false
}

// culprit is bash's message for the token of rest after skip tokens and
// then any newlines (line is where rest starts): the end of the input
// is eof.
func culprit(rest string, skip int, src string, line int, eof []string) ([]string, int, bool) {
	for ; ; skip++ {
		switch t := tokenAfter(rest, 0, skip); t {
		case "":
			return eof, eofLine(src), true
		case "\n":
			line++
		default:
			return nearToken(t, src, line), line, true
		}
	}
}

// isWord says whether tok, from tokenAfter, is a word (not an operator,
// a newline or the end).
func isWord(tok string) bool {
	return tok != "" && !slices.Contains(operators, tok)
}

// nearToken is bash's message for an unexpected token on line n of src.
func nearToken(tok, src string, n int) []string {
	return []string{"syntax error near unexpected token `" + tok + "'", "`" + lineOf(src, n) + "'"}
}

// langErrorMessage words a syntax.LangError as bash's syntax error: the
// token bash stops at is the one at the error's position, or for zsh's
// multi-name functions (`function f g`, `f g() ...`) the one after the
// first name, and for its anonymous ones the body's first word.
func langErrorMessage(e syntax.LangError, src string) (int, []string) {
	line := int(e.Pos.Line())
	skip := 0
	switch {
	case e.Feature == "multi-name functions":
		skip = 1
		if tokenAfter(src, int(e.Pos.Offset()), 0) == "function" {
			skip = 2
		}
	case e.Feature == "anonymous functions" && tokenAfter(src, int(e.Pos.Offset()), 0) == "function":
		skip = 2 // `function {`: bash wanted a name, and stops at the body
	}
	tok := tokenAfter(src, int(e.Pos.Offset()), skip)
	if tok == "" || tok == "\n" {
		tok = "newline"
	}
	return line, []string{"syntax error near unexpected token `" + tok + "'", "`" + lineOf(src, line) + "'"}
}

// Message is one line of a syntax error's report: bash's text, after its
// "NAME: line N: " prefix, and the line N.
type Message struct {
	Line int
	Text string
}

// Messages words a parse error of src as bash does, line by line: as
// ErrorMessage, and for an error inside [[ ]], every line bash prints,
// each with its own line number ("expected `)'" names the line of the
// "(" left open).
func Messages(err error, src string) []Message {
	if pe, ok := parseError(err); ok && pe.Cond {
		var msgs []Message
		for _, e := range append([]syntax.ParseError{pe}, pe.CondNotes...) {
			if e.Text != "" {
				msgs = append(msgs, Message{int(e.Pos.Line()), e.Text})
			}
		}
		return msgs
	}
	line, texts := ErrorMessage(err, src)
	msgs := make([]Message, len(texts))
	for i, t := range texts {
		msgs[i] = Message{line, t}
	}
	return msgs
}

// CondError says whether err is a syntax error inside [[ ]], after which
// bash keeps $? as it was (it still stops reading), and atEnd whether
// the token at fault was the end of src or its last newline, after which
// bash's $? is 2 if it was 0.
func CondError(err error, src string) (cond, atEnd bool) {
	pe, ok := parseError(err)
	if !ok || !pe.Cond {
		return false, false
	}
	off := int(pe.CondTok.Offset())
	return true, pe.CondAtEnd || (off == len(src)-1 && src[off] == '\n')
}

func parseError(err error) (syntax.ParseError, bool) {
	switch e := err.(type) {
	case syntax.ParseError:
		return e, true
	case *syntax.ParseError:
		return *e, true
	}
	return syntax.ParseError{}, false
}

// backquoted lists the `...` parts of a message.
func backquoted(text string) []string {
	var parts []string
	for {
		i := strings.IndexByte(text, '`')
		if i < 0 {
			return parts
		}
		j := strings.IndexByte(text[i+1:], '`')
		if j < 0 {
			return parts
		}
		parts = append(parts, text[i+1:i+1+j])
		text = text[i+j+2:]
	}
}

// eofLine is the line after the last of src, where bash says the input
// ended.
func eofLine(src string) int {
	n := strings.Count(src, "\n")
	if !strings.HasSuffix(src, "\n") {
		n++
	}
	return n + 1
}

// lineOf is line n (from 1) of src.
func lineOf(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// tokenAfter skips skip tokens of src from offset and returns the next
// one: an operator, a word, "\n", or "" at the end.
func tokenAfter(src string, offset, skip int) string {
	if offset > len(src) {
		return ""
	}
	rest := src[offset:]
	for i := 0; ; i++ {
		rest = strings.TrimLeft(rest, " \t")
		tok := firstToken(rest)
		if i == skip || tok == "" {
			return tok
		}
		rest = rest[len(tok):]
	}
}

// onlyNewlinesAfter says whether src holds nothing but blanks and
// newlines after skip tokens from offset.
func onlyNewlinesAfter(src string, offset, skip int) bool {
	if offset > len(src) {
		return true
	}
	rest := src[offset:]
	for i := 0; ; i++ {
		rest = strings.TrimLeft(rest, " \t")
		tok := firstToken(rest)
		if tok == "" {
			return true
		}
		if i >= skip && tok != "\n" {
			return false
		}
		rest = rest[len(tok):]
	}
}

var operators = []string{";;&", ";;", ";&", "&&", "||", "|&", "<<-", "<<<", "<<", ">>", "<&", ">&", "<>", ">|", "&>", "|", "&", ";", "(", ")", "<", ">", "\n"}

// firstToken is the shell token s starts with (quotes are not followed:
// good enough for naming where a syntax error is).
func firstToken(s string) string {
	if s == "" {
		return ""
	}
	for _, op := range operators {
		if strings.HasPrefix(s, op) {
			return op
		}
	}
	end := strings.IndexAny(s, " \t\n;&|()<>")
	if end < 0 {
		return s
	}
	return s[:end]
}
