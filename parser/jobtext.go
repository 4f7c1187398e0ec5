package parser

import (
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// JobText prints a statement the way bash shows a job in `jobs`, in
// notifications and after `fg` (bash's print_cmd.c): simple commands and
// lists on one line, compound commands over several lines with bodies
// indented by four spaces:
//
//	while :; do
//	    sleep 1;
//	done | cat
func JobText(st *syntax.Stmt) string {
	var p jobPrinter
	// bash leaves out the ! of a negated pipeline here, and the & of a
	// background job (the jobs builtin adds its own).
	p.command(st.Cmd, 0)
	p.redirects(st)
	return p.String()
}

type jobPrinter struct{ strings.Builder }

// A syntax.Printer keeps state while it prints, so each call has its own:
// job text is printed from several goroutines at once (a process
// substitution's subshell starts jobs while the shell starts its own).
func wordPrinter() *syntax.Printer {
	return syntax.NewPrinter(syntax.SingleLine(true), syntax.SpaceRedirects(true))
}

func printNode(n syntax.Node) string {
	var b strings.Builder
	wordPrinter().Print(&b, n)
	return strings.TrimRight(b.String(), "\n")
}

func (p *jobPrinter) pad(n int) { p.WriteString(strings.Repeat(" ", n)) }

// stmt prints a statement inside a job's text, with its ! and its &.
func (p *jobPrinter) stmt(st *syntax.Stmt, ind int) {
	if st.Negated {
		p.WriteString("! ")
	}
	p.command(st.Cmd, ind)
	p.redirects(st)
	if st.Background {
		p.WriteString(" &")
	}
}

func (p *jobPrinter) redirects(st *syntax.Stmt) {
	for _, r := range st.Redirs {
		p.WriteByte(' ')
		p.redirect(r)
	}
}

// redirect prints "> file", "2> file", "2>&1" as bash does: a space before
// a file name, none before a descriptor.
func (p *jobPrinter) redirect(r *syntax.Redirect) {
	if r.N != nil {
		p.WriteString(r.N.Value)
	}
	p.WriteString(r.Op.String())
	switch r.Op {
	case syntax.DplIn, syntax.DplOut:
	default:
		p.WriteByte(' ')
	}
	p.WriteString(printNode(r.Word))
}

// list prints statements on one line, separated by "; ", or by a space
// after one that ends in "&". It returns the separator the list's last
// statement needs before what follows it: ";" or nothing, after a "&".
func (p *jobPrinter) list(stmts []*syntax.Stmt, ind int) (end string) {
	end = ";"
	for i, st := range stmts {
		if i > 0 {
			p.WriteString(end + " ")
		}
		p.stmt(st, ind)
		end = ";"
		if st.Background {
			end = ""
		}
	}
	return end
}

// body prints a compound command's body on its own indented line, each
// statement ended by ";", and leaves the cursor at the start of the line
// that closes it.
func (p *jobPrinter) body(stmts []*syntax.Stmt, ind int) {
	p.WriteByte('\n')
	p.pad(ind + 4)
	p.WriteString(p.list(stmts, ind+4) + "\n")
	p.pad(ind)
}

func (p *jobPrinter) command(cmd syntax.Command, ind int) {
	switch c := cmd.(type) {
	case nil:
	case *syntax.CallExpr:
		var parts []string
		for _, as := range c.Assigns {
			parts = append(parts, printNode(&syntax.CallExpr{Assigns: []*syntax.Assign{as}}))
		}
		for _, w := range c.Args {
			parts = append(parts, printNode(w))
		}
		p.WriteString(strings.Join(parts, " "))
	case *syntax.BinaryCmd:
		p.stmt(c.X, ind)
		p.WriteString(" " + c.Op.String() + " ")
		p.stmt(c.Y, ind)
	case *syntax.Block:
		p.WriteString("{ ")
		p.WriteString(p.list(c.Stmts, ind) + " }")
	case *syntax.Subshell:
		p.WriteString("( ")
		p.list(c.Stmts, ind)
		p.WriteString(" )")
	case *syntax.WhileClause:
		if c.Until {
			p.WriteString("until ")
		} else {
			p.WriteString("while ")
		}
		p.WriteString(p.list(c.Cond, ind) + " do")
		p.body(c.Do, ind)
		p.WriteString("done")
	case *syntax.ForClause:
		switch l := c.Loop.(type) {
		case *syntax.WordIter:
			p.WriteString("for " + l.Name.Value)
			if l.InPos.IsValid() {
				p.WriteString(" in")
				for _, w := range l.Items {
					p.WriteString(" " + printNode(w))
				}
			}
		case *syntax.CStyleLoop:
			p.WriteString("for ((" + printNode(l.Init) + "; " + printNode(l.Cond) + "; " + printNode(l.Post) + "))")
		}
		p.WriteString(";\n")
		p.pad(ind)
		p.WriteString("do")
		p.body(c.Do, ind)
		p.WriteString("done")
	case *syntax.IfClause:
		p.WriteString("if ")
		p.WriteString(p.list(c.Cond, ind) + " then")
		p.body(c.Then, ind)
		for e := c.Else; e != nil; e = e.Else {
			if e.Cond == nil {
				p.WriteString("else")
				p.body(e.Then, ind)
				break
			}
			p.WriteString("elif ")
			p.WriteString(p.list(e.Cond, ind) + " then")
			p.body(e.Then, ind)
		}
		p.WriteString("fi")
	case *syntax.CaseClause:
		p.WriteString("case " + printNode(c.Word) + " in ")
		for _, item := range c.Items {
			p.WriteByte('\n')
			p.pad(ind + 4)
			pats := make([]string, len(item.Patterns))
			for i, w := range item.Patterns {
				pats[i] = printNode(w)
			}
			p.WriteString(strings.Join(pats, " | ") + ")\n")
			p.pad(ind + 8)
			p.list(item.Stmts, ind+8)
			p.WriteByte('\n')
			p.pad(ind + 4)
			p.WriteString(item.Op.String())
		}
		p.WriteByte('\n')
		p.pad(ind)
		p.WriteString("esac")
	case *syntax.ArithmCmd:
		p.WriteString("(( " + printNode(c.X) + " ))")
	case *syntax.TimeClause:
		p.WriteString("time ")
		if c.PosixFormat {
			p.WriteString("-p ")
		}
		if c.Stmt != nil {
			p.stmt(c.Stmt, ind)
		}
	default:
		p.WriteString(printNode(cmd))
	}
}
