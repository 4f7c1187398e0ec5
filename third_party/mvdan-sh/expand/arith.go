// Copyright (c) 2017, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package expand

import (
	"errors"
	"fmt"
	"strconv"

	"mvdan.cc/sh/v3/syntax"
)

// TODO(v4): the arithmetic APIs should return int64 for portability with 32-bit systems,
// even if Bash only supports native int sizes.

// Arithm evaluates expr; its source, when at hand, as bash does
// (ArithmSpan, jobsh patch 65).
func Arithm(cfg *Config, expr syntax.ArithmExpr) (int, error) {
	if expr == nil {
		return 0, nil
	}
	return ArithmSpan(cfg, expr, expr.Pos().Offset(), expr.End().Offset())
}

// arithmAST evaluates expr as parsed.
func arithmAST(cfg *Config, expr syntax.ArithmExpr) (int, error) {
	switch expr := expr.(type) {
	case *syntax.Word:
		for _, wp := range expr.Parts {
			if _, ok := wp.(*syntax.SglQuoted); ok {
				// jobsh patch (PATCHES.md, 56): bash's arithmetic
				// reads its text as in double quotes, where a single
				// quote is no operand.
				return 0, arithmError(errors.New("syntax error: operand expected"), expr)
			}
		}
		return cfg.arithWord(expr)
	case *syntax.ParenArithm:
		return arithmAST(cfg, expr.X)
	case *syntax.UnaryArithm:
		switch expr.Op {
		case syntax.Inc, syntax.Dec:
			w := expr.X.(*syntax.Word)
			old, err := cfg.arithTargetGet(w)
			if err != nil {
				return 0, err
			}
			val := old
			if expr.Op == syntax.Inc {
				val++
			} else {
				val--
			}
			if err := cfg.arithTargetSet(w, val); err != nil {
				return 0, err
			}
			if expr.Post {
				return int(old), nil
			}
			return int(val), nil
		}
		val, err := arithmAST(cfg, expr.X)
		if err != nil {
			return 0, err
		}
		switch expr.Op {
		case syntax.Not:
			return oneIf(val == 0), nil
		case syntax.BitNegation:
			return ^val, nil
		case syntax.Plus:
			return val, nil
		case syntax.Minus:
			return -val, nil
		default:
			return 0, fmt.Errorf("unsupported unary arithmetic operator: %q", expr.Op)
		}
	case *syntax.BinaryArithm:
		switch expr.Op {
		case syntax.Assgn, syntax.AddAssgn, syntax.SubAssgn,
			syntax.MulAssgn, syntax.QuoAssgn, syntax.RemAssgn,
			syntax.AndAssgn, syntax.OrAssgn, syntax.XorAssgn,
			syntax.ShlAssgn, syntax.ShrAssgn:
			return cfg.assgnArit(expr)
		case syntax.TernQuest: // TernColon can't happen here
			cond, err := arithmAST(cfg, expr.X)
			if err != nil {
				return 0, err
			}
			b2 := expr.Y.(*syntax.BinaryArithm) // must have Op==TernColon
			if cond != 0 {
				return arithmAST(cfg, b2.X)
			}
			return arithmAST(cfg, b2.Y)
		case syntax.AndArit, syntax.OrArit:
			// Like Bash, short-circuit the right operand.
			left, err := arithmAST(cfg, expr.X)
			if err != nil {
				return 0, err
			}
			if expr.Op == syntax.AndArit && left == 0 {
				return 0, nil
			}
			if expr.Op == syntax.OrArit && left != 0 {
				return 1, nil
			}
			right, err := arithmAST(cfg, expr.Y)
			if err != nil {
				return 0, err
			}
			return oneIf(right != 0), nil
		}
		left, err := arithmAST(cfg, expr.X)
		if err != nil {
			return 0, err
		}
		right, err := arithmAST(cfg, expr.Y)
		if err != nil {
			return 0, err
		}
		n, err := binArit(expr.Op, left, right)
		if err != nil {
			return 0, arithmError(err, expr.Y)
		}
		return n, nil
	case *syntax.FlagsArithm: // e.g. zsh's ${a[(r)b]}
		return 0, fmt.Errorf("unsupported")
	default:
		panic(fmt.Sprintf("unexpected arithm expr: %T", expr))
	}
}

// arithWord is the value of an operand: a name's value, an element's
// or an expansion's, is itself an expression, evaluated as bash's
// expr_streval does (v=1+2; $((v*2)) is 6); a number is read as bash reads
// it. jobsh patches (PATCHES.md, 42, 59, 64).
func (cfg *Config) arithWord(w *syntax.Word) (int, error) {
	if len(w.Parts) == 1 {
		if lit, ok := w.Parts[0].(*syntax.Lit); ok && syntax.ValidName(lit.Value) {
			if cfg.NoUnset && !cfg.Env.Get(lit.Value).IsSet() {
				return 0, UnsetParameterError{
					Node:    &syntax.ParamExp{Param: &syntax.Lit{Value: lit.Value}},
					Message: "unbound variable",
				}
			}
			return cfg.arithValue(cfg.envGet(lit.Value))
		} else if ok {
			// A constant: its errors are the source's.
			n, err := ArithText(cfg, lit.Value)
			if e, ok := err.(ArithmError); ok {
				err = ArithmError{Msg: e.Msg, Token: w, Cut: e.Cut}
			}
			return n, err
		}
	}
	str, err := Literal(cfg, w)
	if err != nil {
		return 0, err
	}
	if arrayTarget(w) != nil {
		return cfg.arithValue(str) // an element's value
	}
	// bash reads the text of $v or $(cmd) in place of the expansion,
	// at the level of the expression around it.
	return ArithText(cfg, str)
}

func oneIf(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ElemWriteEnviron is a [WriteEnviron] that can also set one element of
// an array, for arithmetic assignments like ((a[i] = 7)) and ((m[k]++)).
// (jobsh patch, PATCHES.md, 5.)
type ElemWriteEnviron interface {
	WriteEnviron
	SetElem(name string, index syntax.ArithmExpr, value string) error
}

// arrayTarget returns the ${name[index]} a word names, or nil.
func arrayTarget(w *syntax.Word) *syntax.ParamExp {
	if len(w.Parts) != 1 {
		return nil
	}
	pe, ok := w.Parts[0].(*syntax.ParamExp)
	if !ok || pe.Index == nil || pe.Param == nil {
		return nil
	}
	return pe
}

// arithTargetGet is the current value of an assignment's target.
func (cfg *Config) arithTargetGet(w *syntax.Word) (int64, error) {
	// jobsh patch (PATCHES.md, 59): a plain name is read as any operand
	// is (set -u, a value that is itself an expression), not with atoi.
	n, err := arithmAST(cfg, w)
	return int64(n), err
}

// arithTargetSet stores an arithmetic assignment's result.
func (cfg *Config) arithTargetSet(w *syntax.Word, val int64) error {
	str := strconv.FormatInt(val, 10)
	if pe := arrayTarget(w); pe != nil {
		wenv, ok := cfg.Env.(ElemWriteEnviron)
		if !ok {
			return fmt.Errorf("environment can't set array elements")
		}
		return assignError(wenv.SetElem(pe.Param.Value, pe.Index, str))
	}
	return assignError(cfg.envSet(w.Lit(), str))
}

// ArithmError is an error in evaluating an arithmetic expression, with
// the operand at fault, where bash's "error token" begins.
// jobsh patch (PATCHES.md, 39).
type ArithmError struct {
	Msg   string
	Token syntax.ArithmExpr
	Expr  *syntax.ArithmExp // the $((...)) it is in, if known
	// Index is the array subscript it is in, if known (jobsh patch
	// 56).
	Index syntax.ArithmExpr
	// Text and TokenText, when Text is set, are the expression (a
	// variable's value) and the error token as text.
	Text, TokenText string
	// Cut is set when bash's text of the expression ends with the
	// error token: a bad number (jobsh patch 64).
	Cut bool
	// Plain is set when Msg is the whole message, with no expression:
	// an assignment that failed (r: readonly variable), which ends the
	// expression as its errors do (jobsh patch 64).
	Plain bool
	// InIndex is set when the error is in an array subscript, which
	// bash's non-interactive shell does not survive (jobsh patch 64).
	InIndex bool
}

// inIndex marks an error in evaluating an array subscript, idx if it is
// source.
func inIndex(err error, idx syntax.ArithmExpr) error {
	e, ok := err.(ArithmError)
	if !ok || e.Expr != nil { // not one in a $(( )) of the subscript
		return err
	}
	if e.Index == nil && idx != nil {
		e.Index = idx // jobsh patch (PATCHES.md, 56)
	}
	e.InIndex = true
	return e
}

// assignError makes the error of an assignment in arithmetic an
// ArithmError, so that it ends the expression as bash's does.
func assignError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(ArithmError); ok {
		return err
	}
	return ArithmError{Msg: err.Error(), Plain: true}
}

func (e ArithmError) Error() string { return e.Msg }

// withArithmExp records the $((...)) in which an ArithmError happened.
func withArithmExp(err error, x *syntax.ArithmExp) error {
	if e, ok := err.(ArithmError); ok && e.Expr == nil && !e.InIndex {
		e.Expr = x
		return e
	}
	return err
}

func arithmError(err error, token syntax.ArithmExpr) error {
	if u, ok := token.(*syntax.UnaryArithm); ok && (u.Op == syntax.Minus || u.Op == syntax.Plus) {
		token = u.X // bash's token follows the sign
	}
	return ArithmError{Msg: err.Error(), Token: token}
}

func (cfg *Config) assgnArit(b *syntax.BinaryArithm) (int, error) {
	w := b.X.(*syntax.Word)
	var val int64
	if b.Op != syntax.Assgn {
		// Plain = does not read the target (set -u lets it be unset).
		var err error
		if val, err = cfg.arithTargetGet(w); err != nil {
			return 0, err
		}
	}
	arg_, err := arithmAST(cfg, b.Y)
	if err != nil {
		return 0, err
	}
	arg := int64(arg_)
	switch b.Op {
	case syntax.Assgn:
		val = arg
	case syntax.AddAssgn:
		val += arg
	case syntax.SubAssgn:
		val -= arg
	case syntax.MulAssgn:
		val *= arg
	case syntax.QuoAssgn:
		if arg == 0 {
			return 0, arithmError(fmt.Errorf("division by 0"), b.Y)
		}
		val /= arg
	case syntax.RemAssgn:
		if arg == 0 {
			return 0, arithmError(fmt.Errorf("division by 0"), b.Y)
		}
		val %= arg
	case syntax.AndAssgn:
		val &= arg
	case syntax.OrAssgn:
		val |= arg
	case syntax.XorAssgn:
		val ^= arg
	case syntax.ShlAssgn:
		val <<= uint64(arg) & 63 // as bash on amd64
	case syntax.ShrAssgn:
		val >>= uint64(arg) & 63
	}
	if err := cfg.arithTargetSet(w, val); err != nil {
		return 0, err
	}
	return int(val), nil
}

func intPow(a, b int) int {
	p := 1
	for b > 0 {
		if b&1 != 0 {
			p *= a
		}
		b >>= 1
		a *= a
	}
	return p
}

func binArit(op syntax.BinAritOperator, x, y int) (int, error) {
	switch op {
	case syntax.Add:
		return x + y, nil
	case syntax.Sub:
		return x - y, nil
	case syntax.Mul:
		return x * y, nil
	case syntax.Quo:
		if y == 0 {
			return 0, fmt.Errorf("division by 0")
		}
		return x / y, nil
	case syntax.Rem:
		if y == 0 {
			return 0, fmt.Errorf("division by 0")
		}
		return x % y, nil
	case syntax.Pow:
		if y < 0 {
			return 0, fmt.Errorf("exponent less than 0")
		}
		return intPow(x, y), nil
	case syntax.Eql:
		return oneIf(x == y), nil
	case syntax.Gtr:
		return oneIf(x > y), nil
	case syntax.Lss:
		return oneIf(x < y), nil
	case syntax.Neq:
		return oneIf(x != y), nil
	case syntax.Leq:
		return oneIf(x <= y), nil
	case syntax.Geq:
		return oneIf(x >= y), nil
	case syntax.And:
		return x & y, nil
	case syntax.Or:
		return x | y, nil
	case syntax.Xor:
		return x ^ y, nil
	case syntax.Shr:
		return x >> (uint64(y) & 63), nil // as bash on amd64
	case syntax.Shl:
		return x << (uint64(y) & 63), nil
	case syntax.Comma:
		// x is executed but its result discarded
		return y, nil
	default:
		return 0, fmt.Errorf("unsupported binary arithmetic operator: %q", op)
	}
}

// arithValue evaluates a value as an expression of its own, one level
// below the expression that names it (jobsh patches 42, 64).
func (cfg *Config) arithValue(s string) (int, error) {
	cfg.arithDepth++ // the source expression's own level
	defer func() { cfg.arithDepth-- }()
	n, err := cfg.subexpr(s, nil)
	return int(n), err
}
