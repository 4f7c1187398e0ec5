package tests

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jobsh/tests/term"
)

// fuzzKeys are the keys the fuzzer presses: letters that start no
// dangerous command (PATH holds only zqalpha and zqbeta), among them the
// answers to the completion list's question and --More-- (y, n, q,
// space), Tab, Enter, Ctrl-C, Ctrl-R, Ctrl-G, Escape, arrows, editing
// keys, Ctrl-X and Ctrl-X Ctrl-E, Ctrl-O, Ctrl-] and Alt-Ctrl-] (whose
// next key is a character to go to), an unbound Ctrl-\, and Ctrl-V
// with the key it quotes (alone, it would quote the Ctrl-C that ends each
// sequence). Not Ctrl-D: it would end the shell.
var fuzzKeys = []string{
	"z", "q", "a", "b", "y", "n", " ", "/", "'", "日", "e\u0301",
	"\t", "\t", "\r", "\x03", "\x12", "\x07", "\x1b",
	"\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x7f", "\x01", "\x05", "\x0b", "\x15", "\x17",
	"\x1f", "\x1b.", "\x1b[1~", "\x1b[4~", "\x1b[1;5D", "\x1b[1;5C", "\x1bb", "\x1bf",
	"\x18", "\x18\x05", "\x0f", "\x1c", "\x16\x01", "\x16\x1b", "\x16\r",
	"\x1d", "\x1b\x1d",
}

var fuzzSizes = [][2]int{{80, 24}, {60, 20}, {100, 30}, {40, 15}}

// fuzzStep is one thing the fuzzer does: send keys, or resize.
type fuzzStep struct {
	keys   string
	resize [2]int
}

func (f fuzzStep) String() string {
	if f.keys == "" {
		return fmt.Sprintf("resize %dx%d", f.resize[0], f.resize[1])
	}
	return strconv.Quote(f.keys)
}

// fuzzAnswers are keys pressed after a completion's Tab Tab: the
// question's and --More--'s answers, and keys that answer neither.
var fuzzAnswers = []string{"y", "n", " ", "q", "\r", "\x7f", "\x07", "\x03", "\t", "z", "\x1b[A"}

// randomSequence is up to 12 steps: keys, pastes, resizes, and Tab Tab
// on a file name (the shell's directory holds 150 files, so the list
// asks first and pages) followed by up to three answers.
func randomSequence(rng *rand.Rand) []fuzzStep {
	steps := make([]fuzzStep, 1+rng.Intn(12))
	for i := range steps {
		switch n := rng.Intn(20); {
		case n == 0:
			steps[i].resize = fuzzSizes[rng.Intn(len(fuzzSizes))]
		case n == 2 || n == 3:
			keys := " \t\t"
			for j := rng.Intn(4); j > 0; j-- {
				keys += fuzzAnswers[rng.Intn(len(fuzzAnswers))]
			}
			steps[i].keys = keys
		case n == 1:
			var text strings.Builder
			for j := rng.Intn(8); j >= 0; j-- {
				text.WriteString([]string{"z", "q", "\t", "\r", " ", "'", "b"}[rng.Intn(7)])
			}
			steps[i].keys = "\x1b[200~" + text.String() + "\x1b[201~"
		default:
			steps[i].keys = fuzzKeys[rng.Intn(len(fuzzKeys))]
		}
	}
	return steps
}

// Random keys never leave the shell frozen or its screen unusable: after
// each sequence, Ctrl-C, `echo alive-N` and Enter must print alive-N. The seed
// is JOBSH_FUZZ_SEED (default 1); JOBSH_FUZZ_DURATION (say 30m) runs
// sequences for that long instead of the default 60.
func TestScreenKeyFuzz(t *testing.T) {
	seed := int64(1)
	if v := os.Getenv("JOBSH_FUZZ_SEED"); v != "" {
		seed, _ = strconv.ParseInt(v, 10, 64)
	}
	var until time.Time
	if v := os.Getenv("JOBSH_FUZZ_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		until = time.Now().Add(d)
	}
	rng := rand.New(rand.NewSource(seed))
	home := t.TempDir()
	for _, name := range manyFiles() {
		os.WriteFile(filepath.Join(home, name), nil, 0o644)
	}
	s := startScreenIn(t, screenJobsh, 80, 24, home)
	// Tab completes only the two harmless commands, and Enter runs no
	// program but those; Ctrl-X Ctrl-E's editor changes nothing.
	bin := filepath.Join(s.Cmd.Dir, "bin")
	s.Send("PATH=" + bin + " VISUAL=true\r")
	waitPrompt(t, s)
	var history []string
	n := 1
	defer func() {
		out := s.Output()
		t.Logf("seed %d: %d sequences; the completion list asked %d times and stopped at --More-- %d times",
			seed, n-1, strings.Count(out, "possibilities? (y or n)"), strings.Count(out, "--More--"))
	}()
	for ; n <= 60 || time.Now().Before(until); n++ {
		steps := randomSequence(rng)
		for _, step := range steps {
			switch {
			case step.keys == "":
				s.Resize(step.resize[0], step.resize[1])
			case strings.HasPrefix(step.keys, "\x1b[200~") && !s.Screen.PasteMode():
				// A terminal marks a paste only when asked to.
				s.Send(strings.TrimSuffix(strings.TrimPrefix(step.keys, "\x1b[200~"), "\x1b[201~"))
			default:
				s.Send(step.keys)
			}
		}
		history = append(history, fmt.Sprint(steps))
		if err := aliveAfterFuzz(s, n); err != nil {
			t.Fatalf("seed %d, sequence %d: %v after %v\n%s\nthe sequences before:\n%s\nlast output: %q",
				seed, n, err, steps, picture(s.Screen), strings.Join(history[max(len(history)-5, 0):], "\n"), tail(s.Output(), 400))
		}
	}
}

// aliveAfterFuzz checks that the shell is at a working prompt: Ctrl-C and
// `echo alive-N`, drawn on the prompt's row, then Enter, prints alive-N.
//
// A Ctrl-C typed while the shell is between two prompts is a signal, not a
// key (the terminal is not raw there). The test types faster than a
// person: the whole line and Enter can reach the shell within half a
// millisecond of that Ctrl-C, before the signal does, and the signal then
// cancels the line's command, as if typed after Enter (bash loses such a
// line every time). So the check is tried again, up to three times, when
// the line is not shown on a prompt row, or when it ran and printed
// nothing; a frozen or garbled editor fails all three.
func aliveAfterFuzz(s *term.Session, n int) error {
	var err error
	for try := 0; try < 3; try++ {
		if err = aliveOnce(s, fmt.Sprintf("alive-%d-%d", n, try)); err == nil {
			return nil
		}
	}
	return err
}

func aliveOnce(s *term.Session, word string) error {
	line := "$ echo " + word
	s.Send("\x03echo " + word)
	err := s.WaitScreen(2*time.Second, func(sc *term.Screen) bool {
		x, _ := sc.Cursor()
		return cursorRow(sc) == line && x == len(line)
	})
	if err != nil {
		return fmt.Errorf("no %q on the prompt row: %v", line, err)
	}
	s.Send("\r")
	if err := s.WaitScreen(3*time.Second, func(sc *term.Screen) bool { return hasRow(sc, word) }); err != nil {
		return fmt.Errorf("no %s: %v", word, err)
	}
	return nil
}
