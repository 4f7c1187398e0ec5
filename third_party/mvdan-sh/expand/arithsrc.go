// jobsh patch (PATCHES.md, 65): arithmetic in the source evaluated as bash
// does, as text: its expansions replaced by their values, then read by
// the text evaluator.

package expand

import (
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// ArithmSpan evaluates x, written in the program from offset from to
// offset to, as bash does: the text there is expanded ($v, ${a[i]},
// $(cmd), "…" replaced by their values, left to right) and the result
// evaluated as arithmetic text, so that x="1 + 2"; $(( $x * 3 )) is 7 and
// an error quotes the expanded text. Without Config.ArithSource, or where
// the source does not match x, x is evaluated as parsed.
func ArithmSpan(cfg *Config, x syntax.ArithmExpr, from, to uint) (int, error) {
	if text, ok, err := cfg.arithSourceText(x, from, to); err != nil {
		return 0, err
	} else if ok {
		n, err := cfg.subexpr(text, nil)
		return int(n), err
	}
	return arithmAST(cfg, x)
}

// ArithmSourceText is the text bash evaluates for x, written from offset
// from to offset to: the source with its expansions replaced by their
// values. ok is false where the source is not at hand (see ArithmSpan).
func ArithmSourceText(cfg *Config, x syntax.ArithmExpr, from, to uint) (text string, ok bool, err error) {
	return cfg.arithSourceText(x, from, to)
}

// arithReplace is an expansion's span in the source and its value.
type arithReplace struct {
	from, to uint
	val      string
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
	var err error
	syntax.Walk(x, func(n syntax.Node) bool {
		if !valid || err != nil || n == nil {
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
				return false
			}
			if hasSglQuoted(n) {
				// Not expanded: the quote is no operand.
				valid = at(n.Pos(), "'")
				return false
			}
			if valid = n.End().IsValid() && at(n.Pos(), printWord(n)); !valid {
				return false
			}
			var s string
			if s, err = Literal(cfg, n); err == nil {
				reps = append(reps, arithReplace{n.Pos().Offset(), n.End().Offset(), s})
			}
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
	if err != nil {
		return "", false, err
	}
	if !valid {
		return "", false, nil
	}
	for i, c := range []byte(src) {
		if !covered[i] && c != ' ' && c != '\t' && c != '\n' {
			return "", false, nil
		}
	}
	var b strings.Builder
	last := from
	for _, r := range reps {
		if r.from < last {
			return "", false, nil // out of order: not the source's
		}
		b.WriteString(src[last-from : r.from-from])
		b.WriteString(r.val)
		last = r.to
	}
	b.WriteString(src[last-from:])
	return b.String(), true, nil
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
