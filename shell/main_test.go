package shell

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestMain lets this test binary stand in for jobsh where the
// interpreter starts jobsh again: a re-executed subshell (--subshell-fd,
// a builtin or function in the background) and a script file without #!.
// The in-process language cases (TestLanguageInProcess) need both.
func TestMain(m *testing.M) {
	if len(os.Args) == 3 && os.Args[1] == SubshellFlag {
		fd, _ := strconv.Atoi(os.Args[2])
		os.Exit(RunSubshell(fd, nil))
	}
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-test.") {
		os.Exit(Main(Config{Script: os.Args[1], Args: os.Args[2:]}))
	}
	os.Exit(m.Run())
}
