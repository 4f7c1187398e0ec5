package shell

import (
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// bashFuncSource prints a function as bash's declare -f and type do
// (print_cmd.c): "NAME () " and the body as a group on lines of its own,
// indented by four, each command of an if, a loop or a group on a line,
// those of a subshell on one. Constructs it does not lay out itself are
// printed on one line as the parser prints them.
func bashFuncSource(fn *syntax.FuncDecl) string {
	var p bashPrinter
	p.funcDecl(fn, 0, false)
	return p.b.String()
}

type bashPrinter struct{ b strings.Builder }

func (p *bashPrinter) indent(n int) { p.b.WriteString(strings.Repeat(" ", n)) }

// funcDecl prints a function; one defined inside another is marked with
// the keyword, as bash does.
func (p *bashPrinter) funcDecl(fn *syntax.FuncDecl, ind int, nested bool) {
	if nested {
		p.b.WriteString("function ")
	}
	p.b.WriteString(fn.Name.Value + " () \n")
	p.indent(ind)
	p.b.WriteString("{ \n")
	stmts := []*syntax.Stmt{fn.Body}
	if b, ok := fn.Body.Cmd.(*syntax.Block); ok && !fn.Body.Negated && len(fn.Body.Redirs) == 0 {
		stmts = b.Stmts
	}
	p.body(stmts, ind+4, false)
	p.indent(ind)
	p.b.WriteString("}")
}

// body prints statements a line each at indent ind; termLast says the
// last one ends with a semicolon too (as in an if or a loop).
func (p *bashPrinter) body(stmts []*syntax.Stmt, ind int, termLast bool) {
	for i, st := range stmts {
		p.indent(ind)
		p.stmt(st, ind)
		switch {
		case hasHeredoc(st):
			p.b.WriteString("\n")
			continue
		case st.Background:
			p.b.WriteString(" &")
		case i < len(stmts)-1 || termLast:
			p.b.WriteString(";")
		}
		p.b.WriteString("\n")
	}
}

func hasHeredoc(st *syntax.Stmt) bool {
	for _, r := range st.Redirs {
		if r.Op == syntax.Hdoc || r.Op == syntax.DashHdoc {
			return true
		}
	}
	return false
}

// inline prints statements on one line, separated by "; ".
func (p *bashPrinter) inline(stmts []*syntax.Stmt, ind int) {
	for i, st := range stmts {
		if i > 0 {
			if stmts[i-1].Background {
				p.b.WriteString(" ")
			} else {
				p.b.WriteString("; ")
			}
		}
		p.stmt(st, ind)
		if st.Background {
			p.b.WriteString(" &")
		}
	}
}

func (p *bashPrinter) stmt(st *syntax.Stmt, ind int) {
	if st.Negated {
		p.b.WriteString("! ")
	}
	p.command(st.Cmd, ind)
	var docs []*syntax.Redirect
	for _, r := range st.Redirs {
		p.b.WriteString(" ")
		p.redirect(r)
		if r.Hdoc != nil {
			docs = append(docs, r)
		}
	}
	for _, r := range docs {
		p.b.WriteString("\n")
		syntax.NewPrinter().Print(&p.b, r.Hdoc)
		p.b.WriteString(unquotedDelim(r.Word) + "\n")
	}
}

// unquotedDelim is a here-document's delimiter without its quotes.
func unquotedDelim(w *syntax.Word) string {
	return strings.NewReplacer(`'`, "", `"`, "", `\`, "").Replace(parser.Print(w))
}

// redirect prints one redirection as bash does: "> file", but "2>&1".
func (p *bashPrinter) redirect(r *syntax.Redirect) {
	switch {
	case r.N != nil:
		p.b.WriteString(r.N.Value)
	case r.Op == syntax.DplOut:
		p.b.WriteString("1") // bash names the descriptor: 1>&2
	case r.Op == syntax.DplIn:
		p.b.WriteString("0")
	}
	p.b.WriteString(r.Op.String())
	switch r.Op {
	case syntax.DplIn, syntax.DplOut, syntax.Hdoc, syntax.DashHdoc:
	default:
		p.b.WriteString(" ")
	}
	p.b.WriteString(parser.Print(r.Word))
}

func (p *bashPrinter) command(cmd syntax.Command, ind int) {
	switch c := cmd.(type) {
	case *syntax.CallExpr:
		var parts []string
		for _, as := range c.Assigns {
			parts = append(parts, parser.Print(&syntax.CallExpr{Assigns: []*syntax.Assign{as}}))
		}
		for _, w := range c.Args {
			parts = append(parts, parser.Print(w))
		}
		p.b.WriteString(strings.Join(parts, " "))
	case *syntax.BinaryCmd:
		p.stmt(c.X, ind)
		p.b.WriteString(" " + c.Op.String() + " ")
		p.stmt(c.Y, ind)
	case *syntax.Block:
		p.b.WriteString("{ \n")
		p.body(c.Stmts, ind+4, false)
		p.indent(ind)
		p.b.WriteString("}")
	case *syntax.Subshell:
		// On one line, but a line each for more commands, at the
		// subshell's own indent.
		p.b.WriteString("( ")
		for i, st := range c.Stmts {
			if i > 0 {
				p.b.WriteString("\n")
				p.indent(ind)
			}
			p.stmt(st, ind)
			switch {
			case st.Background:
				p.b.WriteString(" &")
			case i < len(c.Stmts)-1:
				p.b.WriteString(";")
			}
		}
		p.b.WriteString(" )")
	case *syntax.IfClause:
		p.ifClause(c, ind)
	case *syntax.WhileClause:
		if c.Until {
			p.b.WriteString("until ")
		} else {
			p.b.WriteString("while ")
		}
		p.inline(c.Cond, ind)
		p.b.WriteString("; do\n")
		p.body(c.Do, ind+4, true)
		p.indent(ind)
		p.b.WriteString("done")
	case *syntax.ForClause:
		if wi, ok := c.Loop.(*syntax.WordIter); ok {
			kw := "for"
			if c.Select {
				kw = "select"
			}
			p.b.WriteString(forHeader(kw, wi) + ";\n")
			p.indent(ind)
			p.b.WriteString("do\n")
			p.body(c.Do, ind+4, true)
			p.indent(ind)
			p.b.WriteString("done")
			return
		}
		cl := c.Loop.(*syntax.CStyleLoop)
		part := func(x syntax.ArithmExpr) string {
			if x == nil {
				return "1" // bash's value of an empty part
			}
			return printArith(x)
		}
		p.b.WriteString("for ((" + part(cl.Init) + "; " + part(cl.Cond) + "; " + part(cl.Post) + "))\n")
		p.indent(ind)
		p.b.WriteString("do\n")
		p.body(c.Do, ind+4, true)
		p.indent(ind)
		p.b.WriteString("done")
	case *syntax.CaseClause:
		p.caseClause(c, ind)
	case *syntax.FuncDecl:
		p.funcDecl(c, ind, true)
	case *syntax.ArithmCmd:
		p.b.WriteString("(( " + printArith(c.X) + " ))")
	case nil:
	default:
		p.b.WriteString(parser.Print(c))
	}
}

// ifClause prints if/then/else; bash prints elif as an else holding an
// if.
func (p *bashPrinter) ifClause(c *syntax.IfClause, ind int) {
	p.b.WriteString("if ")
	p.inline(c.Cond, ind)
	p.b.WriteString("; then\n")
	p.body(c.Then, ind+4, true)
	if e := c.Else; e != nil {
		p.indent(ind)
		p.b.WriteString("else\n")
		if e.Cond == nil {
			p.body(e.Then, ind+4, true)
		} else {
			p.indent(ind + 4)
			p.ifClause(e, ind+4)
			p.b.WriteString(";\n")
		}
	}
	p.indent(ind)
	p.b.WriteString("fi")
}

func (p *bashPrinter) caseClause(c *syntax.CaseClause, ind int) {
	p.b.WriteString("case " + parser.Print(c.Word) + " in \n")
	for _, item := range c.Items {
		p.indent(ind + 4)
		pats := make([]string, len(item.Patterns))
		for i, w := range item.Patterns {
			pats[i] = parser.Print(w)
		}
		p.b.WriteString(strings.Join(pats, " | ") + ")\n")
		p.body(item.Stmts, ind+8, false)
		if len(item.Stmts) == 0 {
			p.b.WriteString("\n")
		}
		p.indent(ind + 4)
		p.b.WriteString(item.Op.String() + "\n")
	}
	p.indent(ind)
	p.b.WriteString("esac")
}
