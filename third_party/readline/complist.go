package readline

// jobsh patch (PATCHES.md, 10): the list of completion candidates as
// bash's readline prints it (display_matches, rl_display_match_list):
// under the line, sorted, in columns filled top to bottom, as many as fit
// the terminal's width; then the prompt and the line are drawn again
// below it, the cursor where it was in the line. The list is output like
// any other: it scrolls away, and no key acts on it.

import (
	"sort"
	"strings"
)

// list prints the candidates under the line, then the prompt and the
// line again. offset is how many runes before the cursor the candidates
// complete.
func (o *opCompleter) list(candidates [][]rune, offset int) {
	buf := o.op.buf
	if offset < 0 {
		offset = 0
	} else if offset > buf.Pos() {
		offset = buf.Pos()
	}
	typed := string(buf.RuneSlice(-offset))
	rows := listRows(listNames(typed, candidates), o.width)

	buf.Lock()
	defer buf.Unlock()
	var out strings.Builder
	out.WriteString(buf.belowLine())
	for _, row := range rows {
		out.WriteString(row + "\n")
	}
	o.w.Write([]byte(out.String()))
	buf.print()
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
// sorted as bash sorts matches, which have no mark.
func listNames(typed string, candidates [][]rune) []string {
	full := make([]string, len(candidates))
	for i, c := range candidates {
		full[i] = typed + string(c)
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
