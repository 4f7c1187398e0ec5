package editor

import (
	"os/exec"
	"strings"
	"testing"
)

// TestInterpreterNeverImportsEditor keeps the layering of the packages:
// the interpreter (shell, jobs, parser) knows nothing of keys, screens or
// readline; the front end imports it, never the other way round.
func TestInterpreterNeverImportsEditor(t *testing.T) {
	for _, pkg := range []string{"jobsh/shell", "jobsh/jobs", "jobsh/parser"} {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == "jobsh/editor" || strings.Contains(dep, "chzyer/readline") {
				t.Errorf("%s imports %s", pkg, dep)
			}
		}
	}
}
