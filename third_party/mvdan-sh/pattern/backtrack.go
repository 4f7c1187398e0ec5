// jobsh patch (PATCHES.md, 90): patterns with !(...), which no regular
// expression of Go's can say, matched by backtracking over the parsed
// pattern. jobsh's case and [[ == ]] did so; pathname expansion did not,
// and refused two !(...) or one beside another pattern character.

package pattern

import (
	"regexp"
	"strings"
	"unicode"
)

type globNode struct {
	kind byte           // 'l' literal, '?' one character, '*' any string, '[' a class, 'x' a group
	op   byte           // for 'x': the operator, @ ? * + or !
	lit  rune           // for 'l'
	fold bool           // for 'l': either case matches (NoGlobCase)
	cls  *regexp.Regexp // for '['
	alts [][]globNode   // for the extglob operators
}

// Backtracking returns a function that reports whether pattern pat
// (backslash escapes as [QuoteMeta] writes them) matches all of a string,
// with every extended operator; ok is false where pat cannot be parsed.
// Of the modes, [UnicodeClasses] is for the bracket expressions,
// [NoGlobCase] folds the case of all but the classes, and
// [Filenames] without [GlobLeadingDot] keeps a leading "." from being
// matched but by a "." in the pattern, as pathname expansion does.
func Backtracking(pat string, mode Mode) (match func(string) bool, ok bool) {
	nodes, rest, ok := parseGlobSeq([]rune(pat), false, mode&(UnicodeClasses|NoGlobCase))
	if !ok || len(rest) != 0 {
		return nil, false
	}
	hideDot := mode&Filenames != 0 && mode&GlobLeadingDot == 0
	return func(s string) bool {
		return globMatch(nodes, []rune(s), hideDot && strings.HasPrefix(s, "."))
	}, true
}

// parseGlobSeq parses up to the end, or inside a group up to | or ).
func parseGlobSeq(p []rune, inGroup bool, mode Mode) ([]globNode, []rune, bool) {
	var nodes []globNode
	for len(p) > 0 {
		c := p[0]
		switch {
		case inGroup && (c == '|' || c == ')'):
			return nodes, p, true
		case c == '\\' && len(p) > 1:
			nodes = append(nodes, globNode{kind: 'l', lit: p[1], fold: mode&NoGlobCase != 0})
			p = p[2:]
		case strings.ContainsRune("@?*+!", c) && len(p) > 1 && p[1] == '(':
			g := globNode{kind: 'x', op: byte(c)}
			p = p[2:]
			for {
				alt, rest, ok := parseGlobSeq(p, true, mode)
				if !ok || len(rest) == 0 {
					return nil, nil, false
				}
				g.alts = append(g.alts, alt)
				p = rest[1:]
				if rest[0] == ')' {
					break
				}
			}
			nodes = append(nodes, g)
		case c == '?' || c == '*':
			nodes = append(nodes, globNode{kind: byte(c)})
			p = p[1:]
		case c == '[':
			end := classEnd(p)
			if end < 0 {
				nodes = append(nodes, globNode{kind: 'l', lit: c, fold: mode&NoGlobCase != 0})
				p = p[1:]
				continue
			}
			expr, err := Regexp(string(p[:end+1]), EntireString|mode)
			if err != nil {
				return nil, nil, false
			}
			re, err := regexp.Compile(expr)
			if err != nil {
				return nil, nil, false
			}
			nodes = append(nodes, globNode{kind: '[', cls: re})
			p = p[end+1:]
		default:
			nodes = append(nodes, globNode{kind: 'l', lit: c, fold: mode&NoGlobCase != 0})
			p = p[1:]
		}
	}
	return nodes, p, !inGroup
}

// classEnd is the index of the ] that closes the bracket expression at
// p[0], or -1.
func classEnd(p []rune) int {
	i := 1
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		i++
	}
	if i < len(p) && p[i] == ']' {
		i++
	}
	for ; i < len(p); i++ {
		switch {
		case p[i] == '\\':
			i++
		case p[i] == '[' && i+1 < len(p) && (p[i+1] == ':' || p[i+1] == '.' || p[i+1] == '='):
			close := string(p[i+1]) + "]"
			j := strings.Index(string(p[i+2:]), close)
			if j < 0 {
				return -1
			}
			i += 2 + len([]rune(string(p[i+2:])[:j])) + 1
		case p[i] == ']':
			return i
		}
	}
	return -1
}

// globMatch reports whether nodes match all of s. With dot, s begins
// with a "." that only a literal "." may match (a hidden file's name).
func globMatch(nodes []globNode, s []rune, dot bool) bool {
	if len(nodes) == 0 {
		return len(s) == 0
	}
	n, rest := nodes[0], nodes[1:]
	switch n.kind {
	case 'l':
		return len(s) > 0 && (s[0] == n.lit || n.fold && foldEqual(s[0], n.lit)) && globMatch(rest, s[1:], false)
	case '?':
		return len(s) > 0 && !dot && globMatch(rest, s[1:], false)
	case '[':
		return len(s) > 0 && !dot && n.cls.MatchString(string(s[0])) && globMatch(rest, s[1:], false)
	case '*':
		if dot {
			return false // *.c has no hidden file, as fnmatch's FNM_PERIOD
		}
		if len(rest) == 0 {
			return true
		}
		// As bash's gmatch (patch 122): a ?( or *( right after * is tried at each
		// character left, then dropped; anything else must match a
		// part of the text that is not empty, so that *!(*b) does not
		// match ab (* never takes the whole of a non-empty text).
		if g := rest[0]; g.kind == 'x' && (g.op == '?' || g.op == '*') {
			for k := 0; k < len(s); k++ {
				if globMatch(rest, s[k:], false) {
					return true
				}
			}
			return globMatch(append([]globNode{n}, rest[1:]...), s, false)
		}
		if len(s) == 0 {
			return globMatch(rest, s, false)
		}
		for k := 0; k < len(s); k++ {
			if globMatch(rest, s[k:], false) {
				return true
			}
		}
		return false
	}
	anyAlt := func(t []rune) bool {
		for _, alt := range n.alts {
			if globMatch(alt, t, dot) {
				return true
			}
		}
		return false
	}
	switch n.op {
	case '!':
		if dot {
			return false
		}
		for k := 0; k <= len(s); k++ {
			if !anyAlt(s[:k]) && globMatch(rest, s[k:], false) {
				return true
			}
		}
		return false
	case '?', '@':
		if n.op == '?' && globMatch(rest, s, dot) {
			return true
		}
		for k := 0; k <= len(s); k++ {
			if anyAlt(s[:k]) && globMatch(rest, s[k:], dot && k == 0) {
				return true
			}
		}
		return false
	}
	// * and +: one or more repetitions (each of at least one character),
	// or for * none.
	if n.op == '*' && globMatch(rest, s, dot) {
		return true
	}
	again := append([]globNode{{kind: 'x', op: '*', alts: n.alts}}, rest...)
	for k := 1; k <= len(s); k++ {
		if anyAlt(s[:k]) && globMatch(again, s[k:], false) {
			return true
		}
	}
	return false
}

// foldEqual says whether a and b are the same letter in either case.
func foldEqual(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
