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
//
// Words, assignments and arithmetic are printed as they were written when
// src, the text the function was parsed from, has them, as bash keeps
// each word's text: `$(( a + 1 ))` stays so, where the parser's printer
// writes `$((a + 1))`.
func bashFuncSource(fn *syntax.FuncDecl, src []byte) string {
	p := bashPrinter{src: src}
	p.funcDecl(fn, 0, false)
	return p.b.String()
}

// funcSource is bashFuncSource of fn, with its text if the shell has it.
func (sh *Shell) funcSource(fn *syntax.FuncDecl) string {
	var src []byte
	if o, ok := sh.funcFiles[fn.Name.Value]; ok && o.src != nil {
		src = o.src.buf
	}
	return bashFuncSource(fn, src)
}

type bashPrinter struct {
	b   strings.Builder
	src []byte
}

// written is the text from one position to another, if src has it.
func (p *bashPrinter) written(from, to syntax.Pos) (string, bool) {
	if p.src == nil || !from.IsValid() || !to.IsValid() || from.Offset() > to.Offset() || int(to.Offset()) > len(p.src) {
		return "", false
	}
	return string(p.src[from.Offset():to.Offset()]), true
}

// asWritten is printed, or the text from one position to another if it
// reads back as the same: parsed after prefix as one statement, printed
// again by reprint. A tree the shell changed after parsing it (an alias
// expanded) is printed.
func (p *bashPrinter) asWritten(printed string, from, to syntax.Pos, prefix string, reprint func(*syntax.Stmt) string) string {
	t, ok := p.written(from, to)
	if !ok || t == printed {
		return printed
	}
	f, err := parser.Parse(prefix+t, "")
	if err != nil || len(f.Stmts) != 1 || reprint(f.Stmts[0]) != printed {
		return printed
	}
	return t
}

// word prints a word as it was written, read back as the argument of a
// command (": WORD").
func (p *bashPrinter) word(w *syntax.Word) string {
	return p.asWritten(parser.Print(w), w.Pos(), w.End(), ": ", func(st *syntax.Stmt) string {
		if c, ok := st.Cmd.(*syntax.CallExpr); ok && len(c.Assigns) == 0 && len(c.Args) == 2 {
			return parser.Print(c.Args[1])
		}
		return ""
	})
}

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
		var body strings.Builder
		syntax.NewPrinter().Print(&body, r.Hdoc)
		text := body.String()
		if r.Op == syntax.DashHdoc {
			// bash keeps <<-'s body without its leading tabs.
			lines := strings.SplitAfter(text, "\n")
			for i, l := range lines {
				lines[i] = strings.TrimLeft(l, "\t")
			}
			text = strings.Join(lines, "")
		}
		p.b.WriteString(text + unquotedDelim(r.Word) + "\n")
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
	if r.Op == syntax.Hdoc || r.Op == syntax.DashHdoc {
		// bash writes a quoted delimiter in single quotes, however
		// it was quoted.
		d := unquotedDelim(r.Word)
		if parser.Print(r.Word) != d {
			d = "'" + d + "'"
		}
		p.b.WriteString(d)
		return
	}
	p.b.WriteString(p.word(r.Word))
}

func (p *bashPrinter) command(cmd syntax.Command, ind int) {
	switch c := cmd.(type) {
	case *syntax.CallExpr:
		var parts []string
		for _, as := range c.Assigns {
			one := &syntax.CallExpr{Assigns: []*syntax.Assign{as}}
			parts = append(parts, p.asWritten(parser.Print(one), as.Pos(), as.End(), "", func(st *syntax.Stmt) string { return parser.Print(st.Cmd) }))
		}
		for _, w := range c.Args {
			parts = append(parts, p.word(w))
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
		p.b.WriteString(p.cLoopHeader(cl, part(cl.Init), part(cl.Cond), part(cl.Post)) + "\n")
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
		printed := "(( " + printArith(c.X) + " ))"
		p.b.WriteString(p.asWritten(printed, c.Left, posAdd(c.Right, 2), "", func(st *syntax.Stmt) string {
			if a, ok := st.Cmd.(*syntax.ArithmCmd); ok {
				return "(( " + printArith(a.X) + " ))"
			}
			return ""
		}))
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
	p.b.WriteString("case " + p.word(c.Word) + " in \n")
	for _, item := range c.Items {
		p.indent(ind + 4)
		pats := make([]string, len(item.Patterns))
		for i, w := range item.Patterns {
			pats[i] = p.word(w)
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

// cLoopHeader is for (( A; B; C )) as bash prints it: each part as
// written, from its first non-blank character, joined by "; " (an empty
// one is 1); or from printed parts when the text is not at hand or holds
// more than the three parts plainly.
func (p *bashPrinter) cLoopHeader(cl *syntax.CStyleLoop, a, b, c string) string {
	printed := "for ((" + a + "; " + b + "; " + c + "))"
	t, ok := p.written(posAdd(cl.Lparen, 2), cl.Rparen)
	if !ok || strings.ContainsAny(t, "'\"`$(\\\n#") {
		return printed
	}
	parts := strings.Split(t, ";")
	if len(parts) != 3 {
		return printed
	}
	for i, s := range parts {
		if parts[i] = strings.TrimLeft(s, " \t"); parts[i] == "" {
			parts[i] = "1"
		}
	}
	return "for ((" + strings.Join(parts, "; ") + "))"
}

// posAdd is pos moved n bytes on the same line.
func posAdd(pos syntax.Pos, n uint) syntax.Pos {
	return syntax.NewPos(pos.Offset()+n, pos.Line(), pos.Col()+n)
}
