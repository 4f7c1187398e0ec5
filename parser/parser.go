// Package parser adapts mvdan.cc/sh/v3/syntax to jobsh: it parses bash
// source, tells incomplete input from bad input, and refuses, with a clear
// error, the constructs jobsh does not run.
package parser

import (
	"fmt"
	"io"
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
		case *syntax.ForClause:
			if n.Select {
				err = &UnsupportedError{n.Pos(), "select"}
			}
		case *syntax.FuncDecl:
			// syntax takes "()0" for a function without a name.
			if n.Name == nil || n.Name.Value == "" {
				err = &UnsupportedError{n.Pos(), "function without a name"}
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

// ErrorMessage formats a parse error as bash does after its "name: line N:"
// prefix: "syntax error near unexpected token `)'" for tokens, or the
// parser's own text.
func ErrorMessage(err error) (line int, msg string) {
	if pe, ok := err.(syntax.ParseError); ok {
		return int(pe.Pos.Line()), "syntax error: " + pe.Text
	}
	if pe, ok := err.(*syntax.ParseError); ok {
		return int(pe.Pos.Line()), "syntax error: " + pe.Text
	}
	if ue, ok := err.(*UnsupportedError); ok {
		return int(ue.Pos.Line()), ue.Error()
	}
	return 0, fmt.Sprint(err)
}
