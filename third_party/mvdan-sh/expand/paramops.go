// jobsh patch (PATCHES.md, 37): the ${var@op} operators as bash 5.2 prints
// them.

package expand

import (
	"fmt"
	"strings"
	"unicode"

	"mvdan.cc/sh/v3/syntax"
)

// quoteQ quotes s as ${s@Q} does: in single quotes, or as $'...' when it
// holds control characters.
func quoteQ(s string) string {
	if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		var sb strings.Builder
		sb.WriteString("$'")
		for _, r := range s {
			switch r {
			case '\a':
				sb.WriteString(`\a`)
			case '\b':
				sb.WriteString(`\b`)
			case '\f':
				sb.WriteString(`\f`)
			case '\n':
				sb.WriteString(`\n`)
			case '\r':
				sb.WriteString(`\r`)
			case '\t':
				sb.WriteString(`\t`)
			case '\v':
				sb.WriteString(`\v`)
			case 0x1b:
				sb.WriteString(`\E`)
			case '\'', '\\':
				sb.WriteByte('\\')
				sb.WriteRune(r)
			default:
				if r < 0x20 || r == 0x7f {
					fmt.Fprintf(&sb, "\\%03o", r)
				} else {
					sb.WriteRune(r)
				}
			}
		}
		sb.WriteByte('\'')
		return sb.String()
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// quoteDecl quotes s as declare -p does an array's element.
func quoteDecl(s string) string {
	if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return quoteQ(s)
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "`", "\\`")
	return `"` + r.Replace(s) + `"`
}

// keyedElems returns an array's keys and values in order: the indexes of
// an indexed array, the keys of an associative one in bash's order.
func keyedElems(vr Variable) (keys, vals []string) {
	switch vr.Kind {
	case Indexed:
		return vr.indexedKeys(), vr.List
	case Associative:
		keys = AssocKeys(vr.Map)
		for _, k := range keys {
			vals = append(vals, vr.Map[k])
		}
	}
	return keys, vals
}

// caseOp applies ${v@U}, ${v@u} or ${v@L}.
func (cfg *Config) caseOp(op, s string) string { return ConvertCase(s, op, cfg.ByteLocale) }

// ConvertCase applies op to s: "U" upper case, "L" lower case, "u" the
// first character upper case, "c" that and the rest lower case (declare
// -c); in a byte locale only ASCII letters have a case. The shell
// converts the values of variables with a case attribute with it. (jobsh
// patch, PATCHES.md, 76.)
func ConvertCase(s, op string, byteLocale bool) string {
	if op == "c" {
		return ConvertCase(ConvertCase(s, "L", byteLocale), "u", byteLocale)
	}
	if byteLocale {
		// Only ASCII letters have a case in the C locale.
		b := []byte(s)
		for i, c := range b {
			switch {
			case op != "L" && 'a' <= c && c <= 'z':
				b[i] = c - 'a' + 'A'
			case op == "L" && 'A' <= c && c <= 'Z':
				b[i] = c - 'A' + 'a'
			}
			if op == "u" {
				break
			}
		}
		return string(b)
	}
	switch op {
	case "U":
		return strings.ToUpper(s)
	case "L":
		return strings.ToLower(s)
	}
	rs := []rune(s)
	if len(rs) > 0 {
		rs[0] = unicode.ToUpper(rs[0])
	}
	return string(rs)
}

// unescapeE applies ${v@E}: backslash escapes as in $'...'.
func (cfg *Config) unescapeE(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	out, _, _ := Format(cfg, s, nil)
	out, _, _ = strings.Cut(out, "\x00")
	return out
}

// elemParamOp applies ${v@op} to one value: a scalar, an array's element;
// set says whether it is set. ok is false for the operators that are not
// applied one value at a time.
func (cfg *Config) elemParamOp(op, name string, vr Variable, str string, set bool) (string, bool) {
	switch op {
	case "Q", "K", "k":
		if !set {
			return "", true
		}
		return quoteQ(str), true
	case "E":
		return cfg.unescapeE(str), true
	case "P":
		if cfg.PromptExpand != nil {
			return cfg.PromptExpand(str), true
		}
		return str, true
	case "U", "u", "L":
		return cfg.caseOp(op, str), true
	case "a":
		return vr.Flags(), true
	case "A":
		flags := vr.Flags()
		switch {
		case name == "" || !syntax.ValidName(name):
			return "", true // positional and special parameters
		case !set && flags == "":
			return "", true
		case !set:
			return "declare -" + flags + " " + name, true
		case flags == "":
			return name + "=" + quoteQ(str), true
		}
		return "declare -" + flags + " " + name + "=" + quoteQ(str), true
	}
	return "", false
}

// listParamOp applies ${a[@]@op} (and ${@@op}) to a list: the fields that
// "${a[@]@op}" gives. vr is the array, nil for the positional parameters.
func (cfg *Config) listParamOp(op, name string, vr *Variable, elems []string) []string {
	switch op {
	case "K", "k":
		if vr == nil || len(elems) == 0 {
			break
		}
		keys, vals := keyedElems(*vr)
		var out []string
		for i, k := range keys {
			if op == "k" {
				out = append(out, k, vals[i])
			} else {
				out = append(out, k, quoteDecl(vals[i]))
			}
		}
		if op == "k" {
			return out
		}
		s := strings.Join(out, " ")
		if vr.Kind == Associative {
			s += " "
		}
		return []string{s}
	case "A":
		if vr == nil {
			if len(elems) == 0 {
				return []string{}
			}
			out := []string{"set", "--"}
			for _, e := range elems {
				out = append(out, quoteQ(e))
			}
			return out
		}
		keys, vals := keyedElems(*vr)
		var parts []string
		for i, k := range keys {
			parts = append(parts, "["+k+"]="+quoteDecl(vals[i]))
		}
		val := "(" + strings.Join(parts, " ") + ")"
		if vr.Kind == Associative {
			val = "(" + strings.Join(parts, " ") + " )"
		}
		// bash gives the words of the declare command as fields of
		// their own.
		return []string{"declare", "-" + vr.Flags(), name + "=" + val}
	case "a":
		out := make([]string, len(elems))
		for i := range elems {
			if vr != nil {
				out[i] = vr.Flags()
			}
		}
		return out
	}
	out := make([]string, len(elems))
	for i, e := range elems {
		out[i], _ = cfg.elemParamOp(op, name, Variable{}, e, true)
	}
	return out
}

// runes splits s into characters: bytes in a byte locale
// (Config.ByteLocale). jobsh patch (PATCHES.md, 40).
func (cfg *Config) runes(s string) []rune {
	if !cfg.ByteLocale {
		return []rune(s)
	}
	rs := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		rs[i] = rune(s[i])
	}
	return rs
}

// unrunes joins what runes split.
func (cfg *Config) unrunes(rs []rune) string {
	if !cfg.ByteLocale {
		return string(rs)
	}
	b := make([]byte, len(rs))
	for i, r := range rs {
		b[i] = byte(r)
	}
	return string(b)
}
