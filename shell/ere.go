package shell

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"mvdan.cc/sh/v3/pattern"
)

// compileERE compiles the right side of [[ =~ ]] as bash does, with the
// C library's POSIX extended regular expressions (glibc's regcomp), on Go's
// regexp: the match is the leftmost-longest (bash's BASH_REMATCH for
// a|ab is ab), and what regcomp refuses is refused (the test's status is
// then 2), where Go would take it literally or otherwise: a repetition
// with nothing before it (*a, (+a), a{ ), an interval that is not one
// (a{1,x}, a{2,1}). An escaped letter that is no GNU operator is that
// letter (\d is d); \w \W \s \S \b \B are GNU's and Go's alike, \< \> are
// word boundaries, \` \' the ends of the string; in a bracket expression
// a backslash is itself. In a UTF-8 locale, [[:alpha:]] and the other
// classes are the C library's for that locale: é is alpha.
func compileERE(expr string, foldCase, utf8 bool) (*regexp.Regexp, bool) {
	key := ereKey{expr, foldCase, utf8}
	ereCache.Lock()
	re, ok := ereCache.m[key]
	ereCache.Unlock()
	if !ok {
		re, ok = compileEREText(expr, foldCase, utf8)
		ereCache.Lock()
		if ereCache.m == nil || len(ereCache.m) >= 256 {
			ereCache.m = map[ereKey]*regexp.Regexp{}
		}
		ereCache.m[key] = re // nil for one refused
		ereCache.Unlock()
	}
	return re, re != nil
}

// ereCache keeps the regexps =~ compiled last: a loop tests the same few
// again and again, and a class of a UTF-8 locale makes a large one.
var ereCache struct {
	sync.Mutex
	m map[ereKey]*regexp.Regexp
}

type ereKey struct {
	expr           string
	foldCase, utf8 bool
}

func compileEREText(expr string, foldCase, utf8 bool) (*regexp.Regexp, bool) {
	goExpr, ok := translateERE(expr, utf8)
	if !ok {
		return nil, false
	}
	if foldCase {
		goExpr = "(?i)" + goExpr
	}
	re, err := regexp.Compile(goExpr)
	if err != nil {
		return nil, false
	}
	re.Longest()
	return re, true
}

// translateERE rewrites a POSIX ERE in Go's syntax, or says regcomp
// would refuse it.
func translateERE(expr string, utf8 bool) (string, bool) {
	var b strings.Builder
	atom := false     // a repetition may follow
	atomStart := 0    // where the last atom begins in b
	repeated := false // it has a repetition already
	var groups []int  // where each open group begins in b
	// repeat appends a repetition operator to the last atom; Go refuses
	// a second one on the same atom (a{1}{2}, a**), which regcomp takes
	// as a repetition of the repeated atom: that one is grouped.
	repeat := func(op string) {
		if repeated {
			s := b.String()
			b.Reset()
			b.WriteString(s[:atomStart] + "(?:" + s[atomStart:] + ")")
		}
		b.WriteString(op)
		repeated = true
	}
	newAtom := func() { atom, atomStart, repeated = true, b.Len(), false }
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch c {
		case '\\':
			if i+1 == len(expr) {
				return "", false // a trailing backslash
			}
			i++
			newAtom()
			b.WriteString(ereEscape(expr[i]))
		case '[':
			end, ok := bracketEnd(expr, i)
			if !ok {
				return "", false
			}
			br, ok := translateBracket(expr[i:end], utf8)
			if !ok {
				return "", false
			}
			newAtom()
			b.WriteString(br)
			i = end - 1
		case '*', '+', '?':
			if !atom {
				return "", false
			}
			repeat(string(c))
		case '{':
			end, ok := intervalEnd(expr, i)
			if !atom || !ok {
				return "", false
			}
			iv := expr[i:end]
			if strings.HasPrefix(iv, "{,") {
				iv = "{0," + iv[2:] // {,m}, a GNU form Go lacks
			}
			repeat(iv)
			i = end - 1
		case '(':
			groups = append(groups, b.Len())
			b.WriteByte(c)
			atom = false
		case ')':
			b.WriteByte(c)
			if n := len(groups); n > 0 {
				atom, atomStart, repeated = true, groups[n-1], false
				groups = groups[:n-1]
			} else {
				newAtom()
			}
		case '|', '^':
			b.WriteByte(c)
			atom = false
		default:
			newAtom()
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// ereEscape is Go's form of the escaped byte c.
func ereEscape(c byte) string {
	switch c {
	case 'w', 'W', 's', 'S', 'b', 'B':
		return `\` + string(c)
	case '<', '>':
		return `\b`
	case '`':
		return `\A`
	case '\'':
		return `\z`
	}
	return regexp.QuoteMeta(string(c))
}

// bracketEnd is the index just past the bracket expression that starts
// at expr[i] ('['): a ']' right after '[' or '[^' is a member, and
// [:class:], [=c=], [.c.] hold their own brackets.
func bracketEnd(expr string, i int) (int, bool) {
	j := i + 1
	if j < len(expr) && expr[j] == '^' {
		j++
	}
	if j < len(expr) && expr[j] == ']' {
		j++
	}
	for ; j < len(expr); j++ {
		switch {
		case expr[j] == ']':
			return j + 1, true
		case expr[j] == '[' && j+1 < len(expr) && strings.IndexByte(":=.", expr[j+1]) >= 0:
			closer := string(expr[j+1]) + "]"
			k := strings.Index(expr[j+2:], closer)
			if k < 0 {
				return 0, false
			}
			j += 2 + k + 1
		}
	}
	return 0, false
}

// translateBracket writes a POSIX bracket expression ("[" to "]") in Go's
// syntax: every member is escaped, as a backslash is itself in POSIX; a
// class is one regcomp knows (not [:word:]), in a UTF-8 locale the
// locale's; an equivalence class is its character; a range must not go
// down.
func translateBracket(br string, utf8 bool) (string, bool) {
	var b strings.Builder
	b.WriteByte('[')
	s := br[1 : len(br)-1]
	if strings.HasPrefix(s, "^") {
		b.WriteByte('^')
		s = s[1:]
	}
	first := true
	for s != "" {
		if strings.HasPrefix(s, "[:") {
			name, rest, _ := strings.Cut(s[2:], ":]")
			if !slices.Contains(ereClasses, name) {
				return "", false
			}
			if utf8 {
				b.WriteString(pattern.UnicodeClass(name))
			} else {
				b.WriteString("[:" + name + ":]")
			}
			if len(rest) > 1 && rest[0] == '-' && rest[1] != ']' {
				return "", false // a range cannot start with a class
			}
			s, first = rest, false
			continue
		}
		lo, n, ok := bracketMember(s, first)
		if !ok {
			return "", false
		}
		s, first = s[n:], false
		writeClassRune(&b, lo)
		if len(s) < 2 || s[0] != '-' || s[1] == ']' {
			continue
		}
		hi, n, ok := bracketMember(s[1:], false)
		if !ok || hi < lo || utf8 && hi >= 0x80 {
			// glibc's regcomp in C.UTF-8 takes no range that ends
			// past ASCII ([é-ë] is "Invalid range end").
			return "", false
		}
		s = s[1+n:]
		b.WriteByte('-')
		writeClassRune(&b, hi)
	}
	b.WriteByte(']')
	return b.String(), true
}

// ereClasses are the classes glibc's regcomp knows.
var ereClasses = []string{"alpha", "alnum", "upper", "lower", "punct", "space",
	"blank", "print", "graph", "cntrl", "digit", "xdigit"}

// bracketMember reads one character of a bracket expression, which may be
// an equivalence class [=c=] or a collating symbol [.c.] of one character.
func bracketMember(s string, first bool) (rune, int, bool) {
	if len(s) > 1 && s[0] == '[' && (s[1] == '=' || s[1] == '.') {
		inner, _, ok := strings.Cut(s[2:], string(s[1])+"]")
		r, size := utf8.DecodeRuneInString(inner)
		if !ok || inner == "" || size != len(inner) {
			return 0, 0, false
		}
		return r, len(inner) + 4, true
	}
	r, size := utf8.DecodeRuneInString(s)
	return r, size, true
}

func writeClassRune(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
		b.WriteByte('\\')
	}
	b.WriteRune(r)
}

// intervalEnd is the index just past the interval {n}, {n,}, {,m} or
// {n,m} that starts at expr[i], with n <= m, as regcomp takes it.
func intervalEnd(expr string, i int) (int, bool) {
	k := strings.IndexByte(expr[i:], '}')
	if k < 0 {
		return 0, false
	}
	body := expr[i+1 : i+k]
	lo, hi, comma := strings.Cut(body, ",")
	num := func(s string) (int, bool) {
		if s == "" {
			return -1, true
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 0 && s[0] != '+' && s[0] != '-'
	}
	n, ok1 := num(lo)
	m, ok2 := num(hi)
	switch {
	case !ok1 || !ok2 || body == "" || body == ",":
		return 0, false
	case !comma && n < 0:
		return 0, false
	case comma && n >= 0 && m >= 0 && m < n:
		return 0, false
	}
	return i + k + 1, true
}

// ereChar is a byte of the right side of =~ and whether it was quoted.
type ereChar struct {
	c      byte
	quoted bool
}

func appendChars(chars []ereChar, s string, quoted bool) []ereChar {
	for i := 0; i < len(s); i++ {
		chars = append(chars, ereChar{s[i], quoted})
	}
	return chars
}

// appendLitChars appends unquoted source text, where a backslash quotes
// the byte after it.
func appendLitChars(chars []ereChar, s string) []ereChar {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			chars = append(chars, ereChar{s[i], true})
			continue
		}
		chars = append(chars, ereChar{s[i], false})
	}
	return chars
}

// ereQuote writes the regular expression as bash's
// quote_string_for_globbing (QGLOB_REGEXP) does: a quoted byte that ERE
// gives a meaning is escaped with a backslash, except inside a bracket
// expression, where a backslash is itself: there it is written as it is,
// so that ^[\]\[a]$ is ^[][a]$, a bracket of "]", "[" and "a". An
// unquoted "[" with no "]" to close it is an ordinary byte.
func ereQuote(chars []ereChar) string {
	var b strings.Builder
	for i := 0; i < len(chars); i++ {
		ch := chars[i]
		switch {
		case ch.c == '[' && !ch.quoted:
			if end := ereBracketEnd(chars, i); end > 0 {
				for _, x := range chars[i:end] {
					b.WriteByte(x.c)
				}
				i = end - 1
				continue
			}
			b.WriteByte('[')
		case ch.quoted && strings.IndexByte(`.[\()*+?{|^$`, ch.c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(ch.c)
		default:
			b.WriteByte(ch.c)
		}
	}
	return b.String()
}

// ereBracketEnd is the index just past the "]" that closes the bracket
// opened at chars[i] as bash scans it (an unquoted "]" first or after an
// unquoted "^" is a member, a quoted one anywhere, and [:class:] holds
// its own), or 0.
func ereBracketEnd(chars []ereChar, i int) int {
	j := i + 1
	if j < len(chars) && chars[j] == (ereChar{'^', false}) {
		j++
	}
	if j < len(chars) && chars[j] == (ereChar{']', false}) {
		j++
	}
	class := false
	for ; j < len(chars); j++ {
		c := chars[j]
		switch {
		case c.quoted:
		case c.c == '[' && j+1 < len(chars) && chars[j+1].c == ':':
			class = true
			j++
		case class && c.c == ':' && j+1 < len(chars) && chars[j+1].c == ']':
			class = false
			j++
		case c.c == ']':
			return j + 1
		}
	}
	return 0
}
