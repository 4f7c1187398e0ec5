// jobsh patch (PATCHES.md, 87): the character classes of a UTF-8 locale.

package pattern

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Go's [[:alpha:]] is ASCII's, as in the C locale; in a UTF-8 locale bash
// asks the C library (iswctype), where é is alpha and É upper. The sets
// below are glibc's, as its localedata/unicode-gen/unicode_utils.py derives
// them from the Unicode tables: Alphabetic letters and the non-ASCII decimal
// digits are alpha; upper and lower are the cased letters and any character
// with a case mapping; a no-break space is neither space nor blank but punct;
// punct is whatever is graphic and not alphanumeric.

// span is a range of code points, both ends included.
type span struct{ lo, hi rune }

// spans lists the code points of Unicode tables, sorted and merged.
func spans(tables ...*unicode.RangeTable) []span {
	var s []span
	for _, t := range tables {
		for _, r := range t.R16 {
			s = appendRange(s, rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
		for _, r := range t.R32 {
			s = appendRange(s, rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
	}
	return merge(s)
}

func appendRange(s []span, lo, hi, stride rune) []span {
	if stride == 1 {
		return append(s, span{lo, hi})
	}
	for r := lo; r <= hi; r += stride {
		s = append(s, span{r, r})
	}
	return s
}

// chars lists single characters.
func chars(rs ...rune) []span {
	s := make([]span, len(rs))
	for i, r := range rs {
		s[i] = span{r, r}
	}
	return merge(s)
}

// merge sorts s and joins the ranges that overlap or touch.
func merge(s []span) []span {
	slices.SortFunc(s, func(a, b span) int { return int(a.lo - b.lo) })
	var out []span
	for _, x := range s {
		if n := len(out); n > 0 && x.lo <= out[n-1].hi+1 {
			out[n-1].hi = max(out[n-1].hi, x.hi)
			continue
		}
		out = append(out, x)
	}
	return out
}

func union(sets ...[]span) []span {
	return merge(slices.Concat(sets...))
}

// minus is a without the code points of b.
func minus(a, b []span) []span {
	var out []span
	for _, x := range a {
		for _, y := range b {
			if y.hi < x.lo || y.lo > x.hi {
				continue
			}
			if y.lo > x.lo {
				out = append(out, span{x.lo, y.lo - 1})
			}
			x.lo = y.hi + 1
			if x.lo > x.hi {
				break
			}
		}
		if x.lo <= x.hi {
			out = append(out, x)
		}
	}
	return out
}

// cased lists the characters with a simple case mapping that changes them.
func cased(to func(rune) rune) []span {
	var s []span
	for _, c := range unicode.CaseRanges {
		for r := rune(c.Lo); r <= rune(c.Hi); r++ {
			if to(r) != r {
				s = append(s, span{r, r})
			}
		}
	}
	return merge(s)
}

// noBreak are the space separators whose decomposition says <noBreak>.
var noBreak = chars(0xA0, 0x2007, 0x202F)

func unicodeClassSpans(name string) []span {
	digit := []span{{'0', '9'}}
	switch name {
	case "digit":
		return digit
	case "xdigit":
		return []span{{'0', '9'}, {'A', 'F'}, {'a', 'f'}}
	case "ascii":
		return []span{{0, 0x7F}}
	case "upper":
		return union(spans(unicode.Lu, unicode.Other_Uppercase), cased(unicode.ToLower))
	case "lower":
		return union(spans(unicode.Ll, unicode.Other_Lowercase), cased(unicode.ToUpper))
	case "alpha":
		return minus(spans(unicode.L, unicode.Nl, unicode.Other_Alphabetic,
			unicode.Other_Uppercase, unicode.Other_Lowercase, unicode.Nd), digit)
	case "alnum":
		return union(unicodeClassSpans("alpha"), digit)
	case "word":
		return union(unicodeClassSpans("alnum"), chars('_'))
	case "blank":
		return union(chars('\t'), minus(spans(unicode.Zs), noBreak))
	case "space":
		return union(chars('\t', '\n', '\v', '\f', '\r'), spans(unicode.Zl, unicode.Zp),
			minus(spans(unicode.Zs), noBreak))
	case "cntrl":
		return spans(unicode.Cc, unicode.Zl, unicode.Zp)
	case "print":
		return minus(assigned(), spans(unicode.Cc, unicode.Zl, unicode.Zp))
	case "graph":
		return minus(assigned(), union(spans(unicode.Cc), unicodeClassSpans("space")))
	case "punct":
		return minus(unicodeClassSpans("graph"), unicodeClassSpans("alnum"))
	}
	return nil
}

// assigned lists the characters Unicode gives a category, surrogates
// aside, which UTF-8 text cannot hold.
func assigned() []span {
	return spans(unicode.L, unicode.M, unicode.N, unicode.P, unicode.S,
		unicode.Z, unicode.Cc, unicode.Cf, unicode.Co)
}

var unicodeClasses sync.Map // class name to its regexp bracket items

// UnicodeClass returns the items of a Go regexp bracket expression that
// match the characters of class name (alpha, ...) in a UTF-8 locale.
func UnicodeClass(name string) string {
	if s, ok := unicodeClasses.Load(name); ok {
		return s.(string)
	}
	var sb strings.Builder
	for _, x := range unicodeClassSpans(name) {
		if x.lo == x.hi {
			fmt.Fprintf(&sb, `\x{%x}`, x.lo)
		} else {
			fmt.Fprintf(&sb, `\x{%x}-\x{%x}`, x.lo, x.hi)
		}
	}
	unicodeClasses.Store(name, sb.String())
	return sb.String()
}
