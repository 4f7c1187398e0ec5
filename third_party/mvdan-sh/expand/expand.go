// Copyright (c) 2017, Daniel Martí <mvdan@mvdan.cc>
// See LICENSE for licensing information

package expand

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"mvdan.cc/sh/v3/internal"
	"mvdan.cc/sh/v3/pattern"
	"mvdan.cc/sh/v3/syntax"
)

// A Config specifies details about how shell expansion should be performed. The
// zero value is a valid configuration.
type Config struct {
	// Env is used to get and set environment variables when performing
	// shell expansions. Some special parameters are also expanded via this
	// interface, such as:
	//
	//   * "#", "@", "*", "0"-"9" for the shell's parameters
	//   * "?", "$", "PPID" for the shell's status and process
	//   * "HOME foo" to retrieve user foo's home directory (jobsh patch
	//     (PATCHES.md, 11): os/user is no longer used when it is unset)
	//
	// If nil, there are no environment variables set. Use
	// ListEnviron(os.Environ()...) to use the system's environment
	// variables.
	Env Environ

	// CmdSubst expands a command substitution node, writing its standard
	// output to the provided [io.Writer].
	//
	// If nil, encountering a command substitution will result in an
	// UnexpectedCommandError.
	CmdSubst func(io.Writer, *syntax.CmdSubst) error

	// ProcSubst expands a process substitution node.
	ProcSubst func(*syntax.ProcSubst) (string, error)

	// TODO(v4): replace ReadDir with ReadDir2.

	// ReadDir is the older form of [ReadDir2], before io/fs.
	//
	// Deprecated: use ReadDir2 instead.
	ReadDir func(string) ([]fs.FileInfo, error)

	// ReadDir2 is used for file path globbing.
	// If nil, and [ReadDir] is nil as well, globbing is disabled.
	// Use [os.ReadDir] to use the filesystem directly.
	ReadDir2 func(string) ([]fs.DirEntry, error)

	// GlobStar corresponds to the shell option which allows globbing with "**".
	GlobStar bool

	// DotGlob corresponds to the shell option which allows filenames beginning
	// with a dot to be matched by a pattern which does not begin with a dot.
	DotGlob bool

	// NoCaseGlob corresponds to the shell option which causes case-insensitive
	// pattern matching in pathname expansion.
	NoCaseGlob bool

	// NullGlob corresponds to the shell option which allows globbing
	// patterns which match nothing to result in zero fields.
	NullGlob bool

	// FailGlob is shopt -s failglob: a pattern that matches nothing is
	// an error, NoMatchError (jobsh patch, PATCHES.md, 45).
	FailGlob bool

	// NoUnset corresponds to the shell option which treats unset variables
	// as errors.
	NoUnset bool

	// ExtGlob corresponds to the shell option which allows using extended
	// pattern matching features when performing pathname expansion (globbing).
	ExtGlob bool

	// ByteLocale says that characters are bytes, as in the C locale:
	// ${#v} counts bytes, ${v:i:n} slices them, only ASCII letters have a
	// case. jobsh patch (PATCHES.md, 40).
	ByteLocale bool

	// PromptExpand, if set, expands a prompt string, for ${v@P}.
	// jobsh patch (PATCHES.md, 37).
	PromptExpand func(string) string

	// NoBraces turns brace expansion off (set +B). jobsh patch
	// (PATCHES.md, 57).
	NoBraces bool

	// Warn, if set, is told of errors that bash reports without failing
	// the expansion, such as `a: bad array subscript` for ${a[-9]}; the
	// expansion goes on as if the element were unset. Without it they
	// are errors. jobsh patch (PATCHES.md, 52).
	Warn func(msg string)

	bufferAlloc strings.Builder
	fieldAlloc  [4]fieldPart
	fieldsAlloc [4][]fieldPart

	ifs string
	// ArithSource, if set, returns the program's text from one offset to
	// another, if it has it, for arithmetic to be evaluated as text
	// (ArithmSpan). jobsh patch (PATCHES.md, 73).
	ArithSource func(from, to uint) (string, bool)

	// arithDepth counts the variables' values being evaluated as
	// expressions. jobsh patch (PATCHES.md, 42).
	arithDepth int
	// A pointer to a parameter expansion node, if we're inside one.
	// Necessary for ${LINENO}.
	curParam *syntax.ParamExp
}

// UnexpectedCommandError is returned if a command substitution is encountered
// when [Config.CmdSubst] is nil.
type UnexpectedCommandError struct {
	Node *syntax.CmdSubst
}

func (u UnexpectedCommandError) Error() string {
	return fmt.Sprintf("unexpected command substitution at %s", u.Node.Pos())
}

var zeroConfig = &Config{}

// TODO: note that prepareConfig is modifying the user's config in place,
// which doesn't feel right - we should make a copy.

func prepareConfig(cfg *Config) *Config {
	cfg = cmp.Or(cfg, zeroConfig)
	cfg.Env = cmp.Or(cfg.Env, FuncEnviron(func(string) string { return "" }))

	cfg.ifs = " \t\n"
	if vr := cfg.Env.Get("IFS"); vr.IsSet() {
		cfg.ifs = vr.String()
	}

	if cfg.ReadDir != nil && cfg.ReadDir2 == nil {
		cfg.ReadDir2 = func(path string) ([]fs.DirEntry, error) {
			infos, err := cfg.ReadDir(path)
			if err != nil {
				return nil, err
			}
			entries := make([]fs.DirEntry, len(infos))
			for i, info := range infos {
				entries[i] = fs.FileInfoToDirEntry(info)
			}
			return entries, nil
		}
	}
	return cfg
}

func (cfg *Config) ifsRune(r rune) bool {
	return strings.ContainsRune(cfg.ifs, r)
}

// ifsWhitespace reports whether r is a space, tab, or newline present in IFS.
func (cfg *Config) ifsWhitespace(r rune) bool {
	return (r == ' ' || r == '\t' || r == '\n') && cfg.ifsRune(r)
}

func (cfg *Config) ifsJoin(strs []string) string {
	sep := ""
	if cfg.ifs != "" {
		// The separator is the first character of IFS, not the first byte.
		_, size := utf8.DecodeRuneInString(cfg.ifs)
		if cfg.ByteLocale { // jobsh patch (PATCHES.md, 40)
			size = 1
		}
		sep = cfg.ifs[:size]
	}
	return strings.Join(strs, sep)
}

func (cfg *Config) strBuilder() *strings.Builder {
	b := &cfg.bufferAlloc
	b.Reset()
	return b
}

func (cfg *Config) envGet(name string) string {
	return cfg.Env.Get(name).String()
}

func (cfg *Config) envSet(name, value string) error {
	wenv, ok := cfg.Env.(WriteEnviron)
	if !ok {
		return fmt.Errorf("environment is read-only")
	}
	return wenv.Set(name, Variable{Set: true, Kind: String, Str: value})
}

// Literal expands a single shell word. It is similar to [Fields], but the result
// is a single string. This is the behavior when a word is used as the value in
// a shell variable assignment, for example.
//
// The config specifies shell expansion options; nil behaves the same as an
// empty config.
func Literal(cfg *Config, word *syntax.Word) (string, error) {
	if word == nil {
		return "", nil
	}
	cfg = prepareConfig(cfg)
	field, err := cfg.wordField(word.Parts, quoteNone)
	if err != nil {
		return "", err
	}
	return cfg.fieldJoin(field), nil
}

// Document expands a single shell word as if it were a here-document body.
// It is similar to [Literal], but without brace expansion, tilde expansion, and
// globbing.
//
// The config specifies shell expansion options; nil behaves the same as an
// empty config.
func Document(cfg *Config, word *syntax.Word) (string, error) {
	if word == nil {
		return "", nil
	}
	cfg = prepareConfig(cfg)
	field, err := cfg.wordField(word.Parts, quoteHeredoc)
	if err != nil {
		return "", err
	}
	return cfg.fieldJoin(field), nil
}

// Pattern expands a single shell word as a pattern, using [pattern.QuoteMeta]
// on any non-quoted parts of the input word. The result can be used on
// [pattern.Regexp] directly.
//
// The config specifies shell expansion options; nil behaves the same as an
// empty config.
func Pattern(cfg *Config, word *syntax.Word) (string, error) {
	if word == nil {
		return "", nil
	}
	cfg = prepareConfig(cfg)
	field, err := cfg.wordField(word.Parts, quoteNone)
	if err != nil {
		return "", err
	}
	sb := cfg.strBuilder()
	for _, part := range field {
		if part.quote > quoteNone {
			sb.WriteString(pattern.QuoteMeta(part.val, 0))
		} else {
			sb.WriteString(part.val)
		}
	}
	return sb.String(), nil
}

// Format expands a format string with a number of arguments, following the
// shell's format specifications. These include printf(1), among others.
//
// The resulting string is returned, along with the number of arguments used.
// Note that the resulting string may contain null bytes, for example
// if the format string used `\x00`. The caller should terminate the string
// at the first null byte if needed, such as when expanding for `$'foo\x00bar'`.
//
// The config specifies shell expansion options; nil behaves the same as an
// empty config.
func Format(cfg *Config, format string, args []string) (string, int, error) {
	cfg = prepareConfig(cfg)
	sb := cfg.strBuilder()

	consumed, err := formatInto(sb, format, args, cfg.ByteLocale)
	if err != nil {
		return "", 0, err
	}

	return sb.String(), consumed, err
}

func formatInto(sb *strings.Builder, format string, args []string, byteLocale bool) (int, error) {
	var fmts []byte
	initialArgs := len(args)

	for i := 0; i < len(format); i++ {
		// readDigits reads from 0 to max digits, either octal or
		// hexadecimal.
		readDigits := func(max int, hex bool) string {
			j := 0
			for ; j < max && i+j < len(format); j++ {
				c := format[i+j]
				if (c >= '0' && c <= '9') ||
					(hex && c >= 'a' && c <= 'f') ||
					(hex && c >= 'A' && c <= 'F') {
					// valid octal or hex char
				} else {
					break
				}
			}
			digits := format[i : i+j]
			i += j - 1 // -1 since the outer loop does i++
			return digits
		}
		c := format[i]
		switch {
		case c == '\\': // escaped
			i++
			if i >= len(format) {
				sb.WriteByte('\\')
				break
			}
			switch c = format[i]; c {
			case 'a': // bell
				sb.WriteByte('\a')
			case 'b': // backspace
				sb.WriteByte('\b')
			case 'e', 'E': // escape
				sb.WriteByte('\x1b')
			case 'f': // form feed
				sb.WriteByte('\f')
			case 'n': // new line
				sb.WriteByte('\n')
			case 'r': // carriage return
				sb.WriteByte('\r')
			case 't': // horizontal tab
				sb.WriteByte('\t')
			case 'v': // vertical tab
				sb.WriteByte('\v')
			case '\\', '\'', '"', '?': // just the character
				sb.WriteByte(c)
			case '0', '1', '2', '3', '4', '5', '6', '7':
				digits := readDigits(3, false)
				// if digits don't fit in 8 bits, 0xff via strconv
				n, _ := strconv.ParseUint(digits, 8, 8)
				sb.WriteByte(byte(n))
			case 'x', 'u', 'U':
				i++
				max := 2
				switch c {
				case 'u':
					max = 4
				case 'U':
					max = 8
				}
				digits := readDigits(max, true)
				if len(digits) > 0 {
					// can't error
					n, _ := strconv.ParseUint(digits, 16, 32)
					switch {
					case c == 'x':
						// always as a single byte
						sb.WriteByte(byte(n))
					case byteLocale && n >= 0x80 && n <= 0xffff:
						// jobsh patch (PATCHES.md, 53): in the C
						// locale, a character that is not ASCII is
						// written back as bash does.
						fmt.Fprintf(sb, "\\u%04X", n)
					case byteLocale && n >= 0x80:
						fmt.Fprintf(sb, "\\U%08X", n)
					default:
						sb.WriteRune(rune(n))
					}
					break
				}
				fallthrough
			default: // no escape sequence
				sb.WriteByte('\\')
				sb.WriteByte(c)
			}
		case len(fmts) > 0:
			switch c {
			case '%':
				sb.WriteByte('%')
				fmts = nil
			case 'c':
				var b byte
				if len(args) > 0 {
					arg := ""
					arg, args = args[0], args[1:]
					if len(arg) > 0 {
						b = arg[0]
					}
				}
				sb.WriteByte(b)
				fmts = nil
			case '+', '-', ' ':
				if len(fmts) > 1 {
					return 0, fmt.Errorf("invalid format char: %c", c)
				}
				fmts = append(fmts, c)
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				fmts = append(fmts, c)
			case 's', 'b', 'd', 'i', 'u', 'o', 'x', 'q':
				arg := ""
				if len(args) > 0 {
					arg, args = args[0], args[1:]
				}
				if c == 'q' {
					// jobsh patch (PATCHES.md, 7): bash's %q.
					arg, c = bashQuote(arg), 's'
				}
				var farg any
				if c == 'b' {
					// Passing in nil for args ensures that % format
					// strings aren't processed; only escape sequences
					// will be handled.
					_, err := formatInto(sb, arg, nil, byteLocale)
					if err != nil {
						return 0, err
					}
				} else if c != 's' {
					n, _ := strconv.ParseInt(arg, 0, 0)
					if c == 'i' || c == 'd' {
						farg = int(n)
					} else {
						farg = uint(n)
					}
					if c == 'i' || c == 'u' {
						c = 'd'
					}
				} else {
					farg = arg
				}
				if farg != nil {
					fmts = append(fmts, c)
					fmt.Fprintf(sb, string(fmts), farg)
				}
				fmts = nil
			default:
				return 0, fmt.Errorf("invalid format char: %c", c)
			}
		case args != nil && c == '%':
			// if args == nil, we are not doing format
			// arguments
			fmts = []byte{c}
		default:
			sb.WriteByte(c)
		}
	}
	if len(fmts) > 0 {
		return 0, fmt.Errorf("missing format char")
	}
	return initialArgs - len(args), nil
}

func (cfg *Config) fieldJoin(parts []fieldPart) string {
	switch len(parts) {
	case 0:
		return ""
	case 1: // short-cut without a string copy
		return parts[0].val
	}
	sb := cfg.strBuilder()
	for _, part := range parts {
		sb.WriteString(part.val)
	}
	return sb.String()
}

func (cfg *Config) escapedGlobField(parts []fieldPart) (escaped string, glob bool) {
	// jobsh patch (PATCHES.md, 86): under extglob, @(a|b) and +(a) are
	// patterns too, with no "*", "?" or "[" in them.
	metas := "*?["
	if cfg.ExtGlob {
		metas = "*?[("
	}
	candidate := false
	for _, part := range parts {
		if part.quote == quoteNone && strings.ContainsAny(part.val, metas) {
			candidate = true
			break
		}
	}
	if !candidate {
		return "", false
	}
	sb := cfg.strBuilder()
	for _, part := range parts {
		if part.quote > quoteNone {
			sb.WriteString(pattern.QuoteMeta(part.val, 0))
		} else {
			sb.WriteString(part.val)
		}
	}
	// Check the entire escaped word, as a bracket expression could span
	// multiple unquoted parts, such as `[a$x` where x holds "]".
	escaped = sb.String()
	if pattern.HasMeta(escaped, cfg.metaMode()) {
		return escaped, true
	}
	return "", false
}

// Fields is a pre-iterators API which now wraps [FieldsSeq].
func Fields(cfg *Config, words ...*syntax.Word) ([]string, error) {
	var fields []string
	for s, err := range FieldsSeq(cfg, words...) {
		if err != nil {
			return nil, err
		}
		fields = append(fields, s)
	}
	return fields, nil
}

// FieldsSeq expands a number of words as if they were arguments in a shell
// command. This includes brace expansion, tilde expansion, parameter expansion,
// command substitution, arithmetic expansion, quote removal, and globbing.
func FieldsSeq(cfg *Config, words ...*syntax.Word) iter.Seq2[string, error] {
	cfg = prepareConfig(cfg)
	dir := cfg.envGet("PWD")
	return func(yield func(string, error) bool) {
		expandWord := func(w *syntax.Word) (stop bool) {
			wfields, err := cfg.wordFields(w.Parts)
			if err != nil {
				yield("", err)
				return true
			}
			for _, field := range wfields {
				path, doGlob := cfg.escapedGlobField(field)
				if doGlob && cfg.ReadDir2 != nil {
					// Note that globbing requires keeping a slice state, so it doesn't
					// really benefit from using an iterator.
					matches, err := cfg.glob(dir, path)
					if err != nil {
						// We avoid [errors.As] as it allocates,
						// and we know that [Config.glob] returns [pattern.Regexp] errors without wrapping.
						if _, ok := err.(*pattern.SyntaxError); !ok {
							yield("", err)
							return true
						}
					} else if len(matches) == 0 && cfg.FailGlob {
						yield("", NoMatchError{cfg.fieldJoin(field)})
						return true
					} else if len(matches) > 0 || cfg.NullGlob {
						for _, m := range matches {
							if !yield(m, nil) {
								return true
							}
						}
						continue
					}
				}
				if !yield(cfg.fieldJoin(field), nil) {
					return true
				}
			}
			return false
		}
		for _, word := range words {
			word := *word // make a copy, since SplitBraces replaces the Parts slice
			if cfg.NoBraces || !syntax.SplitBraces(&word) {
				if expandWord(&word) {
					return
				}
				continue
			}
			for w, err := range BracesSeq(cfg, &word) {
				if err != nil {
					yield("", err)
					return
				}
				if expandWord(w) {
					return
				}
			}
		}
	}
}

type fieldPart struct {
	val   string
	quote quoteLevel
}

type quoteLevel uint

const (
	quoteNone quoteLevel = iota
	quoteDouble
	quoteHeredoc
	quoteSingle
)

func (cfg *Config) wordField(wps []syntax.WordPart, ql quoteLevel) ([]fieldPart, error) {
	var field []fieldPart
	for i, wp := range wps {
		switch wp := wp.(type) {
		case *syntax.Lit:
			s := wp.Value
			if i == 0 && ql == quoteNone {
				if prefix, rest := cfg.expandUser(s, len(wps) > 1); prefix != "" {
					// TODO: return two separate fieldParts,
					// like in wordFields?
					s = prefix + rest
				}
			}
			if (ql == quoteDouble || ql == quoteHeredoc) && strings.Contains(s, "\\") {
				sb := cfg.strBuilder()
				for i := 0; i < len(s); i++ {
					b := s[i]
					if b == '\\' && i+1 < len(s) {
						switch s[i+1] {
						case '"':
							if ql != quoteDouble {
								break
							}
							fallthrough
						case '\\', '$', '`': // special chars
							i++
							b = s[i] // write the special char, skipping the backslash
						}
					}
					sb.WriteByte(b)
				}
				s = sb.String()
			}
			s, _, _ = strings.Cut(s, "\x00") // TODO: why is this needed?
			field = append(field, fieldPart{val: s})
		case *syntax.SglQuoted:
			fp := fieldPart{quote: quoteSingle, val: wp.Value}
			if wp.Dollar {
				fp.val, _, _ = Format(cfg, fp.val, nil)
				fp.val, _, _ = strings.Cut(fp.val, "\x00") // cut the string if format included \x00
			}
			field = append(field, fp)
		case *syntax.DblQuoted:
			wfield, err := cfg.wordField(wp.Parts, quoteDouble)
			if err != nil {
				return nil, err
			}
			for _, part := range wfield {
				part.quote = quoteDouble
				field = append(field, part)
			}
		case *syntax.ParamExp:
			var val string
			var err error
			if ql == quoteDouble || ql == quoteHeredoc {
				val, err = cfg.quotedParamExp(wp)
			} else {
				val, err = cfg.paramExp(wp)
			}
			if err != nil {
				return nil, err
			}
			field = append(field, fieldPart{val: val})
		case *syntax.CmdSubst:
			val, err := cfg.cmdSubst(wp)
			if err != nil {
				return nil, err
			}
			field = append(field, fieldPart{val: val})
		case *syntax.ArithmExp:
			n, err := arithmExp(cfg, wp)
			if err != nil {
				return nil, withArithmExp(err, wp) // jobsh patch (PATCHES.md, 39)
			}
			field = append(field, fieldPart{val: strconv.Itoa(n)})
		case *syntax.ProcSubst:
			path, err := cfg.ProcSubst(wp)
			if err != nil {
				return nil, err
			}
			field = append(field, fieldPart{val: path})
		case *syntax.ExtGlob:
			// Like how [Config.wordFields] deals with [syntax.ExtGlob],
			// except that we allow these through even when [Config.ExtGlob]
			// is false, as it only applies to pathname expansion.
			parts, err := cfg.extGlobParts(wp)
			if err != nil {
				return nil, err
			}
			field = append(field, parts...)
		default:
			panic(fmt.Sprintf("unhandled word part: %T", wp))
		}
	}
	return field, nil
}

// quotedParamExp is paramExp inside double quotes or a here-document,
// where the WORD of ${v-WORD} and ${v+WORD} is expanded as double-quoted
// text, as bash does: a backslash quotes only $ ` " \ and a newline, and
// single quotes are characters, what is between them expanded
// ("${x:+\"$x\"}" is "1" in quotes, "${x:+'$x'}" is '1'). Literal read
// the word as unquoted, keeping every backslash and removing the single
// quotes. jobsh patch (PATCHES.md, 80).
func (cfg *Config) quotedParamExp(pe *syntax.ParamExp) (string, error) {
	str, word, err := cfg.paramExpWord(pe, true)
	if err != nil || word == nil {
		return str, err
	}
	parts := make([]syntax.WordPart, 0, len(word.Parts))
	for _, p := range word.Parts {
		sq, ok := p.(*syntax.SglQuoted)
		if !ok || sq.Dollar {
			parts = append(parts, p)
			continue
		}
		quote := &syntax.Lit{Value: "'"}
		parts = append(parts, quote)
		parts = append(parts, dquotedParts(sq.Value)...)
		parts = append(parts, quote)
	}
	field, err := cfg.wordField(parts, quoteDouble)
	if err != nil {
		return "", err
	}
	return cfg.fieldJoin(field), nil
}

// dquotedParts reads text as the inside of a double-quoted string.
func dquotedParts(text string) []syntax.WordPart {
	src := `"` + strings.ReplaceAll(text, `"`, `\"`) + `"`
	var parts []syntax.WordPart
	n := 0
	for w, err := range syntax.NewParser(syntax.Variant(syntax.LangBash)).WordsSeq(strings.NewReader(src)) {
		if err != nil || len(w.Parts) != 1 {
			n = 2
			break
		}
		if dq, ok := w.Parts[0].(*syntax.DblQuoted); ok {
			parts = dq.Parts
		}
		n++
	}
	if n != 1 {
		return []syntax.WordPart{&syntax.Lit{Value: text}}
	}
	return parts
}

// extGlobParts expands an extended pattern such as +(a|$v|"b c"). jobsh
// patch (PATCHES.md, 54): the parser keeps the inside as text, which went
// through as it was, so a parameter, a command substitution or a quote
// in it (`+($exclude)` in bash-completion) was taken literally. Each
// alternative is read as a word and expanded, its quoted parts staying
// quoted for the pattern; one that does not parse stays as text.
func (cfg *Config) extGlobParts(eg *syntax.ExtGlob) ([]fieldPart, error) {
	parts := []fieldPart{{val: eg.Op.String()}}
	for i, alt := range splitExtGlobAlts(eg.Pattern.Value) {
		if i > 0 {
			parts = append(parts, fieldPart{val: "|"})
		}
		w := parseExtGlobAlt(alt)
		if w == nil {
			parts = append(parts, fieldPart{val: alt})
			continue
		}
		sub, err := cfg.wordField(w.Parts, quoteNone)
		if err != nil {
			return nil, err
		}
		parts = append(parts, sub...)
	}
	return append(parts, fieldPart{val: ")"}), nil
}

// splitExtGlobAlts splits the inside of an extended pattern at the | that
// are not quoted or nested in parentheses or braces.
func splitExtGlobAlts(s string) []string {
	var alts []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			}
		case c == '\\':
			i++
		case quote == '"':
			if c == '"' {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '{':
			depth++
		case c == ')' || c == '}':
			depth--
		case c == '|' && depth == 0:
			alts = append(alts, s[start:i])
			start = i + 1
		}
	}
	return append(alts, s[start:])
}

// parseExtGlobAlt reads one alternative as a single word: its blanks are
// literal, as in bash's patterns. It returns nil if it does not parse.
func parseExtGlobAlt(alt string) *syntax.Word {
	if alt == "" {
		return &syntax.Word{}
	}
	if !strings.ContainsAny(alt, "$`'\"\\") {
		return &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: alt}}}
	}
	var b strings.Builder
	var quote byte
	depth := 0  // inside $( ), ${ } or ( ): blanks separate words there
	bq := false // inside `...`: so do they
	for i := 0; i < len(alt); i++ {
		c := alt[i]
		switch {
		case quote == 0 && depth == 0 && !bq && (c == ' ' || c == '\t' || c == '\n'):
			b.WriteByte('\\')
		case quote == 0 && c == '`':
			bq = !bq
		case quote == 0 && (c == '(' || c == '{'):
			depth++
		case quote == 0 && (c == ')' || c == '}') && depth > 0:
			depth--
		case c == '\\' && quote != '\'' && i+1 < len(alt):
			b.WriteByte(c)
			i++
			c = alt[i]
		case quote == 0 && (c == '\'' || c == '"'):
			quote = c
		case c == quote:
			quote = 0
		}
		b.WriteByte(c)
	}
	var word *syntax.Word
	n := 0
	for w, err := range syntax.NewParser(syntax.Variant(syntax.LangBash)).WordsSeq(strings.NewReader(b.String())) {
		if err != nil {
			return nil
		}
		word, n = w, n+1
	}
	if n != 1 {
		return nil
	}
	return word
}

func (cfg *Config) cmdSubst(cs *syntax.CmdSubst) (string, error) {
	if cfg.CmdSubst == nil {
		return "", UnexpectedCommandError{Node: cs}
	}
	sb := cfg.strBuilder()
	if err := cfg.CmdSubst(sb, cs); err != nil {
		return "", err
	}
	out := sb.String()
	if strings.Contains(out, "\x00") && cfg.Warn != nil {
		// jobsh patch (PATCHES.md, 55): bash says so.
		cfg.Warn("warning: command substitution: ignored null byte in input")
	}
	out = strings.ReplaceAll(out, "\x00", "")
	return strings.TrimRight(out, "\n"), nil
}

func (cfg *Config) wordFields(wps []syntax.WordPart) ([][]fieldPart, error) {
	fields := cfg.fieldsAlloc[:0]
	curField := cfg.fieldAlloc[:0]
	allowEmpty := false
	flush := func() {
		// jobsh patch (PATCHES.md, 38): a field made only of empty
		// unquoted text, as the empty alternative of {a,} gives, is
		// removed, as bash removes it.
		if !slices.ContainsFunc(curField, func(fp fieldPart) bool { return fp.val != "" || fp.quote != quoteNone }) {
			curField = curField[:0]
			return
		}
		fields = append(fields, curField)
		curField = nil
	}
	// jobsh patch (PATCHES.md, 2): POSIX 2.6.5 field splitting. A run of
	// IFS whitespace is one delimiter, and is dropped at the start; each
	// IFS character that is not whitespace ends a field, even an empty
	// one, so with IFS=: "a::b" is three fields and ":a" is two. A
	// trailing delimiter adds no empty field.
	splitAdd := func(val string) {
		fieldStart := -1
		for i := 0; i < len(val); {
			r, size := utf8.DecodeRuneInString(val[i:])
			if !cfg.ifsRune(r) {
				if fieldStart < 0 { // starting a new field
					fieldStart = i
				}
				i += size
				continue
			}
			// A run of delimiters: count its non-whitespace characters.
			runStart, hard := i, 0
			for i < len(val) {
				r, size := utf8.DecodeRuneInString(val[i:])
				if !cfg.ifsRune(r) {
					break
				}
				if !cfg.ifsWhitespace(r) {
					hard++
				}
				i += size
			}
			if fieldStart >= 0 { // ending a field
				curField = append(curField, fieldPart{val: val[fieldStart:runStart]})
				fieldStart = -1
			}
			ended := len(curField) > 0
			flush()
			if ended {
				hard-- // the first hard delimiter ended that field
			}
			for ; hard > 0; hard-- {
				fields = append(fields, []fieldPart{{quote: quoteDouble}})
			}
		}
		if fieldStart >= 0 { // ending a field without IFS
			curField = append(curField, fieldPart{val: val[fieldStart:]})
		}
	}
	nested := 0 // in the word of ${v:-WORD}
	var walk func(wps []syntax.WordPart) error
	walk = func(wps []syntax.WordPart) error {
		for i, wp := range wps {
			switch wp := wp.(type) {
			case *syntax.Lit:
				s := wp.Value
				if nested > 0 {
					// Its blanks split fields, like an expansion's.
					for {
						i := strings.IndexByte(s, '\\')
						if i < 0 || i == len(s)-1 {
							break
						}
						_, size := utf8.DecodeRuneInString(s[i+1:])
						splitAdd(s[:i])
						curField = append(curField, fieldPart{quote: quoteSingle, val: s[i+1 : i+1+size]})
						s = s[i+1+size:]
					}
					splitAdd(s)
					continue
				}
				if i == 0 {
					prefix, rest := cfg.expandUser(s, len(wps) > 1)
					if prefix != "" || rest != s {
						curField = append(curField, fieldPart{
							quote: quoteSingle,
							val:   prefix,
						})
					}
					s = rest
				}
				// Escaped characters are quoted, so that they aren't
				// treated as metacharacters when globbing.
				for {
					i := strings.IndexByte(s, '\\')
					if i < 0 || i == len(s)-1 {
						break // a trailing backslash is kept as-is
					}
					_, size := utf8.DecodeRuneInString(s[i+1:])
					curField = append(curField,
						fieldPart{val: s[:i]},
						fieldPart{quote: quoteSingle, val: s[i+1 : i+1+size]},
					)
					s = s[i+1+size:]
				}
				curField = append(curField, fieldPart{val: s})
			case *syntax.SglQuoted:
				allowEmpty = true
				fp := fieldPart{quote: quoteSingle, val: wp.Value}
				if wp.Dollar {
					fp.val, _, _ = Format(cfg, fp.val, nil)
					fp.val, _, _ = strings.Cut(fp.val, "\x00") // cut the string if format included \x00
				}
				curField = append(curField, fp)
			case *syntax.DblQuoted:
				if len(wp.Parts) == 1 {
					pe, _ := wp.Parts[0].(*syntax.ParamExp)
					elems, err := cfg.quotedElemFields(pe)
					if err != nil {
						return err
					}
					if elems != nil {
						for i, elem := range elems {
							if i > 0 {
								flush()
							}
							curField = append(curField, fieldPart{
								quote: quoteDouble,
								val:   elem,
							})
						}
						continue
					}
				}
				allowEmpty = true
				wfield, err := cfg.wordField(wp.Parts, quoteDouble)
				if err != nil {
					return err
				}
				for _, part := range wfield {
					part.quote = quoteDouble
					curField = append(curField, part)
				}
			case *syntax.ParamExp:
				if elems, ok, err := cfg.unquotedElemFields(wp); err != nil {
					return err
				} else if ok {
					// Unquoted "*" or "@" expansions produce one field per
					// element; joining and re-splitting them would lose
					// fields when IFS is empty.
					for j, elem := range elems {
						if j > 0 {
							flush()
						}
						splitAdd(elem)
					}
					continue
				}
				val, word, err := cfg.paramExpWord(wp, true)
				if err != nil {
					return err
				}
				if word != nil {
					// jobsh patch (PATCHES.md, 31): the word of
					// ${v:-WORD} is expanded as part of this
					// word, so that its quoted parts stay whole.
					nested++
					err := walk(word.Parts)
					nested--
					if err != nil {
						return err
					}
					continue
				}
				splitAdd(val)
			case *syntax.CmdSubst:
				val, err := cfg.cmdSubst(wp)
				if err != nil {
					return err
				}
				splitAdd(val)
			case *syntax.ArithmExp:
				n, err := arithmExp(cfg, wp)
				if err != nil {
					return withArithmExp(err, wp) // jobsh patch (PATCHES.md, 39)
				}
				curField = append(curField, fieldPart{val: strconv.Itoa(n)})
			case *syntax.ProcSubst:
				path, err := cfg.ProcSubst(wp)
				if err != nil {
					return err
				}
				splitAdd(path)
			case *syntax.ExtGlob:
				if !cfg.ExtGlob {
					return fmt.Errorf("extended globbing operator used without the \"extglob\" option set")
				}
				// We don't translate or interpret the pattern here in any way;
				// that's done later when globbing takes place via [pattern.Regexp].
				// Here, all we do is keep the extended globbing expression in string form.
				//
				// TODO(v4): perhaps the syntax parser should keep extended globbing expressions
				// as plain literal strings, because a custom node is not particularly helpful.
				// It's not like other globbing operators like `*` or `**` get their own nodes.
				parts, err := cfg.extGlobParts(wp)
				if err != nil {
					return err
				}
				curField = append(curField, parts...)
			default:
				panic(fmt.Sprintf("unhandled word part: %T", wp))
			}
		}
		return nil
	}
	if err := walk(wps); err != nil {
		return nil, err
	}
	flush()
	if allowEmpty && len(fields) == 0 {
		fields = append(fields, curField)
	}
	return fields, nil
}

// listElems returns the elements of a "*" or "@" expansion of a list, like
// $@ or ${arr[*]}, with star set for the "*" forms which join into a single
// field when quoted. ok is false for any other parameter expansion.
func (cfg *Config) listElems(pe *syntax.ParamExp) (elems []string, star, ok bool, err error) {
	if pe.Param == nil { // e.g. zsh's ${}; paramExp rejects it
		return nil, false, false, nil
	}
	switch name := pe.Param.Value; name {
	case "*", "@":
		elems, err := cfg.sliceElems(pe, cfg.Env.Get(name).List, nil, true)
		return elems, name == "*", true, err
	}
	switch lit := nodeLit(pe.Index); lit {
	case "@", "*":
		switch vr := cfg.Env.Get(pe.Param.Value); vr.Kind {
		case Indexed:
			elems, err := cfg.sliceElems(pe, vr.List, vr.Indexes, false)
			return elems, lit == "*", true, err
		case Associative:
			return AssocValues(vr.Map), lit == "*", true, nil
		}
	}
	return nil, false, false, nil
}

// unquotedElemFields returns the elements of an unquoted "*" or "@" list
// expansion like $* or ${foo[@]}; ok is false for any other expansion.
func (cfg *Config) unquotedElemFields(pe *syntax.ParamExp) ([]string, bool, error) {
	if pe.Excl || pe.Length || pe.Width || pe.IsSet || pe.Repl != nil || pe.Exp != nil {
		return nil, false, nil
	}
	elems, _, ok, err := cfg.listElems(pe)
	return elems, ok, err
}

// quotedElemFields returns the list of elements resulting from a quoted
// parameter expansion that should be treated especially, like "${foo[@]}".
// The result is nil for any other parameter expansion.
func (cfg *Config) quotedElemFields(pe *syntax.ParamExp) ([]string, error) {
	if pe == nil || pe.Param == nil || pe.Length || pe.Width || pe.IsSet {
		return nil, nil
	}
	name := pe.Param.Value
	if pe.Excl {
		switch pe.Names {
		case syntax.NamesPrefixWords: // "${!prefix@}"
			return cfg.namesByPrefix(pe.Param.Value), nil
		case syntax.NamesPrefix: // "${!prefix*}"
			return nil, nil
		}
		switch nodeLit(pe.Index) {
		case "@": // "${!name[@]}"
			// Never nil, which would mean "not a list": an empty array
			// has no keys, no field (jobsh patch, PATCHES.md, 1).
			switch vr := cfg.Env.Get(name); vr.Kind {
			case Indexed:
				return append([]string{}, vr.indexedKeys()...), nil
			case Associative:
				return AssocKeys(vr.Map), nil
			}
		}
		return nil, nil
	}
	if pe.Exp != nil && overridingUnset(pe) && pe.Index == nil && name != "@" && name != "*" {
		// jobsh patch (PATCHES.md, 31): "${v+"${a[@]}"}".
		if vr := cfg.Env.Get(name); expWordUsed(pe.Exp.Op, vr.IsSet(), vr.String()) {
			return cfg.usedWordElems(pe)
		}
	}
	elems, star, ok, err := cfg.listElems(pe)
	if err != nil {
		return nil, err
	}
	if ok {
		if pe.Exp != nil && overridingUnset(pe) {
			// jobsh patch (PATCHES.md, 31): "${a[@]:-WORD}" is the
			// elements, unless WORD is used; then it is one field,
			// which paramExp gives.
			joined := strings.Join(elems, " ")
			if star {
				joined = cfg.ifsJoin(elems)
			}
			if expWordUsed(pe.Exp.Op, len(elems) > 0, joined) {
				return cfg.usedWordElems(pe)
			}
		}
		// Operators like "${foo[@]#prefix}" apply to each element.
		elems, err := cfg.perElemOps(pe, elems)
		if err != nil {
			return nil, err
		}
		if star {
			return []string{cfg.ifsJoin(elems)}, nil
		}
		if elems == nil {
			// jobsh patch (PATCHES.md, 1): nil here means "not a list"
			// to the caller; an empty list ("$@" with no parameters, an
			// empty array) must give zero fields, not one empty one.
			elems = []string{}
		}
		return elems, nil
	}
	if nodeLit(pe.Index) == "@" && !cfg.Env.Get(name).IsSet() {
		if pe.Exp != nil && overridingUnset(pe) && expWordUsed(pe.Exp.Op, false, "") {
			// "${unset[@]-WORD}": WORD, a list or one field
			// (paramExp's). jobsh patch (PATCHES.md, 79).
			return cfg.usedWordElems(pe)
		}
		// An unset "${name[@]}" produces zero fields, like an empty array.
		return []string{}, nil
	}
	return nil, nil
}

// usedWordElems gives the fields of the used WORD of "${x-WORD}" or
// "${x+WORD}" when it is itself a list, "${a[@]}" or ${a[@]}, as in the
// idiom "${a[@]+"${a[@]}"}"; nil for any other WORD, which is one field.
// jobsh patch (PATCHES.md, 31).
func (cfg *Config) usedWordElems(pe *syntax.ParamExp) ([]string, error) {
	switch pe.Exp.Op {
	case syntax.DefaultUnset, syntax.DefaultUnsetOrNull,
		syntax.AlternateUnset, syntax.AlternateUnsetOrNull:
	default:
		return nil, nil
	}
	word := pe.Exp.Word
	if word == nil || len(word.Parts) != 1 {
		return nil, nil
	}
	var inner *syntax.ParamExp
	switch p := word.Parts[0].(type) {
	case *syntax.DblQuoted:
		if len(p.Parts) == 1 {
			inner, _ = p.Parts[0].(*syntax.ParamExp)
		}
	case *syntax.ParamExp:
		inner = p
	}
	if inner == nil {
		return nil, nil
	}
	return cfg.quotedElemFields(inner)
}

// sliceElems applies ${var:offset:length} slicing to a list of elements.
// When positional is true, $0 is prepended to the list before slicing.
// In bash, positional parameter offsets ($@ and $*) are 1-based and
// offset 0 includes $0 (the shell or script name). Negative offsets
// count from $# + 1, so $0 is reachable via large enough negative values.
// A non-nil indexes records the index of each element in a sparse array;
// see [Variable.Indexes].
func (cfg *Config) sliceElems(pe *syntax.ParamExp, elems []string, indexes []int, positional bool) ([]string, error) {
	if pe.Slice == nil {
		return elems, nil
	}
	offset, length, err := cfg.sliceBounds(pe)
	if err != nil {
		return nil, err
	}
	if pe.Slice.Offset != nil && offsetOutside(offset, elems, indexes, positional) {
		return nil, nil
	}
	if err := cfg.listLengthError(pe, length); err != nil {
		return nil, err
	}
	return cfg.sliceElemsAt(pe, elems, indexes, positional, offset, length), nil
}

// offsetOutside says whether a list's slice starts past either end, which
// gives nothing, whatever its length (a negative one is no error then),
// as in bash: past the last index of an array (max index + 1 and on), past
// $# + 1 for the positional parameters ($0 counts). jobsh patch
// (PATCHES.md, 95).
func offsetOutside(offset int, elems []string, indexes []int, positional bool) bool {
	n := len(elems)
	if len(indexes) > 0 {
		n = indexes[len(indexes)-1] + 1
	}
	if positional {
		n++ // $0
	}
	if offset < 0 {
		offset += n
	}
	if positional {
		return offset < 0 || offset > n
	}
	return offset < 0 || offset >= n
}

// SubstringError is ${x:0:-9} whose end comes before its start, or a
// negative length of a list's slice (${a[@]:1:-1}): bash says
// "-9: substring expression < 0". jobsh patch (PATCHES.md, 82).
type SubstringError struct{ Length string }

func (e SubstringError) Error() string { return e.Length + ": substring expression < 0" }

// substringError names the length of pe's slice as bash does: as written
// ($n, not its value).
func (cfg *Config) substringError(pe *syntax.ParamExp) error {
	x := pe.Slice.Length
	if cfg.ArithSource != nil {
		if src, ok := cfg.ArithSource(x.Pos().Offset(), x.End().Offset()); ok {
			return SubstringError{src}
		}
	}
	return SubstringError{printIndex(x)}
}

// listLengthError is the error of a negative length in a list's slice.
func (cfg *Config) listLengthError(pe *syntax.ParamExp, length int) error {
	if pe.Slice.Length != nil && length < 0 {
		return cfg.substringError(pe)
	}
	return nil
}

// sliceBounds evaluates the offset and length of ${name:offset:length}.
// An error names the parameter, as bash's does (jobsh patch 72).
func (cfg *Config) sliceBounds(pe *syntax.ParamExp) (offset, length int, err error) {
	if pe.Slice.Offset != nil {
		if offset, err = Arithm(cfg, pe.Slice.Offset); err != nil {
			return 0, 0, sliceError(pe, err)
		}
	}
	if pe.Slice.Length != nil {
		if length, err = Arithm(cfg, pe.Slice.Length); err != nil {
			return 0, 0, sliceError(pe, err)
		}
	}
	return offset, length, nil
}

// sliceError names the parameter in an arithmetic error of its substring
// bounds: bash says "x: 1/0: division by 0".
func sliceError(pe *syntax.ParamExp, err error) error {
	e, ok := err.(ArithmError)
	if !ok || e.Expr != nil || e.InIndex || e.Plain {
		return err
	}
	e.Param = pe.Param.Value
	if pe.Index != nil {
		e.Param += "[" + printIndex(pe.Index) + "]"
	}
	return e
}

// printIndex is a subscript as written, near enough.
func printIndex(x syntax.ArithmExpr) string {
	if w, ok := x.(*syntax.Word); ok {
		return printWord(w)
	}
	var b strings.Builder
	syntax.NewPrinter().Print(&b, x)
	return b.String()
}

// sliceElemsAt is sliceElems with the offset and length evaluated.
func (cfg *Config) sliceElemsAt(pe *syntax.ParamExp, elems []string, indexes []int, positional bool, offset, length int) []string {
	if positional {
		elems = append([]string{cfg.Env.Get("0").Str}, elems...)
	}
	slicePos := func(n int) int {
		if n < 0 {
			n = len(elems) + n
			if n < 0 {
				n = len(elems)
			}
		} else if n > len(elems) {
			n = len(elems)
		}
		return n
	}
	if pe.Slice.Offset != nil {
		if len(indexes) > 0 {
			// Sparse arrays slice by index: a negative offset counts
			// from one past the maximum index, and the result begins
			// with the first element whose index is at least the offset.
			if offset < 0 {
				offset += indexes[len(indexes)-1] + 1
				if offset < 0 {
					offset = indexes[len(indexes)-1] + 1
				}
			}
			pos, _ := slices.BinarySearch(indexes, offset)
			elems = elems[pos:]
		} else {
			elems = elems[slicePos(offset):]
		}
	}
	if pe.Slice.Length != nil {
		elems = elems[:slicePos(length)]
	}
	return elems
}

func (cfg *Config) expandUser(field string, moreFields bool) (prefix, rest string) {
	name, ok := strings.CutPrefix(field, "~")
	if !ok {
		// No tilde prefix to expand, e.g. "foo".
		return "", field
	}
	i := strings.IndexByte(name, '/')
	if i < 0 && moreFields {
		// There is a tilde prefix, but followed by more fields, e.g. "~'foo'".
		// We only proceed if an unquoted slash was found in this field, e.g. "~/'foo'".
		return "", field
	}
	if i >= 0 {
		rest = name[i:]
		name = name[:i]
	}
	if name == "" {
		// Current user; try via "HOME", otherwise fall back to the
		// system's appropriate home dir env var. Don't use os/user, as
		// that's overkill. We can't use [os.UserHomeDir], because we want
		// to use cfg.Env, and we always want to check "HOME" first.

		if vr := cfg.Env.Get("HOME"); vr.IsSet() {
			return vr.String(), rest
		}

		if runtime.GOOS == "windows" {
			if vr := cfg.Env.Get("USERPROFILE"); vr.IsSet() {
				return vr.String(), rest
			}
		}
		return "", field
	}

	// Not the current user; try via "HOME <name>".
	// jobsh patch (PATCHES.md, 11): no fallback to os/user, whose cgo
	// lookup makes every program that imports this package dynamically
	// linked; the Environ answers "HOME <name>" itself.

	if vr := cfg.Env.Get("HOME " + name); vr.IsSet() {
		return vr.String(), rest
	}
	return "", field
}

func findAllIndex(pat, name string, n int, mode pattern.Mode) [][]int {
	rx, err := patternRx(pat, mode, "", "", true) // jobsh patch (PATCHES.md, 23, 123)
	if m := negMatcher(pat, err, mode); m != nil {
		return findAllMatches(name, m, n)
	}
	if err != nil {
		return nil
	}
	// jobsh patch (PATCHES.md, 94): bash's pat_subst takes, from each
	// start, the longest match (@(a|ab) of abc is ab), and after a match
	// looks again where it ended, where an empty match may follow
	// (${x//?(a)/X} of a] is XX]X); after an empty one it keeps a
	// character. Go's FindAll prefers the first alternative and skips an
	// empty match next to the last one.
	var locs [][]int
	for i := 0; i < len(name) && (n < 0 || len(locs) < n); {
		loc := rx.FindStringIndex(name[i:])
		if loc == nil {
			break
		}
		locs = append(locs, []int{i + loc[0], i + loc[1]})
		if loc[0] == loc[1] {
			_, size := utf8.DecodeRuneInString(name[i+loc[1]:])
			i += loc[1] + max(size, 1)
		} else {
			i += loc[1]
		}
	}
	if len(name) == 0 && n != 0 {
		if loc := rx.FindStringIndex(name); loc != nil {
			locs = append(locs, loc)
		}
	}
	return locs
}

// findAnchoredIndex finds the longest match of pat at the start (anchor
// '#') or at the end (anchor '%') of name, as ${v/#pat/rep} and
// ${v/%pat/rep} need (jobsh patch, PATCHES.md, 3).
func findAnchoredIndex(pat, name string, anchor byte, mode pattern.Mode) [][]int {
	before, after := "^(?:", ")"
	if anchor != '#' {
		before, after = "(?:", ")$"
	}
	// patch 94: leftmost-longest, ${x/#@(a|ab)/X} of abc is Xc
	rx, err := patternRx(pat, mode, before, after, true) // jobsh patch (PATCHES.md, 23, 123)
	if err != nil {
		if m := negMatcher(pat, err, mode); m != nil {
			return findAnchoredMatch(name, m, anchor)
		}
		return nil
	}
	if loc := rx.FindStringIndex(name); loc != nil {
		return [][]int{loc}
	}
	return nil
}

var (
	// jobsh patch (PATCHES.md, 10): compiled on first use.
	rxGlobStar        = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[^/.][^/]*$`) })
	rxGlobStarDotGlob = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[^/]*$`) })
)

// unescapePattern removes the backslashes that quote characters in a
// pattern. jobsh patch (PATCHES.md, 33).
func unescapePattern(pat string) string {
	if !strings.Contains(pat, "\\") {
		return pat
	}
	sb := strings.Builder{}
	for i := 0; i < len(pat); i++ {
		if pat[i] == '\\' && i+1 < len(pat) {
			i++
		}
		sb.WriteByte(pat[i])
	}
	return sb.String()
}

// pathJoin2 is a simpler version of [filepath.Join] without cleaning the result,
// since that's needed for globbing.
func pathJoin2(elem1, elem2 string) string {
	if elem1 == "" {
		return elem2
	}
	if strings.HasSuffix(elem1, string(filepath.Separator)) {
		return elem1 + elem2
	}
	return elem1 + string(filepath.Separator) + elem2
}

// pathSplit splits a file path into its elements, retaining empty ones. Before
// splitting, slashes are replaced with [filepath.Separator], so that splitting
// Unix paths on Windows works as well.
func pathSplit(path string) []string {
	path = filepath.FromSlash(path)
	return strings.Split(path, string(filepath.Separator))
}

// dotsAllowed says whether names that begin with "." may match pattern pat
// without dotglob, as bash's skipname and extglob_skipname decide: pat
// must begin with a ".", or under extglob with a group not negated, one
// of whose alternatives does (@(.a|b), +(.)b; not !(x), @(*a|b)), or
// for ?( and *(, which may match nothing, what follows does.
func dotsAllowed(pat string, extglob bool) bool {
	if strings.HasPrefix(pat, ".") || strings.HasPrefix(pat, `\.`) {
		return true
	}
	if !extglob || len(pat) < 2 || pat[1] != '(' || strings.IndexByte("?*+@", pat[0]) < 0 {
		return false
	}
	depth, start := 0, 2
	for i := 2; i < len(pat); i++ {
		switch pat[i] {
		case '\\':
			i++
		case '(':
			depth++
		case '|', ')':
			if depth > 0 {
				if pat[i] == ')' {
					depth--
				}
				continue
			}
			if dotsAllowed(pat[start:i], extglob) {
				return true
			}
			if pat[i] == ')' {
				// ?( and *( may match nothing: then the rest decides.
				return strings.IndexByte("?*", pat[0]) >= 0 && dotsAllowed(pat[i+1:], extglob)
			}
			start = i + 1
		}
	}
	return false
}

// patMode is the mode of the patterns of ${v#pat}, ${v/pat/rep} and
// ${v^pat}: the character classes of the locale, in a UTF-8 one Unicode's
// (jobsh patch, PATCHES.md, 87), and the extended operators only with
// extglob, as bash's FNMATCH_EXTFLAG (124): without it, ${x/@(a)/X} of
// "@(a)b" is "Xb".
func (cfg *Config) patMode() pattern.Mode {
	var mode pattern.Mode
	if cfg.ExtGlob {
		mode |= pattern.ExtendedOperators
	}
	if !cfg.ByteLocale {
		mode |= pattern.UnicodeClasses
	}
	return mode
}

// metaMode is the mode for [pattern.HasMeta]: with extglob, the extended
// operators make a pattern (jobsh patch, PATCHES.md, 86).
func (cfg *Config) metaMode() pattern.Mode {
	if cfg.ExtGlob {
		return pattern.ExtendedOperators
	}
	return 0
}

func (cfg *Config) glob(base, pat string) ([]string, error) {
	parts := pathSplit(pat)
	matches := []string{""}
	if filepath.IsAbs(pat) {
		if parts[0] == "" {
			// unix-like
			matches[0] = string(filepath.Separator)
		} else {
			// windows (for some reason it won't work without the
			// trailing separator)
			matches[0] = parts[0] + string(filepath.Separator)
		}
		parts = parts[1:]
	}
	// TODO: as an optimization, we could do chunks of the path all at once,
	// like doing a single stat for "/foo/bar" in "/foo/bar/*".

	// TODO: Another optimization would be to reduce the number of ReadDir2 calls.
	// For example, /foo/* can end up doing one duplicate call:
	//
	//    ReadDir2("/foo") to ensure that "/foo/" exists and only matches a directory
	//    ReadDir2("/foo") glob "*"

	for i, part := range parts {
		// Keep around for debugging.
		// log.Printf("matches %q part %d %q", matches, i, part)

		wantDir := i < len(parts)-1
		switch {
		case part == "", part == ".", part == "..":
			for i, dir := range matches {
				matches[i] = pathJoin2(dir, part)
			}
			continue
		case !pattern.HasMeta(part, cfg.metaMode()):
			// jobsh patch (PATCHES.md, 33): a part without
			// metacharacters names a file; its quoting goes.
			part = unescapePattern(part)
			var newMatches []string
			for _, dir := range matches {
				match := dir
				if !filepath.IsAbs(match) {
					match = filepath.Join(base, match)
				}
				match = pathJoin2(match, part)
				// We can't use [Config.ReadDir2] on the parent and match the directory
				// entry by name, because short paths on Windows break that.
				// Our only option is to [Config.ReadDir2] on the directory entry itself,
				// which can be wasteful if we only want to see if it exists,
				// but at least it's correct in all scenarios.
				if _, err := cfg.ReadDir2(match); err != nil {
					if errors.Is(err, syscall.ENOTDIR) {
						// Reading a regular file as a directory.
						// Note that on Windows this error also satisfies
						// [fs.ErrNotExist], so it must be checked first;
						// see https://github.com/golang/go/issues/46734.
					} else if errors.Is(err, fs.ErrNotExist) {
						continue // simply doesn't exist
					}
					if wantDir {
						continue // exists but not a directory
					}
				}
				newMatches = append(newMatches, pathJoin2(dir, part))
			}
			matches = newMatches
			continue
		case part == "**" && cfg.GlobStar:
			// Find all recursive matches for "**".
			// Note that we need the results to be in depth-first order,
			// and to avoid recursion, we use a slice as a stack.
			// Since we pop from the back, we populate the stack backwards.
			stack := make([]string, 0, len(matches))
			for _, match := range slices.Backward(matches) {
				// "a/**" should match "a/ a/b a/b/cfg ...";
				// note how the zero-match case there has a trailing separator.
				stack = append(stack, pathJoin2(match, ""))
			}
			matches = matches[:0]
			var newMatches []string // to reuse its capacity
			for len(stack) > 0 {
				dir := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				matches = append(matches, dir)

				// If dir is not a directory, we keep the stack as-is and continue.
				newMatches = newMatches[:0]
				rx := rxGlobStar().MatchString
				if cfg.DotGlob {
					rx = rxGlobStarDotGlob().MatchString
				}
				newMatches, _ = cfg.globDir(base, dir, rx, wantDir, newMatches)
				for _, match := range slices.Backward(newMatches) {
					stack = append(stack, match)
				}
			}
			continue
		}
		mode := pattern.Filenames | pattern.EntireString | pattern.NoGlobStar | cfg.patMode()
		if cfg.NoCaseGlob {
			mode |= pattern.NoGlobCase
		}
		if cfg.DotGlob {
			mode |= pattern.GlobLeadingDot
		}
		if cfg.ExtGlob {
			mode |= pattern.ExtendedOperators
		}
		if cfg.ByteLocale {
			part = pattern.ByteRunes(part) // patch 92: bytes are characters
		}
		matcher, err := internal.ExtendedPatternMatcher(part, mode)
		if err != nil {
			return nil, err
		}
		if cfg.ByteLocale {
			byteMatcher := matcher
			matcher = func(name string) bool { return byteMatcher(pattern.ByteRunes(name)) }
		}
		if !cfg.DotGlob && !dotsAllowed(part, cfg.ExtGlob) {
			// jobsh patch (PATCHES.md, 46, 120): a hidden file is a
			// match only for a pattern that begins with a "." (bash's
			// skipname): *.c, ?b and [.]b have none.
			visible := matcher
			matcher = func(name string) bool { return !strings.HasPrefix(name, ".") && visible(name) }
		}
		var newMatches []string
		for _, dir := range matches {
			newMatches, err = cfg.globDir(base, dir, matcher, wantDir, newMatches)
			if err != nil {
				return nil, err
			}
		}
		matches = newMatches
	}
	// Note that the results need to be sorted.
	// TODO: above we do a BFS; if we did a DFS, the matches would already be sorted.
	slices.Sort(matches)
	// Remove any empty matches left behind from "**".
	if len(matches) > 0 && matches[0] == "" {
		matches = matches[1:]
	}
	return matches, nil
}

func (cfg *Config) globDir(base, dir string, matcher func(string) bool, wantDir bool, matches []string) ([]string, error) {
	fullDir := dir
	if !filepath.IsAbs(dir) {
		fullDir = filepath.Join(base, dir)
	}
	infos, err := cfg.ReadDir2(fullDir)
	if err != nil {
		// We still want to return matches, for the sake of reusing slices.
		return matches, err
	}
	for _, info := range infos {
		name := info.Name()
		if !wantDir {
			// No filtering.
		} else if mode := info.Type(); mode&os.ModeSymlink != 0 {
			// We need to know if the symlink points to a directory.
			// This requires an extra syscall, as [Config.ReadDir] on the parent directory
			// does not follow symlinks for each of the directory entries.
			// ReadDir is somewhat wasteful here, as we only want its error result,
			// but we could try to reuse its result as per the TODO in [Config.glob].
			if _, err := cfg.ReadDir2(filepath.Join(fullDir, info.Name())); err != nil {
				continue
			}
		} else if !mode.IsDir() {
			// Not a symlink nor a directory.
			continue
		}
		if matcher(name) {
			matches = append(matches, pathJoin2(dir, name))
		}
	}
	return matches, nil
}

// ReadFields splits and returns n fields from s, like the "read" shell builtin.
// If raw is set, backslash escape sequences are not interpreted.
//
// The config specifies shell expansion options; nil behaves the same as an
// empty config.
func ReadFields(cfg *Config, s string, n int, raw bool) []string {
	// jobsh patch (PATCHES.md, 9): split as bash's read does. A run of
	// IFS whitespace is one delimiter; each other IFS character ends a
	// field, even an empty one ("a,,b" is three fields with IFS=,). The
	// last of n fields takes the rest of the line, less trailing IFS
	// whitespace, and less one trailing delimiter if the rest is a
	// single field ("b," gives "b", "b,," stays "b,,").
	cfg = prepareConfig(cfg)
	var runes []rune
	var literal []bool // escaped with a backslash: never a delimiter
	esc := false
	for _, r := range s {
		if r == '\\' && !raw && !esc {
			esc = true
			continue
		}
		runes = append(runes, r)
		literal = append(literal, esc)
		esc = false
	}
	ifs := func(i int) bool { return !literal[i] && cfg.ifsRune(runes[i]) }
	white := func(i int) bool { return !literal[i] && cfg.ifsWhitespace(runes[i]) }
	skipWhite := func(i int) int {
		for i < len(runes) && white(i) {
			i++
		}
		return i
	}
	// delimiter consumes one delimiter at i: whitespace, at most one
	// other IFS character, whitespace.
	delimiter := func(i int) int {
		i = skipWhite(i)
		if i < len(runes) && ifs(i) && !white(i) {
			i = skipWhite(i + 1)
		}
		return i
	}
	var fields []string
	i := skipWhite(0)
	for i < len(runes) && (n < 0 || len(fields) < n-1) {
		start := i
		for i < len(runes) && !ifs(i) {
			i++
		}
		fields = append(fields, string(runes[start:i]))
		i = delimiter(i)
	}
	if n >= 0 && i < len(runes) {
		end := len(runes)
		for end > i && white(end-1) {
			end--
		}
		rest := i
		for rest < end && !ifs(rest) {
			rest++
		}
		if rest < end && delimiter(rest) >= end {
			end = rest
		}
		fields = append(fields, string(runes[i:end]))
	}
	return fields
}

// bashQuote quotes s as bash's printf %q does, so that the shell reads it
// back as s: two single quotes for the empty string, $'...' when s holds control
// characters, and otherwise a backslash before each character the shell
// would treat specially (jobsh patch, PATCHES.md, 7).
func bashQuote(s string) string {
	if s == "" {
		return "''"
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			var sb strings.Builder
			sb.WriteString("$'")
			for _, r := range s {
				switch r {
				case '\n':
					sb.WriteString(`\n`)
				case '\t':
					sb.WriteString(`\t`)
				case '\r':
					sb.WriteString(`\r`)
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
	}
	var sb strings.Builder
	for i, r := range s {
		switch r {
		case ' ', '\'', '"', '\\', '|', '&', ';', '(', ')', '<', '>', '!', '{', '}',
			'*', '[', ']', '?', '^', '$', '`', ',':
			sb.WriteByte('\\')
		case '#', '~':
			if i == 0 {
				sb.WriteByte('\\')
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
