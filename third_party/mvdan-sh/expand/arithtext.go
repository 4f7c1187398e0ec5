// jobsh patch (PATCHES.md, 72): arithmetic text evaluated as bash's expr.c
// does, reading and evaluating in one pass.

package expand

import (
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// maxArithDepth is how many expressions may be evaluated one inside
// another (a variable's value inside the expression that names it), as
// bash's MAX_EXPR_RECURSION_LEVEL: x='x y z'; $((x)) stops there.
const maxArithDepth = 1024

// Tokens of arithmetic text. Single-character operators are their own
// byte; these are the others.
const (
	tEnd = iota
	tEqEq
	tNeq
	tLeq
	tGeq
	tStr // a name, maybe with a subscript
	tNum
	tLAnd
	tLOr
	tLsh
	tRsh
	tOpAssign // op=, the op in assignOp
	tCond     // a ?: just evaluated
	tPower
	tPreInc
	tPreDec
	tPostInc
	tPostDec
)

// isArithOp reports the single-character operators.
func isArithOp(tok int) bool {
	return tok < 256 && tok > tPostDec && strings.IndexByte("=<>+-*/%!()&|^~?:,", byte(tok)) >= 0
}

// isMultiOp reports the tokens of more than one character.
func isMultiOp(tok int) bool {
	switch tok {
	case tEqEq, tNeq, tLeq, tGeq, tLAnd, tLOr, tLsh, tRsh, tOpAssign,
		tCond, tPower, tPreInc, tPreDec, tPostInc, tPostDec:
		return true
	}
	return false
}

// arithLval is the variable an operand named, for ++, -- and op=.
type arithLval struct {
	name  string // the name without a subscript
	index string // the element's subscript, evaluated; "" for a variable
	ok    bool
}

// arithLexState is what a look-ahead saves and puts back.
type arithLexState struct {
	tp, lastTP   int
	tok, lastTok int
	tokStr       string
	tokVal       int64
	noeval       int
	lval         arithLval
}

// textArith evaluates one arithmetic text: a variable's value, an operand
// of [[ -eq ]], the value given to an integer variable. Like bash it reads
// a token and, if it is a name, evaluates the name's value at once (an
// expression of its own) before it reads on, so that an error in a value,
// or a set -u error, is reported before a syntax error later in the text.
type textArith struct {
	cfg  *Config
	expr string
	arithLexState
	assignOp byte
}

// arithAbort carries an error out of the recursive descent.
type arithAbort struct{ err error }

// ArithText evaluates s as arithmetic text as bash's evalexp does. Errors
// in s are ArithmErrors with Text and TokenText set; set -u errors are
// UnsetParameterErrors. jobsh patch (PATCHES.md, 72).
func ArithText(cfg *Config, s string) (int, error) {
	n, err := cfg.subexpr(s, nil)
	return int(n), err
}

// subexpr evaluates the text s one level deeper; outer is the evaluator
// whose operand named it, blamed when the depth runs out.
func (cfg *Config) subexpr(s string, outer *textArith) (n int64, err error) {
	if strings.TrimLeft(s, " \t\n") == "" {
		return 0, nil
	}
	if cfg.arithDepth >= maxArithDepth {
		if outer != nil {
			return 0, outer.errorf("expression recursion level exceeded")
		}
		return 0, ArithmError{Msg: "expression recursion level exceeded", Text: s, TokenText: s}
	}
	cfg.arithDepth++
	defer func() { cfg.arithDepth-- }()
	a := &textArith{cfg: cfg, expr: s}
	defer func() {
		if r := recover(); r != nil {
			ab, ok := r.(arithAbort)
			if !ok {
				panic(r)
			}
			n, err = 0, ab.err
		}
	}()
	a.next()
	n = a.comma()
	if a.tok != tEnd {
		a.fail("syntax error in expression")
	}
	return n, nil
}

// errorf is the error msg at the current token, as bash's evalerror words
// it: the expression without its leading blanks, and the text from the
// last token read on.
func (a *textArith) errorf(msg string) ArithmError {
	tok := ""
	if a.lastTP < len(a.expr) {
		tok = a.expr[a.lastTP:]
	}
	return ArithmError{Msg: msg, Text: strings.TrimLeft(a.expr, " \t"), TokenText: tok}
}

func (a *textArith) fail(msg string) { panic(arithAbort{a.errorf(msg)}) }

func (a *textArith) abort(err error) { panic(arithAbort{err}) }

func (a *textArith) at(i int) byte {
	if i < len(a.expr) {
		return a.expr[i]
	}
	return 0
}

func isArithSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func isNameStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isNameChar(c byte) bool { return isNameStart(c) || (c >= '0' && c <= '9') }

func isNumChar(c byte) bool { return isNameChar(c) || c == '@' }

// next reads the next token into tok; a name's value is evaluated here.
func (a *textArith) next() {
	cp := a.tp
	for isArithSpace(a.at(cp)) {
		cp++
	}
	if cp >= len(a.expr) {
		a.lastTok, a.tok, a.tp = a.tok, tEnd, cp
		return
	}
	a.lastTP, a.tp = cp, cp
	c := a.expr[cp]
	switch {
	case isNameStart(c):
		a.readName(cp)
		return
	case c >= '0' && c <= '9':
		end := cp
		for isNumChar(a.at(end)) || a.at(end) == '#' {
			end++
		}
		a.tokVal = a.number(cp, end)
		a.lastTok, a.tok, a.tp = a.tok, tNum, end
		return
	}
	cp++
	c1 := a.at(cp)
	cp++
	tok := int(c)
	switch {
	case c == '=' && c1 == '=':
		tok = tEqEq
	case c == '!' && c1 == '=':
		tok = tNeq
	case c == '>' && c1 == '=':
		tok = tGeq
	case c == '<' && c1 == '=':
		tok = tLeq
	case (c == '<' || c == '>') && c1 == c:
		tok = tLsh
		if c == '>' {
			tok = tRsh
		}
		if a.at(cp) == '=' {
			a.assignOp, tok = c, tOpAssign
			cp++
		}
	case c == '&' && c1 == '&':
		tok = tLAnd
	case c == '|' && c1 == '|':
		tok = tLOr
	case c == '*' && c1 == '*':
		tok = tPower
	case (c == '-' || c == '+') && c1 == c && a.tok == tStr:
		tok = tPostInc
		if c == '-' {
			tok = tPostDec
		}
	case (c == '-' || c == '+') && c1 == c && a.tok == tNum && (a.lastTok == tPreInc || a.lastTok == tPreDec):
		a.fail(string([]byte{c, c}) + ": assignment requires lvalue")
	case (c == '-' || c == '+') && c1 == c:
		// ++ or -- before a name; before anything else two signs.
		xp := cp
		for isArithSpace(a.at(xp)) {
			xp++
		}
		if isNameStart(a.at(xp)) {
			tok = tPreInc
			if c == '-' {
				tok = tPreDec
			}
		} else {
			cp--
		}
	case c1 == '=' && strings.IndexByte("*/%+-&^|", c) >= 0:
		a.assignOp, tok = c, tOpAssign
	case !isArithOp(int(c)):
		a.tp = cp - 2
		if a.tok == tEnd || isArithOp(a.tok) || isMultiOp(a.tok) {
			a.fail("syntax error: operand expected")
		}
		a.fail("syntax error: invalid arithmetic operator")
	default:
		cp--
	}
	a.lastTok, a.tok, a.tp = a.tok, tok, cp
}

// readName reads a name, with its subscript if any, at cp. Unless it is
// the target of a plain =, its value is evaluated now.
func (a *textArith) readName(cp int) {
	start := cp
	for isNameChar(a.at(cp)) {
		cp++
	}
	elem := false
	if a.at(cp) == '[' {
		end := skipSubscript(a.expr, cp)
		if end < 0 {
			a.fail("bad array subscript")
		}
		cp, elem = end+1, true
	}
	a.tokStr, a.lval = a.expr[start:cp], arithLval{}
	// Peek at the next token, evaluating nothing, for a following =.
	saved := a.arithLexState
	a.tokStr, a.tp, a.noeval, a.tok = "", cp, 1, tStr
	a.next()
	peek := a.tok
	a.arithLexState = saved
	a.tp = cp
	if a.lastTok == tPreInc || a.lastTok == tPreDec || peek != '=' {
		a.tokVal = a.streval(a.tokStr, elem)
	} else {
		a.tokVal = 0
	}
	a.lastTok, a.tok = a.tok, tStr
}

// skipSubscript finds the ] that closes the [ at i, or -1.
func skipSubscript(s string, i int) int {
	depth := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// streval is the value of the operand tok, a name or name[subscript]:
// its value evaluated as an expression of its own, 0 if empty. It also
// records the variable, the target of ++, -- or op=.
func (a *textArith) streval(tok string, elem bool) int64 {
	if a.noeval > 0 {
		return 0
	}
	cfg := a.cfg
	name, sub := tok, ""
	if elem {
		i := strings.IndexByte(tok, '[')
		name, sub = tok[:i], tok[i+1:len(tok)-1]
	}
	vr := cfg.Env.Get(name)
	if cfg.NoUnset && !vr.IsSet() {
		a.abort(UnsetParameterError{
			Node:    &syntax.ParamExp{Param: &syntax.Lit{Value: name}},
			Message: "unbound variable",
		})
	}
	var val string
	lv := arithLval{name: name, ok: true}
	if elem {
		_, rv := vr.Resolve(cfg.Env)
		if rv.Kind == Associative || sub == "@" || sub == "*" {
			lv.index = sub
		} else {
			i, err := cfg.subexpr(sub, nil)
			if err != nil {
				a.abort(inIndex(err, nil))
			}
			lv.index = strconv.FormatInt(i, 10)
		}
		idx := &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: lv.index}}}
		s, _, err := cfg.varInd(name, rv, idx)
		if err != nil {
			a.abort(err)
		}
		val = s
	} else {
		val = vr.String()
		if vr.Kind == NameRef {
			val = cfg.envGet(name)
		}
	}
	n, err := cfg.subexpr(val, a)
	if err != nil {
		a.abort(err)
	}
	a.lval = lv
	return n
}

// assign stores n in the variable lv names.
func (a *textArith) assign(lv arithLval, n int64) {
	if a.noeval > 0 {
		return
	}
	str := strconv.FormatInt(n, 10)
	var err error
	if lv.index != "" {
		wenv, ok := a.cfg.Env.(ElemWriteEnviron)
		if !ok {
			a.abort(ArithmError{Msg: "environment can't set array elements"})
		}
		idx := &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: lv.index}}}
		err = wenv.SetElem(lv.name, idx, str)
	} else {
		err = a.cfg.envSet(lv.name, str)
	}
	if err != nil {
		a.abort(assignError(err))
	}
}

// number is the value of the numeric constant from start to end: 0x1f,
// 017, 64#_, 12. In its errors bash's text ends with the constant.
func (a *textArith) number(start, end int) int64 {
	s := a.expr[start:end]
	fail := func(msg string) {
		panic(arithAbort{ArithmError{Msg: msg, Text: strings.TrimLeft(a.expr[:end], " \t"),
			TokenText: a.expr[start:end], Cut: true}})
	}
	base, foundBase := int64(10), false
	if s[0] == '0' {
		s = s[1:]
		if s == "" {
			return 0
		}
		base, foundBase = 8, true
		if s[0] == 'x' || s[0] == 'X' {
			base, s = 16, s[1:]
		}
	}
	var val int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '#' {
			if foundBase {
				fail("invalid number")
			}
			if val < 2 || val > 64 {
				fail("invalid arithmetic base")
			}
			base, val, foundBase = val, 0, true
			if i+1 >= len(s) || !isNumChar(s[i+1]) {
				fail("invalid integer constant")
			}
			continue
		}
		var d int64
		switch {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case c >= 'a' && c <= 'z':
			d = int64(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int64(c-'A') + 10
			if base > 36 {
				d += 26
			}
		case c == '@':
			d = 62
		case c == '_':
			d = 63
		}
		if d >= base {
			fail("value too great for base")
		}
		val = val*base + d
	}
	return val
}

// comma: a, b
func (a *textArith) comma() int64 {
	v := a.assignment()
	for a.tok == ',' {
		a.next()
		v = a.assignment()
	}
	return v
}

// assignment: a = b, a op= b (right to left)
func (a *textArith) assignment() int64 {
	v := a.cond()
	if a.tok != '=' && a.tok != tOpAssign {
		return v
	}
	special, op := a.tok == tOpAssign, a.assignOp
	if a.lastTok != tStr {
		a.fail("attempted assignment to non-variable")
	}
	if a.tokStr == "" {
		a.fail("syntax error in variable assignment")
	}
	lv, target := a.lval, a.tokStr
	lvalue := v
	a.next()
	v = a.assignment()
	if !lv.ok {
		// The target of a plain = was not evaluated: its subscript
		// is evaluated now, after the value, as bash binds it.
		lv = arithLval{name: baseName(target), ok: true}
		if i := strings.IndexByte(target, '['); i >= 0 {
			lv.index = a.elemIndex(lv.name, target[i+1:len(target)-1])
		}
	}
	if special {
		if (op == '/' || op == '%') && v == 0 {
			if a.noeval == 0 {
				a.fail("division by 0")
			}
			v = 1
		}
		v = arithBinary(op, lvalue, v)
	}
	a.assign(lv, v)
	a.tokStr = ""
	return v
}

func baseName(tok string) string {
	if i := strings.IndexByte(tok, '['); i >= 0 {
		return tok[:i]
	}
	return tok
}

// elemIndex is an assignment target's subscript, evaluated.
func (a *textArith) elemIndex(name, sub string) string {
	if a.noeval > 0 {
		return sub
	}
	if _, rv := a.cfg.Env.Get(name).Resolve(a.cfg.Env); rv.Kind == Associative {
		return sub
	}
	i, err := a.cfg.subexpr(sub, nil)
	if err != nil {
		a.abort(inIndex(err, nil))
	}
	return strconv.FormatInt(i, 10)
}

// arithBinary applies a binary operator as bash does on 64 bits: shifts
// count modulo 64, MinInt64 / -1 does not trap.
func arithBinary(op byte, x, y int64) int64 {
	switch op {
	case '*':
		return x * y
	case '/':
		if y == -1 {
			return -x
		}
		return x / y
	case '%':
		if y == -1 {
			return 0
		}
		return x % y
	case '+':
		return x + y
	case '-':
		return x - y
	case '<':
		return x << (uint64(y) & 63)
	case '>':
		return x >> (uint64(y) & 63)
	case '&':
		return x & y
	case '|':
		return x | y
	case '^':
		return x ^ y
	}
	return 0
}

// cond: a ? b : c
func (a *textArith) cond() int64 {
	c := a.lor()
	if a.tok != '?' {
		return c
	}
	if c == 0 {
		a.noeval++
	}
	a.next()
	if a.tok == tEnd || a.tok == ':' {
		a.fail("expression expected")
	}
	v1 := a.comma()
	if c == 0 {
		a.noeval--
	}
	if a.tok != ':' {
		a.fail("`:' expected for conditional expression")
	}
	if c != 0 {
		a.noeval++
	}
	a.next()
	if a.tok == tEnd {
		a.fail("expression expected")
	}
	v2 := a.cond()
	if c != 0 {
		a.noeval--
	}
	a.lastTok = tCond
	if c != 0 {
		return v1
	}
	return v2
}

// lor and land short-circuit: the operand not needed is read, not
// evaluated.
func (a *textArith) lor() int64 {
	v := a.land()
	for a.tok == tLOr {
		skip := v != 0
		if skip {
			a.noeval++
		}
		a.next()
		v2 := a.land()
		if skip {
			a.noeval--
		}
		v = boolInt(v != 0 || v2 != 0)
		a.lastTok = tLOr
	}
	return v
}

func (a *textArith) land() int64 {
	v := a.binary(0)
	for a.tok == tLAnd {
		skip := v == 0
		if skip {
			a.noeval++
		}
		a.next()
		v2 := a.binary(0)
		if skip {
			a.noeval--
		}
		v = boolInt(v != 0 && v2 != 0)
		a.lastTok = tLAnd
	}
	return v
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// arithLevels are the left-associative binary operators from the loosest
// to the tightest: | ^ & (== !=) (< > <= >=) (<< >>) (+ -) (* / %).
var arithLevels = [][]int{
	{'|'}, {'^'}, {'&'}, {tEqEq, tNeq}, {tLeq, tGeq, '<', '>'},
	{tLsh, tRsh}, {'+', '-'}, {'*', '/', '%'},
}

func (a *textArith) binary(level int) int64 {
	if level == len(arithLevels) {
		return a.power()
	}
	v := a.binary(level + 1)
	for a.isLevelOp(level) {
		op := a.tok
		divisor := a.tp // the text after the operator
		a.next()
		v2 := a.binary(level + 1)
		v = a.apply(op, v, v2, divisor)
		a.lastTok = tNum
	}
	return v
}

func (a *textArith) isLevelOp(level int) bool {
	for _, op := range arithLevels[level] {
		if a.tok == op {
			return true
		}
	}
	return false
}

func (a *textArith) apply(op int, x, y int64, divisor int) int64 {
	switch op {
	case tEqEq:
		return boolInt(x == y)
	case tNeq:
		return boolInt(x != y)
	case tLeq:
		return boolInt(x <= y)
	case tGeq:
		return boolInt(x >= y)
	case '<':
		return boolInt(x < y)
	case '>':
		return boolInt(x > y)
	case tLsh:
		return arithBinary('<', x, y)
	case tRsh:
		return arithBinary('>', x, y)
	case '/', '%':
		if y == 0 {
			if a.noeval > 0 {
				return arithBinary(byte(op), x, 1)
			}
			// bash's error token is the divisor.
			for isArithSpace(a.at(divisor)) && a.at(divisor) != '\n' {
				divisor++
			}
			a.lastTP = divisor
			a.fail("division by 0")
		}
	}
	return arithBinary(byte(op), x, y)
}

// power: a ** b, right-associative.
func (a *textArith) power() int64 {
	v := a.unary()
	for a.tok == tPower {
		a.next()
		e := a.power()
		a.lastTok = tNum
		if e == 0 {
			return 1
		}
		if e < 0 {
			a.fail("exponent less than 0")
		}
		v = int64(intPow(int(v), int(e)))
	}
	return v
}

// unary: ! ~ - +
func (a *textArith) unary() int64 {
	switch a.tok {
	case '!':
		a.next()
		v := boolInt(a.unary() == 0)
		a.lastTok = tNum
		return v
	case '~':
		a.next()
		v := ^a.unary()
		a.lastTok = tNum
		return v
	case '-':
		a.next()
		v := -a.unary()
		a.lastTok = tNum
		return v
	case '+':
		a.next()
		v := a.unary()
		a.lastTok = tNum
		return v
	}
	return a.operand()
}

// operand: ++a, --a, ( expr ), a number, a name, a++, a--.
func (a *textArith) operand() int64 {
	switch a.tok {
	case tPreInc, tPreDec:
		op := a.tok
		a.lastTok = op
		a.next()
		if a.tok != tStr {
			a.fail("identifier expected after pre-increment or pre-decrement")
		}
		v := a.tokVal + 1
		if op == tPreDec {
			v = a.tokVal - 1
		}
		a.assign(a.lval, v)
		a.tok = tNum
		a.next()
		return v
	case '(':
		a.next()
		v := a.comma()
		if a.tok != ')' {
			a.fail("missing `)'")
		}
		a.next()
		return v
	case tNum, tStr:
		v := a.tokVal
		if a.tok == tStr {
			// Is it followed by ++ or --?
			saved := a.arithLexState
			a.tokStr, a.noeval = "", 1
			a.next()
			if a.tok == tPostInc || a.tok == tPostDec {
				delta := int64(1)
				if a.tok == tPostDec {
					delta = -1
				}
				a.tokStr, a.noeval, a.lval = saved.tokStr, saved.noeval, saved.lval
				a.lastTok = tStr
				a.assign(a.lval, v+delta)
				a.tok = tNum
			} else {
				a.arithLexState = saved
			}
		}
		a.next()
		return v
	}
	a.fail("syntax error: operand expected")
	return 0
}
