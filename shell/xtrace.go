package shell

import (
	"fmt"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/expand"
	"mvdan.cc/sh/v3/syntax"
)

// set -x as bash 5.2 writes it: PS4 expanded, its first character
// repeated once more for each level of command substitution; simple
// commands with their words expanded and quoted where the shell would
// need it; each assignment on a line of its own; for, case, select and
// arithmetic commands as written; [[ ]] one test at a time, expanded.

// xtrace writes one trace line, if set -x is on.
func (sh *Shell) xtrace(line string) {
	if !sh.opts[optXTrace] {
		return
	}
	// PS4 is expanded with set -x off, as bash's
	// indirection_level_string does: a $(...) in it would trace itself,
	// and expand PS4 again, without end.
	sh.opts[optXTrace] = false
	ps4, _ := sh.promptString("PS4")
	sh.opts[optXTrace] = true
	if ps4 != "" && sh.substDepth > 0 {
		ps4 = strings.Repeat(ps4[:1], sh.substDepth) + ps4
	}
	fmt.Fprintf(sh.stderr(), "%s%s\n", ps4, line)
}

// traceQuote quotes a word as bash's trace does: single quotes when it
// holds a character special to the shell, $'...' for other control
// characters.
func traceQuote(s string) string {
	if s == "" {
		return "''"
	}
	if hasShellMetas(s) {
		return singleQuote(s)
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return ansiQuote(s, true) // $'\001', $'\E', as bash writes them
	}
	return s
}

// traceValue is an assigned value as set -x writes it: empty is nothing
// after the =, not a pair of quotes.
func traceValue(s string) string {
	if s == "" {
		return ""
	}
	return traceQuote(s)
}

func traceWords(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = traceQuote(w)
	}
	return strings.Join(q, " ")
}

// traceAssign traces one assignment: the value assigned (not the
// result of +=), or an array's elements as written.
func (sh *Shell) traceAssign(as *syntax.Assign, value string) {
	if !sh.opts[optXTrace] {
		return
	}
	lhs := as.Name.Value
	if as.Index != nil {
		lhs += "[" + printArith(as.Index) + "]"
	}
	if as.Append {
		lhs += "+="
	} else {
		lhs += "="
	}
	if as.Array != nil {
		var elems []string
		for _, el := range as.Array.Elems {
			s := ""
			if el.Index != nil {
				s = "[" + printArith(el.Index) + "]="
			}
			if el.Value != nil {
				s += parser.Print(el.Value)
			}
			elems = append(elems, s)
		}
		sh.xtrace(lhs + "(" + strings.Join(elems, " ") + ")")
		return
	}
	sh.xtrace(lhs + traceValue(value))
}

// printArith prints an arithmetic expression as written, or near it:
// the parser keeps no spaces, so none are printed.
func printArith(x syntax.ArithmExpr) string {
	switch x := x.(type) {
	case *syntax.Word:
		return parser.Print(x)
	case *syntax.BinaryArithm:
		if x.Op == syntax.Comma {
			return printArith(x.X) + ", " + printArith(x.Y)
		}
		return printArith(x.X) + x.Op.String() + printArith(x.Y)
	case *syntax.UnaryArithm:
		if x.Post {
			return printArith(x.X) + x.Op.String()
		}
		return x.Op.String() + printArith(x.X)
	case *syntax.ParenArithm:
		return "(" + printArith(x.X) + ")"
	}
	return ""
}

// tracedArith evaluates the arithmetic x of (( )) or for (( )), written
// from offset from to offset to, tracing it as bash does: its text with
// the expansions in place, before it is evaluated.
func (sh *Shell) tracedArith(x syntax.ArithmExpr, from, to uint) (int, error) {
	cfg := sh.expandConfig()
	if x == nil {
		return expand.Arithm(cfg, x)
	}
	text, err := expand.ArithmText(cfg, x, from, to)
	if err != nil {
		return 0, err
	}
	if sh.opts[optXTrace] {
		sh.xtrace("(( " + text + " ))")
	}
	return expand.ArithText(cfg, text)
}

// blanksAfter is offset to moved past the blanks that follow it in the
// program's text.
func (sh *Shell) blanksAfter(to uint) uint {
	if sh.progSrc == nil {
		return to
	}
	b := sh.progSrc.buf
	for int(to) < len(b) && (b[to] == ' ' || b[to] == '\t' || b[to] == '\n') {
		to++
	}
	return to
}

// traceFor traces a for or select loop's header, as written.
func (sh *Shell) traceFor(kw string, loop *syntax.WordIter) {
	if sh.opts[optXTrace] {
		sh.xtrace(forHeader(kw, loop))
	}
}

// forHeader is a for or select loop's header, as written.
func forHeader(kw string, loop *syntax.WordIter) string {
	items := `"$@"`
	if loop.InPos.IsValid() {
		w := make([]string, len(loop.Items))
		for i, it := range loop.Items {
			w[i] = parser.Print(it)
		}
		items = strings.Join(w, " ")
	}
	return kw + " " + loop.Name.Value + " in " + items
}

// traceTest traces one test of [[ ]] with its operands expanded: an
// empty one as a pair of single quotes, others as they are.
func (sh *Shell) traceTest(neg string, words ...string) {
	if !sh.opts[optXTrace] {
		return
	}
	for i, w := range words {
		if w == "" {
			words[i] = "''"
		}
	}
	sh.xtrace("[[ " + neg + strings.Join(words, " ") + " ]]")
}

// tracePattern is a pattern operand of [[ ]] as bash traces it: what is
// quoted has each character escaped with a backslash.
func (sh *Shell) tracePattern(w *syntax.Word) string {
	var b strings.Builder
	for _, p := range w.Parts {
		s, err := sh.literal(&syntax.Word{Parts: []syntax.WordPart{p}})
		if err != nil {
			continue
		}
		switch p.(type) {
		case *syntax.SglQuoted, *syntax.DblQuoted:
			for _, r := range s {
				b.WriteByte('\\')
				b.WriteRune(r)
			}
		default:
			b.WriteString(s)
		}
	}
	return b.String()
}

// traceDecl traces declare, local, export, readonly and typeset with
// their words expanded; export and readonly trace each assignment too
// (sh.assign, o.trace), as bash does.
func (sh *Shell) traceDecl(name string, flags []string, assigns []*syntax.Assign) {
	words := append([]string{name}, flags...)
	for _, as := range assigns {
		switch {
		case as.Array != nil:
			// bash traces the array first, its elements quoted, then
			// the declaration with the name alone.
			var elems []string
			for _, el := range as.Array.Elems {
				s := ""
				if w, ok := el.Index.(*syntax.Word); ok {
					s = "[" + parser.Print(w) + "]="
				} else if el.Index != nil {
					s = "['" + printArith(el.Index) + "']="
				}
				if el.Value != nil {
					if lit, ok := plainWord(el.Value); ok {
						s += "'" + strings.ReplaceAll(lit, "'", `'\''`) + "'"
					} else {
						s += parser.Print(el.Value)
					}
				}
				elems = append(elems, s)
			}
			sh.xtrace(as.Name.Value + "=(" + strings.Join(elems, " ") + ")")
			words = append(words, as.Name.Value)
		case as.Naked:
			words = append(words, as.Name.Value)
		default:
			op := "="
			if as.Append {
				op = "+="
			}
			v, _ := sh.literal(as.Value)
			name := as.Name.Value
			if as.Index != nil {
				name += "[" + printArith(as.Index) + "]"
			}
			words = append(words, name+op+v)
		}
	}
	sh.xtrace(traceWords(words))
}

// plainWord is the value of a word that needs no expansion: literal
// text and quotes.
func plainWord(w *syntax.Word) (string, bool) {
	var b strings.Builder
	for _, p := range w.Parts {
		switch p := p.(type) {
		case *syntax.Lit:
			if strings.ContainsAny(p.Value, "\\*?[~") {
				return "", false
			}
			b.WriteString(p.Value)
		case *syntax.SglQuoted:
			if p.Dollar {
				return "", false
			}
			b.WriteString(p.Value)
		case *syntax.DblQuoted:
			for _, q := range p.Parts {
				l, ok := q.(*syntax.Lit)
				if !ok || strings.ContainsAny(l.Value, "\\") {
					return "", false
				}
				b.WriteString(l.Value)
			}
		default:
			return "", false
		}
	}
	return b.String(), true
}
