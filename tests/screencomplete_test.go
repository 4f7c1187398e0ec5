package tests

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobsh/tests/term"
)

// Completion lists as bash's readline prints them (issue 12, "Completion
// listing like bash"); each case runs on bash too, with the same keys and
// the same rows expected.

// startInDir starts sh with HOME holding dir/, made of files (a name
// ending in / is a directory), and cds there.
func startInDir(t *testing.T, sh screenShell, cols, rows int, dir string, files []string) *term.Session {
	t.Helper()
	home := t.TempDir()
	for _, f := range files {
		path := filepath.Join(home, dir, f)
		if strings.HasSuffix(f, "/") {
			os.MkdirAll(path, 0o755)
			continue
		}
		os.MkdirAll(filepath.Dir(path), 0o755)
		os.WriteFile(path, nil, 0o644)
	}
	s := startScreenIn(t, sh, cols, rows, home)
	s.Send("cd " + dir + "\r")
	waitRow(t, s, "$ cd "+dir)
	waitPrompt(t, s)
	return s
}

// waitRowsUnder waits until the rows under the one reading above are
// rows, then the cursor's: the line drawn again, the cursor at col.
func waitRowsUnder(t *testing.T, s *term.Session, above string, rows []string, line string, col int) {
	t.Helper()
	want := strings.Join(append(append([]string{above}, rows...), line), "\n")
	waitScreen(t, s, fmt.Sprintf("under %q the rows\n%s", above, want), func(sc *term.Screen) bool {
		x, y := sc.Cursor()
		all := sc.Rows()
		first := y - len(rows) - 1
		return first >= 0 && x == col && strings.Join(all[first:y+1], "\n") == want
	})
}

var fewFiles = []string{"alpha", "beta", "delta.txt", "epsilon", "gamma", "kappa1", "kappa2", "subdirectory-x/"}

// The widest name is a directory's, 14 cells without its mark: columns of
// 16, and 80/16 = 5 leaves no room for the last one's margin, so 4;
// sorted, filled top to bottom.
var fewRows = []string{
	"alpha           delta.txt       gamma           kappa2",
	"beta            epsilon         kappa1          subdirectory-x/",
}

// Tab with nothing to add does nothing; a second lists the names in
// columns under the line, which is drawn again below with the cursor
// where it was; a third lists again.
func TestScreenCompleteList(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startInDir(t, sh, 80, 24, "few", fewFiles)
		s.Send("ls \t")
		waitLine(t, s, "$ ls", 5)
		s.Send("\t")
		waitRowsUnder(t, s, "$ ls", fewRows, "$ ls", 5)
		s.Send("\t")
		waitScreen(t, s, "the list twice", func(sc *term.Screen) bool { return countRows(sc, fewRows[0]) == 2 })
		waitRowsUnder(t, s, "$ ls", fewRows, "$ ls", 5)
		// The cursor inside the line: the line is drawn whole, the
		// cursor back where it was.
		s.Send("\x15ls  -d\x1b[D\x1b[D\x1b[D\t\t")
		waitRowsUnder(t, s, "$ ls  -d", fewRows, "$ ls  -d", 5)
		s.Send("\x05\x15")
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}

// A Tab that inserts the shared prefix lists nothing; the next changes
// nothing, and the one after lists. A single directory completes with
// its slash and no space.
func TestScreenCompletePrefix(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startInDir(t, sh, 80, 24, "few", fewFiles)
		s.Send("ls ka\t")
		waitLine(t, s, "$ ls kappa", -1)
		s.Send("\t")
		waitLine(t, s, "$ ls kappa", -1)
		if hasRow(s.Screen, "kappa1  kappa2") {
			t.Fatalf("listed at the second Tab\n%s", picture(s.Screen))
		}
		s.Send("\t")
		waitRowsUnder(t, s, "$ ls kappa", []string{"kappa1  kappa2"}, "$ ls kappa", 10)
		s.Send("\x15ls sub\t")
		waitLine(t, s, "$ ls subdirectory-x/", -1)
		s.Send("\t\t")
		s.Send("\r")
		waitPrompt(t, s)
		assertAlive(t, s)
	})
}

// Files in a directory are listed by their names, without the directory.
func TestScreenCompleteListInDir(t *testing.T) {
	eachShell(t, func(t *testing.T, sh screenShell) {
		s := startInDir(t, sh, 80, 24, "top", []string{"few/alpha", "few/beta", "few/sub/"})
		s.Send("ls few/\t\t")
		waitRowsUnder(t, s, "$ ls few/", []string{"alpha  beta   sub/"}, "$ ls few/", 9)
	})
}
