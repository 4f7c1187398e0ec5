package readline

// jobsh patch (PATCHES.md, 10): the list of completion candidates as
// bash's readline prints it (display_matches, rl_display_match_list):
// under the line, sorted, in columns filled top to bottom, as many as fit
// the terminal's width; then the prompt and the line are drawn again
// below it, the cursor where it was in the line. The list is output like
// any other: it scrolls away, and no key acts on it, except that a long
// one waits for keys at bash's question and at --More-- (patch 11).

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// completionQueryItems is bash's completion-query-items: from this many
// candidates on, the list waits for a yes first (jobsh patch, PATCHES.md,
// 11).
const completionQueryItems = 100

// listing is a list that waits for a key: at bash's question, or at
// --More-- (jobsh patch, PATCHES.md, 11).
type listing struct {
	names  []string
	rows   []string // laid out when the first is printed, at the width then
	next   int      // the first row not printed yet
	lines  int      // rows printed since the last --More-- (bash's lines)
	asking bool     // at the question, not at --More--
}

// prompt is the text the listing waits after.
func (p *listing) prompt() string {
	if p.asking {
		return fmt.Sprintf("Display all %d possibilities? (y or n)", len(p.names))
	}
	return "--More--"
}

// list prints the candidates under the line, then the prompt and the
// line again. offset is how many runes before the cursor the candidates
// complete. Past completionQueryItems it asks first, and a list taller
// than the screen stops at each screenful: the ioloop passes the keys
// that answer to ListKey.
func (o *opCompleter) list(candidates [][]rune, offset int) {
	buf := o.op.buf
	if offset < 0 {
		offset = 0
	} else if offset > buf.Pos() {
		offset = buf.Pos()
	}
	typed := string(buf.RuneSlice(-offset))
	namer, _ := o.op.cfg.AutoComplete.(ListNamer)
	p := &listing{names: listNames(typed, candidates, namer)}

	buf.Lock()
	defer buf.Unlock()
	o.w.Write([]byte(buf.belowLine()))
	if len(p.names) >= completionQueryItems {
		p.asking = true
		o.pending = p
		o.w.Write([]byte(p.prompt()))
		return
	}
	o.printRows(p)
}

// printRows goes on printing p's rows, up to the end, where it draws the
// prompt and the line again, or to --More-- once a screenful less one row
// is printed and rows remain (bash's _rl_internal_pager). The buffer is
// locked.
func (o *opCompleter) printRows(p *listing) {
	if p.rows == nil {
		p.rows = listRows(p.names, o.op.buf.width) // a resize at the question counts
	}
	height := GetScreenHeight()
	var out strings.Builder
	for p.next < len(p.rows) {
		out.WriteString(p.rows[p.next] + "\n")
		p.next++
		p.lines++
		if height > 0 && p.lines >= height-1 && p.next < len(p.rows) {
			o.pending = p
			out.WriteString(p.prompt())
			o.w.Write([]byte(out.String()))
			return
		}
	}
	o.pending = nil
	o.w.Write([]byte(out.String()))
	o.op.buf.printWhole()
}

// InList says whether a list waits for a key.
func (o *opCompleter) InList() bool {
	o.op.buf.Lock()
	defer o.op.buf.Unlock()
	return o.pending != nil
}

// ListKey handles a key while a list waits, as bash's get_y_or_n: at the
// question y, Y or space lists, n, N or Delete goes back to the line; at
// --More-- space, y or Y shows the next screenful, Enter one more row, q,
// Q, n, N or Delete stops, the prompt and the line drawn again where
// --More-- was; Ctrl-G is no at both (bash aborts and garbles the
// screen). Another key rings the bell and the list waits on. It says
// false for a key the line must still see: Ctrl-C (see LeaveListWith),
// and a paste or the end of input, which leave the list first.
func (o *opCompleter) ListKey(r rune) bool {
	buf := o.op.buf
	buf.Lock()
	defer buf.Unlock()
	p := o.pending
	if r == CharInterrupt {
		return false
	}
	done := r == charPaste || r == 0
	switch {
	case p.asking && (r == 'y' || r == 'Y' || r == ' '):
		p.asking = false
		o.w.Write([]byte("\n"))
		o.printRows(p)
	case !p.asking && (r == 'y' || r == 'Y' || r == ' '):
		p.lines = 0
		o.w.Write([]byte("\r\033[K"))
		o.printRows(p)
	case !p.asking && (r == CharEnter || r == CharCtrlJ):
		p.lines--
		o.w.Write([]byte("\r\033[K"))
		o.printRows(p)
	case r == 'n' || r == 'N' || r == CharBackspace || r == CharBell || done,
		!p.asking && (r == 'q' || r == 'Q'):
		o.pending = nil
		if p.asking {
			o.w.Write([]byte("\n"))
		} else {
			o.w.Write([]byte("\r\033[K"))
		}
		buf.printWhole()
	default:
		o.w.Write([]byte{CharBell})
	}
	return !done
}

// LeaveListWith leaves a waiting list for Ctrl-C: hint ends the row of the
// question or --More--, as bash's ^C does, and the line is not drawn
// again. It says false if no list waited.
func (o *opCompleter) LeaveListWith(hint string) bool {
	o.op.buf.Lock()
	defer o.op.buf.Unlock()
	if o.pending == nil {
		return false
	}
	o.pending = nil
	o.w.Write([]byte(hint))
	return true
}

// writeAboveList shows output (set -b's notices, say) while a list
// waits: on the row of the question or --More--, which is written again
// below it. It says false, having written nothing, if no list waits.
func (o *opCompleter) writeAboveList(w io.Writer, b []byte) (ok bool, n int, err error) {
	o.op.buf.Lock()
	defer o.op.buf.Unlock()
	p := o.pending
	if p == nil {
		return false, 0, nil
	}
	o.w.Write([]byte("\r\033[K"))
	n, err = w.Write(b)
	if len(b) > 0 && b[len(b)-1] != '\n' {
		o.w.Write([]byte("\n"))
	}
	o.w.Write([]byte(p.prompt()))
	return true, n, err
}

// screenWidth is the width the line is laid out at.
func (r *RuneBuffer) screenWidth() int {
	r.Lock()
	defer r.Unlock()
	return r.width
}

// belowLine moves from the cursor to the start of the row under the
// line's last one (bash: _rl_move_vert(_rl_vis_botlin), rl_crlf). The
// terminal is raw but for output, where it turns a newline into CR LF,
// as bash has it too. The buffer is locked.
func (r *RuneBuffer) belowLine() string {
	l := r.layoutAt(r.idx)
	return strings.Repeat("\n", l.endRow-l.curRow+1)
}

// listNames is what the list shows of each candidate: as bash's
// printable_part, the part after the last slash that does not end it
// (a file's name without its directory, a directory's with its mark),
// sorted as bash sorts matches, which have no mark. namer, if not nil,
// turns the words into names first.
func listNames(typed string, candidates [][]rune, namer ListNamer) []string {
	full := make([]string, len(candidates))
	for i, c := range candidates {
		full[i] = typed + string(c)
		if namer != nil {
			full[i] = namer.ListName(full[i])
		}
	}
	sort.SliceStable(full, func(i, j int) bool {
		return strings.TrimSuffix(full[i], "/") < strings.TrimSuffix(full[j], "/")
	})
	names := make([]string, len(full))
	for i, f := range full {
		names[i] = printablePart(f)
	}
	return names
}

func printablePart(path string) string {
	trimmed := strings.TrimSuffix(path, "/")
	if trimmed == "" {
		return path
	}
	return path[strings.LastIndexByte(trimmed, '/')+1:]
}

// listRows lays the names out as rl_display_match_list does for a
// terminal cols wide: columns as wide as the widest name (its directory
// mark not counted, as bash marks after measuring) and two spaces, name i
// in row i mod rows; every name but a row's last column is padded to the
// column's width, or followed by one space if it is as wide.
func listRows(names []string, cols int) []string {
	widest := 0
	for _, n := range names {
		if w := runes.WidthAll([]rune(strings.TrimSuffix(n, "/"))); w > widest {
			widest = w
		}
	}
	colWidth := widest + 2
	perRow := cols / colWidth
	if perRow != 1 && perRow*colWidth == cols {
		perRow--
	}
	if perRow < 1 {
		perRow = 1
	}
	count := (len(names) + perRow - 1) / perRow
	rows := make([]string, count)
	for i := range rows {
		var b strings.Builder
		for j := 0; j < perRow; j++ {
			l := i + j*count
			if l >= len(names) {
				break
			}
			b.WriteString(names[l])
			if j+1 < perRow {
				pad := colWidth - runes.WidthAll([]rune(names[l]))
				if pad < 1 {
					pad = 1
				}
				b.WriteString(strings.Repeat(" ", pad))
			}
		}
		rows[i] = b.String()
	}
	return rows
}
