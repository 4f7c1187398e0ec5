package shell

import (
	"slices"
	"strings"
	"unicode/utf8"

	"mvdan.cc/sh/v3/syntax"
)

// tildes rewrites the tilde prefixes bash expands in an assignment's
// value: at its start and after each unquoted ":" (PATH=$PATH:~/bin,
// a=~u:~v); when arg is set, in a command's argument that looks like an
// assignment, right after its "=" or a ":" (make DESTDIR=~/out). The
// expand package knows only a prefix at the start of a word, ended by
// "/". Each prefix becomes its directory, single-quoted so that it is
// neither split nor globbed. The word is returned as it is when there is
// nothing to do.
func (sh *Shell) tildes(w *syntax.Word, arg bool) *syntax.Word {
	if w == nil || len(w.Parts) == 0 {
		return w
	}
	eq := 0 // where the value starts in the first literal
	if arg {
		lit, ok := w.Parts[0].(*syntax.Lit)
		if !ok {
			return w
		}
		if eq = assignmentPrefix(lit.Value); eq < 0 {
			return w
		}
	}
	var parts []syntax.WordPart
	changed := false
	for i, p := range w.Parts {
		lit, ok := p.(*syntax.Lit)
		if !ok {
			parts = append(parts, p)
			continue
		}
		s, from := lit.Value, 0
		for j := 0; j < len(s); j++ {
			afterColon := j > 0 && s[j-1] == ':' && (j < 2 || s[j-2] != '\\')
			if s[j] != '~' || !(afterColon || i == 0 && j == eq) {
				continue
			}
			k := j + 1
			for k < len(s) && s[k] != '/' && s[k] != ':' {
				k++
			}
			if k == len(s) && i < len(w.Parts)-1 {
				continue // the prefix goes on past the literal (~$u): not one
			}
			dir, ok := sh.tildeDir(s[j+1 : k])
			if !ok {
				continue
			}
			parts = append(parts, &syntax.Lit{Value: s[from:j]}, &syntax.SglQuoted{Value: dir})
			from, j, changed = k, k-1, true
		}
		if from == 0 {
			parts = append(parts, lit)
		} else if from < len(s) {
			parts = append(parts, &syntax.Lit{Value: s[from:]})
		}
	}
	if !changed {
		return w
	}
	return &syntax.Word{Parts: parts}
}

// assignmentPrefix is the index just past the "=" (or "+=") of a word that
// starts as an assignment does, NAME=..., or -1.
func assignmentPrefix(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9':
		case c == '=' && i > 0:
			return i + 1
		case c == '+' && i > 0 && i+1 < len(s) && s[i+1] == '=':
			return i + 2
		default:
			return -1
		}
	}
	return -1
}

// tildeDir is what ~name stands for: the home directory ($HOME, else the
// account's), $PWD for ~+, $OLDPWD for ~-, or a user's home.
func (sh *Shell) tildeDir(name string) (string, bool) {
	switch name {
	case "":
		if v := sh.Get("HOME"); v.IsSet() {
			return v.String(), true
		}
		a, ok := currentAccount()
		return a.home, ok
	case "+":
		return sh.cwd, true
	case "-":
		if v := sh.Get("OLDPWD"); v.IsSet() {
			return v.String(), true
		}
		return "", false
	}
	if dir, ok := sh.dirStackTilde(name); ok {
		return dir, true
	}
	return accountHome(name)
}

// argWords applies tildes to a simple command's arguments. The parsed
// words are left as they are; a copy is made only when one changes.
func (sh *Shell) argWords(args []*syntax.Word) []*syntax.Word {
	var out []*syntax.Word
	for i, w := range args {
		t := sh.tildes(w, true)
		if t != w && out == nil {
			out = slices.Clone(args)
		}
		if out != nil {
			out[i] = t
		}
	}
	if out == nil {
		return args
	}
	return out
}

// unescaped makes the backslash escapes of w's unquoted literals into
// quoted characters: quote removal, for a word expanded as one string
// (an assignment's value, a case subject, a here-string, a [[ ]] operand).
// The expand package's Literal keeps them, which pattern and regular
// expression operands need, but a value must not: a=foo\ bar is "foo bar".
func unescaped(w *syntax.Word) *syntax.Word {
	if w == nil {
		return w
	}
	var parts []syntax.WordPart
	changed := false
	for _, p := range w.Parts {
		if pe, ok := p.(*syntax.ParamExp); ok && pe.Exp != nil && pe.Exp.Word != nil {
			// The WORD of ${v:-WORD} in a value is unquoted too:
			// y=${x:+\"q\"} is "q".
			if inner := unescaped(pe.Exp.Word); inner != pe.Exp.Word {
				c, exp := *pe, *pe.Exp
				exp.Word, c.Exp = inner, &exp
				parts, changed = append(parts, &c), true
				continue
			}
		}
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

// value expands a word as one string with quote removal, as an
// assignment's value: tildes after ":" included.
func (sh *Shell) value(w *syntax.Word) (string, error) {
	return sh.literal(unescaped(sh.tildes(w, false)))
}
