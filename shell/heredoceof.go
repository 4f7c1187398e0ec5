package shell

import (
	"fmt"
	"strings"

	"jobsh/parser"

	"mvdan.cc/sh/v3/syntax"
)

// heredocAtEOF is bash's warning for a here-document that the end of the
// input cut off; the command still runs, with the body read so far.
func (sh *Shell) heredocAtEOF(r *syntax.Redirect, stop string) {
	start := int(r.Pos().Line()) + sh.lineBase
	body := 0
	if r.Hdoc != nil {
		body = strings.Count(wordText(r.Hdoc), "\n")
	}
	// bash names the line where the input ended, but not at the prompt.
	prefix := "jobsh: "
	switch {
	case sh.mode.interactive():
	case sh.mode == ModeCommandString || sh.arg0 == "jobsh":
		prefix = fmt.Sprintf("jobsh: line %d: ", start+body)
	default:
		prefix = fmt.Sprintf("%s: line %d: ", sh.arg0, start+body)
	}
	fmt.Fprintf(sh.stderr(), "%swarning: here-document at line %d delimited by end-of-file (wanted `%s')\n", prefix, start, stop)
}

func (sh *Shell) parseAtEOF(src, name string) (*syntax.File, error) {
	return parser.ParseAtEOF(src, name, sh.heredocAtEOF)
}

// wordText is the source text of a word's literal parts.
func wordText(w *syntax.Word) string {
	var b strings.Builder
	for _, p := range w.Parts {
		if l, ok := p.(*syntax.Lit); ok {
			b.WriteString(l.Value)
		}
	}
	return b.String()
}
