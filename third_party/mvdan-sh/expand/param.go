// Copyright (c) 2017, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package expand

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"mvdan.cc/sh/v3/internal"
	"mvdan.cc/sh/v3/pattern"
	"mvdan.cc/sh/v3/syntax"
)

func nodeLit(node syntax.Node) string {
	if word, ok := node.(*syntax.Word); ok {
		return word.Lit()
	}
	return ""
}

// UnsetParameterError is returned when a parameter expansion encounters an
// unset variable and [Config.NoUnset] has been set.
type UnsetParameterError struct {
	Node    *syntax.ParamExp
	Message string
	// Length: the error is ${#a[@]} of an unset array, which bash
	// reports naming the array and treats as an error that abandons
	// the command line, not one that ends the shell. jobsh patch
	// (PATCHES.md, 64).
	Length bool
	// Indirect: the error is the name ${!x} names, which bash reports
	// as !x. jobsh patch (PATCHES.md, 64).
	Indirect bool
}

func (u UnsetParameterError) Error() string {
	return fmt.Sprintf("%s: %s", u.Node.Param.Value, u.Message)
}

// IndirectError is ${!name} with name unset. jobsh patch (PATCHES.md, 41).
// Its name is the parameter's, or its value with Msg.
type IndirectError struct{ Name, Msg string }

func (e IndirectError) Error() string {
	if e.Msg != "" {
		return e.Name + ": " + e.Msg
	}
	return e.Name + ": invalid indirect expansion"
}

// indirectName says whether s names a parameter that ${!var} can expand:
// a variable, an element (a[1], a[@]), a positional parameter or a
// special one. jobsh patch (PATCHES.md, 41).
func indirectName(s string) bool {
	if len(s) == 1 && strings.ContainsRune("@*#?-$!0123456789", rune(s[0])) {
		return true
	}
	if strings.Trim(s, "0123456789") == "" {
		return true
	}
	if i := strings.IndexByte(s, '['); i > 0 && strings.HasSuffix(s, "]") {
		return syntax.ValidName(s[:i]) && len(s) > i+2
	}
	return syntax.ValidName(s)
}

// allElements is ${a[@]} or ${a[*]}, which set -u lets pass for an unset
// array, as it does $@ and $*, in bash. jobsh patch (PATCHES.md, 59).
func allElements(pe *syntax.ParamExp) bool {
	if w, ok := pe.Index.(*syntax.Word); ok {
		lit := w.Lit()
		return lit == "@" || lit == "*"
	}
	return false
}

func overridingUnset(pe *syntax.ParamExp) bool {
	if pe.Exp == nil {
		return false
	}
	switch pe.Exp.Op {
	case syntax.AlternateUnset, syntax.AlternateUnsetOrNull,
		syntax.DefaultUnset, syntax.DefaultUnsetOrNull,
		syntax.ErrorUnset, syntax.ErrorUnsetOrNull,
		syntax.AssignUnset, syntax.AssignUnsetOrNull:
		return true
	}
	return false
}

// NoMatchError is a pattern that matched nothing under Config.FailGlob
// (jobsh patch, PATCHES.md, 45).
type NoMatchError struct{ Pattern string }

func (e NoMatchError) Error() string { return "no match: " + e.Pattern }

// BadSubstError is an expansion bash parses but cannot make, ${(M)a}:
// the text is the expansion as written (jobsh patch, PATCHES.md, 44).
type BadSubstError struct{ Text string }

func (e BadSubstError) Error() string { return e.Text + ": bad substitution" }

func (cfg *Config) paramExp(pe *syntax.ParamExp) (string, error) {
	str, word, err := cfg.paramExpWord(pe, false)
	if err == nil && word != nil {
		str, err = Literal(cfg, word)
	}
	return str, err
}

// paramExpWord is paramExp; with deferWord, when the expansion's value is
// the word of ${v:-WORD} or ${v:+WORD} it returns that word unexpanded, so
// that an unquoted expansion can split it as bash does, keeping its quoted
// parts whole.
func (cfg *Config) paramExpWord(pe *syntax.ParamExp, deferWord bool) (string, *syntax.Word, error) {
	oldParam := cfg.curParam
	cfg.curParam = pe
	defer func() { cfg.curParam = oldParam }()

	if pe.BadSubst != nil {
		return "", nil, BadSubstError{"${" + pe.BadSubst.Value + "}"}
	}
	if pe.Param == nil { // e.g. zsh's ${}
		return "", nil, fmt.Errorf("unsupported")
	}
	name := pe.Param.Value
	index := pe.Index
	switch name {
	case "@", "*":
		index = &syntax.Word{Parts: []syntax.WordPart{
			&syntax.Lit{Value: name},
		}}
	}
	// "*" expansions like ${*}, ${arr[*]}, or ${!prefix*} join their
	// elements with the first IFS character; others use a space.
	join := func(elems []string) string {
		if nodeLit(index) == "*" || pe.Names == syntax.NamesPrefix {
			return cfg.ifsJoin(elems)
		}
		return strings.Join(elems, " ")
	}
	var vr Variable
	switch name {
	case "LINENO":
		// jobsh patch (PATCHES.md, 8): an environment that knows the
		// line (a shell running eval, a trap, or an interactive line
		// parsed on its own) says so; the node's position is the line
		// within the text last parsed, which is only a fallback.
		if vr = cfg.Env.Get(name); !vr.IsSet() {
			line := uint64(cfg.curParam.Pos().Line())
			vr = Variable{Set: true, Kind: String, Str: strconv.FormatUint(line, 10)}
		}
	default:
		vr = cfg.Env.Get(name)
	}
	orig := vr
	// jobsh patch (PATCHES.md, 21): an environment whose Get follows
	// namerefs gives the reference itself, for ${!ref}.
	ref := orig
	if re, ok := cfg.Env.(RefEnviron); ok {
		ref = re.GetRef(name)
	}
	if n, v := vr.Resolve(cfg.Env); n != "" {
		name, vr = n, v
	}
	if cfg.NoUnset && pe.Length && index != nil && name != "@" && name != "*" &&
		(!vr.IsSet() || vr.Kind != Indexed && vr.Kind != Associative) {
		// bash's array_length_reference: ${#a[i]} of a name that is
		// no array. jobsh patch (PATCHES.md, 64).
		return "", nil, UnsetParameterError{Node: pe, Message: "unbound variable", Length: true}
	}

	// ${!name} and ${!prefix*} of an unset name are not unbound
	// variables to bash. jobsh patch (PATCHES.md, 64).
	indirect := pe.Excl && pe.Index == nil || pe.Names != 0
	if cfg.NoUnset && !vr.IsSet() && !overridingUnset(pe) && !allElements(pe) && !indirect {
		if index != nil {
			// bash reads the subscript first: a[-1] is also "a:
			// bad array subscript". jobsh patch (PATCHES.md, 64).
			if _, _, err := cfg.varInd(name, vr, index); err != nil {
				return "", nil, err
			}
		}
		return "", nil, UnsetParameterError{
			Node:    pe,
			Message: "unbound variable",
		}
	}

	var sliceOffset, sliceLen int
	if pe.Slice != nil {
		var err error
		if sliceOffset, sliceLen, err = cfg.sliceBounds(pe); err != nil {
			return "", nil, err
		}
	}

	var (
		str   string
		elems []string

		indexAllElements bool // true if var has been accessed with * or @ index
		callVarInd       = true
		set              = vr.IsSet()
	)

	switch nodeLit(index) {
	case "@", "*":
		switch vr.Kind {
		case Unknown:
			elems = nil
			indexAllElements = true
		case Indexed:
			indexAllElements = true
			callVarInd = false
			elems = vr.List
			if pe.Slice != nil {
				positional := name == "@" || name == "*"
				if pe.Slice.Offset != nil && offsetOutside(sliceOffset, vr.List, vr.Indexes, positional) {
					elems = nil // patch 95
				} else if err := cfg.listLengthError(pe, sliceLen); err != nil {
					return "", nil, err
				} else {
					elems = cfg.sliceElemsAt(pe, vr.List, vr.Indexes, positional, sliceOffset, sliceLen)
				}
			}
			str = join(elems)
		case Associative:
			// jobsh patch (PATCHES.md, 4): an associative array's
			// elements are its values, so ${#m[@]} counts them.
			indexAllElements = true
			callVarInd = false
			elems = AssocValues(vr.Map)
			str = join(elems)
		}
	}
	if callVarInd {
		var err error
		str, set, err = cfg.varInd(name, vr, index)
		if err != nil {
			return "", nil, err
		}
		if cfg.NoUnset && !set && vr.IsSet() && index != nil && !pe.Length && !overridingUnset(pe) {
			// jobsh patch (PATCHES.md, 59): set -u covers an array's
			// elements too (a[5]: unbound variable).
			return "", nil, UnsetParameterError{Node: pe, Message: "unbound variable"}
		}
	}
	if !indexAllElements {
		elems = []string{str}
	}

	switch {
	case pe.Length:
		n := len(elems)
		switch nodeLit(index) {
		case "@", "*":
		default:
			n = utf8.RuneCountInString(str)
			if cfg.ByteLocale { // jobsh patch (PATCHES.md, 40)
				n = len(str)
			}
		}
		str = strconv.Itoa(n)
	case pe.Excl:
		var strs []string
		switch {
		case pe.Names != 0:
			strs = cfg.namesByPrefix(pe.Param.Value)
		case ref.Kind == NameRef && pe.Index == nil:
			strs = append(strs, ref.Str)
		case pe.Index != nil && vr.Kind == Indexed:
			strs = vr.indexedKeys()
		case pe.Index != nil && vr.Kind == Associative:
			strs = AssocKeys(vr.Map)
		case allElements(pe) && !vr.IsSet():
			// The keys of an unset array: none; of a scalar, 0.
			// jobsh patch (PATCHES.md, 64).
		case allElements(pe) && vr.Kind == String:
			strs = []string{"0"}
		case !vr.IsSet():
			// jobsh patch (PATCHES.md, 41): the error names the
			// parameter.
			return "", nil, IndirectError{Name: pe.Param.Value}
		case str == "" && syntax.ValidName(pe.Param.Value):
			return "", nil, IndirectError{Msg: "invalid variable name"}
		case str == "":
			return "", nil, nil
		case !indirectName(str):
			// jobsh patch (PATCHES.md, 41): bash refuses a value that
			// names no parameter (a-b, a[1]x), and names it.
			return "", nil, IndirectError{Name: str, Msg: "invalid variable name"}
		default:
			if (pe.Exp != nil || pe.Slice != nil || pe.Repl != nil) && syntax.ValidName(str) {
				// ${!x:-d}, ${!x:0:2}, ${!x/a/b}: the operator acts on
				// the variable x names; an error names !x, as bash's
				// does. jobsh patch (PATCHES.md, 64).
				target := *pe
				target.Excl, target.Param = false, &syntax.Lit{Value: str}
				s, w, err := cfg.paramExpWord(&target, deferWord)
				var unset UnsetParameterError
				if errors.As(err, &unset) {
					unset.Node, unset.Indirect = pe, true
					err = unset
				}
				return s, w, err
			}
			vr = cfg.Env.Get(str)
			if cfg.NoUnset && !vr.IsSet() && !overridingUnset(pe) {
				// jobsh patch (PATCHES.md, 64): set -u holds for
				// the name ${!x} names; bash calls it !x.
				return "", nil, UnsetParameterError{Node: pe, Message: "unbound variable", Indirect: true}
			}
			strs = append(strs, vr.String())
		}
		str = join(strs)
	case pe.Width:
		return "", nil, fmt.Errorf("unsupported")
	case pe.IsSet:
		return "", nil, fmt.Errorf("unsupported")
	case pe.Slice != nil:
		if callVarInd {
			// The offset and length are in characters, not bytes.
			rs := cfg.runes(str)
			slicePos := func(n int) int {
				if n < 0 {
					n = len(rs) + n
					if n < 0 {
						n = len(rs)
					}
				} else if n > len(rs) {
					n = len(rs)
				}
				return n
			}
			if pe.Slice.Offset != nil {
				if off := sliceOffset; off > len(rs) || off < 0 && off+len(rs) < 0 {
					// An offset past either end gives nothing,
					// and the length is not looked at, as in
					// bash. jobsh patch (PATCHES.md, 95).
					str = ""
					break
				}
				rs = rs[slicePos(sliceOffset):]
			}
			if pe.Slice.Length != nil {
				if sliceLen < 0 && len(rs)+sliceLen < 0 {
					// The end before the start. jobsh patch
					// (PATCHES.md, 82).
					return "", nil, cfg.substringError(pe)
				}
				rs = rs[:slicePos(sliceLen)]
			}
			str = cfg.unrunes(rs)
		} // else, elems are already sliced
	case pe.Repl != nil:
		elems, err := cfg.replaceElems(pe.Repl, elems)
		if err != nil {
			return "", nil, err
		}
		str = join(elems)
	case pe.Exp != nil:
		// jobsh patch (PATCHES.md, 31): the word of ${v:+WORD},
		// ${v:-WORD}, ${v:=WORD} and ${v:?WORD} is expanded only when
		// it is used, so a command substitution in the unused one never
		// runs.
		if indexAllElements {
			// An empty list is unset, and a list is null when its
			// elements joined are.
			set = len(elems) > 0
		}
		switch op := pe.Exp.Op; op {
		case syntax.AlternateUnsetOrNull, syntax.AlternateUnset:
			if expWordUsed(op, set, str) {
				if deferWord {
					return "", pe.Exp.Word, nil
				}
				arg, err := Literal(cfg, pe.Exp.Word)
				if err != nil {
					return "", nil, err
				}
				str = arg
			} else {
				str = ""
			}
			return str, nil, nil
		case syntax.DefaultUnset, syntax.DefaultUnsetOrNull,
			syntax.ErrorUnset, syntax.ErrorUnsetOrNull,
			syntax.AssignUnset, syntax.AssignUnsetOrNull:
			if !expWordUsed(op, set, str) {
				return str, nil, nil
			}
			if deferWord && (op == syntax.DefaultUnset || op == syntax.DefaultUnsetOrNull) {
				return "", pe.Exp.Word, nil
			}
			arg, err := Literal(cfg, pe.Exp.Word)
			if err != nil {
				return "", nil, err
			}
			switch op {
			case syntax.DefaultUnset, syntax.DefaultUnsetOrNull:
				str = arg
			case syntax.ErrorUnset, syntax.ErrorUnsetOrNull:
				return "", nil, UnsetParameterError{
					Node:    pe,
					Message: arg,
				}
			default:
				if err := cfg.assignElem(name, vr, index, arg); err != nil {
					return "", nil, err
				}
				str = arg
			}
			return str, nil, nil
		}
		arg, err := expOperand(cfg, pe.Exp)
		if err != nil {
			return "", nil, err
		}
		if pe.Exp.Op == syntax.OtherParamOps {
			// jobsh patch (PATCHES.md, 37): see paramops.go.
			switch {
			case !indexAllElements:
				str, _ = cfg.elemParamOp(arg, name, orig, str, set)
			case name == "@" || name == "*":
				str = join(cfg.listParamOp(arg, name, nil, elems))
			case vr.Kind == Indexed || vr.Kind == Associative:
				str = join(cfg.listParamOp(arg, name, &vr, elems))
			default:
				str = ""
			}
			return str, nil, nil
		}
		switch op := pe.Exp.Op; op {
		case syntax.RemSmallPrefix, syntax.RemLargePrefix,
			syntax.RemSmallSuffix, syntax.RemLargeSuffix:
			str = join(cfg.removePatternElems(op, arg, elems))
		case syntax.UpperFirst, syntax.UpperAll,
			syntax.LowerFirst, syntax.LowerAll, syntax.ToggleFirst, syntax.ToggleAll:
			str = join(cfg.caseConvElems(op, arg, elems))
		}
	}
	return str, nil, nil
}

// expOperand expands the word of ${v#WORD}, ${v^WORD} and the like: a
// pattern, whose quoted parts match themselves; or the operator of ${v@Q}.
// jobsh patch (PATCHES.md, 34).
func expOperand(cfg *Config, exp *syntax.Expansion) (string, error) {
	switch exp.Op {
	case syntax.RemSmallPrefix, syntax.RemLargePrefix,
		syntax.RemSmallSuffix, syntax.RemLargeSuffix,
		syntax.UpperFirst, syntax.UpperAll,
		syntax.LowerFirst, syntax.LowerAll, syntax.ToggleFirst, syntax.ToggleAll:
		return Pattern(cfg, exp.Word)
	}
	return Literal(cfg, exp.Word)
}

// unescapeWord makes the backslash escapes of w's unquoted literals into
// quoted characters, for quote removal where Literal keeps them: the
// replacement of ${v/pat/rep}, where \' is '. jobsh patch (PATCHES.md, 34).
func unescapeWord(w *syntax.Word) *syntax.Word {
	if w == nil {
		return w
	}
	var parts []syntax.WordPart
	changed := false
	for _, p := range w.Parts {
		lit, ok := p.(*syntax.Lit)
		if !ok || !strings.Contains(lit.Value, `\`) {
			parts = append(parts, p)
			continue
		}
		s := lit.Value
		for {
			i := strings.IndexByte(s, '\\')
			if i < 0 || i == len(s)-1 {
				break // a trailing backslash stays, as in bash
			}
			_, size := utf8.DecodeRuneInString(s[i+1:])
			if i > 0 {
				parts = append(parts, &syntax.Lit{Value: s[:i]})
			}
			parts = append(parts, &syntax.SglQuoted{Value: s[i+1 : i+1+size]})
			s, changed = s[i+1+size:], true
		}
		if s != "" {
			parts = append(parts, &syntax.Lit{Value: s})
		}
	}
	if !changed {
		return w
	}
	return &syntax.Word{Parts: parts}
}

// expWordUsed says whether the word of ${v-WORD}, ${v:+WORD} and the like
// is used, given whether the parameter is set and its value.
func expWordUsed(op syntax.ParExpOperator, set bool, str string) bool {
	switch op {
	case syntax.AlternateUnset:
		return set
	case syntax.AlternateUnsetOrNull:
		return set && str != ""
	case syntax.DefaultUnset, syntax.ErrorUnset, syntax.AssignUnset:
		return !set
	case syntax.DefaultUnsetOrNull, syntax.ErrorUnsetOrNull, syntax.AssignUnsetOrNull:
		return !set || str == ""
	}
	return false
}

func removePattern(str, pat string, fromEnd, shortest bool, mode pattern.Mode) string {
	if shortest {
		mode |= pattern.Shortest
	}
	// jobsh patch (PATCHES.md, 23): extended operators, as in bash
	// with extglob (parsed only then).
	var before, after string
	switch {
	case fromEnd && shortest:
		// use .* to get the right-most shortest match
		before, after = ".*(", ")$"
	case fromEnd:
		// simple suffix
		before, after = "(", ")$"
	default:
		// simple prefix
		before, after = "^(", ")"
	}
	// patch 94: leftmost-longest, ${x##@(a|ab)} of abc is c
	rx, err := patternRx(pat, mode, before, after, !shortest)
	if m := negMatcher(pat, err, mode); m != nil {
		return removeMatch(str, m, fromEnd, shortest)
	}
	if err != nil {
		return str
	}
	if loc := rx.FindStringSubmatchIndex(str); loc != nil {
		// remove the original pattern (the submatch)
		str = str[:loc[2]] + str[loc[3]:]
	}
	return str
}

// The helpers below never modify elems in place, as it may alias a
// variable's list of elements.

// perElemOps applies pattern removal, replacement, or case conversion to
// each element, leaving them unchanged for any whole-expansion operator.
func (cfg *Config) perElemOps(pe *syntax.ParamExp, elems []string) ([]string, error) {
	switch {
	case pe.Repl != nil:
		return cfg.replaceElems(pe.Repl, elems)
	case pe.Exp != nil:
		switch op := pe.Exp.Op; op {
		case syntax.RemSmallPrefix, syntax.RemLargePrefix,
			syntax.RemSmallSuffix, syntax.RemLargeSuffix,
			syntax.UpperFirst, syntax.UpperAll,
			syntax.LowerFirst, syntax.LowerAll, syntax.ToggleFirst, syntax.ToggleAll:
		case syntax.OtherParamOps:
			// jobsh patch (PATCHES.md, 37): "${a[@]@Q}" and the like.
			name := pe.Param.Value
			if name == "@" || name == "*" {
				return cfg.listParamOp(pe.Exp.Word.Lit(), name, nil, elems), nil
			}
			vr := cfg.Env.Get(name)
			return cfg.listParamOp(pe.Exp.Word.Lit(), name, &vr, elems), nil
		default:
			// jobsh patch (PATCHES.md, 31): no other operator's word
			// is expanded here.
			return elems, nil
		}
		arg, err := expOperand(cfg, pe.Exp)
		if err != nil {
			return nil, err
		}
		switch op := pe.Exp.Op; op {
		case syntax.RemSmallPrefix, syntax.RemLargePrefix,
			syntax.RemSmallSuffix, syntax.RemLargeSuffix:
			return cfg.removePatternElems(op, arg, elems), nil
		case syntax.UpperFirst, syntax.UpperAll,
			syntax.LowerFirst, syntax.LowerAll, syntax.ToggleFirst, syntax.ToggleAll:
			return cfg.caseConvElems(op, arg, elems), nil
		}
	}
	return elems, nil
}

// replaceElems applies a ${var/pattern/repl} replacement to each element.
func (cfg *Config) replaceElems(repl *syntax.Replace, elems []string) ([]string, error) {
	// jobsh patch (PATCHES.md, 3): ${v/#pat/rep} and ${v/%pat/rep} match
	// only at the start or the end. The parser leaves the # or % as the
	// first character of the pattern word.
	origWord, anchor := repl.Orig, byte(0)
	if origWord != nil && len(origWord.Parts) > 0 {
		if lit, ok := origWord.Parts[0].(*syntax.Lit); ok && lit.Value != "" && (lit.Value[0] == '#' || lit.Value[0] == '%') {
			anchor = lit.Value[0]
			trimmed := *lit
			trimmed.Value = lit.Value[1:]
			origWord = &syntax.Word{Parts: append([]syntax.WordPart{&trimmed}, origWord.Parts[1:]...)}
		}
	}
	orig, err := Pattern(cfg, origWord)
	if err != nil {
		return nil, err
	}
	if orig == "" && anchor == 0 {
		return elems, nil // nothing to replace
	}
	with, err := Literal(cfg, unescapeWord(repl.With))
	if err != nil {
		return nil, err
	}
	n := 1
	if repl.All {
		n = -1
	}
	out := make([]string, len(elems))
	for i, elem := range elems {
		locs := bashMatches(cfg.findIndex(orig, elem, anchor, n), orig, elem, anchor)
		sb := cfg.strBuilder()
		last := 0
		for _, loc := range locs {
			sb.WriteString(elem[last:loc[0]])
			sb.WriteString(with)
			last = loc[1]
		}
		sb.WriteString(elem[last:])
		out[i] = sb.String()
	}
	return out, nil
}

// bashMatches drops the empty matches at the end of elem that bash's
// pat_subst never makes (jobsh patch, PATCHES.md, 94): it tries no match
// once the text is used up, so that ${x//*(y)/X} of "a" is "Xa"; and in
// an empty text, its match_pattern_char lets only a pattern that begins
// with "*" match, except at the end (/%) or with no pattern (/#).
func bashMatches(locs [][]int, pat, elem string, anchor byte) [][]int {
	n := len(locs)
	if n == 0 || locs[n-1][0] != len(elem) || locs[n-1][1] != len(elem) {
		return locs
	}
	switch {
	case elem != "" && anchor == 0:
		return locs[:n-1]
	case elem == "" && anchor != '%' && pat != "" && !strings.HasPrefix(pat, "*"):
		return nil
	}
	return locs
}

// bashMayMatch is the test bash's match_upattern makes before it looks
// for a match of pat in s (jobsh patch, PATCHES.md, 122): pat, with a "*"
// put before it unless anchored at the start and after it unless
// anchored at the end, must match the whole of s. As in bash, a pattern
// that begins and ends with "*" is taken as it is, even if its last "*"
// is quoted, so that ${x/*\*/X} of "]*]" matches nothing.
func bashMayMatch(pat, s string, anchor byte, mode pattern.Mode) bool {
	if pat == "" {
		return true
	}
	npat := pat
	extFirst := strings.HasPrefix(pat, "*(")
	if !strings.HasPrefix(pat, "*") || extFirst || !strings.HasSuffix(pat, "*") {
		if anchor != '#' && (!strings.HasPrefix(pat, "*") || extFirst) {
			npat = "*" + npat
		}
		if anchor != '%' && (!strings.HasSuffix(pat, "*") || oddBackslashes(pat[:len(pat)-1])) {
			npat += "*"
		}
	}
	mode |= pattern.EntireString
	rx, err := patternRx(npat, mode, "", "", false)
	if m := negMatcher(npat, err, mode); m != nil {
		return m(s)
	}
	return err != nil || rx.MatchString(s)
}

// oddBackslashes says whether s ends with an odd number of backslashes.
func oddBackslashes(s string) bool {
	n := len(s) - len(strings.TrimRight(s, `\`))
	return n%2 == 1
}

// findIndex finds the matches of pat in s for ${v/pat/rep}; in the C
// locale bytes are characters (jobsh patch, PATCHES.md, 92).
func (cfg *Config) findIndex(pat, s string, anchor byte, n int) [][]int {
	find := func(pat, s string) [][]int {
		if anchor != 0 {
			return findAnchoredIndex(pat, s, anchor, cfg.patMode())
		}
		return findAllIndex(pat, s, n, cfg.patMode())
	}
	if !cfg.ByteLocale {
		if !bashMayMatch(pat, s, anchor, cfg.patMode()) {
			return nil
		}
		return find(pat, s)
	}
	mapped, bpat := pattern.ByteRunes(s), pattern.ByteRunes(pat)
	if !bashMayMatch(bpat, mapped, anchor, cfg.patMode()) {
		return nil
	}
	locs := find(bpat, mapped)
	if len(mapped) != len(s) {
		for _, loc := range locs {
			loc[0], loc[1] = pattern.ByteOffset(mapped, loc[0]), pattern.ByteOffset(mapped, loc[1])
		}
	}
	return locs
}

// removePatternElems applies a pattern removal operator to each element.
func (cfg *Config) removePatternElems(op syntax.ParExpOperator, arg string, elems []string) []string {
	suffix := op == syntax.RemSmallSuffix || op == syntax.RemLargeSuffix
	small := op == syntax.RemSmallPrefix || op == syntax.RemSmallSuffix
	out := make([]string, len(elems))
	for i, elem := range elems {
		if cfg.ByteLocale {
			// jobsh patch (PATCHES.md, 92): bytes are characters.
			out[i] = pattern.FromByteRunes(removePattern(pattern.ByteRunes(elem), pattern.ByteRunes(arg), suffix, small, cfg.patMode()))
			continue
		}
		out[i] = removePattern(elem, arg, suffix, small, cfg.patMode())
	}
	return out
}

// caseConvElems applies a case conversion operator to each element.
func (cfg *Config) caseConvElems(op syntax.ParExpOperator, arg string, elems []string) []string {
	caseFunc := unicode.ToLower
	switch op {
	case syntax.UpperFirst, syntax.UpperAll:
		caseFunc = unicode.ToUpper
	case syntax.ToggleFirst, syntax.ToggleAll:
		caseFunc = toggleCase
	}
	all := op == syntax.UpperAll || op == syntax.LowerAll || op == syntax.ToggleAll

	// empty string means '?'; nothing to do there
	// bash matches each character with the extended operators, extglob
	// or not (${y^^@(a)} of ab is Ab).
	mode := cfg.patMode() | pattern.ExtendedOperators
	rx, err := patternRx(arg, mode, "", "", false)
	matches := negMatcher(arg, err, mode)
	if matches == nil {
		if err != nil {
			return elems
		}
		matches = rx.MatchString
	}

	out := make([]string, len(elems))
	for i, elem := range elems {
		rs := cfg.runes(elem)
		for ri, r := range rs {
			if (arg == "" || matchesRune(matches, r)) && (!cfg.ByteLocale || r < utf8.RuneSelf) {
				rs[ri] = caseFunc(r)
			}
			if !all {
				break // only the first character is considered
			}
		}
		out[i] = cfg.unrunes(rs)
	}
	return out
}

// toggleCase is bash's ${v~} of a character: an upper case one is made
// lower case, any other upper case (jobsh patch, PATCHES.md, 89).
func toggleCase(r rune) rune {
	if lower := unicode.ToLower(r); lower != r {
		return lower
	}
	return unicode.ToUpper(r)
}

// varInd expands an indexed variable expansion like ${a[i]}, also reporting
// whether the resulting element is set, which may be false for missing array
// elements such as the holes in a sparse array.
func (cfg *Config) varInd(name string, vr Variable, idx syntax.ArithmExpr) (string, bool, error) {
	if idx == nil {
		switch vr.Kind {
		case Indexed:
			// A bare $a is the element at index zero, which may be unset.
			str, ok := vr.indexedVal(0)
			return str, ok, nil
		case Associative:
			str, ok := vr.Map["0"]
			return str, ok, nil
		}
		return vr.String(), vr.IsSet(), nil
	}
	if lit := nodeLit(idx); (lit == "@" || lit == "*") && vr.Kind != Indexed && vr.Kind != Associative {
		// A scalar's only element, or none (jobsh patch 72: @ is no
		// arithmetic).
		return vr.String(), vr.IsSet(), nil
	}
	switch vr.Kind {
	case String:
		n, err := Arithm(cfg, idx)
		if err != nil {
			return "", false, inIndex(err, idx)
		}
		if n < 0 {
			return cfg.badSubscript(name)
		}
		if n == 0 {
			return vr.Str, vr.IsSet(), nil
		}
	case Indexed:
		switch nodeLit(idx) {
		case "*", "@":
			return strings.Join(vr.List, " "), vr.IsSet(), nil
		}
		i, err := Arithm(cfg, idx)
		if err != nil {
			err = inIndex(err, idx)
			return "", false, err
		}
		if i < 0 {
			// Negative indices count from one past the maximum index.
			if i += internal.IndexedMax(vr.List, vr.Indexes) + 1; i < 0 {
				// jobsh patch (PATCHES.md, 52): bash's words, and
				// only a warning.
				if cfg.Warn == nil {
					return "", false, fmt.Errorf("%s: bad array subscript", name)
				}
				cfg.Warn(name + ": bad array subscript")
				return "", false, nil
			}
		}
		if str, ok := vr.indexedVal(i); ok {
			return str, true, nil
		}
	case Associative:
		switch lit := nodeLit(idx); lit {
		case "@", "*":
			strs := AssocValues(vr.Map)
			if lit == "*" {
				return cfg.ifsJoin(strs), vr.IsSet(), nil
			}
			return strings.Join(strs, " "), vr.IsSet(), nil
		}
		val, err := AssocKey(cfg, idx)
		if err != nil {
			return "", false, err
		}
		str, ok := vr.Map[val]
		return str, ok, nil
	default:
		// An unset name: a negative index is before its first element.
		if n, err := Arithm(cfg, idx); err != nil {
			return "", false, inIndex(err, idx)
		} else if n < 0 {
			return cfg.badSubscript(name)
		}
	}
	return "", false, nil
}

// badSubscript is ${a[i]} with i before the first element: bash says
// "a: bad array subscript" and the expansion is empty, the command going
// on. Without Config.Warn it is an error. jobsh patch (PATCHES.md, 52).
func (cfg *Config) badSubscript(name string) (string, bool, error) {
	if cfg.Warn == nil {
		return "", false, fmt.Errorf("negative array index")
	}
	cfg.Warn(name + ": bad array subscript")
	return "", false, nil
}

// assignElem assigns a variable via an expansion like ${a=val} or
// ${a[i]=val}, setting a single element when the variable is an array or is
// indexed, like Bash. ${a[i]=val} on a whole scalar converts it to an array.
func (cfg *Config) assignElem(name string, vr Variable, idx syntax.ArithmExpr, val string) error {
	wenv, ok := cfg.Env.(WriteEnviron)
	if !ok {
		return fmt.Errorf("environment is read-only")
	}
	arrayWise := false
	switch nodeLit(idx) {
	case "@", "*":
		// ${a[@]=val} assigns the element at index zero.
		arrayWise = true
		idx = nil
	}
	if idx == nil && !arrayWise && vr.Kind != Indexed && vr.Kind != Associative {
		// A plain scalar assignment like ${x=val}.
		return wenv.Set(name, Variable{Set: true, Kind: String, Str: val})
	}
	switch vr.Kind {
	case Associative:
		key := "0"
		if idx != nil {
			var err error
			if key, err = AssocKey(cfg, idx); err != nil {
				return err
			}
		}
		vr.Map = maps.Clone(vr.Map)
		if vr.Map == nil {
			vr.Map = make(map[string]string, 1)
		}
		vr.Map[key] = val
	default: // assign a single indexed element
		i := 0
		if idx != nil {
			var err error
			if i, err = Arithm(cfg, idx); err != nil {
				return inIndex(err, idx)
			}
			if i < 0 {
				// Negative indices count from one past the maximum index.
				if i += internal.IndexedMax(vr.List, vr.Indexes) + 1; i < 0 {
					return fmt.Errorf("negative array index")
				}
			}
		}
		list, indexes := slices.Clone(vr.List), slices.Clone(vr.Indexes)
		if vr.Kind == String {
			list, indexes = []string{vr.Str}, nil
		}
		list, indexes = internal.SetIndexedElem(list, indexes, i, val)
		vr.Kind, vr.Str, vr.List, vr.Indexes = Indexed, "", list, indexes
	}
	vr.Set = true
	return wenv.Set(name, vr)
}

func (cfg *Config) namesByPrefix(prefix string) []string {
	var names []string
	for name := range cfg.Env.Each {
		if strings.HasPrefix(name, prefix) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}
