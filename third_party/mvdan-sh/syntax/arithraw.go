// jobsh patch (PATCHES.md, 74): an arithmetic expression that does not
// parse is kept as its text, to be evaluated (and its error reported) when
// it runs, as bash does.

package syntax

import "strings"

// rawCapture keeps the bytes read from one offset on, for the text of an
// arithmetic expression; the reader's buffer forgets what it has lexed.
type rawCapture struct {
	buf  []byte
	next int64 // the offset of the first byte not in buf yet
}

// arithBail unwinds the parse of an arithmetic expression that has a
// syntax error (see lenientArithm), which it carries.
type arithBail struct{ err error }

// rawHistory is how many bytes before the reader's buffer are kept: a
// look-ahead may have refilled it past the start of an expression.
const rawHistory = 256

// startRaw begins keeping the input from offset on.
func (p *Parser) startRaw(offset int64) *rawCapture {
	c := &rawCapture{next: offset}
	if lost := p.offs - offset; lost > 0 && lost <= int64(len(p.rawHist)) {
		c.buf = append(c.buf, p.rawHist[int64(len(p.rawHist))-lost:]...)
		c.next = p.offs
	}
	p.rawCaps = append(p.rawCaps, c)
	return c
}

// saveRaw keeps, for every open capture, the bytes the reader is about
// to forget: those before p.bsp; and the last few of them in any case.
func (p *Parser) saveRaw() {
	if p.bsp >= rawHistory {
		p.rawHist = append(p.rawHist[:0], p.bs[p.bsp-rawHistory:p.bsp]...)
	} else {
		p.rawHist = append(p.rawHist, p.bs[:p.bsp]...)
		if n := len(p.rawHist); n > rawHistory {
			p.rawHist = append(p.rawHist[:0], p.rawHist[n-rawHistory:]...)
		}
	}
	for _, c := range p.rawCaps {
		if from := c.next - p.offs; from >= 0 && from < int64(p.bsp) {
			c.buf = append(c.buf, p.bs[from:p.bsp]...)
			c.next = p.offs + int64(p.bsp)
		}
	}
}

// endRaw stops c and returns the input from its offset to offset end.
func (p *Parser) endRaw(c *rawCapture, end int64) string {
	for i, o := range p.rawCaps {
		if o == c {
			p.rawCaps = append(p.rawCaps[:i], p.rawCaps[i+1:]...)
			break
		}
	}
	b := c.buf
	if from, to := c.next-p.offs, end-p.offs; from >= 0 && to >= from && to <= int64(len(p.bs)) {
		b = append(b, p.bs[from:to]...)
	}
	if n := end - (c.next - int64(len(c.buf))); n >= 0 && n <= int64(len(b)) {
		b = b[:n]
	}
	return string(b)
}

// lenientArithm parses the expression of $(( )) or (( )) (opened by ftok
// at fpos, its text from offset start) up to its closing "))". A syntax
// error there is no error of the program in bash, whose expr.c reads the
// text when it runs: the expression becomes a word of its raw text, which
// the shell then evaluates (and reports) as bash does. An error at the end
// of the input stays one, so that more input can be asked for.
func (p *Parser) lenientArithm(ftok token, fpos Pos, start int64) ArithmExpr {
	if !p.lang.in(langBashLike) {
		return p.followArithm(ftok, fpos)
	}
	return p.lenient(func() ArithmExpr { return p.followArithm(ftok, fpos) },
		start, fpos, p.peekArithmEnd, rawExpr)
}

// lenientIndex parses a subscript, up to its "]", as lenientArithm does
// an expression: bash evaluates ${a[1 +]} and reports it when it runs.
func (p *Parser) lenientIndex(lpos Pos) ArithmExpr {
	stop := func() bool { return p.tok == rightBrack }
	if !p.lang.in(langBashLike) || stop() {
		return p.followArithm(leftBrack, lpos)
	}
	// From just past the "[": blanks before the first token are part of
	// a key read as text, [ a b ] (patch 78).
	return p.lenient(func() ArithmExpr { return p.followArithm(leftBrack, lpos) },
		int64(lpos.Offset())+1, p.pos, stop, rawIndex)
}

// lenientForPart parses a part of for (( ; ; )), up to its ";" or "))",
// as lenientArithm does an expression.
func (p *Parser) lenientForPart(last bool) ArithmExpr {
	stop := func() bool { return p.tok == semicolon || p.tok == dblSemicolon }
	if last {
		stop = p.peekArithmEnd
	}
	if !p.lang.in(langBashLike) || stop() {
		return p.arithmExpr(false)
	}
	return p.lenient(func() ArithmExpr { return p.arithmExpr(false) },
		int64(p.pos.Offset()), p.pos, stop, rawForPart)
}

// rawKind is what lenient reads: an expression of $(( )) or (( )), a part
// of for (( ; ; )), or a subscript.
type rawKind int

const (
	rawExpr rawKind = iota
	rawForPart
	rawIndex
)

// lenient runs parse, the parse of an arithmetic expression of kind k
// whose text begins at offset start (pos), which ends where stop says. On
// a syntax error it skips to there instead and gives the raw text as a
// word (a for part's trailing blanks trimmed: they are not bash's).
func (p *Parser) lenient(parse func() ArithmExpr, start int64, pos Pos, stop func() bool, k rawKind) (x ArithmExpr) {
	c := p.startRaw(start)
	quote, parens, lenient := p.quote, p.arithParens, p.arithLenient
	bailed := false
	var bailErr error
	func() {
		defer func() {
			if r := recover(); r != nil {
				b, ok := r.(arithBail)
				if !ok {
					panic(r)
				}
				bailed, bailErr = true, b.err
			}
		}()
		p.arithLenient = true
		x = parse()
		if p.tok != _EOF && !stop() {
			panic(arithBail{}) // more text after an expression: 1 2
		}
	}()
	p.arithLenient = lenient
	if !bailed {
		p.endRaw(c, start)
		p.arithParens = parens
		return x
	}
	depth := p.arithParens - parens
	p.quote, p.arithParens = quote, parens
	for p.tok != _EOF && !(depth == 0 && stop()) {
		if p.tok == bckQuote && p.backquoteEnd() {
			// The ` that closes the `...` the text is in: it ends
			// the text as the input's end would (`j[`: it started no
			// new substitution, and the loop went on for ever).
			break
		}
		if k == rawIndex && lenient && depth == 0 && p.peekArithmEnd() {
			// The subscript runs into the "))" of the expression
			// it is in, whose error it is then: 1 [ 2.
			panic(arithBail{bailErr})
		}
		switch p.tok {
		case leftParen:
			depth++
		case rightParen:
			depth = max(depth-1, 0)
		case leftBrack:
			// Only in a subscript do brackets nest: elsewhere bash
			// reads a "[" as any other character.
			if k == rawIndex {
				depth++
			}
		case rightBrack:
			if k == rawIndex {
				depth = max(depth-1, 0)
			}
		case dollar, dollBrace, dollParen, dollDblParen, dollBrack, bckQuote,
			dblQuote, sglQuote, dollSglQuote, dollDblQuote:
			if p.getWord() != nil {
				continue
			}
		}
		p.next()
	}
	end := int64(p.pos.Offset()) // where it stops
	if p.tok == _EOF {
		end = start
	}
	text := p.endRaw(c, end)
	if k == rawForPart {
		text = strings.TrimRight(text, " \t\n")
	}
	if strings.TrimSpace(text) == "" && bailErr != nil && p.err == nil {
		p.errPass(bailErr) // nothing to evaluate: ${a[]} stays an error
	}
	return &Word{Parts: []WordPart{&Lit{ValuePos: pos, ValueEnd: posAddCol(pos, len(text)), Value: text}}}
}
