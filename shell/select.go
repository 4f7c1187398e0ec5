package shell

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"jobsh/jobs"

	"mvdan.cc/sh/v3/syntax"
)

// selectLoop runs select NAME in WORDS; do LIST; done as bash does: the
// menu and the PS3 prompt go to standard error, each answer is read into
// REPLY as read without -r would, and NAME gets the word chosen (empty for
// an answer that is not a number of the menu). An empty answer shows the
// menu again; end of input ends the loop with status 1 after a newline on
// standard output. As in bash (KSH_COMPATIBLE_SELECT), the menu is shown
// again after the body only when REPLY is empty.
func (sh *Shell) selectLoop(cmd *syntax.ForClause, loop *syntax.WordIter) error {
	sh.traceSelect(loop)
	items := sh.params
	if loop.InPos.IsValid() {
		var err error
		if items, err = sh.fields(loop.Items...); err != nil {
			return sh.expandFailed(err)
		}
	}
	if len(items) == 0 {
		sh.status = 0
		return nil
	}
	showMenu := true
	for {
		choice, ok := sh.selectQuery(items, showMenu)
		if !ok {
			fmt.Fprintln(sh.stdout())
			sh.status = 1
			return nil
		}
		if !sh.setVar(loop.Name.Value, choice, false) {
			sh.status = 1
			return nil
		}
		if stop, err := sh.loopBody(cmd.Do); stop {
			return err
		}
		showMenu = sh.Get("REPLY").String() == ""
	}
}

// traceSelect traces the loop's header once, as written, as bash does.
func (sh *Shell) traceSelect(loop *syntax.WordIter) {
	if sh.opts[optXTrace] {
		sh.xtrace(forHeader("select", loop))
	}
}

// selectQuery shows the menu (when asked) and the prompt until an answer
// that is not empty is read; ok is false at end of input.
func (sh *Shell) selectQuery(items []string, showMenu bool) (choice string, ok bool) {
	in := sh.fd(0)
	for {
		if showMenu {
			printSelectMenu(sh.stderr(), items, sh.selectColumns(), sh.displayLen)
		}
		prompt := "#? "
		if v := sh.Get("PS3"); v.IsSet() {
			prompt = v.String()
		}
		fmt.Fprint(sh.stderr(), prompt)
		if in == nil {
			return "", false
		}
		var interrupted func() bool
		if jobs.IsTerminal(int(in.Fd())) {
			interrupted = sh.readInterrupted
		}
		line, status := readLine(in, '\n', -1, false, time.Time{}, interrupted, false)
		if status != 0 {
			return "", false
		}
		reply := unbackslash(line)
		if !sh.setVar("REPLY", reply, false) {
			return "", false
		}
		if reply == "" {
			showMenu = true
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(reply), 10, 64)
		if err != nil || n < 1 || n > int64(len(items)) {
			return "", true
		}
		return items[n-1], true
	}
}

// unbackslash removes the backslashes readLine keeps before each
// character it read quoted.
func unbackslash(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// selectColumns is the width the menu is laid out in: COLUMNS when it is
// a positive number, else 80, as bash without a window size.
func (sh *Shell) selectColumns() int {
	if n, err := strconv.Atoi(sh.Get("COLUMNS").String()); err == nil && n > 0 {
		return n
	}
	return 80
}

// displayLen is how many columns s takes: its bytes in the C locale, its
// characters in a UTF-8 one.
func (sh *Shell) displayLen(s string) int {
	if sh.utf8Locale() {
		return utf8.RuneCountInString(s)
	}
	return len(s)
}

// printSelectMenu lays the items out as bash's print_select_list does:
// numbered "N) item", in columns filled top to bottom, each column as wide
// as the widest entry plus two, padded with tabs where a tab stop fits.
func printSelectMenu(w io.Writer, items []string, columns int, width func(string) int) {
	indexLen := len(strconv.Itoa(len(items)))
	maxLen := 0
	for _, it := range items {
		maxLen = max(maxLen, width(it))
	}
	maxLen += indexLen + 2 + 2
	cols := max(columns/maxLen, 1)
	rows := (len(items) + cols - 1) / cols
	cols = (len(items) + rows - 1) / rows
	if rows == 1 {
		rows, cols = cols, 1
	}
	firstIndexLen := len(strconv.Itoa(rows))
	var b strings.Builder
	for row := 0; row < rows; row++ {
		pos := 0
		for ind := row; ; {
			il := indexLen
			if pos == 0 {
				il = firstIndexLen
			}
			fmt.Fprintf(&b, "%*d) %s", il, ind+1, items[ind])
			elemLen := width(items[ind]) + il + 2
			ind += rows
			if ind >= len(items) {
				break
			}
			selectIndent(&b, pos+elemLen, pos+maxLen)
			pos += maxLen
		}
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}

// selectIndent pads from column from to column to with tabs (8 wide)
// where they fit and spaces after, as bash's indent.
func selectIndent(b *strings.Builder, from, to int) {
	for from < to {
		if to/8 > from/8 {
			b.WriteByte('\t')
			from += 8 - from%8
		} else {
			b.WriteByte(' ')
			from++
		}
	}
}
