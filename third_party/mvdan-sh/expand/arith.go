// Copyright (c) 2017, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package expand

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"mvdan.cc/sh/v3/syntax"
)

// TODO(v4): the arithmetic APIs should return int64 for portability with 32-bit systems,
// even if Bash only supports native int sizes.

func Arithm(cfg *Config, expr syntax.ArithmExpr) (int, error) {
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
		str, err := Literal(cfg, expr)
		if err != nil {
			return 0, err
		}
		// recursively fetch vars
		i := 0
		for syntax.ValidName(str) {
			if cfg.NoUnset && !cfg.Env.Get(str).IsSet() {
				// jobsh patch (PATCHES.md, 59): set -u holds in
				// arithmetic, for a name a value names too.
				return 0, UnsetParameterError{
					Node:    &syntax.ParamExp{Param: &syntax.Lit{Value: str}},
					Message: "unbound variable",
				}
			}
			val := cfg.envGet(str)
			if val == "" {
				break
			}
			if i++; i >= maxNameRefDepth {
				break
			}
			str = val
		}
		if i > 0 && !arithNumber(str) && strings.TrimSpace(str) != "" {
			// jobsh patch (PATCHES.md, 42): a variable's value is
			// itself an expression: v=1+2; $((v*2)) is 6.
			return cfg.arithValue(str)
		}
		// default to 0
		return int(atoi(str)), nil
	case *syntax.ParenArithm:
		return Arithm(cfg, expr.X)
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
		val, err := Arithm(cfg, expr.X)
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
			cond, err := Arithm(cfg, expr.X)
			if err != nil {
				return 0, err
			}
			b2 := expr.Y.(*syntax.BinaryArithm) // must have Op==TernColon
			if cond != 0 {
				return Arithm(cfg, b2.X)
			}
			return Arithm(cfg, b2.Y)
		case syntax.AndArit, syntax.OrArit:
			// Like Bash, short-circuit the right operand.
			left, err := Arithm(cfg, expr.X)
			if err != nil {
				return 0, err
			}
			if expr.Op == syntax.AndArit && left == 0 {
				return 0, nil
			}
			if expr.Op == syntax.OrArit && left != 0 {
				return 1, nil
			}
			right, err := Arithm(cfg, expr.Y)
			if err != nil {
				return 0, err
			}
			return oneIf(right != 0), nil
		}
		left, err := Arithm(cfg, expr.X)
		if err != nil {
			return 0, err
		}
		right, err := Arithm(cfg, expr.Y)
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

func oneIf(b bool) int {
	if b {
		return 1
	}
	return 0
}

// atoi is like [strconv.ParseInt](s, BASE, 64), but it handles integer
// base prefixes according to bash-shell's rules, ignores errors, and
// trims whitespace.
//
// For more information about bash's integer base handling syntax,
// refer to the bash manual:
// https://www.man7.org/linux/man-pages/man1/bash.1.html
func atoi(s string) int64 {
	s = strings.TrimSpace(s)
	neg := false
	switch {
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	case strings.HasPrefix(s, "-"):
		neg = true
		s = s[1:]
	}
	base := int64(10)
	switch {
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		base = 16
		s = s[2:]
	case strings.HasPrefix(s, "0"):
		base = 8
		s = s[1:]
	default:
		baseStr, intStr, hasSep := strings.Cut(s, "#")
		if hasSep {
			var err error
			base, err = strconv.ParseInt(baseStr, 10, 8)
			if err != nil || base < 2 || base > 64 {
				return 0
			}
			s = intStr
		}
	}
	var n int64
	if base > 36 {
		n = atoiLargeBase(s, base)
	} else {
		n, _ = strconv.ParseInt(s, int(base), 64)
	}
	if neg {
		n = -n
	}
	return n
}

// atoiLargeBase parses bases 37 to 64, which [strconv.ParseInt] does not
// support, using bash's digit set: 0-9, a-z, A-Z, "@", and "_".
func atoiLargeBase(s string, base int64) int64 {
	var n int64
	for i := range len(s) {
		var d int64
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case c >= 'a' && c <= 'z':
			d = int64(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int64(c-'A') + 36
		case c == '@':
			d = 62
		case c == '_':
			d = 63
		default:
			return 0
		}
		if d >= base {
			return 0
		}
		n = n*base + d
	}
	return n
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
	n, err := Arithm(cfg, w)
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
		return wenv.SetElem(pe.Param.Value, pe.Index, str)
	}
	return cfg.envSet(w.Lit(), str)
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
}

func (e ArithmError) Error() string { return e.Msg }

// withArithmExp records the $((...)) in which an ArithmError happened.
func withArithmExp(err error, x *syntax.ArithmExp) error {
	if e, ok := err.(ArithmError); ok && e.Expr == nil {
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
	arg_, err := Arithm(cfg, b.Y)
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
		val <<= uint(arg)
	case syntax.ShrAssgn:
		val >>= uint(arg)
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
		return x >> uint(y), nil
	case syntax.Shl:
		return x << uint(y), nil
	case syntax.Comma:
		// x is executed but its result discarded
		return y, nil
	default:
		return 0, fmt.Errorf("unsupported binary arithmetic operator: %q", op)
	}
}

// rxArithNumber is a number as atoi reads it.
var rxArithNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*[-+]?(0[xX][0-9a-fA-F]+|[0-9]+|[0-9]+#[0-9a-zA-Z@_]+)\s*$`)
})

func arithNumber(s string) bool { return rxArithNumber().MatchString(s) }

// arithValue evaluates a variable's value that is not a number as an
// expression. jobsh patch (PATCHES.md, 42).
// ArithParseError words a syntax error in the arithmetic text s as bash's
// expr.c does, from where the parser stopped: an operator, a stray
// character or the end where an operand should be is "syntax error:
// operand expected"; an unknown operator after an operand (x{1..3}) is
// "syntax error: invalid arithmetic operator"; a word after a complete
// operand is "syntax error in expression". The error token is the text
// from there on. jobsh patch (PATCHES.md, 63).
func ArithParseError(s string, perr error) ArithmError {
	src := "$((" + s + "))"
	token := s
	text := ""
	if perr != nil {
		text = perr.Error()
	}
	var pe syntax.ParseError
	if errors.As(perr, &pe) {
		text = pe.Text
		if off := int(pe.Pos.Offset()); off >= 3 && off <= len(src)-2 {
			token = src[off : len(src)-2]
		}
	}
	msg := "syntax error in expression"
	switch {
	case strings.Contains(text, "floating point arithmetic"):
		trimmed := strings.TrimLeft(s, " \t\n")
		if i := strings.IndexByte(trimmed, '{'); i > 0 {
			msg, token = "syntax error: invalid arithmetic operator", trimmed[i:]
		} else {
			msg, token = "syntax error: operand expected", trimmed
		}
	case strings.Contains(text, "without matching") && strings.Count(s, "(") > strings.Count(s, ")"):
		msg = "missing `)'"
		token = strings.TrimLeft(s[strings.LastIndexByte(s, '(')+1:], " \t\n")
	case strings.Contains(text, "must be followed by a literal"):
		// ++ or -- with nothing after: bash's token is the last sign.
		msg, token = "syntax error: operand expected", token[min(1, len(token)):]
	case strings.Contains(text, "must follow an expression"),
		strings.Contains(text, "must be followed by"),
		strings.Contains(text, "reached EOF without closing quote"),
		strings.Contains(text, "must follow a name"),
		strings.Contains(text, "without matching"):
		msg = "syntax error: operand expected"
	}
	return ArithmError{Msg: msg, Text: s, TokenText: token}
}

// ArithTextError finds, in arithmetic text that is not shell source (a
// variable's value, an operand of [[ -eq ]] after expansion), a character
// bash's expr.c has no token for: `$v`, `{a,b}`, a backslash or a quote
// stay as they are there, where the shell's parser would expand them. At
// an operand's place that is "syntax error: operand expected", after one
// "syntax error: invalid arithmetic operator"; the error token is the
// text from there on. jobsh patch (PATCHES.md, 63).
func ArithTextError(s string) (ArithmError, bool) {
	i := strings.IndexAny(s, "$`{}\\\"';@")
	if i < 0 {
		return ArithmError{}, false
	}
	msg := "syntax error: operand expected"
	before := strings.TrimRight(s[:i], " \t\n")
	if before != "" && !strings.ContainsRune("+-*/%<>=!~&|^?:,(", rune(before[len(before)-1])) {
		msg = "syntax error: invalid arithmetic operator"
	}
	return ArithmError{Msg: msg, Text: s, TokenText: s[i:]}, true
}

func (cfg *Config) arithValue(s string) (int, error) {
	if cfg.arithDepth >= 1024 {
		return 0, ArithmError{Msg: "expression recursion level exceeded", Text: s, TokenText: s}
	}
	if e, bad := ArithTextError(s); bad {
		return 0, e
	}
	src := "$((" + s + "))"
	var x syntax.ArithmExpr
	var perr error
	for w, err := range syntax.NewParser().WordsSeq(strings.NewReader(src)) {
		if err != nil {
			perr = err
			break
		}
		if len(w.Parts) == 1 {
			if ae, ok := w.Parts[0].(*syntax.ArithmExp); ok {
				x = ae.X
			}
		}
		break
	}
	if x == nil {
		return 0, ArithParseError(s, perr)
	}
	cfg.arithDepth++
	defer func() { cfg.arithDepth-- }()
	return Arithm(cfg, x)
}
