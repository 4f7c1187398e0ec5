package tests

import (
	"strings"
	"testing"
	"time"
)

// Under set -e bash's parser_error ends the shell with status 2 once it
// has printed its first line, so the offending line is not echoed, the
// EXIT trap runs, and a [[ ]] error's kept $? becomes 2.
func TestSyntaxErrorUnderErrexit(t *testing.T) {
	compareForms(t, map[string]string{
		"in a loop":           "set -e\nfor i in 1; do\n:\ndone\nwhile true; do\ncase x y in\n*) ;;\nesac\ndone\necho after\n",
		"in an if body":       "set -e\nif true; then\ncat f | ! true\nfi\necho after\n",
		"exit trap":           "trap 'echo trap $?' EXIT\nset -e\n{\ncase x y in esac\n}\n",
		"without set -e":      "echo a\nwhile true; do\ncase x y in esac\ndone\n",
		"in [[ ]]":            "set -e\n[[ x y = z ]]\necho after\n",
		"set -e in the group": "{\nset -e\n} <<<x\ncat f | ! true\n",
		"set +e again":        "set -e\nset +e\ncase x y in esac\n",
	})
}

// A syntax error inside [[ ]] is bash's parser's (parse.y, cond_term):
// its words, its line numbers (an open "(" adds a line for itself), and
// $? kept, but made 2 when the token at fault was the end of the input
// or its last newline (bash, reading standard input, knows that only by
// reading on).
func TestCondErrorForms(t *testing.T) {
	compareForms(t, map[string]string{
		"newline after a word":          "[[ x\n",
		"newline and more":              "[[ x\n\n",
		"newline and a comment":         "[[ x\n#c",
		"newline then ]]":               "[[ x\n]]\n",
		"no newline":                    "[[ x",
		"unary at the end":              "[[ -n\n",
		"binary at the end":             "[[ x =\n",
		"open paren at the end":         "false\n[[ (\n",
		"open paren, blank lines":       "echo a\n[[ (\n\n",
		"nested parens over lines":      "[[ (\n( x\ny ]]\n",
		"open ]] at the end":            "[[ x = y\n",
		"a word too many":               "false\n[[ -n x y ]]\necho not-reached\n",
		"a word too many, at the end":   "[[ -n x y",
		"quoted operand over two lines": "[[ \"a\nb\"\n",
		"redirection operator":          "(exit 3)\n[[ -n < b ]]\necho not-reached\n",
		"in a function":                 "f() {\n[[ x = < ]]\n}\n",
		"empty":                         "(exit 5)\n[[ ]]\n",
		"with set -e":                   "set -e\n[[ x y ]]\n",
	})
}

// bash's line_number is set by simple commands, for, select, case, [[ ]],
// (( )), a subshell (its ")" line) and a function call (its body's
// first line); a group, if or while keeps the one around it, which at
// the top level is the last line parsed before running. Messages about a
// compound command's redirections show it, whichever way the program is
// read.
func TestCompoundLineForms(t *testing.T) {
	compareForms(t, map[string]string{
		"group":               "set -u\n{\n:\n} <<<$x\n",
		"group after a list":  "set -u\necho a; {\n:\n} <<<$x; echo b\n",
		"subshell":            "set -u\n(\n{\n:\n} <<<$x\n)\necho after $?\n",
		"in a function":       "set -u\nf() {\necho a\nif true; then\n:\nfi <<<$x\n}\nf\n",
		"in a for loop":       "set -u\nfor i in 1; do\necho a\nif true; then :; fi <<<$x\ndone\n",
		"in a while loop":     "set -u\nwhile :; do\n{ :; } <<<$x\ndone\n",
		"here-document":       "set -u\n{ :; } <<EOF; {\na\nEOF\n:\n} <<<$x\n",
		"sourced file":        "set -u\nprintf '{\\n:\\n} <<<$x\\n' >src\necho a\n. ./src\n",
		"nested group":        "set -u\n{\necho a\n{\n:\n} <<<$x\n}\n",
		"case in a function":  "set -u\nf() {\ncase a in\na) { :; } <<<$x ;;\nesac\n}\nf\n",
		"arithmetic for loop": "set -u\nfor ((i=0;i<1;i++)); do\nif true; then :; fi <<<$x\ndone\n",
	})
}

// An expansion error that abandons a top-level command leaves bash's
// line count at the error's line, and the lines read after it are
// counted from there, in a script or on standard input alike.
func TestDiscardedLineForms(t *testing.T) {
	compareForms(t, map[string]string{
		"in an if":            "echo\nif true; then\necho\necho $((1/0))\nfi\necho $LINENO\nw=x y\n",
		"in a for loop":       "for i in 1 2; do\ncase $((1/0)) in\n*) ;;\nesac\n:\ndone\necho $LINENO\n",
		"through a call":      "f() {\necho $((1/0))\n}\necho\nf\necho $LINENO\n",
		"on one line":         "echo $((1/0)); echo no\necho $LINENO\n",
		"then a syntax error": "echo\n{\n:\necho $((1/0))\n}\ncase x y in esac\n",
	})
}

// An expansion error in a redirection is dealt with where bash performs
// the redirection: in the child it forked for a program or a subshell
// (which it ends, with 127 under -c and 1 otherwise for set -u), or in
// the shell for a builtin, a function or a group (which it ends, or
// whose line it abandons).
func TestRedirectionErrorForms(t *testing.T) {
	compareForms(t, map[string]string{
		"set -u, program":      "set -u\ncat <<EOF\n$x\nEOF\necho after $?\ncat <<<$x\necho after2 $?\n",
		"set -u, builtin":      "set -u\n: <<EOF\n$x\nEOF\necho not-reached\n",
		"set -u, function":     "set -u\nf() { cat; }\nf <<<$x\necho not-reached\n",
		"set -u, subshell":     "set -u\n( cat ) <<EOF\n$x\nEOF\necho after $?\n",
		"arithmetic, program":  "cat <<<$((1/0)); echo same\necho after $?\n",
		"arithmetic, builtin":  ": <<<$((1/0)); echo not-reached\necho after $?\n",
		"arithmetic, group":    "{ :; } <<EOF; echo not-reached\n$((1/0))\nEOF\necho after $? $LINENO\n",
		"arithmetic, subshell": "( : ) <<<$((1/0)); echo same\necho after $?\n",
	})
}

// An interactive shell reports a syntax error read at the prompt, or in
// eval there, as "jobsh: MESSAGE", without echoing the line (bash's
// print_offending_line is for a shell that is not interactive); in a
// file it sources and in a trap's action the parser is not interactive,
// and says "jobsh: FILE: line N: " and the line. Other errors in an
// interactive shell name no line, in a sourced file too.
func TestInteractiveSyntaxErrors(t *testing.T) {
	if bashBin == "" {
		t.Skip("bash not installed")
	}
	prog := "case x y in esac\n" +
		"eval 'case x y in esac'\n" +
		"printf 'case x y in esac\\n' >s1; . ./s1\n" +
		"f() { eval 'cat f | ! x'; }; f\n" +
		"trap 'case x y in esac' USR1; kill -USR1 $$\n" +
		"printf 'nocmd\\nset -u; : $zz\\n' >s2; . ./s2\n" +
		"[[ ( x\n"
	run := func(bin string) string {
		r := runIn(t, t.TempDir(), "PS1= PS2=\n"+prog, 10*time.Second, bin, "--norc", "-i")
		input := map[string]bool{"PS1= PS2=": true}
		for _, l := range strings.Split(prog, "\n") {
			input[l] = true
		}
		var lines []string
		for _, l := range strings.Split(r.stderr, "\n") {
			// Without a terminal bash echoes what it reads; jobsh
			// does not.
			l = strings.TrimPrefix(strings.TrimPrefix(l, "$ "), "> ")
			if !input[l] && !strings.Contains(l, "cannot set terminal process group") && !strings.Contains(l, "no job control in this shell") {
				lines = append(lines, l)
			}
		}
		return strings.ReplaceAll(strings.Join(lines, "\n"), "bash: ", "jobsh: ")
	}
	j, b := run(jobshBin), run(bashBin)
	if strings.Count(b, "syntax error") != 5 {
		t.Fatalf("bash did not run the program as expected:\n%s", b)
	}
	if j != b {
		t.Errorf("jobsh:\n%s\nbash:\n%s", j, b)
	}
}

// eval's text runs as bash's parse_and_execute runs it, whichever way
// the program is read: a line at a time, so that a syntax error comes
// after the lines before it ran, and is numbered from eval's line (a
// trap's action from 1), with the name of the function's file.
func TestEvalSyntaxErrorForms(t *testing.T) {
	compareForms(t, map[string]string{
		"after a line":     "echo\neval 'echo a\n[[ x y ]]'; echo $?\n",
		"in a function":    "f() {\neval '[[ x y ]]'\n}\necho\nf; echo $?\n",
		"trap action":      "echo\ntrap 'case x y in esac' USR1\nkill -USR1 $$\necho $?\n",
		"exit trap":        "echo\ntrap 'echo a\ncase x y in esac' EXIT\n",
		"set -e":           "set -e\neval 'echo a\ncase x y in esac'\necho no\n",
		"arithmetic error": "eval 'echo a\necho $((1/0))\necho b'; echo no\necho $LINENO\n",
	})
}

// The commands on a line run only once the whole line has parsed: a
// command left open at the end of the input (`(`, `if`, `[[ (`) makes
// the ones before it on its line never run, in eval too; a trap's action
// counts its lines from 1 (an ERR or DEBUG trap's from the command's).
func TestIncompleteLineForms(t *testing.T) {
	compareForms(t, map[string]string{
		"open subshell":      "echo a; (",
		"open if, next line": "echo a; if true\necho b\n",
		"open [[":            "echo a; [[ (",
		"on a later line":    "echo a\n(\n",
		"in eval":            "eval 'echo a; ('; echo $?\n",
		"comment between":    "echo a; # c\n(\n",
		"exit trap lines":    "echo\ntrap 'echo t $LINENO\necho u $LINENO' EXIT\necho\n",
		"signal trap lines":  "echo\ntrap 'echo t $LINENO' USR1\necho\nkill -USR1 $$\n",
		"err trap lines":     "echo\ntrap 'echo err $LINENO' ERR\nfalse\necho\nfalse\n",
	})
}
