package shell

import (
	"fmt"
	"sort"
	"strings"
)

// helpWidth is the width help fills its text to, as bash's pages are.
const helpWidth = 80

// helpTopics finds a page by name; helpPages is sorted by name.
var helpTopics = map[string]*helpPage{}

func init() {
	sort.Slice(helpPages, func(i, j int) bool { return helpPages[i].name < helpPages[j].name })
	for _, p := range helpPages {
		helpTopics[p.name] = p
	}
	// The option lists come from the tables the shell runs on, so that
	// help set names every option set -o knows.
	for o := Option(0); o < numOptions; o++ {
		switch optionTable[o].kind {
		case setOpt:
			term := "-o " + optionTable[o].name
			if c := optionTable[o].letter; c != 0 {
				term = "-" + string(c) + ", " + term
			}
			helpTopics["set"].options = append(helpTopics["set"].options, helpItem{term, optionHelp[o]})
		case shoptOpt:
			helpTopics["shopt"].names = append(helpTopics["shopt"].names, helpItem{optionTable[o].name, optionHelp[o]})
		}
	}
	ulimit := helpTopics["ulimit"]
	for _, l := range limits {
		ulimit.options = append(ulimit.options, helpItem{"-" + string(l.letter), limitText(l.desc)})
	}
}

// setLetters are set's single-letter options, lower case first, as
// bash's synopsis lists them.
func setLetters() string {
	var lower, upper []byte
	for _, o := range optionTable {
		switch c := o.letter; {
		case c >= 'a' && c <= 'z':
			lower = append(lower, c)
		case c != 0:
			upper = append(upper, c)
		}
	}
	sort.Slice(lower, func(i, j int) bool { return lower[i] < lower[j] })
	sort.Slice(upper, func(i, j int) bool { return upper[i] < upper[j] })
	return string(lower) + string(upper)
}

// limitLetters are ulimit's resource letters.
func limitLetters() string {
	var b []byte
	for _, l := range limits {
		b = append(b, l.letter)
	}
	return string(b)
}

// limitText turns ulimit -a's "core file size          (blocks, -c)"
// into "core file size, in blocks".
func limitText(desc string) string {
	name, unit, _ := strings.Cut(desc, "(")
	name = strings.TrimSpace(name)
	unit, _, _ = strings.Cut(unit, "-")
	unit = strings.TrimSuffix(strings.TrimSpace(unit), ",")
	if unit == "" {
		return name
	}
	return name + ", in " + unit
}

// synopsis is a builtin's usage line, for its "usage:" messages.
func synopsis(name string) string {
	if p := helpTopics[name]; p != nil {
		return p.synopsis
	}
	return name
}

// isExample says whether a paragraph is an example, shown as it is.
func isExample(para string) bool {
	for _, line := range strings.Split(para, "\n") {
		if !strings.HasPrefix(line, "  ") {
			return false
		}
	}
	return true
}

// fill breaks text into lines of at most width columns, at spaces.
func fill(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

// paraLines is a paragraph filled to width, or an example as it is.
func paraLines(para string, width int) []string {
	if isExample(para) {
		return strings.Split(para, "\n")
	}
	return fill(para, width)
}

// itemLines lays out options in two columns: the term, then its text
// filled beside it (under it, for a term too long for the column).
func itemLines(items []helpItem, indent string, width int) []string {
	col := 0
	for _, it := range items {
		if len(it.term) <= maxTermColumn {
			col = max(col, len(it.term))
		}
	}
	col += 2
	pad := strings.Repeat(" ", col)
	var out []string
	for _, it := range items {
		text := fill(it.text, width-len(indent)-col)
		if len(it.term)+2 > col {
			out = append(out, indent+it.term)
		} else {
			out = append(out, indent+it.term+pad[len(it.term):]+text[0])
			text = text[1:]
		}
		for _, l := range text {
			out = append(out, indent+pad+l)
		}
	}
	return out
}

// maxTermColumn is the widest term that gets the text beside it.
const maxTermColumn = 18

// body is the page as help prints it under its "NAME: SYNOPSIS" line,
// before the four spaces of indentation every line gets.
func (p *helpPage) body(width int) []string {
	var out []string
	section := func(heading string, lines []string) {
		out = append(out, "")
		if heading != "" {
			out = append(out, heading)
		}
		out = append(out, lines...)
	}
	out = append(out, fill(p.short, width)...)
	for _, t := range p.text {
		section("", paraLines(t, width))
	}
	for i, t := range p.jobs {
		heading := ""
		if i == 0 {
			heading = jobsHeading
		}
		section(heading, paraLines(t, width))
	}
	if len(p.options) > 0 {
		section("Options:", itemLines(p.options, "  ", width))
	}
	if len(p.names) > 0 {
		section(namesHeading, itemLines(p.names, "  ", width))
	}
	if p.exit != "" {
		section("Exit Status:", fill(p.exit, width))
	}
	return out
}

// helpText is `help NAME`: bash's layout, "NAME: SYNOPSIS" and the page
// indented by four spaces (blank lines too).
func (p *helpPage) helpText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", p.name, p.synopsis)
	for _, l := range p.body(helpWidth - 4) {
		b.WriteString("    " + l + "\n")
	}
	return b.String()
}

// manText is `help -m NAME`: the page in the sections of a manual page,
// as bash lays it out.
func (p *helpPage) manText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "NAME\n    %s - %s\n\nSYNOPSIS\n    %s\n\nDESCRIPTION\n", p.name, p.short, p.synopsis)
	for _, l := range p.body(helpWidth - 4) {
		b.WriteString("    " + l + "\n")
	}
	fmt.Fprintf(&b, "\nSEE ALSO\n    jobsh(1)\n\nIMPLEMENTATION\n    %s\n\n", Version)
	return b.String()
}

// helpList is `help` alone: every topic with its line.
func helpList() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s. These shell commands are defined internally. Type `help' to see this list.\n", Version)
	b.WriteString("Type `help name' to find out more about the function `name'.\nUse `man jobsh' (or `man ./docs/jobsh.1') to find out more about the shell in general.\n\n")
	for _, p := range helpPages {
		fmt.Fprintf(&b, "%-12s %s\n", p.name, p.short)
	}
	return b.String()
}
