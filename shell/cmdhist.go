package shell

import (
	"strings"

	"jobsh/parser"
)

// historyText is what the history keeps of a command typed on several
// lines. With bash's defaults (shopt cmdhist on, lithist off) the lines
// are joined into one, as bash's history_delimiting_chars joins them:
// with "; " where the line before ended a command, with a space after a
// word that wants more (do, then, {, |, &&, in...), with a newline inside
// quotes, a here-document or after a comment, so that the entry runs as
// the lines did; a backslash-newline goes. lithist keeps the newlines;
// without cmdhist each line would be an entry of its own, which jobsh
// does not do (the command is one entry either way).
func (sh *Shell) historyText(src string) string {
	src = strings.TrimSuffix(src, "\n")
	if !sh.opts[optCmdHist] || sh.opts[optLitHist] || !strings.Contains(src, "\n") {
		return src
	}
	lines := strings.Split(src, "\n")
	var b strings.Builder
	b.WriteString(lines[0])
	inDoc := false
	for i := 1; i < len(lines); i++ {
		sofar := b.String()
		if continued(sofar) {
			b.Reset()
			b.WriteString(sofar[:len(sofar)-1]) // the backslash-newline goes
		} else {
			var d string
			d, inDoc = historyDelimiter(sofar, lines[i-1], lines[i])
			b.WriteString(d)
		}
		b.WriteString(lines[i])
	}
	if inDoc {
		// The line that ended a here-document keeps its newline, as
		// in bash's entry.
		b.WriteString("\n")
	}
	return b.String()
}

// continued says whether s ends with a backslash that escapes the newline.
func continued(s string) bool {
	n := len(s) - len(strings.TrimRight(s, `\`))
	return n%2 == 1
}

// noSemiAfter are the tokens after which the next line continues the
// command without a ";" (bash's no_semi_successors).
var noSemiAfter = map[string]bool{
	"{": true, "(": true, ";": true, "&": true, "|": true, "&&": true, "||": true,
	";;": true, ";&": true, ";;&": true, "|&": true,
	"case": true, "do": true, "else": true, "if": true, "then": true, "until": true,
	"while": true, "in": true, "elif": true, "!": true,
}

// historyDelimiter is what joins line cur to the text so far, whose last
// line is prev, and whether a here-document is being read there.
func historyDelimiter(sofar, prev, cur string) (delim string, inDoc bool) {
	if strings.Contains(prev, "<<") {
		return "\n", true
	}
	if _, err := parser.Parse(sofar, ""); err != nil {
		msg := err.Error()
		if strings.Contains(msg, "here-document") {
			return "\n", true
		}
		if strings.Contains(msg, "without closing quote") {
			return "\n", false
		}
		if parser.ArrayEOF(err, sofar) {
			return " ", false // x=(1 on to its )
		}
	}
	return joinAfter(prev, cur), false
}

// joinAfter is historyDelimiter for a line that ends no quote or
// here-document: it looks at prev's last token.
func joinAfter(prev, cur string) string {
	if hasComment(prev) {
		return "\n"
	}
	trimmed := strings.TrimSpace(prev)
	if trimmed == "" {
		return " "
	}
	if strings.TrimSpace(cur) == "" {
		return "; "
	}
	last := lastToken(trimmed)
	switch {
	case noSemiAfter[last]:
		return " "
	case last == ")":
		// After "()", a function's name: no ";". After a case pattern
		// ("x)"), none either; after a ( ) subshell, one.
		if strings.HasSuffix(strings.ReplaceAll(trimmed, " ", ""), "()") || !strings.Contains(trimmed, "(") {
			return " "
		}
		return "; "
	}
	return "; "
}

// lastToken is the last operator or word of a line.
func lastToken(line string) string {
	for _, op := range []string{";;&", ";;", ";&", "&&", "||", "|&", "|", "&", ";", "{", "(", ")"} {
		if strings.HasSuffix(line, op) {
			if op == "(" && strings.HasSuffix(line, "$(") {
				return "$("
			}
			return op
		}
	}
	f := strings.Fields(line)
	return f[len(f)-1]
}

// hasComment says whether a line holds a comment: a # that starts a
// word, outside quotes.
func hasComment(line string) bool {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' {
				i++
			}
		case c == '\\':
			i++
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == ';'):
			return true
		}
	}
	return false
}
