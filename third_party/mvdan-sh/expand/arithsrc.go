// jobsh patch (PATCHES.md, 73): arithmetic in the source evaluated as bash
// does, as text: its expansions replaced by their values, then read by
// the text evaluator.

package expand

import (
	"fmt"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// ArithmSpan evaluates x, written in the program from offset from to
// offset to, as bash does: the text there is expanded ($v, ${a[i]},
// $(cmd), "…" replaced by their values, left to right) and the result
// evaluated as arithmetic text, so that x="1 + 2"; $(( $x * 3 )) is 7 and
// an error quotes the expanded text (ArithmText).
func ArithmSpan(cfg *Config, x syntax.ArithmExpr, from, to uint) (int, error) {
	text, err := ArithmText(cfg, x, from, to)
	if err != nil {
		return 0, err
	}
	n, err := cfg.subexpr(text, nil)
	return int(n), err
}

// ArithmText is the text bash evaluates for x, written from offset from
// to offset to: the source with its expansions replaced by their values,
// where Config.ArithSource has the source and it matches x; otherwise x
// printed (with blanks around its binary operators) and expanded alike.
func ArithmText(cfg *Config, x syntax.ArithmExpr, from, to uint) (string, error) {
	if text, ok, err := cfg.arithSourceText(x, from, to); err != nil || ok {
		return text, err
	}
	return cfg.arithTreeText(x)
}

// arithReplace is an expansion's span in the source and its value.
type arithReplace struct {
	from, to uint
	word     *syntax.Word
}

// arithSourceText is the expanded text of x, if its source is at hand.
func (cfg *Config) arithSourceText(x syntax.ArithmExpr, from, to uint) (string, bool, error) {
	if cfg.ArithSource == nil || x == nil || from > to {
		return "", false, nil
	}
	src, ok := cfg.ArithSource(from, to)
	if !ok || uint(len(src)) != to-from || strings.Contains(src, "\\\n") {
		return "", false, nil
	}
	// The source must be x's: each name, number and operator where x
	// has it, each expansion written as it prints, only blanks between.
	covered := make([]bool, len(src))
	at := func(p syntax.Pos, s string) bool {
		off := p.Offset()
		if !p.IsValid() || off < from || off+uint(len(s)) > to || src[off-from:off-from+uint(len(s))] != s {
			return false
		}
		for i := off - from; i < off-from+uint(len(s)); i++ {
			covered[i] = true
		}
		return true
	}
	var reps []arithReplace
	valid := true
	syntax.Walk(x, func(n syntax.Node) bool {
		if !valid || n == nil {
			return false
		}
		switch n := n.(type) {
		case *syntax.Word:
			if pe := arrayTarget(n); pe != nil && !pe.Dollar.IsValid() {
				// a[i]: the name stays, its subscript is expanded.
				valid = at(pe.Param.Pos(), pe.Param.Value) && at(pe.Param.End(), "[") &&
					at(pe.Index.End(), "]")
				return valid
			}
			if lit, ok := n.Parts[0].(*syntax.Lit); ok && len(n.Parts) == 1 {
				valid = at(lit.Pos(), lit.Value)
				if valid && isRawArith(lit.Value) {
					reps = append(reps, arithReplace{lit.Pos().Offset(), lit.End().Offset(), n})
				}
				return false
			}
			if hasSglQuoted(n) {
				// Not expanded: the quote is no operand.
				valid = at(n.Pos(), printWord(n))
				return false
			}
			if valid = n.End().IsValid() && at(n.Pos(), printWord(n)); !valid {
				return false
			}
			reps = append(reps, arithReplace{n.Pos().Offset(), n.End().Offset(), n})
			return false
		case *syntax.BinaryArithm:
			valid = at(n.OpPos, n.Op.String())
		case *syntax.UnaryArithm:
			valid = at(n.OpPos, n.Op.String())
		case *syntax.ParenArithm:
			valid = at(n.Lparen, "(") && at(n.Rparen, ")")
		}
		return valid
	})
	if !valid {
		return "", false, nil
	}
	for i, c := range []byte(src) {
		if !covered[i] && c != ' ' && c != '\t' && c != '\n' {
			return "", false, nil
		}
	}
	last := from
	for _, r := range reps {
		if r.from < last {
			return "", false, nil // out of order: not the source's
		}
		last = r.to
	}
	// Only now, the source known to be x's, are the expansions done.
	var b strings.Builder
	last = from
	for _, r := range reps {
		val, err := cfg.arithWordText(r.word)
		if err != nil {
			return "", false, err
		}
		b.WriteString(src[last-from : r.from-from])
		b.WriteString(val)
		last = r.to
	}
	b.WriteString(src[last-from:])
	return b.String(), true, nil
}

// arithTreeText is x printed as text with its expansions replaced by their
// values, where its source is not at hand.
func (cfg *Config) arithTreeText(x syntax.ArithmExpr) (string, error) {
	var b strings.Builder
	var err error
	var walk func(x syntax.ArithmExpr)
	walk = func(x syntax.ArithmExpr) {
		if err != nil {
			return
		}
		switch x := x.(type) {
		case *syntax.Word:
			if pe := arrayTarget(x); pe != nil && !pe.Dollar.IsValid() {
				b.WriteString(pe.Param.Value + "[")
				walk(pe.Index)
				b.WriteString("]")
				return
			}
			if lit, ok := x.Parts[0].(*syntax.Lit); ok && len(x.Parts) == 1 && !isRawArith(lit.Value) {
				b.WriteString(lit.Value)
				return
			}
			if hasSglQuoted(x) {
				b.WriteString(printWord(x)) // the quote is no operand
				return
			}
			var s string
			s, err = cfg.arithWordText(x)
			b.WriteString(s)
		case *syntax.BinaryArithm:
			walk(x.X)
			b.WriteString(" " + x.Op.String() + " ")
			walk(x.Y)
		case *syntax.UnaryArithm:
			if x.Post {
				walk(x.X)
				b.WriteString(x.Op.String())
				return
			}
			b.WriteString(x.Op.String())
			if x.Op != syntax.Inc && x.Op != syntax.Dec {
				b.WriteString(" ") // - -1 is not --1
			}
			walk(x.X)
		case *syntax.ParenArithm:
			b.WriteString("(")
			walk(x.X)
			b.WriteString(")")
		default:
			err = fmt.Errorf("unsupported arithmetic expression: %T", x)
		}
	}
	walk(x)
	return b.String(), err
}

func hasSglQuoted(w *syntax.Word) bool {
	for _, wp := range w.Parts {
		if _, ok := wp.(*syntax.SglQuoted); ok {
			return true
		}
	}
	return false
}

// arithmExp evaluates $(( )): bash's text is all between the parentheses.
func arithmExp(cfg *Config, x *syntax.ArithmExp) (int, error) {
	open, closing := uint(3), uint(2)
	if x.Bracket {
		open, closing = 2, 1
	}
	if x.Unsigned || x.X == nil {
		return Arithm(cfg, x.X)
	}
	return ArithmSpan(cfg, x.X, x.Left.Offset()+open, x.End().Offset()-closing)
}

// printWord is w as the printer writes it.
func printWord(w *syntax.Word) string {
	var b strings.Builder
	if err := syntax.NewPrinter().Print(&b, w); err != nil {
		return ""
	}
	return b.String()
}

// isRawArith reports a literal that is the raw text of an expression the
// parser could not read (syntax patch 74), with expansions in it.
func isRawArith(s string) bool { return strings.ContainsAny(s, "$`") }

// arithWordText is an operand's text: a word expanded, or the raw text of
// an expression the parser could not read, its expansions done as in a
// here-document (syntax patch 74).
func (cfg *Config) arithWordText(w *syntax.Word) (string, error) {
	if lit, ok := w.Parts[0].(*syntax.Lit); ok && len(w.Parts) == 1 && isRawArith(lit.Value) {
		doc, err := syntax.NewParser().Document(strings.NewReader(lit.Value))
		if err != nil {
			return lit.Value, nil // evaluated as it is, its error bash's
		}
		return Document(cfg, doc)
	}
	return Literal(cfg, w)
}
