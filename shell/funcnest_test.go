package shell

import (
	"strings"
	"testing"
)

// Recursion through a body of many nested braces is stopped with bash's
// message long before the interpreter's stack nears Go's limit, which
// would kill the process: a call count alone (maxFuncNest) let such a
// body get there.
func TestDeepNestingIsBounded(t *testing.T) {
	body := strings.Repeat("{ ", 40) + "f; " + strings.Repeat("}; ", 40)
	got := runInProcess(t, "f() { "+body+"}; f; echo after")
	if !strings.Contains(got.stderr, "f: maximum function nesting level exceeded") || got.stdout != "" {
		t.Errorf("stdout %q, stderr %.200q", got.stdout, got.stderr)
	}
}
