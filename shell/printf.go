package shell

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"mvdan.cc/sh/v3/syntax"
)

// printf as bash 5.2 has it: the format is read by bash's rules (flags
// "#'-+ 0", width and precision with * from the arguments, length
// modifiers skipped), numbers are taken as strtoimax/strtoumax/strtold
// take them, and floating point is done in 64-bit precision, as bash's
// long double on x86-64, so that %f, %e, %g and %a print the same digits.

// printer is one run of the printf builtin.
type printer struct {
	sh     *Shell
	args   []string
	next   int // the next argument to take
	out    strings.Builder
	status int
	utf8   bool // the locale is UTF-8: \u escapes give UTF-8

	toVar       bool // -v: nothing is written
	failed      bool // a write failed: writeStatus and writeErr say how
	writeStatus int
	writeErr    error
}

func builtinPrintf(sh *Shell, args []string) (int, error) {
	var target string
	haveTarget := false
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			args = args[1:]
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		if a[1] != 'v' {
			return sh.usage("printf", a[:2])
		}
		if len(a) > 2 {
			target, args = a[2:], args[1:]
		} else if len(args) < 2 {
			sh.errorf("printf: -v: option requires an argument")
			fmt.Fprintf(sh.stderr(), "printf: usage: %s\n", synopsis("printf"))
			return 2, nil
		} else {
			target, args = args[1], args[2:]
		}
		haveTarget = true
	}
	if haveTarget && !validName(target) && !validElemRef(target) {
		sh.errorf("printf: `%s': not a valid identifier", target)
		return 2, nil
	}
	if len(args) == 0 {
		fmt.Fprintf(sh.stderr(), "printf: usage: %s\n", synopsis("printf"))
		return 2, nil
	}
	p := &printer{sh: sh, args: args[1:], utf8: sh.utf8Locale()}
	p.toVar = haveTarget
	for {
		start := p.next
		more := p.format(args[0])
		// bash's standard output is line-buffered: each line is
		// written as it is made, and a write that kills the stage
		// (SIGPIPE) comes before the next argument is looked at.
		p.flushLines()
		if p.failed || !more || p.next == start || p.next >= len(p.args) {
			break
		}
	}
	if haveTarget {
		if ok, err := sh.printfAssign(target, p.out.String()); err != nil || !ok {
			return 1, err
		}
		return p.status, nil
	}
	if p.failed {
		return p.writeStatus, p.writeErr
	}
	if st, err := sh.write("printf", p.out.String()); st != 0 || err != nil {
		return st, err
	}
	return p.status, nil
}

// validElemRef tells whether s is name[subscript].
func validElemRef(s string) bool {
	i := strings.IndexByte(s, '[')
	return i > 0 && strings.HasSuffix(s, "]") && len(s) > i+2 && validName(s[:i])
}

// printfAssign sets printf -v's variable, which may be an array element;
// an error in its subscript is returned, as it ends the shell.
func (sh *Shell) printfAssign(target, value string) (bool, error) {
	if !strings.Contains(target, "[") {
		return sh.setVar(target, value, false), nil
	}
	src := target + "=''"
	f, err := syntax.NewParser().Parse(strings.NewReader(src), "")
	if err == nil && len(f.Stmts) == 1 {
		if call, ok := f.Stmts[0].Cmd.(*syntax.CallExpr); ok && len(call.Args) == 0 && len(call.Assigns) == 1 {
			as := call.Assigns[0]
			as.Value = &syntax.Word{Parts: []syntax.WordPart{&syntax.SglQuoted{Value: value}}}
			// The subscript's text is this source's.
			saved := sh.progSrc
			sh.progSrc = &srcRecorder{buf: []byte(src)}
			err := sh.assign(as, assignOpts{})
			sh.progSrc = saved
			if ie, ok := sh.asIndexError(err); ok {
				return false, sh.indexFailed(ie.msg)
			}
			return err == nil, nil
		}
	}
	sh.errorf("printf: `%s': not a valid identifier", target)
	return false, nil
}

// errorf reports a problem. bash's standard output is line-buffered, so
// what came before the message is what printf wrote up to its last
// newline; the rest follows the message.
func (p *printer) errorf(format string, args ...any) {
	p.flushLines()
	if p.failed {
		// The write ended the stage (SIGPIPE): nothing more is said.
		return
	}
	p.sh.errorf("printf: "+format, args...)
}

// flushLines writes the output up to its last newline.
func (p *printer) flushLines() {
	if p.toVar || p.failed {
		return
	}
	s := p.out.String()
	i := strings.LastIndexByte(s, '\n')
	if i < 0 {
		return
	}
	if st, err := p.sh.write("printf", s[:i+1]); st != 0 || err != nil {
		p.failed, p.writeStatus, p.writeErr = true, st, err
		return
	}
	p.out.Reset()
	p.out.WriteString(s[i+1:])
}

// fieldLimit is the widest field jobsh makes (64 MiB).
const fieldLimit = 1 << 26

// truncate drops what was written past mark.
func (p *printer) truncate(mark int) {
	s := p.out.String()
	if len(s) > mark {
		p.out.Reset()
		p.out.WriteString(s[:mark])
	}
}

// arg takes the next argument; "" when they have run out.
func (p *printer) arg() (string, bool) {
	if p.next >= len(p.args) {
		return "", false
	}
	p.next++
	return p.args[p.next-1], true
}

// format runs the format once; false when printf must stop (\c, or a
// bad conversion).
func (p *printer) format(f string) bool {
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '\\' && i+1 < len(f) {
			s, n, _ := p.escape(f[i+1:], false)
			p.out.WriteString(s)
			i += n
			continue
		}
		if c != '%' {
			p.out.WriteByte(c)
			continue
		}
		start := i
		i++
		if i < len(f) && f[i] == '%' {
			p.out.WriteByte('%')
			continue
		}
		var sp spec
		sp.prec = -1
		for ; i < len(f) && strings.IndexByte("#'-+ 0", f[i]) >= 0; i++ {
			switch f[i] {
			case '#':
				sp.sharp = true
			case '-':
				sp.minus = true
			case '+':
				sp.plus = true
			case ' ':
				sp.space = true
			case '0':
				sp.zero = true
			}
		}
		if i < len(f) && f[i] == '*' {
			i++
			w := p.intArg()
			if w < 0 {
				sp.minus = true
				w = -w
			}
			sp.width = w
		} else {
			for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
				sp.width = min(sp.width*10+int(f[i]-'0'), math.MaxInt32+1)
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			sp.prec = 0
			if i < len(f) && f[i] == '*' {
				i++
				sp.prec = p.intArg()
				sp.precStar = true
				if sp.prec < 0 {
					sp.prec = -1
				}
			} else {
				for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
					sp.prec = min(sp.prec*10+int(f[i]-'0'), math.MaxInt32+1)
					sp.precDigits = true
				}
			}
		}
		for i < len(f) && strings.IndexByte("hjlLtz", f[i]) >= 0 {
			i++
		}
		if i >= len(f) {
			p.errorf("`%s': missing format character", f[start:])
			p.status = 1
			return false
		}
		// A width or precision past INT_MAX makes glibc's printf fail,
		// and bash's conversion writes nothing; one past fieldLimit
		// jobsh refuses (bash would write it all, gigabytes).
		drop := sp.width > math.MaxInt32 || sp.prec > math.MaxInt32
		if !drop && (sp.width > fieldLimit || sp.prec > fieldLimit) {
			p.errorf("%s: field width or precision too large", f[start:i+1])
			p.status, drop = 1, true
		}
		if drop {
			sp.width, sp.prec = 0, -1
		}
		mark := p.out.Len()
		switch conv := f[i]; conv {
		case 's':
			a, _ := p.arg()
			p.out.WriteString(sp.str(a))
		case 'c':
			a, _ := p.arg()
			b := "\x00"
			if a != "" {
				b = a[:1]
			}
			sp.prec = -1
			p.out.WriteString(sp.str(b))
		case 'b':
			a, _ := p.arg()
			var b strings.Builder
			stop := false
			for j := 0; j < len(a); j++ {
				if a[j] != '\\' || j+1 == len(a) {
					b.WriteByte(a[j])
					continue
				}
				s, n, c := p.escape(a[j+1:], true)
				if c {
					stop = true
					break
				}
				b.WriteString(s)
				j += n
			}
			p.out.WriteString(sp.str(b.String()))
			if stop {
				// bash returns success here, whatever came before.
				p.status = 0
				return false
			}
		case 'q':
			a, _ := p.arg()
			p.out.WriteString(sp.str(shellQuote(a, p.utf8)))
		case 'Q':
			// bash 5.2: a precision written in digits cuts the argument,
			// not the quoted text; one from * is not used at all; a bare
			// "." is precision 0 on the quoted text, as for %q.
			a, _ := p.arg()
			switch {
			case sp.precDigits:
				if sp.prec < len(a) {
					a = a[:sp.prec]
				}
				sp.prec = -1
			case sp.precStar:
				sp.prec = -1
			}
			p.out.WriteString(sp.str(shellQuote(a, p.utf8)))
		case '(':
			j := i + 1
			depth := 1
			for ; j < len(f); j++ {
				if f[j] == '(' {
					depth++
				} else if f[j] == ')' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j+1 >= len(f) || f[j+1] != 'T' {
				ch := byte(0)
				if j+1 < len(f) {
					ch = f[j+1]
				}
				p.errorf("warning: `%c': invalid time format specification", ch)
				p.out.WriteByte('%')
				i = start
				continue
			}
			tf := f[i+1 : j]
			i = j + 1
			if tf == "" {
				tf = "%X"
			}
			secs := int64(-1)
			if p.next < len(p.args) {
				secs = p.int64Arg()
			}
			var t time.Time
			switch secs {
			case -1:
				t = time.Now()
			case -2:
				t = p.sh.started
			default:
				// Where glibc's localtime fails (the year overflows an
				// int), bash takes 0.
				if secs > 67768036191676799 || secs < -67768040609740800 {
					secs = 0
				}
				t = time.Unix(secs, 0)
			}
			s := strftime(tf, t.In(p.sh.location()))
			if len(s) >= 128 { // bash's buffer
				s = ""
			}
			p.out.WriteString(sp.str(s))
		case 'd', 'i':
			p.out.WriteString(sp.integer(p.int64Arg(), 0, false, 10))
		case 'o', 'u', 'x', 'X':
			base := map[byte]int{'o': 8, 'u': 10, 'x': 16, 'X': 16}[conv]
			s := sp.integer(0, p.uint64Arg(), true, base)
			if conv == 'X' {
				s = strings.ToUpper(s)
			}
			p.out.WriteString(s)
		case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A':
			p.out.WriteString(sp.float(p.floatArg(), conv))
		default:
			p.errorf("`%c': invalid format character", conv)
			p.status = 1
			return false
		}
		if drop {
			p.truncate(mark)
		}
	}
	return true
}

// escape interprets the backslash escape at the start of s (after the
// backslash): the bytes it means, how many bytes of s it took, and whether
// it is %b's \c. inB selects %b's rules.
func (p *printer) escape(s string, inB bool) (string, int, bool) {
	c := s[0]
	switch c {
	case 'a':
		return "\a", 1, false
	case 'b':
		return "\b", 1, false
	case 'e', 'E':
		return "\x1b", 1, false
	case 'f':
		return "\f", 1, false
	case 'n':
		return "\n", 1, false
	case 'r':
		return "\r", 1, false
	case 't':
		return "\t", 1, false
	case 'v':
		return "\v", 1, false
	case '\\':
		return "\\", 1, false
	case '\'', '"', '?':
		if inB {
			return "\\" + string(c), 1, false
		}
		return string(c), 1, false
	case 'c':
		if inB {
			return "", 1, true
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := int(c - '0')
		more := 2
		if inB && c == '0' {
			more = 3
		}
		n := 1
		for ; n < len(s) && more > 0 && s[n] >= '0' && s[n] <= '7'; n++ {
			v = v*8 + int(s[n]-'0')
			more--
		}
		return string([]byte{byte(v)}), n, false
	case 'x', 'u', 'U':
		max := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		n := 1
		v := uint64(0)
		for ; n < len(s) && n <= max && isHex(s[n]); n++ {
			d, _ := strconv.ParseUint(s[n:n+1], 16, 8)
			v = v*16 + d
		}
		if n == 1 {
			if c == 'x' {
				p.errorf("missing hex digit for \\x")
			} else {
				p.errorf("missing unicode digit for \\%c", c)
			}
			return "\\" + string(c), 1, false
		}
		if c == 'x' {
			return string([]byte{byte(v)}), n, false
		}
		return unicodeText(v, p.utf8), n, false
	}
	return "\\" + string(c), 1, false
}

// unicodeText is the character \uHHHH or \UHHHHHHHH stands for, as
// bash's u32cconv writes it: in a UTF-8 locale its UTF-8 bytes, as bash's
// own encoder makes them (surrogates and values past U+10FFFF too, up to
// six bytes; nothing past 0x7FFFFFFF), where Go would give U+FFFD;
// otherwise ASCII, or the escape written back.
func unicodeText(v uint64, utf8 bool) string {
	switch {
	case v < 0x80:
		return string([]byte{byte(v)})
	case utf8:
		return bashUTF8(v)
	case v <= 0xffff:
		// Not a character of the locale: bash's u32cconv writes it
		// back by its value, \u for 16 bits, else \U.
		return fmt.Sprintf("\\u%04X", v)
	case v < 0x80000000:
		return fmt.Sprintf("\\U%08X", v)
	}
	return "" // no character at all
}

// bashUTF8 is bash's u32toutf8.
func bashUTF8(v uint64) string {
	n, lead := 0, byte(0)
	switch {
	case v < 0x80:
		return string([]byte{byte(v)})
	case v < 0x800:
		n, lead = 2, 0xc0
	case v < 0x10000:
		n, lead = 3, 0xe0
	case v < 0x200000:
		n, lead = 4, 0xf0
	case v < 0x4000000:
		n, lead = 5, 0xf8
	case v < 0x80000000:
		n, lead = 6, 0xfc
	default:
		return ""
	}
	b := make([]byte, n)
	for i := n - 1; i > 0; i-- {
		b[i] = 0x80 | byte(v&0x3f)
		v >>= 6
	}
	b[0] = lead | byte(v)
	return string(b)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// spec is one conversion's flags, width and precision (-1: none).
type spec struct {
	minus, plus, space, zero, sharp bool
	width, prec                     int
	precDigits, precStar            bool // how the precision was given: digits, *, or a bare "."
}

// pad fills s to the width: spaces, on the right with -, else on the left.
func (sp spec) pad(s string) string {
	if len(s) >= sp.width {
		return s
	}
	fill := strings.Repeat(" ", sp.width-len(s))
	if sp.minus {
		return s + fill
	}
	return fill + s
}

// str is %s: the precision cuts, the width pads (bytes, as bash counts).
func (sp spec) str(s string) string {
	if sp.prec >= 0 && sp.prec < len(s) {
		s = s[:sp.prec]
	}
	return sp.pad(s)
}

// number pads sign+prefix+digits to the width, with zeros after the
// prefix when the 0 flag applies.
func (sp spec) number(sign, prefix, digits string, zeroOK bool) string {
	n := len(sign) + len(prefix) + len(digits)
	if sp.zero && !sp.minus && zeroOK && n < sp.width {
		digits = strings.Repeat("0", sp.width-n) + digits
	}
	return sp.pad(sign + prefix + digits)
}

// integer formats %d %i (signed) or %o %u %x %X.
func (sp spec) integer(v int64, u uint64, unsigned bool, base int) string {
	sign := ""
	if !unsigned {
		if v < 0 {
			sign = "-"
			u = uint64(-v) // also right for math.MinInt64
		} else {
			u = uint64(v)
			if sp.plus {
				sign = "+"
			} else if sp.space {
				sign = " "
			}
		}
	}
	digits := strconv.FormatUint(u, base)
	if sp.prec == 0 && u == 0 {
		digits = ""
	}
	if sp.prec > len(digits) {
		digits = strings.Repeat("0", sp.prec-len(digits)) + digits
	}
	prefix := ""
	if sp.sharp {
		if base == 8 && !strings.HasPrefix(digits, "0") {
			digits = "0" + digits
		}
		if base == 16 && u != 0 {
			prefix = "0x"
		}
	}
	return sp.number(sign, prefix, digits, sp.prec < 0)
}

// number is a floating point argument: 64-bit precision, or inf/nan.
type number struct {
	f        *big.Float
	inf, nan bool
	neg      bool
}

func (sp spec) float(x number, conv byte) string {
	upper := conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A'
	sign := ""
	if x.neg {
		sign = "-"
	} else if sp.plus {
		sign = "+"
	} else if sp.space {
		sign = " "
	}
	if x.inf || x.nan {
		s := "inf"
		if x.nan {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		return sp.pad(sign + s)
	}
	f := new(big.Float).SetPrec(64).Abs(x.f)
	prec := sp.prec
	var body, prefix string
	switch conv {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		body = f.Text('f', prec)
		if sp.sharp && prec == 0 {
			body += "."
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = cExp(f, prec, sp.sharp)
	case 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		e := cExp(f, prec-1, false)
		x, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		if x < prec && x >= -4 {
			body = f.Text('f', prec-1-x)
		} else {
			body = e
		}
		if !sp.sharp {
			mant, exp, _ := strings.Cut(body, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			body = mant
			if exp != "" {
				body += "e" + exp
			}
		} else if !strings.Contains(body, ".") {
			mant, exp, ok := strings.Cut(body, "e")
			body = mant + "."
			if ok {
				body += "e" + exp
			}
		}
	case 'a', 'A':
		prefix = "0x"
		body = hexFloat(f, prec, sp.sharp)
	}
	if upper {
		body = strings.ToUpper(body)
		prefix = strings.ToUpper(prefix)
	}
	return sp.number(sign, prefix, body, true)
}

// cExp is C's %e of a non-negative f: at least two exponent digits.
func cExp(f *big.Float, prec int, sharp bool) string {
	s := f.Text('e', prec)
	mant, exp, _ := strings.Cut(s, "e")
	if sharp && prec == 0 {
		mant += "."
	}
	sign := exp[0]
	exp = exp[1:]
	if len(exp) < 2 {
		exp = "0" + exp
	}
	return mant + "e" + string(sign) + exp
}

// hexFloat is glibc's %La for an x87 long double: the leading hex digit
// holds the top four bits of the 64-bit mantissa.
func hexFloat(f *big.Float, prec int, sharp bool) string {
	if f.Sign() == 0 {
		s := "0"
		if prec > 0 {
			s += "." + strings.Repeat("0", prec)
		} else if sharp {
			s += "."
		}
		return s + "p+0"
	}
	mant := new(big.Float)
	exp := f.MantExp(mant) // f = mant × 2^exp, 0.5 <= mant < 1
	mant.SetMantExp(mant, 64)
	m, _ := mant.Uint64()
	e := exp - 1 - 3
	lead := m >> 60
	frac := m & (1<<60 - 1) // 15 hex digits
	digits := fmt.Sprintf("%015x", frac)
	if prec < 0 {
		digits = strings.TrimRight(digits, "0")
	} else if prec < 15 {
		// Round to prec hex digits, half to even.
		drop := uint(4 * (15 - prec))
		keep := frac >> drop
		rest := frac & (1<<drop - 1)
		half := uint64(1) << (drop - 1)
		if rest > half || rest == half && (keep&1 == 1 || prec == 0 && lead&1 == 1) {
			keep++
			if prec == 0 || keep>>(4*uint(prec)) != 0 {
				lead++
				keep &= 1<<(4*uint(prec)) - 1
			}
		}
		if lead > 15 {
			lead = 1
			e += 4
		}
		digits = ""
		if prec > 0 {
			digits = fmt.Sprintf("%0*x", prec, keep)
		}
	} else {
		digits += strings.Repeat("0", prec-15)
	}
	s := strconv.FormatUint(lead, 16)
	if digits != "" || sharp {
		s += "." + digits
	}
	if e >= 0 {
		return s + "p+" + strconv.Itoa(e)
	}
	return s + "p" + strconv.Itoa(e)
}

// invalidNum reports a bad numeric argument as bash's sh_invalidnum.
func (p *printer) invalidNum(a string) {
	switch {
	case len(a) > 1 && a[0] == '0' && a[1] >= '0' && a[1] <= '9':
		p.errorf("%s: invalid octal number", a)
	case len(a) > 1 && a[0] == '0' && a[1] == 'x':
		p.errorf("%s: invalid hex number", a)
	default:
		p.errorf("%s: invalid number", a)
	}
	p.status = 1
}

func (p *printer) erange(a string) {
	p.errorf("warning: %s: Numerical result out of range", a)
}

// charCode is the value of 'c or "c: the code of the character after the
// quote (its first byte outside a UTF-8 locale).
func (p *printer) charCode(a string) (uint64, bool) {
	if len(a) == 0 || a[0] != '\'' && a[0] != '"' {
		return 0, false
	}
	if len(a) == 1 {
		return 0, true
	}
	if p.utf8 {
		if r, n := utf8.DecodeRuneInString(a[1:]); r != utf8.RuneError || n > 1 {
			return uint64(r), true
		}
	}
	return uint64(a[1]), true
}

// scanInt is strtoumax's reading of a: the magnitude, whether a minus
// sign came first, how many bytes were used, and whether it overflowed.
func scanInt(a string) (mag uint64, neg bool, used int, over bool) {
	i := 0
	for i < len(a) && (a[i] == ' ' || a[i] >= '\t' && a[i] <= '\r') {
		i++
	}
	if i < len(a) && (a[i] == '+' || a[i] == '-') {
		neg = a[i] == '-'
		i++
	}
	base := uint64(10)
	if i+1 < len(a) && a[i] == '0' && (a[i+1] == 'x' || a[i+1] == 'X') && i+2 < len(a) && isHex(a[i+2]) {
		base = 16
		i += 2
	} else if i < len(a) && a[i] == '0' {
		base = 8
	}
	start := i
	for ; i < len(a); i++ {
		d := uint64(36)
		switch c := a[i]; {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		}
		if d >= base {
			break
		}
		if mag > (^uint64(0)-d)/base {
			over = true
		}
		mag = mag*base + d
	}
	if i == start {
		return 0, false, 0, false
	}
	return mag, neg, i, over
}

func (p *printer) int64Arg() int64 {
	a, ok := p.arg()
	if !ok {
		return 0
	}
	if c, ok := p.charCode(a); ok {
		return int64(c)
	}
	mag, neg, used, over := scanInt(a)
	var v int64
	switch {
	case !neg && (over || mag > 1<<63-1):
		v, over = 1<<63-1, true
	case neg && (over || mag > 1<<63):
		v, over = -1<<63, true
	case neg:
		v = -int64(mag)
	default:
		v = int64(mag)
	}
	if used < len(a) {
		p.invalidNum(a)
	} else if over {
		p.erange(a)
	}
	return v
}

func (p *printer) uint64Arg() uint64 {
	a, ok := p.arg()
	if !ok {
		return 0
	}
	if c, ok := p.charCode(a); ok {
		return c
	}
	mag, neg, used, over := scanInt(a)
	v := mag
	if over {
		v = ^uint64(0)
	} else if neg {
		v = -mag
	}
	if used < len(a) {
		p.invalidNum(a)
	} else if over {
		p.erange(a)
	}
	return v
}

// intArg is a * width or precision.
func (p *printer) intArg() int {
	a := ""
	if p.next < len(p.args) {
		a = p.args[p.next]
	}
	v := p.int64Arg()
	if v > 1<<31-1 {
		p.erange(a)
		v = 1<<31 - 1
	} else if v < -1<<31 {
		p.erange(a)
		v = -1 << 31
	}
	return int(v)
}

// floatArg reads an argument as strtold does.
func (p *printer) floatArg() number {
	zero := number{f: new(big.Float).SetPrec(64)}
	a, ok := p.arg()
	if !ok {
		return zero
	}
	if c, ok := p.charCode(a); ok {
		return number{f: new(big.Float).SetPrec(64).SetUint64(c)}
	}
	x, used, over := scanFloat(a)
	if used < len(a) {
		p.invalidNum(a)
	} else if over {
		p.erange(a)
	}
	return x
}

// scanFloat is strtold: the longest prefix of a that is a number.
func scanFloat(a string) (number, int, bool) {
	zero := number{f: new(big.Float).SetPrec(64)}
	i := 0
	for i < len(a) && (a[i] == ' ' || a[i] >= '\t' && a[i] <= '\r') {
		i++
	}
	neg := false
	if i < len(a) && (a[i] == '+' || a[i] == '-') {
		neg = a[i] == '-'
		i++
	}
	rest := strings.ToLower(a[i:])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		return number{inf: true, neg: neg}, i + 8, false
	case strings.HasPrefix(rest, "inf"):
		return number{inf: true, neg: neg}, i + 3, false
	case strings.HasPrefix(rest, "nan"):
		n := i + 3
		if j := strings.IndexByte(a[n:], ')'); n < len(a) && a[n] == '(' && j > 0 {
			ok := true
			for _, c := range a[n+1 : n+j] {
				if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					ok = false
				}
			}
			if ok {
				n += j + 1
			}
		}
		return number{nan: true, neg: neg}, n, false
	}
	hex := strings.HasPrefix(rest, "0x")
	j := i
	digit := func(c byte) bool {
		if hex {
			return isHex(c)
		}
		return c >= '0' && c <= '9'
	}
	if hex {
		j += 2
	}
	mantStart := j
	nd := 0
	for j < len(a) && digit(a[j]) {
		j++
		nd++
	}
	if j < len(a) && a[j] == '.' {
		j++
		for j < len(a) && digit(a[j]) {
			j++
			nd++
		}
	}
	if nd == 0 {
		if hex {
			// "0x" alone is the number 0 followed by "x".
			return number{f: new(big.Float).SetPrec(64), neg: neg}, i + 1, false
		}
		return zero, 0, false
	}
	mantEnd := j
	expc := byte('e')
	if hex {
		expc = 'p'
	}
	if j < len(a) && (a[j]|0x20) == expc {
		k := j + 1
		if k < len(a) && (a[k] == '+' || a[k] == '-') {
			k++
		}
		if k < len(a) && a[k] >= '0' && a[k] <= '9' {
			for k < len(a) && a[k] >= '0' && a[k] <= '9' {
				k++
			}
			j = k
		}
	}
	text := a[mantStart:mantEnd]
	if text == "." {
		return zero, 0, false
	}
	num := text
	if hex {
		num = "0x" + text
		if !strings.Contains(a[mantEnd:j], "p") && !strings.Contains(a[mantEnd:j], "P") {
			num += "p0"
		}
	}
	num += a[mantEnd:j]
	f, _, err := big.ParseFloat(num, 0, 64, big.ToNearestEven)
	if err != nil {
		return zero, j, false
	}
	x := number{f: f, neg: neg}
	// The range of an x87 long double.
	if e := f.MantExp(nil); f.Sign() != 0 && e > 16384 {
		return number{inf: true, neg: neg}, j, true
	} else if f.Sign() != 0 && e < -16445 {
		return number{f: new(big.Float).SetPrec(64), neg: neg}, j, true
	}
	return x, j, false
}

// shellQuote is bash's printf %q: ” for nothing, $'...' when there are
// unprintable characters, else backslashes before special characters.
func shellQuote(s string, utf bool) string {
	if s == "" {
		return "''"
	}
	if unprintable(s, utf) {
		return ansiQuote(s, utf)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(" \t\n!\"$&'()*,;<>?[\\]^`{|}", c) >= 0,
			c == '#' && i == 0,
			c == '~' && (i == 0 || s[i-1] == ':' || s[i-1] == '='):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unprintable tells whether s holds a character the locale (utf: a UTF-8
// one, else bytes) cannot print: a control character, an invalid byte,
// or in the C locale any byte past ASCII.
func unprintable(s string, utf bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 && utf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 || !unicode.IsPrint(r) {
				return true
			}
			i += n
			continue
		}
		if c < 0x20 || c >= 0x7f {
			return true
		}
		i++
	}
	return false
}

func ansiQuote(s string, utf bool) string {
	var b strings.Builder
	b.WriteString("$'")
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\a':
			b.WriteString(`\a`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v':
			b.WriteString(`\v`)
		case 0x1b:
			b.WriteString(`\E`)
		case '\'', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			if c >= 0x80 && utf {
				if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError && unicode.IsPrint(r) {
					b.WriteString(s[i : i+n])
					i += n - 1
					continue
				}
			}
			if c < 0x20 || c >= 0x7f {
				fmt.Fprintf(&b, "\\%03o", c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// location is the time zone of $TZ, as bash's localtime sees it.
func (sh *Shell) location() *time.Location {
	// Only an exported TZ reaches the C library's localtime in bash.
	v := sh.Get("TZ")
	if !v.IsSet() || !v.Exported {
		return time.Local
	}
	tz := v.String()
	if tz == "" {
		return time.UTC
	}
	if loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
		return loc
	}
	// A POSIX TZ without rules: NAME[+-]hh[:mm].
	i := 0
	for i < len(tz) && (tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z') {
		i++
	}
	name, off := tz[:i], tz[i:]
	if len(name) < 3 {
		return time.UTC
	}
	sign := 1
	if off != "" && (off[0] == '+' || off[0] == '-') {
		if off[0] == '-' {
			sign = -1
		}
		off = off[1:]
	}
	hh, mm, _ := strings.Cut(off, ":")
	h, _ := strconv.Atoi(hh)
	m, _ := strconv.Atoi(mm)
	// POSIX offsets are west of Greenwich.
	return time.FixedZone(name, -sign*(h*3600+m*60))
}
