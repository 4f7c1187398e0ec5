// jobsh patch (PATCHES.md, 121): bracket expressions under nocasematch and
// nocaseglob.

package pattern

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// foldedBracket writes a bracket expression whose members items (Go
// syntax, after "[" or "[^") match either case and whose classes cls do
// not, as bash's BRACKET does under nocasematch: it folds the case of
// the character and of the members, but asks iswctype about the
// character as it is, so [[:upper:]] does not match "a". The set is
// computed and written out, with case folding off for it.
func foldedBracket(items, cls string) string {
	negated := strings.HasPrefix(items, "[^")
	items = strings.TrimPrefix(strings.TrimPrefix(items, "[^"), "[")
	set := charClassSpans("["+cls+"]", 0)
	if items != "" {
		set = union(set, charClassSpans("["+items+"]", syntax.FoldCase))
	}
	if negated {
		set = minus([]span{{0, unicode.MaxRune}}, set)
	}
	if len(set) == 0 {
		return `[^\x00-\x{10FFFF}]`
	}
	var sb strings.Builder
	sb.WriteString("(?-i:[")
	for _, x := range set {
		fmt.Fprintf(&sb, `\x{%x}-\x{%x}`, x.lo, x.hi)
	}
	sb.WriteString("])")
	return sb.String()
}

// charClassSpans lists what the Go bracket expression expr matches.
func charClassSpans(expr string, flags syntax.Flags) []span {
	re, err := syntax.Parse(expr, syntax.Perl|flags)
	if err != nil {
		return nil
	}
	var runes []rune
	switch re.Op {
	case syntax.OpCharClass:
		runes = re.Rune
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			runes = append(runes, r, r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					runes = append(runes, f, f)
				}
			}
		}
	}
	var s []span
	for i := 0; i+1 < len(runes); i += 2 {
		s = append(s, span{runes[i], runes[i+1]})
	}
	return merge(slices.Clip(s))
}
