package shell

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// builtinFc is bash's fc over the history list: -l lists entries, -s
// runs one again (after OLD=NEW), and without either the entries go to
// an editor ($FCEDIT, else $EDITOR, else vi; -e names it) and what is
// saved runs. The fc line itself is the last entry, which the ranges
// leave out, and which the command run takes the place of, as in bash.
func builtinFc(sh *Shell, args []string) (int, error) {
	var editor string
	var list, noNumbers, reverse, again bool
	for len(args) > 0 && len(args[0]) > 1 && args[0][0] == '-' && !isNumber(args[0]) {
		a := args[0]
		args = args[1:]
		if a == "--" {
			break
		}
		for i := 1; i < len(a); i++ {
			switch a[i] {
			case 'l':
				list = true
			case 'n':
				noNumbers = true
			case 'r':
				reverse = true
			case 's':
				again = true
			case 'e':
				switch {
				case i+1 < len(a):
					editor = a[i+1:]
				case len(args) > 0:
					editor, args = args[0], args[1:]
				default:
					sh.errorf("fc: -e: option requires an argument")
					return sh.usage("fc", "-e")
				}
				i = len(a)
			default:
				return sh.usage("fc", "-"+string(a[i]))
			}
		}
	}
	if editor == "-" {
		again = true
	}
	if sh.hist == nil || len(sh.hist.entries) == 0 {
		sh.errorf("fc: no command found")
		return 1, nil
	}
	switch {
	case again:
		return sh.fcAgain(args)
	case list:
		return sh.fcList(args, noNumbers, reverse)
	}
	return sh.fcEdit(editor, args, reverse)
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// fcEntry finds the history entry spec names (a number, -N back from the
// fc line, or the latest beginning with spec) and gives its number. A
// number out of the list is bash's: 0 is the entry before the fc line,
// one too far back the first, one past the end the first too for FIRST
// (isFirst) and the entry before the fc line for LAST.
func (sh *Shell) fcEntry(spec string, isFirst bool) (int, bool) {
	cur := len(sh.hist.entries) // the fc line itself
	if cur < 2 {
		return 0, false
	}
	if n, err := strconv.Atoi(spec); err == nil {
		switch {
		case n == 0:
			return cur - 1, true
		case n < 0:
			return max(1, n+cur), true
		case n >= cur && isFirst:
			return 1, true
		}
		return min(n, cur-1), true
	}
	for i := cur - 2; i >= 0; i-- {
		if strings.HasPrefix(sh.hist.entries[i].line, spec) {
			return i + 1, true
		}
	}
	return 0, false
}

// fcRange is the entries FIRST and LAST name, first and last given by
// default as offsets; ok is false, reported, when one cannot be found.
func (sh *Shell) fcRange(args []string, first, last string, lastIsFirst bool) (int, int, bool) {
	if len(args) > 0 {
		first, last = args[0], "-1"
		if lastIsFirst {
			last = first // fc N edits N alone; fc -l N lists from N on
		}
		if len(args) > 1 {
			last = args[1]
		}
	}
	a, ok1 := sh.fcEntry(first, true)
	b, ok2 := sh.fcEntry(last, false)
	if !ok1 || !ok2 {
		sh.errorf("fc: no command found")
		return 0, 0, false
	}
	return a, b, true
}

func (sh *Shell) fcList(args []string, noNumbers, reverse bool) (int, error) {
	first, last, ok := sh.fcRange(args, "-16", "-1", false)
	if !ok {
		return 1, nil
	}
	var b strings.Builder
	for _, n := range fcNumbers(first, last, reverse) {
		if !noNumbers {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteString("\t " + sh.hist.entries[n-1].line + "\n")
	}
	return sh.write("fc", b.String())
}

// fcAgain is fc -s [OLD=NEW] [COMMAND]: the command, changed, is written
// out, takes the fc line's place in the history, and runs.
func (sh *Shell) fcAgain(args []string) (int, error) {
	old, repl, subst := "", "", false
	if len(args) > 0 {
		if o, r, ok := strings.Cut(args[0], "="); ok {
			old, repl, subst = o, r, true
			args = args[1:]
		}
	}
	spec := "-1"
	if len(args) > 0 {
		spec = args[0]
	}
	n, ok := sh.fcEntry(spec, true)
	if !ok {
		sh.errorf("fc: no command found")
		return 1, nil
	}
	cmd := sh.hist.entries[n-1].line
	if subst && old != "" {
		cmd = strings.Replace(cmd, old, repl, 1)
	}
	return sh.fcRun(cmd)
}

// fcRun writes cmd out, puts it in the fc line's place and runs it.
func (sh *Shell) fcRun(cmd string) (int, error) {
	fmt.Fprintln(sh.stderr(), cmd)
	sh.hist.entries[len(sh.hist.entries)-1].line = cmd
	return sh.runSource(cmd, "")
}

// fcEdit gives the entries to an editor and runs what it saved.
func (sh *Shell) fcEdit(editor string, args []string, reverse bool) (int, error) {
	first, last, ok := sh.fcRange(args, "-1", "-1", true)
	if !ok {
		return 1, nil
	}
	if editor == "" {
		editor = sh.editorFrom("FCEDIT", "EDITOR")
	}
	var text strings.Builder
	for _, n := range fcNumbers(first, last, reverse) {
		fmt.Fprintln(&text, sh.hist.entries[n-1].line)
	}
	edited, status, err := sh.inEditor(editor, text.String())
	if err != nil || status != 0 {
		return status, err
	}
	return sh.fcRun(edited)
}

// fcNumbers are the history numbers from first to last, either way
// round, in the order fc takes them (the other way with -r).
func fcNumbers(first, last int, reverse bool) []int {
	if first > last {
		first, last, reverse = last, first, !reverse
	}
	ns := make([]int, 0, last-first+1)
	for k := 0; k <= last-first; k++ {
		if reverse {
			ns = append(ns, last-k)
		} else {
			ns = append(ns, first+k)
		}
	}
	return ns
}

// editorFrom is the first of the variables named that is set and not
// empty, else vi.
func (sh *Shell) editorFrom(names ...string) string {
	for _, name := range names {
		if e := sh.Get(name).String(); e != "" {
			return e
		}
	}
	return "vi"
}

// inEditor runs editor (a command line, as fc -e takes it) on a file
// holding text, and returns what it saved, without its last newlines.
func (sh *Shell) inEditor(editor, text string) (string, int, error) {
	f, err := os.CreateTemp("", "jobsh-fc-*.sh")
	if err != nil {
		sh.errorf("fc: %s", errnoText(err))
		return "", 1, nil
	}
	defer os.Remove(f.Name())
	f.WriteString(text)
	f.Close()
	if status, err := sh.runSource(editor+" "+quote(f.Name()), ""); err != nil || status != 0 {
		return "", status, err
	}
	data, err := os.ReadFile(f.Name())
	if err != nil {
		sh.errorf("fc: %s", errnoText(err))
		return "", 1, nil
	}
	return strings.TrimRight(string(data), "\n"), 0, nil
}

// editCommand is bash's edit-and-execute-command (Ctrl-X Ctrl-E): the text
// being typed goes to $VISUAL, else $EDITOR, else vi, and what the
// editor saved is shown, as fc -e shows it, for the REPL to put in the
// history after the line as typed and run as a line typed. (bash's last
// resort is emacs, which few systems have.) False if the editor failed.
func (sh *Shell) editCommand(text string) (string, bool) {
	editor := sh.editorFrom("VISUAL", "EDITOR")
	// The line as typed stays in the history too, as in bash.
	sh.addHistory(text)
	edited, status, err := sh.inEditor(editor, text+"\n")
	if err != nil || status != 0 {
		sh.status = status
		return "", false
	}
	fmt.Fprintln(sh.stderr(), edited)
	return edited, true
}
