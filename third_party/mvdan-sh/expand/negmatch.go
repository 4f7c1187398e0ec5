// jobsh patch (PATCHES.md, 91): ${v#pat}, ${v/pat/rep} and ${v^pat} with
// a !(...) in pat, which no regular expression of Go's can say: each
// candidate substring is matched whole by backtracking, in the order
// bash's match_pattern tries them.

package expand

import (
	"unicode/utf8"

	"mvdan.cc/sh/v3/pattern"
)

// negMatcher returns the backtracking matcher of pat if err, from
// [pattern.Regexp], says pat has a !(...); otherwise nil.
func negMatcher(pat string, err error, mode pattern.Mode) func(string) bool {
	if _, ok := err.(*pattern.NegExtGlobError); !ok {
		return nil
	}
	m, ok := pattern.Backtracking(pat, mode&pattern.UnicodeClasses)
	if !ok {
		return nil
	}
	return m
}

// bounds lists the offsets of s where a character starts, and len(s).
func bounds(s string) []int {
	b := make([]int, 0, len(s)+1)
	for i := range s {
		b = append(b, i)
	}
	return append(b, len(s))
}

// removeMatch is removePattern by a matcher of whole strings.
func removeMatch(str string, m func(string) bool, fromEnd, shortest bool) string {
	b := bounds(str)
	for n := range b {
		k := n // the shortest prefix first, or the longest suffix
		if shortest == fromEnd {
			k = len(b) - 1 - n
		}
		if fromEnd && m(str[b[k]:]) {
			return str[:b[k]]
		}
		if !fromEnd && m(str[:b[k]]) {
			return str[b[k]:]
		}
	}
	return str
}

// findAllMatches is findAllIndex by a matcher: from the leftmost start,
// the longest match; after an empty one, the next character is skipped.
func findAllMatches(name string, m func(string) bool, n int) [][]int {
	var locs [][]int
	b := bounds(name)
	for i := 0; i < len(b)-1 && (n < 0 || len(locs) < n); {
		j := len(b) - 1
		for ; j >= i && !m(name[b[i]:b[j]]); j-- {
		}
		switch {
		case j < i:
			i++
		case j == i:
			locs = append(locs, []int{b[i], b[i]})
			i++
		default:
			locs = append(locs, []int{b[i], b[j]})
			i = j
		}
	}
	return locs
}

// findAnchoredMatch is findAnchoredIndex by a matcher.
func findAnchoredMatch(name string, m func(string) bool, anchor byte) [][]int {
	b := bounds(name)
	for n := range b {
		if anchor == '#' {
			if k := b[len(b)-1-n]; m(name[:k]) {
				return [][]int{{0, k}}
			}
		} else if m(name[b[n]:]) {
			return [][]int{{b[n], len(name)}}
		}
	}
	return nil
}

// matchesRune says whether the one-character string of r matches.
func matchesRune(m func(string) bool, r rune) bool {
	var buf [utf8.UTFMax]byte
	return m(string(buf[:utf8.EncodeRune(buf[:], r)]))
}
