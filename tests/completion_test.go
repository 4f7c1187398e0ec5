package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"
)

// completionRC sources bash-completion, and defines a completion that
// shows what its function was given: the words it inserts are
// $2[COMP_CWORD|COMP_WORDS|COMP_LINE|COMP_POINT|$1|$3|COMP_TYPE|COMP_KEY].
const completionRC = `. ` + bashCompletion + `
_showcomp() { COMPREPLY=("$2[$COMP_CWORD|${COMP_WORDS[*]}|$COMP_LINE|$COMP_POINT|$1|$3|$COMP_TYPE|$COMP_KEY]"); }
complete -o nospace -F _showcomp showcomp
PS1='$ ' COMPTEST_VARIABLE=1
`

// startCompletion starts sh with completionRC in a directory with files
// and one subdirectory beginning with the same letter (s), in a git
// repository.
func startCompletion(t *testing.T, sh, setup string) *term.Session {
	return startCompletionRC(t, sh, completionRC, setup)
}

func startCompletionRC(t *testing.T, sh, rcText, setup string) *term.Session {
	t.Helper()
	home := t.TempDir()
	work := filepath.Join(home, "work")
	os.MkdirAll(filepath.Join(work, "subdir"), 0o755)
	for _, name := range []string{"sfile.txt", "other.txt", "sp ace.txt"} {
		os.WriteFile(filepath.Join(work, name), nil, 0o644)
	}
	rc := filepath.Join(home, "rc")
	os.WriteFile(rc, []byte(rcText), 0o644)
	env := append(baseEnv(home), "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
		"HISTFILE="+filepath.Join(home, ".hist"))
	argv := []string{jobshBin, "--rcfile", rc, "-i"}
	if sh == "bash" {
		argv = []string{bashBin, "--rcfile", rc, "--noprofile", "-i"}
	}
	s := term.StartScreen(t, 100, 30, env, argv...)
	s.OnFail = psListing
	waitPrompt(t, s)
	// Quoted: a subtest's name, and so its directory, may hold "$(".
	s.Send("cd '" + work + "'\r")
	waitPrompt(t, s)
	if setup != "" {
		s.Send(setup + "\r")
		waitPrompt(t, s)
	}
	s.Send("\x0c") // Ctrl-L: a clear screen to read lists from
	waitScreen(t, s, "a cleared screen", func(sc *term.Screen) bool {
		x, y := sc.Cursor()
		return y == 0 && x == 2
	})
	return s
}

// settled waits until the screen has not changed for a while, and
// returns the line being edited and what is below it.
func settled(t *testing.T, s *term.Session) (string, string) {
	t.Helper()
	last, since := "", time.Now()
	deadline := time.Now().Add(screenWait)
	for time.Now().Before(deadline) {
		var now string
		s.WaitScreen(50*time.Millisecond, func(sc *term.Screen) bool {
			now = picture(sc)
			return false
		})
		if now != last {
			last, since = now, time.Now()
		} else if time.Since(since) > 700*time.Millisecond {
			break
		}
	}
	var line, below string
	s.WaitScreen(time.Millisecond, func(sc *term.Screen) bool {
		rows := sc.Rows()
		// The line being edited is the first row (the screen was
		// cleared before it was typed), to the cursor if that is past
		// its end (a space a completion added).
		line = strings.TrimRight(rows[0], " ")
		if x, y := sc.Cursor(); y == 0 && x > len([]rune(line)) {
			line += strings.Repeat(" ", x-len([]rune(line)))
		}
		below = strings.Join(rows[1:], "\n")
		return true
	})
	return line, below
}

// Tab with bash-completion loaded: each case's keys, typed into jobsh
// and into bash in the same terminal, leave the same line; where want
// is set, it is that line. Issue 14.
func TestCompletionLikeBash(t *testing.T) {
	if _, err := os.Stat(bashCompletion); err != nil {
		t.Skip("bash-completion is not installed (.ci/run installs it)")
	}
	if bashBin == "" {
		t.Skip("no bash")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git (.ci/run installs it)")
	}
	for _, tc := range []struct {
		name, setup, keys, want string
		list                    []string // words the listing below the line shows
	}{
		{"git", "", "git chec\t", "$ git checkout ", nil},
		{"apt-get", "", "apt-get ins\t", "$ apt-get install ", nil},
		{"cd dirs only", "", "cd s\t", "$ cd subdir/", nil},
		// bash-completion's _signals completes -SIGT to nothing; the
		// names follow -s without SIG, and - with neither.
		{"kill -SIGT", "", "kill -SIGT\t", "$ kill -SIGT", nil},
		{"kill -s", "", "kill -s T\t\t", "$ kill -s T", []string{"TERM", "TRAP", "TSTP", "TTIN", "TTOU"}},
		{"kill -T", "", "kill -T\t\t", "$ kill -T", []string{"-TERM", "-TRAP", "-TSTP", "-TTIN", "-TTOU"}},
		{"kill -TT", "", "kill -TT\t\t", "$ kill -TT", []string{"-TTIN", "-TTOU"}},
		{"ls default files", "", "ls sf\t", "$ ls sfile.txt ", nil},
		{"long option", "", "ls --colo\t", "", nil},
		{"quoted file name", "", "ls sp\t", `$ ls sp\ ace.txt `, nil},
		{"tilde", "", "ls ~/wo\t", "$ ls ~/work/", nil},
		{"in quotes", "", "ls \"sp\t", `$ ls "sp ace.txt" `, nil},
		{"directory in quotes", "", "ls \"su\t", `$ ls "subdir/`, nil},
		{"after a backslash", "", "ls sp\\ a\t", `$ ls sp\ ace.txt `, nil},
		{"after =", "", "git log --pretty=onel\t", "$ git log --pretty=oneline ", nil},
		{"ssh option", "", "ssh -o Compr\t", "$ ssh -o Compression=", nil},
		{"ssh host", "", "ssh localh\t", "", nil},
		{"systemctl", "", "systemctl rest\t", "", nil},
		{"sudo git", "", "sudo git chec\t", "$ sudo git checkout ", nil},
		// bash-completion's `complete -j -P '"%' -S '"' fg`: words
		// that do not begin with the typed text replace it.
		{"job", "sleep 30 &", "fg sl\t", `$ fg "%sleep" `, nil},
		{"variable", "", "echo $COMPTEST_V\t", "$ echo $COMPTEST_VARIABLE ", nil},
		{"comp vars", "", "echo x; showcomp a --opt=val\t", "", nil},
		{"assignments first", "", "X=1 Y='a b' showcomp a\t", "", nil},
		{"in $(", "", "echo $(showcomp a\t", "", nil},
		{"comp vars middle", "", "showcomp one two\x1b[D\x1b[D\x1b[D\x1b[D\t", "", nil},
		// Word breaks with bash-completion's functions and its default.
		{"dd if=", "", "dd if=sf\t", "$ dd if=sfile.txt ", nil},
		{"after :", "", "PATH=$PATH:/us\t", "$ PATH=$PATH:/usr/", nil},
		{"file after :", "", "cat x.md:sf\t", "", nil},
		{"backquote", "", "echo `ech\t", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := map[string]string{}
			for _, sh := range []string{"bash", "jobsh"} {
				s := startCompletion(t, sh, tc.setup)
				s.Send(tc.keys)
				line, below := settled(t, s)
				lines[sh] = line
				t.Logf("%s leaves %q", sh, line)
				for _, w := range tc.list {
					if !strings.Contains(below, w) {
						t.Errorf("%s: %q: %s is not listed:\n%s", sh, tc.keys, w, picture(s.Screen))
					}
				}
				s.Send("\x03")
			}
			if lines["jobsh"] != lines["bash"] {
				t.Errorf("%q: jobsh leaves %q, bash %q", tc.keys, lines["jobsh"], lines["bash"])
			}
			if tc.want != "" && lines["bash"] != tc.want {
				t.Errorf("%q: bash leaves %q, the test expects %q", tc.keys, lines["bash"], tc.want)
			}
		})
	}
}

// Without bash-completion, Tab completes as bash's defaults do: cd any
// file, not only directories. (jobsh's own defaults add job specs and
// signal names, which bash's lack: TestCompletion in package shell.)
func TestCompletionDefaultLikeBash(t *testing.T) {
	if bashBin == "" {
		t.Skip("no bash")
	}
	for _, tc := range []struct{ name, keys, want string }{
		// A directory in PATH (as /usr/bin/X11 -> .) is no command.
		{"no directory as a command", "zqlinkd\t", "$ zqlinkd"},
		{"cd file", "cd sf\t", "$ cd sfile.txt "},
		{"cd dir", "cd sub\t", "$ cd subdir/"},
		// Quoted words, a path after a variable, ${NAME and an
		// assignment before the command.
		{"dir in quotes", "ls \"su\t", `$ ls "subdir/`},
		{"file in quotes", "ls \"sf\t", `$ ls "sfile.txt" `},
		{"file in single quotes", "ls 'sf\t", `$ ls 'sfile.txt' `},
		{"after $HOME", "ls $HOME/wo\t", "$ ls $HOME/work/"},
		{"${NAME", "echo ${HOM\t", "$ echo ${HOME}/"},
		{"after an assignment", "X=1 ech\t", "$ X=1 echo "},
		// Readline's word breaks (COMP_WORDBREAKS): after =, : and
		// a backquote the completed text starts anew.
		{"after if=", "dd if=sf\t", "$ dd if=sfile.txt "},
		{"after --opt=/", "ls --foo=/us\t", "$ ls --foo=/usr/"},
		{"after a backquote", "echo `ech\t", "$ echo `echo"},
		{"after a closed backquote", "echo `true`:sf\t", "$ echo `true`:sfile.txt "},
		{"in $(", "echo $(ech\t", "$ echo $(echo "},
		{"after :", "PATH=$PATH:/us\t", "$ PATH=$PATH:/usr/"},
		{"file after :", "cat x.md:sf\t", "$ cat x.md:sfile.txt "},
		{"after $HOME in quotes", "ls \"$HOME/wo\t", `$ ls "$HOME/work/`},
		{"assignment value", "X=sf\t", "$ X=sfile.txt "},
		{"variable after :", "echo a:$HOM\t", "$ echo a:$HOME/"},
		{"tilde after =", "ls --file=~/wo\t", "$ ls --file=~/work/"},
		{"file in quotes after =", "ls --file=\"sp\t", `$ ls --file="sp ace.txt" `},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, sh := range []string{"bash", "jobsh"} {
				s := startCompletionRC(t, sh, "PS1='$ '\n"+`mkdir -p "$HOME/lbin"; ln -s . "$HOME/lbin/zqlinkdir"; PATH=$HOME/lbin:$PATH`+"\n", "")
				s.Send(tc.keys)
				if line, _ := settled(t, s); line != tc.want {
					t.Errorf("%s: %q leaves %q, want %q", sh, tc.keys, line, tc.want)
				}
				s.Send("\x03")
			}
		})
	}
}

// What a completion function prints goes above the prompt, and the line
// is drawn again under it, completed.
func TestCompletionFunctionOutput(t *testing.T) {
	rc := "PS1='$ '\n_noisy() { echo noise-from-function; echo err-from-function >&2; COMPREPLY=(quiet); }\ncomplete -F _noisy noisy\n"
	s := startCompletionRC(t, "jobsh", rc, "")
	s.Send("noisy q\t")
	waitScreen(t, s, "the output above the completed line", func(sc *term.Screen) bool {
		rows := sc.Rows()
		x, y := sc.Cursor()
		return hasRow(sc, "noise-from-function") && hasRow(sc, "err-from-function") &&
			rows[y] == "$ noisy quiet" && x == len("$ noisy quiet ")
	})
	s.Send("\x03")
	assertAlive(t, s)
}

// Ctrl-C interrupts a completion function that takes long, as in bash,
// and leaves the line as it was.
func TestCompletionCtrlC(t *testing.T) {
	rc := "PS1='$ '\n_slow() { sleep 30; COMPREPLY=(never); }\ncomplete -F _slow slow\n"
	s := startCompletionRC(t, "jobsh", rc, "")
	s.Send("slow x\t")
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	s.Send("\x03")
	// The editor takes keys again only once the completion is over.
	s.Send("y")
	waitScreen(t, s, "the line back, taking keys", func(sc *term.Screen) bool {
		x, _ := sc.Cursor()
		return cursorRow(sc) == "$ slow xy" && x == len("$ slow xy")
	})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Ctrl-C took %v to end the completion", d)
	}
	s.Send("\x15")
	waitPrompt(t, s)
	assertAlive(t, s)
}
