package shell

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobsh/jobs"
)

func TestCompletion(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "my file.txt"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "subdir"), 0o755)
	sh := New()
	sh.cwd = dir
	sh.setVar("JOBSH_TEST_VAR", "x", false)
	j := sh.ctl.NewJob("sleep 100", dir, false)
	sh.ctl.AddProcess(j, &jobs.Process{Pid: 99999, Command: "sleep 100"})
	for _, tc := range []struct{ line, want string }{
		{"ech", "o "},
		{"cat my", `\ file.txt `},
		{`cat my\ f`, "ile.txt "},
		{"cd sub", "dir/"},
		{"echo $JOBSH_TEST_V", "AR "},
		{"fg %", "1|sleep"},
		{"kill -SEG", "V "},
		{"true | waitp", "id "},
	} {
		// The words, less the typed text they begin with.
		got, n := sh.Complete([]rune(tc.line), len([]rune(tc.line)))
		var parts []string
		for _, g := range got {
			parts = append(parts, string([]rune(g)[n:]))
		}
		if strings.Join(parts, "|") != tc.want {
			t.Errorf("%q: got %q (%d), want %q", tc.line, parts, n, tc.want)
		}
	}
}
